// docx_reader.hpp: a .docx file's bytes to the text every later stage reads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "docx_body.hpp"
#include "docx_limits.hpp"

namespace protokol::docx {

/// How the stage reads; checked by the stage before a reader is built.
struct docx_options {
  docx_limits limits;
  page_breaks breaks = page_breaks::all;
};

/// Reads Word documents; immutable, so one instance serves every thread.
class docx_reader {
 public:
  explicit docx_reader(const docx_options& options) : options_(options) {}

  /// The text (UTF-8 NFC, LF, light markup) of `raw` when it is a Word
  /// document; nothing when it is not (another reader's file). Throws
  /// std::runtime_error with the reason when it is one that cannot be read.
  std::optional<std::string> read(std::string_view raw) const;

 private:
  const docx_options options_;
};

}  // namespace protokol::docx
