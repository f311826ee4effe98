// docx_archive.hpp: a .docx zip opened over the caller's bytes (libzip,
// no copy), handing out parts only within the limits of docx_limits.hpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "docx_limits.hpp"

struct zip;

namespace protokol::docx {

/// True when `raw` is a zip whose bytes name "word/document.xml": what
/// decides, before opening anything, that a file is a Word document.
bool looks_like_docx(std::string_view raw);

/// An open .docx. `raw` must outlive it: libzip reads straight from it.
class docx_archive {
 public:
  /// Opens `raw`, or returns nothing when it is a zip without
  /// word/document.xml (an .xlsx, an .odt: not ours). Throws
  /// std::runtime_error for a Word document that is too large, has too
  /// many entries or is no readable zip.
  static std::optional<docx_archive> open(std::string_view raw, const docx_limits& limits);

  /// The unpacked bytes of `name`, or nothing when the archive has no such
  /// part. Throws when the part is encrypted, corrupt, or crosses a limit,
  /// whether the zip's directory says so or the unpacking shows it.
  std::optional<std::string> read_part(const char* name) const;

 private:
  struct closer {
    void operator()(zip* archive) const noexcept;
  };
  docx_archive(zip* archive, const docx_limits& limits) : archive_(archive), limits_(limits) {}

  std::unique_ptr<zip, closer> archive_;
  docx_limits limits_;
};

}  // namespace protokol::docx
