// eval.hpp: scores pipeline output against hand-checked gold annotations.
//
// Gold files (tests/fixtures/gold/segments/<stem>.json and
// tests/fixtures/gold/entities/<stem>.json) hold only the fields someone
// checked by hand; each is merged per stem and paired with the output file
// <pred>/json/<stem>.json. A field is scored for a document only when its
// gold holds that field. Scores are precision, recall and F1 over matched
// keys (multisets), per document and summed over documents (micro).
// docs/quality.md describes every field.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace protokol::eval {

/// Counts for one field. With nothing expected and nothing found, all
/// three measures are 1 (nothing was missed, nothing was wrong).
struct score {
  std::size_t true_positives = 0;
  std::size_t false_positives = 0;
  std::size_t false_negatives = 0;

  double precision() const;
  double recall() const;
  double f1() const;
  score& operator+=(const score& other);
};

/// Scores of one document, by field name ("items", "people", "meeting.date", ...).
struct document_score {
  std::string stem;
  bool prediction_missing = false;  ///< no <pred>/json/<stem>.json: everything counts as missed
  std::map<std::string, score> fields;
};

/// Everything evaluate() measured.
struct report {
  std::vector<document_score> documents;  ///< sorted by stem
  std::map<std::string, score> overall;   ///< micro: counts summed over documents
};

/// A field whose overall F1 is under its minimum (or was not measured).
struct threshold_failure {
  std::string field;
  double f1 = 0;
  double minimum = 0;
  bool measured = true;
};

/// Scores one document: `gold` is the merged gold JSON, `predicted` the
/// output JSON (null when missing).
document_score score_document(const std::string& stem, const nlohmann::json& gold,
                              const nlohmann::json& predicted);

/// Pairs every gold stem under `gold_dir` (its segments/ and entities/
/// folders) with `pred_dir`/json/<stem>.json and scores them. Throws
/// std::runtime_error when a file cannot be read or parsed.
report evaluate(const std::filesystem::path& gold_dir, const std::filesystem::path& pred_dir);

/// Readable table: per document and overall, one row per field with P, R
/// and F1 to three decimals and the counts.
void format_report(const report& r, std::ostream& out);

/// The report as JSON, for machines.
nlohmann::json to_json(const report& r);

/// Fields whose overall F1 is below the minimum given for them. A field
/// named in `minimum_f1` but never measured fails too.
std::vector<threshold_failure> check_thresholds(const report& r,
                                                const std::map<std::string, double>& minimum_f1);

/// Reads thresholds from a JSON object {"field": minimum F1, ...}.
std::map<std::string, double> read_thresholds(const std::filesystem::path& file);

}  // namespace protokol::eval
