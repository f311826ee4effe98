// Item headings: the pattern table, and the choice of which candidates
// are items (numbered lists inside items are not).
#include "item_headings.hpp"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <span>

#include "test_support.hpp"
#include "titles.hpp"
#include "toc.hpp"

namespace protokol::segmenter {
namespace {

using testing::segment_text;

std::optional<item_candidate> heading(std::string_view text) {
  line l;
  l.raw = text;
  l.text = strip_markup(text, l.md_level, l.emphasized);
  l.blank = l.text.empty();
  return match_item_heading(l);
}

std::vector<std::string> titles(const document& doc) {
  std::vector<std::string> out;
  for (const auto& it : doc.items) out.push_back(it.number + " " + it.title);
  return out;
}

TEST(SegmenterItems, PunktHeadingsWithAndWithoutColon) {
  auto h = heading("Punkt 1: Tema - Besøg hos virksomheden CONDI");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 1u);
  EXPECT_EQ(h->style, item_style::labelled);
  EXPECT_EQ(h->title, "Tema - Besøg hos virksomheden CONDI");
  h = heading("Punkt 12 Godkendelse af referat");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 12u);
  EXPECT_EQ(h->title, "Godkendelse af referat");
  h = heading("Punkt 3");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->title, "");
  // Councils' minutes: "Dagsordenens punkt 1. Title", or the label alone.
  h = heading("Dagsordenens punkt 1. Godkendelse af dagsorden");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 1u);
  EXPECT_EQ(h->title, "Godkendelse af dagsorden");
  h = heading("Dagsordenens punkt 4");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 4u);
}

// Each row's RE2 is compiled the first time a line gets as far as the row
// (compiled_row): a line in each row's own form is matched by that row, the
// rows asked in the table's order and then again in reverse, so that no row
// is compiled first by a line of its own.
TEST(SegmenterItems, EachRowMatchesALineInItsOwnForm) {
  const std::pair<std::string_view, std::string_view> forms[] = {
      {"punkt", "Punkt 3: Budget"},   {"sag", "Sag 3: Budget"},
      {"nr", "Nr. 3 - Budget"},       {"ad", "Ad 3. Budget"},
      {"numbered", "3. Budget"},      {"marked", "3 (Lukket) Budget"},
      {"colon", "3: Budget"},         {"spaced", "3  Budget"},
      {"dotted", "3.2 Budget"},       {"headed", "## 3 Budget"},
      {"column", "3 Lukket\tBudget"}, {"paren", "3) Budget"},
      {"dash", "3 - Budget"},         {"paragraph", "§ 3. Budget"},
      {"glued", "3Budget"},           {"coded", "ØU 3/2024 Budget"},
      {"slashed", "3/12. Budget"}};
  const auto patterns = item_patterns();
  ASSERT_EQ(std::size(forms), patterns.size());
  const auto check = [&](const std::pair<std::string_view, std::string_view>& form) {
    const auto h = heading(form.second);
    ASSERT_TRUE(h) << form.second;
    ASSERT_LT(h->form, patterns.size()) << form.second;
    EXPECT_EQ(patterns[h->form].name, form.first) << form.second;
    EXPECT_EQ(h->number, 3u) << form.second;
    // The marked and column rows keep the status in the title (strip_closed_markers).
    EXPECT_TRUE(h->title.ends_with("Budget")) << form.second;
  };
  for (const auto& form : forms) check(form);
  for (auto it = std::rbegin(forms); it != std::rend(forms); ++it) check(*it);
}

// Checks made before a row's RE2 (separator_may_follow_digits) let every
// line the row matches through: a capital outside ASCII after the paren or
// dash, the paragraph sign without a blank, three digits after the slash,
// a code's number of four digits. Lines they turn away no row takes either.
TEST(SegmenterItems, RowChecksBeforeRe2KeepEveryFormTheRowMatches) {
  struct form {
    std::string_view row;
    std::string_view text;
    unsigned number;
    std::string_view title;
  };
  const form forms[] = {{"paren", "3) Ærø Kommune", 3, "Ærø Kommune"},
                        {"paren", "3)  **Budget", 3, "Budget"},
                        {"dash", "3 – Økonomi", 3, "Økonomi"},
                        {"dash", "3 -  Budget", 3, "Budget"},
                        {"paragraph", "§3. Budget", 3, "Budget"},
                        {"paragraph", "§\t12 Budget", 12, "Budget"},
                        {"slashed", "49/123. Budget", 49, "Budget"},
                        {"coded", "ØU 4512/2024 Budget", 4512, "Budget"},
                        {"coded", "BK 31/24 Ærø", 31, "Ærø"},
                        {"numbered", "3.Ærø Kommune", 3, "Ærø Kommune"},
                        {"numbered", "3\\.\tBudget", 3, "Budget"},
                        {"numbered", "**3.** Budget", 3, "Budget"},
                        {"dotted", "3.2. Budget", 3, "Budget"},
                        {"dotted", "3.12\tBudget", 3, "Budget"},
                        {"dotted", "**3.2** Budget", 3, "Budget"}};
  const auto patterns = item_patterns();
  for (const form& f : forms) {
    const auto h = heading(f.text);
    if (!h) {
      ADD_FAILURE() << "no heading: " << f.text;
      continue;
    }
    EXPECT_EQ(patterns[h->form].name, f.row) << f.text;
    EXPECT_EQ(h->number, f.number) << f.text;
    EXPECT_EQ(h->title, f.title) << f.text;
  }
  for (const std::string_view text :
       {"1) at udvalget godkender", "02 - nogle af disse er sygemeldte", "§ Indsats", "18/9413",
        "49/1234. Budget", "I 2019 og 2020 støtter Rummel", "51.61.20-A26-3-32",
        "24.00.00-P00-1-20", "3.123 Budget", "3.2.1 Budget"})
    EXPECT_FALSE(heading(text)) << text;
}

// The numbered, punkt and dotted rows are read by hand before RE2
// (read_numbered_row, certainly_punkt_row, certainly_dotted_row): on each of these lines the row is
// taken exactly where its pattern matches, a line feed or a byte that is no UTF-8 in the title
// included (RE2's ".*" refuses both).
void expect_row_as_its_pattern(std::string_view row, std::span<const std::string_view> texts) {
  const auto patterns = item_patterns();
  const auto it = std::find_if(patterns.begin(), patterns.end(),
                               [&](const item_pattern& p) { return p.name == row; });
  ASSERT_NE(it, patterns.end()) << row;
  const RE2 pattern(it->regex);
  ASSERT_TRUE(pattern.ok()) << row;
  for (const std::string_view text : texts) {
    line l;
    l.raw = l.text = text;
    l.blank = false;
    const auto h = match_item_heading(l);
    const bool as_row = h && patterns[h->form].name == row;
    EXPECT_EQ(as_row, RE2::FullMatch(re2::StringPiece(text.data(), text.size()), pattern))
        << row << ": " << text;
  }
}

TEST(SegmenterItems, HandReadRowsAnswerAsTheirPatterns) {
  constexpr std::string_view numbered[] = {"3.",
                                           "3.**",
                                           "**3.**",
                                           "__3.__ Budget",
                                           "3\\. Budget",
                                           "3.\tBudget",
                                           "3.\rBudget",
                                           "3.\fBudget",
                                           "3.Budget",
                                           "3.Ærø Kommune",
                                           "3. Ærø",
                                           "3.** Budget",
                                           "3._Budget",
                                           "3.\vBudget",
                                           "3.\\Budget",
                                           "1234. Budget",
                                           "123. Budget",
                                           "3\\Budget",
                                           "3 . Budget",
                                           "3. Budget\xC3",
                                           "3.Budget\xFF",
                                           "3. Bud\nget",
                                           "3.B\nudget",
                                           "3. \xC3\x86gte",
                                           "3.\xC3"
                                           "Budget",
                                           "3. Budget \xED\xA0\x80",
                                           "**3.**\tBudget",
                                           "3.__",
                                           "3.*_* Budget"};
  expect_row_as_its_pattern("numbered", numbered);
  constexpr std::string_view punkt[] = {"Punkt 3",
                                        "Punkt 3: Budget",
                                        "PUNKT 12 - Budget",
                                        "pkt. 3 Budget",
                                        "Pkt.3 Budget",
                                        "Pkt 3",
                                        "Dagsordenspunkt 3: Budget",
                                        "Dagsordenens punkt 3. Budget",
                                        "Dagsordenenspunkt 3 Budget",
                                        "Punkt nr. 3 - Budget",
                                        "Punkt nr 3 Budget",
                                        "Punktnr 3 Budget",
                                        "Punkt: 3 Budget",
                                        "Punkt : 3 Budget",
                                        "Punkt 12345 Budget",
                                        "Punkt 1234 Budget",
                                        "Punkt 3a Budget",
                                        "Punkt 3– Budget",
                                        "Punkt 3 – Budget",
                                        "**Punkt 3** Budget",
                                        "__Pkt 3__ Budget",
                                        "Punkt3 Budget",
                                        "Punkt 3\vBudget",
                                        "Punkt 3\tBudget",
                                        "Punkt 3 \xFF",
                                        "Punkt 3 Bud\nget",
                                        "Punkt 3 Budget\xC3",
                                        "Pkt.. 3 Budget",
                                        "Punkt nr.: 3 Budget",
                                        "Punkt\tnr\t3\tBudget",
                                        "Punkt 3(Budget",
                                        "Punkt 3\xE2\x80\x94 Budget"};
  expect_row_as_its_pattern("punkt", punkt);
  constexpr std::string_view dotted[] = {
      "3.2 Budget",     "3.2. Budget",    "**3.2** Budget", "3.2\tÆrø",      "3.2 **Budget",
      "3.2Budget",      "3.2 Budget\xFF", "3.2 Bud\nget",   "123.2 Budget",  "3.123 Budget",
      "3.2.\t\tBudget", "3..2 Budget",    "3.2\vBudget",    "_3.2_ _Budget", "3.2 \xC3"};
  expect_row_as_its_pattern("dotted", dotted);
}

