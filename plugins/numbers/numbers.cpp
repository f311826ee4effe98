// The "numbers" stage: descriptor and factory. Logic: number_entities.cpp.
#include <algorithm>
#include <protokol/plugin.hpp>

#include "number_entities.hpp"

namespace {

class numbers_stage final : public protokol::stage {
 public:
  explicit numbers_stage(const protokol::stage_config& config) {
    options_.styles = config.get_list("styles");
    options_.attachments_are_documents = config.get_bool("attachments_are_documents");
  }

  void process(protokol::document& doc) const override {
    // Replace, not add: a document run twice must not get every number twice.
    std::erase_if(doc.entities, [](const protokol::entity& e) {
      return e.type == "case_number" || e.type == "document_number";
    });
    auto found = protokol::numbers::extract_numbers(doc, options_);
    if (doc.entities.empty()) {
      doc.entities = std::move(found);  // the default pipeline: no entities before this stage
    } else {
      doc.entities.insert(doc.entities.end(), std::make_move_iterator(found.begin()),
                          std::make_move_iterator(found.end()));
    }
    // The numbers come in text order: sorted already but for the entities of
    // other stages, and then stable_sort would move every entity for nothing.
    const auto by_start = [](const protokol::entity& a, const protokol::entity& b) {
      return a.start < b.start;
    };
    if (!std::is_sorted(doc.entities.begin(), doc.entities.end(), by_start))
      std::stable_sort(doc.entities.begin(), doc.entities.end(), by_start);
  }

 private:
  protokol::numbers::number_options options_;
};

constexpr protokol::param_descriptor numbers_params[] = {
    {"styles", protokol::param_type::list,
     "kle,municipality-year-serial,prefixed,year-serial,yy-serial,year-slash-serial,yy-slash-"
     "serial,serial-year,"
     "other",
     false,
     "Numbering styles to extract (see docs/entities.md); 'other' is a labelled number of no known "
     "style",
     nullptr},
    {"attachments_are_documents", protokol::param_type::boolean, "true", false,
     "Treat a bare number in an attachment list (under 'Bilag') as a document number", nullptr},
};

}  // namespace

PROTOKOL_PLUGIN("numbers", "1.0.0", "MIT", "Case and document numbers (sagsnumre, dokumentnumre)",
                protokol::make_stage<numbers_stage>(
                    protokol::stage_kind::extractor, "numbers",
                    "Finds case and document numbers in the whole text", "text",
                    "entities.case_number entities.document_number", numbers_params))
