// Pipeline files: every problem is found, in one go, at file:line:column.
#include "pipeline.hpp"

#include <gtest/gtest.h>

#include "did_you_mean.hpp"
#include "plugin_registry.hpp"
#include "test_support.hpp"

using protokol::pipeline_spec;
using protokol::test::temp_dir;
using protokol::test::write_text;

namespace {

struct checked {
  pipeline_spec spec;
  std::vector<std::string> messages;
};

checked check(const std::string& xml) {
  temp_dir dir;
  const auto file = dir / "p.xml";
  write_text(file, xml);
  protokol::plugin_registry registry;
  EXPECT_TRUE(registry.load({protokol::test::fixture_plugin_dir("good")}).empty());
  checked out;
  auto problems = protokol::read_pipeline(file, out.spec);
  const auto semantic = protokol::check_pipeline(out.spec, registry);
  problems.insert(problems.end(), semantic.begin(), semantic.end());
  for (const auto& d : problems) {
    std::string m = d.str();
    out.messages.push_back(m.substr(m.find("p.xml:") + 6));  // drop the temp folder
  }
  return out;
}

const char* good_pipeline = R"(<pipeline name="t">
  <stage use="fixture-text"/>
  <stage use="fixture-count"><param name="token">x</param></stage>
</pipeline>
)";

}  // namespace

TEST(PipelineFile, GoodPipelineHasNoProblems) {
  const auto r = check(good_pipeline);
  EXPECT_TRUE(r.messages.empty()) << r.messages.front();
  ASSERT_EQ(r.spec.stages.size(), 2u);
  EXPECT_EQ(r.spec.stages[1].params.at("token").value, "x");
}

TEST(PipelineFile, MalformedXmlGivesLineAndColumn) {
  const auto r = check("<pipeline name=\"t\">\n  <stage use=\"fixture-text\">\n</pipeline>\n");
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0], "3:3: error: malformed XML: Start-end tags mismatch");
}

// Text between the elements and an entity XML does not know are slips of
// the editor: each is said at its place, not passed over ("ok").
TEST(PipelineFile, StrayTextAndUnknownEntitiesAreErrors) {
  const auto r = check(
      "<pipeline name=\"t\">\n  <stage use=\"fixture-text\"/>\n  oops\n"
      "  <stage use=\"fixture-count\"><param name=\"token\">x&bogus;</param>\n"
      "    stray</stage>\n</pipeline>\n");
  ASSERT_EQ(r.messages.size(), 3u);
  EXPECT_EQ(r.messages[0], "3:3: error: text 'oops' inside <pipeline> belongs to no element");
  EXPECT_EQ(r.messages[1],
            "4:30: error: unknown entity in the value of parameter 'token' (XML knows &amp; "
            "&lt; &gt; &quot; &apos; and &#N;)");
  EXPECT_EQ(r.messages[2], "5:5: error: text 'stray' inside <stage> belongs to no element");
  EXPECT_TRUE(check("<pipeline name=\"t\">\n  <stage use=\"fixture-text\"/>\n  <stage "
                    "use=\"fixture-count\"><param name=\"token\">a &amp; b</param></stage>\n"
                    "</pipeline>\n")
                  .messages.empty());
}

TEST(PipelineFile, UnknownStageSuggestsNearestName) {
  const auto r = check("<pipeline name=\"t\">\n  <stage use=\"fixture-txt\"/>\n</pipeline>\n");
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0], "2:3: error: unknown stage 'fixture-txt'; did you mean 'fixture-text'?");
}

TEST(PipelineFile, UnknownParameterSuggestsNearestName) {
  const auto r = check(R"(<pipeline name="t">
  <stage use="fixture-text"/>
  <stage use="fixture-count">
    <param name="token">x</param>
    <param name="limt">3</param>
  </stage>
</pipeline>)");
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0],
            "5:5: error: stage 'fixture-count' (fixture-count) has no parameter 'limt'; did you "
            "mean 'limit'?");
}

