#include "json_writer.hpp"

#include <export_common/entity_fields.hpp>
#include <export_common/page_map.hpp>
#include <export_common/public_view.hpp>
#include <string_view>

#include "json_stream.hpp"

namespace protokol::json_export {
namespace {

// Names as string_view: the callers' literals are measured where they
// are compiled, not by a strlen call each time.
void write_strings(json_stream& out, std::string_view name,
                   const std::vector<std::string>& values) {
  out.key(name);
  out.begin_array();
  for (const std::string& v : values) out.string(v);
  out.end_array();
}

void write_string(json_stream& out, std::string_view name, const std::string& value) {
  out.member(name, value);
}

void write_number(json_stream& out, std::string_view name, std::uint64_t value) {
  out.member(name, value);
}

// A vote count, or null where the minutes give none.
void write_count(json_stream& out, std::string_view name, int count) {
  out.key(name);
  if (count < 0) {
    out.null();
  } else {
    out.number(static_cast<std::uint64_t>(count));
  }
}

void write_source(json_stream& out, const source_info& s) {
  out.key("source");
  out.begin_object();
  write_string(out, "path", s.path);
  write_string(out, "sha256", s.sha256);
  write_number(out, "bytes", s.bytes);
  write_string(out, "format", s.format);
  write_string(out, "dialect", s.dialect);
  write_string(out, "encoding", s.encoding);
  out.key("confidence");
  out.real(s.confidence);
  out.end_object();
}

void write_meeting(json_stream& out, const meeting_info& m) {
  out.key("meeting");
  out.begin_object();
  write_string(out, "title", m.title);
  write_string(out, "committee", m.committee);
  write_string(out, "municipality", m.municipality);
  write_string(out, "date", m.date);
  write_string(out, "start_time", m.start_time);
  write_string(out, "location", m.location);
  out.key("participants");
  out.begin_array();
  for (const participant& p : m.participants) {
    out.begin_object();
    write_string(out, "name", p.name);
    write_string(out, "party", p.party);
    write_string(out, "role", p.role);
    write_string(out, "status", p.status);
    out.end_object();
  }
  out.end_array();
  write_string(out, "front_matter", m.front_matter);
  out.end_object();
}

void write_item_body(json_stream& out, const item& it) {
  write_strings(out, "document_numbers", it.document_numbers);
  out.key("sections");
  out.begin_array();
  for (const section& s : it.sections) {
    out.begin_object();
    write_string(out, "heading", s.heading);
    write_string(out, "kind", s.kind);
    write_string(out, "text", s.text);
    write_number(out, "start", s.start);
    write_number(out, "end", s.end);
    out.end_object();
  }
  out.end_array();
  write_string(out, "decision", it.decision);
  out.key("votes");
  out.begin_object();
  write_strings(out, "for", it.votes.for_);
  write_strings(out, "against", it.votes.against);
  write_strings(out, "abstained", it.votes.abstained);
  out.key("unanimous");
  out.boolean(it.votes.unanimous);
  out.key("counts");
  out.begin_object();
  write_count(out, "for", it.votes.for_count);
  write_count(out, "against", it.votes.against_count);
  write_count(out, "abstained", it.votes.abstained_count);
  out.end_object();
  out.end_object();
  write_strings(out, "attachments", it.attachments);
  write_strings(out, "absent", it.absent);
}

void write_item(json_stream& out, const item& it, bool withhold_body,
                std::optional<std::size_t> page) {
  out.begin_object();
  write_string(out, "number", it.number);
  write_string(out, "title", it.title);
  out.key("closed");
  out.boolean(it.closed);
  write_strings(out, "case_numbers", it.case_numbers);
  if (!withhold_body) write_item_body(out, it);
  write_number(out, "start", it.start);
  write_number(out, "end", it.end);
  out.key("page");
  if (page) {
    out.number(*page);
  } else {
    out.null();
  }
  out.end_object();
}

void write_entity(json_stream& out, const entity& e) {
  out.begin_object();
  write_string(out, "type", e.type);
  write_string(out, "text", e.text);
  write_string(out, "value", e.value);
  out.key("item");
  if (e.item.empty()) {
    out.null();
  } else {
    out.string(e.item);
  }
  write_number(out, "start", e.start);
  write_number(out, "end", e.end);
  if (export_common::has_party_and_role(e)) {
    write_string(out, "party", e.party);
    write_string(out, "role", e.role);
  } else if (export_common::has_style(e)) {
    write_string(out, "style", e.style);
  }
  out.end_object();
}

}  // namespace

void write_json(const document& doc, const json_options& options, byte_output& sink) {
  const export_common::public_view view(doc, options.public_mode);
  json_stream out(sink, options.indent);
  out.begin_object();
  out.key("schema");
  out.string(document_schema_version);
  write_source(out, doc.source);
  write_meeting(out, doc.meeting);
  out.key("items");
  out.begin_array();
  const export_common::page_map pages(doc);
  for (const item& it : doc.items) {
    write_item(out, it, view.withholds_body(it), pages.page_of(it.start));
  }
  out.end_array();
  out.key("entities");
  out.begin_array();
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    if (view.keeps_entity(i)) write_entity(out, doc.entities[i]);
  }
  out.end_array();
  out.key("warnings");
  out.begin_array();
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    if (view.keeps_warning(i)) out.string(doc.warnings[i]);
  }
  out.end_array();
  out.end_object();
  out.finish();
}

std::string to_json(const document& doc, const json_options& options) {
  std::string text;
  string_output out(text);
  write_json(doc, options, out);
  return text;
}

}  // namespace protokol::json_export
