#include "nfc.hpp"

#include <gtest/gtest.h>

#include <string>

namespace protokol::reader {
namespace {

TEST(Nfc, ComposesDecomposedDanishLetters) {
  std::string text = "A\u030Arhus og Mo\u0308de";  // Å and ö as base + combining mark
  to_nfc(text);
  EXPECT_EQ(text, "\u00C5rhus og M\u00F6de");
}

TEST(Nfc, LeavesComposedTextUnchanged) {
  std::string text = "Århus, Ølstykke, Æbelø";
  const char* const before = text.data();
  to_nfc(text);
  EXPECT_EQ(text, "Århus, Ølstykke, Æbelø");
  EXPECT_EQ(text.data(), before) << "no copy when already NFC";
}

TEST(Nfc, ComposesAcrossLongText) {
  std::string text(20u << 20, 'x');
  text[text.size() / 2] = '\n';
  text += "\nA\u030A";
  to_nfc(text);
  EXPECT_EQ(text.substr(text.size() - 3), "\n\u00C5");
  EXPECT_EQ(text.size(), (20u << 20) + 3);
}

}  // namespace
}  // namespace protokol::reader