TEST(PipelineFile, WrongTypesAreReportedAllAtOnce) {
  const auto r = check(R"(<pipeline name="t">
  <stage use="fixture-text"/>
  <stage use="fixture-count">
    <param name="token">x</param>
    <param name="limit">many</param>
    <param name="strict">yes</param>
    <param name="ratio">half</param>
    <param name="mode">slow</param>
  </stage>
</pipeline>)");
  ASSERT_EQ(r.messages.size(), 4u);
  EXPECT_EQ(r.messages[0],
            "5:5: error: parameter 'limit' of stage 'fixture-count' expects int (a whole number), "
            "got 'many'");
  EXPECT_EQ(r.messages[1],
            "8:5: error: parameter 'mode' of stage 'fixture-count' expects enum (one of "
            "fast|exact), got 'slow'");
  EXPECT_EQ(r.messages[2],
            "7:5: error: parameter 'ratio' of stage 'fixture-count' expects float (a number), got "
            "'half'");
  EXPECT_EQ(r.messages[3],
            "6:5: error: parameter 'strict' of stage 'fixture-count' expects bool (true or false), "
            "got 'yes'");
}

TEST(PipelineFile, ValuesOutsideTheirRangeAreReportedAtTheValue) {
  const auto r = check(R"(<pipeline name="t">
  <stage use="fixture-text"/>
  <stage use="fixture-count">
    <param name="token">x</param>
    <param name="limit">100001</param>
    <param name="ratio">-0.1</param>
  </stage>
</pipeline>)");
  ASSERT_EQ(r.messages.size(), 2u);
  EXPECT_EQ(r.messages[0],
            "5:5: error: parameter 'limit' of stage 'fixture-count' expects int in 1..100000, got "
            "'100001'");
  EXPECT_EQ(r.messages[1],
            "6:5: error: parameter 'ratio' of stage 'fixture-count' expects float in 0..1, got "
            "'-0.1'");
}

TEST(PipelineFile, BoundsThemselvesAreAccepted) {
  const auto r = check(R"(<pipeline name="t">
  <stage use="fixture-text"/>
  <stage use="fixture-count">
    <param name="token">x</param>
    <param name="limit">100000</param>
    <param name="ratio">0</param>
  </stage>
</pipeline>)");
  EXPECT_TRUE(r.messages.empty()) << r.messages.front();
}

TEST(PipelineFile, MissingRequiredParameter) {
  const auto r = check(
      "<pipeline name=\"t\">\n  <stage use=\"fixture-text\"/>\n  <stage "
      "use=\"fixture-count\"/>\n</pipeline>");
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0],
            "3:3: error: stage 'fixture-count' needs parameter 'token' (string): A value that must "
            "be given");
}

TEST(PipelineFile, RequirementNoEarlierStageProvides) {
  const auto r = check(
      "<pipeline name=\"t\">\n  <stage use=\"fixture-count\"><param "
      "name=\"token\">x</param></stage>\n  <stage use=\"fixture-text\"/>\n</pipeline>");
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0],
            "2:3: error: stage 'fixture-count' requires 'text', which no earlier stage provides "
            "(provided by stage 'fixture-text')");
}

// After a misspelt stage nothing can be said of what later stages need:
// one error, not one more per later stage.
TEST(PipelineFile, AnUnknownStageHidesTheRequirementsAfterIt) {
  const auto r = check(
      "<pipeline name=\"t\">\n  <stage use=\"fixture-txt\"/>\n  <stage "
      "use=\"fixture-count\"><param "
      "name=\"token\">x</param></stage>\n</pipeline>");
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0], "2:3: error: unknown stage 'fixture-txt'; did you mean 'fixture-text'?");
}

