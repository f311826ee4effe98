#include "docx_reader.hpp"

#include <stdexcept>

#include "docx_archive.hpp"
#include "docx_body.hpp"
#include "nfc.hpp"
#include "utf8_scan.hpp"
#include "wml.hpp"

namespace protokol::docx {
namespace {

constexpr const char* document_part = "word/document.xml";
constexpr const char* styles_part = "word/styles.xml";
constexpr const char* numbering_part = "word/numbering.xml";

// Parts are read, parsed and reduced one at a time, so at most one part's
// bytes and tree are held at once besides the body's.
style_sheet read_styles(const docx_archive& archive) {
  std::optional<std::string> bytes = archive.read_part(styles_part);
  if (!bytes) return {};
  pugi::xml_document doc;
  parse_part(doc, *bytes, styles_part);
  return style_sheet(doc);
}

numbering read_numbering(const docx_archive& archive) {
  std::optional<std::string> bytes = archive.read_part(numbering_part);
  if (!bytes) return {};
  pugi::xml_document doc;
  parse_part(doc, *bytes, numbering_part);
  return numbering(doc);
}

}  // namespace

std::optional<std::string> docx_reader::read(std::string_view raw) const {
  const std::optional<docx_archive> archive = docx_archive::open(raw, options_.limits);
  if (!archive) return std::nullopt;
  const style_sheet styles = read_styles(*archive);
  numbering lists = read_numbering(*archive);
  std::optional<std::string> bytes = archive->read_part(document_part);
  if (!bytes) throw std::runtime_error("corrupt Word document (.docx): no word/document.xml");
  std::string text;
  {
    pugi::xml_document doc;
    parse_part(doc, *bytes, document_part);
    text = body_text(doc, styles, lists, options_.breaks, bytes->size());
  }
  const reader::utf8_scan scan = reader::scan_utf8(text);
  if (!scan.valid) {
    throw std::runtime_error("malformed UTF-8 in Word document part " + std::string(document_part));
  }
  reader::to_nfc_without_zero_width(text);
  return text;
}

}  // namespace protokol::docx
