// binary_formats.hpp: names the container formats the read stage cannot
// read as text, so a refused file gets a reason a person can act on
// ("Word 97-2003 document (.doc): save it as .docx or PDF") instead of
// "binary file: NUL byte at offset 58".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace protokol::reader {

/// When `raw` starts like a file format that is not text (found by its
/// magic bytes and structure, never a file name), the reason to refuse it:
/// the format's name and the way out. Otherwise nothing.
std::optional<std::string> unsupported_format(std::string_view raw);

/// "%PDF-" within the first 1024 bytes, as Acrobat accepts it: the one test
/// of PDF, shared with the pdf reader so that the file `read` sends to the
/// `pdf` stage is exactly the file that stage takes.
bool looks_like_pdf(std::string_view raw);

}  // namespace protokol::reader
