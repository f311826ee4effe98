// protokol plugins --check FILE: every problem of a built plugin, found
// from its descriptor without running a stage.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::fixture_plugin_dir;
using protokol::test::run_protokol;

namespace {

std::string plugin_file(const std::string& name) {
  return (fs::path(fixture_plugin_dir(name)) / ("protokol_fixture_" + name + ".so")).string();
}

TEST(PluginsCheck, AGoodPluginIsOk) {
  const auto r = run_protokol("plugins --check " + plugin_file("good"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Plugin      fixture-good"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ABI         "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Stage       fixture-count (extractor)"), std::string::npos) << r.out;
}

TEST(PluginsCheck, EveryDescriptorProblemIsListed) {
  const auto r = run_protokol("plugins --check " + plugin_file("sloppy"));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  for (const char* expected : {
           "error: stage 'Sloppy Stage': a name is a lowercase letter",
           "error: stage 'Sloppy Stage' parameter 'limit': default \"ten\" is invalid",
           "error: stage 'Sloppy Stage' parameter 'limit' is declared twice",
           "error: stage 'Sloppy Stage' parameter 'mode' is a choice without choices",
           "error: stage 'Sloppy Stage' parameter 'Big Name': a name is a lowercase letter",
           "warning: stage 'Sloppy Stage' parameter 'mode' has no documentation",
           "error: stage 'Sloppy Stage' parameter 'pages': default \"0\" is invalid: expects int "
           "in 1..10, got '0'",
           "error: stage 'Sloppy Stage' parameter 'span': range 10..1 is invalid: minimum 10 is "
           "above maximum 1",
           "error: stage 'Sloppy Stage' parameter 'bound': range >= low is invalid: minimum 'low' "
           "is not of type float",
           "error: stage 'Sloppy Stage' parameter 'title': range >= 1 is invalid: a range applies "
           "to int and float only, not string",
           "error: stage 'Sloppy Stage' parameter 'flag' lists choices but is of type bool "
           "(choices are for enum)",
           "error: stage 'Sloppy Stage' parameter 'style': default \"bold\" is invalid: expects "
           "enum (one of plain|fancy), got 'bold'",
           "warning: stage 'Sloppy Stage' has no summary",
           "warning: the plugin names no licence",
           "not usable: fix the errors above",
       }) {
    EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
  }
  // A default is not judged by a range that is itself wrong: one error each.
  EXPECT_EQ(r.out.find("cannot be checked"), std::string::npos) << r.out;
}

TEST(PluginsCheck, ARefusedPluginSaysWhyAndExitsThree) {
  const auto r = run_protokol("plugins --check " + plugin_file("major"));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("ABI major version differs"), std::string::npos) << r.err;
}

TEST(PluginsCheck, AMissingFileIsNoQuestionOfPermissions) {
  const auto r = run_protokol("plugins --check /nonexistent/protokol_x.so");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("cannot read the plugin file: No such file or directory"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("permissions"), std::string::npos) << r.err;
}

TEST(PluginsCheck, AStageAnInstalledPluginProvidesIsAConflict) {
  const auto r = run_protokol("plugins --plugin-path " + fixture_plugin_dir("good") + " --check " +
                              plugin_file("duplicate"));
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("is also provided by"), std::string::npos) << r.out;
}

TEST(PluginsCheck, JsonListsTheProblems) {
  const auto r = run_protokol("plugins --json --check " + plugin_file("sloppy"));
  EXPECT_EQ(r.exit_code, 1);
  const auto out = nlohmann::json::parse(r.out);
  EXPECT_EQ(out["name"], "sloppy");
  EXPECT_TRUE(out["loaded"].get<bool>());
  EXPECT_GE(out["problems"].size(), 5u);
  EXPECT_EQ(out["problems"][0]["severity"], "warning");
}

}  // namespace

namespace {

#if PROTOKOL_ALL_PLUGINS_BUILT
// The shipped plugins are the example authors copy: none may have an error.
TEST(PluginsCheck, EveryShippedPluginPasses) {
  const fs::path folder =
      fs::path(PROTOKOL_BINARY).parent_path().parent_path() / "lib" / "protokol" / "plugins";
  std::size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".so") continue;
    const auto r = run_protokol("plugins --check " + entry.path().string());
    EXPECT_EQ(r.exit_code, 0) << entry.path() << "\n" << r.out << r.err;
    EXPECT_EQ(r.out.find(": error: "), std::string::npos) << r.out;
    ++checked;
  }
  EXPECT_GE(checked, 10u);
}
#endif

}  // namespace
