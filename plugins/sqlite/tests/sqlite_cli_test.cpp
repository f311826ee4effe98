// The real CLI with the shipped plugins and this folder's pipeline (the
// default stages plus sqlite): the database is queried with the sqlite3
// client, as a user would, and checked against the JSON of the same run.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "output_files.hpp"
#include "sqlite_test_support.hpp"

namespace {

namespace fs = std::filesystem;
using protokol::export_testing::read_file;
using protokol::export_testing::run_command;
using protokol::export_testing::shell_quote;
using protokol::export_testing::temp_folder;
using protokol::sqlite_export::testing::count;
using protokol::sqlite_export::testing::database;

const std::string protokol_binary = PROTOKOL_BINARY;
const std::string pipeline = SQLITE_TEST_PIPELINE;

// Output of the sqlite3 client: one line per row, '|' between columns.
std::string sqlite3_client(const fs::path& db, const std::string& sql) {
  std::string output;
  const int status = run_command(std::string(SQLITE3_CLIENT) + " -batch -readonly " +
                                     shell_quote(db.string()) + " " + shell_quote(sql),
                                 output);
  EXPECT_EQ(status, 0) << sql << "\n" << output;
  return output;
}

std::map<std::string, nlohmann::json> json_documents(const fs::path& out) {
  std::map<std::string, nlohmann::json> docs;
  for (const auto& entry : fs::directory_iterator(out / "json")) {
    if (entry.path().extension() != ".json") continue;
    docs[entry.path().stem().string()] = nlohmann::json::parse(read_file(entry.path()));
  }
  return docs;
}

// True when `text` holds `word` (lowercase ASCII) as a token the way FTS5's
// unicode61 tokenizer cuts it: between characters that are not letters or digits.
bool has_token(const std::string& text, const std::string& word) {
  const auto is_word_byte = [](unsigned char c) { return c >= 0x80 || std::isalnum(c) != 0; };
  std::string token;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) {
      token += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      continue;
    }
    if (token == word) return true;
    token.clear();
  }
  return false;
}

bool item_has_token(const nlohmann::json& item, const std::string& word) {
  if (has_token(item["title"].get<std::string>(), word)) return true;
  if (has_token(item.value("decision", std::string()), word)) return true;
  for (const auto& s : item.value("sections", nlohmann::json::array()))
    if (has_token(s["text"].get<std::string>(), word)) return true;
  return false;
}

std::string items_per_document(const std::map<std::string, nlohmann::json>& docs) {
  std::string expected;
  for (const auto& [key, doc] : docs)
    expected += key + "|" + std::to_string(doc["items"].size()) + "\n";
  return expected;
}

void copy_corpus(const fs::path& archive, int copies) {
  fs::create_directories(archive);
  for (const auto& entry : fs::directory_iterator(PROTOKOL_CORPUS)) {
    for (int i = 0; i < copies; ++i) {
      fs::copy_file(entry.path(),
                    archive / (std::to_string(i) + "_" + entry.path().filename().string()));
    }
  }
}

TEST(SqliteCli, RunWritesADatabaseThatAgreesWithTheJson) {
  temp_folder dir;
  const fs::path out = dir.path() / "out";
  std::string output;
  ASSERT_EQ(run_command(shell_quote(protokol_binary) + " run -q -p " + shell_quote(pipeline) +
                            " -o " + shell_quote(out.string()) + " " + PROTOKOL_CORPUS,
                        output),
            0)
      << output;
  const auto docs = json_documents(out);
  ASSERT_EQ(docs.size(), 4u);
  const fs::path db = database(out);
  EXPECT_EQ(sqlite3_client(db,
                           "SELECT document, count(*) FROM items GROUP BY document "
                           "ORDER BY document"),
            items_per_document(docs));
  std::string committees;
  std::size_t budget_items = 0, entities = 0;
  for (const auto& [key, doc] : docs) {
    committees += key + "|" + doc["meeting"]["committee"].get<std::string>() + "\n";
    for (const auto& item : doc["items"]) budget_items += item_has_token(item, "budget") ? 1 : 0;
    entities += doc["entities"].size();
  }
  EXPECT_EQ(sqlite3_client(db,
                           "SELECT document, coalesce(committee, '') FROM meetings "
                           "ORDER BY document"),
            committees);
  ASSERT_GT(budget_items, 0u);
  EXPECT_EQ(sqlite3_client(db, "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'budget'"),
            std::to_string(budget_items) + "\n");
  EXPECT_EQ(sqlite3_client(db, "SELECT count(*) FROM entities"), std::to_string(entities) + "\n");
  EXPECT_EQ(sqlite3_client(db, "PRAGMA integrity_check"), "ok\n");
  EXPECT_EQ(sqlite3_client(db, "PRAGMA foreign_key_check"), "");
}

