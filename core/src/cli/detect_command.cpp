// protokol detect FILE...: what the reader and the detectors make of files.
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "../pipeline_runner.hpp"
#include "../plugin_registry.hpp"
#include "../sha256.hpp"
#include "cli.hpp"

namespace po = boost::program_options;

namespace protokol::cli {
namespace {

bool provides(const stage_descriptor& s, std::string_view capability) {
  std::istringstream in(s.provides);
  for (std::string word; in >> word;)
    if (word == capability) return true;
  return false;
}

// The reader (the stage providing "text" that needs nothing) and then every
// detector stage, by name: detectors only overwrite a less confident guess.
pipeline_spec detection_pipeline(const plugin_registry& registry, const std::string& reader) {
  pipeline_spec spec;
  spec.file = "(detect)";
  spec.name = "detect";
  spec.stages.push_back({reader, reader, 0, 0, {}});
  std::vector<std::string> detectors;
  for (const stage_entry& e : registry.stages())
    if (e.stage->kind == stage_kind::detector) detectors.emplace_back(e.stage->name);
  std::sort(detectors.begin(), detectors.end());
  for (const std::string& d : detectors) spec.stages.push_back({d, d, 0, 0, {}});
  return spec;
}

}  // namespace

int detect_command(const std::vector<std::string>& args) {
  common_options common;
  std::vector<std::string> files;
  std::string reader = "read";
  po::options_description desc("usage: protokol detect FILE... [options]");
  add_common_options(desc, common);
  desc.add_options()("reader", po::value(&reader)->default_value(reader),
                     "stage that turns bytes into text")("file", po::value(&files),
                                                         "files to inspect");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (!parse(args, desc, positional, vm, std::cerr)) return bad_usage;
  if (help_requested(vm)) {
    std::cout << desc << "\n";
    return success;
  }
  if (files.empty()) {
    std::cerr << "protokol: detect needs at least one file (see --help)\n";
    return bad_usage;
  }
  plugin_registry registry;
  if (!load_plugins(registry, common, std::cerr)) return environment;
  const stage_entry* read = registry.find_stage(reader);
  if (read == nullptr || !provides(*read->stage, "text")) {
    std::cerr << "protokol: no reader stage '" << reader << "' providing text is installed\n";
    return environment;
  }
  auto stages = create_stages(detection_pipeline(registry, reader), registry, {});
  if (!stages) {
    print(std::cerr, stages.errors());
    return environment;
  }
  int status = success;
  std::cout << "path\tformat\tdialect\tencoding\tconfidence\n";
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    document doc;
    doc.source.path = file;
    doc.raw = std::move(bytes).str();
    doc.source.bytes = doc.raw.size();
    std::string error = in ? "" : "cannot read file";
    for (const auto& s : stages.value())
      if (error.empty() && !s->process(doc, error)) error = s->id() + ": " + error;
    if (!error.empty()) {
      std::cerr << file << ": error: " << error << "\n";
      status = documents_failed;
      continue;
    }
    std::cout << file << "\t" << doc.source.format << "\t" << doc.source.dialect << "\t"
              << doc.source.encoding << "\t" << std::fixed << std::setprecision(2)
              << doc.source.confidence << "\n";
  }
  return status;
}

}  // namespace protokol::cli