// pymupdf4llm's forerunner marks each span of a heading: "### 1 ### Title".
// A seniors' council's "2. Meddelelser:" over a sentence (trial AU): the
// item, its colon no part of the title; before, it and every item after it
// were the text of item 1. A title ending in a colon over a list's points
// stays a list's line.
TEST(SegmenterItems, AShortTitleEndingInAColonOverASentenceIsAnItem) {
  const auto doc = segment_text(
      "Referat af møde i Ældrerådet den 4. marts 2024\n\n1. Godkendelse af dagsorden\n"
      "Godkendt.\n\n2. Meddelelser:\nFormanden orienterede om budgettet.\n\n3. Eventuelt\n"
      "Intet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].title, "Meddelelser");
  EXPECT_EQ(doc.items[2].title, "Eventuelt");
  const auto list = segment_text(
      "Referat\n\n1. Budget\nBeslutning\nUdvalget besluttede:\n\n1. Budgettet omfatter:\n"
      "- drift\n- anlæg\n\n2. Eventuelt\nBeslutning\nIntet.\n");
  ASSERT_EQ(list.items.size(), 2u);
  EXPECT_EQ(list.items[1].title, "Eventuelt");
}

// Planning titles over two or three lines, the second 70 bytes or more
// (trial AV): over the case number they are the title's rest; a long line
// under a title that goes on with its paragraph stays the body.
TEST(SegmenterItems, ALongSecondLineOverTheCaseNumberIsTheTitlesRest) {
  const std::string top =
      "Referat\nByrådet\nMødedato: 12. marts 2024\n\n1. Godkendelse af dagsorden\nSagsnr.: "
      "24/1001\nBeslutning\nGodkendt.\n\n";
  const auto two = segment_text(
      top +
      "2. Forslag til Lokalplan 1145 for et boligområde ved Skovvej i Hørning samt tillæg\n"
      "nr. 12 til Kommuneplan 2021-2033 - godkendelse af forslag til offentlig høring\n"
      "Sagsnr.: 24/1002\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(two.items.size(), 2u);
  EXPECT_EQ(two.items[1].title,
            "Forslag til Lokalplan 1145 for et boligområde ved Skovvej i Hørning samt tillæg nr. "
            "12 til Kommuneplan 2021-2033 - godkendelse af forslag til offentlig høring");
  const auto three = segment_text(
      top +
      "2. Forslag til Lokalplan 1145 for et boligområde ved Skovvej i Hørning\n"
      "samt tillæg nr. 12 til Kommuneplan 2021-2033 og udtalelse til Miljøstyrelsen -\n"
      "godkendelse af forslag til offentlig høring\nSagsnr.: 24/1002\nBeslutning\n"
      "Godkendt.\n");
  ASSERT_EQ(three.items.size(), 2u);
  EXPECT_TRUE(
      three.items[1].title.ends_with("Miljøstyrelsen - godkendelse af forslag til "
                                     "offentlig høring"));
  const auto body =
      segment_text(top +
                   "2. Forslag til Lokalplan 1145\n"
                   "Forvaltningen har udarbejdet et forslag til lokalplan for et boligområde ved\n"
                   "Skovvej i Hørning, som nu sendes i offentlig høring i otte uger.\nSagsnr.: "
                   "24/1002\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(body.items.size(), 2u);
  EXPECT_EQ(body.items[1].title, "Forslag til Lokalplan 1145");
  // Review 32: a capitalised sentence or a question right over the decision
  // is the item's text; a title in capitals goes on in capitals.
  const auto said = segment_text(
      top +
      "2. Meddelelser fra formanden\nFormanden orienterede om mødet med Trafikselskabet om "
      "de nye busruter i juni\nBeslutning\nTaget til efterretning.\n\n3. Spørgsmål fra "
      "Grethe Lund\nHvornår forventer forvaltningen at kunne fremlægge den nye plan for "
      "stierne?\nBeslutning\nBesvaret.\n");
  ASSERT_EQ(said.items.size(), 3u);
  EXPECT_EQ(said.items[1].title, "Meddelelser fra formanden");
  EXPECT_EQ(said.items[2].title, "Spørgsmål fra Grethe Lund");
  const auto caps = segment_text(
      top +
      "2. SALG AF GRUND VED STATIONSVEJ 12 I RY TIL BOLIGSELSKABET FJORDBO MED HENBLIK\n"
      "PÅ OPFØRELSE AF ALMENE FAMILIEBOLIGER OG ÆLDREBOLIGER SAMT FÆLLESAREALER\nSagsnr.: "
      "24/1002\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(caps.items.size(), 2u);
  EXPECT_TRUE(caps.items[1].title.ends_with("SAMT FÆLLESAREALER"));
}

TEST(SegmenterItems, AHeadingsMarksRepeatedBeforeTheTitle) {
  const auto doc = segment_text(
      "# Beslutningsprotokol\n\n### 1 ### Godkendelse af dagsorden\n\n**Beslutning**\n\n"
      "Godkendt.\n\n### 2 ### Lukket punkt: Personalesag\n\n**Beslutning**\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[1].title, "Personalesag");
  EXPECT_TRUE(doc.items[1].closed);
}

TEST(SegmenterItems, MarkdownHeadingsAtAnyLevelWithOrWithoutBold) {
  for (const char* text :
       {"# Punkt 1: Meddelelser", "## Punkt 1: Meddelelser", "## **Punkt 1: Meddelelser**",
        "#### **Punkt 1: Meddelelser**", "**Punkt 1: Meddelelser**", "**Punkt 1:** Meddelelser"}) {
    const auto h = heading(text);
    ASSERT_TRUE(h) << text;
    EXPECT_EQ(h->number, 1u) << text;
    EXPECT_EQ(h->title, "Meddelelser") << text;
  }
}

// "Ad 1. Hanne M. Abildgaard blev valgt ..." right under the decision's
// heading answers the recommendation's point; wrapped by a converter it no
// longer ends in a full stop, and is still no item.
TEST(SegmenterItems, AnAdLineUnderADecisionIsItsText) {
  const auto doc = segment_text(
      "Referat\nIndholdsfortegnelse\n1. Valg af formand for Kommunalbestyrelsen (borgmester)\n"
      "Indstilling\nBeslutning i Kommunalbestyrelsen den 05-12-2017\n"
      "Ad 1. Hanne M. Abildgaard blev valgt som formand for perioden fra 1. januar \n"
      "2018 til og med 31. december 2021.\nFor: Gruppe A, F, O, V og C.\n"
      "Sagsfremstilling\nTekst.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].title, "Valg af formand for Kommunalbestyrelsen (borgmester)");
  // Items answered point by point keep their "Ad" headings.
  const auto ad = segment_text(
      "Referat\nAfbud: Dorte Lund\nAd 1. Godkendelse af dagsorden\nGodkendt.\n"
      "Ad 2. Høring om kvalitetsstandard\nAnbefalet.\nAd 3. Eventuelt\nIntet.\n");
  ASSERT_EQ(ad.items.size(), 3u);
  EXPECT_EQ(ad.items[1].title, "Høring om kvalitetsstandard");
  // A decision said on its heading's line ("Beslutning: Godkendt.") is
  // over: the "Ad" line after it is the next item, closed or not (a
  // council's minutes); "Beslutning: Ad 1. Godkendt." answers points.
  for (const char* ad_form : {"Ad 2)", "Ad 2.", "Ad pkt. 2"}) {
    const auto inline_decisions = segment_text(
        std::string("Referat fra møde i Handicaprådet\n\nAd 1) Godkendelse af dagsorden\n"
                    "Beslutning: Godkendt.\n\n") +
        ad_form +
        " Personsag (Lukket)\nDrøftet.\nBeslutning: Taget til efterretning.\n\n"
        "Ad 3) Eventuelt\nBeslutning: Intet.\n");
    ASSERT_EQ(inline_decisions.items.size(), 3u) << ad_form;
    EXPECT_EQ(inline_decisions.items[0].decision, "Godkendt.") << ad_form;
    EXPECT_TRUE(inline_decisions.items[1].closed) << ad_form;
  }
  const auto points = segment_text(
      "Referat\n\n1. Budget\nBeslutning: Ad 1. Godkendt.\nAd 2. Udsat til næste møde.\n\n"
      "2. Eventuelt\nBeslutning: Intet.\n");
  ASSERT_EQ(points.items.size(), 2u);
  EXPECT_EQ(points.items[1].title, "Eventuelt");
}

// pdfminer puts an item number of one digit on a line of its own over the
// title, and one of two digits beside it ("10 Title"): the items after the
// lone numbers' last go on in the other form, closed ones too.
TEST(SegmenterItems, ItemsGoOnInAnotherFormAfterLoneNumbers) {
  std::string text = "Referat\nPlanudvalget\n\n";
  for (int n = 1; n <= 9; ++n)
    text += std::to_string(n) + "\n\nSag nummer " + std::to_string(n) +
            "\n\nBeslutning\n\nGodkendt.\n\n";
  text +=
      "10 Ændring af åbningstider\n\nSagsnr.: 24/4858\n\nBeslutning\n\nGodkendt.\n\n"
      "11 Lukket punkt: Køb af ejendom\n\nSagsfremstilling\n\nKøbesummen er 3,1 mio. kr.\n\n"
      "Beslutning\n\nGodkendt.\n\n12 Lukket punkt: Personalesag\n\nSagsnr.: 24/4859\n\n"
      "Beslutning\n\nGodkendt.\n";
  const auto doc = segment_text(text);
  ASSERT_EQ(doc.items.size(), 12u);
  EXPECT_EQ(doc.items[9].title, "Ændring af åbningstider");
  EXPECT_FALSE(doc.items[9].closed);
  EXPECT_EQ(doc.items[10].title, "Køb af ejendom");
  EXPECT_TRUE(doc.items[10].closed);
  EXPECT_EQ(doc.items[11].title, "Personalesag");
  EXPECT_TRUE(doc.items[11].closed);
  EXPECT_EQ(doc.items[9].decision, "Godkendt.");
  // The points of a list inside the last item are no items, nor is an open
  // one after a closed item (review of the rule: both had published text).
  const auto points = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1001\nBeslutning:\nGodkendt.\n\n"
      "2. Lukket punkt: Køb af ejendom\nSagsnr.: 24/1003\nIndstilling:\nDirektionen indstiller,\n"
      "1) At ejendommen købes\n2) At købet finansieres af puljen\n3) Sælger orienteres om prisen\n"
      "Beslutning:\nGodkendt, pris 3,2 mio. kr.\n");
  ASSERT_EQ(points.items.size(), 2u);
  EXPECT_TRUE(points.items[1].closed);
  const auto after_closed = segment_text(
      "Referat\n\n1\n\nGodkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n2\n\nLukket punkt: "
      "Køb\n\nBeslutning\n\nGodkendt.\n\nVilkår:\n\n3 Sælger orienteres om prisen\n\nBeslutning\n\n"
      "Godkendt.\n");
  ASSERT_EQ(after_closed.items.size(), 2u);
  EXPECT_TRUE(after_closed.items[1].closed);
}

// A Word table over each item (Nr. | Titel | Sagsnr.), its row read as
// "7. Title  24/12110": the case number's cell is no part of the title, and
// a closed marker before it closes the item.
TEST(SegmenterItems, ACaseNumberCellAfterTheTitle) {
  const auto doc = segment_text(
      "Referat\n\nKultur- og Fritidsudvalget\n\n| Nr. | Titel | Sagsnr. |\n1. Godkendelse af "
      "dagsorden  24/12001\n\nBeslutning\n\nGodkendt.\n\n| Nr. | Titel | Sagsnr. |\n2. "
      "Forhandling om lejemål (lukket punkt)\t24/12110\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"24/12001"}));
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");  // the next table's head row is no text
  EXPECT_EQ(doc.items[1].title, "Forhandling om lejemål");
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_EQ(doc.items[1].case_numbers, (std::vector<std::string>{"24/12110"}));
  // One blank before a number is the title's ("Lokalplan nr. 12/2024").
  const auto one_blank =
      segment_text("Referat\n\n1. Forslag til tillæg 12/2024\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(one_blank.items.size(), 1u);
  EXPECT_EQ(one_blank.items[0].title, "Forslag til tillæg 12/2024");
}

// pdftotext (without -layout) gives each cell of a row "1<tab>Title" or
// "1   Åbent   Title" a line of its own: the number alone, or with its
// status, over the title, with the case number or a section soon after.
TEST(SegmenterItems, ANumberAloneOverItsTitle) {
  const auto doc = segment_text(
      "Beslutningsprotokol\nUdvalg: Byrådet\n\n1\n\nGodkendelse af dagsorden\n\nUdskriv\n"
      "Sagsid.: 17/2694\nBeslutning\nGodkendt.\n\n2\n\nBudget 2018 - 2. behandling\n\n"
      "Sagsid.: 17/3668\nSagsfremstilling\nØkonomiudvalget har fremsat forslag, og at 1.\n\n"
      "stedfortræder indtræder.\nBeslutning\nAnbefales.\n\nSide 1 af 2\n\n\f3\n\n"
      "Ikke et punkt\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[1].title, "Budget 2018 - 2. behandling");
  EXPECT_EQ(doc.items[1].case_numbers, std::vector<std::string>{"17/3668"});
  // A running header's page number between the number and its title.
  const auto paged = segment_text(
      "Referat - Åben dagsorden\nHjørring Byråd\n\n1\n\nSide 3.\n\nBeslutningsforslag om "
      "Fleksibel Arbejdstid\n\nSagsnr.: 17/3611\n\nSagsfremstilling\nTekst.\n\n2\n\nSide 4.\n\n"
      "Årsregnskab 2016\n\nSagsnr.: 17/2222\n\nSagsfremstilling\nTekst.\n");
  ASSERT_EQ(paged.items.size(), 2u);
  EXPECT_EQ(paged.items[0].title, "Beslutningsforslag om Fleksibel Arbejdstid");
  EXPECT_EQ(paged.items[1].title, "Årsregnskab 2016");
  // An attachment list's "2. Elevprognose 2024" right above the number
  // of the next item is no item 2 (the number alone ends its evidence).
  const auto listed = segment_text(
      "Børne- og Ungdomsudvalget\nREFERAT\n\n1\n\nGodkendelse af dagsorden (2024-0311256)\n\n"
      "Beslutning\nGodkendt.\n\n2\n\nKapacitetsplan 2025-2030 (2024-0198823)\n\nUdvalget "
      "skal tage stilling til planen.\nIndstilling og beslutning\nFor stemte 6 medlemmer: A og B."
      "\nBilag\n1. Kapacitetsplan 2025-2030\n2. Elevprognose 2024\n\n3\n\nOrientering om "
      "ventelister (2024-0240017)\n\nIndstilling og beslutning\nTaget til efterretning.\n");
  ASSERT_EQ(listed.items.size(), 3u);
  EXPECT_EQ(listed.items[1].title, "Kapacitetsplan 2025-2030");
  // The decision repeats the heading as "Dagsordenspunkt 1: Title"
  // (Copenhagen): said again, no item.
  const auto repeated = segment_text(
      "Økonomiudvalget\nReferat\n\n1\n\nGodkendelse af dagsorden\n\nSagsfremstilling\nTekst."
      "\nBeslutning\nDagsordenspunkt 1: Godkendelse af dagsorden\nØkonomiudvalgets beslutning i "
      "mødet den 31. marts 2020\nGodkendt.\n\n2\n\nRegnskab 2019\n\nSagsfremstilling\nTekst.\n"
      "Beslutning\nDagsordenspunkt 2: Regnskab 2019\nØkonomiudvalgets beslutning i mødet den 31. "
      "marts 2020\nAnbefalet.\n");
  ASSERT_EQ(repeated.items.size(), 2u);
  EXPECT_EQ(repeated.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(repeated.items[1].title, "Regnskab 2019");
  // Under labelled headings too (trial AS: the items' sections had shifted).
  const auto labelled = segment_text(
      "Økonomiudvalget\nReferat\n\nPunkt 1. Godkendelse af dagsorden\n\nSagsfremstilling\n\n"
      "Tekst.\n\nBeslutning\n\nDagsordenspunkt 1: Godkendelse af dagsorden\n\nØkonomiudvalgets "
      "beslutning i mødet den 31. marts 2020\n\nGodkendt.\n\nPunkt 2. Regnskab 2019\n\n"
      "Sagsfremstilling\n\nTekst.\n\nIndstilling\n\nAt regnskabet godkendes.\n\nBeslutning\n\n"
      "Dagsordenspunkt 2: Regnskab 2019\n\nØkonomiudvalgets beslutning i mødet den 31. marts 2020"
      "\n\nAnbefalet.\n");
  ASSERT_EQ(labelled.items.size(), 2u);
  ASSERT_EQ(labelled.items[0].sections.size(), 2u);
  EXPECT_EQ(labelled.items[0].sections[0].kind, "case");
  ASSERT_EQ(labelled.items[1].sections.size(), 3u);
  EXPECT_EQ(labelled.items[1].sections[1].kind, "recommendation");
  // Numbers in order from 1 over titles in a document that names itself
  // minutes, each item only its decision's text (Aarhus 2012).
  const auto decisions_only = segment_text(
      "Referat for møde i Aarhus Byråd, 15. august 2012\nMødereferat\n\n1\n\nForslag fra "
      "Enhedslisten om tilføjelse til ligestillingshandlingsplan\n\nForslaget vedtaget.\n\n2\n\n"
      "Offentlig-privat samarbejde om plejeboliger mv.\n\nHenvist til behandling i Sundheds- og "
      "Omsorgsudvalget.\n");
  ASSERT_EQ(decisions_only.items.size(), 2u);
  EXPECT_EQ(decisions_only.items[1].title, "Offentlig-privat samarbejde om plejeboliger mv.");
  // A council's running numbers, from where the meeting's agenda starts
  // (trial AQ: quarantined); three items at least.
  const auto running = segment_text(
      "Referat for møde i Aarhus Byråd, 15. august 2012\nMødereferat\n\n7\n\nForslag om "
      "plejeboliger\n\nVedtaget.\n\n8\n\nSundhedspolitik\n\nVedtaget.\n\n9\n\nVintertjeneste\n\n"
      "Oversendt.\n");
  ASSERT_EQ(running.items.size(), 3u);
  EXPECT_EQ(running.items[0].number, "7");
  EXPECT_EQ(running.items[2].title, "Vintertjeneste");
  EXPECT_TRUE(segment_text("Referat for møde i Aarhus Byråd, 15. august 2012\nMødereferat\n\n7\n\n"
                           "Forslag om plejeboliger\n\nVedtaget.\n\n8\n\nSundhedspolitik\n\n"
                           "Vedtaget.\n")
                  .items.empty());
  // Pages' numbers over the decisions below them are no items (review 31).
  EXPECT_TRUE(segment_text("Referat\nByrådet\n\nVejbelysning\nTekst.\n\n2\n\nGodkendt.\n\n"
                           "Lokalplan 45\nTekst.\n\n3\n\nAnbefales.\n\nBudget\nTekst.\n\n4\n\n"
                           "Taget til efterretning.\n")
                  .items.empty());
  const auto column = segment_text(
      "Referat\nMødedato 18. august 2014\n\nMøde i Økonomiudvalget\n1 Åbent\n\nLokalplan "
      "og Kommuneplantillæg 8. Forslag\n\n038211-2014\nResumé\nTekst.\nBeslutning\n"
      "Anbefales.\n2 Lukket\n\nAnlæggelse af retssag\n\n031408-2014\nBeslutning\n"
      "Godkendt.\n");
  ASSERT_EQ(column.items.size(), 2u);
  EXPECT_EQ(column.items[0].title, "Lokalplan og Kommuneplantillæg 8. Forslag");
  EXPECT_FALSE(column.items[0].closed);
  EXPECT_EQ(column.items[1].title, "Anlæggelse af retssag");
  EXPECT_TRUE(column.items[1].closed);
  // The status in other words (trial AQ: the item had been lost, its text
  // and a closed item's read as the item's before).
  for (const auto& [open, closed] :
       {std::pair<std::string, std::string>{"Åbent punkt", "Lukket punkt"},
        {"Åben sag", "Lukket sag"},
        {"ÅBENT", "Fortroligt"},
        {"Åbent punkt", "lukket punkt"},
        {"Åbent punkt", "Lukket (personsag)"},
        {"Åbent punkt", "Ikke offentligt punkt"}}) {
    const auto other = segment_text(
        "Referat\nMødedato 18. august 2014\n\nMøde i Økonomiudvalget\n1 " + open +
        "\n\nLokalplan og Kommuneplantillæg 8. Forslag\n\n038211-2014\nResumé\nTekst.\n"
        "Beslutning\nAnbefales.\n2 " +
        closed + "\n\nAnlæggelse af retssag\n\n031408-2014\nBeslutning\nGodkendt.\n");
    ASSERT_EQ(other.items.size(), 2u) << closed;
    EXPECT_EQ(other.items[0].title, "Lokalplan og Kommuneplantillæg 8. Forslag") << open;
    EXPECT_FALSE(other.items[0].closed) << open;
    EXPECT_EQ(other.items[1].title, "Anlæggelse af retssag") << closed;
    EXPECT_TRUE(other.items[1].closed) << closed;
  }
}

// A converter that drops blank lines: the item's lettered points under its
// title ("a) Orientering om budgetseminar.") are no part of it.
TEST(SegmenterItems, ATitleTakesNoLetteredPoint) {
  const auto doc = segment_text(
      "Referat\nØkonomiudvalget\n1. Meddelelser\na) Orientering om budgetseminar.\n"
      "b) Status på byggeriet\nBeslutning\nTaget til efterretning.\n2. Budget\nSagsnr.: 24/1\n"
      "Beslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Meddelelser");
  // Nor does a paragraph's first line, as long as a wrapped line is; a
  // title that cannot end goes on.
  const auto wrapped = segment_text(
      "Referat\nByrådet\n1. Regnskab 2007\nKnud Erling Schmidt ønsker udvalgets bemyndigelse "
      "til, at fagcenteret på udvalgets vegne kan søge uforbrugte\nmidler overført.\n"
      "Beslutning\nGodkendt.\n2. Forslag til byrådsbeslutning fra Venstres byrådsgruppe om at\n"
      "kommunen skal tilbyde borgerne selvbetjening ved bestilling af beboerparkering\n"
      "Beslutning\nGodkendt.\n");
  ASSERT_EQ(wrapped.items.size(), 2u);
  EXPECT_EQ(wrapped.items[0].title, "Regnskab 2007");
  EXPECT_EQ(wrapped.items[1].title,
            "Forslag til byrådsbeslutning fra Venstres byrådsgruppe om at kommunen skal tilbyde "
            "borgerne selvbetjening ved bestilling af beboerparkering");
}

// pandoc (and mammoth, MarkItDown) write Word's numbered headings without
// their numbers, which live in the list's definition: the headings at the
// level where items show evidence are the items, numbered in order.
TEST(SegmenterItems, MarkdownHeadingsWithoutNumbers) {
  const auto doc = segment_text(
      "# Referat\n\nUdvalg: Byrådet\n\nMedlemmer: Anne Kirk, Bo Lund\n\n"
      "# Godkendelse af dagsorden\n\nSagsid.: 17/2694\n\n**Beslutning**\n\nGodkendt.\n\n"
      "# Budget 2018\n\nSagsid.: 17/3668\n\n**Sagsfremstilling**\n\nTekst.\n\n"
      "## Baggrund\n\nMere tekst.\n\n**Beslutning**\n\nAnbefales.\n\n"
      "# Eventuelt\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].number, "1");
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[1].title, "Budget 2018");
  EXPECT_EQ(doc.items[2].title, "Eventuelt");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  ASSERT_FALSE(doc.warnings.empty());
  EXPECT_NE(doc.warnings.front().find("headings have no numbers"), std::string::npos);
  // Headings with no evidence under any stay no items.
  EXPECT_TRUE(segment_text("# Referat\n\n# Indledning\n\nTekst.\n\n# Afslutning\n\nTekst.\n")
                  .items.empty());
}

TEST(SegmenterItems, PktAndSagHeadings) {
  auto h = heading("Pkt. 4 Spildevandsplan");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 4u);
  EXPECT_EQ(h->title, "Spildevandsplan");
  h = heading("Sag 2: Høring");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->title, "Høring");
  h = heading("Sag nr. 7 Budget 2026");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 7u);
  EXPECT_EQ(h->title, "Budget 2026");
}

TEST(SegmenterItems, NumberedAndLoneNumberHeadings) {
  auto h = heading("3. Orientering om vintertjenesten");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->style, item_style::numbered);
  EXPECT_EQ(h->title, "Orientering om vintertjenesten");
  h = heading("2.");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 2u);
  EXPECT_EQ(h->title, "");
}

// Acadre at Hørsholm: "Punkt: 1" over the case's facts, then the title.
TEST(SegmenterItems, ALoneHeadingsTitleFollowsTheCasesFacts) {
  const auto doc = segment_text(
      "Økonomiudvalget\nReferat fra ordinært møde\n\nØkonomiudvalget\nPunkt: 1\n"
      "Acadre sagsnr.: 17/10438\nJournalnr.: A00\nSagsforløb: ØU - Åben sag\n"
      "Mødedato: 17.08.2017\nSagsansvarlig enhed: Politik, Udvikling og Borgerservice\n"
      "Sagsbehandler: Marianne Godtfredsen\nMeddelelser\nBaggrund\nBorgmesteren orienterede.\n"
      "Økonomiudvalget\nPunkt: 2\nAcadre sagsnr.: 17/8812\nSagsforløb: ØU - Lukket sag\n"
      "Sagsbehandler: Jens Holm\nSalg af kommunal ejendom\nBeslutning\nGodkendt.\n"
      "Økonomiudvalget\nPunkt: 3\nSagsnr.: 17/9021\nByrådet godkendte sagen.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].title, "Meddelelser");
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"17/10438"});
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_EQ(doc.items[0].sections.front().kind, "background");
  EXPECT_EQ(doc.items[1].title, "Salg af kommunal ejendom");
  EXPECT_TRUE(doc.items[1].closed);
  // After the facts a sentence is the item's text, not its title.
  EXPECT_EQ(doc.items[2].title, "");
  EXPECT_EQ(doc.items[2].case_numbers, std::vector<std::string>{"17/9021"});
}

// Ishøj: a web page of one item saved without the item's heading.
TEST(SegmenterItems, APageOfOneItemWithoutItsHeadingIsOneUntitledItem) {
  const std::string page =
      "Referat\nTeknik- og Bygningsudvalget tirsdag den 16. april 2024 kl. 16.30\n"
      "Mødelokale Tårnbjerget, Rådhuset\nSagsfremstilling\nUkrudt bekæmpes med damp.\n"
      "Indstilling\nat bevillingen frigives.\nBeslutning\nTiltrådt.\n";
  const auto doc = segment_text(page);
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].number, "1");
  EXPECT_EQ(doc.items[0].title, "");
  ASSERT_EQ(doc.items[0].sections.size(), 3u);
  EXPECT_EQ(doc.items[0].sections[0].kind, "case");
  EXPECT_EQ(doc.items[0].decision, "Tiltrådt.");
  EXPECT_EQ(doc.meeting.committee, "Teknik- og Bygningsudvalget");
  // Not minutes by its first lines, or without a decision: no item.
  EXPECT_TRUE(segment_text(page.substr(std::string_view("Referat\n").size())).items.empty());
  EXPECT_TRUE(segment_text("Referat\nByrådet\nSagsfremstilling\nTekst.\nIndstilling\nat.\n"
                           "Økonomi\nIngen.\n")
                  .items.empty());
  // Two decisions: two items whose headings were not found, not one; their
  // sections run in a cycle (section_cycle_items), so the second starts at
  // the section after the first decision.
  const auto two = segment_text(page + "Sagsfremstilling\nMere.\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(two.items.size(), 2u);
  EXPECT_EQ(two.items[1].decision, "Godkendt.");
  // Without the cycle (another section first in the second item), none.
  EXPECT_TRUE(segment_text(page + "Økonomi\nIngen.\nSagsfremstilling\nMere.\nBeslutning\n"
                                  "Godkendt.\n")
                  .items.empty());
}

// Ishøj's scraped pages leave the items' headings out; a numbered list at the
// end of an item's case, right over its decision, is no item heading: the
// decision is the item's evidence, not the list's last entry's.
TEST(SegmenterItems, AListsLastEntryOverTheDecisionIsNoItem) {
  const std::string page =
      "Referat\nØkonomiudvalget mandag den 25. september 2023 kl. 17.00\n\nRådhuset\n\n"
      "Sagsfremstilling\n\nOrientering om letbanen:\n\n"
      "  1. Ministeren afviser i brev af 18. september at forlænge afdragsperioden.\n"
      "  2. Ministeriet afviser medfinansiering uden for anlægsrammen (se bilag 5).\n\n"
      "Beslutning\n\nTil efterretning.\n\nSagsfremstilling\n\nBudgettet behandles.\n\n"
      "Beslutning\n\nAnbefales.\n";
  const auto doc = segment_text(page);
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "");
  EXPECT_EQ(doc.items[0].decision, "Til efterretning.");
  EXPECT_EQ(doc.items[1].decision, "Anbefales.");
  // The page cut before the second item's decision: still two items, not one
  // holding both (the first section's heading came again after the decision).
  const auto cut = segment_text(page.substr(0, page.rfind("Beslutning")));
  ASSERT_EQ(cut.items.size(), 2u);
  EXPECT_EQ(cut.items[0].decision, "Til efterretning.");
  EXPECT_EQ(cut.items[1].decision, "");
  // Not as far in as the entry over it, the line heads the next item (a list
  // inside item 1, then " 2.  2. Orientering", Glostrup).
  const auto next = segment_text(
      "Referat\n\n 1.  1. Godkendelse af dagsordenen\n\n  Sagsfremstilling\n\n  At godkende."
      "\n\n  Beslutning\n\n  Godkendt.\n\n  Afbud:\n  1. Rasmus Sønderby, Ø\n"
      " 2.  2. Orientering fra borgmesteren\n\n  Sagsfremstilling\n\n  Om sager.\n\n"
      "  Beslutning\n\n  Til orientering.\n");
  EXPECT_EQ(titles(next), (std::vector<std::string>{"1 Godkendelse af dagsordenen",
                                                    "2 Orientering fra borgmesteren"}));
}

// Ishøj's pages again: a list right under "Sagsfremstilling", entry under
// entry, is the case's text, though an entry too long to be a heading leaves
// a gap in its numbers; and "Beslutningstema" and "Bilag" after a decision
// close its item, the next "Sagsfremstilling" opens the next.
TEST(SegmenterItems, AListUnderASectionHeadingIsItsText) {
  std::string long_entry;
  for (int i = 0; i < 8; ++i) long_entry += "Kriterierne for puljen er endnu ikke afklaret. ";
  const std::string page =
      "Referat\nØkonomiudvalget mandag den 28. august 2023 kl. 17.00\n\nRådhuset\n\n"
      "Sagsfremstilling\n\n  1. Orientering om en klage over parkeringsforholdene.\n"
      "  2. Referat fra borgmestermødet den 19. juni 2023 (se bilag 1 - 3 ).\n"
      "  3. Lånepuljen. " +
      long_entry +
      "\n  4. Borgmestermøde om letbanen den 24. august.\n\n"
      "Beslutning\n\nTil efterretning.\n\nBeslutningstema\n\nOrientering.\n\nBilag\n\n"
      "Sagsfremstilling\n\nOpfølgning på budgetaftalen.\n\nIndstilling\n\nat den tages til "
      "efterretning.\n\nBeslutning\n\nTiltrådt.\n";
  const auto doc = segment_text(page);
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "");
  EXPECT_EQ(doc.items[0].decision, "Til efterretning.");
  EXPECT_EQ(doc.items[1].decision, "Tiltrådt.");
  std::vector<std::string> kinds;
  for (const auto& s : doc.items[0].sections) kinds.push_back(s.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"case", "decision", "summary", "attachments"}));
}

// Copenhagen's ".../referat/punkt-4": the meeting's labels over the item's
// title, no item heading and no word naming the minutes.
TEST(SegmenterItems, APageOfOneItemUnderTheMeetingsLabelsIsOneTitledItem) {
  const std::string page =
      "Mødedato: 23.08.2017, kl. 11:00\nMødested: Comwell Borupgaard, Snekkersten\n\n"
      "Første behandling af budgetforslag 2018\n\nDen 5. oktober vedtages budgettet.\n\n"
      "Indstilling\n\nat budgetforslaget anbefales.\n\nBeslutning\n\nAnbefalet.\n";
  const auto doc = segment_text(page);
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].number, "1");
  EXPECT_EQ(doc.items[0].title, "Første behandling af budgetforslag 2018");
  EXPECT_EQ(doc.items[0].decision, "Anbefalet.");
  EXPECT_EQ(doc.meeting.date, "2017-08-23");
  EXPECT_EQ(doc.meeting.location, "Comwell Borupgaard, Snekkersten");
  // Without a decision, or with two, no item.
  const std::size_t decision = page.find("Beslutning");
  EXPECT_TRUE(segment_text(page.substr(0, decision)).items.empty());
  EXPECT_TRUE(segment_text(page + "\nBeslutning\n\nGodkendt.\n").items.empty());
  // A heading right under the labels is no title.
  EXPECT_TRUE(segment_text("Mødedato: 23.08.2017\n\nIndstilling\n\nat.\n\nBeslutning\n\nOk.\n")
                  .items.empty());
  // Two sections of one kind are two items' (the cycle of sections reads
  // them), not one titled item.
  const auto two = segment_text(
      "Mødedato: 14.03.2024, kl. 16:00\nMødested: Rådhuset\n\nUdbud af vintertjeneste\n\n"
      "Sagsfremstilling\nKontrakten udløber.\n\nBeslutning\nGodkendt.\n\nOrientering\n\n"
      "Sagsfremstilling\nUlykkestal.\n\nIndstilling\nat det tages til efterretning.\n");
  EXPECT_NE(two.items.size(), 1u);
}

