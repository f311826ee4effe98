// The documentation checked against the program: every option docs/cli.md,
// docs/ingest.md, docs/operations.md, docs/scaling.md, the README and the shell completions
// name must exist in that command's --help, and the exit codes must agree.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "test_support.hpp"

using protokol::test::read_text;
using protokol::test::run_protokol;

namespace {

const std::set<std::string> commands = {"run",    "validate", "plugins", "detect",
                                        "ingest", "status",   "eval",    "merge"};

std::string source(const std::string& relative) {
  return read_text(std::string(PROTOKOL_SOURCE_DIR) + "/" + relative);
}

const std::string& help_of(const std::string& command) {
  static std::map<std::string, std::string> cache;
  auto it = cache.find(command);
  if (it == cache.end()) it = cache.emplace(command, run_protokol(command + " --help").out).first;
  return it->second;
}

// Boost prints "--jobs arg" or "[ --jobs ] arg": the name is followed by a blank.
bool has_option(const std::string& command, const std::string& option) {
  const std::string& help = help_of(command);
  return help.find(option + " ") != std::string::npos ||
         help.find(option + "\n") != std::string::npos;
}

bool option_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

// "--name" tokens in text[from, to).
std::vector<std::string> long_options(const std::string& text, std::size_t from, std::size_t to) {
  std::vector<std::string> out;
  for (std::size_t pos = text.find("--", from); pos != std::string::npos && pos < to;
       pos = text.find("--", pos + 2)) {
    if (pos > 0 && option_char(text[pos - 1])) continue;
    std::size_t end = pos + 2;
    while (end < to && option_char(text[end])) ++end;
    if (end > pos + 2 && text[pos + 2] >= 'a' && text[pos + 2] <= 'z')
      out.push_back(text.substr(pos, end - pos));
    pos = end - 2;
  }
  return out;
}

struct mention {
  std::string command, option, where;
};

// Every "protokol COMMAND ... --option" in `text`: inline code up to its
// closing backtick, code lines up to a '#' comment; and, in option tables
// under "## COMMAND" headings, the options of the first cell.
std::vector<mention> mentions(const std::string& text, const std::string& file) {
  std::vector<mention> out;
  std::istringstream lines(text);
  std::string line, section;
  for (int n = 1; std::getline(lines, line); ++n) {
    const std::string where = file + ":" + std::to_string(n);
    if (line.rfind("## ", 0) == 0) {
      section.clear();
      for (const std::string& c : commands)
        if (line.find(c) != std::string::npos && line.find(c) < 12) section = c;
      if (line.find("ingest") != std::string::npos) section = "ingest";
    }
    if (line.rfind("| `-", 0) == 0 && !section.empty()) {
      const std::size_t cell_end = line.find(" | ", 2);
      for (const auto& o : long_options(line, 0, cell_end)) out.push_back({section, o, where});
    }
    for (std::size_t at = line.find("protokol "); at != std::string::npos;
         at = line.find("protokol ", at + 9)) {
      // Part of another word ("protokol-ingest.service") is not the command.
      if (at > 0 && (option_char(line[at - 1]) || line[at - 1] == '_' || line[at - 1] == '.'))
        continue;
      std::size_t word_end = at + 9;
      while (word_end < line.size() && option_char(line[word_end])) ++word_end;
      const std::string command = line.substr(at + 9, word_end - at - 9);
      if (!commands.count(command)) continue;
      const bool inline_code = at > 0 && line[at - 1] == '`';
      std::size_t end = inline_code ? line.find('`', word_end) : line.find(" #", word_end);
      if (end == std::string::npos) end = line.size();
      // "... --retry-failed" in prose stands for any options: the ones named still count.
      for (const auto& o : long_options(line, word_end, end)) out.push_back({command, o, where});
    }
  }
  return out;
}

void expect_options_exist(const std::string& relative) {
  const auto found = mentions(source(relative), relative);
  EXPECT_FALSE(found.empty()) << relative << " names no option: the check is not looking";
  for (const mention& m : found)
    EXPECT_TRUE(m.option == "--help" || m.option == "--plugin-path" ||
                has_option(m.command, m.option))
        << m.where << ": " << m.option << " is not an option of 'protokol " << m.command << "'";
}

}  // namespace

