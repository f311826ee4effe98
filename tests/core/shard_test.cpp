// shard: which share of an archive a document is in, and how --shard K/N is read.
#include "shard.hpp"

#include <gtest/gtest.h>

#include "sha256.hpp"

using protokol::owns_content;
using protokol::parse_shard;
using protokol::shard_spec;

TEST(Shard, KCountsFromZeroAsKubernetesJobCompletionIndexDoes) {
  shard_spec shard;
  EXPECT_EQ(parse_shard("0/4", shard), "");
  EXPECT_EQ(shard.index, 0u);
  EXPECT_EQ(shard.count, 4u);
  EXPECT_EQ(parse_shard("3/4", shard), "");
  EXPECT_EQ(shard.index, 3u);
  EXPECT_EQ(protokol::to_string(shard), "3/4");
}

TEST(Shard, BadValuesAreRefusedWithTheReason) {
  shard_spec shard;
  EXPECT_EQ(parse_shard("4/4", shard),
            "4/4: K must be from 0 to 3 (shards count from 0, as Kubernetes' "
            "JOB_COMPLETION_INDEX does; with Slurm use --array=0-3)");
  EXPECT_EQ(parse_shard("1/0", shard), "1/0: N must be from 1 to 1000000");
  EXPECT_EQ(parse_shard("0/1000001", shard), "0/1000001: N must be from 1 to 1000000");
  for (const char* bad : {"", "x", "1", "-1/3", "+1/3", " 1/3", "1/3x", "1/3/4", "1.0/3"})
    EXPECT_EQ(parse_shard(bad, shard),
              "must be K/N, two whole numbers such as 0/4, not '" + std::string(bad) + "'")
        << bad;
  EXPECT_EQ(shard.count, 1u) << "a refused value leaves the spec as it was";
}

// The documented rule, worked by hand: SHA-256("") begins e3b0c44298fc1c14,
// which is 16406829232824261652, 1 modulo 3 and 0 modulo 4.
TEST(Shard, TheFirst64BitsOfTheContentHashDecideTheShard) {
  const std::string empty = protokol::sha256_hex("");
  EXPECT_TRUE(owns_content({1, 3}, empty));
  EXPECT_FALSE(owns_content({0, 3}, empty));
  EXPECT_TRUE(owns_content({0, 4}, empty));
  EXPECT_TRUE(owns_content({0, 1}, empty));
}

TEST(Shard, EveryContentIsInExactlyOneShard) {
  for (const std::uint32_t count : {1u, 2u, 3u, 7u}) {
    std::vector<int> per_shard(count, 0);
    for (int i = 0; i < 300; ++i) {
      const std::string sha = protokol::sha256_hex("document " + std::to_string(i));
      int owners = 0;
      for (std::uint32_t k = 0; k < count; ++k)
        if (owns_content({k, count}, sha)) ++owners, ++per_shard[k];
      EXPECT_EQ(owners, 1) << i << " of " << count;
    }
    // A hash spreads them: no shard is left with almost nothing.
    for (std::uint32_t k = 0; k < count; ++k) EXPECT_GT(per_shard[k], 300 / count / 2) << k;
  }
}
