// The hostile-input gallery (tests/fixtures/hostile/make_hostile.py) through
// `protokol run` and `protokol ingest`: every input ends exported or
// quarantined with a reason, nothing outside the archive is read, nothing
// outside OUTDIR is written, and no input takes more than linear time.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdlib>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;
using protokol::test::write_text;

namespace {

const std::string source_dir = PROTOKOL_SOURCE_DIR;
constexpr const char* secret = "SECRET-OUTSIDE-THE-ARCHIVE";

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// The gallery, made once for all tests of this file.
class HostileInputs : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gallery_ = new temp_dir;
    const std::string command = "python3 " + source_dir +
                                "/tests/fixtures/hostile/make_hostile.py " + quoted(archive()) +
                                " " + quoted(gallery_->path() / "outside");
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
  }
  static void TearDownTestSuite() {
    delete gallery_;
    gallery_ = nullptr;
  }
  static fs::path archive() { return gallery_->path() / "archive"; }

  // Every entry of the archive's top level a walker should account for.
  static std::size_t entries() {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(archive())) ++n;
    return n;
  }

  static void expect_run_accounts_for_everything(const std::string& options);

  static temp_dir* gallery_;
};
temp_dir* HostileInputs::gallery_ = nullptr;

// Name, size and modification time of every file and link under `root`,
// leaving out `skip`: what a run must not change.
std::map<std::string, std::string> snapshot(const fs::path& root, const fs::path& skip) {
  std::map<std::string, std::string> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->path() == skip) {
      it.disable_recursion_pending();
      continue;
    }
    const auto status = it->symlink_status(ec);
    std::string facts = std::to_string(static_cast<int>(status.type()));
    if (fs::is_regular_file(status))
      facts += " " + std::to_string(it->file_size(ec)) + " " +
               std::to_string(it->last_write_time(ec).time_since_epoch().count());
    out[it->path().string()] = facts;
  }
  return out;
}

// True when `needle` occurs in any file under `root`.
bool any_file_contains(const fs::path& root, const std::string& needle) {
  for (const auto& f : fs::recursive_directory_iterator(root))
    if (f.is_regular_file() && read_text(f.path()).find(needle) != std::string::npos) return true;
  return false;
}

// The quarantine reason recorded for the input whose path ends with `name`.
std::string reason_for(const nlohmann::json& report, const std::string& name) {
  for (const auto& q : report["quarantine"]) {
    const std::string input = q["input"];
    if (input.size() >= name.size() &&
        input.compare(input.size() - name.size(), name.size(), name) == 0)
      return q["message"];
  }
  for (const auto& u : report.value("unreadable_files", nlohmann::json::array())) {
    const std::string path = u["path"];
    if (path == name) return u["message"];
  }
  return "(not quarantined)";
}

// run.json, with the lone-surrogate escapes of file names that are not UTF-8
// (docs/outputs.md) made plain, since nlohmann::json refuses them.
nlohmann::json read_report(const fs::path& file) {
  std::string text = read_text(file);
  for (std::size_t at = text.find("\\udc"); at != std::string::npos; at = text.find("\\udc", at))
    text[at] = '_';
  return nlohmann::json::parse(text);
}

// Child processes' CPU seconds so far (user + system).
double children_cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_CHILDREN, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// `protokol run OPTIONS` over the gallery: every input accounted for, nothing
// outside the archive read, nothing outside OUTDIR written.
void HostileInputs::expect_run_accounts_for_everything(const std::string& options) {
  temp_dir work;
  const fs::path out = work / "out";
  const auto before = snapshot(gallery_->path(), out);
  const auto r =
      run_protokol("run -q -p default " + options + " -o " + quoted(out) + " " + quoted(archive()));
  ASSERT_LE(r.exit_code, 1) << r.err;  // 1: some inputs quarantined; never a crash
  const auto report = read_report(out / "run.json");

  // Every top-level entry is a document, exported or quarantined with a reason.
  EXPECT_EQ(report["inputs"].get<std::size_t>(), entries());
  for (const auto& d : report["documents"]) {
    EXPECT_TRUE(d["status"] == "exported" || d["status"] == "quarantined") << d;
  }
  for (const auto& q : report["quarantine"])
    EXPECT_FALSE(q["message"].get<std::string>().empty()) << q;

  EXPECT_NE(reason_for(report, "outside-file.txt").find("outside the archive"), std::string::npos);
  EXPECT_NE(reason_for(report, "outside-folder").find("not followed"), std::string::npos);
  EXPECT_NE(reason_for(report, "parent-folder").find("not followed"), std::string::npos);
  EXPECT_NE(reason_for(report, "loop-a.txt").find("symbolic links"), std::string::npos);
  EXPECT_NE(reason_for(report, "empty.txt").find("empty"), std::string::npos);
  EXPECT_NE(reason_for(report, "binary.bin").find("binary"), std::string::npos);
  EXPECT_NE(reason_for(report, "zip-bomb.zip").find("ZIP"), std::string::npos);
  EXPECT_NE(reason_for(report, "zip-bomb.docx"), "(not quarantined)");

  EXPECT_FALSE(any_file_contains(out, secret)) << "a file outside the archive was read";
  EXPECT_EQ(r.out.find(secret), std::string::npos);
  EXPECT_EQ(r.err.find(secret), std::string::npos);
  EXPECT_EQ(snapshot(gallery_->path(), out), before) << "something outside OUTDIR changed";
}

TEST_F(HostileInputs, RunAccountsForEveryInputAndReadsNothingOutside) {
  expect_run_accounts_for_everything("");
}

