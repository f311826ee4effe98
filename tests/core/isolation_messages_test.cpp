// The messages between a run and its isolated workers: everything comes back
// exactly (file names that are not UTF-8, document bytes with NULs), and a
// message that is short or long is refused, not misread.
#include <gtest/gtest.h>

#include "isolation/messages.hpp"
#include "isolation/wire.hpp"

using namespace protokol;
using namespace protokol::isolation;

TEST(IsolationMessages, ATaskComesBackByteForByte) {
  task t;
  t.input = {"/archive/referat_\xe6ldre.txt", "referat_\xe6ldre.txt", "referat_\xe6ldre",
             "a symbolic link to a file outside the archive"};
  t.loaded = true;
  t.sha256 = "ab12";
  t.raw = std::string("a\0b\xff", 4);
  const task back = decode_task(encode_task(t));
  EXPECT_EQ(back.input.path, t.input.path);
  EXPECT_EQ(back.input.relative, t.input.relative);
  EXPECT_EQ(back.input.refusal, t.input.refusal);
  EXPECT_EQ(back.input.key, t.input.key);
  EXPECT_TRUE(back.loaded);
  EXPECT_EQ(back.sha256, "ab12");
  EXPECT_EQ(back.raw, t.raw);
}

TEST(IsolationMessages, AResultKeepsTheOutcomeAndTheStageTimes) {
  task_result r;
  r.outcome.input = "in.txt";
  r.outcome.key = "in";
  r.outcome.bytes = 1u << 31;
  r.outcome.warnings = 3;
  r.outcome.stage = "segment";
  r.outcome.plugin = "segmenter";
  r.outcome.plugin_version = "1.0.0";
  r.outcome.message = "no agenda items found";
  r.stage_nanos = {1, 0, 123456789012ULL};
  r.environment_error = "disk full";
  const task_result back = decode_result(encode_result(r));
  EXPECT_EQ(back.outcome.bytes, 1u << 31);
  EXPECT_EQ(back.outcome.warnings, 3u);
  EXPECT_FALSE(back.outcome.exported);
  EXPECT_EQ(back.outcome.message, "no agenda items found");
  EXPECT_EQ(back.stage_nanos, r.stage_nanos);
  EXPECT_EQ(back.environment_error, "disk full");
}

TEST(IsolationMessages, TheSetupCarriesTheCheckedPipeline) {
  worker_setup setup;
  setup.isolation.megabytes = 1024;
  setup.isolation.plugin_search_path = {"/usr/lib/protokol/plugins", "/opt/extra.so"};
  setup.spec.file = "p.xml";
  setup.spec.name = "fixture";
  stage_spec s;
  s.id = "count";
  s.use = "fixture-count";
  s.line = 3;
  s.column = 5;
  s.params["token"] = {"x", 3, 30};
  setup.spec.stages.push_back(s);
  setup.output_dir = "/out";
  setup.sync_each_file = false;
  setup.shard = {2, 3};
  const worker_setup back = decode_setup(encode_setup(setup));
  EXPECT_EQ(back.isolation.megabytes, 1024u);
  EXPECT_EQ(back.isolation.plugin_search_path, setup.isolation.plugin_search_path);
  ASSERT_EQ(back.spec.stages.size(), 1u);
  EXPECT_EQ(back.spec.stages[0].use, "fixture-count");
  EXPECT_EQ(back.spec.stages[0].column, 5u);
  EXPECT_EQ(back.spec.stages[0].params.at("token").value, "x");
  EXPECT_EQ(back.spec.stages[0].params.at("token").column, 30u);
  EXPECT_EQ(back.output_dir, "/out");
  EXPECT_FALSE(back.sync_each_file);
  EXPECT_EQ(back.shard.index, 2u);
  EXPECT_EQ(back.shard.count, 3u);
}

TEST(IsolationMessages, AShortMessageIsRefused) {
  const std::string body = encode_ready("");
  try {
    decode_ready(body.substr(0, 5));
    FAIL() << "a short message was read";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "isolated worker message ends early: the run and the worker disagree");
  }
}

TEST(IsolationMessages, ALongMessageIsRefused) {
  try {
    decode_ready(encode_ready("why") + "extra");
    FAIL() << "a long message was read";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "isolated worker message is too long: the run and the worker disagree");
  }
}
