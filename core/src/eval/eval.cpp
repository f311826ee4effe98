#include "eval.hpp"

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <set>
#include <sstream>
#include <stdexcept>

namespace protokol::eval {
namespace {

using nlohmann::json;
using key_counts = std::map<std::string, std::size_t>;

// Meeting header fields scored one by one.
constexpr const char* meeting_fields[] = {"title", "committee",  "municipality",
                                          "date",  "start_time", "location"};

std::string fold_blanks(const std::string& s) {
  std::string out;
  bool blank = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

std::string text_of(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j.at(key).is_string()) return {};
  return fold_blanks(j.at(key).get<std::string>());
}

std::string item_of(const json& e) {
  if (!e.contains("item") || e.at("item").is_null()) return "-";
  return e.at("item").is_string() ? e.at("item").get<std::string>() : e.at("item").dump();
}

// Keys are joined with a separator that never occurs in the data.
std::string join(std::initializer_list<std::string> parts) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += '\x1f';
    out += p;
  }
  return out;
}

score compare(const key_counts& gold, const key_counts& predicted) {
  score s;
  for (const auto& [key, count] : gold) {
    const auto it = predicted.find(key);
    const std::size_t found = it == predicted.end() ? 0 : it->second;
    s.true_positives += std::min(count, found);
    s.false_negatives += count - std::min(count, found);
  }
  for (const auto& [key, count] : predicted) {
    const auto it = gold.find(key);
    const std::size_t expected = it == gold.end() ? 0 : it->second;
    if (count > expected) s.false_positives += count - expected;
  }
  return s;
}

const json& items_of(const json& doc) {
  static const json empty = json::array();
  return doc.is_object() && doc.contains("items") && doc.at("items").is_array() ? doc.at("items")
                                                                                : empty;
}

const json& entities_of(const json& doc) {
  static const json empty = json::array();
  return doc.is_object() && doc.contains("entities") && doc.at("entities").is_array()
             ? doc.at("entities")
             : empty;
}

bool gold_items_have(const json& gold, const char* key) {
  const json& items = items_of(gold);
  return std::any_of(items.begin(), items.end(), [&](const json& i) { return i.contains(key); });
}

// What one field looks like in a document, as counted keys.
using extractor = key_counts (*)(const json& doc);

key_counts item_numbers(const json& doc) {
  key_counts out;
  for (const auto& i : items_of(doc)) ++out[text_of(i, "number")];
  return out;
}

key_counts item_titles(const json& doc) {
  key_counts out;
  for (const auto& i : items_of(doc)) ++out[join({text_of(i, "number"), text_of(i, "title")})];
  return out;
}

key_counts item_closed(const json& doc) {
  key_counts out;
  for (const auto& i : items_of(doc)) {
    ++out[join({text_of(i, "number"), i.value("closed", false) ? "closed" : "open"})];
  }
  return out;
}

key_counts item_list(const json& doc, const char* key) {
  key_counts out;
  for (const auto& i : items_of(doc)) {
    if (!i.contains(key) || !i.at(key).is_array()) continue;
    for (const auto& v : i.at(key)) {
      if (v.is_string()) ++out[join({text_of(i, "number"), fold_blanks(v.get<std::string>())})];
    }
  }
  return out;
}

key_counts case_numbers(const json& doc) { return item_list(doc, "case_numbers"); }
key_counts document_numbers(const json& doc) { return item_list(doc, "document_numbers"); }
key_counts absences(const json& doc) { return item_list(doc, "absent"); }

key_counts section_kinds(const json& doc) {
  key_counts out;
  for (const auto& i : items_of(doc)) {
    if (!i.contains("sections") || !i.at("sections").is_array()) continue;
    for (const auto& s : i.at("sections")) ++out[join({text_of(i, "number"), text_of(s, "kind")})];
  }
  return out;
}

key_counts votes(const json& doc) {
  key_counts out;
  for (const auto& i : items_of(doc)) {
    if (!i.contains("votes") || !i.at("votes").is_object()) continue;
    for (const char* side : {"for", "against", "abstained"}) {
      const json& v = i.at("votes");
      if (!v.contains(side) || !v.at(side).is_array()) continue;
      for (const auto& who : v.at(side)) {
        if (who.is_string())
          ++out[join({text_of(i, "number"), side, fold_blanks(who.get<std::string>())})];
      }
    }
  }
  return out;
}

// What the minutes say besides the voters: "enstemmigt" and the counts.
key_counts vote_tallies(const json& doc) {
  key_counts out;
  for (const auto& i : items_of(doc)) {
    if (!i.contains("votes") || !i.at("votes").is_object()) continue;
    const json& v = i.at("votes");
    if (v.value("unanimous", false)) ++out[join({text_of(i, "number"), "unanimous"})];
    if (!v.contains("counts") || !v.at("counts").is_object()) continue;
    for (const char* side : {"for", "against", "abstained"}) {
      const json& counts = v.at("counts");
      if (counts.contains(side) && counts.at(side).is_number_integer())
        ++out[join({text_of(i, "number"), side, std::to_string(counts.at(side).get<long long>())})];
    }
  }
  return out;
}

