// Every row's cue (the bytes a matching line must show) holds for every line
// its pattern matches: on the fixtures' lines, their markdown variants and
// random lines built from the bytes the patterns care about. A wrong cue
// would make the detector pass over lines that count.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "dialect_scorer.hpp"
#include "format_evidence.hpp"
#include "line_matcher.hpp"

namespace protokol::detector {
namespace {

struct row {
  std::string pattern;
  line_cue cue;
};

std::vector<row> all_rows() {
  std::vector<row> rows;
  for (const auto& r : markdown_rules()) rows.push_back({r.pattern, {r.leads, r.anywhere}});
  for (const auto& r : dialect_rules()) rows.push_back({r.pattern, {r.leads, ""}});
  return rows;
}

// A lead as a regex of its own, read by other code than the matcher's:
// "Sag[ \t]" becomes "S(?:$|a(?:$|g(?:$|[ \t])))", which a line ending
// inside the lead matches too. Latin-1, so that a set holds bytes.
std::string lead_regex(std::string_view lead) {
  std::string regex;
  std::size_t open = 0;
  for (std::size_t i = 0; i < lead.size(); ++open) {
    if (open > 0) regex += "(?:$|";
    const std::size_t end = lead[i] == '[' ? lead.find(']', i) + 1 : i + 1;
    regex += lead[i] == '[' ? std::string(lead.substr(i, end - i))
                            : RE2::QuoteMeta(std::string(lead.substr(i, 1)));
    i = end;
  }
  for (std::size_t k = 1; k < open; ++k) regex += ")";
  return regex;
}

// cue.leads, each as a regex anchored at the start.
std::vector<std::unique_ptr<RE2>> lead_regexes(const line_cue& cue) {
  std::vector<std::unique_ptr<RE2>> regexes;
  RE2::Options latin1;
  latin1.set_encoding(RE2::Options::EncodingLatin1);
  // Leads are separated by spaces outside brackets.
  const std::string_view leads(cue.leads);
  std::size_t begin = 0;
  bool in_set = false;
  for (std::size_t i = 0; i <= leads.size(); ++i) {
    if (i < leads.size() && (in_set || leads[i] != ' ')) {
      if (leads[i] == '[') in_set = true;
      if (leads[i] == ']') in_set = false;
      continue;
    }
    if (i > begin) {
      const std::string_view lead = leads.substr(begin, i - begin);
      regexes.push_back(std::make_unique<RE2>("^" + lead_regex(lead), latin1));
      EXPECT_TRUE(regexes.back()->ok()) << lead;
    }
    begin = i + 1;
  }
  return regexes;
}

// The line, after spaces and tabs, begins as one of the leads says, or it
// holds one of cue.anywhere.
bool shows_cue(std::string_view line, const line_cue& cue,
               const std::vector<std::unique_ptr<RE2>>& leads) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first != std::string_view::npos) {
    for (const auto& lead : leads) {
      if (RE2::PartialMatch(line.substr(first), *lead)) return true;
    }
  }
  return line.find_first_of(cue.anywhere) != std::string_view::npos;
}

std::vector<std::string> fixture_lines() {
  std::vector<std::string> lines;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(PROTOKOL_FIXTURES_DIR)) {
    const auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".txt" && ext != ".md")) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      lines.push_back(line);
      for (const char* prefix : {"  ", "## ", "**", "\t# **"}) lines.push_back(prefix + line);
    }
  }
  return lines;
}

void expect_cues_hold(const std::vector<std::string>& lines, std::size_t& matched) {
  const std::vector<row> rows = all_rows();
  for (const row& r : rows) {
    const RE2 re(r.pattern);
    ASSERT_TRUE(re.ok()) << r.pattern;
    const std::vector<std::unique_ptr<RE2>> leads = lead_regexes(r.cue);
    for (const std::string& line : lines) {
      if (!RE2::PartialMatch(line, re)) continue;
      ++matched;
      EXPECT_TRUE(shows_cue(line, r.cue, leads)) << r.pattern << " matches \"" << line << "\"";
    }
  }
}