// Copenhagen's council protocols of 2006: "Nr. 27", a column's gap, the
// council's case number and the title; "Nr. 3 i ..." stays prose.
TEST(SegmenterItems, NrAndAColumnsGapBeforeACaseNumberAndTheTitle) {
  const auto doc = segment_text(
      "Borgerrepræsentationen\n\nBESLUTNINGSPROTOKOL\n\nfra Ordinært møde torsdag den 12. "
      "oktober 2006\n\nNr. 27           BR 551/06. Tillæg nr. 1 til lokalplan nr. 279\n\n"
      "Indstillingen blev godkendt.\n\nNr. 28           BR 552/06. Salg af grund\n\n"
      "Nr. 3 i planen udgår.\n\nIndstillingen blev godkendt.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"27 Tillæg nr. 1 til lokalplan nr. 279",
                                                   "28 Salg af grund"}));
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"BR 551/06"});
  EXPECT_EQ(doc.items[1].case_numbers, std::vector<std::string>{"BR 552/06"});
  // A table's rows "Nr. 1     Hovedgaden ..." head nothing; a title opening
  // with a directive's number under another heading keeps it.
  const auto table = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Vejbelysning\n\n"
      "Sagsfremstilling\nNr. 1     Hovedgaden 450.000 kr.\nNr. 2     Skovvej 210.000 kr.\n\n"
      "Beslutning\nGodkendt.\n\n3. EU 2019/1937. Whistleblowerordning\n\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(table), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Vejbelysning",
                                                     "3 EU 2019/1937. Whistleblowerordning"}));
}

// kk.dk's lokaludvalg pages: "2. Godkendelse af dagsorden ( )", the slot for
// the item's type letter ("(B)") left empty.
TEST(SegmenterItems, AnEmptyPairOfParenthesesEndsNoTitle) {
  const auto doc = segment_text(
      "Referat\nLokaludvalg\n\n2. Godkendelse af dagsorden ( )\n\nBeslutning\n\nGodkendt.\n\n"
      "3. Budget (B)\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"2 Godkendelse af dagsorden", "3 Budget (B)"}));
  EXPECT_EQ(without_empty_parentheses("Eventuelt ()"), "Eventuelt");
  EXPECT_EQ(without_empty_parentheses("Budget (B)"), "Budget (B)");
}

TEST(SegmenterItems, ListEntriesSentencesAndNumbersAreNoHeadings) {
  EXPECT_FALSE(heading("1. at orientering og rundvisning tages til efterretning."));
  EXPECT_FALSE(heading("2. viceborgmester"));
  EXPECT_FALSE(heading("Sag 12/27845"));
  EXPECT_FALSE(heading("Punkt 3 i dagsordenen blev udsat."));
  EXPECT_FALSE(heading("Punktet blev udsat"));
  EXPECT_FALSE(heading("Sagsnr. 12/27845"));
  EXPECT_FALSE(heading("2024. Budget"));
}

TEST(SegmenterItems, NumberedListInsideAPunktItemIsNotAnItem) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Meddelelser\n\n00.01.10-P35-7-22\n\n1. Social revision "
      "2022\n\nTekst.\n\n"
      "2. Innovation Pilot projekt\n\nTekst.\n\nBeslutning\n\nTaget til efterretning\n\n"
      "Punkt 2: Handlingsplan\n\n24.00.00-G01-6-23\n\nBeslutning\n\nGodkendt\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Meddelelser", "2 Handlingsplan"}));
}

TEST(SegmenterItems, NumberedLayoutWithListsInsideItems) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr. 25-000112\nBeslutning\nGodkendt.\n\n"
      "2. Tilskud til foreninger\nSagsnr. 25-000431\nSagsfremstilling\nPrioritering:\n1. Børn og "
      "unge\n"
      "2. Ældre\n3. Kultur\nBeslutning\nGodkendt.\n\n3. Eventuelt\nSagsnr. "
      "25-000877\nBeslutning\nIntet.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden",
                                                   "2 Tilskud til foreninger", "3 Eventuelt"}));
}

TEST(SegmenterItems, AgendaListBeforeTheItemsIsNotTakenForItems) {
  const auto doc = segment_text(
      "Referat\n\nDagsorden:\nPunkt 1 Godkendelse af dagsorden\nPunkt 2 Budget 2026\n\n"
      "Punkt 1 Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
      "Punkt 2 Budget 2026\n\nSagsfremstilling\n\nTekst.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].sections.size(), 1u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
}

TEST(SegmenterItems, NumberedItemsCanBeSwitchedOff) {
  segment_options options;
  options.numbered_items = false;
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse\nSagsnr. 25-000112\nBeslutning\nGodkendt.\n", options);
  EXPECT_TRUE(doc.items.empty());
}

TEST(SegmenterItems, WrappedTitleStopsAtTheCaseNumber) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Godkendelse af lokalplan for et nyt boligområde "
      "ved\nSkovvej\n\nSagsnr.: 24/10233\n\n"
      "Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af lokalplan for et nyt boligområde ved Skovvej");
}

TEST(SegmenterItems, TitleAfterABlankLineOnlyWhenItCannotEndThere) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Forslag til takster for\n\nhjemmepleje "
      "2025\n\nBeslutning\n\nGodkendt.\n\n"
      "Punkt 2: Budget\n\nforvaltningen orienterede.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Forslag til takster for hjemmepleje 2025");
  EXPECT_EQ(doc.items[1].title, "Budget");
}

// Enter pressed inside a long heading in Word: each piece a paragraph. A
// piece going on in lowercase right above the item's case number or first
// section is the title's; a list's letter or a sentence is not.
TEST(SegmenterItems, ATitleGoesOnInLowercaseAboveItsCaseNumber) {
  const auto doc = segment_text(
      "Referat\n\nPkt. 3 Godkendelse af strategi med tilhørende\n\nhandleplan for indsatsen "
      "i skoler og\n\nfritidstilbud\n\nSagsnr.: 23/30411\n\nBeslutning\n\nGodkendt.\n\n"
      "Pkt. 4 Meddelelser\n\na) Orientering om budgetseminar\n\nBeslutning\n\n"
      "Taget til efterretning.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title,
            "Godkendelse af strategi med tilhørende handleplan for indsatsen i skoler og "
            "fritidstilbud");
  EXPECT_EQ(doc.items[1].title, "Meddelelser");
}

TEST(SegmenterItems, MaxTitleLinesCapsTheJoin) {
  const std::string text =
      "Referat\n\nPunkt 1: Første linje af titlen\nanden linje af titlen\ntredje "
      "linje\n\nBeslutning\n\nGodkendt.\n";
  segment_options options;
  options.max_title_lines = 2;
  EXPECT_EQ(segment_text(text, options).items[0].title,
            "Første linje af titlen anden linje af titlen");
  options.max_title_lines = 3;
  EXPECT_EQ(segment_text(text, options).items[0].title,
            "Første linje af titlen anden linje af titlen tredje linje");
}

TEST(SegmenterItems, TableOfContentsGivesTheFullTitle) {
  const auto doc = segment_text(
      "Referat\n\nIndholdsfortegnelse\n\nForslag til takster for hjemmepleje 2025.....\t2\n\n"
      "Punkt 1: Forslag til takster\n\nfor hjemmepleje 2025\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].title, "Forslag til takster for hjemmepleje 2025");
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(SegmenterItems, ClosedMarkersLeaveTheTitle) {
  const auto doc =
      segment_text("Referat\n\nPunkt 9: Lukket: LUKKET Meddelelser\n\n00.01.10-P35-7-22\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].title, "Meddelelser");
  EXPECT_TRUE(doc.items[0].closed);
}

TEST(SegmenterItems, NumberingGapIsAWarning) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: A-sag\n\nBeslutning\n\nGodkendt.\n\nPunkt 3: "
      "B-sag\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.warnings, (std::vector<std::string>{"segment: item numbers jump from 1 to 3"}));
}

TEST(SegmenterItems, OpenMarkerUnderTheTitleIsNoPartOfIt) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Godkendelse af dagsorden\nÅben sag\nSagsnr.: 24/1234\nBeslutning\n"
      "Godkendt.\n\nPunkt 2: Orientering om status på\nbyggeriet af ny skole\nÅbent punkt\n"
      "Beslutning\nTaget til efterretning.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Godkendelse af dagsorden",
                                      "2 Orientering om status på byggeriet af ny skole"}));
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_EQ(doc.items[1].sections.size(), 1u);
}

TEST(SegmenterItems, LineStartingWithADigitContinuesATitleThatCannotEnd) {
  const auto doc = segment_text(
      "Referat\n\n1. Budgetopfølgning pr.\n31. januar 2024\nSagsnr.: 24/100\nBeslutning\nGodkendt."
      "\n\n2. Lokalplan for Skovparken,\n2. etape\nSagsnr.: 24/101\nBeslutning\nGodkendt.\n\n"
      "3. Orientering\nSagsnr.: 24/102\nBeslutning\nForvaltningen orienterede om:\n1. Vej\n2. "
      "Sti\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Budgetopfølgning pr. 31. januar 2024",
                                      "2 Lokalplan for Skovparken, 2. etape", "3 Orientering"}));
}

TEST(SegmenterItems, WordBrokenAtTheLineEndLosesItsHyphen) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Lokalplan for et nyt erhvervs-\nområde og EU-\nmidler til Social-\nog "
      "Sundhedsudvalget\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n",
      segment_options{.max_title_lines = 4});
  EXPECT_EQ(titles(doc), (std::vector<std::string>{
                             "1 Lokalplan for et nyt erhvervsområde og EU-midler til Social- og "
                             "Sundhedsudvalget"}));
}

TEST(SegmenterItems, OneOrTwoNumberedItemsWithEvidence) {
  const auto doc = segment_text(
      "Referat af ekstraordinært møde i Byrådet\nDato: 20.06.2024\n\n1. Godkendelse af "
      "dagsorden\nSagsnr.: 24/9917\nBeslutning\nGodkendt.\n\n2. Kommunegaranti til "
      "varmeværket\nSagsnr.: 24/9120\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden",
                                                   "2 Kommunegaranti til varmeværket"}));
  EXPECT_TRUE(segment_text("Brev\n\n1. Indledning\nVi skriver om sagen.\n\n2. Afslutning\nTak.\n")
                  .items.empty());
}

TEST(SegmenterItems, MarkdownEscapedListMarker) {
  auto h = heading("### 3\\. Orientering om ventetid");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 3u);
  EXPECT_EQ(h->title, "Orientering om ventetid");
  EXPECT_FALSE(heading("1\\. at politikken godkendes"));
}

TEST(SegmenterItems, CaseNumberInParenthesesClosingTheTitle) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden (2024-0311256)\nBeslutning\nGodkendt.\n\n2. "
      "Kapacitetsplan 2025-2030 (2024-0198823)\nUdvalget skal tage stilling til planen.\n"
      "Problemstilling\nTekst.\n\n3. Budget (2024)\n\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].title, "Kapacitetsplan 2025-2030");
  EXPECT_EQ(doc.items[1].case_numbers, (std::vector<std::string>{"2024-0198823"}));
  EXPECT_EQ(doc.items[2].title, "Budget (2024)");
  EXPECT_TRUE(doc.items[2].case_numbers.empty());
  // With its label: "(sagsnr. 24/4512)".
  const auto labelled = segment_text(
      "Referat\n\nAd 3) Høring: Kvalitetsstandard for hjælpemidler (sagsnr. 24/4512)\n"
      "Beslutning\nGodkendt.\n");
  ASSERT_EQ(labelled.items.size(), 1u);
  EXPECT_EQ(labelled.items[0].title, "Høring: Kvalitetsstandard for hjælpemidler");
  EXPECT_EQ(labelled.items[0].case_numbers, (std::vector<std::string>{"24/4512"}));
}

TEST(SegmenterItems, PunktNumberFollowedByAComma) {
  auto h = heading("Punkt 2, Forslag om en ny letbanestrækning");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 2u);
  EXPECT_EQ(h->title, "Forslag om en ny letbanestrækning");
  EXPECT_FALSE(heading("Sag 12, som blev behandlet i marts"));
}

// Issue 17: heading forms seen on web pages of municipalities outside the corpus.

TEST(SegmenterItems, NrHeadingsWithADash) {
  for (const char* text : {"Nr.1 - Godkendelse af dagsorden", "Nr. 1 - Godkendelse af dagsorden",
                           "Nr. 1: Godkendelse af dagsorden", "NR. 1 – Godkendelse af dagsorden"}) {
    const auto h = heading(text);
    ASSERT_TRUE(h) << text;
    EXPECT_EQ(h->style, item_style::labelled) << text;
    EXPECT_EQ(h->number, 1u) << text;
    EXPECT_EQ(h->title, "Godkendelse af dagsorden") << text;
  }
  // Without a separator "Nr. 3" starts prose or a list.
  EXPECT_FALSE(heading("Nr. 3 blev godkendt"));
  EXPECT_FALSE(heading("Nr. 3 Godkendelse af dagsorden"));
}

TEST(SegmenterItems, NumberColonTitle) {
  for (const char* text : {"4 : Vejplan 2024", "4: Vejplan 2024"}) {
    const auto h = heading(text);
    ASSERT_TRUE(h) << text;
    EXPECT_EQ(h->style, item_style::numbered) << text;
    EXPECT_EQ(h->number, 4u) << text;
    EXPECT_EQ(h->title, "Vejplan 2024") << text;
  }
  EXPECT_FALSE(heading("16:00 Mødet begynder"));
  EXPECT_FALSE(heading("4 : at planen godkendes"));
}

TEST(SegmenterItems, NumberAndTitleApartByBlanks) {
  // After the matching text has made the no-break spaces plain.
  for (const char* text : {"1  Godkendelse af dagsorden", "1\tGodkendelse af dagsorden"}) {
    const auto h = heading(text);
    ASSERT_TRUE(h) << text;
    EXPECT_EQ(h->number, 1u) << text;
    EXPECT_EQ(h->title, "Godkendelse af dagsorden") << text;
  }
  EXPECT_FALSE(heading("1 Godkendelse af dagsorden"));
  EXPECT_FALSE(heading("12  mio. kr. i alt"));
}

TEST(SegmenterItems, NoBreakSpacesAroundTheNumber) {
  const std::string nb = "\u00a0";
  const auto doc =
      segment_text("Referat\n\n" + nb + "1" + nb + nb +
                   "Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n\n" + nb + "2" +
                   nb + nb + "Vejplan 2024\nSagsnr.: 24/2\nBeslutning\n" + "Godkendt.\n\n" + nb +
                   "3" + nb + nb + "Eventuelt\nSagsnr.: 24/3\nBeslutning\nIntet.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Vejplan 2024",
                                                   "3 Eventuelt"}));
}

TEST(SegmenterItems, BudgetTableRowsWithBlanksAreNoItems) {
  const auto doc = segment_text(
      "Referat\n\n1. Budget 2025\nSagsnr.: 24/1\nSagsfremstilling\nFordeling:\n"
      "1   Løn og personale   2.300\n2   Bygninger   1.100\n3   Materiel   400\n"
      "4   Øvrige udgifter   150\nBeslutning\nGodkendt.\n\n2. Eventuelt\nSagsnr.: 24/2\n"
      "Beslutning\nIntet.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Budget 2025", "2 Eventuelt"}));
}

TEST(SegmenterItems, NumberDotTitleWithoutABlank) {
  const auto h = heading("3.Orientering om budget (B)");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->style, item_style::numbered);
  EXPECT_EQ(h->number, 3u);
  EXPECT_EQ(h->title, "Orientering om budget (B)");
  // A date, an amount, a section number: no headings.
  EXPECT_FALSE(heading("3.maj blev planen vedtaget"));
  EXPECT_FALSE(heading("1.500 boliger i alt"));
  EXPECT_FALSE(heading("2.1 Baggrund"));
  EXPECT_FALSE(heading("4.2.Økonomi"));
}

TEST(SegmenterItems, TwoLevelNumbersAreCandidates) {
  auto h = heading("3.2 Status på klimaplanen");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->style, item_style::numbered);
  EXPECT_EQ(h->number, 3u);
  EXPECT_EQ(h->minor, 2u);
  EXPECT_EQ(h->label(), "3.2");
  EXPECT_EQ(h->title, "Status på klimaplanen");
  h = heading("1.1. ANBEFALES Rapporteringsnotat");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->label(), "1.1");
  EXPECT_EQ(h->title, "ANBEFALES Rapporteringsnotat");
  // A numbered section, an amount, a time with prose: no candidates.
  EXPECT_FALSE(heading("2.1 Sagsfremstilling"));
  EXPECT_FALSE(heading("3.5 mio. kr. er afsat"));
  EXPECT_FALSE(heading("1.1"));
}

TEST(SegmenterItems, TwoLevelItemsUnderGroupHeadings) {
  // "1. Sager til beslutning" heads a group; its items are "1.1", "1.2".
  // The group headings belong to no item, and the numbered list inside
  // item 1.2 is no item.
  const auto doc = segment_text(
      "Referat\n\n1. Sager til beslutning\n\n1.1 Godkendelse af dagsorden\nSagsnr.: 25/1\n"
      "Beslutning\nGodkendt.\n\n1.2 Budget 2026\nSagsnr.: 25/2\nIndstilling\n"
      "1. Driftsbudget.\n2. Anlægsbudget.\nBeslutning\nAnbefales.\n\n"
      "2. Sager til orientering\n\n2.1 Regnskab\nSagsnr.: 25/3\nBeslutning\n"
      "Taget til efterretning.\n\n3. Lukkede sager\n\n3.1 Lukket punkt: Køb af ejendom\n"
      "Sagsnr.: 25/4\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1.1 Godkendelse af dagsorden", "1.2 Budget 2026",
                                      "2.1 Regnskab", "3.1 Køb af ejendom"}));
  EXPECT_TRUE(doc.items[3].closed);
  // Item 1.2 ends before "2. Sager til orientering".
  const std::string_view body(doc.text.data() + doc.items[1].start,
                              doc.items[1].end - doc.items[1].start);
  EXPECT_EQ(body.find("Sager til orientering"), std::string_view::npos);
  EXPECT_EQ(doc.warnings, std::vector<std::string>{});
}

TEST(SegmenterItems, NumberedSectionsInsideItemsAreNoItems) {
  // "1. Title" items whose sections are numbered "1.1", "1.2" and whose
  // attachments are listed "1.1 ANBEFALES ...": the items are 1 and 2.
  const auto doc = segment_text(
      "Referat\n\n1. Budget 2026\nSagsnr.: 25/1\n1.1 Sagsfremstilling\nTekst.\n"
      "1.2 Indstilling\nAt budgettet godkendes.\nBilag\n1.1 ANBEFALES Budgetnotat\n"
      "1.2 ANBEFALES Takstblad\nBeslutning\nGodkendt.\n\n2. Eventuelt\nSagsnr.: 25/2\n"
      "2.1 Sagsfremstilling\nIntet.\nBeslutning\nIntet.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Budget 2026", "2 Eventuelt"}));
}

TEST(SegmenterItems, NumberedFormsMakeTheirOwnChains) {
  // "N. Title" items with "N : Title" rows in a list: the forms do not mix.
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n\n"
      "2. Lokalplan 12\nSagsnr.: 24/2\nSagsfremstilling\nHøringssvar:\n1 : Grundejerforeningen\n"
      "2 : Naturfredningsforeningen\n3 : Museet\nBeslutning\nGodkendt.\n\n"
      "3. Eventuelt\nSagsnr.: 24/3\nBeslutning\nIntet.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Lokalplan 12",
                                                   "3 Eventuelt"}));
}

TEST(SegmenterItems, TitleAboveASagNrLine) {
  const auto doc = segment_text(
      "Referat\nDato: 4. marts 2024\n\nGodkendelse af dagsorden\nSag nr. 1\nSagsnr.: 24/1\n"
      "Beslutning\nGodkendt.\n\nLokalplan for et nyt boligområde\nved Skovvej\nSag nr. 2\n"
      "Sagsnr.: 24/2\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Godkendelse af dagsorden",
                                      "2 Lokalplan for et nyt boligområde ved Skovvej"}));
  // The item starts at its title; the header keeps only its own lines.
  EXPECT_EQ(doc.text.substr(doc.items[1].start, 11), "Lokalplan f");
  EXPECT_EQ(doc.items[0].end, doc.items[1].start);
  EXPECT_EQ(doc.meeting.title, "Referat");
}

