// The "votes" stage: descriptor and factory. Logic: vote_parser.cpp.
#include <protokol/plugin.hpp>

#include "vote_parser.hpp"

namespace {

class votes_stage final : public protokol::stage {
 public:
  explicit votes_stage(const protokol::stage_config& config)
      : keep_existing_(config.get_bool("keep_existing")) {}

  void process(protokol::document& doc) const override {
    protokol::danish::meeting_date_cache date(doc);
    for (auto& it : doc.items) {
      if (keep_existing_ && !it.votes.empty()) continue;
      const std::string decision = protokol::votes::decision_text(doc, it, date);
      const auto blocks = protokol::votes::find_vote_blocks(decision);
      it.votes = protokol::votes::parse_first_vote(decision, blocks);
      // A closed item's decision is not public, not even in a warning.
      if (it.closed) continue;
      if (blocks.count > 1) {
        doc.warnings.push_back("votes: item " + it.number + ": " + std::to_string(blocks.count) +
                               " votes in the decision; the first is recorded");
      }
      if (!it.votes.empty()) continue;
      if (const std::string note = protokol::votes::unread_vote(decision); !note.empty())
        doc.warnings.push_back("votes: item " + it.number + ": " + note);
    }
  }

 private:
  const bool keep_existing_;
};

constexpr protokol::param_descriptor votes_params[] = {
    {"keep_existing", protokol::param_type::boolean, "false", false,
     "Leave an item's votes alone when an earlier stage already filled them", nullptr},
};

}  // namespace

PROTOKOL_PLUGIN("votes", "1.0.0", "MIT", "Votes recorded in decisions",
                protokol::make_stage<votes_stage>(
                    protokol::stage_kind::extractor, "votes",
                    "Reads who voted for, against and abstained from each decision", "items",
                    "votes", votes_params))
