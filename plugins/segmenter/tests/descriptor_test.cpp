// The descriptor the host reads: stage name, kind, requires/provides,
// typed parameters, and the factory and process entries as the host calls them.
#include <gtest/gtest.h>

#include <protokol/params.hpp>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace {

const protokol::stage_descriptor& segment_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

using protokol::testing::create_error;
using protokol::testing::error_of;
using protokol::testing::stage_under_test;

TEST(SegmenterDescriptor, DeclaresOnePluginWithTheHostAbi) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(plugin->abi_major, protokol::abi_major);
  EXPECT_EQ(plugin->abi_minor, protokol::abi_minor);
  EXPECT_STREQ(plugin->toolchain, protokol::toolchain_fingerprint);
  EXPECT_STREQ(plugin->name, "segmenter");
  ASSERT_EQ(plugin->stage_count, 1u);
}

TEST(SegmenterDescriptor, SegmentStageRequiresTextAndFormat) {
  const auto& stage = segment_stage();
  EXPECT_STREQ(stage.name, "segment");
  EXPECT_EQ(stage.kind, protokol::stage_kind::segmenter);
  EXPECT_STREQ(stage.requires_, "text format");
  EXPECT_STREQ(stage.provides, "meeting items sections");
}

TEST(SegmenterDescriptor, ParametersHaveTypesDefaultsAndDocs) {
  const auto& stage = segment_stage();
  ASSERT_EQ(stage.param_count, 6u);
  const protokol::param_descriptor* p = stage.params;
  EXPECT_STREQ(p[0].name, "max_title_lines");
  EXPECT_EQ(p[0].type, protokol::param_type::integer);
  EXPECT_STREQ(p[0].default_value, "3");
  EXPECT_STREQ(p[1].name, "toc_check");
  EXPECT_EQ(p[1].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[1].default_value, "true");
  EXPECT_STREQ(p[2].name, "keep_history_decisions");
  EXPECT_EQ(p[2].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[2].default_value, "true");
  EXPECT_STREQ(p[3].name, "numbered_items");
  EXPECT_EQ(p[3].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[3].default_value, "true");
  EXPECT_STREQ(p[4].name, "require_items");
  EXPECT_EQ(p[4].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[4].default_value, "true");
  EXPECT_STREQ(p[5].name, "stray_closed_marker");
  EXPECT_EQ(p[5].type, protokol::param_type::choice);
  EXPECT_STREQ(p[5].default_value, "warn");
  EXPECT_STREQ(p[5].choices, "warn|quarantine");
  for (std::uint32_t i = 0; i < stage.param_count; ++i) {
    EXPECT_FALSE(p[i].required) << p[i].name;
    EXPECT_GT(std::string_view(p[i].doc).size(), 20u) << p[i].name;
    if (p[i].type != protokol::param_type::choice) {
      EXPECT_EQ(p[i].choices, nullptr) << p[i].name;
    }
  }
}

TEST(SegmenterDescriptor, FactoryCreatesAStageThatSegments) {
  const stage_under_test stage(segment_stage());
  protokol::document doc;
  doc.text = "Referat\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n";
  stage.process(doc);
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
}

TEST(SegmenterDescriptor, TheHostRefusesTitleLinesOutOfRange) {
  std::vector<std::string> problems;
  protokol::bind_params(segment_stage(), {{"max_title_lines", "21"}}, problems);
  EXPECT_EQ(problems,
            std::vector<std::string>{"parameter 'max_title_lines' expects int in 1..20, got '21'"});
}

TEST(SegmenterDescriptor, ParametersChangeTheResult) {
  const stage_under_test stage(
      segment_stage(), {.params = {{"numbered_items", "false"}, {"require_items", "false"}}});
  protokol::document doc;
  doc.text = "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n";
  stage.process(doc);
  EXPECT_TRUE(doc.items.empty());
}

// A file that is not minutes must not pass as an exported document.
TEST(SegmenterDescriptor, DocumentWithoutItemsFailsUnlessTheParameterKeepsIt) {
  const std::string text = "Prisliste\n\nKaffe 25 kr.\nTe 20 kr.\n";
  const stage_under_test strict(segment_stage());
  protokol::document doc;
  doc.text = text;
  const std::string error = error_of([&] { strict.process(doc); });
  EXPECT_NE(error.find("no agenda items found"), std::string::npos) << error;
  EXPECT_NE(error.find("segment.require_items=false"), std::string::npos) << error;

  const stage_under_test lenient(segment_stage(), {.params = {{"require_items", "false"}}});
  protokol::document kept;
  kept.text = text;
  lenient.process(kept);
  EXPECT_EQ(kept.warnings, std::vector<std::string>{"segment: no agenda items found"});
}