// Word writes every paragraph apart: its text reader gives "Title", a blank
// line, "Sag nr. 1". The title still stands above.
TEST(SegmenterItems, TitleAboveASagNrLineAsWordParagraphs) {
  const auto doc = segment_text(
      "Referat\n\nDato: 4. marts 2024\n\nGodkendelse af dagsorden\n\nSag nr. 1\n\nSagsnr.: 24/1\n\n"
      "Beslutning\n\nGodkendt.\n\nLokalplan for et nyt boligområde ved Skovvej\n\nSag nr. 2\n\n"
      "Sagsnr.: 24/2\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Godkendelse af dagsorden",
                                      "2 Lokalplan for et nyt boligområde ved Skovvej"}));
  EXPECT_EQ(doc.text.substr(doc.items[1].start, 11), "Lokalplan f");
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
}

TEST(SegmenterItems, TitleBelowALoneSagNrLineStaysBelow) {
  const auto doc = segment_text(
      "Referat\n\nSag nr. 1\nGodkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n\n"
      "Sag nr. 2\nVejplan 2024\nSagsnr.: 24/2\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Vejplan 2024"}));
}

TEST(SegmenterItems, LineAboveALoneSagNrStaysWithThePreviousItemWhenATitleFollows) {
  // Both lines could be the title: no heading of the document has its
  // title only above, so the title is below and "Notat om trafik" an attachment.
  const auto doc = segment_text(
      "Referat\n\nSag nr. 1\nGodkendelse af dagsorden\nSagsnr.: 24/1\nBilag\nNotat om trafik\n"
      "Sag nr. 2\nVejplan 2024\nSagsnr.: 24/2\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Vejplan 2024"}));
  EXPECT_EQ(doc.items[0].attachments, std::vector<std::string>{"Notat om trafik"});
}

TEST(SegmenterItems, HeadingGluedToThePreviousSentence) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\n"
      "Dagsordenen godkendes.2. Vejplan 2024\nSagsnr.: 24/2\nBeslutning\n"
      "Planen godkendes.3. Orientering om budget\nSagsnr.: 24/3\nBeslutning\n"
      "Taget til efterretning.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Vejplan 2024",
                                                   "3 Orientering om budget"}));
  EXPECT_EQ(doc.items[0].decision, "Dagsordenen godkendes.");
  EXPECT_EQ(doc.text.substr(doc.items[1].start, 9), "2. Vejpla");
  EXPECT_EQ(doc.items[1].case_numbers, (std::vector<std::string>{"24/2"}));
}

TEST(SegmenterItems, NumberInProseIsNoGluedHeading) {
  // Not the next number, or no evidence after it: the sentence stays whole.
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\n"
      "Godkendt, jf. stk.3. Planen følger.\n\n2. Vejplan\nSagsnr.: 24/2\nBeslutning\n"
      "Se pkt.2. Den nye plan gælder fra 1. maj.\nGodkendt.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Vejplan"}));
  EXPECT_EQ(doc.items[1].decision, "Se pkt.2. Den nye plan gælder fra 1. maj.\nGodkendt.");
}

TEST(SegmenterItems, GluedHeadingNeedsEvidenceAfterIt) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\n"
      "Forvaltningen orienterede.2. Kvartal viste et mindreforbrug.\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
}

TEST(SegmenterItems, GluedHeadingNeedsItsEvidenceRightUnderIt) {
  // "3. Kvartal viste" wraps a paragraph; the section heading comes lines later.
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n\n"
      "2. Klimaplan\nSagsnr.: 24/2\nSagsfremstilling\nUdledningen faldt, jf. afsnit 2. 3. Kvartal "
      "viste\ndet største fald.\n\nBeslutning\nTaget til efterretning.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Klimaplan"}));
}

TEST(SegmenterItems, GluedHeadingIsNoSentence) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n\n"
      "2. Klimaplan\nSagsnr.: 24/2\nSagsfremstilling\nSe stk.3. Tallene findes i bilaget.\n\n"
      "Beslutning\nTaget til efterretning.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Klimaplan"}));
}

TEST(SegmenterItems, ListInAnotherNumberedFormDoesNotContinueTheChain) {
  // Earlier cases listed "3. ..." with their case numbers inside item 2 of a
  // "N : Title" document: in one mixed chain they would be items 3 to 5.
  const auto doc = segment_text(
      "Referat\n\n1 : Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n\n"
      "2 : Lokalplan 14\nSagsnr.: 24/2\nSagsforløb\n3. Lokalplan 11\nSagsnr.: 21/100\n"
      "4. Lokalplan 12\nSagsnr.: 22/101\n5. Lokalplan 13\nSagsnr.: 23/102\nBeslutning\n"
      "Godkendt.\n\n3 : Vintertjeneste\nSagsnr.: 24/3\nBeslutning\nGodkendt.\n\n"
      "4 : Eventuelt\nSagsnr.: 24/4\nBeslutning\nIntet.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Lokalplan 14",
                                                   "3 Vintertjeneste", "4 Eventuelt"}));
}

// "1 (Åben) Title", "3 (Lukket) Title": the marker says open or closed and
// is no part of the title.
TEST(SegmenterItems, NumberThenAnOpenOrClosedMarker) {
  const auto doc = segment_text(
      "Referat\n\n1 (Åben) Godkendelse af dagsorden\nSags ID: EMN-2023-01234\n\nBeslutning\n"
      "Godkendt.\n\n2 (Lukket) Salg af grund\nSags ID: EMN-2023-03456\n\nBeslutning\n"
      "Godkendt.\n\n3 (Åbent punkt) Orientering\nSags ID: EMN-2023-00111\n\nBeslutning\n"
      "Taget til efterretning.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Salg af grund",
                                                   "3 Orientering"}));
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_FALSE(doc.items[2].closed);
  // After a label, with a colon or dash after the marker.
  const auto labelled = segment_text(
      "Referat\n\nPunkt 1 (Åben): Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
      "Punkt 2 (Lukket) - Salg af grund\n\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(labelled),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Salg af grund"}));
  ASSERT_EQ(labelled.items.size(), 2u);
  EXPECT_TRUE(labelled.items[1].closed);
}

// An HTML reader gives "<h2>1&nbsp;&nbsp;Title</h2>" as "## 1 Title": in a
// heading a number and one blank before a capital head an item; in running
// text ("1 Musik 310.000 kr.") they do not.
TEST(SegmenterItems, NumberAndOneBlankInAHeadingLine) {
  const auto doc = segment_text(
      "# Referat\n\n## 1 Godkendelse af dagsorden\n\nSagsnr.: 24/1\n\n### Beslutning\n\n"
      "Godkendt.\n\n## 2 Tilskud til kultur\n\nSagsnr.: 24/2\n\n### Sagsfremstilling\n\n"
      "1 Musik 310.000 kr.\n2 Teater 220.000 kr.\n\n### Beslutning\n\nGodkendt.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Tilskud til kultur"}));
}

// Word's "1<tab>Title" in a PDF, the tab come out as one blank: in running
// text a number and one blank before a capital head an item when the
// item's case number stands right under it; a count does not ("1 Musik
// 310.000 kr." over "2 Teater ...", or over a blank line and a case number).
TEST(SegmenterItems, NumberAndOneBlankOverItsCaseNumber) {
  const auto doc = segment_text(
      "Referat\nKultur- og Fritidsudvalget\nDato: 22. august 2024\n\n"
      "1 Godkendelse af dagsorden\nSagsnr.: 24/18233\n\nBeslutning\nGodkendt.\n\n"
      "2 Tilskud til kultur\nSagsnr.: 24/14120\n\nSagsfremstilling\n"
      "1 Musik 310.000 kr.\n2 Teater 220.000 kr.\n\nBeslutning\nGodkendt.\n\n"
      "3 Åbningstider i svømmehallen\n24-15002\n\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Tilskud til kultur",
                                      "3 Åbningstider i svømmehallen"}));
  const auto counts = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1\n\nBeslutning\nGodkendt.\n\n"
      "2. Tilskud\nSagsnr.: 24/2\n\nSagsfremstilling\n1 Musik 310.000 kr.\n\n"
      "Sagsnr.: 24/3\n\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(counts), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Tilskud"}));
  // A heading that is a paragraph of its own (a blank line above it) over
  // a blank line and its case number or first section, as pdfminer and the
  // pdf stage give a Word document's paragraphs.
  const auto paragraphs = segment_text(
      "Referat\n\nØkonomiudvalget\n\n01 Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
      "02 Budget 2026\n\nSagsnr.: 24/1234\n\nBeslutning\nOversendt.\n\n03 Trafikplan\n\n"
      "Beslutning\nGodkendt.\n");
  EXPECT_EQ(titles(paragraphs), (std::vector<std::string>{"1 Godkendelse af dagsorden",
                                                          "2 Budget 2026", "3 Trafikplan"}));
}

// "## 9. Underskriftsark": a signature sheet with nothing under it, at the
// markdown level of every item heading, is an item, not a list entry.
TEST(SegmenterItems, AHeadingAtTheItemsLevelNeedsNoEvidence) {
  const auto doc = segment_text(
      "# Referat\n\n## 1. Meddelelser\n\n### Beslutning\n\nTaget til efterretning.\n\n"
      "## 2. Budget\n\n### Beslutning\n\nGodkendt.\n\n## 3. Underskriftsark\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Meddelelser", "2 Budget", "3 Underskriftsark"}));
  // A numbered list in running text still is no item.
  const auto lists = segment_text(
      "# Referat\n\n## 1. Meddelelser\n\n### Beslutning\n\n1. Trafik\n2. Skoler\n\n"
      "## 2. Budget\n\n### Beslutning\n\nGodkendt.\n");
  EXPECT_EQ(titles(lists), (std::vector<std::string>{"1 Meddelelser", "2 Budget"}));
}

// A colon between the label and the number: "Punkt: 1 Title", "Sag: 2 Title";
// "Sag: 24/1234" is a case number.
TEST(SegmenterItems, AColonBetweenTheLabelAndTheNumber) {
  const auto doc = segment_text(
      "Referat\n\nSag: 1 Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\nGodkendt.\n\n"
      "Sag: 2 Vejplan 2024\nSag: 24/1234\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Vejplan 2024"}));
  const auto punkt = segment_text(
      "Referat\n\nPunkt: 1 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
      "Punkt: 2 Vejplan 2024\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(punkt),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Vejplan 2024"}));
}

// Minutes that answer the agenda point by point: "Ad 1. Title".
TEST(SegmenterItems, AdBeforeTheNumber) {
  const auto doc = segment_text(
      "Referat\n\nÆldrerådet\n\nAd 1. Godkendelse af dagsorden\nGodkendt.\n\n"
      "Ad pkt. 2: Høring om kvalitetsstandard\nRådet anbefaler standarden.\n\n"
      "Ad punkt 3 Eventuelt\nIntet.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Høring om kvalitetsstandard",
                                      "3 Eventuelt"}));
  // "ad 2 omgange" in a sentence is no heading.
  EXPECT_TRUE(segment_text("Referat\n\nad 2 omgange blev sagen drøftet.\n").items.empty());
}

// Copenhagen repeats each item's heading inside its decision
// ("Dagsordenspunkt 1: Godkendelse af dagsorden"): a labelled line saying
// again what a numbered heading above it said is no item of its own.
TEST(SegmenterItems, AHeadingRepeatedInsideTheDecisionIsNoItem) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\nSagsfremstilling\n\n.....\n\nBeslutning\n\n"
      "Dagsordenspunkt 1: Godkendelse af dagsorden\n\nDeltagerne var:\n\n1. Lars Weiss (A)\n\n"
      "2. Jakob Næsager (C)\n\nGodkendt.\n\n2. Regnskab 2019\n\nSagsfremstilling\n\nTal.\n\n"
      "Beslutning\n\nDagsordenspunkt 2: Regnskab 2019\n\nAnbefalet.\n\n3. Meddelelser\n\n"
      "Beslutning\n\nDagsordenspunkt 3: Meddelelser\n\nIntet.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Regnskab 2019",
                                                   "3 Meddelelser"}));
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].decision, "Dagsordenspunkt 2: Regnskab 2019\n\nAnbefalet.");
}

// Items added to the agenda after item N are numbered Na, Nb ("12a",
// "Punkt 2 a:"); a lettered line without evidence under it is text.
TEST(SegmenterItems, ItemsNumberedWithALetter) {
  const auto doc = segment_text(
      "Referat\n\nIndholdsfortegnelse\n1. Dagsorden ..... 2\n2. Vejplan ..... 2\n"
      "2a. Tillæg til vejplan ..... 3\n2b. Cykelparkering ..... 3\n3. Meddelelser ..... 3\n\n"
      "1. Dagsorden\nBeslutning\nGodkendt.\n\n2. Vejplan\nSagsfremstilling\nSe punkterne:\n"
      "2a. Stier langs åen\n2b. Cykelstier\nDet koster 2 mio. kr.\nBeslutning\nAnbefales.\n\n2a. "
      "Tillæg til "
      "vejplan\nBeslutning\n"
      "Anbefales.\n\n2b. Cykelparkering\nSagsnr.: 24/1234\n\n3. Meddelelser\nBeslutning\nIntet.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Dagsorden", "2 Vejplan", "2a Tillæg til vejplan",
                                      "2b Cykelparkering", "3 Meddelelser"}));
  EXPECT_TRUE(doc.warnings.empty()) << doc.warnings.front();
  const auto labelled = segment_text(
      "Referat\n\nPunkt 1: Dagsorden\nBeslutning\nGodkendt.\n\nPunkt 2: Vejplan\nBeslutning\n"
      "Anbefales.\n\nPunkt 2 A: Tillæg\nBeslutning\nAnbefales.\n\nPunkt 3: Anlægsbudget\n"
      "Beslutning\nIntet.\n");
  EXPECT_EQ(titles(labelled),
            (std::vector<std::string>{"1 Dagsorden", "2 Vejplan", "2a Tillæg", "3 Anlægsbudget"}));
  // "7.a Title" with the letter after a full stop.
  const auto dotted = segment_text(
      "Referat\n\n7. Ansøgninger\nSagsnr.: 25/01100\n\nIndstilling:\nBehandles under 7.a og "
      "7.b.\n\n7.a Ansøgning fra FDF\nSagsnr.: 25/01102\n\nIndstilling:\nBevilges.\n\n7.b "
      "Ansøgning fra Skakklubben\nSagsnr.: 25/01140\n\nIndstilling:\nBevilges.\n\n8. "
      "Meddelelser\nSagsnr.: 25/00215\n");
  EXPECT_EQ(titles(dotted),
            (std::vector<std::string>{"7 Ansøgninger", "7a Ansøgning fra FDF",
                                      "7b Ansøgning fra Skakklubben", "8 Meddelelser"}));
  // An item added after a closed one is no closed item for that: the
  // closed status before "2" is that heading's alone.
  const auto after_closed = segment_text(
      "Referat\n\n1 Godkendelse af dagsorden\n\nSagsnr.: 24/1001\n\nBeslutning\n\nGodkendt.\n\n"
      "Lukket 2 Køb af ejendom\n\nSagsnr.: 24/1002\n\nBeslutning\n\nGodkendt.\n\n2a. Tillæg om "
      "vejplan\n\nSagsnr.: 24/1005\n\nBeslutning\n\nGodkendt.\n\n3 Eventuelt\n\nSagsnr.: "
      "24/1003\n\nBeslutning\n\nIntet.\n");
  ASSERT_EQ(titles(after_closed),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Køb af ejendom",
                                      "2a Tillæg om vejplan", "3 Eventuelt"}));
  EXPECT_TRUE(after_closed.items[1].closed);
  EXPECT_FALSE(after_closed.items[2].closed);
}

// The label word of "Punkt 2 A: Tillæg", the blanks after it and the number
// right there: insert_suffixed_items reads the word and its blanks, not the
// line, before its pattern (a word of up to seven bytes; blanks: RE2's \s).
TEST(SegmenterItems, ItemsNumberedWithALetterAfterEveryLabelWord) {
  const auto titles_with = [](std::string_view added) {
    return titles(segment_text(
        "Referat\n\nPunkt 1: Dagsorden\nBeslutning\nGodkendt.\n\nPunkt 2: Vejplan\nBeslutning\n"
        "Anbefales.\n\n" +
        std::string(added) +
        "\nBeslutning\nAnbefales.\n\nPunkt 3: Anlægsbudget\nBeslutning\nIntet.\n"));
  };
  const std::vector<std::string> with_2a{"1 Dagsorden", "2 Vejplan", "2a Tillæg", "3 Anlægsbudget"};
  EXPECT_EQ(titles_with("Punkt 2 A: Tillæg"), with_2a);
  EXPECT_EQ(titles_with("PUNKT 2a: Tillæg"), with_2a);
  EXPECT_EQ(titles_with("Punkt   2 A: Tillæg"), with_2a);  // blanks after the word
  EXPECT_EQ(titles_with("Punkt\t2 A: Tillæg"), with_2a);
  EXPECT_EQ(titles_with("Pkt. 2 A: Tillæg"), with_2a);
  EXPECT_EQ(titles_with("pkt 2a Tillæg"), with_2a);
  EXPECT_EQ(titles_with("Sag 2 A - Tillæg"), with_2a);
  EXPECT_EQ(titles_with("**Punkt 2 A:** Tillæg"), with_2a);
  // No blank after the word, or a sentence: text.
  const std::vector<std::string> without{"1 Dagsorden", "2 Vejplan", "3 Anlægsbudget"};
  EXPECT_EQ(titles_with("Punkt2 A: Tillæg"), without);
  EXPECT_EQ(titles_with("Sagen 2 A: Tillæg"), without);
  EXPECT_EQ(titles_with("Punktet 2 A: Tillæg"), without);
}

// "Tillægsdagsorden" between items belongs to no item and leaves the part
// open or closed as it was.
TEST(SegmenterItems, SupplementaryAgendaDivider) {
  const auto doc = segment_text(
      "Referat\n\n1. Dagsorden\nBeslutning\nGodkendt.\n\nTillægsdagsorden\n\n2. Vejplan\n"
      "Beslutning\nAnbefales.\n\nLUKKET MØDE\n\n3. Salg\nBeslutning\nGodkendt.\n\n"
      "Tillægsdagsorden\n\n4. Køb\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
  EXPECT_EQ(doc.items[2].decision, "Godkendt.");
  EXPECT_TRUE(doc.items[3].closed);
}

// The pdf reader gives a table's column gap as a tab: "1 Åbent<tab>Title".
TEST(SegmenterItems, OpenOrClosedColumnAfterTheNumber) {
  EXPECT_EQ(heading("1 Åbent\tKommuneplan 2013")->number, 1u);
  EXPECT_FALSE(heading("1 Åbent vej til skolen"));
  const auto doc = segment_text(
      "Referat\n\n1 Åbent\tBudget\n\n038211-2014\n\nBeslutning\nAnbefales.\n\n"
      "2 Lukket\tSalg af ejendom\n\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Budget", "2 Salg af ejendom"}));
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"038211-2014"}));
}

// A web page links attachments right under an item's heading: a file name
// is no part of the title.
TEST(SegmenterItems, AFileNameUnderTheHeadingIsNoTitle) {
  const auto doc = segment_text(
      "Referat\n\n## 1. Spildevandsplan - Godkendelse\nforslag_tillaeg_1.pdf\n### Beslutning\n"
      "Anbefales.\n\n## 2. Budget\nBilag_2.DOCX\n### Beslutning\nGodkendt.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Spildevandsplan - Godkendelse", "2 Budget"}));
}

// A web page's items as a list ("• 423. Title"), saved as text or read by
// the html reader ("- 423. Title"); "Ad 1." alone and "Ad 2. Anbefales."
// answer a recommendation's points inside a decision.
TEST(SegmenterItems, BulletedItemsAndAnswersToPoints) {
  EXPECT_EQ(heading("\u2022 423. Dagsorden - Godkendelse")->number, 423u);
  EXPECT_EQ(heading("- 7. Meddelelser")->title, "Meddelelser");
  EXPECT_FALSE(heading("- 1. at planen godkendes"));
  EXPECT_FALSE(heading("\u2022 Budget 2024"));
  EXPECT_FALSE(heading("Ad 1."));
  EXPECT_FALSE(heading("Ad 2. Anbefales."));
  const auto doc = segment_text(
      "Referat\n\n  \u2022 423. Dagsorden - Godkendelse\n\n    Beslutning\n\n    Godkendt.\n\n"
      "  \u2022 424. Spildevandsplan\n\n    Indstilling\n\n    1. godkende planen\n\n"
      "    2. bemyndige forvaltningen\n\n    Beslutning\n\n    Ad 1.\n\n    Anbefales.\n\n"
      "    Ad 2.\n\n    Anbefales.\n\n  \u2022 425. Meddelelser\n\n    Beslutning\n\n"
      "    Intet.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"423 Dagsorden - Godkendelse",
                                                   "424 Spildevandsplan", "425 Meddelelser"}));
}

