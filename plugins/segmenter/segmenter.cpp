// segmenter.cpp: the "segment" stage: descriptor, parameters and factory.
// The logic lives in segment.cpp and the files it includes.
#include <protokol/plugin.hpp>
#include <stdexcept>
#include <string_view>

#include "segment.hpp"

namespace protokol::segmenter {

class segment_stage final : public stage {
 public:
  explicit segment_stage(const stage_config& config)
      : options_(read_options(config)),
        require_items_(!config.has("require_items") || config.get_bool("require_items")),
        quarantine_stray_closed_(config.has("stray_closed_marker") &&
                                 config.get_string("stray_closed_marker") == "quarantine") {}

  // A file without a single agenda item is most likely not minutes (a
  // letter, a price list): quarantined, unless the pipeline keeps such files.
  void process(document& doc) const override {
    segment_document(doc, options_);
    // A public run must not publish a closed item whose heading was missed.
    if (quarantine_stray_closed_) {
      for (const std::string& w : doc.warnings)
        if (w.find(closed_marker_warning) != std::string::npos)
          throw std::runtime_error(w.substr(std::string_view("segment: ").size()) +
                                   " (stray_closed_marker=quarantine)");
    }
    if (!require_items_ || !doc.items.empty()) return;
    // The segmenter's own account when it saw decisions (the last warning),
    // without its "segment: " prefix.
    constexpr std::string_view prefix = "segment: ";
    if (!doc.warnings.empty() && doc.warnings.back().starts_with(unknown_headings_warning))
      throw std::runtime_error(doc.warnings.back().substr(prefix.size()));
    throw std::runtime_error(
        "no agenda items found: this does not look like minutes (to keep such files, e.g. "
        "agendas or notes, set segment.require_items=false)");
  }

 private:
  static segment_options read_options(const stage_config& config) {
    segment_options o;
    // 1..20, checked by the host against segment_params.
    if (config.has("max_title_lines"))
      o.max_title_lines = static_cast<std::size_t>(config.get_int("max_title_lines"));
    if (config.has("toc_check")) o.toc_check = config.get_bool("toc_check");
    if (config.has("keep_history_decisions"))
      o.keep_history_decisions = config.get_bool("keep_history_decisions");
    if (config.has("numbered_items")) o.numbered_items = config.get_bool("numbered_items");
    return o;
  }

  const segment_options options_;
  const bool require_items_;
  const bool quarantine_stray_closed_;
};

constexpr param_descriptor segment_params[] = {
    {.name = "max_title_lines",
     .type = param_type::integer,
     .default_value = "3",
     .doc = "Most lines an item title may wrap over; continuation lines are joined with one space",
     .min_value = "1",
     .max_value = "20"},
    {"toc_check", param_type::boolean, "true", false,
     "Cross-check the table of contents against the items found and warn about every entry "
     "without an item and every item missing from it",
     nullptr},
    {"keep_history_decisions", param_type::boolean, "true", false,
     "Keep decisions of earlier meetings (\"Beslutning fra X den <other date>\", decision "
     "histories) apart as sections of kind history, out of the item's decision and absences; "
     "false treats every decision heading as this meeting's",
     nullptr},
    {"numbered_items", param_type::boolean, "true", false,
     "Accept \"N. Title\" lines and a lone \"N.\" as item headings when the document has no "
     "\"Punkt N\" style headings; false accepts only labelled headings (Punkt, Pkt., Sag)",
     nullptr},
    {"require_items", param_type::boolean, "true", false,
     "Quarantine a document in which no agenda item is found (most likely not minutes); false "
     "exports it with the warning \"segment: no agenda items found\" (agendas, notes)",
     nullptr},
    {.name = "stray_closed_marker",
     .type = param_type::choice,
     .default_value = "warn",
     .doc = "What to do when an open item holds a line marking an item closed (\"Lukket\"), a "
            "sign that a closed item's heading was missed: warn, or quarantine the document "
            "(the public pipeline: never publish a closed item's text)",
     .choices = "warn|quarantine"},
};

}  // namespace protokol::segmenter

PROTOKOL_PLUGIN(
    "segmenter", "1.0.0", "MIT",
    "Splits Danish committee minutes into meeting header, agenda items and sections",
    protokol::make_stage<protokol::segmenter::segment_stage>(
        protokol::stage_kind::segmenter, "segment",
        "Meeting header, agenda items (numbers, titles, closed, case numbers), sections "
        "by heading, decisions, attachments and per-item absences",
        "text format", "meeting items sections", protokol::segmenter::segment_params))
