#include "ligatures.hpp"

#include <gtest/gtest.h>

#include <string>

#include "text_reader.hpp"

namespace protokol::reader {
namespace {

std::string expanded(std::string text) {
  expand_ligatures(text);
  return text;
}

TEST(Ligatures, SpeltOut) {
  EXPECT_EQ(expanded("\uFB02ere identi\uFB01cere e\uFB00ekt"), "flere identificere effekt");
  EXPECT_EQ(expanded("\uFB03 \uFB04 \uFB05 \uFB06"), "ffi ffl st st");
}

TEST(Ligatures, OtherCharactersStay) {
  // U+FB07 is unassigned, U+FB13 an Armenian ligature, U+FEFF and U+EFBF
  // share the lead byte EF.
  for (const std::string text : {"Økonomi", "\uFB13", "\uFEFFa", "\uEFBF", "\xEF"})
    EXPECT_EQ(expanded(text), text);
}

TEST(Ligatures, TheReaderSpellsThemOutUnlessNotNormalizing) {
  EXPECT_EQ(text_reader({}).read("Beslutning: \uFB02ere m\u00F8der\n").text,
            "Beslutning: flere møder\n");
  reader_options raw;
  raw.normalize = false;
  EXPECT_EQ(text_reader(raw).read("\uFB02ere\n").text, "\uFB02ere\n");
}

}  // namespace
}  // namespace protokol::reader
