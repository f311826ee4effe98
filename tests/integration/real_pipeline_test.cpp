// The shipped pipelines with the real plugins, end to end through the CLI,
// on the real corpus fixtures and on fixtures made for what archives contain.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;

namespace {

const std::string fixtures = std::string(PROTOKOL_SOURCE_DIR) + "/tests/fixtures";

std::string tree(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& f : fs::recursive_directory_iterator(dir))
    if (f.is_regular_file() && f.path().filename() != "run.json") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  std::string out;
  for (const auto& f : files) out += fs::relative(f, dir).string() + "\n" + read_text(f) + "\n";
  return out;
}

// Every line of text that only a closed item's body holds.
std::vector<std::string> closed_body_lines(const nlohmann::json& doc) {
  std::vector<std::string> lines;
  for (const auto& item : doc["items"]) {
    if (!item["closed"].get<bool>()) continue;
    std::string body = item["decision"].get<std::string>() + "\n";
    for (const auto& s : item["sections"]) body += s["text"].get<std::string>() + "\n";
    for (const auto& a : item["attachments"]) body += a.get<std::string>() + "\n";
    for (std::size_t pos = 0; pos < body.size();) {
      const std::size_t end = body.find('\n', pos);
      std::string line = body.substr(pos, end - pos);
      if (line.size() >= 12) lines.push_back(line);
      pos = end + 1;
    }
  }
  return lines;
}

}  // namespace

TEST(DefaultPipeline, ExportsEveryCorpusDocumentInEveryFormat) {
  temp_dir dir;
  const auto r =
      run_protokol("run -q -p default -o " + (dir / "out").string() + " " + fixtures + "/corpus");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const std::string key : {"000_a4b572501006c254", "002_272ed4b7c6745111",
                                "003_bfe7316b770d3aa7", "004_f36d0290eb02bd68"}) {
    const auto doc = nlohmann::json::parse(read_text(dir / "out/json" / (key + ".json")));
    EXPECT_FALSE(doc["items"].empty()) << key;
    EXPECT_TRUE(fs::exists(dir / "out/xml" / (key + ".xml"))) << key;
  }
  for (const std::string table : {"meetings", "items", "entities", "attendance"})
    EXPECT_TRUE(fs::exists(dir / "out/csv" / (table + ".csv"))) << table;
}

TEST(DefaultPipeline, OutputIsIdenticalWithOneOrTwoJobs) {
  temp_dir dir;
  for (const char* jobs : {"1", "2"})
    ASSERT_EQ(
        run_protokol("run -q -j " + std::string(jobs) + " -p default -o " + (dir / jobs).string() +
                     " " + fixtures + "/corpus " + fixtures + "/integration/closed")
            .exit_code,
        0);
  EXPECT_EQ(tree(dir / "1"), tree(dir / "2"));
}

TEST(DefaultPipeline, QuarantinesEmptyBinaryAndOversizedFilesWithReasons) {
  temp_dir dir;
  const auto r =
      run_protokol("run -q -p default --set read.max_bytes=20000 -o " + (dir / "out").string() +
                   " " + fixtures + "/integration/bad " + fixtures +
                   "/corpus/002_272ed4b7c6745111.txt " + fixtures + "/integration/closed");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto report = nlohmann::json::parse(read_text(dir / "out/run.json"));
  EXPECT_EQ(report["inputs"], 4);
  EXPECT_EQ(report["exported"], 1);
  EXPECT_EQ(report["quarantined"], 3);
  const auto empty = nlohmann::json::parse(read_text(dir / "out/quarantine/empty.error.json"));
  EXPECT_EQ(empty["stage"], "read");
  EXPECT_EQ(empty["message"], "empty file (0 bytes)");
  const auto binary =
      nlohmann::json::parse(read_text(dir / "out/quarantine/binary.png.error.json"));
  EXPECT_EQ(binary["stage"], "read");
  EXPECT_EQ(binary["message"].get<std::string>().rfind("unsupported format: PNG image", 0), 0u)
      << binary["message"];
  const auto big =
      nlohmann::json::parse(read_text(dir / "out/quarantine/002_272ed4b7c6745111.error.json"));
  EXPECT_EQ(big["message"], "file is 31128 bytes, over the max_bytes limit of 20000");
  EXPECT_TRUE(fs::exists(dir / "out/json/closed-item.json"));
}

