#include "xml_writer.hpp"

#include <charconv>
#include <cstdarg>
#include <cstdio>
#include <export_common/decimal.hpp>
#include <export_common/entity_fields.hpp>
#include <export_common/page_map.hpp>
#include <export_common/plain_scan.hpp>
#include <export_common/public_view.hpp>
#include <utf8/utf8.hpp>
#include <vector>

namespace protokol::xml_export {
namespace {

// What a byte below 0x80 becomes in element text; nullptr: itself.
const char* escape_for(unsigned char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '\r':
      return "&#13;";
    case '\t':
    case '\n':
      return nullptr;
    default:
      return c < 0x20 ? "\xEF\xBF\xBD" : nullptr;
  }
}

// Tab and LF are written as they are: a body's line breaks do not stop the scan.
constexpr export_common::plain_scan_passing_tab_lf text_scan('&', '<', '>');

bool is_noncharacter_ffff(std::string_view text, std::size_t pos) {
  return static_cast<unsigned char>(text[pos]) == 0xEF &&
         static_cast<unsigned char>(text[pos + 1]) == 0xBF &&
         (static_cast<unsigned char>(text[pos + 2]) & 0xFE) == 0xBE;
}

void string_list(xml_printer& out, const char* list, const char* element,
                 const std::vector<std::string>& values) {
  out.OpenElement(list);
  for (const std::string& value : values) out.text_element(element, value);
  out.CloseElement();
}

void print_source(xml_printer& out, const source_info& s) {
  out.OpenElement("source");
  out.text_element("path", s.path);
  out.text_element("sha256", s.sha256);
  out.number_element("bytes", s.bytes);
  out.text_element("format", s.format);
  out.text_element("dialect", s.dialect);
  out.text_element("encoding", s.encoding);
  // Shortest text that reads back as the same double, as the JSON has it.
  char number[32];
  const auto result = std::to_chars(number, number + sizeof number, s.confidence);
  out.text_element("confidence",
                   std::string_view(number, static_cast<std::size_t>(result.ptr - number)));
  out.CloseElement();
}

void print_meeting(xml_printer& out, const meeting_info& m) {
  out.OpenElement("meeting");
  out.text_element("title", m.title);
  out.text_element("committee", m.committee);
  out.text_element("municipality", m.municipality);
  out.text_element("date", m.date);
  out.text_element("start_time", m.start_time);
  out.text_element("location", m.location);
  out.OpenElement("participants");
  for (const participant& p : m.participants) {
    out.OpenElement("participant");
    out.text_element("name", p.name);
    out.text_element("party", p.party);
    out.text_element("role", p.role);
    out.text_element("status", p.status);
    out.CloseElement();
  }
  out.CloseElement();
  out.text_element("front_matter", m.front_matter);
  out.CloseElement();
}

void print_item_body(xml_printer& out, const item& it) {
  string_list(out, "document_numbers", "document_number", it.document_numbers);
  out.OpenElement("sections");
  for (const section& s : it.sections) {
    out.OpenElement("section");
    out.text_element("heading", s.heading);
    out.text_element("kind", s.kind);
    out.text_element("text", s.text);
    out.number_element("start", s.start);
    out.number_element("end", s.end);
    out.CloseElement();
  }
  out.CloseElement();
  out.text_element("decision", it.decision);
  out.OpenElement("votes");
  string_list(out, "for", "name", it.votes.for_);
  string_list(out, "against", "name", it.votes.against);
  string_list(out, "abstained", "name", it.votes.abstained);
  out.text_element("unanimous", it.votes.unanimous ? "true" : "false");
  out.OpenElement("counts");  // a side the minutes give no count for is left out (JSON null)
  if (it.votes.for_count >= 0) out.number_element("for", it.votes.for_count);
  if (it.votes.against_count >= 0) out.number_element("against", it.votes.against_count);
  if (it.votes.abstained_count >= 0) out.number_element("abstained", it.votes.abstained_count);
  out.CloseElement();
  out.CloseElement();
  string_list(out, "attachments", "attachment", it.attachments);
  string_list(out, "absent", "name", it.absent);
}

void print_item(xml_printer& out, const item& it, bool withhold_body,
                std::optional<std::size_t> page) {
  out.OpenElement("item");
  out.text_element("number", it.number);
  out.text_element("title", it.title);
  out.text_element("closed", it.closed ? "true" : "false");
  string_list(out, "case_numbers", "case_number", it.case_numbers);
  if (!withhold_body) print_item_body(out, it);
  out.number_element("start", it.start);
  out.number_element("end", it.end);
  if (page) out.number_element("page", *page);  // absent: not a paged source (JSON null)
  out.CloseElement();
}

void print_entity(xml_printer& out, const entity& e) {
  out.OpenElement("entity");
  out.text_element("type", e.type);
  out.text_element("text", e.text);
  out.text_element("value", e.value);
  if (!e.item.empty()) out.text_element("item", e.item);  // absent: the meeting header (JSON null)
  out.number_element("start", e.start);
  out.number_element("end", e.end);
  if (export_common::has_party_and_role(e)) {
    out.text_element("party", e.party);
    out.text_element("role", e.role);
  } else if (export_common::has_style(e)) {
    out.text_element("style", e.style);
  }
  out.CloseElement();
}

}  // namespace

