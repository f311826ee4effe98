// The loader refuses every unsafe or incompatible plugin with one message
// that names the file and, for versions, both sides.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "plugin_registry.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::load_plugin;
using protokol::plugin_registry;
using protokol::test::fixture_plugin_dir;

namespace {

fs::path fixture_file(const std::string& name) {
  return fs::path(fixture_plugin_dir(name)) / ("protokol_fixture_" + name + ".so");
}

std::string refusal_of(const std::string& name) {
  auto loaded = load_plugin(fixture_file(name));
  EXPECT_FALSE(loaded) << name << " should be refused";
  return loaded ? std::string() : loaded.errors().front().str();
}

std::string host_abi() {
  return std::to_string(protokol::abi_major) + "." + std::to_string(protokol::abi_minor);
}

}  // namespace

TEST(PluginLoader, GoodPluginLoadsWithItsStages) {
  auto loaded = load_plugin(fixture_file("good"));
  ASSERT_TRUE(loaded) << loaded.errors().front().str();
  const protokol::plugin_descriptor& d = *loaded.value()->descriptor;
  EXPECT_STREQ(d.name, "fixture-good");
  EXPECT_STREQ(d.version, "1.2.3");
  ASSERT_EQ(d.stage_count, 3u);
  EXPECT_STREQ(d.stages[1].name, "fixture-count");
  EXPECT_EQ(d.stages[1].param_count, 8u);
}

TEST(PluginLoader, RefusesOtherAbiMajorNamingBothSides) {
  EXPECT_EQ(refusal_of("major"),
            fixture_file("major").string() +
                ": error: plugin refused: ABI major version differs: plugin has " +
                std::to_string(protokol::abi_major + 1) + ".0, host has " + host_abi() +
                " (the plugin needs a newer protokol)");
}

TEST(PluginLoader, RefusesOlderAbiMajorAskingForARebuild) {
  EXPECT_EQ(refusal_of("old_major"),
            fixture_file("old_major").string() +
                ": error: plugin refused: ABI major version differs: plugin has " +
                std::to_string(protokol::abi_major - 1) + ".0, host has " + host_abi() +
                " (rebuild the plugin against this protokol)");
}

TEST(PluginLoader, RefusesNewerAbiMinor) {
  EXPECT_EQ(
      refusal_of("minor"),
      fixture_file("minor").string() +
          ": error: plugin refused: plugin needs a newer host (ABI minor is newer): plugin has " +
          std::to_string(protokol::abi_major) + "." + std::to_string(protokol::abi_minor + 1) +
          ", host has " + host_abi());
}

TEST(PluginLoader, RefusesOtherToolchainNamingBoth) {
  EXPECT_EQ(refusal_of("toolchain"), fixture_file("toolchain").string() +
                                         ": error: plugin refused: toolchain differs: plugin has "
                                         "gcc-1.0;libstdc++;cxx11-abi=0, host has " +
                                         protokol::toolchain_fingerprint);
}

TEST(PluginLoader, RefusesFileThatIsNotASharedLibrary) {
  EXPECT_EQ(refusal_of("not_elf"),
            fixture_file("not_elf").string() +
                ": error: plugin refused: not a shared library (no ELF header)");
}

TEST(PluginLoader, RefusesLibraryWithoutEntryPoint) {
  EXPECT_EQ(refusal_of("no_entry"),
            fixture_file("no_entry").string() +
                ": error: plugin refused: no protokol entry point (symbol "
                "'protokol_plugin' not found; declare the plugin with PROTOKOL_PLUGIN)");
}

TEST(PluginLoader, RefusesPluginWritableByOtherUsers) {
  protokol::test::temp_dir dir;
  const fs::path copy = dir / "protokol_fixture_good.so";
  fs::copy_file(fixture_file("good"), copy);
  fs::permissions(copy, fs::perms::others_write, fs::perm_options::add);
  auto loaded = load_plugin(copy);
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.errors().front().str(),
            copy.string() + ": error: plugin refused: unsafe permissions: " + copy.string() +
                " is writable by every user");
}

TEST(PluginLoader, RefusesPluginFolderWritableByOtherUsers) {
  protokol::test::temp_dir dir;
  fs::copy_file(fixture_file("good"), dir / "protokol_fixture_good.so");
  fs::permissions(dir.path(), fs::perms::others_write, fs::perm_options::add);
  plugin_registry registry;
  const auto problems = registry.load({dir.path()});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].str(), dir.path().string() +
                                   ": error: plugin refused: unsafe permissions: " +
                                   dir.path().string() + " is writable by every user");
  EXPECT_TRUE(registry.stages().empty());
}

