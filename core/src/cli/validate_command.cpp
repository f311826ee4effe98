// protokol validate FILE...: checks pipeline files without touching documents.
#include <iostream>

#include "../pipeline.hpp"
#include "../plugin_registry.hpp"
#include "cli.hpp"
#include "pipeline_setup.hpp"

namespace po = boost::program_options;

namespace protokol::cli {

int validate_command(const std::vector<std::string>& args) {
  common_options common;
  std::vector<std::string> files, overrides;
  const char* const usage = "usage: protokol validate PIPELINE... [options]";
  po::options_description desc(usage);
  add_common_options(desc, common);
  desc.add_options()("set", po::value(&overrides)->composing(),
                     "STAGE.PARAM=VALUE override to check too")("pipeline", po::value(&files),
                                                                "pipeline files");
  po::positional_options_description positional;
  positional.add("pipeline", -1);
  po::variables_map vm;
  if (!parse(args, desc, positional, vm, std::cerr)) return bad_usage;
  if (help_requested(vm)) {
    print_help(own_stdout(), usage, desc, positional);
    return success;
  }
  if (files.empty()) {
    std::cerr << "protokol: validate needs at least one pipeline file (see --help)\n";
    return bad_usage;
  }
  plugin_registry registry;
  if (!load_plugins(registry, common, std::cerr)) return environment;
  bool all_good = true;
  for (const std::string& name : files) {
    // The very set-up `run` does, so validate refuses exactly what run would.
    pipeline_spec spec;
    if (prepare_pipeline({name, overrides}, registry, spec, std::cerr))
      own_stdout() << spec.file << ": ok (" << spec.stages.size() << " stages)\n";
    else
      all_good = false;
  }
  return all_good ? success : bad_usage;
}

}  // namespace protokol::cli
