// A small, well-formed plugin for the core's tests: a reader, an extractor
// with a parameter of every type, and an exporter. It knows no Danish; it
// exists so the loader, pipelines and runs are tested without the real plugins.
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <protokol/atomic_file.hpp>
#include <protokol/plugin.hpp>
#include <stdexcept>
#include <system_error>
#include <thread>

namespace {

// Copies bytes to text. Marker strings in the input make it fail on purpose.
class fixture_text final : public protokol::stage {
 public:
  explicit fixture_text(const protokol::stage_config&) {}
  void process(protokol::document& doc) const override {
    if (doc.raw.find("FIXTURE-THROW") != std::string::npos)
      throw std::runtime_error("fixture asked to fail");
    if (doc.raw.find("FIXTURE-SEGFAULT") != std::string::npos) std::raise(SIGSEGV);
    // Slow on purpose, so a test can signal a run while documents are in hand.
    if (doc.raw.find("FIXTURE-SLEEP") != std::string::npos)
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    if (doc.raw.find("FIXTURE-LONG-SLEEP") != std::string::npos)
      std::this_thread::sleep_for(std::chrono::seconds(3));
    if (doc.raw.empty()) throw std::runtime_error("empty file (0 bytes)");
    doc.text = doc.raw;
    doc.source.encoding = "UTF-8";
  }
};

// Takes the first line as the meeting title and counts lines as items.
class fixture_count final : public protokol::stage {
 public:
  explicit fixture_count(const protokol::stage_config& config) : limit_(config.get_int("limit")) {
    // A value only the stage itself can judge, as CSV's separator.
    if (config.get_string("label") == "refused") throw std::invalid_argument("label is refused");
  }
  void process(protokol::document& doc) const override {
    doc.meeting.title = doc.text.substr(0, doc.text.find('\n'));
    long long n = 0;
    for (std::size_t pos = 0; pos < doc.text.size() && n < limit_; ++n) {
      protokol::item item;
      item.number = std::to_string(n + 1);
      pos = doc.text.find('\n', pos);
      if (pos == std::string::npos) break;
      ++pos;
      doc.items.push_back(item);
    }
  }

 private:
  const long long limit_;
};

// Writes OUTDIR/fixture/<key>.txt (the title and the item count); finish()
// writes an index of every file present, like the CSV exporter's tables.
class fixture_export final : public protokol::stage {
 public:
  explicit fixture_export(const protokol::stage_config& config)
      : dir_(config.output_dir + "/fixture") {}
  void process(protokol::document& doc) const override {
    protokol::write_file_atomically(
        dir_ + "/" + doc.key + ".txt",
        doc.meeting.title + "\n" + std::to_string(doc.items.size()) + "\n");
    if (doc.raw.find("FIXTURE-EXPORT-THROW") != std::string::npos)
      throw std::runtime_error("fixture exporter failed after writing");
    // The output's file system failing, as a full disk does.
    if (doc.raw.find("FIXTURE-DISK-FULL") != std::string::npos)
      throw std::system_error(ENOSPC, std::generic_category(), "cannot write " + dir_);
  }
  void finish() override {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& f : std::filesystem::directory_iterator(dir_, ec))
      if (f.path().extension() == ".txt") names.push_back(f.path().filename().string());
    std::sort(names.begin(), names.end());
    std::string index;
    for (const auto& n : names) index += n + "\n";
    protokol::write_file_atomically(dir_ + "/index", index);
  }
  void remove(const std::string& key) const override {
    std::filesystem::remove(dir_ + "/" + key + ".txt");
  }

 private:
  const std::string dir_;
};

constexpr protokol::param_descriptor count_params[] = {
    {"limit", protokol::param_type::integer, "1000", false, "Most items to count", nullptr, "1",
     "100000"},
    {"label", protokol::param_type::string, "", false, "A free text", nullptr},
    {"strict", protokol::param_type::boolean, "false", false, "A switch", nullptr},
    {"ratio", protokol::param_type::real, "0.5", false, "A number", nullptr, "0", "1"},
    {"names", protokol::param_type::list, "", false, "Comma-separated names", nullptr},
    {"table", protokol::param_type::path, nullptr, false, "A file", nullptr},
    {"mode", protokol::param_type::choice, "fast", false, "How to count", "fast|exact"},
    {"token", protokol::param_type::string, nullptr, true, "A value that must be given", nullptr},
};

}  // namespace

PROTOKOL_PLUGIN("fixture-good", "1.2.3", "MIT", "Test plugin of the core",
                protokol::make_stage<fixture_text>(protokol::stage_kind::other, "fixture-text",
                                                   "Copies bytes to text", "", "text"),
                protokol::make_stage<fixture_count>(protokol::stage_kind::extractor,
                                                    "fixture-count", "Counts lines", "text",
                                                    "meeting items", count_params),
                protokol::make_stage<fixture_export>(protokol::stage_kind::exporter,
                                                     "fixture-export",
                                                     "Writes a small file per document",
                                                     "meeting items", "export.fixture"))
