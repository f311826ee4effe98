#include "binary_formats.hpp"

#include <array>
#include <cstring>

namespace protokol::reader {
namespace {

using namespace std::string_view_literals;

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// ASCII `name` as UTF-16LE, the way OLE2 directory entries spell it.
std::string utf16le(std::string_view name) {
  std::string out;
  for (char c : name) {
    out += c;
    out += '\0';
  }
  return out;
}

// OLE2 compound files hold .doc, .xls, .ppt and Outlook .msg; the directory
// entries' names tell them apart (they sit in the first sectors of small files
// and within the first megabyte of nearly all others).
std::string ole2_reason(std::string_view raw) {
  const std::string_view head = raw.substr(0, 1 << 20);
  // Password-protected .docx/.xlsx are OLE2 containers holding the
  // encrypted package (MS-OFFCRYPTO), not ZIP files.
  if (contains(head, utf16le("EncryptedPackage"))) {
    return "encrypted Office document (a password-protected .docx or .xlsx): remove the password "
           "and save it again";
  }
  if (contains(head, utf16le("WordDocument"))) {
    return "unsupported format: Word 97-2003 document (.doc); save it as .docx or PDF";
  }
  if (contains(head, utf16le("Workbook")) || contains(head, utf16le("Book"))) {
    return "unsupported format: Excel 97-2003 spreadsheet (.xls); spreadsheets are not minutes";
  }
  if (contains(head, utf16le("PowerPoint Document"))) {
    return "unsupported format: PowerPoint 97-2003 presentation (.ppt); save it as PDF";
  }
  if (contains(head, utf16le("__substg1.0_"))) {
    return "unsupported format: Outlook message (.msg); save the attachment itself into the "
           "archive";
  }
  return "unsupported format: OLE2 compound file (old Microsoft Office); save it as .docx or PDF";
}

// ZIP containers: Office Open XML and OpenDocument name their parts near
// the start (local file headers carry the names in clear).
std::string zip_reason(std::string_view raw) {
  const std::string_view head = raw.substr(0, 1 << 16);
  if (contains(head, "word/"sv)) {
    return "Word document (.docx): this pipeline has no 'docx' stage; add <stage use=\"docx\"/> "
           "before 'read' (pipelines/default.xml has it)";
  }
  if (contains(head, "xl/"sv)) {
    return "unsupported format: Excel spreadsheet (.xlsx); spreadsheets are not minutes";
  }
  if (contains(head, "ppt/"sv)) {
    return "unsupported format: PowerPoint presentation (.pptx); save it as PDF";
  }
  if (contains(head, "application/vnd.oasis.opendocument.text"sv)) {
    return "unsupported format: OpenDocument text (.odt); save it as .docx or PDF";
  }
  if (contains(head, "application/vnd.oasis.opendocument"sv)) {
    return "unsupported format: OpenDocument spreadsheet or presentation; save it as PDF";
  }
  return "unsupported format: ZIP archive; unpack it into the archive folder";
}

struct magic {
  std::string_view bytes;
  const char* reason;
};

constexpr std::array<magic, 8> image_and_other_magics = {{
    {"\x89PNG\r\n\x1a\n"sv,
     "unsupported format: PNG image; run OCR and save the text, or find "
     "the minutes as PDF"},
    {"\xFF\xD8\xFF"sv,
     "unsupported format: JPEG image; run OCR and save the text, or find the "
     "minutes as PDF"},
    {"GIF87a"sv, "unsupported format: GIF image"},
    {"GIF89a"sv, "unsupported format: GIF image"},
    {"II*\0"sv, "unsupported format: TIFF image (a scan?); run OCR first"},
    {"MM\0*"sv, "unsupported format: TIFF image (a scan?); run OCR first"},
    {"{\\rtf"sv, "unsupported format: Rich Text Format (.rtf); save it as .docx or PDF"},
    {"\x1f\x8b"sv, "unsupported format: gzip-compressed file; unpack it into the archive folder"},
}};

// An e-mail saved as .eml is text, but its first lines are RFC 5322 header
// fields, which minutes never start with.
bool looks_like_email(std::string_view raw) {
  constexpr std::array<std::string_view, 6> first_fields = {"Received: "sv,     "Return-Path: "sv,
                                                            "From: "sv,         "Message-ID: "sv,
                                                            "MIME-Version: "sv, "Delivered-To: "sv};
  bool starts = false;
  for (std::string_view field : first_fields) starts = starts || raw.starts_with(field);
  if (!starts) return false;
  const std::string_view head = raw.substr(0, 16384);
  return contains(head, "\nSubject: "sv) || contains(head, "\nContent-Type: "sv);
}

}  // namespace

bool looks_like_pdf(std::string_view raw) { return contains(raw.substr(0, 1024), "%PDF-"sv); }

std::optional<std::string> unsupported_format(std::string_view raw) {
  if (looks_like_pdf(raw)) {
    return "PDF document: this pipeline has no 'pdf' stage; add <stage use=\"pdf\"/> before "
           "'read' (pipelines/default.xml has it)";
  }
  if (raw.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) return ole2_reason(raw);
  if (raw.starts_with("PK\x03\x04"sv)) return zip_reason(raw);
  for (const magic& m : image_and_other_magics) {
    if (raw.starts_with(m.bytes)) return std::string(m.reason);
  }
  if (looks_like_email(raw)) {
    return "unsupported format: e-mail message (.eml); save the minutes it carries into the "
           "archive";
  }
  return std::nullopt;
}

}  // namespace protokol::reader