// NemAgenda pages (Randers): each group of items under column heads
// "Punkt Titel", the number and title after one blank, the closed group last.
TEST(SegmenterItemHeadings, ItemsUnderColumnHeads) {
  EXPECT_TRUE(is_item_column_row("Punkt Titel"));
  EXPECT_TRUE(is_item_column_row("| Nr. | Titel | Sagsnr. |"));  // a Word table over an item
  EXPECT_TRUE(is_item_column_row("Nr. Emne"));
  EXPECT_FALSE(is_item_column_row("Pkt. Tekst Side"));  // a table of contents
  EXPECT_FALSE(is_item_column_row("Punkt 3"));
  // The heads in any case, and no word that only starts as one.
  EXPECT_TRUE(is_item_column_row("PUNKT TITEL"));
  EXPECT_TRUE(is_item_column_row("Sag\tOverskrift"));
  EXPECT_TRUE(is_item_column_row("nR. eMNE"));
  EXPECT_FALSE(is_item_column_row("Punkter Titel"));
  EXPECT_FALSE(is_item_column_row("Punkt Titler"));
  EXPECT_FALSE(is_item_column_row("PKT. TEKST SIDE"));
  const auto doc = testing::segment_text(
      "Mødedeltagere\n\nAnne Hansen, Bo Jensen\n\nMøde lokation\n\nDet gamle Rådhus\n\n"
      "SAGER FRA ADMINISTRATIONEN\nPunkt Titel\n153 Indkaldelse af stedfortræder\nResume\n\n"
      "Tekst.\n\nBeslutning\n\nGodkendt.\n\nØKONOMIUDVALGETS SAGER\nPunkt Titel\n"
      "154 Budgetopfølgning\nResume\n\nTekst.\n\nBeslutning\n\nTaget til efterretning.\n\n"
      "LUKKEDE SAGER\nPunkt Titel\n155 Salg af areal\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.location, "Det gamle Rådhus");
  EXPECT_EQ(doc.meeting.committee, "");  // "ØKONOMIUDVALGETS SAGER" is a group of items
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].number, "153");
  EXPECT_EQ(doc.items[0].title, "Indkaldelse af stedfortræder");
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
}

// Sbsys previews (Mariagerfjord) print each item's KLE number over its
// heading: the number starts the item below, not the decision above; the
// signature page after the last item is no item's text.
TEST(SegmenterItemHeadings, CaseNumbersOverTheHeadings) {
  const auto doc = testing::segment_text(
      "Sbsys dagsorden preview\n\nReferat til mødet i Økonomiudvalget den 2. marts 2021\n\n"
      "Åbne dagsordenspunkter\n\n85.02.02-G01-1-17\n\n33. Godkendelse af dagsorden\n\n"
      "Beslutning\n\nGodkendt.\n\n04.04.00-P20-6-17\n\n34. Anlægsprojekt\n\nBeslutning\n\n"
      "Anbefales.\n\nLukkede dagsordenspunkter\n\n03.02.00-G01-2-20\n\n35. Salg af areal\n\n"
      "Beslutning\n\nGodkendt.\n\nUnderskriftsside\n\nOle Bruun (A)\n\nMette Lund (Ø)\n");
  EXPECT_EQ(doc.meeting.title, "Referat til mødet i Økonomiudvalget den 2. marts 2021");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"85.02.02-G01-1-17"});
  EXPECT_EQ(doc.items[1].case_numbers, std::vector<std::string>{"04.04.00-P20-6-17"});
  EXPECT_EQ(doc.items[2].case_numbers, std::vector<std::string>{"03.02.00-G01-2-20"});
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].decision, "Anbefales.");
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
  EXPECT_EQ(doc.items[2].decision, "Godkendt.");  // no signatures
  EXPECT_EQ(doc.text.substr(doc.items[2].end, 16), "Underskriftsside");
}

// pdftotext of a PDF with the KLE number over a lone "1." and the title
// under it: each number is its item's (they had been the item above's,
// a closed item's in an open item's decision).
TEST(SegmenterItemHeadings, CaseNumbersOverLoneNumbers) {
  const auto doc = testing::segment_text(
      "Referat\nSocial- og Sundhedsudvalget\n\n00.01.00-A00-1-05\n1.\nGodkendelse af "
      "dagsorden\nBeslutning\nGodkendt.\n27.12.04-S30-2-04\n2.\nTakster for madservice\n"
      "Beslutning\nGodkendt.\n81.02.00-G01-3-04\n3.\nPersonalesag\nLukket punkt\nBeslutning\n"
      "Imødekommet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"00.01.00-A00-1-05"});
  EXPECT_EQ(doc.items[1].case_numbers, std::vector<std::string>{"27.12.04-S30-2-04"});
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  EXPECT_EQ(doc.items[2].case_numbers, std::vector<std::string>{"81.02.00-G01-3-04"});
  EXPECT_TRUE(doc.items[2].closed);
}

// A region's print page of one item: the case number over its heading
// stands in the header, where no item before could end with it; the place
// under the date names a house ("Regionshuset").
TEST(SegmenterItemHeadings, ACaseNumberOverThePagesOneItem) {
  const auto doc = testing::segment_text(
      "Referat\ntil\nmødet i Hospitalsudvalget\nden 11. juni 2019 kl. 14:00\ni C2, parterre, "
      "Regionshuset Viborg\n\nSagnr.: 1-21-78-2-18\n\n1. Aarhus Universitetshospitals "
      "økonomi\n\nBeslutning\n\nTaget til efterretning.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"1-21-78-2-18"});
  EXPECT_EQ(doc.meeting.location, "C2, parterre, Regionshuset Viborg");
  // "huset" ends a compound, never a sentence's own word.
  for (const char* line : {"Husets regler blev gennemgået", "Mødet blev holdt i huset hos Bo"}) {
    EXPECT_EQ(
        testing::segment_text("Referat\nmødet i Hospitalsudvalget\nden 11. juni 2019 kl. "
                              "14:00\n" +
                              std::string(line) + "\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n")
            .meeting.location,
        "")
        << line;
  }
}

// A waterworks' minutes typed without full stops or blank lines: "1 Title"
// over its outcome; in running text a number before a capital is a count, so
// a run of three in order is needed.
TEST(SegmenterItemHeadings, PlainNumberedTitlesInARunOfThree) {
  const std::string head =
      "Referat af bestyrelsesmøde den 22. november 2018 kl. 19.00\nTil stede: Niels Olsson\n";
  const auto doc =
      testing::segment_text(head +
                            "1 Godkendelse af dagsorden\nGodkendt\n2 Meddelelser fra "
                            "formanden\nRegistreringer er klar.\n3 Eventuelt\nIntet\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[0].decision, "Godkendt");
  EXPECT_EQ(doc.items[2].title, "Eventuelt");
  EXPECT_EQ(doc.items[2].decision, "Intet");
  // Two are no run; nor are counts in sentences.
  EXPECT_TRUE(
      testing::segment_text(head + "1 Godkendelse af dagsorden\nGodkendt\n2 Eventuelt\nIntet\n")
          .items.empty());
  EXPECT_TRUE(testing::segment_text(head + "1 Medlem var syg.\n2 Medlemmer kom.\n3 Gæster kom.\n")
                  .items.empty());
}

// A board's minutes: most items hold a paragraph only; one shows a case
// number and sections. The items without evidence fill the numbering around
// it; a list inside an item (starting again at 1) does not, nor a numbered
// line with nothing under it.
TEST(SegmenterItemHeadings, ItemsWithAParagraphOnlyFillTheNumbering) {
  const auto doc = testing::segment_text(
      "Referat fra møde i Folkeoplysningsudvalget\nDato: 03.05.22\n\n1. Godkendelse af "
      "dagsorden\nGodkendt.\n\n2. Meddelelser\nFormanden orienterede.\n\n3. Ansøgning om "
      "tilskud\nSagsnr.: 22/10432\nSagsfremstilling\nForeningen søger til:\n\n1. Lokaler\n"
      "2. Udstyr\n\nBeslutning\nBevilget.\n\n4. Eventuelt\nIntet.\n\n5. Næste møde\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Meddelelser",
                                                   "3 Ansøgning om tilskud", "4 Eventuelt"}));
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(doc.items[2].case_numbers, std::vector<std::string>{"22/10432"});
  EXPECT_NE(doc.items[2].sections[0].text.find("1. Lokaler"), std::string::npos);
  // A sub-item under an item without evidence: the item fills the numbering.
  const auto sub = testing::segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Meddelelser\n2.1 Nyt fra "
      "formanden\nFormanden orienterede.\n\n3. Ansøgning om tilskud\nSagsnr.: 22/10432\n"
      "Beslutning\nBevilget.\n\n4. Eventuelt\nIntet.\n");
  EXPECT_EQ(titles(sub), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Meddelelser",
                                                   "3 Ansøgning om tilskud", "4 Eventuelt"}));
}

// A lone number over a title that begins with a section's label and a colon
// ("Høring: Forslag til ..."): the title, not the item's first section; a
// label over a sentence ("Beslutning: Godkendt.") stays a section.
TEST(SegmenterItemHeadings, ALoneNumberOverALabelledTitle) {
  const auto doc = testing::segment_text(
      "Referat\n\nØkonomiudvalget\n\n18\nHøring: Forslag til Kommuneplan 2023-2035\n"
      "Sagsnr.: 22/12765\nBeslutning\nTaget til efterretning.\n\n19\nØkonomi - "
      "budgetopfølgning\nSagsnr.: 23/1102\nBeslutning: Godkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].number, "18");
  EXPECT_EQ(doc.items[0].title, "Høring: Forslag til Kommuneplan 2023-2035");
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"22/12765"});
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  // The title above "Punkt 1", a decision without a full stop under it.
  const auto above = testing::segment_text(
      "Referat\n\nØkonomiudvalget\n\nGodkendelse af dagsorden\nPunkt 1\n\nBeslutning: "
      "Godkendt\n\nBudget 2024\nPunkt 2\n\nBeslutning: Anbefales\n");
  ASSERT_EQ(above.items.size(), 2u);
  EXPECT_EQ(above.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(above.items[0].decision, "Godkendt");
  EXPECT_EQ(above.items[1].title, "Budget 2024");
}

// A council's minutes: the agenda as a list ("Dagsorden:" over "1. ..." to
// "4. ..."), then "Referat:" and the items again, their minutes as prose.
// One item shows a case number; the others are still items, as the list
// names them; "Referat:" under the list's last line heads no decision.
TEST(SegmenterItemHeadings, AnAgendaListNamesItemsWithProseOnly) {
  for (const char* number : {"", "Sagsnr.: 22/8812\n"}) {
    const auto doc = testing::segment_text(
        std::string("Referat af møde i Grønt Råd\n\nDagsorden:\n1. Godkendelse af referat\n"
                    "2. Naturpulje 2022\n3. Status på vandplaner\n4. Eventuelt\n\nReferat:\n\n"
                    "1. Godkendelse af referat\nReferatet blev godkendt.\n\n2. Naturpulje 2022\n") +
        number +
        "Rådet anbefalede fordelingen.\n\n3. Status på vandplaner\nRådet tog orienteringen "
        "til efterretning.\n\n4. Eventuelt\nIntet.\n");
    ASSERT_EQ(doc.items.size(), 4u) << number;
    EXPECT_EQ(doc.items[0].title, "Godkendelse af referat");
    EXPECT_EQ(doc.items[3].title, "Eventuelt");
    EXPECT_EQ(doc.text.substr(doc.items[0].start, 4), "1. G") << number;
    EXPECT_GT(doc.items[0].start, doc.text.find("Referat:")) << number;
  }
}

// The line that closes the meeting ("Mødet hævet kl. 17.40.") ends the last
// item: it is no text of its decision. Closing lines of other forms too.
TEST(SegmenterItemHeadings, TheMeetingsEndEndsTheLastItem) {
  for (const char* end :
       {"Mødet hævet kl. 17.40.", "Mødet sluttede kl. 21.33", "Mødet blev hævet kl. 18:05",
        "**Mødet afsluttet:** kl. 22:50", "Mødet hævet."}) {
    const auto doc = testing::segment_text(
        std::string("Referat\n\nTeknisk Udvalg\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\n"
                    "Godkendt.\n\n2. Eventuelt\n\nBeslutning\n\nIntet.\n\n") +
        end + "\n");
    ASSERT_EQ(doc.items.size(), 2u) << end;
    EXPECT_EQ(doc.items[1].decision, "Intet.") << end;
    EXPECT_EQ(doc.text.substr(doc.items[1].end, 6), std::string(end).substr(0, 6)) << end;
  }
  // A sentence about the meeting stays text.
  const auto doc = testing::segment_text(
      "Referat\n\nTeknisk Udvalg\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\n"
      "Godkendt.\n\n2. Eventuelt\n\nBeslutning\n\nMødet sluttede med en rundvisning.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[1].decision, "Mødet sluttede med en rundvisning.");
}

// Struer's Word minutes label each item's journal number over its glued
// heading ("J.nr. ..." over "25Den ..."): the number starts the item below,
// and it is the evidence of an item whose body opens with a long table
// (no section heading or number within the lines under its title).
TEST(SegmenterItemHeadings, LabelledCaseNumbersOverTheHeadings) {
  const auto doc = testing::segment_text(
      "Byrådet\n\nReferat\n\nMøde 21. marts 2006 kl. 19.00 i Byrådssalen\n\n"
      "J.nr. 19.03.00-Ø02-1-06 (ØK)\n\n25Den Selvejende institution Struer Museum – budget 2006\n\n"
      "Budgettet ligger i sagen.\n\nBudget 2006\n\nBudget 2005\n\nNettoomsætning\n\n0\n\n"
      "25.000\n\nIndstilling\nØkonomiudvalget indstiller, at budgettet tages til efterretning.\n\n"
      "Beslutning\nTaget til efterretning.\n\nJ.nr. 03.02.00-P19-3-05 (TF)\n\n"
      "26Ændret projekt vedrørende almene boliger\n\nIndstilling\nGodkendes.\n\n"
      "Beslutning\nGodkendt.\n\nJ.nr. 03.02.00-P19-4-05 (TF)\n\n27Almene familieboliger\n\n"
      "Beslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].number, "25");
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"19.03.00-Ø02-1-06"});
  EXPECT_EQ(doc.items[1].case_numbers, std::vector<std::string>{"03.02.00-P19-3-05"});
  EXPECT_EQ(doc.items[2].case_numbers, std::vector<std::string>{"03.02.00-P19-4-05"});
  EXPECT_EQ(doc.items[0].decision, "Taget til efterretning.");
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
}

