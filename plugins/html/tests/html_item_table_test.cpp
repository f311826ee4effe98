// Minutes given as one table, one row per item: the rows become the item
// lines the segmenter reads; tables of contents keep their entry lines.
#include <gtest/gtest.h>

#include "html_test_support.hpp"

namespace protokol::html {
namespace {

using test::page;
using test::text_of;

TEST(HtmlItemTable, RowsWithADecisionColumnBecomeItems) {
  EXPECT_EQ(text_of(page("<table><tr><th>Pkt.</th><th>Emne</th><th>Sagsnr.</th>"
                         "<th>Beslutning</th></tr>"
                         "<tr><td>1.</td><td>Godkendelse af dagsorden</td><td>24/8801</td>"
                         "<td>Godkendt.</td></tr>"
                         "<tr><td>2.</td><td>Orientering om demensstrategi</td><td>23/30911</td>"
                         "<td>Taget til efterretning.</td></tr></table>")),
            "| Pkt. | Emne | Sagsnr. | Beslutning |\n| --- | --- | --- | --- |\n\n"
            "1. Godkendelse af dagsorden\nSagsnr.: 24/8801\n\nBeslutning\nGodkendt.\n\n"
            "2. Orientering om demensstrategi\nSagsnr.: 23/30911\n\nBeslutning\n"
            "Taget til efterretning.");
}

TEST(HtmlItemTable, PunktSagBeslutningHeadsMakeItems) {
  EXPECT_EQ(text_of(page("<table><tr><th>Punkt</th><th>Sag</th><th>Beslutning</th></tr>"
                         "<tr><td>3</td><td>Budget 2025</td><td>Godkendt.</td></tr></table>")),
            "| Punkt | Sag | Beslutning |\n| --- | --- | --- |\n\n"
            "3. Budget 2025\n\nBeslutning\nGodkendt.");
}

TEST(HtmlItemTable, NrOverskriftReferatHeadsMakeItems) {
  EXPECT_EQ(text_of(page("<table><tr><th>Nr.</th><th>Overskrift</th><th>Referat</th></tr>"
                         "<tr><td>1</td><td>Eventuelt</td><td>Intet.</td></tr></table>")),
            "| Nr. | Overskrift | Referat |\n| --- | --- | --- |\n\n"
            "1. Eventuelt\n\nReferat\nIntet.");
}

TEST(HtmlItemTable, BoldFirstRowWithoutThIsTheHead) {
  EXPECT_EQ(text_of(page("<table><tr><td><strong>Pkt.</strong></td><td><strong>Emne</strong></td>"
                         "<td><strong>Beslutning</strong></td></tr>"
                         "<tr><td>1.</td><td>Godkendelse af dagsorden</td><td>Godkendt.</td></tr>"
                         "</table>")),
            "| Pkt. | Emne | Beslutning |\n| --- | --- | --- |\n\n"
            "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.");
}

TEST(HtmlItemTable, EveryCellIsKeptAndEmptyCellsAreSkipped) {
  EXPECT_EQ(text_of(page("<table><tr><th>Pkt.</th><th>Emne</th><th>Beslutning</th>"
                         "<th>Sagsbehandler</th><th>J.nr.:</th></tr>"
                         "<tr><td>5</td><td><p>Økonomi</p><p>rådets budget</p></td>"
                         "<td><p>Godkendt.</p><p>Næste møde 15. maj.</p></td><td>Mette Lund</td>"
                         "<td></td></tr>"
                         "<tr><td colspan=\"5\">Lukkede punkter</td></tr></table>")),
            "| Pkt. | Emne | Beslutning | Sagsbehandler | J.nr.: |\n"
            "| --- | --- | --- | --- | --- |\n\n"
            "5. Økonomi rådets budget\nSagsbehandler: Mette Lund\n\n"
            "Beslutning\nGodkendt.\nNæste møde 15. maj.\n\nLukkede punkter");
}

TEST(HtmlItemTable, TableOfContentsWithoutSectionColumnKeepsEntryLines) {
  EXPECT_EQ(text_of(page("<table><thead><tr><th>Pkt.</th><th>Emne</th><th>Sagsnr.</th></tr>"
                         "</thead><tbody><tr><td>41</td><td>Godkendelse af dagsorden</td>"
                         "<td>24/1001</td></tr></tbody></table>")),
            "| Pkt. | Emne | Sagsnr. |\n| --- | --- | --- |\n"
            "41. Godkendelse af dagsorden  24/1001");
}

}  // namespace
}  // namespace protokol::html
