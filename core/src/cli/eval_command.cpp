// protokol eval --gold DIR --pred OUTDIR: precision, recall and F1 per field.
#include <filesystem>
#include <iostream>

#include "../eval/eval.hpp"
#include "cli.hpp"

namespace po = boost::program_options;

namespace protokol::cli {

int eval_command(const std::vector<std::string>& args) {
  common_options common;
  std::string gold, pred, min_f1;
  bool json = false;
  po::options_description desc("usage: protokol eval --gold DIR --pred OUTDIR [options]");
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
    std::cout << desc << "\n";
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
  const eval::report report = eval::evaluate(gold, pred);
  if (json)
    std::cout << eval::to_json(report).dump(2) << "\n";
  else
    eval::format_report(report, std::cout);
  if (min_f1.empty()) return success;
  const auto failures = eval::check_thresholds(report, eval::read_thresholds(min_f1));
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