// Closed items before the first item found (a Word file whose items'
// headings were lost: review 44, a02 and a03) are front matter, which a
// public run exports: a title with its closed status, or the closed part's
// divider, over a section's heading there warns, and quarantines where the
// pipeline publishes. A contents table's closed entry does not.
TEST(SegmenterDescriptor, AClosedItemInTheFrontMatterWarnsOrQuarantines) {
  const std::string items = "3. Eventuelt\n\nBeslutning\nIntet.\n";
  for (const std::string_view lost :
       {"Lukket: Salg af bygning\nSagsfremstilling\nKøberen har tilbudt en pris.\n",
        "Lukkede punkter\nPersonalesag\nSagsfremstilling\nSagen vedrører en medarbejder.\n"}) {
    const std::string text =
        "Referat\n\nØkonomiudvalget\n\nMeddelelser\nBeslutning\n"
        "Taget til efterretning.\n" +
        std::string(lost) + "Beslutning\nGodkendt.\n\n" + items;
    const stage_under_test warning(segment_stage());
    protokol::document doc;
    doc.text = text;
    warning.process(doc);
    ASSERT_EQ(doc.items.size(), 1u) << lost;
    ASSERT_EQ(doc.warnings.size(), 1u) << lost;
    EXPECT_TRUE(doc.warnings[0].starts_with(
        "segment: the text before the first item holds a line marking an item closed"))
        << doc.warnings[0];
    const stage_under_test strict(segment_stage(),
                                  {.params = {{"stray_closed_marker", "quarantine"}}});
    protokol::document published;
    published.text = text;
    EXPECT_NE(error_of([&] { strict.process(published); }).find("the text before the first item"),
              std::string::npos);
  }
  // The marker on the document's first line (fuzz: the line before it was read).
  const stage_under_test warning(segment_stage());
  protokol::document first;
  first.text = "Lukket punkt: Salg af grund\nSagsfremstilling\nTekst.\n\n" + items;
  warning.process(first);
  ASSERT_EQ(first.warnings.size(), 1u);
  EXPECT_TRUE(first.warnings[0].starts_with("segment: the text before the first item"));
  protokol::document listed;
  listed.text =
      "Referat\n\nIndholdsfortegnelse\n\n1. Budget ........ 2\n"
      "2. Lukket: Salg af bygning ........ 3\n\n1. Budget\n\nBeslutning\nGodkendt.\n\n"
      "2. Salg af bygning\n\nBeslutning\nGodkendt.\n";
  warning.process(listed);
  EXPECT_TRUE(listed.warnings.empty()) << listed.warnings.front();
}

