// html_out.hpp: writing HTML that is always escaped and always UTF-8, in
// large chunks to a byte_output (an atomic file, or memory in tests).
#pragma once

#include <protokol/byte_output.hpp>
#include <string>
#include <string_view>

namespace protokol::review_export {

/// Appends markup and escaped text. Text and attribute values go through
/// `text()` and `attr()`, which escape markup characters, replace bytes that
/// are not UTF-8 and control characters by U+FFFD, so no field can break the
/// page or smuggle markup into it.
class html_out {
 public:
  explicit html_out(byte_output& sink) : out_(sink) {}

  /// Markup written by this plugin itself (tags, fixed labels).
  void raw(std::string_view markup) { out_.append(markup); }
  /// Element content: escapes '&', '<' and '>'; keeps LF, CR and tab.
  void text(std::string_view s);
  /// A double-quoted attribute value: escapes '"' and '\'' as well.
  void attr(std::string_view s);
  /// An href value: percent-encodes every byte outside RFC 3986's
  /// unreserved set, so a key with '#', '?', '%' or spaces stays one name.
  void href(std::string_view s);
  /// Hands on what is buffered.
  void flush() { out_.flush(); }

 private:
  void escaped(std::string_view s, bool in_attribute);

  chunked_writer out_;
};

/// `s` percent-encoded as html_out::href does (tests and callers that build
/// a fragment in memory).
std::string percent_encode(std::string_view s);

}  // namespace protokol::review_export