TEST(LineCue, EveryRowsCueHoldsOnTheFixturesLines) {
  const std::vector<std::string> lines = fixture_lines();
  ASSERT_GT(lines.size(), 10000U);
  std::size_t matched = 0;
  expect_cues_hold(lines, matched);
  EXPECT_GT(matched, 1000U);
}

TEST(LineCue, EveryRowsCueHoldsOnRandomLines) {
  const std::string alphabet = " \t\t#*-|:`~>+[]()\\._0123456789PSDJunktagsnrodfemæøÆ";
  std::mt19937 random(13);
  std::vector<std::string> lines;
  for (int i = 0; i < 100000; ++i) {
    std::string line;
    const std::size_t length = random() % 24;
    for (std::size_t k = 0; k < length; ++k) line += alphabet[random() % alphabet.size()];
    lines.push_back(line);
  }
  for (const char* seed : {"Punkt 1: A", "Pkt. 2 B", "Sag 3 C", "Sagsnr.: 1", "Dok.nr. 2",
                           "J.nr. 3", "Side 2 af 9", "Dato: 01.02.2024", "12.", "4. Titel"}) {
    for (int i = 0; i < 2000; ++i) {
      std::string line = seed;
      line.insert(random() % (line.size() + 1), 1, alphabet[random() % alphabet.size()]);
      lines.push_back(line);
    }
  }
  std::size_t matched = 0;
  expect_cues_hold(lines, matched);
  EXPECT_GT(matched, 1000U);
}

TEST(LineCue, RunningTextIsPassedOverWithoutRE2) {
  std::vector<line_pattern> patterns;
  for (const row& r : all_rows()) patterns.push_back({r.pattern, r.cue});
  const line_matcher matcher(patterns);
  EXPECT_FALSE(matcher.may_match("Udvalget godkendte indstillingen."));
  EXPECT_FALSE(matcher.may_match("  Byrådet besluttede at sende sagen i høring."));
  EXPECT_TRUE(matcher.may_match("Punkt 3: Budget"));
  EXPECT_TRUE(matcher.may_match("   12. Lokalplan"));
  EXPECT_TRUE(matcher.may_match("Se [bilag](https://example.dk/b.pdf)"));
  EXPECT_TRUE(matcher.may_match("Det er **vigtigt**"));
  // Capitals the headings start with, followed by other letters than theirs.
  EXPECT_FALSE(matcher.may_match("Status på projektet"));
  EXPECT_FALSE(matcher.may_match("Direktionen indstiller"));
  EXPECT_FALSE(
      matcher.may_match("P\xC3\xA5 m\xC3\xB8"
                        "det"));
  EXPECT_FALSE(matcher.may_match("5,2 mio. kr. i alt"));
  EXPECT_TRUE(matcher.may_match("Sagsnr.: 12"));
  EXPECT_TRUE(matcher.may_match("Dato: 01.02.2024"));
  EXPECT_TRUE(matcher.may_match("S"));  // a line ending with its first byte goes to RE2
}

// The leads follow a heading's words past their second byte: section
// headings and running text that share "Sa", a number's first bytes or
// "P" with them are passed over; the headings and their shorter ends are not.
TEST(LineCue, LeadsPassOverWordsThatOnlyBeginLikeHeadings) {
  std::vector<line_pattern> patterns;
  for (const row& r : all_rows()) patterns.push_back({r.pattern, r.cue});
  const line_matcher matcher(patterns);
  for (const char* line : {"Sagsfremstilling", "Sagen drejer sig om", "Sammenfatning", "1 bilag",
                           "  2 bilag", "1. at godkende", "12. maj", "15.00 - 16.00", "23/11-2024",
                           "4.2 Budget", "Paw Hansen", "Dagsorden", "Dok-id"}) {
    EXPECT_FALSE(matcher.may_match(line)) << line;
  }
  for (const char* line : {"Sags nr.: 1",
                           "Sagsnr. 2",
                           "Sag 3 Budget",
                           "Sag3",
                           "Sag",
                           "Sags",
                           "Pkt. 4",
                           "Pkt4",
                           "1. Budget",
                           "12.  Budget",
                           "123. Budget",
                           "1.",
                           "12. ",
                           "1. \xC3\x86ldre",
                           "Dok.nr. 5",
                           "Dokumentnr. 6",
                           "J.nr. 7",
                           "Side 2 af 9",
                           "Dato: 01.02.2024",
                           "**Punkt 1:",
                           "## x",
                           "- punkt",
                           "|---|---|",
                           "---|---",
                           ":---|---",
                           "```",
                           "> citat"}) {
    EXPECT_TRUE(matcher.may_match(line)) << line;
  }
}

