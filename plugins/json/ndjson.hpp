// ndjson.hpp: OUTDIR/documents.ndjson, one line per json/<key>.json, rebuilt
// from the folder so that it always matches what the folder holds.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace protokol::json_export {

/// Removes the blanks and line breaks our writer puts between JSON tokens.
/// Fed a document in pieces of any size, it yields exactly what
/// dump() without indent gives, holding nothing but one flag pair.
class json_compactor {
 public:
  /// Appends the compact form of `piece` to `out`.
  void feed(std::string_view piece, std::string& out);
  /// True when the input so far ends outside a string.
  bool complete() const { return !in_string_; }

 private:
  bool in_string_ = false;
  bool escaped_ = false;
};

/// Writes `target` atomically with the compact form of every json/<key>.json
/// in `json_folder`, sorted by key, one per line. Streams each file in
/// pieces: memory stays flat however large the archive. `durable`: see
/// protokol::atomic_file.
void write_ndjson(const std::filesystem::path& json_folder, const std::filesystem::path& target,
                  bool durable = true);

}  // namespace protokol::json_export