// Aalborg's council pages as a text extractor gives them: the fold buttons
// holding each item's number and title are gone, "Åben" alone over the
// item's first section heading is what is left of each.
TEST(SegmenterItemHeadings, ItemsOpenedByAStatusAlone) {
  const auto doc = testing::segment_text(
      "15. maj 2023 - referat fra byrådet\n\nByrådet 15. maj 2023\n\nÅben\n\nBeslutning\n\n"
      "Godkendt.\n\nÅben\n\nIndstilling\n\nUdvalget indstiller, at regnskabet godkendes.\n\n"
      "Beslutning\n\nGodkendt.\n\nLukket\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].number, "1");
  EXPECT_TRUE(doc.items[0].title.empty());
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  // A status over a title is some other layout: no such items.
  EXPECT_TRUE(testing::segment_text("Referat\n\nÅben\n\nBudget 2024\n\nBeslutning\n\n"
                                    "Godkendt.\n\nÅben\n\nBeslutning\n\nGodkendt.\n")
                  .items.empty());
  // Without a decision after the first status: no such items either.
  EXPECT_TRUE(testing::segment_text("Referat\n\nÅben\n\nIndstilling\n\nTekst.\n\nÅben\n\n"
                                    "Sagsfremstilling\n\nTekst.\n")
                  .items.empty());
}

// Region Hovedstaden's page of a meeting: the agenda as a list, line under
// line, its closed items "16. Lukket punkt.". A closed mark in such a list is
// no evidence that the line heads an item: with no item's heading below, the
// page has no items (it had four untitled closed items, the member list below
// them their text). Closed items with nothing under them after the open
// items of minutes are items still.
TEST(SegmenterItemHeadings, AClosedMarkInTheAgendasListIsNoEvidence) {
  const std::string list =
      "Punkter på dagsordenen\n\n 1. Godkendelse af dagsorden\n 2. Lånesag 2022\n"
      " 3. Tegningsret\n 4. Lukket punkt.\n 5. Lukket punkt.\n 6. Underskriftsark\n\n"
      "Medlemmer\n\n \u2022 Lars Gaardhøj: Deltog\n";
  EXPECT_TRUE(testing::segment_text("Møde i regionsrådet\n\n" + list).items.empty());
  const auto minutes = testing::segment_text(
      "Referat\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n\n2. Lånesag\n\nBeslutning\n\n"
      "Godkendt.\n\n3. Lukket punkt: Salg\n4. Lukket punkt: Køb\n5. Lukket punkt: Leje\n"
      "6. Lukket punkt: Personale\n");
  ASSERT_EQ(minutes.items.size(), 6u);
  EXPECT_TRUE(minutes.items[5].closed);
}

// Region Nordjylland's pages: the agenda's list ("1.Meddelelse fra
// formanden", no blank lines, closed items "15. LUKKET PUNKT: Title"), then
// each open item under its heading with "Referat" over its minutes. "Referat"
// right under an item's heading is its decision, and the evidence that the
// heading heads an item; the list's lines are no items. (The closed items,
// only in the list, are lost: docs/quality.md.)
TEST(SegmenterItemHeadings, ReferatUnderAnItemsHeadingIsItsDecision) {
  const auto doc = testing::segment_text(
      "Dagsorden\nRegionsrådet 24-11-2020 13:00\n\n\n1.Meddelelse fra formanden\n"
      "2.Orientering og godkendelse: Kvartalsrapport 3-2020\n3.Beslutning - Godkendelse af "
      "afskrivning\n4. LUKKET PUNKT: Godkendelse af lånoptag\n\n1. Meddelelse fra formanden\n\n"
      "Referat\n\nDer var afbud fra Thomas Hav.\n\n2. Orientering og godkendelse: Kvartalsrapport "
      "3-2020\n\nReferat\n\nGodkendt.\n\n3. Beslutning - Godkendelse af afskrivning\n\n"
      "Referat\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].title, "Meddelelse fra formanden");
  ASSERT_EQ(doc.items[0].sections.size(), 1u);
  EXPECT_EQ(doc.items[0].sections[0].kind, "decision");
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Thomas Hav"}));
  EXPECT_EQ(doc.items[2].decision, "Godkendt.");
  // "Referat" further down an item is text.
  const auto later = testing::segment_text(
      "Referat\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n\nReferat\n\nTekst.\n\n2. Sag\n\n"
      "Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(later.items.size(), 2u);
  EXPECT_EQ(later.items[0].sections.size(), 1u);
}

// The same pages through a text extractor that drops the line break between
// the heading and its "Referat" tab: "1. Meddelelse fra formandenReferat".
// The title ends before the glued word; a dated record of this meeting under
// "Referat" is that decision's first line, not a second decision.
TEST(SegmenterItemHeadings, ReferatGluedToAnItemsTitle) {
  const auto doc = testing::segment_text(
      "Dagsorden\nRegionsrådet 24-11-2020 13:00\n\n1.Meddelelse fra formanden\n"
      "2.Orientering og godkendelse: Kvartalsrapport 3-2020\n\n"
      "1. Meddelelse fra formandenReferat\n\n Følgende emner blev nævnt under dette punkt på "
      "Regionsrådets møde den 24. november 2020:\n\n1. Afbud. Der var afbud fra Thomas Hav.\n\n"
      "2. Orientering og godkendelse: Kvartalsrapport 3-2020Referat\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Meddelelse fra formanden");
  ASSERT_EQ(doc.items[0].sections.size(), 1u);
  EXPECT_EQ(doc.items[0].sections[0].kind, "decision");
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Thomas Hav"}));
  EXPECT_EQ(doc.items[1].title, "Orientering og godkendelse: Kvartalsrapport 3-2020");
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  // A capital inside a title's last word is no glued heading.
  EXPECT_EQ(testing::segment_text("Referat\n\n1. Budget og Referat\n\nBeslutning\n\nGodkendt.\n")
                .items[0]
                .title,
            "Budget og Referat");
}

// A seniors' council's minutes (Hørsholm): "5.Meddelelser fra formand, ...
// og medlemmer." ended in a full stop, so "Formand: Ingen meddelelser" under
// it is the item's text, as is "Godkendt med følgende ændring:". A second
// line without a colon still goes on ("Lokalplan 358 for ... Kildegårdsvej."
// over "Endelig vedtagelse", Gentofte).
TEST(SegmenterItemHeadings, ALabelUnderATitleEndingInAFullStopIsText) {
  const auto doc = testing::segment_text(
      "Seniorrådet\n\n1.Godkendelse af referat af mødet fredag den 16. september 2022.\n"
      "Godkendt med følgende ændring:\n\nTekst.\n\n"
      "2.Meddelelser fra formand, sekretær, kasserer og medlemmer.\nFormand: Ingen meddelelser\n\n"
      "3.Lokalplan 358 for et område mellem Bernstorffsvej og Kildegårdsvej.\nEndelig "
      "vedtagelse\n\n"
      "Godkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af referat af mødet fredag den 16. september 2022.");
  EXPECT_EQ(doc.items[1].title, "Meddelelser fra formand, sekretær, kasserer og medlemmer.");
  EXPECT_EQ(
      doc.items[2].title,
      "Lokalplan 358 for et område mellem Bernstorffsvej og Kildegårdsvej. Endelig vedtagelse");
}

// A local council's page (2006) without section headings: under a title
// ending in a full stop, a line opening with a decision's word is the
// outcome ("Godkendt og underskrevet"), not the title's second line.
TEST(SegmenterItemHeadings, AnOutcomeUnderATitleIsTheItemsText) {
  const auto doc = testing::segment_text(
      "Referat fra Lokalrådets møde 18. september 2006\n\n"
      "1. Godkendelse af referat fra de sidste 2 møder.\nGodkendt og underskrevet\n\n"
      "2. Kort drøftelse af fællesmødet.\nTaget til efterretning\n\n"
      "3. Budget for\nGodkendt vejprojekt\n\nTekst.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af referat fra de sidste 2 møder.");
  ASSERT_FALSE(doc.items[0].sections.empty());
  EXPECT_EQ(doc.items[0].sections[0].text, "Godkendt og underskrevet");
  EXPECT_EQ(doc.items[1].title, "Kort drøftelse af fællesmødet.");
  // A title that cannot end ("... for") goes on whatever the word.
  EXPECT_EQ(doc.items[2].title, "Budget for Godkendt vejprojekt");
  // Under a title that does not end in a full stop, such a word goes on
  // with it (review: real titles wrap onto "Godkendt af ...").
  EXPECT_EQ(testing::segment_text("Referat\n\n1. Anlægsregnskab for Multihuset, anlægsramme\n"
                                  "Godkendt af Byrådet 2021\n\nBeslutning\n\nGodkendt.\n")
                .items[0]
                .title,
            "Anlægsregnskab for Multihuset, anlægsramme Godkendt af Byrådet 2021");
  // A church council's "Intet nyt" (trial Z).
  EXPECT_EQ(testing::segment_text("REFERAT\n\n1. Godkendelse af dagsorden.\nDagsorden godkendt.\n\n"
                                  "2. Kort orientering ved graver Niels.\nIntet nyt\n\n"
                                  "3. Eventuelt.\nIngen punkter\n")
                .items[1]
                .title,
            "Kort orientering ved graver Niels.");
}

// A council's minutes of 2004 (Intranote): "49/1. Spørgetid (Åben sag)", the
// item's number for the year, its place on the agenda; "(Lukket sag)" closes
// the item (its text had been public: no item was found).
TEST(SegmenterItemHeadings, ItemsNumberedForTheYearAndOnTheAgenda) {
  const auto doc = testing::segment_text(
      "Referat\n\nfor\n\nKommunalbestyrelsen\n\ntorsdag den 24. juni 2004 kl. 17:00\n\n"
      "49/1. Spørgetid (Åben sag)\nJournalnr. 00.01 P27/\nTekst.\nVedtagelse:\nIngen spørgsmål.\n\n"
      "50/2. Ansøgning om udtræden. (Åben sag)\nTekst.\nVedtagelse:\nGodkendt.\n\n"
      "51/3. Køb og salg. (Lukket sag)\nHemmelig tekst.\nVedtagelse:\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].number, "49");
  EXPECT_EQ(doc.items[0].title, "Spørgetid");
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_EQ(doc.items[2].number, "51");
  EXPECT_TRUE(doc.items[2].closed);
  // The page as text glues each heading to the last word above it.
  const auto glued = testing::segment_text(
      "Referat\n\nfor\n\nKommunalbestyrelsen\n\n49/1. Spørgetid (Åben sag)\n"
      "Journalnr. 00.01 P27/\nTekst.\nVedtagelse:\nDer var ingen spørgsmål50/2. Køb og salg. "
      "(Lukket sag)\nJournalnr. 00.01 A00/\nHemmelig tekst.\nVedtagelse:\nGodkendt.\n");
  ASSERT_EQ(glued.items.size(), 2u);
  EXPECT_EQ(glued.items[0].decision, "Der var ingen spørgsmål");
  EXPECT_TRUE(glued.items[1].closed);
}

// Copenhagen's item pages (2005-2009): the case number in parentheses glued
// to the title, a unit's capitals before it: "3. Meddelelser(FOU 35/2008)".
TEST(SegmenterItemHeadings, AUnitsCaseNumberInParenthesesEndsTheTitle) {
  const auto doc = testing::segment_text(
      "Folkeoplysningsudvalget\nBESLUTNINGSPROTOKOL\nfra ordinært møde mandag den 16. juni 2008\n"
      "3. Meddelelser(FOU 35/2008)\nINDSTILLING OG BESLUTNING\nBESLUTNING\nTaget til "
      "efterretning.\n"
      "4. Budget (FOU 36/2008)\nBESLUTNING\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Meddelelser");
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"FOU 35/2008"});
  EXPECT_EQ(doc.items[1].title, "Budget");
  EXPECT_EQ(doc.items[1].case_numbers, std::vector<std::string>{"FOU 36/2008"});
  // On its own line under the title (trial BK).
  const auto own = testing::segment_text(
      "Referat\n1. Godkendelse af dagsorden\nCHL 36/2008\nFormanden indstiller, at "
      "lokaludvalget godkender dagsordenen.\nBeslutning\nGodkendt.\n\n2. Mødested\nCHL "
      "44/2008\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(own.items.size(), 2u);
  EXPECT_EQ(own.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(own.items[0].case_numbers, std::vector<std::string>{"CHL 36/2008"});
  EXPECT_EQ(own.items[1].case_numbers, std::vector<std::string>{"CHL 44/2008"});
}

// Svendborg's and Stevns's pages as a text extractor gives them: no item's
// number, title or status is left, only the sections in a cycle. The
// section after the first decision starts each item after a decision;
// sections after a decision ("Sagens gang") stay in its item.
TEST(SegmenterItemHeadings, ItemsInACycleOfSections) {
  const auto doc = testing::segment_text(
      "Kommunalbestyrelsen\nReferat \u2022 25. marts 2025 kl. 17.00\nIndhold\n"
      "Beslutning i Kommunalbestyrelsen den 25-03-2025\nAfbud fra Maria Haladyn (A). Som "
      "suppleanter deltager Claus Krossteig (A).\nDagsorden godkendt.\nBeslutningstema\n"
      "Udpegning af medlem.\nSagsfremstilling\nTekst.\n"
      "Beslutning i Kommunalbestyrelsen den 25-03-2025\nGodkendt.\nSagens gang\nTekst.\n"
      "Beslutningstema\nNy udpegning.\nIndstilling\nTekst.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_TRUE(doc.items[0].title.empty());
  EXPECT_NE(doc.items[0].decision.find("Dagsorden godkendt."), std::string::npos);
  std::vector<std::string> kinds;
  for (const auto& s : doc.items[1].sections) kinds.push_back(s.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"summary", "case", "decision", "process"}));
  EXPECT_EQ(doc.items[2].number, "3");
  // The first item approves the agenda: who sent regrets and who sat in.
  std::vector<std::string> people;
  for (const auto& p : doc.meeting.participants) people.push_back(p.name + "/" + p.status);
  EXPECT_EQ(people, (std::vector<std::string>{"Maria Haladyn/absent", "Claus Krossteig/present"}));
  // An untitled item whose first section says it notes the meeting's
  // attendance (Hedensted): who it says was away is absent from the meeting,
  // and the substitute sat in.
  const auto attendance = testing::segment_text(
      "Kommunalbestyrelsen\nMødedato: 25. juni 2025\nSagsnr.: 00.00.00-P35-34-24\n"
      "Beslutningstema\nMødets deltagere og fraværende noteres her.\nBeslutning\n"
      "Jacob Ejs (A) var fraværende. Som stedfortræder deltog Helle Mortensen (A)\n"
      "Hanne Grangaard (A) var fraværende.\nSagsnr.: 00.00.00-A00-11-24\nBeslutningstema\n"
      "Spørgetid.\nBeslutning\nIngen spørgsmål.\n");
  ASSERT_EQ(attendance.items.size(), 2u);
  people.clear();
  for (const auto& p : attendance.meeting.participants) people.push_back(p.name + "/" + p.status);
  EXPECT_EQ(people, (std::vector<std::string>{"Jacob Ejs/absent", "Hanne Grangaard/absent",
                                              "Helle Mortensen/present"}));
  // The opener again before a decision, or a body section before the first
  // opener and decision, is no such cycle (a page's lost titles there would
  // put the boundaries anywhere).
  EXPECT_TRUE(testing::segment_text("Referat\nBeslutning\nGodkendt.\nResume\nTekst.\nResume\n"
                                    "Tekst.\nBeslutning\nGodkendt.\n")
                  .items.empty());
  EXPECT_TRUE(testing::segment_text("Referat\nResume\nTekst.\nBeslutning\nGodkendt.\n"
                                    "Sagsfremstilling\nTekst.\nResume\nTekst.\nBeslutning\n"
                                    "Godkendt.\n")
                  .items.empty());
}

// Assens's pages as a text extractor gives them: "  • Sagsid.: 17/21413" over
// each item's first section, the label empty for the agenda's approval.
TEST(SegmenterItemHeadings, BulletedCaseLabelsLeadItems) {
  const auto doc = testing::segment_text(
      "Referat\n\nUdvalg: Byrådet\n  • Sagsid.:\n\n    Beslutning Byrådet den 25-10-2017\n\n"
      "    Dagsordenen godkendt.\n\n  • Sagsid.: 17/21413\n\n    Indstilling\n\n"
      "    Vedtægterne godkendes.\n\n    Sagsfremstilling\n\n    Sagsfremstilling:\n\n"
      "    Haarby Kraft-Varme har holdt generalforsamling.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_TRUE(doc.items[0].case_numbers.empty());
  EXPECT_NE(doc.items[0].decision.find("Dagsordenen godkendt."), std::string::npos);
  EXPECT_EQ(doc.items[1].case_numbers, std::vector<std::string>{"17/21413"});
  // The heading said again as its text's first line is one section.
  ASSERT_EQ(doc.items[1].sections.size(), 2u);
  EXPECT_EQ(doc.items[1].sections[1].kind, "case");
  EXPECT_EQ(doc.items[1].sections[1].text.find("Haarby"), 0u);  // without the page's indent
}

// A church council's page (Brøndby 2019) and a seniors' council's blog
// (Dragør 2016): every item "1.", its text a paragraph under it, a section
// heading under some or none. Three or more such are the items, in their
// order; an empty "2." is none (and the "1." right above it, a list's, is
// text); "1. at ..." entries never are.
TEST(SegmenterItemHeadings, EveryItemNumberedOneWithoutSectionHeadings) {
  auto doc = testing::segment_text(
      "Referat fra menighedsrådsmødet den 27. marts 2019 kl. 19.00\n\nAfbud: Elisabeth.\n\n"
      " 1. Sigurd fortalte om sit projekt fra kl. 19.00-19.30\n\n"
      " 1. Godkendelse af dagsorden\n\nPunkt 4 flyttes.\n\n"
      " 1. Bemærkninger til referat fra sidst\n 2.  \n\n 1. Meddelelser\n\nProvstikonference.\n\n"
      " 1. Økonomi\n\nKvartalsrapporten blev godkendt.\n");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(doc.items[1].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[3].number, "4");
  EXPECT_EQ(doc.items[3].decision, "Kvartalsrapporten blev godkendt.");
  doc = testing::segment_text(
      "Referat fra Ældrerådets møde den 22. februar 2016\n\n 1. Høringssvar.\n\nReferat:\n\n"
      "Ældrerådet formulerer et høringssvar.\n\n 1. Drøftelse af skrivelsen.\n\nHvilke krav?\n\n"
      "Referat:\n\nFormanden sender en reminder.\n\n 1. Årsberetning 2015.\n\n"
      "Godkendelse af udkastet.\n\nReferat:\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[2].title, "Årsberetning 2015.");
  EXPECT_EQ(doc.items[2].decision, "Godkendt.");
  // A list inside an item under a colon, its entries "1." line under line:
  // no items (review).
  doc = testing::segment_text(
      "Referat fra menighedsrådsmødet den 10. april 2024\n\n 1. Godkendelse af dagsorden\n\n"
      "Godkendt.\n\n 1. Meddelelser fra formanden\n\nFormanden orienterede om følgende:\n\n"
      " 1. Provstiet har bevilget midler til nyt tag.\n 1. Kirkekaffen flyttes.\n\n"
      " 1. Økonomi\n\nGodkendt.\n\n 1. Eventuelt\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(doc.items[2].title, "Økonomi");
  // With a closed item among them, whose text may hold "1." lines of its
  // own, the list is not read so: no closed text in an open item (review).
  doc = testing::segment_text(
      "Referat fra menighedsrådsmødet den 10. april 2024\n\n 1. Godkendelse af dagsorden\n\n"
      "Godkendt.\n\n 1. Meddelelser\n\nTag.\n\n 1. Personalesag (lukket punkt)\n\n"
      "Graveren har bedt om nedsat tid.\n\n 1. Graver Jens Madsen tilbydes nedsat tid SECRETX\n\n"
      "Rådet var enigt.\n\n 1. Eventuelt\n\nIntet.\n");
  for (const auto& it : doc.items) {
    if (!it.closed) {
      EXPECT_EQ(it.title.find("SECRETX"), std::string::npos) << it.title;
    }
  }
  // Points of a recommendation, each "1. at ...": no items.
  EXPECT_TRUE(testing::segment_text("Referat\n\nIndstilling\n\n1. at planen godkendes\n\nTekst.\n\n"
                                    "1. at der afsættes midler\n\nTekst.\n\n"
                                    "1. at sagen sendes i høring\n\nTekst.\n")
                  .items.empty());
}

// A Word document's headings without their numbers, in bold as pandoc or a
// converter writes them ("**Årsregnskab 2016**"), each over its case
// number: the items, numbered as the list of items above gives them (trial
// AO, Hjørring: the titles had been empty, numbered 1-N).
TEST(SegmenterItemHeadings, BoldHeadingsNumberedByTheListAbove) {
  const auto doc = testing::segment_text(
      "Referat - Åben dagsorden\n\nHjørring Byråd\n\nMødedato: 22. marts 2017\n\nPkt. Tekst "
      "Side\n\n4 Beslutningsforslag om Fleksibel Arbejdstid 3\n\n5 Årsregnskab 2016 10\n\n"
      "**Beslutningsforslag om Fleksibel Arbejdstid**\n\nSagsnr.: 17/3611 Sagsbehandler: Jens "
      "Jensen\n\n**Sagsfremstilling**\n\nTekst.\n\nBeslutning i Byrådet den 22. marts 2017:\n\n"
      "Forkastet.\n\n**Årsregnskab 2016**\n\nSagsnr.: 17/1020 Sagsbehandler: Bo Dam\n\n"
      "**Sagsfremstilling**\n\nTekst.\n\nBeslutning i Byrådet den 22. marts 2017:\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].number, "4");
  EXPECT_EQ(doc.items[0].title, "Beslutningsforslag om Fleksibel Arbejdstid");
  EXPECT_EQ(doc.items[1].number, "5");
  EXPECT_EQ(doc.items[1].title, "Årsregnskab 2016");
  EXPECT_TRUE(doc.warnings.empty());
  // A list without page numbers numbers them too; a bold line said over
  // every case number is a column, no title (review 30).
  const auto unpaged = testing::segment_text(
      "Referat\n\n4 Lokalplan 45\n\n5 Vejnavne\n\n**Lokalplan 45**\n\nSagsnr.: 25/1\n\n"
      "**Sagsfremstilling**\n\nTekst.\n\n**Vejnavne**\n\nSagsnr.: 25/2\n\n**Sagsfremstilling**\n\n"
      "Tekst.\n");
  ASSERT_EQ(unpaged.items.size(), 2u);
  EXPECT_EQ(unpaged.items[0].number, "4");
  EXPECT_EQ(unpaged.items[1].number, "5");
  const auto column = testing::segment_text(
      "Referat\n\nLokalplan 45\n**Teknik og Miljø**\nSagsnr.: 25/1\n\n**Sagsfremstilling**\n\n"
      "Tekst.\n\nVejnavne\n**Teknik og Miljø**\nSagsnr.: 25/2\n\n**Sagsfremstilling**\n\nTekst.\n");
  for (const auto& it : column.items) EXPECT_NE(it.title, "Teknik og Miljø");
}

// Every heading "1." (HTML of one <ol> per item, markdown's lazy list
// numbers): the items in their order, numbered 1-N with a warning, also when
// a list inside an item counts 1, 2, 3 and would make a chain of its own.
TEST(SegmenterItemHeadings, ListNumberingThatStartsAgainAtEveryItem) {
  const auto doc = testing::segment_text(
      "Referat\n\nUdvalget for Teknik\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
      "1. Trafikplan\n\nSagsfremstilling\nPlanen har tre projekter:\n\n1. Skolevej\n2. Kryds\n"
      "3. Hastighed\n\nBeslutning\nGodkendt.\n\n1. Eventuelt\n\nBeslutning\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].number, "2");
  EXPECT_EQ(doc.items[1].title, "Trafikplan");
  EXPECT_EQ(doc.items[2].number, "3");
  EXPECT_EQ(doc.items[2].title, "Eventuelt");
  EXPECT_TRUE(std::any_of(doc.warnings.begin(), doc.warnings.end(), [](const std::string& w) {
    return w.find("numbered 1, as a list whose numbering starts again") != std::string::npos;
  }));
  // LibreOffice's HTML of Word's numbered headings: one <ol> per item, and
  // the closed part's list restarted at its number (<ol start="4">).
  const auto restarted = testing::segment_text(
      "Referat\n\n# Åben dagsorden\n\n## 1. Godkendelse af dagsorden\nSag nr. 24/14001\n\n"
      "### Beslutning\nGodkendt.\n## 1. Budget\nSag nr. 24/14002\n\n### Beslutning\nGodkendt.\n"
      "## 1. Trafikplan\nSag nr. 24/14003\n\n### Beslutning\nGodkendt.\n\n# Lukket dagsorden\n\n"
      "## 4. Ekspropriation\nSag nr. 24/10010\n\n### Beslutning\nGodkendt.\n"
      "## 1. Klagesag\nSag nr. 24/10011\n\n### Beslutning\nGodkendt.\n");
  ASSERT_EQ(restarted.items.size(), 5u);
  EXPECT_EQ(restarted.items[3].title, "Ekspropriation");
  EXPECT_TRUE(restarted.items[3].closed);
  EXPECT_EQ(restarted.items[4].number, "5");
  EXPECT_TRUE(restarted.items[4].closed);
  // "1. Drift", "2. Anlæg", "3. Finansiering" a blank line apart inside a
  // closed item: "3." goes on with that list, no item of its own (review).
  const auto paragraphs = testing::segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1001\nBeslutning:\nGodkendt.\n\n1. "
      "Lukket punkt: Køb af grund\nSagsnr.: 24/1002\nSagsfremstilling:\nTre krav.\n\n1. Drift\n\n"
      "2. Anlæg\n\n3. Finansiering\nBeslutning:\nKøbet godkendt.\n\n1. Eventuelt\nBeslutning:\n"
      "Intet.\n");
  ASSERT_EQ(paragraphs.items.size(), 3u);
  EXPECT_TRUE(paragraphs.items[1].closed);
  EXPECT_EQ(paragraphs.items[2].title, "Eventuelt");
  // A decision between the list's "2." and the "3." ends the list: "3." is
  // the next item (second review).
  const auto after_list = testing::segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n1. Budget 2025\n"
      "Sagsfremstilling:\nTo dele.\n\n1. Drift\n\n2. Anlæg\n\nBeslutning:\nGodkendt.\n\n3. "
      "Lokalplan 112\nSagsfremstilling:\nHøring.\nBeslutning:\nVedtaget.\n\n1. Eventuelt\n"
      "Beslutning:\nIntet.\n");
  ASSERT_EQ(after_list.items.size(), 4u);
  EXPECT_EQ(after_list.items[2].title, "Lokalplan 112");
  EXPECT_EQ(after_list.items[3].title, "Eventuelt");
  EXPECT_FALSE(restarted.items[2].closed);
}

// "1) Title", "1 - Title" and "§ 12. Title" head items as "1. Title" does;
// a lowercase word after them, or a law's "§ 17, stk. 4", does not.
TEST(SegmenterItemHeadings, ParenthesisDashAndParagraphSignHeadings) {
  const std::pair<std::string, std::string> forms[] = {{"", ") "}, {"", " - "}, {"§ ", ". "}};
  for (const auto& [before, after] : forms) {
    std::string text = "Referat\n\nØkonomiudvalget\n\n";
    const char* titles[] = {"Godkendelse af dagsorden", "Budget 2026", "Trafikplan"};
    for (unsigned n = 1; n <= 3; ++n)
      text += before + std::to_string(n) + after + titles[n - 1] + "\n\nBeslutning\nGodkendt.\n\n";
    const auto doc = testing::segment_text(text);
    ASSERT_EQ(doc.items.size(), 3u) << before << after;
    EXPECT_EQ(doc.items[1].number, "2") << before << after;
    EXPECT_EQ(doc.items[1].title, "Budget 2026") << before << after;
  }
  EXPECT_FALSE(heading("1) at budgettet godkendes"));
  EXPECT_FALSE(heading("§ 17, stk. 4 i lov om social service"));
}

// Minutes whose item headings are in a form the table lacks ("I. Title",
// Roman numbers): not one case-led item with the others in the header, but
// no item, and a reason that says decisions were seen. ("01 Title" as a
// paragraph over its first section or case number is an item now.)
TEST(SegmenterItemHeadings, DecisionsWithoutKnownHeadingsAreNoItemsButAReason) {
  const auto doc = testing::segment_text(
      "Referat\n\nØkonomiudvalget\n\nI. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
      "II. Budget 2026\n\nSagsnr.: 24/1234\n\nBeslutning\nOversendt.\n\nIII. Trafikplan\n\n"
      "Beslutning\nGodkendt.\n");
  EXPECT_TRUE(doc.items.empty());
  ASSERT_FALSE(doc.warnings.empty());
  EXPECT_NE(doc.warnings.back().find("though 3 decision headings stand in the text"),
            std::string::npos)
      << doc.warnings.back();
}

// A number line over one heading alone is the end of the item above (an
// item's last line, a reference): the document must print numbers so.
TEST(SegmenterItemHeadings, OneNumberOverAHeadingStaysAbove) {
  const auto doc = testing::segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
      "2. Lokalplan\n\n18/9413\n\nBeslutning\n\nAnbefales.\n\n24.10.00-G20-1-20\n\n"
      "3. Salg af areal\n\n19/1234\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].case_numbers, std::vector<std::string>{"18/9413"});
  EXPECT_NE(doc.items[1].decision.find("24.10.00-G20-1-20"), std::string::npos);
  EXPECT_EQ(doc.items[2].case_numbers, std::vector<std::string>{"19/1234"});
}

}  // namespace
// Dragør's web pages: "• 1" alone, its title on the next line; a bare "1"
// without its bullet stays no heading (a page number, a count).
TEST(SegmenterItems, ABulletedLoneNumberIsAHeading) {
  const auto h = heading("\u2022 12");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->number, 12u);
  EXPECT_TRUE(h->title.empty());
  EXPECT_FALSE(heading("12"));
  const auto doc = segment_text(
      "Referat\n\n  \u2022 1\n    Café - udeservering\n    Sagsid.: 20/2955\n\n    "
      "RESUMÉ:\n\n    Tekst.\n\n  \u2022 2\n    Meddelelser\n    Sagsid.:\n\n    BESLUTNING: "
      "Økonomiudvalget den 22-10-2020\n\n    Ingen.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Café - udeservering", "2 Meddelelser"}));
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"20/2955"});
}

