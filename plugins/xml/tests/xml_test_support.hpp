// xml_test_support.hpp: runs the xml stage as the host would, and reads its
// output back with pugixml (a parser other than the writer's).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace protokol::xml_export::testing {

inline const stage_descriptor& xml_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

/// One run: every document processed in order, then finish().
inline void run_xml(const std::filesystem::path& out, std::vector<document> docs,
                    const std::map<std::string, std::string>& overrides = {}) {
  protokol::testing::stage_under_test runner(xml_stage(), {.params = overrides, .output_dir = out});
  for (document& doc : docs) ASSERT_NO_THROW(runner.process(doc)) << doc.key;
  ASSERT_NO_THROW(runner.finish());
}

/// Parses a file the way a careful consumer does: whitespace-only text of an
/// element is kept (pugixml drops it by default).
inline pugi::xml_parse_result load(pugi::xml_document& xml, const std::filesystem::path& file) {
  return xml.load_file(file.c_str(), pugi::parse_default | pugi::parse_ws_pcdata_single,
                       pugi::encoding_utf8);
}

inline std::vector<std::string> read_strings(pugi::xml_node list) {
  std::vector<std::string> values;
  for (pugi::xml_node child : list.children()) values.emplace_back(child.child_value());
  return values;
}

inline std::size_t read_number(pugi::xml_node node) { return std::stoull(node.child_value()); }

inline item read_item(pugi::xml_node i) {
  item it;
  it.number = i.child_value("number");
  it.title = i.child_value("title");
  it.closed = std::string_view(i.child_value("closed")) == "true";
  it.case_numbers = read_strings(i.child("case_numbers"));
  it.document_numbers = read_strings(i.child("document_numbers"));
  for (pugi::xml_node s : i.child("sections").children("section")) {
    it.sections.push_back({s.child_value("heading"), s.child_value("kind"), s.child_value("text"),
                           read_number(s.child("start")), read_number(s.child("end"))});
  }
  it.decision = i.child_value("decision");
  it.votes.for_ = read_strings(i.child("votes").child("for"));
  it.votes.against = read_strings(i.child("votes").child("against"));
  it.votes.abstained = read_strings(i.child("votes").child("abstained"));
  it.votes.unanimous = std::string_view(i.child("votes").child_value("unanimous")) == "true";
  const auto count = [&](const char* side) {
    const auto c = i.child("votes").child("counts").child(side);
    return c ? static_cast<int>(read_number(c)) : -1;
  };
  it.votes.for_count = count("for");
  it.votes.against_count = count("against");
  it.votes.abstained_count = count("abstained");
  it.attachments = read_strings(i.child("attachments"));
  it.absent = read_strings(i.child("absent"));
  it.start = read_number(i.child("start"));
  it.end = read_number(i.child("end"));
  return it;
}

/// A document read back from its XML.
inline document read_back(const pugi::xml_document& xml) {
  document doc;
  const pugi::xml_node root = xml.child("document");
  const pugi::xml_node s = root.child("source");
  doc.source = source_info{s.child_value("path"),
                           s.child_value("sha256"),
                           read_number(s.child("bytes")),
                           s.child_value("format"),
                           s.child_value("dialect"),
                           s.child_value("encoding"),
                           std::stod(s.child_value("confidence"))};
  const pugi::xml_node m = root.child("meeting");
  doc.meeting.title = m.child_value("title");
  doc.meeting.committee = m.child_value("committee");
  doc.meeting.municipality = m.child_value("municipality");
  doc.meeting.date = m.child_value("date");
  doc.meeting.start_time = m.child_value("start_time");
  doc.meeting.location = m.child_value("location");
  doc.meeting.front_matter = m.child_value("front_matter");
  for (pugi::xml_node p : m.child("participants").children("participant")) {
    doc.meeting.participants.push_back({p.child_value("name"), p.child_value("party"),
                                        p.child_value("role"), p.child_value("status")});
  }
  for (pugi::xml_node i : root.child("items").children("item")) doc.items.push_back(read_item(i));
  for (pugi::xml_node e : root.child("entities").children("entity")) {
    entity en;
    en.type = e.child_value("type");
    en.text = e.child_value("text");
    en.value = e.child_value("value");
    en.item = e.child_value("item");
    en.start = read_number(e.child("start"));
    en.end = read_number(e.child("end"));
    en.party = e.child_value("party");
    en.role = e.child_value("role");
    en.style = e.child_value("style");
    doc.entities.push_back(std::move(en));
  }
  doc.warnings = read_strings(root.child("warnings"));
  return doc;
}

}  // namespace protokol::xml_export::testing