TEST(PluginRegistry, DuplicateStageNamesBothFiles) {
  plugin_registry registry;
  const auto problems =
      registry.load({fixture_plugin_dir("good"), fixture_plugin_dir("duplicate")});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].str(),
            fixture_file("duplicate").string() +
                ": error: plugin refused: stage 'fixture-text' is also provided by " +
                fixture_file("good").string());
  // The first plugin stays usable; none of the refused one's stages is registered.
  ASSERT_NE(registry.find_stage("fixture-text"), nullptr);
  EXPECT_STREQ(registry.find_stage("fixture-text")->plugin->descriptor->name, "fixture-good");
}

TEST(PluginRegistry, MissingPathIsReported) {
  plugin_registry registry;
  const auto problems = registry.load({"/nonexistent/protokol/plugins"});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].str(), "/nonexistent/protokol/plugins: error: plugin path does not exist");
}

TEST(PluginRegistry, GoodPluginRunsThroughTheAdapter) {
  plugin_registry registry;
  ASSERT_TRUE(registry.load({fixture_plugin_dir("good")}).empty());
  const protokol::stage_descriptor& text = *registry.find_stage("fixture-text")->stage;
  std::string error;
  void* handle = text.create(protokol::stage_config{}, error);
  ASSERT_NE(handle, nullptr) << error;
  protokol::document doc;
  doc.raw = "hello\nworld\n";
  EXPECT_TRUE(text.process(handle, doc, error));
  EXPECT_EQ(doc.text, "hello\nworld\n");
  // An exception inside the plugin comes back as an error value, not an unwind.
  doc.raw = "FIXTURE-THROW";
  EXPECT_FALSE(text.process(handle, doc, error));
  EXPECT_EQ(error, "fixture asked to fail");
  text.destroy(handle);
}

// A symlinked plugin file is checked where it points: the folder holding the
// real file is writable by every user here, so the plugin is refused.
TEST(PluginLoader, RefusesSymlinkedPluginWhoseRealFolderIsWritableByOthers) {
  protokol::test::temp_dir dir;
  fs::create_directories(dir / "open");
  fs::create_directories(dir / "plugins");
  fs::copy_file(fixture_file("good"), dir / "open/protokol_fixture_good.so");
  fs::permissions(dir / "open", fs::perms::others_write, fs::perm_options::add);
  fs::create_symlink(dir / "open/protokol_fixture_good.so",
                     dir / "plugins/protokol_fixture_good.so");
  auto loaded = load_plugin(dir / "plugins/protokol_fixture_good.so");
  ASSERT_FALSE(loaded);
  EXPECT_NE(
      loaded.errors().front().str().find((dir / "open").string() + " is writable by every user"),
      std::string::npos)
      << loaded.errors().front().str();
}

TEST(PluginLoader, LoadsASymlinkedPluginFromASafeFolder) {
  protokol::test::temp_dir dir;
  fs::create_directories(dir / "real");
  fs::create_directories(dir / "plugins");
  fs::copy_file(fixture_file("good"), dir / "real/protokol_fixture_good.so");
  fs::create_symlink(dir / "real/protokol_fixture_good.so",
                     dir / "plugins/protokol_fixture_good.so");
  EXPECT_TRUE(load_plugin(dir / "plugins/protokol_fixture_good.so"));
}

// A plugin folder reached through a symlink that another user owns: that user
// could point it anywhere, so nothing in it is loaded.
TEST(PluginRegistry, RefusesAPluginFolderReachedThroughAnotherUsersSymlink) {
  if (::geteuid() != 0) GTEST_SKIP() << "making a file of another user needs root";
  protokol::test::temp_dir dir;
  fs::create_directories(dir / "real");
  fs::copy_file(fixture_file("good"), dir / "real/protokol_fixture_good.so");
  fs::create_directory_symlink(dir / "real", dir / "linked");
  constexpr uid_t nobody = 65534;
  ASSERT_EQ(::lchown((dir / "linked").c_str(), nobody, nobody), 0);
  plugin_registry registry;
  const auto problems = registry.load({dir / "linked"});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].str().find("the symbolic link " + (dir / "linked").string() +
                                   " belongs to another user (uid 65534)"),
            std::string::npos)
      << problems[0].str();
  EXPECT_TRUE(registry.stages().empty());
}
