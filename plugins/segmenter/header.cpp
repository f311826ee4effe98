#include "header.hpp"

#include <re2/re2.h>

#include <algorithm>

#include "dates.hpp"
#include "municipality.hpp"
#include "people.hpp"
#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

// Longer labels first: "Afbud/Fraværende" before "Afbud".
constexpr header_label labels[] = {
    {"Afbud/Fraværende", header_field::absent, ""},
    {"Fraværende/Afbud", header_field::absent, ""},
    {"Mødedeltagere", header_field::present, ""},
    {"Deltagere", header_field::present, ""},
    {"Tilstede", header_field::present, ""},
    {"Til stede", header_field::present, ""},
    {"Fremmødte", header_field::present, ""},
    {"Medlemmer", header_field::present, ""},
    {"Afbud", header_field::absent, ""},
    {"Fraværende", header_field::absent, ""},
    {"Fravær", header_field::absent, ""},
    {"Udvalgssekretær", header_field::secretary, "udvalgssekretær"},
    {"Sekretær", header_field::secretary, "sekretær"},
    {"Referent", header_field::secretary, "referent"},
    {"Protokolfører", header_field::secretary, "protokolfører"},
    {"Mødedato", header_field::date, ""},
    {"Dato og tid", header_field::date, ""},
    {"Dato", header_field::date, ""},
    {"Mødetidspunkt", header_field::time, ""},
    {"Starttidspunkt", header_field::time, ""},
    {"Tidspunkt", header_field::time, ""},
    {"Mødetid", header_field::time, ""},
    {"Klokken", header_field::time, ""},
    {"Kl.", header_field::time, ""},
    {"Mødested", header_field::location, ""},
    {"Mødelokale", header_field::location, ""},
    {"Sted", header_field::location, ""},
    {"Udvalg", header_field::committee, ""},
    {"Mødeforum", header_field::committee, ""},
    {"Kommune", header_field::municipality, ""},
};

// Words that name a political body in a committee line.
constexpr std::string_view body_words[] = {
    "udvalg", "byråd", "kommunalbestyrelse", "råd", "bestyrelse", "forum", "komité"};
constexpr std::string_view weekdays[] = {"mandag", "tirsdag", "onsdag", "torsdag",
                                         "fredag", "lørdag",  "søndag"};
constexpr std::size_t max_committee_line = 120;

bool is_list_field(header_field f) {
  return f == header_field::present || f == header_field::absent || f == header_field::secretary;
}

// The label at the start of `text`, followed by its end, a colon or a blank.
const header_label* find_label(std::string_view text, std::string_view& value) {
  for (const auto& l : labels) {
    const std::string_view name = l.label;
    if (!starts_with_ci(text, name)) continue;
    std::string_view rest = text.substr(name.size());
    if (!rest.empty() && rest[0] != ':' && rest[0] != ' ' && rest[0] != '\t') continue;
    rest = trim(rest);
    if (!rest.empty() && rest[0] == ':') rest = trim(rest.substr(1));
    value = rest;
    return &l;
  }
  return nullptr;
}

bool names_body(std::string_view text) {
  const std::string lower = to_lower(text);
  return std::any_of(std::begin(body_words), std::end(body_words),
                     [&](std::string_view w) { return lower.find(w) != std::string::npos; });
}

void add_people(std::vector<participant>& out, std::vector<participant> people) {
  for (auto& p : people) {
    auto same = std::find_if(out.begin(), out.end(),
                             [&](const participant& q) { return q.name == p.name; });
    if (same == out.end()) {
      out.push_back(std::move(p));
      continue;
    }
    // Listed twice (members, then "Afbud"): absent wins, details merge.
    if (p.status == "absent") same->status = "absent";
    if (same->party.empty()) same->party = p.party;
    if (same->role.empty()) same->role = p.role;
  }
}

std::string clean_copy(std::string_view text) {
  std::string out;
  append_clean(out, text);
  return out;
}

void apply(const header_label& label, std::string_view value, meeting_info& meeting) {
  switch (label.field) {
    case header_field::date:
      if (meeting.date.empty()) meeting.date = find_date(value).iso;
      if (meeting.start_time.empty()) meeting.start_time = find_time(value, false);
      break;
    case header_field::time:
      if (meeting.start_time.empty()) meeting.start_time = find_time(value, true);
      if (meeting.date.empty()) meeting.date = find_date(value).iso;
      break;
    case header_field::location:
      if (meeting.location.empty()) meeting.location = collapse_blanks(value);
      break;
    case header_field::present:
      add_people(meeting.participants, parse_people(value, "present"));
      break;
    case header_field::absent:
      add_people(meeting.participants, parse_people(value, "absent"));
      break;
    case header_field::secretary:
      add_people(meeting.participants, parse_people(value, "present", label.role));
      break;
    case header_field::committee:
      if (meeting.committee.empty()) meeting.committee = collapse_blanks(value);
      break;
    case header_field::municipality:
      if (meeting.municipality.empty()) meeting.municipality = collapse_blanks(value);
      break;
  }
}