TEST(PublicPipeline, NoTextOfAClosedItemAppearsAnywhereInTheOutput) {
  temp_dir dir;
  const std::string input =
      fixtures + "/integration/closed " + fixtures + "/corpus/002_272ed4b7c6745111.txt";
  ASSERT_EQ(run_protokol("run -q -p default -o " + (dir / "full").string() + " " + input).exit_code,
            0);
  ASSERT_EQ(
      run_protokol("run -q -p public -o " + (dir / "public").string() + " " + input).exit_code, 0);
  const auto full = nlohmann::json::parse(read_text(dir / "full/json/closed-item.json"));
  const auto lines = closed_body_lines(full);
  ASSERT_GE(lines.size(), 3u) << "the fixture's closed item must have a body to test with";
  const std::string everything = tree(dir / "public");
  for (const std::string& line : lines) EXPECT_EQ(everything.find(line), std::string::npos) << line;
  for (const std::string secret :
       {"Strandgaarden", "4.250.000", "Kirsten Vestergaard", "højstbydende"})
    EXPECT_EQ(everything.find(secret), std::string::npos) << secret;
  // The closed item itself is still listed: number, title, case number.
  const auto pub = nlohmann::json::parse(read_text(dir / "public/json/closed-item.json"));
  EXPECT_EQ(pub["items"][1]["title"], "Salg af grund på Havnevej");
  EXPECT_EQ(pub["items"][1]["closed"], true);
  EXPECT_EQ(pub["items"][1]["case_numbers"][0], "82.11.00-G01-4-24");
}

// A public pipeline with an exporter that has no public mode of its own (the
// text stage, as a third-party exporter): the run withholds closed items from
// every exporter, in process and in isolated workers. The closed item's
// heading line stays; every offset still points at the same text.
TEST(PublicPipeline, WithholdsClosedItemsFromAnExporterWithoutAPublicMode) {
  temp_dir dir;
  std::string pipeline = read_text(std::string(PROTOKOL_SOURCE_DIR) + "/pipelines/public.xml");
  pipeline.replace(pipeline.find("</pipeline>"), 11, "  <stage use=\"text\"/>\n</pipeline>");
  const fs::path file = dir / "public-text.xml";
  protokol::test::write_text(file, pipeline);
  const std::string input = fixtures + "/integration/closed";
  ASSERT_EQ(run_protokol("run -q -p default -o " + (dir / "full").string() + " " + input).exit_code,
            0);
  const auto lines =
      closed_body_lines(nlohmann::json::parse(read_text(dir / "full/json/closed-item.json")));
  ASSERT_GE(lines.size(), 3u);
  ASSERT_EQ(
      run_protokol("run -q -p text -o " + (dir / "internal").string() + " " + input).exit_code, 0);
  const std::string internal = read_text(dir / "internal/text/closed-item.txt");
  ASSERT_NE(internal.find("Strandgaarden"), std::string::npos);
  for (const std::string isolate : {"", " --isolate"}) {
    const fs::path out = dir / (isolate.empty() ? "public" : "isolated");
    const auto r =
        run_protokol("run -q -p " + file.string() + isolate + " -o " + out.string() + " " + input);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string text = read_text(out / "text/closed-item.txt");
    for (const std::string& line : lines) EXPECT_EQ(text.find(line), std::string::npos) << line;
    EXPECT_EQ(text.find("Strandgaarden"), std::string::npos);
    EXPECT_NE(text.find("Salg af grund på Havnevej"), std::string::npos);
    EXPECT_EQ(text.size(), internal.size());
    // The exporters with a public mode write what they wrote before.
    EXPECT_EQ(read_text(out / "json/closed-item.json").find("Strandgaarden"), std::string::npos);
  }
}

TEST(Detect, PrintsFormatDialectEncodingAndConfidence) {
  const auto r = run_protokol("detect " + fixtures + "/corpus/004_f36d0290eb02bd68.txt " +
                              fixtures + "/corpus/003_bfe7316b770d3aa7.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("004_f36d0290eb02bd68.txt\tmarkdown\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("003_bfe7316b770d3aa7.txt\tplain\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tUTF-8\t"), std::string::npos) << r.out;
}

