// The python stage through the real CLI: quarantine, start-up errors, C
// extension modules under the host's RTLD_LOCAL loading, and --jobs.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;
using protokol::test::write_text;

namespace {

const std::string corpus = std::string(PROTOKOL_SOURCE_DIR) + "/tests/fixtures/corpus";

// A pipeline running `script` after read, detect and segment; the python
// stage is always at line 6, column 3.
fs::path write_pipeline(const temp_dir& dir, const std::string& script) {
  write_text(dir / "stage.py", script);
  const fs::path file = dir / "pipeline.xml";
  write_text(file,
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<pipeline name=\"python-test\" version=\"1\">\n"
             "  <stage use=\"read\"/>\n"
             "  <stage use=\"detect\"/>\n"
             "  <stage use=\"segment\"/>\n"
             "  <stage use=\"python\">\n"
             "    <param name=\"script\">" +
                 (dir / "stage.py").string() +
                 "</param>\n"
                 "  </stage>\n"
                 "  <stage use=\"json\"/>\n"
                 "</pipeline>\n");
  return file;
}

std::string tree(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& f : fs::recursive_directory_iterator(dir))
    if (f.is_regular_file() && f.path().filename() != "run.json") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  std::string out;
  for (const auto& f : files) out += fs::relative(f, dir).string() + "\n" + read_text(f) + "\n";
  return out;
}

}  // namespace

TEST(PythonCli, ExceptionQuarantinesTheDocumentWithTracebackTail) {
  const temp_dir dir;
  const fs::path pipeline = write_pipeline(dir,
                                           "def process(doc):\n"
                                           "    if doc.key.startswith('002'):\n"
                                           "        raise RuntimeError('cannot tag ' + doc.key)\n");
  const auto r = run_protokol("run -q -p " + pipeline.string() + " -o " + (dir / "out").string() +
                              " " + corpus);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto record =
      nlohmann::json::parse(read_text(dir / "out/quarantine/002_272ed4b7c6745111.error.json"));
  EXPECT_EQ(record["stage"], "python");
  EXPECT_EQ(record["message"], "process() failed: File \"" + (dir / "stage.py").string() +
                                   "\", line 3, in process | raise RuntimeError('cannot tag ' + "
                                   "doc.key) | RuntimeError: cannot tag 002_272ed4b7c6745111");
  EXPECT_TRUE(fs::exists(dir / "out/json/000_a4b572501006c254.json"));
  EXPECT_FALSE(fs::exists(dir / "out/json/002_272ed4b7c6745111.json"));
}

TEST(PythonCli, SyntaxErrorFailsValidateWithScriptFileAndLine) {
  const temp_dir dir;
  const fs::path pipeline = write_pipeline(dir, "def process(doc):\n    return doc.items[\n");
  const auto r = run_protokol("validate " + pipeline.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(pipeline.string() + ":6:3: error: stage 'python' could not be created: " +
                       (dir / "stage.py").string() + ":2:21: SyntaxError: '[' was never closed"),
            std::string::npos)
      << r.err;
}

TEST(PythonCli, MissingFunctionFailsTheRunBeforeAnyDocument) {
  const temp_dir dir;
  const fs::path pipeline = write_pipeline(dir, "def procss(doc):\n    pass\n");
  const auto r = run_protokol("run -q -p " + pipeline.string() + " -o " + (dir / "out").string() +
                              " " + corpus);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("could not be created: " + (dir / "stage.py").string() +
                       ": no function 'process'"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(dir / "out/json"));
}

// _json and _decimal are shared objects in lib-dynload that need libpython's
// symbols; json and decimal would quietly fall back to pure Python, so the
// script imports the C modules by name.
TEST(PythonCli, ScriptsImportCExtensionModules) {
  const temp_dir dir;
  const fs::path pipeline =
      write_pipeline(dir,
                     "import _decimal, _json, collections, json, re\n"
                     "\n"
                     "def process(doc):\n"
                     "    words = collections.Counter(re.findall(r'\\w+', doc.text))\n"
                     "    assert json.decoder.c_scanstring is not None\n"
                     "    doc.warnings.append(json.dumps({'punkt': words['Punkt'] > 0}))\n");
  const auto r = run_protokol("run -q -p " + pipeline.string() + " -o " + (dir / "out").string() +
                              " " + corpus + "/000_a4b572501006c254.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(read_text(dir / "out/json/000_a4b572501006c254.json"));
  ASSERT_FALSE(doc["warnings"].empty());
  EXPECT_EQ(doc["warnings"].back(), "{\"punkt\": true}");
}

TEST(PythonCli, OutputIsIdenticalWithOneOrTwoJobs) {
  const temp_dir dir;
  // One entity per item: the title as it stands in the text.
  const fs::path pipeline =
      write_pipeline(dir,
                     "from protokol import Entity\n"
                     "\n"
                     "def process(doc):\n"
                     "    for it in doc.items:\n"
                     "        at = doc.text.find(it.title, it.start, it.end)\n"
                     "        if it.title and at >= 0:\n"
                     "            doc.entities.append(Entity(type='title', text=it.title,\n"
                     "                value=it.title.lower(), item=it.number,\n"
                     "                start=at, end=at + len(it.title)))\n");
  for (const char* jobs : {"1", "2"}) {
    const auto r = run_protokol("run -q -j " + std::string(jobs) + " -p " + pipeline.string() +
                                " -o " + (dir / jobs).string() + " " + corpus);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  const auto doc = nlohmann::json::parse(read_text(dir / "1/json/000_a4b572501006c254.json"));
  EXPECT_TRUE(std::any_of(doc["entities"].begin(), doc["entities"].end(),
                          [](const auto& e) { return e["type"] == "title"; }));
  EXPECT_EQ(tree(dir / "1"), tree(dir / "2"));
}
