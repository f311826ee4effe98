// protokol eval --gold DIR --pred OUTDIR: precision, recall and F1 per field.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>

#include "../eval/eval.hpp"
#include "cli.hpp"

namespace po = boost::program_options;

namespace protokol::cli {

int eval_command(const std::vector<std::string>& args) {
  common_options common;
  std::string gold, pred, min_f1;
  bool json = false;
  const char* const usage = "usage: protokol eval --gold DIR --pred OUTDIR [options]";
  po::options_description desc(usage);
  add_common_options(desc, common);
  desc.add_options()("gold", po::value(&gold)->required(),
                     "gold annotations (segments/ and entities/ folders)")(
      "pred", po::value(&pred)->required(), "output folder of a run (its json/ folder is read)")(
      "min-f1", po::value(&min_f1),
      "JSON file {\"field\": minimum F1}; exit 1 when a field is below")(
      "json", po::bool_switch(&json), "print the report as JSON");
  po::variables_map vm;
  if (!parse(args, desc, {}, vm, std::cerr)) return bad_usage;
  if (help_requested(vm)) {
    print_help(own_stdout(), usage, desc);
    return success;
  }
  // Else a mistyped folder scores zero everywhere and exits 0.
  for (const auto& [folder, what] :
       {std::pair{gold, "gold folder"}, std::pair{pred, "prediction folder"}})
    if (!std::filesystem::is_directory(folder)) {
      std::cerr << folder << ": error: " << what << " does not exist or is not a folder\n";
      return bad_usage;
    }
  if (!std::filesystem::is_directory(std::filesystem::path(pred) / "json")) {
    std::cerr << pred << ": error: no json/ folder: not the output folder of a run\n";
    return bad_usage;
  }
  // What the user gave is wrong (no gold files, a file that is no JSON, an
  // unreadable thresholds file): bad usage, with the file named.
  eval::report report;
  std::map<std::string, double> thresholds;
  try {
    if (!min_f1.empty()) thresholds = eval::read_thresholds(min_f1);
    report = eval::evaluate(gold, pred);
  } catch (const std::exception& e) {
    std::cerr << "protokol: error: " << e.what() << "\n";
    return bad_usage;
  }
  // Every gold document without a prediction: the keys differ (a run over
  // the fixtures' parent folder prefixes each key with its folder), and the
  // scores of zero would say nothing of the pipeline.
  if (std::all_of(report.documents.begin(), report.documents.end(),
                  [](const eval::document_score& d) { return d.prediction_missing; })) {
    std::cerr << pred << ": error: none of the " << report.documents.size()
              << " gold documents has a prediction (json/<stem>.json); run the pipeline over the "
                 "folders holding the documents themselves, so the output keys are their stems\n";
    return bad_usage;
  }
  if (json)
    own_stdout() << eval::to_json(report).dump(2) << "\n";
  else
    eval::format_report(report, own_stdout());
  if (min_f1.empty()) return success;
  const auto failures = eval::check_thresholds(report, thresholds);
  for (const auto& f : failures) {
    if (f.measured)
      std::cerr << min_f1 << ": error: " << f.field << " F1 " << f.f1 << " is below the minimum "
                << f.minimum << "\n";
    else
      std::cerr << min_f1 << ": error: " << f.field << " was not measured (minimum " << f.minimum
                << ")\n";
  }
  return failures.empty() ? success : documents_failed;
}

}  // namespace protokol::cli
