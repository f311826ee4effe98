#include "csv_parts.hpp"

#include <charconv>
#include <fstream>
#include <memory>
#include <protokol/atomic_file.hpp>
#include <protokol/output_key.hpp>
#include <stdexcept>

namespace protokol::csv_export {
namespace {

// Version 2 added the vote_counts table. Parts of version 1 (written before
// 2026-12-03) are read as having no vote counts, so a folder that earlier
// runs wrote into needs no re-export.
constexpr std::string_view part_magic = "protokol-csv-part 2\n";
constexpr std::string_view part_magic_v1 = "protokol-csv-part 1\n";
constexpr std::size_t tables_v1 = 5;
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

void read_whole(const std::filesystem::path& file, std::string& content) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  content.resize(static_cast<std::size_t>(in.tellg()));
  in.seekg(0);
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  if (!in) throw std::runtime_error("cannot read " + file.string());
}

// One table file being rebuilt: opened with its header on first use.
class table_output {
 public:
  table_output(std::filesystem::path target, table t, const csv_options& options, bool durable)
      : target_(std::move(target)), table_(t), options_(options), durable_(durable) {}

  void append(std::string_view rows) {
    open();
    file_->write(rows);
  }
  void open() {
    if (file_) return;
    file_ = std::make_unique<atomic_file>(target_, durable_);
    if (options_.bom) file_->write(utf8_bom);
    file_->write(header(table_, options_));
  }
  /// Commits the table; one never opened is removed instead.
  void close() {
    if (file_) {
      file_->commit();
    } else {
      remove_file_durably(target_, durable_);
    }
  }

 private:
  std::filesystem::path target_;
  table table_;
  const csv_options& options_;
  bool durable_;
  std::unique_ptr<atomic_file> file_;
};

}  // namespace

void write_part(const document_rows& rows, byte_output& out) {
  out.write(part_magic);
  for (std::size_t t = 0; t < table_count; ++t) {
    out.write(std::string(table_names[t]) + " " + std::to_string(rows[t].size()) + "\n");
    out.write(rows[t]);
  }
}

std::string make_part(const document_rows& rows) {
  std::string part;
  string_output out(part);
  write_part(rows, out);
  return part;
}

bool split_part(std::string_view part, std::array<std::string_view, table_count>& tables) {
  std::size_t count = table_count;
  if (part.starts_with(part_magic_v1)) {
    count = tables_v1;
  } else if (!part.starts_with(part_magic)) {
    return false;
  }
  part.remove_prefix(part_magic.size());
  tables.fill({});
  for (std::size_t t = 0; t < count; ++t) {
    const std::string_view name = table_names[t];
    if (part.size() <= name.size() || part.substr(0, name.size()) != name ||
        part[name.size()] != ' ')
      return false;
    part.remove_prefix(name.size() + 1);
    const std::size_t eol = part.find('\n');
    if (eol == std::string_view::npos) return false;
    std::size_t size = 0;
    const auto [end, error] = std::from_chars(part.data(), part.data() + eol, size);
    if (error != std::errc() || end != part.data() + eol || size > part.size() - eol - 1)
      return false;
    tables[t] = part.substr(eol + 1, size);
    part.remove_prefix(eol + 1 + size);
  }
  return part.empty();
}

void merge_tables(const std::filesystem::path& csv_folder, const csv_options& options,
                  bool durable) {
  std::array<std::unique_ptr<table_output>, table_count> outputs;
  for (std::size_t t = 0; t < table_count; ++t) {
    outputs[t] = std::make_unique<table_output>(csv_folder / (std::string(table_names[t]) + ".csv"),
                                                static_cast<table>(t), options, durable);
    // The others exist even when empty: the header says what they would hold.
    if (!only_with_rows(static_cast<table>(t))) outputs[t]->open();
  }
  const std::filesystem::path parts = csv_folder / parts_folder_name;
  std::string content;
  std::array<std::string_view, table_count> tables;
  for (const std::string& key : list_keys(parts, ".part")) {
    const std::filesystem::path file = parts / (key + ".part");
    read_whole(file, content);
    if (!split_part(content, tables))
      throw std::runtime_error(file.string() + " is not a CSV part file");
    for (std::size_t t = 0; t < table_count; ++t) {
      if (!tables[t].empty()) outputs[t]->append(tables[t]);
    }
  }
  for (auto& output : outputs) output->close();
}

}  // namespace protokol::csv_export
