#include <algorithm>
#include <iostream>
#include <set>

#include "../plugin_registry.hpp"
#include "../printable.hpp"
#include "cli.hpp"

namespace po = boost::program_options;

namespace protokol::cli {

namespace {
std::ostream* own_stdout_stream = &std::cout;
}  // namespace

std::ostream& own_stdout() { return *own_stdout_stream; }

void set_own_stdout(std::ostream& stream) { own_stdout_stream = &stream; }

void add_common_options(po::options_description& desc, common_options& common) {
  desc.add_options()(
      "plugin-path", po::value(&common.plugin_path)->composing(),
      "also load plugins from this folder or file (repeatable; after the built-in folder, "
      "before PROTOKOL_PLUGIN_PATH)")("help,h", po::bool_switch(), "show this help");
}

bool load_plugins(plugin_registry& registry, const common_options& common, std::ostream& err) {
  const auto problems = registry.load(plugin_search_path(common.plugin_path));
  print(err, problems);
  return problems.empty();
}

bool help_requested(const po::variables_map& vm) {
  return vm.count("help") && vm["help"].as<bool>();
}

void print_help(std::ostream& out, std::string_view usage, const po::options_description& desc,
                const po::positional_options_description& positional) {
  // Positional arguments are options to Boost ("--input arg"); the usage
  // line names them, so the list of options leaves them out.
  std::set<std::string> names;
  const unsigned given = std::min(positional.max_total_count(), 8u);
  for (unsigned i = 0; i < given; ++i) names.insert(positional.name_for_position(i));
  po::options_description visible("options");
  for (const auto& option : desc.options())
    if (!names.count(option->long_name())) visible.add(option);
  out << usage << "\n\n" << visible << "\n";
}

void print(std::ostream& err, const std::vector<diagnostic>& diagnostics) {
  for (const diagnostic& d : diagnostics) err << printable(d.str()) << '\n';
}

bool parse(const std::vector<std::string>& args, const po::options_description& desc,
           const po::positional_options_description& positional, po::variables_map& vm,
           std::ostream& err) {
  try {
    po::store(po::command_line_parser(args).options(desc).positional(positional).run(), vm);
    if (help_requested(vm)) return true;  // before notify: --help needs no required option
    po::notify(vm);
    return true;
  } catch (const po::error& e) {
    err << "protokol: " << e.what() << " (see --help)\n";
    return false;
  }
}

}  // namespace protokol::cli
