#include "json_value.hpp"

#include <export_common/page_map.hpp>
#include <export_common/public_view.hpp>

namespace protokol::json_export {
namespace {

using json = nlohmann::ordered_json;

json string_array(const std::vector<std::string>& values) {
  json out = json::array();
  for (const std::string& v : values) out.push_back(v);
  return out;
}

json source_json(const source_info& s) {
  return json{{"path", s.path},
              {"sha256", s.sha256},
              {"bytes", s.bytes},
              {"format", s.format},
              {"dialect", s.dialect},
              {"encoding", s.encoding},
              {"confidence", s.confidence}};
}

json meeting_json(const meeting_info& m) {
  json participants = json::array();
  for (const participant& p : m.participants) {
    participants.push_back(
        json{{"name", p.name}, {"party", p.party}, {"role", p.role}, {"status", p.status}});
  }
  return json{{"title", m.title},
              {"committee", m.committee},
              {"municipality", m.municipality},
              {"date", m.date},
              {"start_time", m.start_time},
              {"location", m.location},
              {"participants", std::move(participants)},
              {"front_matter", m.front_matter}};
}

json item_json(const item& it, bool withhold_body, std::optional<std::size_t> page) {
  json out{{"number", it.number},
           {"title", it.title},
           {"closed", it.closed},
           {"case_numbers", string_array(it.case_numbers)}};
  if (!withhold_body) {
    json sections = json::array();
    for (const section& s : it.sections) {
      sections.push_back(json{{"heading", s.heading},
                              {"kind", s.kind},
                              {"text", s.text},
                              {"start", s.start},
                              {"end", s.end}});
    }
    out["document_numbers"] = string_array(it.document_numbers);
    out["sections"] = std::move(sections);
    out["decision"] = it.decision;
    const auto count = [](int n) { return n < 0 ? json(nullptr) : json(n); };
    out["votes"] = json{{"for", string_array(it.votes.for_)},
                        {"against", string_array(it.votes.against)},
                        {"abstained", string_array(it.votes.abstained)},
                        {"unanimous", it.votes.unanimous},
                        {"counts", json{{"for", count(it.votes.for_count)},
                                        {"against", count(it.votes.against_count)},
                                        {"abstained", count(it.votes.abstained_count)}}}};
    out["attachments"] = string_array(it.attachments);
    out["absent"] = string_array(it.absent);
  }
  out["start"] = it.start;
  out["end"] = it.end;
  out["page"] = page ? json(*page) : json(nullptr);
  return out;
}

json entity_json(const entity& e) {
  json out{{"type", e.type}, {"text", e.text}, {"value", e.value}};
  out["item"] = e.item.empty() ? json(nullptr) : json(e.item);
  out["start"] = e.start;
  out["end"] = e.end;
  if (e.type == "person") {
    out["party"] = e.party;
    out["role"] = e.role;
  } else if (e.type == "case_number" || e.type == "document_number") {
    out["style"] = e.style;
  }
  return out;
}

}  // namespace

json to_json_value(const document& doc, const json_options& options) {
  const export_common::public_view view(doc, options.public_mode);
  json items = json::array();
  const export_common::page_map pages(doc);
  for (const item& it : doc.items) {
    items.push_back(item_json(it, view.withholds_body(it), pages.page_of(it.start)));
  }
  json entities = json::array();
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    if (view.keeps_entity(i)) entities.push_back(entity_json(doc.entities[i]));
  }
  json warnings = json::array();
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    if (view.keeps_warning(i)) warnings.push_back(doc.warnings[i]);
  }
  return json{{"schema", document_schema_version},    {"source", source_json(doc.source)},
              {"meeting", meeting_json(doc.meeting)}, {"items", std::move(items)},
              {"entities", std::move(entities)},      {"warnings", std::move(warnings)}};
}

}  // namespace protokol::json_export
