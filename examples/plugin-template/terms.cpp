// An example plugin with two stages: an extractor that marks every mention
// of a list of terms (for instance the topics a newsroom follows) as an
// entity of type "term", with the item it occurs in, and an exporter that
// lists them per document. Copy this folder to start a plugin of your own.
#include <algorithm>
#include <cctype>
#include <protokol/exporter.hpp>
#include <protokol/plugin.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

std::string lowercase_ascii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

class terms_stage final : public protokol::stage {
 public:
  explicit terms_stage(const protokol::stage_config& config) {
    for (const std::string& t : config.get_list("terms")) terms_.push_back(lowercase_ascii(t));
    if (terms_.empty()) throw std::invalid_argument("parameter 'terms' lists no term");
  }

  // Called from several threads at once: only local state here.
  void process(protokol::document& doc) const override {
    const std::string lower = lowercase_ascii(doc.text);
    for (const std::string& term : terms_) {
      for (std::size_t at = lower.find(term); at != std::string::npos;
           at = lower.find(term, at + term.size())) {
        const std::size_t end = at + term.size();
        if ((at > 0 && is_word_byte(lower[at - 1])) ||
            (end < lower.size() && is_word_byte(lower[end])))
          continue;
        protokol::entity e;
        e.type = "term";
        e.text = doc.text.substr(at, term.size());
        e.value = term;
        e.item = item_at(doc, at);
        e.start = at;
        e.end = end;
        doc.entities.push_back(std::move(e));
      }
    }
  }

 private:
  static std::string item_at(const protokol::document& doc, std::size_t offset) {
    for (const protokol::item& item : doc.items)
      if (offset >= item.start && offset < item.end) return item.number;
    return {};
  }

  std::vector<std::string> terms_;
};

// OUTDIR/terms/<key>.tsv: one line per term found, "<term>\t<offset>". The
// base class makes the folder, writes each file atomically, honours the
// run's sync setting and deletes a document's file in remove().
class terms_tsv_stage final : public protokol::file_exporter {
 public:
  explicit terms_tsv_stage(const protokol::stage_config& config)
      : file_exporter(config, {.folder = "terms", .settings = "format=tsv1\n", .suffix = ".tsv"}) {}

 private:
  // Called from several threads at once; throw to fail the document.
  void write_document(const protokol::document& doc, protokol::byte_output& out) const override {
    for (const protokol::entity& e : doc.entities)
      if (e.type == "term") out.write(e.value + "\t" + std::to_string(e.start) + "\n");
  }
};

constexpr protokol::param_descriptor terms_params[] = {
    {"terms", protokol::param_type::list, nullptr, true,
     "Comma-separated terms to mark (matched whole-word, ASCII case-insensitive)", nullptr},
};

}  // namespace

PROTOKOL_PLUGIN(
    "terms", "1.0.0", "MIT", "Example out-of-tree plugin: marks terms of interest",
    protokol::make_stage<terms_stage>(protokol::stage_kind::extractor, "terms",
                                      "Marks mentions of the given terms as 'term' entities",
                                      "text", "entities.term", terms_params),
    protokol::make_stage<terms_tsv_stage>(protokol::stage_kind::exporter, "terms-tsv",
                                          "Writes OUTDIR/terms/<key>.tsv: the terms found, one "
                                          "per line",
                                          "entities.term", "export.terms"))
