// json_test_support.hpp: runs the json stage as the host would.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>
#include <string>
#include <vector>

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace protokol::json_export::testing {

inline const stage_descriptor& json_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

/// One run: every document processed in order, then finish().
inline void run_json(const std::filesystem::path& out, std::vector<document> docs,
                     const std::map<std::string, std::string>& overrides = {}) {
  protokol::testing::stage_under_test runner(json_stage(),
                                             {.params = overrides, .output_dir = out});
  for (document& doc : docs) ASSERT_NO_THROW(runner.process(doc)) << doc.key;
  ASSERT_NO_THROW(runner.finish());
}

/// A document read back from its JSON with nlohmann's parser.
inline document read_back(const nlohmann::json& j) {
  document doc;
  const auto strings = [](const nlohmann::json& a) { return a.get<std::vector<std::string>>(); };
  const auto& s = j.at("source");
  doc.source = source_info{s.at("path"),    s.at("sha256"),   s.at("bytes"),     s.at("format"),
                           s.at("dialect"), s.at("encoding"), s.at("confidence")};
  const auto& m = j.at("meeting");
  doc.meeting.title = m.at("title");
  doc.meeting.committee = m.at("committee");
  doc.meeting.municipality = m.at("municipality");
  doc.meeting.date = m.at("date");
  doc.meeting.start_time = m.at("start_time");
  doc.meeting.location = m.at("location");
  doc.meeting.front_matter = m.at("front_matter");
  for (const auto& p : m.at("participants")) {
    doc.meeting.participants.push_back({p.at("name"), p.at("party"), p.at("role"), p.at("status")});
  }
  for (const auto& i : j.at("items")) {
    item it;
    it.number = i.at("number");
    it.title = i.at("title");
    it.closed = i.at("closed");
    it.case_numbers = strings(i.at("case_numbers"));
    if (i.contains("sections")) {
      it.document_numbers = strings(i.at("document_numbers"));
      for (const auto& s : i.at("sections")) {
        it.sections.push_back(
            {s.at("heading"), s.at("kind"), s.at("text"), s.at("start"), s.at("end")});
      }
      it.decision = i.at("decision");
      it.votes.for_ = strings(i.at("votes").at("for"));
      it.votes.against = strings(i.at("votes").at("against"));
      it.votes.abstained = strings(i.at("votes").at("abstained"));
      it.votes.unanimous = i.at("votes").at("unanimous");
      const auto count = [&](const char* side) {
        const auto& c = i.at("votes").at("counts").at(side);
        return c.is_null() ? -1 : c.get<int>();
      };
      it.votes.for_count = count("for");
      it.votes.against_count = count("against");
      it.votes.abstained_count = count("abstained");
      it.attachments = strings(i.at("attachments"));
      it.absent = strings(i.at("absent"));
    }
    it.start = i.at("start");
    it.end = i.at("end");
    doc.items.push_back(std::move(it));
  }
  for (const auto& e : j.at("entities")) {
    entity en;
    en.type = e.at("type");
    en.text = e.at("text");
    en.value = e.at("value");
    en.item = e.at("item").is_null() ? "" : e.at("item").get<std::string>();
    en.start = e.at("start");
    en.end = e.at("end");
    en.party = e.value("party", "");
    en.role = e.value("role", "");
    en.style = e.value("style", "");
    doc.entities.push_back(std::move(en));
  }
  doc.warnings = strings(j.at("warnings"));
  return doc;
}

}  // namespace protokol::json_export::testing
