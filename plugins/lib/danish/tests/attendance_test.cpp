#include "danish/attendance.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace pd = protokol::danish;

namespace {

// The label in capitals, Danish letters too ("FRAVÆRENDE").
std::string upper(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 32);
    if (out[i] == '\xC3' && i + 1 < out.size() &&
        (out[i + 1] == '\xA5' || out[i + 1] == '\xA6' || out[i + 1] == '\xB8')) {
      out[i + 1] = static_cast<char>(out[i + 1] - 0x20);
    }
  }
  return out;
}

}  // namespace

// Every absence label, as written, capitalised or in capitals, with nobody
// or "Ingen" after it (a line's first four bytes rule most lines out before
// it is folded: never a label's), and not with a name after it.
TEST(DanishAttendance, NobodyAbsentAfterEveryLabelInEitherCase) {
  for (const std::string_view label : pd::absence_labels) {
    const std::string capitalised = upper(label.substr(0, 1)) + std::string(label.substr(1));
    for (const std::string& written : {std::string(label), capitalised, upper(label)}) {
      EXPECT_TRUE(pd::notes_nobody_absent("Beslutning\n" + written + ":\nGodkendt.")) << written;
      EXPECT_TRUE(pd::notes_nobody_absent("  " + written + ": Ingen\n")) << written;
      EXPECT_FALSE(pd::notes_nobody_absent(written + ": Anne Holm (A)\n")) << written;
    }
  }
  EXPECT_FALSE(pd::notes_nobody_absent("Indstilling:\nAfbud: Bo Jensen\nAd 1:\n"));
}