std::string_view strip_trailing_words(std::string_view s) {
  for (bool changed = true; changed;) {
    changed = false;
    s = trim_end(s, ",-–:");
    for (const std::string_view w :
         {std::string_view("d."), std::string_view("den"), std::string_view("dato"),
          std::string_view("kl."), std::string_view("fra")}) {
      if (s.size() > w.size() && equals_ci(s.substr(s.size() - w.size()), w) &&
          s[s.size() - w.size() - 1] == ' ') {
        s = s.substr(0, s.size() - w.size());
        changed = true;
      }
    }
    for (const auto w : weekdays) {
      if (s.size() > w.size() && equals_ci(s.substr(s.size() - w.size()), w) &&
          s[s.size() - w.size() - 1] == ' ') {
        s = s.substr(0, s.size() - w.size());
        changed = true;
      }
    }
  }
  return trim(s);
}

}  // namespace

std::span<const header_label> header_labels() { return labels; }

std::string committee_from_title(std::string_view title) {
  static const RE2 doc_type(
      R"((?i:referat|dagsorden|beslutningsprotokol|protokol|mødereferat|beslutningsreferat|udskrift af beslutningsprotokol)(?:\s+(?i:fra|af|for))?(?:\s+(?i:det\s+)?(?i:ordinære\s+|ekstraordinære\s+)?(?i:mødet|møde))?(?:\s+(?i:i|for))?(?:\s*[-–:]\s*|\s+)(.*))");
  const std::string clean = clean_copy(title);
  re2::StringPiece rest_piece;
  std::string_view rest = clean;
  if (RE2::FullMatch(clean, doc_type, &rest_piece))
    rest = std::string_view(rest_piece.data(), rest_piece.size());
  const date_match date = find_date(rest);
  if (!date.iso.empty()) rest = rest.substr(0, date.start);
  rest = strip_trailing_words(rest);
  if (rest.empty() || !starts_upper(rest)) return {};
  if (rest.size() == clean.size() && !names_body(rest))
    return {};  // no document type, no body named
  return std::string(rest);
}

void parse_header(const std::vector<line>& lines, std::size_t end, const toc& contents,
                  meeting_info& meeting) {
  meeting = meeting_info{};
  std::vector<std::string_view> front;
  bool titled = false;
  for (std::size_t i = 0; i < end; ++i) {
    const line& l = lines[i];
    if (l.blank || is_page_number_line(l.text)) continue;
    if (contents.found && i >= contents.begin && i < contents.end) {
      front.push_back(trim(l.raw));
      continue;
    }
    const std::string clean = clean_copy(l.text);
    std::string_view value;
    const header_label* label = find_label(clean, value);
    if (label == nullptr && !titled) {
      titled = true;
      meeting.title = clean;
      continue;
    }
    titled = true;
    if (label == nullptr) {
      if (!l.furniture) front.push_back(trim(l.raw));
      continue;
    }
    std::string joined(value);
    if (value.empty()) {
      // The value stands on the following lines: a list up to a blank line
      // or the next label, otherwise the next line.
      std::size_t j = i + 1;
      while (j < end && lines[j].blank && !is_list_field(label->field)) ++j;
      for (; j < end && !lines[j].blank && !(contents.found && j == contents.begin); ++j) {
        const std::string next = clean_copy(lines[j].text);
        std::string_view ignored;
        if (find_label(next, ignored) != nullptr) break;
        if (!joined.empty()) joined += is_list_field(label->field) ? ", " : " ";
        joined += next;
        i = j;
        if (!is_list_field(label->field)) break;
      }
    }
    apply(*label, joined, meeting);
  }
  if (meeting.committee.empty()) meeting.committee = committee_from_title(meeting.title);
  if (meeting.date.empty()) meeting.date = find_date(meeting.title).iso;
  if (meeting.start_time.empty()) meeting.start_time = find_time(meeting.title, false);
  if (meeting.committee.empty()) {
    // "Referat" alone on the first line: the committee stands on its own line.
    for (auto it = front.begin(); it != front.end(); ++it) {
      if (it->size() <= max_committee_line && names_body(*it) && starts_upper(*it) &&
          !it->ends_with(".")) {
        meeting.committee = clean_copy(*it);
        front.erase(it);
        break;
      }
    }
  }
  std::string out;
  for (const auto f : front) {
    if (!out.empty()) out += '\n';
    out += f;
  }
  meeting.front_matter = std::move(out);
}

std::string find_municipality(const std::vector<line>& lines, std::size_t header_end,
                              const toc& contents, const meeting_info& meeting,
                              std::string_view text) {
  if (!meeting.municipality.empty()) return meeting.municipality;
  for (const std::string_view field :
       {std::string_view(meeting.title), std::string_view(meeting.committee),
        std::string_view(meeting.location)}) {
    if (std::string m = municipality_in(field); !m.empty()) return m;
  }
  for (std::size_t i = 0; i < header_end; ++i) {
    if (lines[i].blank || (contents.found && i >= contents.begin && i < contents.end)) continue;
    if (std::string m = municipality_in(lines[i].text); !m.empty()) return m;
  }
  // A signature: "På vegne af X Kommune", or "X Kommune" alone on a line.
  std::size_t seen = 0;
  for (std::size_t i = lines.size(); i > header_end && seen < 20;) {
    --i;
    if (lines[i].blank) continue;
    ++seen;
    const std::string_view t = lines[i].text;
    if (starts_with_ci(t, "På vegne af") || (t.size() < 40 && t.ends_with("Kommune"))) {
      if (std::string m = municipality_in(t); !m.empty()) return m;
    }
  }
  return dominant_municipality(text);
}

}  // namespace protokol::segmenter