TEST(Docs, EveryOptionInCliMdExists) { expect_options_exist("docs/cli.md"); }
TEST(Docs, EveryOptionInIngestMdExists) { expect_options_exist("docs/ingest.md"); }
TEST(Docs, EveryOptionInOperationsMdExists) { expect_options_exist("docs/operations.md"); }
TEST(Docs, EveryOptionInTheReadmeExists) { expect_options_exist("README.md"); }
TEST(Docs, EveryOptionInScalingMdExists) { expect_options_exist("docs/scaling.md"); }

TEST(Docs, EveryCommandTakesPluginPathAsCliMdSays) {
  for (const std::string& c : commands) EXPECT_TRUE(has_option(c, "--plugin-path")) << c;
}

TEST(Docs, ExitCodesAgreeWithTheProgram) {
  const std::string cli = source("docs/cli.md");
  const std::string usage = run_protokol("--help").out;
  for (const std::string code : {"0", "1", "2", "3", "130"}) {
    EXPECT_NE(cli.find("| " + code + " |"), std::string::npos) << code;
    EXPECT_NE(usage.find(code + " "), std::string::npos) << code;
  }
}

// Pipeline file snippets in the docs name their stage as pipeline files do:
// <stage use="...">. The plugin guide once wrote plugin="topics", which
// validate refuses.
TEST(Docs, EveryStageElementInTheDocsHasAUseAttribute) {
  for (const std::string file :
       {"README.md", "docs/pipelines.md", "docs/plugin-guide.md", "docs/cli.md",
        "docs/python-stages.md", "docs/operations.md", "docs/scaling.md", "docs/ingest.md"}) {
    const std::string text = source(file);
    for (std::size_t at = text.find("<stage "); at != std::string::npos;
         at = text.find("<stage ", at + 1)) {
      const std::string element = text.substr(at, text.find('>', at) - at);
      EXPECT_NE(element.find(" use=\""), std::string::npos) << file << ": " << element;
    }
  }
}

// --help: the usage line names the positional arguments, and the options
// below leave them out (Boost would list "--input arg").
TEST(Docs, HelpListsNoPositionalArgumentAsAnOption) {
  for (const std::string& c : commands) {
    const std::string& help = help_of(c);
    const std::string usage = help.substr(0, help.find('\n'));
    EXPECT_EQ(usage.rfind("usage: protokol " + c, 0), 0u) << help;
    EXPECT_NE(usage.back(), ':') << usage;
    for (const char* positional : {"--input arg", "--file arg", "--stage arg", "--pipeline arg"})
      EXPECT_EQ(help.find(positional), std::string::npos) << c << ": " << positional;
  }
}

// Positional arguments, which Boost lists in --help under an option name.
bool positional(const std::string& command, const std::string& option) {
  static const std::map<std::string, std::string> names = {{"run", "--input"},
                                                           {"detect", "--file"},
                                                           {"plugins", "--stage"},
                                                           {"validate", "--pipeline"},
                                                           {"merge", "--input"}};
  const auto it = names.find(command);
  return it != names.end() && it->second == option;
}

// Both ways: the completion offers every option of --help, and nothing else.
TEST(Completions, BashOffersExactlyTheOptionsOfEachCommand) {
  const std::string bash = source("core/completions/protokol.bash");
  for (const std::string& c : commands) {
    const std::size_t at = bash.find("    " + c + ") opts=\"");
    ASSERT_NE(at, std::string::npos) << c;
    const std::size_t open = bash.find('"', at), close = bash.find('"', open + 1);
    const auto offered = long_options(bash, open, close);
    for (const auto& o : offered) EXPECT_TRUE(has_option(c, o)) << c << " " << o;
    for (const auto& o : long_options(help_of(c), 0, help_of(c).size()))
      if (o != "--help" && o != "--plugin-path" && !positional(c, o)) {
        EXPECT_NE(std::find(offered.begin(), offered.end(), o), offered.end())
            << c << ": " << o << " is missing from the bash completion";
      }
  }
}

TEST(Completions, ZshOffersEveryOptionOfEachCommand) {
  const std::string zsh = source("core/completions/_protokol");
  for (const std::string& c : commands) {
    const std::size_t at = zsh.find("    " + c + ")");
    ASSERT_NE(at, std::string::npos) << c;
    const std::size_t end = zsh.find(";;", at);
    const auto offered = long_options(zsh, at, end);
    for (const auto& o : long_options(help_of(c), 0, help_of(c).size()))
      if (o != "--help" && o != "--plugin-path" && !positional(c, o)) {
        EXPECT_NE(std::find(offered.begin(), offered.end(), o), offered.end())
            << c << ": " << o << " is missing from the zsh completion";
      }
  }
}
