// protokol/exporter.hpp: the base of an exporter that writes a file per
// document into a folder of its own under OUTDIR.
//
// It does what every such exporter would otherwise repeat: the folder and
// its recorded settings, the document's file from its key, the run's sync
// setting, writing atomically, and removal. A derived exporter says where it
// writes and implements write_document(); aggregates (tables, an index) are
// rebuilt in finish() from the document files present, so that later runs
// add to them and remove() takes a document out of them.
//
//   class lines_exporter final : public protokol::file_exporter {
//    public:
//     explicit lines_exporter(const protokol::stage_config& config)
//         : file_exporter(config, {.folder = "lines", .settings = "format=1\n", .suffix = ".txt"})
//         {}
//
//    private:
//     void write_document(const protokol::document& doc, protokol::byte_output& out) const override
//     {
//       out.write(doc.meeting.title);
//       out.write("\n");
//     }
//   };
#pragma once

#include <filesystem>
#include <protokol/atomic_file.hpp>
#include <protokol/byte_output.hpp>
#include <protokol/document.hpp>
#include <protokol/export_folder.hpp>
#include <protokol/output_key.hpp>
#include <protokol/plugin.hpp>
#include <stdexcept>
#include <string>
#include <utility>

namespace protokol {

/// A stage that writes each document to OUTDIR/<folder>/[<documents_folder>/]<key><suffix>.
class file_exporter : public stage {
 public:
  /// Where an exporter writes.
  struct layout {
    /// Its folder under OUTDIR ("json"); messages name the stage by it.
    std::string folder;
    /// "name=value\n" lines recorded in the folder: a run with other
    /// settings is refused rather than mixing two kinds of files.
    std::string settings;
    /// Ending of each document's file name, "<key><suffix>" (".json").
    std::string suffix;
    /// Subfolder of the documents' files, made with the folder; "" puts them
    /// in the folder itself. A dot folder (".parts") keeps them out of sight
    /// when they are only material for finish().
    std::string documents_folder = {};
  };

  /// Writes the document's file atomically: the key is checked, the folder
  /// claimed on first use, and write_document() streams into a temporary
  /// file that replaces the old file only once it is whole. Throws for a bad
  /// key, a run without output folder, and whatever write_document() throws.
  void process(document& doc) const override;
  /// Removes the document's file; a missing one is not an error. Derived
  /// classes that write more files per document override this and call it.
  void remove(const std::string& key) const override;

 protected:
  /// Reads OUTDIR and stage_config::sync_each_file from `config`. Throws
  /// std::runtime_error when the folder holds output of other settings.
  file_exporter(const stage_config& config, layout where);

  /// Streams `doc` to `out`. Called from several threads at once, so keep
  /// per-document state local. Throw to fail the document: nothing of it
  /// reaches its file.
  virtual void write_document(const document& doc, byte_output& out) const = 0;

  /// The file of the document `key`, not made. Throws std::invalid_argument
  /// for a key that cannot name a file (check_key), std::runtime_error when
  /// the run has no output folder.
  std::filesystem::path document_file(const std::string& key) const;
  /// The folder, made and its settings recorded on first use (safe from
  /// several threads). Throws std::runtime_error when the run has none.
  const std::filesystem::path& claim_folder() const;
  /// The folder, not made; empty when the run has no output folder.
  const std::filesystem::path& folder_path() const { return folder_.path(); }
  /// True when the folder exists, that is finish() has files to gather: a
  /// run that exported nothing into a new folder leaves nothing behind.
  bool has_output() const { return !folder_.empty() && std::filesystem::exists(folder_.path()); }
  /// OUTDIR, for files beside the folder; empty when the run has none.
  const std::filesystem::path& output_dir() const { return output_dir_; }
  /// stage_config::sync_each_file: pass it on to every atomic_file,
  /// write_file_atomically and remove_file_durably the stage calls itself.
  bool durable() const { return durable_; }

 private:
  void require_output_folder() const;

  std::filesystem::path output_dir_;
  layout layout_;
  lazy_export_folder folder_;
  bool durable_;
};

inline file_exporter::file_exporter(const stage_config& config, layout where)
    : output_dir_(config.output_dir),
      layout_(std::move(where)),
      folder_(output_dir_.empty() ? std::filesystem::path() : output_dir_ / layout_.folder,
              layout_.settings, layout_.documents_folder),
      durable_(config.sync_each_file) {}

inline void file_exporter::process(document& doc) const {
  const std::filesystem::path file = document_file(doc.key);
  claim_folder();
  atomic_file out(file, durable_);
  write_document(doc, out);
  out.commit();
}

inline void file_exporter::remove(const std::string& key) const {
  remove_file_durably(document_file(key), durable_);
}

inline std::filesystem::path file_exporter::document_file(const std::string& key) const {
  check_key(key);
  require_output_folder();
  const std::filesystem::path folder =
      layout_.documents_folder.empty() ? folder_.path() : folder_.path() / layout_.documents_folder;
  return folder / (key + layout_.suffix);
}

inline const std::filesystem::path& file_exporter::claim_folder() const {
  require_output_folder();
  return folder_.claim();
}

inline void file_exporter::require_output_folder() const {
  if (folder_.empty()) throw std::runtime_error(layout_.folder + ": the run has no output folder");
}

}  // namespace protokol