// Under --isolate each worker process writes its documents over its own
// connection; the run still ends with one file holding all of them.
TEST(SqliteCli, IsolatedWorkersWriteOneDatabase) {
  temp_folder dir;
  copy_corpus(dir.path() / "archive", 3);
  const fs::path out = dir.path() / "out";
  std::string output;
  ASSERT_EQ(run_command(shell_quote(protokol_binary) + " run -q -j 2 --isolate -p " +
                            shell_quote(pipeline) + " -o " + shell_quote(out.string()) + " " +
                            shell_quote((dir.path() / "archive").string()),
                        output),
            0)
      << output;
  // Before any client opens it (a read-only one may leave a log of its own).
  EXPECT_FALSE(fs::exists(database(out).string() + "-wal"));
  const auto docs = json_documents(out);
  ASSERT_EQ(docs.size(), 12u);
  EXPECT_EQ(sqlite3_client(database(out),
                           "SELECT document, count(*) FROM items GROUP BY document "
                           "ORDER BY document"),
            items_per_document(docs));
  EXPECT_EQ(sqlite3_client(database(out), "PRAGMA integrity_check"), "ok\n");
}

TEST(SqliteCli, KilledRunLeavesWholeDocumentsAndASoundDatabase) {
  temp_folder dir;
  const fs::path archive = dir.path() / "archive", out = dir.path() / "out";
  copy_corpus(archive, 250);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    const std::string o = out.string(), a = archive.string();
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    ::execl(protokol_binary.c_str(), protokol_binary.c_str(), "run", "-q", "-j", "2", "-p",
            pipeline.c_str(), "-o", o.c_str(), a.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  const fs::path db = database(out);
  // Kill once some documents are committed, while the run is still writing.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    std::string output;
    if (fs::exists(db) &&
        run_command(std::string(SQLITE3_CLIENT) + " -readonly " + shell_quote(db.string()) +
                        " 'SELECT count(*) >= 20 FROM documents'",
                    output) == 0 &&
        output == "1\n")
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_EQ(::kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run ended before it was killed; use more copies";
  EXPECT_EQ(sqlite3_client(db, "PRAGMA integrity_check"), "ok\n");
  EXPECT_EQ(sqlite3_client(db, "PRAGMA foreign_key_check"), "");
  const long long documents = count(db, "SELECT count(*) FROM documents");
  EXPECT_GE(documents, 20);
  EXPECT_LT(documents, 1000);
  // Every committed document is whole: its meeting row and all its items.
  EXPECT_EQ(count(db, "SELECT count(*) FROM meetings"), documents);
  EXPECT_EQ(sqlite3_client(db,
                           "SELECT count(DISTINCT n) FROM (SELECT substr(document, "
                           "instr(document, '_') + 1) AS source, count(*) AS n FROM items "
                           "GROUP BY document) GROUP BY source HAVING count(DISTINCT n) > 1"),
            "");
}

void write_settled(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
  fs::last_write_time(file, fs::file_time_type::clock::now() - std::chrono::hours(1));
}

std::string ingest(const fs::path& archive, const fs::path& out, const std::string& extra = "") {
  std::string output;
  const int status = run_command(
      shell_quote(protokol_binary) + " ingest -q -p " + shell_quote(pipeline) + " --archive " +
          shell_quote(archive.string()) + " -o " + shell_quote(out.string()) + " -j 2 " + extra,
      output);
  EXPECT_EQ(status, 0) << output;
  return output;
}

TEST(SqliteCli, IngestKeepsOneRowSetPerDocument) {
  temp_folder dir;
  const fs::path archive = dir.path() / "archive", out = dir.path() / "out";
  fs::create_directories(archive);
  std::vector<fs::path> sources;
  for (const auto& entry : fs::directory_iterator(PROTOKOL_CORPUS)) sources.push_back(entry.path());
  std::sort(sources.begin(), sources.end());
  write_settled(archive / "a.txt", read_file(sources[0]));
  write_settled(archive / "b.txt", read_file(sources[1]));
  ingest(archive, out);
  const fs::path db = database(out);
  ASSERT_EQ(count(db, "SELECT count(*) FROM documents"), 2);
  // b.txt now holds another meeting: its rows are replaced, not added to.
  write_settled(archive / "b.txt", read_file(sources[2]));
  ingest(archive, out);
  const auto docs = json_documents(out);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(sqlite3_client(db,
                           "SELECT document, count(*) FROM items GROUP BY document "
                           "ORDER BY document"),
            items_per_document(docs));
  EXPECT_EQ(count(db, "SELECT count(*) FROM items_fts"), count(db, "SELECT count(*) FROM items"));
  EXPECT_EQ(sqlite3_client(db, "SELECT sha256 FROM documents ORDER BY key"),
            docs.begin()->second["source"]["sha256"].get<std::string>() + "\n" +
                std::next(docs.begin())->second["source"]["sha256"].get<std::string>() + "\n");
  // A deleted file's rows go with --purge-deleted.
  fs::remove(archive / "a.txt");
  ingest(archive, out, "--purge-deleted");
  EXPECT_EQ(count(db, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(count(db, "SELECT count(*) FROM items"),
            static_cast<long long>(json_documents(out).begin()->second["items"].size()));
  EXPECT_EQ(sqlite3_client(db, "PRAGMA foreign_key_check"), "");
}

}  // namespace