// Viborg's pages saved as text: "  • 1 Title" (a list's entry, the number
// without its full stop) over "    • Resume", the sections the entries of a
// list under it. Without the section right under it, a bulleted "1 Musik
// 310.000 kr." is a line of counts.
TEST(SegmenterItems, ABulletedNumberAndTitleOverABulletedSection) {
  const auto doc = segment_text(
      "Byrådet - Referat fra mødet den 24-04-2019\n\nReferat\n\n"
      "  \u2022 1 Handicaprådet - udpegning af ny suppleant\n    \u2022 Resume\n\n      Tekst.\n\n"
      "    \u2022 Beslutning i Byrådet den 24-04-2019\n\n      Godkendt.\n\n"
      "  \u2022 2 Samling af anlægsprojekter\n    \u2022 Resume\n\n      Tekst.\n\n"
      "      \u2022 1 Musik 310.000 kr.\n      \u2022 2 Teater 220.000 kr.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Handicaprådet - udpegning af ny suppleant",
                                                   "2 Samling af anlægsprojekter"}));
  // The same list as html2text, pandoc or a markdown export bullets it
  // (trial AO: the document had been quarantined).
  for (const std::string bullet : {"-", "*", "\u25E6"}) {
    const auto other = segment_text(
        "Byrådet - Referat fra mødet den 24-04-2019\n\nReferat\n\n  \u2022 1 Handicaprådet\n    " +
        bullet + " Resume\n\n      Tekst.\n\n    " + bullet +
        " Beslutning i Byrådet den 24-04-2019\n\n      Godkendt.\n\n  \u2022 2 Samling\n    " +
        bullet + " Resume\n\n      Tekst.\n");
    EXPECT_EQ(titles(other), (std::vector<std::string>{"1 Handicaprådet", "2 Samling"})) << bullet;
    ASSERT_EQ(other.items.size(), 2u) << bullet;
    EXPECT_EQ(other.items[0].sections.size(), 2u) << bullet;
  }
  // A list in the text bulleted so is no section (review 30): not indented,
  // or a list's line above or below it.
  for (const std::string list :
       {"Sagen forelægges udvalget til\n- Orientering\n- Beslutning\nForvaltningen har udarbejdet "
        "en opfølgning.\n",
        "Sagen forelægges udvalget til\n    - Orientering\n    - Beslutning\n"
        "Forvaltningen har udarbejdet en opfølgning.\n"}) {
    const auto doc = segment_text("Referat\n\n1. Budget\n\nSagsfremstilling\n\n" + list +
                                  "\nBeslutning\n\nGodkendt.\n");
    ASSERT_EQ(doc.items.size(), 1u) << list;
    ASSERT_EQ(doc.items[0].sections.size(), 2u) << list;
    EXPECT_EQ(doc.items[0].sections[1].text, "Godkendt.") << list;
  }
}

// Herning's agenda pages: no item numbers, each item led by "Sagsnr.: ...
// Sagsbehandler: ..." over its title. Numbered in their order, with a
// warning; only when no numbered heading is found at all.
TEST(SegmenterItems, ItemsLedByTheirCaseNumberWithoutNumbers) {
  const auto doc = segment_text(
      "Dagsordener og referater\n\nUdvalg: Økonomiudvalget\nMødedato: 22. februar 2016\n\n"
      "Sagsnr.: 00.00.00-P19-1391-07 Sagsbehandler: Marie Lund\n\nOrientering\n\nDIR\n\n"
      "Sagsfremstilling\n\nTekst.\n\nBeslutning\n\nTaget til efterretning.\n\n"
      "Sagsnr.: 13.06.02-G01-14-15 Sagsbehandler: Anne Knudsen\n\nLukket punkt: Salg af grund\n\n"
      "Beslutning\n\nGodkendt.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Orientering", "2 Salg af grund"}));
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"00.00.00-P19-1391-07"});
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_EQ(doc.warnings, std::vector<std::string>{
                              "segment: the items have no numbers; numbered 1-2 in their order"});
  // Without a section heading after them, case-number lines make no items.
  EXPECT_TRUE(segment_text("Notat\n\nSagsnr.: 23/11876\n\nOm noget\n\nTekst.\n").items.empty());
}

// "Åbent - 00.01.00A04 - 2007/34364" under the title (Odense): the item's
// status, its KLE class and its case number; "Lukket - ..." closes the item.
TEST(SegmenterItems, StatusAndNumbersUnderTheTitle) {
  const auto doc = segment_text(
      "Referat\n\n1. Udpegning af et nyt medlem.\nÅbent - 00.01.00A04 - 2007/34364\n\n"
      "BESLUTNING\n\nGodkendt.\n\n2. Salg af grund.\nLukket - 2008/31207\n\nBESLUTNING\n\n"
      "Godkendt.\n\n3. Takster.\nÅbent - 2008/25530\n\nBESLUTNING\n\nGodkendt.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Udpegning af et nyt medlem.",
                                                   "2 Salg af grund.", "3 Takster."}));
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"2007/34364"});
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_TRUE(doc.items[1].closed);
}

// pandoc's plain text of a saved page: each line a paragraph, the page's
// print link between the heading "1 Title" and its case number; the link
// is as if it were not there.
TEST(SegmenterItems, APageLinkBetweenAHeadingAndItsCaseNumber) {
  const auto doc = segment_text(
      "Beslutningsprotokol\n\n1 Godkendelse af dagsorden\n\nUdskriv\n\nSagsid.: 17/2694\n\n"
      "Beslutning\n\nGodkendt.\n\n2 Budget 2018\n\nUdskriv\n\nSagsid.: 17/3668\n\n"
      "Beslutning\n\nGodkendt.\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Budget 2018"}));
}

// Odense's Sbsys pages: the items' group ("A. Sager til afgørelse i
// byrådet") said again under the title is no part of it, and the status
// over a whole KLE journal number gives that number ("00.17.00-A00-8-16":
// no class before a case number).
TEST(SegmenterItems, GroupLetterUnderTheTitleAndAWholeJournalNumber) {
  const auto doc = segment_text(
      "Referat\n\nA. Sager til afgørelse i byrådet\n\n1. Rammeaftale 2018 - Det specialiserede "
      "socialområde\nA. Sager til afgørelse i byrådet\nÅbent - 00.17.00-A00-8-16\nRESUMÉ\n\n"
      "Tekst.\n\n2. Kapacitetsplanlægning\nA. Sager til afgørelse i byrådet\n"
      "Åbent - 28.09.00-G01-1-17\nBESLUTNING\n\nGodkendt.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Rammeaftale 2018 - Det specialiserede socialområde",
                                      "2 Kapacitetsplanlægning"}));
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"00.17.00-A00-8-16"});
  std::vector<std::string> kinds;
  for (const auto& s : doc.items[0].sections) kinds.push_back(s.kind);
  EXPECT_EQ(kinds, std::vector<std::string>{"summary"});
}

// "Direktionen indstiller, at" over "  1. Byrådet hjemtager et serielån.":
// the points of the recommendation are no items, nor does a "1." indented
// under the item's "1. Title" make a list whose numbering starts again
// (Horsens).
TEST(SegmenterItems, PointsOfASentenceEndingInAtAreNoItems) {
  const auto doc = segment_text(
      "Byrådet - Referat\n\nDato: 29. marts 2016\n\n1. ØK Låneoptagelse for 2015 og 2016\n\n"
      "Sagsnummer\n00.34.00-S00-2-14\nIndstilling\n\nDirektionen indstiller, at\n\n"
      "  1. Byrådet hjemtager et serielån på 60 mio. kr.\nBeslutning\n\nVedtaget.\n");
  EXPECT_EQ(titles(doc), std::vector<std::string>{"1 ØK Låneoptagelse for 2015 og 2016"});
}

// Prepare pages (Varde): a closed item is its title alone, "451. Gensidig
// orientering - Lukket punkt" with nothing under it; the marker is its
// evidence. An unmarked numbered line with nothing under it is no item.
TEST(SegmenterItems, AClosedMarkerIsEvidenceOfAnItem) {
  const std::string items =
      "1. Godkendelse af dagsorden\n\nBeslutning Byrådet den 03-09-2019\n\nGodkendt.\n\n"
      "2. Budget\n\nBeslutning Byrådet den 03-09-2019\n\nGodkendt.\n\n";
  const auto doc = segment_text("Referat\n\n" + items + "3. Gensidig orientering - Lukket punkt\n");
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Budget",
                                                   "3 Gensidig orientering"}));
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_TRUE(doc.items[2].closed);
  EXPECT_EQ(segment_text("Referat\n\n" + items + "3. Gensidig orientering\n").items.size(), 2u);
}

// Glostrup: " 1.  1. Godkendelse af dagsordenen", the number said twice;
// "2. 2. behandling af budgettet" keeps its ordinal. Solrød: a page's fold
// button glued to the title ("Godkendelse af dagsordenÅbn/luk punkt").
// Nyborg (PolWeb): "Sagsnr." alone over the bare number.
TEST(SegmenterItems, RepeatedNumbersButtonsAndALabelOverItsNumber) {
  ASSERT_TRUE(heading(" 1.  1. Godkendelse af dagsordenen"));
  EXPECT_EQ(heading(" 1.  1. Godkendelse af dagsordenen")->title, "Godkendelse af dagsordenen");
  EXPECT_EQ(heading("2. 2. behandling af budgettet")->title, "2. behandling af budgettet");
  const auto doc = segment_text(
      "Referat\n\n191. Godkendelse af dagsordenÅbn/luk punkt\nSagsnummer: 85.02.02-P35-54-20\n\n"
      "Beslutning\n\nTiltrådt.\n\n192. Spørgetid\n\nSagsnr.\n\n450-2017-25250\n\nInitialer\n\n"
      "NIB\n\nBeslutning\n\nIngen.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"191 Godkendelse af dagsorden", "192 Spørgetid"}));
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[1].case_numbers, std::vector<std::string>{"450-2017-25250"});
  // Other sites' buttons and prompts (trial AO): "Vis/skjul", and any short
  // prompt that ends by saying the title again.
  const auto other = segment_text(
      "Referat\n\n191. Godkendelse af dagsordenVis/skjul\nSagsnr.: 24/1\n\nBeslutning\n\n"
      "Godkendt.\n\n192. Lokal FællesvarmeVis mere om Lokal Fællesvarme\nSagsnr.: 24/2\n\n"
      "Beslutning\n\nGodkendt.\n");
  EXPECT_EQ(titles(other),
            (std::vector<std::string>{"191 Godkendelse af dagsorden", "192 Lokal Fællesvarme"}));
}

// Frederikssund: "1Godkendelse af dagsorden", the number glued to the
// title; "3D-print" is none. Vallensbæk: "• Punkt 2 Title(Lukket)", the
// bulleted label, the closed marker glued. Langeland: items with neither
// number nor title, each a "Sagsnr.:" line over its decision.
TEST(SegmenterItems, GluedNumbersBulletedLabelsAndUntitledItems) {
  EXPECT_EQ(heading("1Godkendelse af dagsorden")->number, 1u);
  EXPECT_FALSE(heading("3D-print af reservedele"));
  const auto glued = segment_text(
      "Økonomiudvalgets møde den 21. januar 2026\n1Godkendelse af "
      "dagsorden\nBeslutning\nGodkendt.\n"
      "2Beslutning om forretningsorden\nResume\nTekst.\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(glued), (std::vector<std::string>{"1 Godkendelse af dagsorden",
                                                     "2 Beslutning om forretningsorden"}));
  const auto bulleted = segment_text(
      "Kommunalbestyrelsen\n\n  \u2022 Punkt 1 Godkendelse af dagsorden\n\n    Beslutning\n\n    "
      "Godkendt.\n\n  \u2022 Punkt 2 Salg af grund(Lukket)\n");
  EXPECT_EQ(titles(bulleted),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Salg af grund"}));
  ASSERT_EQ(bulleted.items.size(), 2u);
  EXPECT_TRUE(bulleted.items[1].closed);
  const auto untitled = segment_text(
      "Referat\nUdvalg: Kommunalbestyrelsen\nSagsnr.: 22/131\nBeslutning i Kommunalbestyrelsen den "
      "28-03-2022\nGodkendt.\nSagsnr.: 22/132\nBeslutning i Kommunalbestyrelsen den "
      "28-03-2022\nIngen.\n");
  EXPECT_EQ(titles(untitled), (std::vector<std::string>{"1 ", "2 "}));
  ASSERT_EQ(untitled.items.size(), 2u);
  EXPECT_EQ(untitled.items[1].case_numbers, std::vector<std::string>{"22/132"});
}

// Sønderborg, 2007: minutes whose items show no evidence ("1. Title" over
// a paragraph, no section heading, no case number). Taken when nothing else
// was found and a first line names the document minutes; a letter with
// numbered paragraphs names none and stays without items. The date said
// again on its own line gives the time.
TEST(SegmenterItems, NumberedItemsWithoutEvidenceInMinutes) {
  const std::string body =
      "\n\n1. Landskab for alle.\nPlanafdelingen gav en status.\n\n2. Regnskab 2007\n"
      "Bemyndigelse givet.\n";
  const auto doc = segment_text(
      "Referat af møde i Landdistriktsudvalget d. 26-11-07\n\n"
      "mandag den 26. november 2007 kl. 19.00 – 22.00." +
      body);
  EXPECT_EQ(titles(doc), (std::vector<std::string>{"1 Landskab for alle.", "2 Regnskab 2007"}));
  EXPECT_EQ(doc.meeting.start_time, "19:00");
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_TRUE(segment_text("Kære borgere" + body).items.empty());
}

// A converter that drops blank lines (pypdf, pdfplumber) leaves the lines
// under a title touching it: a title said again (Prepare pages) and an
// office's code (Herning) are no part of it; a word in capitals after a
// title that cannot end goes on.
TEST(SegmenterItems, TitleSaidAgainOrOfficeCodesBelowIt) {
  const auto doc = segment_text(
      "Referat\n1. Whistleblowerordning\nWhistleblowerordning\nSagsfremstilling\nTekst.\n"
      "2. Cirkulæreskrivelser m.v.\nDIR\nFOU\nBeslutning\nTaget til efterretning.\n"
      "3. Vejbelysning - udskiftning til\nLED\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Whistleblowerordning", "2 Cirkulæreskrivelser m.v.",
                                      "3 Vejbelysning - udskiftning til LED"}));
}

TEST(SegmenterItems, AHeadingSaidTwiceIsOneItem) {
  // A web page's link to the item over the item's own heading.
  const auto doc = segment_text(
      "Kulturudvalget – Referat – 3. marts 2021\n\n1. Godkendelse af dagsorden (B)\n\n"
      "1.     Godkendelse af dagsorden (B)\n\nBeslutning\n\nGodkendt.\n\n2. Budget (B)\n\n"
      "2.     Budget (B)\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden (B)");
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].title, "Budget (B)");
  EXPECT_EQ(doc.meeting.front_matter, "");
}

// A supplementary item ("1a") whose only evidence is the table of its
// numbers under the heading, as a Word or web page lays them out.
TEST(SegmenterItems, ATableOfNumbersUnderAHeadingIsEvidence) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
      "1a. Ekstraordinært tilskud\n| Sagsnr. | Dokumentnr. | Sagsansvarlig |\n| --- | --- | --- |\n"
      "| 24/6102 | 24/6102-1 | Anne Lise Bonde |\n\nBeslutning:\nGodkendt.\n\n2. Budget 2023\n"
      "Sagsnr.: 22/1234\nBeslutning:\nTaget til efterretning.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].number, "1a");
  EXPECT_EQ(doc.items[1].title, "Ekstraordinært tilskud");
  EXPECT_EQ(doc.items[1].case_numbers, (std::vector<std::string>{"24/6102"}));
  EXPECT_EQ(doc.items[1].document_numbers, (std::vector<std::string>{"24/6102-1"}));
  EXPECT_EQ(doc.items[0].sections.size(), 1u);
}