// A folder or a missing file: the system's reason, not "empty file".
TEST(Detect, SaysWhyAFileCannotBeRead) {
  const auto r = run_protokol("detect " + fixtures + "/corpus " + fixtures + "/no-such-file.txt");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("/corpus: error: cannot read input: Is a directory"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("no-such-file.txt: error: cannot read input: No such file or directory"),
            std::string::npos)
      << r.err;
}

// ---- The edges around a run, with the real plugins (issue 14) ----

TEST(Validate, RefusesEveryParameterValueThatRunRefuses) {
  temp_dir dir;
  const std::string input = fixtures + "/corpus/002_272ed4b7c6745111.txt";
  for (const std::string set : {"json.indent=99", "csv.separator=';;'",
                                "read.fallback_encoding=klingon", "segment.max_title_lines=99"}) {
    const auto v = run_protokol("validate default --set " + set);
    EXPECT_EQ(v.exit_code, 2) << set << ": " << v.out;
    EXPECT_EQ(v.out.find(": ok"), std::string::npos) << set;
    const auto r = run_protokol("run -q -p default --set " + set + " -o " + (dir / "out").string() +
                                " " + input);
    EXPECT_EQ(r.exit_code, 2) << set;
    EXPECT_EQ(v.err, r.err) << set << ": validate and run say the same";
  }
}

