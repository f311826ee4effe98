// read_file: a whole input file into memory, as every run reads each input
// once (the stages then work on views of that one buffer).
#pragma once

#include <filesystem>
#include <string>

namespace protokol {

/// Reads the whole of `file` into `out` (replacing its content); false with
/// `error` ("cannot read input: <reason>") when it cannot.
bool read_whole_file(const std::filesystem::path& file, std::string& out, std::string& error);

}  // namespace protokol