// A closed item whose heading was missed (a PDF's columns out of order)
// leaves its "Lukket" in the open item before it: a warning, and where the
// pipeline publishes (public.xml), a quarantine instead of its text.
TEST(SegmenterDescriptor, AClosedMarkerInAnOpenItemWarnsOrQuarantines) {
  const std::string text =
      "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
      "Personalesag\nSagsnr.: 24-003614\n\nLukket\n\nSagen vedrører en medarbejder.\n";
  const stage_under_test warning(segment_stage());
  protokol::document doc;
  doc.text = text;
  warning.process(doc);
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_EQ(doc.warnings,
            std::vector<std::string>{
                "segment: item 1 \"Godkendelse af dagsorden\" holds a line marking an item closed "
                "(\"Lukket\"): a closed item's heading may have been missed and its text read as "
                "this item's"});

  const stage_under_test strict(segment_stage(),
                                {.params = {{"stray_closed_marker", "quarantine"}}});
  protokol::document published;
  published.text = text;
  const std::string error = error_of([&] { strict.process(published); });
  EXPECT_NE(error.find("item 1 \"Godkendelse af dagsorden\" holds a line marking an item closed"),
            std::string::npos)
      << error;
  EXPECT_NE(error.find("stray_closed_marker=quarantine"), std::string::npos) << error;

  // One warning for `marker` on a line of its own under an open item.
  const auto expect_one_warning = [&](const std::string& marker) {
    protokol::document other;
    other.text =
        "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\nPersonalesag\n"
        "Sagsnr.: 24-003614\n\n" +
        marker + "\n\nSagen vedrører en medarbejder.\n";
    warning.process(other);
    EXPECT_EQ(other.warnings.size(), 1u) << marker;
  };
  // Other markers of a closed item next to its case number (review 27).
  for (const std::string marker :
       {"Fortroligt", "Ikke offentligt", "Status: Lukket", "Punktet behandles for lukkede døre."}) {
    expect_one_warning(marker);
  }
  // Markers that end in none of "t", "T", ")": found by their first byte,
  // in either case, or markup's (find_stray_marker's table of them).
  for (const std::string marker :
       {"Lukket punkt.", "lukket punkt.", "LUKKET PUNKT.", "Fortroligt.", "fortroligt.",
        "Ikke offentligt.", "ikke offentligt.", "Status: Lukket.", "status: lukket.",
        "(Lukket punkt).", "**Lukket punkt**", "__Lukket punkt__", "- Lukket punkt.",
        "\xE2\x80\xA2 Lukket punkt."}) {
    expect_one_warning(marker);
  }
  // A title with its closed status over a section's heading, no number
  // (Aarhus's Magistrate's pages, trial AK).
  protokol::document untitled;
  untitled.text =
      "Referat\n\n1. Forslag om parkering\n\nBeslutning\nDrøftet.\n\nBilag\n\nPersonalesag - "
      "lukket\n\nBeslutning\nGodkendt.\n";
  warning.process(untitled);
  EXPECT_EQ(untitled.warnings.size(), 1u);

  // A missed closed item's title and status in other shapes (review 28).
  const std::string head = "Referat\n\n1. Forslag om parkering\n\nBeslutning\nDrøftet.\n\n";
  for (const std::string missed :
       {"Personalesag\nLukket punkt\n\nSagsfremstilling\nSagen vedrører en medarbejder.\n",
        "Lukket punkt: Personalesag\n\nSagsfremstilling\nSagen vedrører en medarbejder.\n",
        "Personalesag, lukket punkt\n\nSagsfremstilling\nSagen vedrører en medarbejder.\n",
        "Personalesag - lukket\nSagen vedrører en medarbejder.\n\nBeslutning\nGodkendt.\n"}) {
    protokol::document other;
    other.text = head + missed;
    warning.process(other);
    EXPECT_EQ(other.warnings.size(), 1u) << missed;
  }
  // PDF text without blank lines (review 29).
  protokol::document dense;
  dense.text =
      "Referat\n1. Forslag om parkering\nBeslutning\nDrøftet.\nPersonalesag - lukket\n"
      "Sagsfremstilling\nSagen vedrører en medarbejder.\n";
  warning.process(dense);
  EXPECT_EQ(dense.warnings.size(), 1u);
  // "Lukket punkt" alone, wherever the missed item's title stands, and a
  // titled status over a longer text (review 29).
  for (const std::string missed :
       {"Personalesag\n\nLukket punkt\n\nSagsfremstilling\nSagen vedrører en medarbejder.\n",
        "Lukket punkt\nPersonalesag\n\nSagsfremstilling\nSagen vedrører en medarbejder.\n",
        "Personalesag vedrørende medarbejder\ni Teknik og Miljø\nLukket punkt\n\n"
        "Sagsfremstilling\nSagen vedrører en medarbejder.\n",
        "Personalesag\nLukket punkt\n\nSagen vedrører en medarbejder.\n\nBeslutning\nGodkendt.\n",
        "Personalesag vedr. fratrædelse af medarb.\nLukket punkt\n\nSagsfremstilling\nSagen.\n",
        "Personalesag - lukket\nSagen vedrører en medarbejder.\nHun har været ansat siden 2010.\n"
        "Der er indgået aftale om fratrædelse.\nAftalen er godkendt af HR.\n\nBeslutning\n"
        "Godkendt.\n"}) {
    protokol::document other;
    other.text = head + missed;
    warning.process(other);
    EXPECT_EQ(other.warnings.size(), 1u) << missed;
  }
  // The marker above the title, in other forms (review 30).
  for (const std::string marker : {"Fortroligt", "Lukket", "Lukket pkt.", "- Lukket punkt",
                                   "\u2022 Lukket punkt", "Lukket punkt:", "Lukket (personsag)",
                                   "Lukket behandling", "Punktet behandles for lukkede døre."}) {
    protokol::document other;
    other.text = head + marker +
                 "\nAfskedigelse af medarbejder\nMedarbejderen afskediges pr. 1. maj.\nBeslutning\n"
                 "Godkendt.\n";
    warning.process(other);
    EXPECT_EQ(other.warnings.size(), 1u) << marker;
  }
  // A status column's other words over a closed item's title (review 31),
  // and the marker with its title over sentences and no section heading.
  for (const std::string missed :
       {"Lukket punkt:\nAfskedigelse af medarbejder\nMedarbejderen afskediges pr. 1. maj.\n"
        "Godkendt.\n"}) {
    protokol::document other;
    other.text = head + missed;
    warning.process(other);
    EXPECT_EQ(other.warnings.size(), 1u) << missed;
  }
  for (const std::string fine :
       {"Sagsfremstilling\nFølgende strækninger er berørt:\n\nLukket\nSkovvej mellem Engvej og "
        "Møllevej\n\nLukket for gennemkørsel\nBækvej ved skolen\n\nBeslutning\nTaget til "
        "orientering.\n",
        "Sagsfremstilling\nFormanden orienterede om følgende:\n- Lukket punkt\nSalget blev "
        "udsat.\nBeslutning\nTaget til orientering.\n"}) {
    protokol::document other;
    other.text = head + fine;
    strict.process(other);
    EXPECT_TRUE(other.warnings.empty()) << fine;
  }
  // A list of statuses beside an open one, and a closed part's divider
  // over a sentence about the items after it (review 30).
  for (const std::string fine :
       {"Sagsfremstilling\nStatus:\n\nTrafik på Skolevej\nLukket sag\n\nHundeskov ved Engen\n"
        "Åben sag\n\nBeslutning\nTaget til efterretning.\n",
        "Sagsfremstilling\nDagsordenen omfatter:\nVejbelysning på Skovvej\nÅbent punkt\nSalg af "
        "areal ved Møllevej\nLukket punkt\nBeslutning\nGodkendt.\n",
        "Lukket punkt\nDet følgende punkt behandles for lukkede døre.\n"}) {
    protokol::document other;
    other.text = head + fine;
    strict.process(other);
    EXPECT_TRUE(other.warnings.empty()) << fine;
  }
  // Rows of a table with a status column (reviews 27 and 28).
  for (const std::string rows :
       {"Sagsfremstilling\nStatus pr. 1. september:\n\nSkovvej (Holmevej - Bakkevej)\nLukket\n"
        "Bakkevej\nÅben for gennemkørsel\n\nBeslutning\nTaget til efterretning.\n",
        "Sagsfremstilling\nHallerne:\n\nNorddal Hallen - åben\nHolme Hallen - lukket\n\n"
        "Indstilling\nTages til efterretning.\n",
        // The closed row first, and other shapes of rows (review 29).
        "Sagsfremstilling\nStatus:\n\nHolme Svømmehal - lukket\nNorddal Hallen - åben\n\n"
        "Beslutning\nTaget til efterretning.\n",
        "Sagsfremstilling\nVejarbejder:\n\nStationsvej — lukket\nSkovvej — ensrettet\n\n"
        "Beslutning\nTaget til efterretning.\n",
        "Sagsfremstilling\nInstitutionerne:\n\nBørnehaven Solsikken, lukket\n"
        "Børnehaven Mælkebøtten, udvidet\n\nIndstilling\nTages til efterretning.\n",
        "Sagsfremstilling\nSommerferien:\n\nLukket: Holme Bibliotek, uge 28-30\n"
        "Åbent: Norddal Bibliotek\n\nBeslutning\nTaget til efterretning.\n",
        "Sagsfremstilling\nStatus for hallerne:\n\nNorddal Hallen\nÅben\n\nHolme Svømmehal\n"
        "Lukket\n\nBeslutning\nTaget til efterretning.\n"}) {
    protokol::document fine;
    fine.text = head + rows;
    strict.process(fine);
    EXPECT_TRUE(fine.warnings.empty()) << rows;
  }

  // A table's "Lukket" cell and a closed part's divider after the last item
  // are no missed item.
  for (const std::string text :
       {"Referat\n\n1. Nye åbningstider\n\nLørdag\n10-16\nSøndag\nLukket\n\nBeslutning\n\n"
        "Godkendt.\n",
        "Referat\n\n1. Eventuelt\n\nIntet.\n\nLukket møde\n\nPunkterne på lukket møde "
        "offentliggøres ikke.\n"}) {
    protokol::document fine;
    fine.text = text;
    strict.process(fine);
    EXPECT_TRUE(fine.warnings.empty()) << text;
  }

  // Under its own heading the marker closes the item: nothing to warn of.
  protokol::document right;
  right.text =
      "Referat\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Personalesag\n\n"
      "Lukket\n\nSagen vedrører en medarbejder.\n";
  strict.process(right);
  ASSERT_EQ(right.items.size(), 2u);
  EXPECT_TRUE(right.items[1].closed);
  EXPECT_TRUE(right.warnings.empty());
}

}  // namespace