TEST(Validate, RefusesAnXmlDeclarationOfAnotherEncoding) {
  temp_dir dir;
  const std::string body = R"(<pipeline name="p"><stage use="read"/></pipeline>)";
  protokol::test::write_text(dir / "klingon.xml",
                             "<?xml version=\"1.0\" encoding=\"klingon\"?>\n" + body);
  protokol::test::write_text(dir / "utf8.xml",
                             "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + body);
  const auto bad = run_protokol("validate " + (dir / "klingon.xml").string());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("klingon.xml:1:"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("unsupported encoding 'klingon'"), std::string::npos) << bad.err;
  EXPECT_EQ(run_protokol("validate " + (dir / "utf8.xml").string()).exit_code, 0);
}

TEST(DefaultPipeline, ARunRefusedAtSetUpLeavesTheOutputFolderFree) {
  temp_dir dir;
  const std::string out = (dir / "out").string();
  const std::string input = fixtures + "/corpus/002_272ed4b7c6745111.txt";
  EXPECT_EQ(
      run_protokol("run -q -p default --set csv.separator=';;' -o " + out + " " + input).exit_code,
      2);
  EXPECT_EQ(run_protokol("run -q -p public --set json.indent=99 -o " + out + " " + input).exit_code,
            2);
  for (const char* folder : {"json", "xml", "csv"})
    EXPECT_FALSE(fs::exists(dir / "out" / folder / ".protokol-export")) << folder;
  const auto r = run_protokol("run -q -p public -o " + out + " " + input);
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(DefaultPipeline, AFileThatIsNotMinutesIsQuarantinedUnlessKept) {
  temp_dir dir;
  protokol::test::write_text(dir / "in/prisliste.txt",
                             "Prisliste for kantinen\n\nKaffe 25 kr.\nTe 20 kr.\nKage 30 kr.\n");
  const auto r =
      run_protokol("run -q -p default -o " + (dir / "out").string() + " " + (dir / "in").string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto record = nlohmann::json::parse(read_text(dir / "out/quarantine/prisliste.error.json"));
  EXPECT_EQ(record["stage"], "segment");
  EXPECT_FALSE(fs::exists(dir / "out/json/prisliste.json"));
  const auto kept = run_protokol("run -q -p default --set segment.require_items=false -o " +
                                 (dir / "kept").string() + " " + (dir / "in").string());
  EXPECT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_TRUE(fs::exists(dir / "kept/json/prisliste.json"));
  EXPECT_NE(kept.err.find("1 exported, 0 quarantined, 1 warnings"), std::string::npos) << kept.err;
}

// A public run's output is to be published: a quarantined document's
// record stays, its original (which may hold closed items' text) is not
// copied beside it.
TEST(PublicPipeline, AQuarantinedDocumentIsNotCopiedIntoThePublicFolder) {
  temp_dir dir;
  protokol::test::write_text(dir / "in/notat.txt",
                             "Notat\n\nLukket punkt: fortrolig tekst om en medarbejder.\n");
  // In isolated workers too, which quarantine their documents themselves.
  for (const std::string isolate : {"", " --isolate"}) {
    const fs::path out = dir / (isolate.empty() ? "pub" : "pub-isolated");
    const auto pub = run_protokol("run -q -p public" + isolate + " -o " + out.string() + " " +
                                  (dir / "in").string());
    EXPECT_EQ(pub.exit_code, 1) << pub.err;
    const auto record = nlohmann::json::parse(read_text(out / "quarantine/notat.error.json"));
    EXPECT_TRUE(record["original"].is_null()) << isolate;
    EXPECT_FALSE(fs::exists(out / "quarantine/notat.txt")) << isolate;
  }
  const auto internal =
      run_protokol("run -q -p default -o " + (dir / "int").string() + " " + (dir / "in").string());
  EXPECT_EQ(internal.exit_code, 1) << internal.err;
  EXPECT_TRUE(fs::exists(dir / "int/quarantine/notat.txt"));
}

// pdfminer's text of a PDF whose item table came out of order: the closed
// item's heading is lost and its "Lukket" and text stand in item 1. A
// public run quarantines it with the reason; the default run exports it
// with the warning.
TEST(PublicPipeline, AClosedItemWhoseHeadingWasLostIsQuarantinedNotPublished) {
  temp_dir dir;
  const std::string input =
      fixtures + "/integration/closed_heading_lost/ikast-brande_ssu_2024-02-19.pdfminer.txt";
  const auto pub = run_protokol("run -q -p public -o " + (dir / "pub").string() + " " + input);
  EXPECT_EQ(pub.exit_code, 1) << pub.err;
  const std::string key = "ikast-brande_ssu_2024-02-19.pdfminer";
  const auto record =
      nlohmann::json::parse(read_text(dir / ("pub/quarantine/" + key + ".error.json")));
  EXPECT_EQ(record["stage"], "segment");
  EXPECT_NE(record["message"].get<std::string>().find(
                "item 1 \"Godkendelse af dagsorden\" holds a line marking an item closed"),
            std::string::npos)
      << record.dump();
  EXPECT_FALSE(fs::exists(dir / ("pub/json/" + key + ".json")));
  for (const auto& entry : fs::recursive_directory_iterator(dir / "pub")) {
    if (entry.is_regular_file()) {
      EXPECT_EQ(read_text(entry.path()).find("SECRETP007"), std::string::npos) << entry.path();
    }
  }
  const auto internal =
      run_protokol("run -q -p default -o " + (dir / "int").string() + " " + input);
  EXPECT_EQ(internal.exit_code, 0) << internal.err;
  const auto doc = nlohmann::json::parse(read_text(dir / ("int/json/" + key + ".json")));
  EXPECT_NE(doc["warnings"].dump().find("holds a line marking an item closed"), std::string::npos);
}

TEST(DefaultPipeline, FileNamesThatAreNotUtf8AreKeptAndEscapedReversibly) {
  temp_dir dir;
  // "referat_ældre.txt" in Latin-1, as old Samba shares hold it.
  const std::string name = "referat_\xe6ldre";
  fs::create_directories(dir / "in");
  fs::copy_file(fixtures + "/corpus/002_272ed4b7c6745111.txt", dir / "in" / (name + ".txt"));
  const auto r =
      run_protokol("run -q -p default -o " + (dir / "out").string() + " " + (dir / "in").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The key is text: the byte as %E6 (it had been U+FFFD in the CSV tables,
  // where "referat_\xf8ldre" became the same key).
  EXPECT_TRUE(fs::exists(dir / "out/json/referat_%E6ldre.json"));
  const std::string report = read_text(dir / "out/run.json");
  EXPECT_NE(report.find("\"key\": \"referat_%E6ldre\""), std::string::npos) << report;
  EXPECT_NE(report.find("\"input\": \"" + (dir / "in").string() + "/referat_\\udce6ldre.txt\""),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("\"exported\": 1"), std::string::npos) << report;
  EXPECT_NE(read_text(dir / "out/csv/meetings.csv").find("\nreferat_%E6ldre,"), std::string::npos);
}

TEST(Detect, RunsThePipelineReadersAndDetectorsAsJson) {
  const auto r =
      run_protokol("detect --json -p default " + fixtures + "/corpus/004_f36d0290eb02bd68.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto line = nlohmann::json::parse(r.out);
  EXPECT_EQ(line["format"], "markdown");
  EXPECT_EQ(line["encoding"], "UTF-8");
  EXPECT_GT(line["confidence"].get<double>(), 0.0);
}