bool gold_votes_have_counts(const json& gold) {
  const json& items = items_of(gold);
  return std::any_of(items.begin(), items.end(), [](const json& i) {
    return i.contains("votes") && i.at("votes").is_object() && i.at("votes").contains("counts");
  });
}

key_counts entity_values(const json& doc, const std::string& type, bool with_item) {
  key_counts out;
  for (const auto& e : entities_of(doc)) {
    if (e.value("type", "") != type) continue;
    ++out[with_item ? join({item_of(e), text_of(e, "value")}) : text_of(e, "value")];
  }
  return out;
}

key_counts people(const json& doc) {
  key_counts out;
  for (const auto& [value, count] : entity_values(doc, "person", false))
    out[value] = 1;  // who, not how often
  return out;
}
key_counts person_mentions(const json& doc) { return entity_values(doc, "person", true); }
key_counts parties(const json& doc) { return entity_values(doc, "party", true); }
key_counts case_number_entities(const json& doc) { return entity_values(doc, "case_number", true); }
key_counts document_number_entities(const json& doc) {
  return entity_values(doc, "document_number", true);
}

key_counts participants(const json& doc) {
  key_counts out;
  if (!doc.is_object() || !doc.contains("meeting")) return out;
  const json& meeting = doc.at("meeting");
  if (!meeting.contains("participants") || !meeting.at("participants").is_array()) return out;
  for (const auto& p : meeting.at("participants")) {
    ++out[join({text_of(p, "name"), text_of(p, "party"), text_of(p, "status")})];
  }
  return out;
}

// Only participants with a role: who has none is scored by `participants`.
key_counts participant_roles(const json& doc) {
  key_counts out;
  if (!doc.is_object() || !doc.contains("meeting")) return out;
  const json& meeting = doc.at("meeting");
  if (!meeting.contains("participants") || !meeting.at("participants").is_array()) return out;
  for (const auto& p : meeting.at("participants")) {
    if (std::string role = text_of(p, "role"); !role.empty())
      ++out[join({text_of(p, "name"), std::move(role)})];
  }
  return out;
}

bool gold_has_participants(const json& gold) {
  return gold.contains("meeting") && gold.at("meeting").contains("participants");
}

struct field_rule {
  const char* name;
  extractor extract;
  bool (*applies)(const json& gold);
};

const field_rule field_rules[] = {
    {"items", item_numbers, [](const json& g) { return gold_items_have(g, "number"); }},
    {"titles", item_titles, [](const json& g) { return gold_items_have(g, "title"); }},
    {"closed", item_closed, [](const json& g) { return gold_items_have(g, "closed"); }},
    {"case_numbers", case_numbers,
     [](const json& g) { return gold_items_have(g, "case_numbers"); }},
    {"document_numbers", document_numbers,
     [](const json& g) { return gold_items_have(g, "document_numbers"); }},
    {"section_kinds", section_kinds, [](const json& g) { return gold_items_have(g, "sections"); }},
    {"absences", absences, [](const json& g) { return gold_items_have(g, "absent"); }},
    {"votes", votes, [](const json& g) { return gold_items_have(g, "votes"); }},
    {"vote_tallies", vote_tallies, gold_votes_have_counts},
    {"participants", participants, gold_has_participants},
    {"participant_roles", participant_roles, gold_has_participants},
    {"people", people, [](const json& g) { return g.contains("entities"); }},
    {"person_mentions", person_mentions, [](const json& g) { return g.contains("entities"); }},
    {"parties", parties, [](const json& g) { return g.contains("entities"); }},
    {"case_number_entities", case_number_entities,
     [](const json& g) { return g.contains("entities"); }},
    {"document_number_entities", document_number_entities,
     [](const json& g) { return g.contains("entities"); }},
};

// Gold items of the segments and entities files describe the same items:
// merge them by number, field by field.
void merge_gold(json& into, const json& from) {
  for (const auto& [key, value] : from.items()) {
    if (key == "items" && into.contains("items")) {
      for (const auto& item : value) {
        const std::string number = text_of(item, "number");
        auto it = std::find_if(into["items"].begin(), into["items"].end(),
                               [&](const json& i) { return text_of(i, "number") == number; });
        if (it == into["items"].end()) {
          into["items"].push_back(item);
        } else {
          for (const auto& [k, v] : item.items()) (*it)[k] = v;
        }
      }
    } else if (key == "meeting" && into.contains("meeting")) {
      for (const auto& [k, v] : value.items()) into["meeting"][k] = v;
    } else {
      into[key] = value;
    }
  }
}

json read_json(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  try {
    return json::parse(in);
  } catch (const json::exception& e) {
    throw std::runtime_error(file.string() + ": " + e.what());
  }
}

std::string fixed3(double v) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(3) << v;
  return out.str();
}

void print_fields(const std::map<std::string, score>& fields, std::ostream& out) {
  out << "  " << std::left << std::setw(26) << "field" << std::right << std::setw(7) << "P"
      << std::setw(7) << "R" << std::setw(7) << "F1"
      << "   tp/fp/fn\n";
  for (const auto& [name, s] : fields) {
    out << "  " << std::left << std::setw(26) << name << std::right << std::setw(7)
        << fixed3(s.precision()) << std::setw(7) << fixed3(s.recall()) << std::setw(7)
        << fixed3(s.f1()) << "   " << s.true_positives << '/' << s.false_positives << '/'
        << s.false_negatives << '\n';
  }
}

