// The state file: schema versioning, refusal of foreign or newer files, and
// the lock file.
#include "../../core/src/ingest/state_store.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include "../../core/src/ingest/state_lock.hpp"
#include "../core/test_support.hpp"

using namespace protokol::ingest;
using protokol::test::temp_dir;
using protokol::test::write_text;

TEST(StateStore, NewFileGetsTheCurrentSchema) {
  temp_dir dir;
  state_store state(dir / "s.sqlite", true);
  EXPECT_EQ(state.schema_version(), state_schema_version);
  document_record d;
  d.sha256 = "abc";
  d.path = "a.txt";
  d.key = "a";
  d.status = doc_status::exported;
  state.write([&](state_writer& w) { w.put(d); });
  state_store reader(dir / "s.sqlite", false);
  const auto docs = reader.documents();
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].key, "a");
  EXPECT_EQ(docs[0].status, doc_status::exported);
  EXPECT_EQ(reader.totals().by_status.at("exported"), 1);
}

TEST(StateStore, NewerSchemaIsRefused) {
  temp_dir dir;
  { state_store state(dir / "s.sqlite", true); }
  {
    database db(dir / "s.sqlite", true);
    db.exec("PRAGMA user_version=99");
  }
  try {
    state_store state(dir / "s.sqlite", true);
    FAIL() << "opened a newer schema";
  } catch (const state_error& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "written by a newer protokol (schema 99; this one reads up to 1)"),
              std::string::npos)
        << e.what();
  }
}

TEST(StateStore, ForeignFileIsRefused) {
  temp_dir dir;
  {
    database db(dir / "other.sqlite", true);
    db.exec("CREATE TABLE t (x)");
  }
  EXPECT_THROW(state_store(dir / "other.sqlite", true), state_error);
  write_text(dir / "text.sqlite",
             "this is not a database at all, just some text that is long enough\n");
  EXPECT_THROW(state_store(dir / "text.sqlite", true), state_error);
}

TEST(StateLock, SecondAcquireSeesTheHolder) {
  temp_dir dir;
  lock_holder me, other;
  auto first = state_lock::acquire(dir / "s.sqlite", me);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(me.pid, ::getpid());
  EXPECT_FALSE(state_lock::acquire(dir / "s.sqlite", other).has_value());
  EXPECT_EQ(other.pid, ::getpid());
  EXPECT_EQ(other.str(), me.str());
  ASSERT_TRUE(current_lock_holder(dir / "s.sqlite").has_value());
  first.reset();
  EXPECT_FALSE(current_lock_holder(dir / "s.sqlite").has_value());
  EXPECT_TRUE(state_lock::acquire(dir / "s.sqlite", other).has_value());
}

TEST(StateLock, ParsesTheCrashNote) {
  const auto h = parse_lock_holder("123 host 2024-01-01T00:00:00Z\nsignal 11\n");
  EXPECT_EQ(h.pid, 123);
  EXPECT_EQ(h.signal, 11);
  EXPECT_EQ(h.str(), "pid 123 on host since 2024-01-01T00:00:00Z");
  EXPECT_EQ(parse_lock_holder("").str(), "an unknown process");
}
