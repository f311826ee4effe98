// xml_writer.hpp: one document as the XML of docs/outputs.md and
// docs/schema/document.xsd, printed with TinyXML2 straight into memory.
#pragma once

#include <tinyxml2.h>

#include <cstdint>
#include <export_common/piece_writer.hpp>
#include <protokol/byte_output.hpp>
#include <protokol/document.hpp>
#include <string>
#include <string_view>

namespace protokol::xml_export {

/// Namespace of every element of the document XML.
inline constexpr const char* document_namespace = "urn:protokol:document";

/// How a document is written.
struct xml_options {
  bool public_mode = false;  ///< withhold closed items' bodies (docs/outputs.md)
};

/// A TinyXML2 printer that streams into a byte_output through a fixed
/// buffer (nothing grows with the document), indents by two spaces like the
/// JSON, and writes text any XML 1.0 parser reads back unchanged: CR as
/// "&#13;" (a raw CR would come back as LF), and U+FFFD for what XML 1.0
/// cannot carry at all (control characters other than tab, LF and CR;
/// U+FFFE, U+FFFF) and for bytes that are not UTF-8.
class xml_printer final : public tinyxml2::XMLPrinter {
 public:
  explicit xml_printer(byte_output& out) : tinyxml2::XMLPrinter(nullptr, false), out_(out) {}

  /// <name>text</name>, or <name/> when `text` is empty.
  void text_element(const char* name, std::string_view text);
  /// <name>value</name>.
  void number_element(const char* name, std::uint64_t value);
  /// Hands on everything printed so far.
  void flush() { out_.flush(); }

 protected:
  // Every byte TinyXML2 prints passes through these three.
  void Print(const char* format, ...) override;
  void Write(const char* data, std::size_t size) override {
    // Half of TinyXML2's pieces are its own "<", ">", "</" and "/>": two
    // byte moves, not the size classes of piece_writer::append.
    if (size - 1 < 2 && out_.fits(2)) {
      char* const to = out_.room(2);
      to[0] = data[0];
      to[size - 1] = data[size - 1];
      out_.commit(to + size);
      return;
    }
    out_.append({data, size});
  }
  void Putc(char c) override { out_.push_back(c); }
  void PrintSpace(int depth) override;

 private:
  using tinyxml2::XMLPrinter::Write;
  // SealElementIfJustOpened() right after OpenElement(), where the element
  // is always just opened: the '>' its Putc() would print, and the flag it
  // clears, without two calls into TinyXML2 for every leaf element.
  void seal_opened_element() {
    _elementJustOpened = false;
    out_.push_back('>');
  }
  void write_text(std::string_view text);
  // write_text for `text` whose first `first_stop` bytes are plain.
  [[gnu::noinline]] void write_escaped(std::string_view text, std::size_t first_stop);

  // Most of what TinyXML2 prints is a tag name or "</" of a few bytes,
  // which the piece writer copies without a call to memcpy.
  export_common::piece_writer out_;
};

/// Streams `doc` (declaration and document element) to `out`.
void write_xml(const document& doc, const xml_options& options, byte_output& out);

/// The document as XML text ending in a newline.
std::string to_xml(const document& doc, const xml_options& options);

}  // namespace protokol::xml_export
