// protokol/exporter.hpp: the file exporter base, through an exporter written
// the way a plugin author would write one.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <protokol/exporter.hpp>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "fsync_counter.hpp"
#include "test_support.hpp"

namespace {

using protokol::test::file_names;
using protokol::test::fsync_calls;
using protokol::test::read_text;
using protokol::test::temp_dir;
using names = std::vector<std::string>;

// Writes each document's title to titles/[<documents_folder>/]<key>.txt, and
// in finish() titles/index listing the keys present. A title "fail" makes
// the writer throw after a large first write, which reaches the disk.
class title_exporter final : public protokol::file_exporter {
 public:
  explicit title_exporter(const protokol::stage_config& config, std::string documents_folder = {})
      : file_exporter(config, {.folder = "titles",
                               .settings = "format=1\n",
                               .suffix = ".txt",
                               .documents_folder = std::move(documents_folder)}) {}

  void finish() override {
    if (!has_output()) return;
    std::string index;
    for (const std::string& key : protokol::list_keys(folder_path(), ".txt")) index += key + "\n";
    protokol::write_file_atomically(folder_path() / "index", index, durable());
  }

 private:
  void write_document(const protokol::document& doc, protokol::byte_output& out) const override {
    if (doc.meeting.title == "fail") {
      out.write(std::string(1 << 20, 'x'));
      throw std::runtime_error("writer failed halfway");
    }
    out.write(doc.meeting.title + "\n");
  }
};

protokol::stage_config config_for(const std::filesystem::path& output_dir,
                                  bool sync_each_file = true) {
  protokol::stage_config config;
  config.output_dir = output_dir.string();
  config.sync_each_file = sync_each_file;
  return config;
}

protokol::document document_of(std::string key, std::string title) {
  protokol::document doc;
  doc.key = std::move(key);
  doc.meeting.title = std::move(title);
  return doc;
}

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

TEST(FileExporter, WritesEachDocumentToItsKeysFileAndRecordsTheSettings) {
  temp_dir dir;
  title_exporter exporter(config_for(dir.path()));
  protokol::document a = document_of("a", "First");
  exporter.process(a);
  EXPECT_EQ(file_names(dir / "titles"), (names{".protokol-export", "a.txt"}));
  EXPECT_EQ(read_text(dir / "titles" / "a.txt"), "First\n");
  EXPECT_EQ(read_text(dir / "titles" / ".protokol-export"), "format=1\n");
}

TEST(FileExporter, DocumentsFolderHoldsTheDocumentsFiles) {
  temp_dir dir;
  title_exporter exporter(config_for(dir.path()), ".parts");
  protokol::document a = document_of("a", "First");
  exporter.process(a);
  EXPECT_EQ(file_names(dir / "titles"), (names{".parts", ".protokol-export"}));
  EXPECT_EQ(read_text(dir / "titles" / ".parts" / "a.txt"), "First\n");
}

TEST(FileExporter, ThrowingWriterLeavesNoTemporaryAndNoPartialFile) {
  temp_dir dir;
  title_exporter exporter(config_for(dir.path()));
  protokol::document doc = document_of("a", "fail");
  EXPECT_EQ(error_of([&] { exporter.process(doc); }), "writer failed halfway");
  EXPECT_EQ(file_names(dir / "titles"), names{".protokol-export"});
}

TEST(FileExporter, ThrowingWriterKeepsTheEarlierVersion) {
  temp_dir dir;
  title_exporter exporter(config_for(dir.path()));
  protokol::document doc = document_of("a", "First");
  exporter.process(doc);
  doc.meeting.title = "fail";
  EXPECT_THROW(exporter.process(doc), std::runtime_error);
  EXPECT_EQ(file_names(dir / "titles"), (names{".protokol-export", "a.txt"}));
  EXPECT_EQ(read_text(dir / "titles" / "a.txt"), "First\n");
}

TEST(FileExporter, RemoveDeletesTheDocumentsFileAndFinishForgetsIt) {
  temp_dir dir;
  title_exporter exporter(config_for(dir.path()), ".parts");
  protokol::document a = document_of("a", "First");
  protokol::document b = document_of("b", "Second");
  exporter.process(a);
  exporter.process(b);
  exporter.remove("a");
  exporter.remove("a");  // gone already: not an error
  exporter.finish();
  EXPECT_EQ(file_names(dir / "titles" / ".parts"), names{"b.txt"});
}

TEST(FileExporter, FinishGathersTheDocumentsOfEveryRun) {
  temp_dir dir;
  protokol::document a = document_of("a", "First");
  protokol::document b = document_of("b", "Second");
  title_exporter(config_for(dir.path())).process(b);
  title_exporter later(config_for(dir.path()));
  later.process(a);
  later.finish();
  EXPECT_EQ(read_text(dir / "titles" / "index"), "a\nb\n");
}

TEST(FileExporter, ARunThatExportsNothingLeavesNoFolder) {
  temp_dir dir;
  title_exporter exporter(config_for(dir.path()));
  exporter.finish();
  EXPECT_TRUE(file_names(dir.path()).empty());
}

TEST(FileExporter, UnsafeKeyFailsTheDocumentBeforeAnythingIsWritten) {
  temp_dir dir;
  title_exporter exporter(config_for(dir.path()));
  protokol::document doc = document_of("../escape", "First");
  EXPECT_EQ(error_of([&] { exporter.process(doc); }), "output key starts with '.'");
  EXPECT_EQ(error_of([&] { exporter.remove("a/b"); }),
            "output key holds '/', '\\' or a control character");
  EXPECT_TRUE(file_names(dir.path()).empty());
}

TEST(FileExporter, WithoutAnOutputFolderProcessingFailsNamingTheFolder) {
  title_exporter exporter(config_for({}));
  protokol::document doc = document_of("a", "First");
  EXPECT_EQ(error_of([&] { exporter.process(doc); }), "titles: the run has no output folder");
  EXPECT_EQ(error_of([&] { exporter.remove("a"); }), "titles: the run has no output folder");
  EXPECT_NO_THROW(exporter.finish());
}

TEST(FileExporter, AFolderOfOtherSettingsIsRefusedWhenTheStageIsCreated) {
  temp_dir dir;
  protokol::claim_export_folder(dir / "titles", "format=2\n");
  EXPECT_EQ(error_of([&] { title_exporter exporter(config_for(dir.path())); }),
            (dir / "titles").string() +
                " holds output written with format=2, this stage has format=1; use another "
                "output folder, or empty this one to re-export everything");
}

TEST(FileExporter, SyncEachFileSyncsEveryDocumentAndItsRemoval) {
  temp_dir dir;
  title_exporter exporter(config_for(dir.path(), true));
  protokol::document a = document_of("a", "First");
  protokol::document b = document_of("b", "Second");
  exporter.process(a);  // claims the folder first
  std::size_t before = fsync_calls();
  exporter.process(b);
  EXPECT_EQ(fsync_calls() - before, 2u);  // the file, then its folder
  before = fsync_calls();
  exporter.remove("b");
  EXPECT_EQ(fsync_calls() - before, 1u);
}

TEST(FileExporter, WithoutSyncEachFileDocumentsAndRemovalsAreNotSynced) {
  temp_dir dir;
  title_exporter exporter(config_for(dir.path(), false));
  protokol::document a = document_of("a", "First");
  protokol::document b = document_of("b", "Second");
  exporter.process(a);
  const std::size_t before = fsync_calls();
  exporter.process(b);
  exporter.remove("b");
  exporter.finish();
  EXPECT_EQ(fsync_calls() - before, 0u);
  EXPECT_EQ(read_text(dir / "titles" / "a.txt"), "First\n");
}

}  // namespace
