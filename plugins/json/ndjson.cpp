#include "ndjson.hpp"

#include <export_common/plain_scan.hpp>
#include <fstream>
#include <iostream>
#include <protokol/atomic_file.hpp>
#include <protokol/output_key.hpp>
#include <stdexcept>
#include <vector>

namespace protokol::json_export {

void json_compactor::feed(std::string_view piece, std::string& out) {
  // Inside strings only '"' and '\\' matter, and long strings are most of
  // the bytes: skip to the next of them eight bytes at a time.
  static constexpr export_common::plain_scan_of_two in_string('"', '\\', '"', true);
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < piece.size(); ++i) {
    if (in_string_) {
      if (escaped_) {
        escaped_ = false;
        continue;
      }
      i = in_string.skip(piece, i);
      if (i == piece.size()) break;
      if (piece[i] == '\\') {
        escaped_ = true;
      } else if (piece[i] == '"') {
        in_string_ = false;
      }
      continue;
    }
    const char c = piece[i];
    if (c == '"') {
      in_string_ = true;
    } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      out.append(piece.substr(run, i - run));
      run = i + 1;
    }
  }
  out.append(piece.substr(run));
}

namespace {

// A document this exporter wrote opens with its schema ("{" then "schema"),
// indented or not; a file a user put in json/ (an index, notes) does not.
bool opens_as_document(std::string_view head) {
  std::size_t i = 0;
  const auto skip_space = [&] {
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
      ++i;
  };
  skip_space();
  if (i >= head.size() || head[i] != '{') return false;
  ++i;
  skip_space();
  return head.substr(i).starts_with("\"schema\"");
}

}  // namespace

void write_ndjson(const std::filesystem::path& json_folder, const std::filesystem::path& target,
                  bool durable) {
  atomic_file ndjson(target, durable);
  std::vector<char> piece(std::size_t{1} << 16);
  std::string compact;
  compact.reserve(piece.size());
  for (const std::string& key : list_keys(json_folder, ".json")) {
    const std::filesystem::path file = json_folder / (key + ".json");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    json_compactor compactor;
    std::size_t written = 0;
    in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
    if (!opens_as_document(std::string_view(piece.data(), static_cast<std::size_t>(in.gcount())))) {
      std::cerr << "protokol: " << file.string()
                << " is no document protokol wrote: left out of documents.ndjson\n";
      continue;
    }
    for (bool first = true; first || in; first = false) {
      if (!first) in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
      compact.clear();
      compactor.feed(std::string_view(piece.data(), static_cast<std::size_t>(in.gcount())),
                     compact);
      written += compact.size();
      ndjson.write(compact);
    }
    if (in.bad()) throw std::runtime_error("cannot read " + file.string());
    // A torn or foreign file would break every line after it.
    if (written == 0 || !compactor.complete())
      throw std::runtime_error(file.string() + " is not a JSON document");
    ndjson.write("\n");
  }
  ndjson.commit();
}

}  // namespace protokol::json_export