TEST(LineCue, LeadsReadBytesSetsAndRanges) {
  const auto leads = parse_leads("# [-a-c] x[0-2-]y");
  ASSERT_EQ(leads.size(), 3U);
  const auto holds = [](const byte_set& set, char c) {
    const auto b = static_cast<unsigned char>(c);
    return ((set[b / 64] >> (b % 64)) & 1) != 0;
  };
  ASSERT_EQ(leads[0].size(), 1U);
  EXPECT_TRUE(holds(leads[0][0], '#'));
  ASSERT_EQ(leads[1].size(), 1U);
  for (const char c : {'-', 'a', 'b', 'c'}) EXPECT_TRUE(holds(leads[1][0], c)) << c;
  EXPECT_FALSE(holds(leads[1][0], 'd'));
  ASSERT_EQ(leads[2].size(), 3U);
  for (const char c : {'0', '1', '2', '-'}) EXPECT_TRUE(holds(leads[2][1], c)) << c;
  EXPECT_FALSE(holds(leads[2][1], '3'));
  EXPECT_TRUE(holds(leads[2][2], 'y'));
  EXPECT_THROW(parse_leads("a[bc"), std::invalid_argument);
}

// A counter remembers where the bytes a cue may hold anywhere ("*", "[",
// "\\") next stand in its text, and looks for them again only past the
// nearest: line after line, it lets through those lines that hold one.
TEST(LineCue, TheCounterFindsTheAnywhereBytesLineAfterLine) {
  std::vector<line_pattern> patterns;
  for (const row& r : all_rows()) patterns.push_back({r.pattern, r.cue});
  const line_matcher matcher(patterns);
  const std::pair<std::string_view, bool> lines[] = {
      {"alfa", false},    {"beta * gamma", true}, {"delta", false}, {"epsilon [x] y", true},
      {"zeta", false},    {"eta \\ theta", true}, {"iota", false},  {"kappa ** [", true},
      {"lambda [", true}, {"my", false},          {"ny *", true},   {"xi", false}};
  std::string text;
  for (const auto& [line, holds] : lines) text.append(line).append("\n");
  line_matcher::text_counter counter(matcher, text);
  std::size_t begin = 0;
  for (const auto& [line, holds] : lines) {
    EXPECT_EQ(counter.may_match(std::string_view(text).substr(begin, line.size())), holds) << line;
    begin += line.size() + 1;
  }
}

// The counts of a text_counter over `text`, a line ending in LF at a time.
std::vector<std::size_t> count_lines(const line_matcher& matcher, const std::string& text,
                                     std::size_t patterns) {
  std::vector<std::size_t> counts(patterns);
  std::vector<int> scratch;
  line_matcher::text_counter counter(matcher, text);
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t lf = text.find('\n', begin);
    counter.count(std::string_view(text).substr(begin, lf - begin), scratch, counts);
    begin = lf + 1;
  }
  return counts;
}

