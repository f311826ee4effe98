#include "danish/bytes.hpp"

#include <gtest/gtest.h>

#include <set>

#include "danish/roles.hpp"

using protokol::danish::byte_set;

// A byte_set holds what was set and nothing else, built at compile time too
// (the scanners' sets are constexpr).
TEST(DanishBytes, AByteSetHoldsWhatWasSetAndNothingElse) {
  constexpr auto set = [] {
    byte_set<4096> s;
    for (const std::size_t i : {0, 1, 63, 64, 65, 2047, 4095}) s.set(i);
    return s;
  }();
  static_assert(set.test(64) && !set.test(66));
  const std::set<std::size_t> wanted = {0, 1, 63, 64, 65, 2047, 4095};
  for (std::size_t i = 0; i < 4096; ++i) EXPECT_EQ(set.test(i), wanted.count(i) == 1) << i;
}

// title_tails() is a byte_set of the caseless_hash4() of titles' last four
// bytes: every title ending in four ASCII bytes is in it, in either case.
TEST(DanishBytes, TitleTailsHoldTheTitlesLastFourBytes) {
  using protokol::danish::caseless_hash4;
  using protokol::danish::load4;
  const auto& tails = protokol::danish::title_tails();
  for (const std::string_view title :
       {"formand", "borgmester", "FORMAND", "Udvalgsformand", "medlem", "chef", "konsulent",
        "referent", "revisor", "specialist", "arkitekt", "Jurist"}) {
    EXPECT_TRUE(tails.test(caseless_hash4(load4(title.data() + title.size() - 4)))) << title;
  }
  std::size_t taken = 0;
  for (std::size_t i = 0; i < 4096; ++i) taken += tails.test(i) ? 1 : 0;
  EXPECT_LT(taken, 100u);  // a set of a few tails, not every value
}