// KMD's layout: "PUNKT 1   ÅBEN SAG" over the title in capitals; the status
// says whether the item is closed, the next line is the title.
TEST(SegmenterItems, ALabelledHeadingWithItsStatusAloneOverTheTitle) {
  const auto doc = segment_text(
      "REFERAT\n\nØKONOMIUDVALGET\n\nPUNKT 1   ÅBEN SAG\nGODKENDELSE AF DAGSORDEN\nSagsnr.: 24/1\n"
      "BESLUTNING:\nGodkendt.\n\nPUNKT 2   LUKKET SAG\nKØB AF EJENDOM\nSagsnr.: 24/2\n"
      "BESLUTNING:\nGodkendt.\n\nPunkt 3: Åben\nBudget 2025\nSagsnr.: "
      "24/3\nBeslutning:\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].title, "GODKENDELSE AF DAGSORDEN");
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_EQ(doc.items[1].title, "KØB AF EJENDOM");
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_EQ(doc.items[1].sections.size(), 1u);
  EXPECT_EQ(doc.items[2].title, "Budget 2025");
}

// A web page whose items are unnumbered headings, each section's text an
// <ol> of one entry ("Indstilling" over "1. Kultur og Fritid indstiller, at
// ..."): the entries are no items, the headings are, and the closed item's
// decision ("1. Klagen afvises.") stays in it (a review's case).
TEST(SegmenterItems, AOneEntryListUnderASectionHeadingIsNoItem) {
  const auto doc = segment_text(
      "# Referat\n\nKultur- og Fritidsudvalget\n\nMødedato: 14. maj 2024 kl. 8:00\n\n"
      "## Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n## Kulturstrategi\n\n"
      "Sagsfremstilling\n\nTekst.\n\nIndstilling\n\n1. Forvaltningen indstiller, at strategien "
      "godkendes.\n\nBeslutning\n\nGodkendt.\n\n## Halfordeling\n\nIndstilling\n\n"
      "1. Forvaltningen indstiller, at fordelingen godkendes.\n\nBeslutning\n\nGodkendt.\n\n"
      "## Personalesag (lukket punkt)\n\nSagsfremstilling\n\nEn klage.\n\nBeslutning\n\n"
      "1. Klagen afvises.\n");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(doc.items[1].title, "Kulturstrategi");
  EXPECT_TRUE(doc.items[3].closed);
  EXPECT_NE(doc.items[3].decision.find("Klagen afvises"), std::string::npos);
}

// Lolland's minutes (2017, trial AB): a list inside item 2 counts on past the
// item's own number, line under line or each entry over a line of its own;
// its "3." is no item 3 (it had taken item 2's decision), and the decision
// under the list is item 2's evidence. So in item 1 ("1. Cykelstier", "2.
// Busser", "3. Parkering": items had come out 1, 3, 2).
TEST(SegmenterItems, AListPastTheItemsOwnNumberIsNoItem) {
  for (const std::string list :
       {" 1. Det faldende udgiftsbehov\n 2. Den forventede indtægtsnedgang\n"
        " 3. Regulering med råderum\n",
        " 1. 1. Det faldende udgiftsbehov\n  Besparelse på 11,7 mio. kr.\n"
        " 2. 2. Den forventede indtægtsnedgang\n  Besparelse på 52 mio. kr.\n"
        " 3. 3. Regulering med råderum\n  Besparelse på 82 mio. kr.\n"}) {
    const auto doc = segment_text(
        "Byrådet\n\nReferat af mødet den 30. marts 2017 kl. 18.00\n\n"
        "2. Rammeudmelding for budget 2018-2020\n\nForslagene er udarbejdet ud fra:\n\n" +
        list +
        "\nDirektionen indstiller, at der arbejdes videre.\n\nBeslutning i Byrådet, 30-03-2017\n"
        "Godkendt.\n\n4. Godkendelse af regnskab 2016\n\nBeslutning i Byrådet, 30-03-2017\n"
        "Godkendt.\n");
    EXPECT_EQ(titles(doc), (std::vector<std::string>{"2 Rammeudmelding for budget 2018-2020",
                                                     "4 Godkendelse af regnskab 2016"}))
        << list;
    ASSERT_EQ(doc.items.size(), 2u);
    EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  }
  const auto first = segment_text(
      "Referat\n\n1. Trafikplan\n\nPlanen har tre dele:\n\n 1. Cykelstier\n 2. Busser\n"
      " 3. Parkering\n\nBeslutning\n\nGodkendt.\n\n2. Vejbelysning\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(titles(first), (std::vector<std::string>{"1 Trafikplan", "2 Vejbelysning"}));
}

// A list inside an item that counts 1, 2, 3 right over the decision: its
// "3." is no item 3, though "Beslutning:" follows it; the item's heading is.
TEST(SegmenterItems, AListInsideAnItemIsNoItemThoughASectionFollowsIt) {
  const auto doc = segment_text(
      "Referat af møde i Ældrerådet\n\nDato: 7. marts 2024\n\nDagsorden:\n\n"
      "1. Godkendelse af dagsorden\n2. Høring om madservice\n3. Orientering om hjemmeplejen\n"
      "4. Eventuelt\n\nReferat:\n\n1. Godkendelse af dagsorden\n\nBeslutning: Godkendt.\n\n"
      "2. Høring om madservice\n\nTekst.\n\nBeslutning: Bakker op.\n\n"
      "3. Orientering om hjemmeplejen\n\nÆldrerådet havde følgende bemærkninger:\n\n"
      "1. Det er vigtigt.\n\n2. Pårørende skal inddrages tidligt.\n\n"
      "3. Ældrerådet ønsker en status efter et år.\n\nBeslutning: Taget til efterretning.\n\n"
      "4. Eventuelt\n\nBeslutning: Intet.\n");
  EXPECT_EQ(titles(doc),
            (std::vector<std::string>{"1 Godkendelse af dagsorden", "2 Høring om madservice",
                                      "3 Orientering om hjemmeplejen", "4 Eventuelt"}));
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_NE(doc.items[2].decision.find("Taget til efterretning"), std::string::npos);
  // A list of one entry right over the next item is no such list (Glostrup).
  const auto one = segment_text(
      "Referat\n\n 1.  1. Godkendelse af dagsordenen\n\n  Sagsfremstilling\n\n  Tekst.\n\n"
      "  Beslutning\n\n  Godkendt.\n\n  Afbud:\n  1. Rasmus Sønderby, Ø\n"
      " 2.  2. Orientering fra borgmesteren\n\n  Sagsfremstilling\n\n  Tekst.\n\n"
      " 3.  3. Budget\n\n  Sagsfremstilling\n\n  Tekst.\n");
  EXPECT_EQ(one.items.size(), 3u);
}

// "111 Personaleforhold" over "Lukket punkt" over "Beslutning": a web
// page's card, its number and title one line, its status under it.
TEST(SegmenterItems, ANumberAndTitleOverAClosedMarkerOverASection) {
  const auto doc = testing::segment_text(
      "Referat\n\n110 Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
      "111 Personaleforhold\n\nLukket punkt\n\nBeslutning\n\nFratræder.\n\n"
      "112 Eventuelt\n\nBeslutning\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].number, "111");
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_FALSE(doc.items[2].closed);
}

// pdftotext wraps "... - endelig" over "vedtagelse": a section's word in
// lowercase right under the title ends the title.
TEST(SegmenterItems, ALowercaseSectionWordUnderTheTitleIsItsWrappedEnd) {
  const auto doc = testing::segment_text(
      "Referat\n\n3. Lokalplan 112 for boliger ved Farum Hovedgade - endelig\nvedtagelse\n"
      "Sagsnr.: 01.02.05-P16-2-23\n\nSagsresumé\nForslaget har været i høring.\n\nBeslutning\n"
      "Anbefales.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].title,
            "Lokalplan 112 for boliger ved Farum Hovedgade - endelig vedtagelse");
  EXPECT_EQ(doc.items[0].decision, "Anbefales.");
}

// Points numbered 1 to 3 with paragraphs between them inside item 3, the
// last right over the item's "Beslutning": the item's text, not items.
TEST(SegmenterItems, PointsWithParagraphsInsideAnItemAreNoItems) {
  const auto doc = testing::segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1001\nBeslutning\nGodkendt.\n\n"
      "2. Budget\nSagsnr.: 24/1002\nBeslutning\nGodkendt.\n\n3. Lukket punkt: Ejendomssag\n"
      "Sagsnr.: 24/1003\nTre muligheder:\n\n1. Salg\nEjendommen sælges.\n\n2. Udlejning\n"
      "Ejendommen udlejes.\n\n3. Nedrivning\nEjendommen nedrives.\n\nBeslutning\nMulighed 1.\n\n"
      "4. Eventuelt\nBeslutning\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(doc.items[2].title, "Ejendomssag");
  EXPECT_TRUE(doc.items[2].closed);
  EXPECT_EQ(doc.items[2].decision, "Mulighed 1.");
  EXPECT_EQ(doc.items[3].title, "Eventuelt");
}

// A Word table's rows "Nr | Status | Title" flattened to single blanks by a
// PDF's text: the status is the column's, not the title's ("Åben Skole" in
// another form of heading stays a title).
TEST(SegmenterItems, AStatusColumnApartByOneBlank) {
  const auto doc = testing::segment_text(
      "Referat\n\n1 Åben Godkendelse af dagsorden\nSagsnr.: 24/1001\nBeslutning\nGodkendt.\n\n"
      "2 Lukket Køb af ejendom\nSagsnr.: 24/1002\nBeslutning\nGodkendt.\n\n3 Åben Eventuelt\n"
      "Sagsnr.: 24/1003\nBeslutning\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[1].title, "Køb af ejendom");
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_FALSE(doc.items[2].closed);
  const auto skole = testing::segment_text(
      "Referat\n\n1. Åben Skole i kommunen\nSagsnr.: 24/1001\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(skole.items.size(), 1u);
  EXPECT_EQ(skole.items[0].title, "Åben Skole i kommunen");
}

// "application/pdf icon udkast.pdf" under a title: a file link, no part of it.
TEST(SegmenterItems, AFileLinkWithItsTypesIconEndsTheTitle) {
  const auto doc = testing::segment_text(
      "Referat\n\n  • 301. Dagsorden - godkendelse\n\n    Beslutning\n\n    Godkendt.\n\n"
      "  • 302. Planstrategi 2020\n    application/pdf icon udkast._planstrategi_2020.pdf\n\n"
      "    Resume\n\n    I høring.\n\n    Beslutning\n\n    Godkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[1].title, "Planstrategi 2020");
}

// A closed item printed without its number fills the gap in the numbering.
TEST(SegmenterItems, AClosedItemWithoutItsNumberFillsTheGap) {
  const auto doc = testing::segment_text(
      "Referat\n\nPunkt 1: Godkendelse af dagsorden\nSagsnr.: 24/1001\nBeslutning\nGodkendt.\n\n"
      "Lukket punkt: Køb af ejendom\nSagsnr.: 24/1009\nBeslutning\nGodkendt.\n\n"
      "Punkt 3: Eventuelt\nBeslutning\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].number, "2");
  EXPECT_EQ(doc.items[1].title, "Køb af ejendom");
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  // Its number in another form than the items', the marker after the title.
  const auto other = testing::segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1001\nBeslutning\nGodkendt.\n\n"
      "2 Køb af ejendom (Lukket)\nSagsnr.: 24/1002\nBeslutning\nGodkendt.\n\n3. Eventuelt\n"
      "Beslutning\nIntet.\n");
  ASSERT_EQ(other.items.size(), 3u);
  EXPECT_EQ(other.items[1].title, "Køb af ejendom");
  EXPECT_TRUE(other.items[1].closed);
  // The status before the number (a card's badge, a status column first).
  for (const char* heading : {"Lukket 2 Køb af ejendom", "LUKKET 2. Køb af ejendom"}) {
    const auto first = testing::segment_text(
        std::string("Referat\n\n1 Godkendelse af dagsorden\nSagsnr.: 24/1001\nBeslutning\n"
                    "Godkendt.\n\n") +
        heading + "\nSagsnr.: 24/1002\nBeslutning\nGodkendt.\n\n3 Eventuelt\nBeslutning\nIntet.\n");
    ASSERT_EQ(first.items.size(), 3u) << heading;
    EXPECT_EQ(first.items[1].title, "Køb af ejendom") << heading;
    EXPECT_TRUE(first.items[1].closed) << heading;
  }
}

// Two items printed in each other's place (7, 9, 8, 10) both stay items; the
// chain had kept one, and the other's text (a closed item's) ran into the
// item above.
TEST(SegmenterItems, TwoItemsInEachOthersPlaceBothStay) {
  const std::string body = "Sagsnr.: 24/1001\nBeslutning\nGodkendt.\n\n";
  const auto after = testing::segment_text(
      "Referat\n\nPunkt 1: Godkendelse af dagsorden\n" + body + "Punkt 3: Nøgletal\n" + body +
      "Punkt 2: Lukket: Køb af ejendom\nSagsnr.: 24/1002\nHemmelig pris.\n\nPunkt 4: Eventuelt\n" +
      body);
  ASSERT_EQ(after.items.size(), 4u);
  EXPECT_EQ(after.items[1].number, "3");
  EXPECT_EQ(after.items[2].number, "2");
  EXPECT_TRUE(after.items[2].closed);
  EXPECT_FALSE(after.items[1].closed);
  const auto before =
      testing::segment_text("Referat\n\n1. Godkendelse af dagsorden\n" + body + "3. Nøgletal\n" +
                            body + "2. Budget\n" + body + "4. Eventuelt\n" + body);
  ASSERT_EQ(before.items.size(), 4u);
  EXPECT_EQ(before.items[1].title, "Nøgletal");
  EXPECT_EQ(before.items[2].title, "Budget");
  // A number that does not swap with its neighbour stays out.
  const auto far = testing::segment_text("Referat\n\n1. Godkendelse af dagsorden\n" + body +
                                         "2. Budget\n" + body + "3. Nøgletal\n" + body +
                                         "1. Første bud\n" + body + "4. Eventuelt\n" + body);
  EXPECT_EQ(far.items.size(), 4u);
}

// A Word heading's soft line break before its case number, joined with a
// blank: the number closes the title and is the item's.
TEST(SegmenterItems, ACaseNumberClosingTheTitleLineIsTheItems) {
  const auto doc = testing::segment_text(
      "Referat\n\n# 1. Godkendelse af dagsorden Sagsnr.: 24/00112\n\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"24/00112"}));
}

// "ØU 45/2024 Title": the committee's code, the number and the year.
TEST(SegmenterItems, CommitteeCodedCaseNumbersAsHeadings) {
  const auto doc = testing::segment_text(
      "Referat\n\nØU 44/2024 Godkendelse af dagsorden\nBeslutning: Godkendt.\n\nØU 45/2024 "
      "Regnskab 2023\nSagsnr.: 24/04412\nBeslutning: Anbefales.\n\nØU 46/2024 Lukket punkt: "
      "Erstatningssag\nSagsnr.: 24/03777\nBeslutning: Forlig godkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].number, "45");
  EXPECT_EQ(doc.items[1].title, "Regnskab 2023");
  EXPECT_TRUE(doc.items[2].closed);
  // Not a line that starts with a code and a count.
  EXPECT_TRUE(testing::segment_text("Notat\n\nEU 27 lande deltog.\n").items.empty());
}

// A closed heading with evidence of its own wins the tie with an entry of
// its number in a list inside it, each entry with a decision.
TEST(SegmenterItems, AClosedHeadingWinsATieWithAListsEntry) {
  const auto doc = testing::segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1001\nBeslutning\nGodkendt.\n\n"
      "2. Lukket punkt: Ejendomssag\nSagsnr.: 24/1003\nTo bydere:\n\n1. Hans Hansen\nBeslutning\n"
      "Første bud.\n\n2. Grete Jensen\nBeslutning\nAndet bud.\n\n3. Eventuelt\nSagsnr.: 24/1004\n"
      "Beslutning\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[1].title, "Ejendomssag");
  EXPECT_TRUE(doc.items[1].closed);
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// A card's number in a box of its own over its title as a heading
// ("Punkt 5" over "## Forhandling om grundkøb", html2text of a card page):
// the heading is the title, not the line above the number.
TEST(SegmenterItems, ALoneLabelOverAMarkdownHeadingTitle) {
  const auto doc = testing::segment_text(
      "Referat\n\n# By- og Udviklingsudvalget\n\nPunkt 4\n\n## Helhedsplan for Kolding Havn\n\n"
      "### Beslutning\n\nAnbefales.\n\nPunkt 5\n\n## Forhandling om grundkøb\n\nLukket punkt\n\n"
      "### Beslutning\n\nGodkendt.\n\nPunkt 6\n\n## Sager til orientering\n\n### Beslutning\n\n"
      "Til efterretning.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].title, "Helhedsplan for Kolding Havn");
  EXPECT_EQ(doc.items[1].title, "Forhandling om grundkøb");
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_EQ(doc.items[2].title, "Sager til orientering");
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// Two-level items under numbered groups ("# 2 Lukkede sager" over "## 2.1
// Title", a Word heading numbered without its stop; "2. Lukkede sager"):
// the group closes its items, and a sibling group after it is open.
TEST(SegmenterItems, ANumberedGroupClosesItsItems) {
  for (const char* stop : {"", "."}) {
    const std::string s = stop;
    const auto doc = testing::segment_text(
        "# Referat\n\n# 1" + s +
        " Åbne sager\n\n## 1.1 Godkendelse af dagsorden\n\nSagsnr.: "
        "24/300\n\n**Beslutning**\n\nGodkendt.\n\n# 2" +
        s +
        " Lukkede sager\n\n## 2.1 Køb af "
        "ejendom\n\nSagsnr.: 24/310\n\n**Beslutning**\n\nGodkendt.\n\n## 2.2 Personalesag\n\n"
        "Sagsnr.: 24/311\n\n**Beslutning**\n\nGodkendt.\n\n# 3" +
        s +
        " Sager til orientering\n\n"
        "## 3.1 Meddelelser\n\nSagsnr.: 24/320\n\n**Beslutning**\n\nTaget til efterretning.\n");
    ASSERT_EQ(doc.items.size(), 4u) << stop;
    EXPECT_FALSE(doc.items[0].closed) << stop;
    EXPECT_TRUE(doc.items[1].closed) << stop;
    EXPECT_TRUE(doc.items[2].closed) << stop;
    EXPECT_FALSE(doc.items[3].closed) << stop;
    for (const auto& section : doc.items[0].sections) EXPECT_NE(section.kind, "other") << stop;
  }
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// pdftohtml sets a wrapped heading's lines as bold paragraphs of their own:
// a section's word in lowercase under the title ends it there too.
TEST(SegmenterItems, ABoldTitlesEndAfterABlankLine) {
  const auto doc = testing::segment_text(
      "**Referat**\n\n**1. Godkendelse af dagsorden**\nSagsnr.: 24/1002\n**Beslutning**\n"
      "Godkendt.\n\n**2. Klimatilpasningsplan 2024-2027 - endelig**\n\n**vedtagelse**\nSagsnr.: "
      "23/18845\n**Beslutning**\nAnbefales.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[1].title, "Klimatilpasningsplan 2024-2027 - endelig vedtagelse");
  EXPECT_EQ(doc.items[1].decision, "Anbefales.");
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// An agenda page's `<summary>` (Kalundborg): "24-1699 - 7. Lukket: Title",
// the case number before the heading, a dash between them. "1 - Title" is
// the dash row's own number.
TEST(SegmenterItems, ACaseNumberLeadsTheHeading) {
  EXPECT_EQ(heading("24-1699 - 7. Klage over sanktion")->number, 7u);
  EXPECT_EQ(heading("24-1699 - 7. Klage over sanktion")->title, "Klage over sanktion");
  EXPECT_EQ(heading("00.01.00-A00-1-24 \u2013 12. Budget")->number, 12u);
  EXPECT_EQ(heading("1 - Godkendelse af dagsorden")->number, 1u);
  EXPECT_FALSE(heading("24-1699 - Klage over sanktion"));
  const auto doc = testing::segment_text(
      "Referat - Beskæftigelsesudvalget\n\n24-2001 - 1. Godkendelse af dagsorden\n\n"
      "Beslutning: Godkendt.\n\n24-1699 - 2. Lukket: Klage over sanktion\n\n"
      "Resume: Borgeren klager.\n\nBeslutning: Afgørelsen fastholdes.\n\n"
      "24-2002 - 3. Eventuelt\n\nBeslutning: Intet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].title, "Klage over sanktion");
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_FALSE(doc.items[2].closed);
  EXPECT_EQ(doc.items[2].decision, "Intet.");
}

// A web page's table as markdown, a row for each item's number and title:
// html2text writes it without the outer bars ("**Pkt. 6**|  **Title**" over
// "---|---"), other converters with them ("| **Pkt. 6** | **Title** |").
// The closed marker in the title's cell closes the item.
TEST(SegmenterItems, ItemsInTableRows) {
  for (const bool bars : {false, true}) {
    const auto row = [&](const std::string& a, const std::string& b) {
      return bars ? "| " + a + " | " + b + " |\n|---|---|\n" : a + "|  " + b + "  \n---|---  \n";
    };
    const auto doc = testing::segment_text(
        "**Økonomiudvalget**\n**Referat**\n\n" + row("**Pkt. 1**", "**Godkendelse af dagsorden**") +
        "Sagsnr.:| 09/1102  \n**Beslutning:**|  Godkendt.  \n" +
        row("**Pkt. 2**", "**Personalesag - LUKKET PUNKT**") +
        "Sagsnr.:| 09/1150  \n**Beslutning:**|  Godkendt.  \n" +
        row("**Pkt. 3**", "**Eventuelt**") + "Sagsnr.:| 09/1103  \n**Beslutning:**|  Intet.  \n");
    ASSERT_EQ(doc.items.size(), 3u) << bars;
    EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden") << bars;
    EXPECT_EQ(doc.items[0].decision, "Godkendt.") << bars;
    EXPECT_EQ(doc.items[1].title, "Personalesag") << bars;
    EXPECT_TRUE(doc.items[1].closed) << bars;
    EXPECT_EQ(doc.items[2].title, "Eventuelt") << bars;
    EXPECT_EQ(doc.items[2].decision, "Intet.") << bars;
  }
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// Holstebro's Sbsys pages list the items in the header under "Åbne
// dagsordenspunkter" and "Lukkede dagsordenspunkter", "N Title" without page
// numbers; the body repeats no divider. An item listed closed is closed.
TEST(SegmenterItems, AnItemListedUnderTheClosedDividerIsClosed) {
  const auto doc = testing::segment_text(
      "Referat\ntil\nmødet i Byrådet\nden 15. maj 2018 kl. 17:00\n\nPkt.\n\nÅbne "
      "dagsordenspunkter\n\n1 Godkendelse af regnskab\n2 Det fremtidige Birkehøj\n\nLukkede "
      "dagsordenspunkter\n\n3 Salg af areal\n\nÅbne dagsordenspunkter\n\n1. Godkendelse af "
      "regnskab\n\n08.00.00-A00-1-18\n\nBeslutning\n\nGodkendt.\n\n2. Det fremtidige "
      "Birkehøj\n\n82.00.00-G00-1-18\n\nBeslutning\n\nGodkendt.\n\n3. Salg af areal\n\n"
      "03.01.00-G00-2-18\n\nSagsfremstilling\n\nKøber tilbyder 400.000 kr.\n\nBeslutning\n\n"
      "Godkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
  // The list as a web page's bullets (trial BL).
  const auto bulleted = testing::segment_text(
      "Referat\n\n## Indholdsfortegnelse\n\n- Åbne dagsordenspunkter\n- 1 Orientering\n- 2 "
      "Budget\n- Lukkede dagsordenspunkter\n- 3 Salg af bygning\n\n## 1. Orientering\n\n### "
      "Beslutning\n\nTaget til efterretning.\n\n## 2. Budget\n\n### Beslutning\n\n"
      "Godkendt.\n\n## 3. Salg af bygning\n\n### Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(bulleted.items.size(), 3u);
  EXPECT_FALSE(bulleted.items[1].closed);
  EXPECT_TRUE(bulleted.items[2].closed);
}

// Copenhagen's council (trial AK): a sentence naming a range of items is no
// item's heading.
TEST(SegmenterItems, ARangeOfItemsInASentenceIsNoHeading) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsordenen\n\nBeslutning\n\nDagsordenens punkt 20-21 blev "
      "besluttet behandlet under ét.\n\nPunkt 3-5 behandles samlet.\n\nDagsordenen blev "
      "godkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsordenen");
  const auto heading = segment_text(
      "Referat\n\nPunkt 20 - Budget 2025\n\nBeslutning\n\nGodkendt.\n\nPunkt 21 - 2. "
      "behandling af budgettet\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(heading.items.size(), 2u);
  EXPECT_EQ(heading.items[1].title, "2. behandling af budgettet");
  // Titles that open with a number (review 28).
  const auto numbers = segment_text(
      "Referat\n\nPunkt 2 - Budget\n\nBeslutning\n\nGodkendt.\n\nPunkt 3 - 10 års "
      "vedligeholdelsesplan\n\nBeslutning\n\nGodkendt.\n\nPkt. 4 - 12 nye almene boliger\n\n"
      "Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(numbers.items.size(), 3u);
  EXPECT_EQ(numbers.items[1].title, "10 års vedligeholdelsesplan");
  EXPECT_EQ(numbers.items[2].title, "12 nye almene boliger");
  // A sentence with blanks around the dash (review 29).
  const auto spaced = segment_text(
      "Referat\n\nPunkt 3 - Eventuelt\n\nBeslutning\n\nIntet.\n\nPunkt 4 - 5 fra sidste møde "
      "udsættes til oktober.\n");
  ASSERT_EQ(spaced.items.size(), 1u);
}

}  // namespace protokol::segmenter