json score_json(const score& s) {
  return {{"precision", s.precision()}, {"recall", s.recall()},    {"f1", s.f1()},
          {"tp", s.true_positives},     {"fp", s.false_positives}, {"fn", s.false_negatives}};
}

}  // namespace

double score::precision() const {
  const std::size_t found = true_positives + false_positives;
  if (found == 0) return false_negatives == 0 ? 1.0 : 0.0;
  return static_cast<double>(true_positives) / static_cast<double>(found);
}

double score::recall() const {
  const std::size_t expected = true_positives + false_negatives;
  if (expected == 0) return false_positives == 0 ? 1.0 : 0.0;
  return static_cast<double>(true_positives) / static_cast<double>(expected);
}

double score::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

score& score::operator+=(const score& other) {
  true_positives += other.true_positives;
  false_positives += other.false_positives;
  false_negatives += other.false_negatives;
  return *this;
}

document_score score_document(const std::string& stem, const json& gold, const json& predicted) {
  document_score result;
  result.stem = stem;
  result.prediction_missing = predicted.is_null();
  for (const auto& rule : field_rules) {
    if (!rule.applies(gold)) continue;
    result.fields[rule.name] = compare(rule.extract(gold), rule.extract(predicted));
  }
  if (gold.contains("meeting") && gold.at("meeting").is_object()) {
    const json& gm = gold.at("meeting");
    const json pm = predicted.is_object() && predicted.contains("meeting") ? predicted.at("meeting")
                                                                           : json::object();
    for (const char* field : meeting_fields) {
      if (!gm.contains(field)) continue;
      const std::string expected = text_of(gm, field);
      const std::string found = text_of(pm, field);
      score s;
      if (found == expected) {
        s.true_positives = 1;
      } else {
        s.false_negatives = expected.empty() ? 0 : 1;
        s.false_positives = found.empty() ? 0 : 1;
      }
      result.fields[std::string("meeting.") + field] = s;
    }
  }
  return result;
}

report evaluate(const std::filesystem::path& gold_dir, const std::filesystem::path& pred_dir) {
  std::map<std::string, json> gold;
  for (const char* part : {"segments", "entities"}) {
    const auto folder = gold_dir / part;
    if (!std::filesystem::is_directory(folder)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() != ".json") continue;
      const std::string stem = entry.path().stem().string();
      json& merged = gold.try_emplace(stem, json::object()).first->second;
      merge_gold(merged, read_json(entry.path()));
    }
  }
  if (gold.empty()) throw std::runtime_error("no gold files under " + gold_dir.string());
  report r;
  for (const auto& [stem, g] : gold) {
    const auto pred_file = pred_dir / "json" / (stem + ".json");
    const json predicted = std::filesystem::exists(pred_file) ? read_json(pred_file) : json();
    r.documents.push_back(score_document(stem, g, predicted));
    for (const auto& [field, s] : r.documents.back().fields) r.overall[field] += s;
  }
  return r;
}

void format_report(const report& r, std::ostream& out) {
  for (const auto& d : r.documents) {
    out << d.stem << (d.prediction_missing ? "  (no prediction)" : "") << '\n';
    print_fields(d.fields, out);
    out << '\n';
  }
  out << "overall (micro, " << r.documents.size() << " documents)\n";
  print_fields(r.overall, out);
}

json to_json(const report& r) {
  json out = {{"documents", json::array()}, {"overall", json::object()}};
  for (const auto& d : r.documents) {
    json fields = json::object();
    for (const auto& [name, s] : d.fields) fields[name] = score_json(s);
    out["documents"].push_back(
        {{"stem", d.stem}, {"prediction_missing", d.prediction_missing}, {"fields", fields}});
  }
  for (const auto& [name, s] : r.overall) out["overall"][name] = score_json(s);
  return out;
}

std::vector<threshold_failure> check_thresholds(const report& r,
                                                const std::map<std::string, double>& minimum_f1) {
  std::vector<threshold_failure> failures;
  for (const auto& [field, minimum] : minimum_f1) {
    const auto it = r.overall.find(field);
    if (it == r.overall.end()) {
      failures.push_back({field, 0.0, minimum, false});
    } else if (it->second.f1() < minimum) {
      failures.push_back({field, it->second.f1(), minimum, true});
    }
  }
  return failures;
}

std::map<std::string, double> read_thresholds(const std::filesystem::path& file) {
  const json j = read_json(file);
  if (!j.is_object())
    throw std::runtime_error(file.string() + ": thresholds must be a JSON object");
  std::map<std::string, double> out;
  for (const auto& [field, value] : j.items()) {
    if (!value.is_number())
      throw std::runtime_error(file.string() + ": threshold of '" + field + "' is not a number");
    out[field] = value.get<double>();
  }
  return out;
}

}  // namespace protokol::eval