void xml_printer::text_element(const char* name, std::string_view text) {
  OpenElement(name);
  if (text.empty()) {
    CloseElement();
    return;
  }
  // The text goes through write_text, which TinyXML2's escaping (only
  // & < >) cannot replace for CR and control characters. Sealing the start
  // tag and closing in compact mode keep the end tag on this line, as
  // PushText("") would, without its pass over the empty text.
  seal_opened_element();
  write_text(text);
  CloseElement(true);
}

void xml_printer::number_element(const char* name, std::uint64_t value) {
  OpenElement(name);
  seal_opened_element();  // as in text_element
  // Digits need no escaping: straight out, past write_text's scan.
  out_.commit(export_common::put_decimal(out_.room(20), value));
  CloseElement(true);
}

void xml_printer::PrintSpace(int depth) {
  if (depth > 0) out_.append(2 * static_cast<std::size_t>(depth), ' ');
}

void xml_printer::Print(const char* format, ...) {
  // TinyXML2 9 prints through Write and Putc; this keeps any formatted
  // output of another version in the same stream, in order.
  char small[256];
  std::va_list args;
  va_start(args, format);
  std::va_list again;
  va_copy(again, args);
  const int length = std::vsnprintf(small, sizeof small, format, args);
  va_end(args);
  if (length >= 0 && static_cast<std::size_t>(length) < sizeof small) {
    out_.append({small, static_cast<std::size_t>(length)});
  } else if (length > 0) {
    std::string large(static_cast<std::size_t>(length), '\0');
    std::vsnprintf(large.data(), large.size() + 1, format, again);
    out_.append(large);
  }
  va_end(again);
}

void xml_printer::write_text(std::string_view text) {
  // Most texts (names, kinds, dates, headings) need nothing replaced: one
  // scan and one append, without the registers the escaping loop saves.
  const std::size_t first_stop = text_scan.skip(text, 0);
  if (first_stop == text.size()) {
    out_.append(text);
    return;
  }
  write_escaped(text, first_stop);
}

void xml_printer::write_escaped(std::string_view text, std::size_t first_stop) {
  std::size_t run = 0;  // start of the bytes not yet written
  const auto replace = [&](std::size_t at, std::size_t length, std::string_view with) {
    out_.append(text.substr(run, at - run));
    out_.append(with);
    run = at + length;
  };
  for (std::size_t pos = first_stop; pos < text.size(); pos = text_scan.skip(text, pos)) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      if (const char* escape = escape_for(c)) replace(pos, 1, escape);
      ++pos;
      continue;
    }
    const std::size_t length = utf8::utf8_char_length(text, pos);
    if (length == 0) {
      const std::size_t invalid = utf8::utf8_invalid_length(text, pos);
      replace(pos, invalid, utf8::replacement_character);
      pos += invalid;
      continue;
    }
    if (length == 3 && is_noncharacter_ffff(text, pos))
      replace(pos, 3, utf8::replacement_character);
    pos += length;
  }
  out_.append(text.substr(run));
}

void write_xml(const document& doc, const xml_options& options, byte_output& sink) {
  const export_common::public_view view(doc, options.public_mode);
  xml_printer out(sink);
  out.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
  out.OpenElement("document");
  out.PushAttribute("xmlns", document_namespace);
  out.PushAttribute("schema", document_schema_version);
  print_source(out, doc.source);
  print_meeting(out, doc.meeting);
  out.OpenElement("items");
  const export_common::page_map pages(doc);
  for (const item& it : doc.items) {
    print_item(out, it, view.withholds_body(it), pages.page_of(it.start));
  }
  out.CloseElement();
  out.OpenElement("entities");
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    if (view.keeps_entity(i)) print_entity(out, doc.entities[i]);
  }
  out.CloseElement();
  out.OpenElement("warnings");
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    if (view.keeps_warning(i)) out.text_element("warning", doc.warnings[i]);
  }
  out.CloseElement();
  out.CloseElement();
  out.flush();
}

std::string to_xml(const document& doc, const xml_options& options) {
  std::string text;
  string_output out(text);
  write_xml(doc, options, out);
  return text;
}

}  // namespace protokol::xml_export