// Workers get each input's refusal with the input: a link out of the archive
// is refused there too, never read.
TEST_F(HostileInputs, IsolatedRunAccountsForEveryInputAndReadsNothingOutside) {
  expect_run_accounts_for_everything("--isolate -j 2");
}

TEST_F(HostileInputs, IngestAccountsForEveryInputAndReadsNothingOutside) {
  temp_dir work;
  const fs::path out = work / "out";
  const auto before = snapshot(gallery_->path(), out);
  const auto r = run_protokol("ingest -q -p default --settle 0 --archive " + quoted(archive()) +
                              " -o " + quoted(out));
  ASSERT_LE(r.exit_code, 1) << r.err;
  const auto report = read_report(out / "run.json");

  // Folders are walked, not documents: the symlinked ones are reported.
  const std::size_t accounted = report["documents"].size() + report["unreadable_files"].size();
  EXPECT_EQ(accounted, entries()) << report.dump(1);
  EXPECT_NE(reason_for(report, "outside-file.txt").find("outside the archive"), std::string::npos);
  EXPECT_NE(reason_for(report, "outside-folder").find("not followed"), std::string::npos);
  EXPECT_NE(reason_for(report, "loop-a.txt"), "(not quarantined)");

  EXPECT_FALSE(any_file_contains(out, secret));
  EXPECT_EQ(snapshot(gallery_->path(), out), before);
}

TEST_F(HostileInputs, AnUnreadableFileIsQuarantinedWithTheReason) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads a file of mode 000";
  temp_dir work;
  const auto r = run_protokol("run -q -o " + quoted(work / "out") + " " +
                              quoted(archive() / "unreadable.txt"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("Permission denied"), std::string::npos) << r.err;
}

// Doubling an input at most about doubles the time: measured in CPU seconds
// of the child (robust to a busy machine), best of two, with room for noise.
TEST(HostileScaling, DoublingTheInputAtMostAboutDoublesTheTime) {
  const auto cpu_for = [](const std::string& text) {
    temp_dir work;
    write_text(work / "in.txt", text);
    double best = 1e9;
    for (int round = 0; round < 2; ++round) {
      const double started = children_cpu_seconds();
      const auto r = run_protokol("run -q --set segment.require_items=false -o " +
                                  quoted(work / ("out" + std::to_string(round))) + " " +
                                  quoted(work / "in.txt"));
      EXPECT_LE(r.exit_code, 1) << r.err;
      best = std::min(best, children_cpu_seconds() - started);
    }
    return best;
  };
  const auto items = [](int count) {
    std::string text = "Referat\nØkonomiudvalget\n\n";
    for (int n = 1; n <= count; ++n)
      text += "Punkt " + std::to_string(n) + ": Sag " + std::to_string(n) +
              "\nSagsnr.: 26/100\nBeslutning\nGodkendt af Anne Hansen (A).\n\n";
    return text;
  };
  const auto one_line = [](std::size_t bytes) {
    std::string text = "Referat ";
    while (text.size() < bytes) text += "mødet godkendte punktet ";
    return text;
  };
  for (const auto& [name, make] :
       std::vector<std::pair<std::string, std::function<std::string(int)>>>{
           {"items", [&](int scale) { return items(20'000 * scale); }},
           {"one line", [&](int scale) { return one_line(4'000'000u * scale); }}}) {
    const double single = cpu_for(make(1));
    const double twice = cpu_for(make(2));
    EXPECT_LT(twice, 3.0 * single + 0.2)
        << name << ": " << single << " s, doubled " << twice << " s";
  }
}

// Invalid and huge pipeline files: a clear error at file:line:column, no
// crash, and time linear in the file (a scan per stage was quadratic).
TEST(HostilePipelineFiles, AreRefusedWithAPositionInLinearTime) {
  temp_dir work;
  const auto pipeline_with = [](const std::string& body) {
    return "<?xml version=\"1.0\"?>\n<pipeline name=\"x\" version=\"1\">\n" + body +
           "</pipeline>\n";
  };
  write_text(work / "truncated.xml", "<pipeline name=\"x\" version=\"1\"><stage use=\"read\"");
  std::string deep;
  for (int i = 0; i < 500'000; ++i) deep += "<a>";
  for (int i = 0; i < 500'000; ++i) deep += "</a>";
  write_text(work / "nested.xml", pipeline_with(deep));
  const auto stages = [&](int count) {
    std::string body;
    for (int i = 0; i < count; ++i)
      body += "  <stage use=\"no-such-stage\" id=\"s" + std::to_string(i) + "\"/>\n";
    return pipeline_with(body);
  };
  write_text(work / "stages-1.xml", stages(50'000));
  write_text(work / "stages-2.xml", stages(100'000));
  for (const std::string name : {"truncated.xml", "nested.xml", "stages-1.xml"}) {
    const auto r = run_protokol("validate " + quoted(work / name));
    EXPECT_EQ(r.exit_code, 2) << name << ": " << r.err.substr(0, 300);
    EXPECT_NE(r.err.find(name + ":"), std::string::npos) << r.err.substr(0, 300);
    EXPECT_NE(r.err.find("error:"), std::string::npos) << r.err.substr(0, 300);
  }
  const auto cpu_for = [&](const std::string& name) {
    const double started = children_cpu_seconds();
    run_protokol("validate " + quoted(work / name));
    return children_cpu_seconds() - started;
  };
  const double single = cpu_for("stages-1.xml");
  const double twice = cpu_for("stages-2.xml");
  EXPECT_LT(twice, 3.0 * single + 0.2) << single << " s, doubled " << twice << " s";
}

}  // namespace
