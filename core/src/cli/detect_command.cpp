// protokol detect [-p PIPELINE] FILE...: what a pipeline's readers and
// detectors make of files, without segmenting or exporting anything.
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "../json_text.hpp"
#include "../pipeline_runner.hpp"
#include "../plugin_registry.hpp"
#include "../printable.hpp"
#include "../read_file.hpp"
#include "cli.hpp"
#include "pipeline_setup.hpp"

namespace po = boost::program_options;

namespace protokol::cli {
namespace {

// The pipeline's stages before the first one that segments, extracts or
// exports: its readers (PDF, HTML, DOCX, text) and its detectors, in order.
pipeline_spec detection_part(const pipeline_spec& spec, const plugin_registry& registry) {
  pipeline_spec part = spec;
  part.stages.clear();
  for (const stage_spec& s : spec.stages) {
    const stage_entry* entry = registry.find_stage(s.use);
    const stage_kind kind = entry ? entry->stage->kind : stage_kind::other;
    if (kind == stage_kind::segmenter || kind == stage_kind::extractor ||
        kind == stage_kind::exporter)
      break;
    part.stages.push_back(s);
  }
  return part;
}

// The file's bytes, or why not ("cannot read input: Is a directory").
std::string read_input(const std::string& file, std::string& bytes) {
  if (file == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    bytes = std::move(buffer).str();
    return std::cin.bad() ? "cannot read standard input" : "";
  }
  std::string error;
  return read_whole_file(file, bytes, error) ? "" : error;
}

}  // namespace

int detect_command(const std::vector<std::string>& args) {
  common_options common;
  pipeline_options pipeline{"default", {}};
  std::vector<std::string> files;
  bool json = false;
  const char* const usage = "usage: protokol detect [-p PIPELINE] FILE... [options]";
  po::options_description desc(usage);
  add_common_options(desc, common);
  desc.add_options()("pipeline,p", po::value(&pipeline.file)->default_value(pipeline.file),
                     "pipeline whose stages before the first segmenter, extractor or exporter "
                     "(its readers and detectors) look at the files")(
      "set", po::value(&pipeline.overrides)->composing(),
      "override a parameter: STAGE.PARAM=VALUE (repeatable)")(
      "json", po::bool_switch(&json), "print one JSON object per file (JSON Lines)")(
      "file", po::value(&files), "files to inspect; '-' reads standard input");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (!parse(args, desc, positional, vm, std::cerr)) return bad_usage;
  if (help_requested(vm)) {
    print_help(own_stdout(), usage, desc, positional);
    return success;
  }
  if (files.empty()) {
    std::cerr << "protokol: detect needs at least one file (see --help)\n";
    return bad_usage;
  }
  plugin_registry registry;
  if (!load_plugins(registry, common, std::cerr)) return environment;
  pipeline_spec spec;
  if (!prepare_pipeline(pipeline, registry, spec, std::cerr)) return bad_usage;
  const pipeline_spec part = detection_part(spec, registry);
  if (part.stages.empty()) {
    std::cerr << spec.file << ": error: the pipeline has no stage before its first segmenter, "
              << "extractor or exporter: nothing to detect with\n";
    return bad_usage;
  }
  auto stages = create_stages(part, registry, {});
  if (!stages) {
    print(std::cerr, stages.errors());
    return environment;
  }
  int status = success;
  if (!json) own_stdout() << "path\tformat\tdialect\tencoding\tconfidence\n";
  for (const std::string& file : files) {
    document doc;
    // The key run gives a file named on its command line (stages may read it).
    doc.key = file == "-" ? "stdin" : key_for(std::filesystem::path(file).filename().string());
    doc.source.path = file;
    std::string error = read_input(file, doc.raw);
    doc.source.bytes = doc.raw.size();
    for (const auto& s : stages.value())
      if (error.empty() && !s->process(doc, error)) error = s->id() + ": " + error;
    if (!error.empty()) {
      std::cerr << file << ": error: " << error << "\n";
      status = documents_failed;
      continue;
    }
    if (json) {
      own_stdout() << dump_json({{"path", file},
                                 {"format", doc.source.format},
                                 {"dialect", doc.source.dialect},
                                 {"encoding", doc.source.encoding},
                                 {"confidence", doc.source.confidence}},
                                -1)
                   << "\n";
      continue;
    }
    own_stdout() << printable(file) << "\t" << doc.source.format << "\t" << doc.source.dialect
                 << "\t" << doc.source.encoding << "\t" << std::fixed << std::setprecision(2)
                 << doc.source.confidence << "\n";
  }
  return status;
}

}  // namespace protokol::cli