TEST(PipelineFile, DuplicateStageIds) {
  const auto r = check(
      "<pipeline name=\"t\">\n  <stage use=\"fixture-text\"/>\n  <stage "
      "use=\"fixture-text\"/>\n</pipeline>");
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0],
            "3:3: error: duplicate stage id 'fixture-text' (give one of them an id attribute)");
}

TEST(PipelineFile, UnknownElementAndAttribute) {
  const auto r = check(R"(<pipeline name="t" colour="red">
  <stage use="fixture-text" mode="x"/>
  <stag use="fixture-text"/>
</pipeline>)");
  ASSERT_EQ(r.messages.size(), 3u);
  EXPECT_EQ(r.messages[0], "1:20: error: unknown attribute 'colour' on <pipeline>");
  EXPECT_EQ(r.messages[1], "2:29: error: unknown attribute 'mode' on <stage>");
  EXPECT_EQ(r.messages[2],
            "3:3: error: unknown element <stag> inside <pipeline>; did you mean 'stage'?");
}

TEST(PipelineFile, UnknownAttributesOfOneTagEachAtTheirColumn) {
  const auto r = check(R"(<pipeline name="t" colour="red" size="big">
  <stage use="fixture-text"/>
</pipeline>)");
  ASSERT_EQ(r.messages.size(), 2u);
  EXPECT_EQ(r.messages[0], "1:20: error: unknown attribute 'colour' on <pipeline>");
  EXPECT_EQ(r.messages[1], "1:33: error: unknown attribute 'size' on <pipeline>");
}

TEST(PipelineFile, OverrideSetsAParameterByStageId) {
  auto r = check(good_pipeline);
  EXPECT_TRUE(protokol::apply_override(r.spec, "fixture-count.limit=5").empty());
  EXPECT_EQ(r.spec.stages[1].params.at("limit").value, "5");
  // Blanks around the value go, as around a <param>'s text.
  EXPECT_TRUE(protokol::apply_override(r.spec, "fixture-count.limit= 7 ").empty());
  EXPECT_EQ(r.spec.stages[1].params.at("limit").value, "7");
  const auto bad = protokol::apply_override(r.spec, "fixture-cont.limit=5");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_NE(bad[0].str().find("no stage with id 'fixture-cont'"), std::string::npos);
  EXPECT_NE(bad[0].str().find("did you mean 'fixture-count'?"), std::string::npos);
}

// "-p text" in a folder that holds a folder "text": the shipped pipeline,
// not the folder; a folder given as a path says what it is.
TEST(PipelineFile, AFolderIsNoPipelineFile) {
  temp_dir dir;
  std::filesystem::create_directory(dir / "text");
  const auto cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  const auto resolved = protokol::resolve_pipeline_path("text");
  std::filesystem::current_path(cwd);
  EXPECT_EQ(resolved.filename(), "text.xml") << resolved;
  pipeline_spec spec;
  const auto problems = protokol::read_pipeline(dir / "text", spec);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].str().find("is a folder, not a pipeline file"), std::string::npos)
      << problems[0].str();
}

// "-p defualt": no file of that name, and a shipped pipeline's name misspelt.
TEST(PipelineFile, AMisspeltShippedNameSaysWhatIsShipped) {
  temp_dir dir;
  const auto cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  pipeline_spec spec;
  const auto problems = protokol::read_pipeline(protokol::resolve_pipeline_path("defualt"), spec);
  const auto missing = protokol::read_pipeline("missing.xml", spec);
  std::filesystem::current_path(cwd);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].str(),
            "defualt: error: no such pipeline file, nor a shipped pipeline of that name (shipped: "
            "default, public, review, sqlite, text); did you mean 'default'?");
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].str(),
            "missing.xml: error: cannot read pipeline file: No such file or directory");
}

TEST(DidYouMean, NoSuggestionForUnrelatedName) {
  EXPECT_EQ(protokol::did_you_mean("zzzzzzzz", {"segment", "read"}), "");
  EXPECT_EQ(protokol::edit_distance("kitten", "sitting"), 3u);
}