// Counts `lines` with a text_counter over their text and expects for every
// pattern the number of lines RE2 matches it on alone.
void expect_counts_of_re2(const std::vector<std::string>& lines) {
  std::vector<line_pattern> patterns;
  for (const row& r : all_rows()) patterns.push_back({r.pattern, r.cue});
  const line_matcher matcher(patterns);
  std::string text;
  for (const std::string& line : lines) text += line + "\n";

  const std::vector<std::size_t> counts = count_lines(matcher, text, patterns.size());
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    const RE2 re(patterns[i].pattern);
    const auto expected = static_cast<std::size_t>(
        std::count_if(lines.begin(), lines.end(),
                      [&](const std::string& l) { return RE2::PartialMatch(l, re); }));
    EXPECT_EQ(counts[i], expected) << patterns[i].pattern;
  }
}

// The counter finds the bytes a cue may hold anywhere once per text, and
// runs the patterns anchored at the line start as an anchored set: its
// counts over a whole text are what RE2 says of each line alone.
TEST(LineCue, TextCounterCountsWhatRE2MatchesLineByLine) {
  std::vector<std::string> lines = fixture_lines();
  lines.resize(std::min<std::size_t>(lines.size(), 60000));
  lines.insert(lines.end(), {"**fed** og [et link](https://x.dk)", "", "a \\* b", "[", "*"});
  expect_counts_of_re2(lines);
}

// Where the leads leave one anchored pattern (a bullet, a quote, a fence,
// "Side N", "Dato:"), the set is asked only whether anything matches, and a
// match is that pattern's; lines that fit its lead without matching count
// for none, and lines that fit several patterns' leads for each that matches.
TEST(LineCue, ALineWithOneCandidatePatternCountsForThatPattern) {
  expect_counts_of_re2({"- punkt",
                        "-  ",
                        "* punkt",
                        "  + punkt",
                        "- ",
                        "> citat",
                        ">\t",
                        "```",
                        "~~~ x",
                        "~~",
                        "Side 2 af 9",
                        "Side 2 af",
                        "  Side 3",
                        "Dato: 01.02.2024",
                        "Dato: 1.2.24",
                        "J.nr. 7",
                        "J. x",
                        "Dok.nr. 5",
                        "Dokumentnr. 6",
                        "Sags nr. 1",
                        "Sagsnr. x",
                        "Punkt 3: Budget",
                        "Punkt 3 Budget",
                        "Pkt. 4",
                        "12.",
                        "1. Budget",
                        "## 4. Titel",
                        "**Punkt 1:",
                        "|---|---|",
                        "---|---",
                        ":---|---",
                        "--- x"});
}

// The same for the patterns that match anywhere: a line holding only "*",
// only "[" or only "\\" has one candidate, a line holding two of them two.
TEST(LineCue, ALineWithOneCandidateAnywhereByteCountsForItsPattern) {
  expect_counts_of_re2({"Det er **vigtigt**", "a * b", "** **", "Se [bilag](b.pdf)", "[x]",
                        "a \\* b", "a \\ b", "**fed** og [et link](https://x.dk)", "[x] **y**",
                        "\\[ [a](b)", "* punkt med **fed**", "* punkt", "[", "*", "\\"});
}

// A pattern whose count has reached its cap is not asked about again on a
// line it is the only candidate for ("- b", "+ c", "* e"), but a line that
// fits other patterns' leads too ("- x") or holds another anywhere byte
// ("\\ *") still counts for each pattern that matches it.
TEST(LineCue, ACappedPatternStopsWhereItIsTheOnlyCandidate) {
  const line_matcher matcher({{"^[-+] ", {"[-+]", ""}, 1},
                              {"^- x", {"-[ ]x", ""}},
                              {"[*]", {"", "*"}, 1},
                              {"[\\\\]", {"", "\\"}}});
  const std::string text = "- a\n- b\n+ c\n- x\nd *\n* e\n\\ *\n";
  EXPECT_EQ(count_lines(matcher, text, 4), (std::vector<std::size_t>{2, 1, 2, 1}));
}

TEST(LineCue, APatternWithoutACueIsRefused) {
  EXPECT_THROW(line_matcher({{"^x", {"", ""}}}), std::invalid_argument);
}

}  // namespace
}  // namespace protokol::detector
