#include "entity_testing.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace protokol::testing {

std::filesystem::path source_dir() { return PROTOKOL_SOURCE_DIR; }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> corpus_stems() {
  std::vector<std::string> stems;
  for (const auto& entry :
       std::filesystem::directory_iterator(source_dir() / "tests/fixtures/corpus")) {
    if (entry.path().extension() == ".txt") stems.push_back(entry.path().stem().string());
  }
  std::sort(stems.begin(), stems.end());
  return stems;
}

document document_from_text(std::string text) {
  static const RE2 heading(R"((?m)^[#* \t]*(?:Punkt|Pkt\.|Sag)\s+(\d+)\s*[:.]\s*(.*?)[* \t]*$)");
  document doc;
  doc.text = std::move(text);
  const re2::StringPiece input(doc.text);
  re2::StringPiece m[3];
  std::size_t pos = 0;
  while (pos < doc.text.size() &&
         heading.Match(input, pos, doc.text.size(), RE2::UNANCHORED, m, 3)) {
    item it;
    it.number = std::string(m[1]);
    it.title = std::string(m[2]);
    it.start = static_cast<std::size_t>(m[0].data() - doc.text.data());
    if (!doc.items.empty()) doc.items.back().end = it.start;
    doc.items.push_back(std::move(it));
    pos = static_cast<std::size_t>(m[0].data() - doc.text.data()) + m[0].size() + 1;
  }
  if (!doc.items.empty()) doc.items.back().end = doc.text.size();
  return doc;
}

document corpus_document(std::string_view stem) {
  const auto path = source_dir() / "tests/fixtures/corpus" / (std::string(stem) + ".txt");
  document doc = document_from_text(read_file(path));
  doc.key = std::string(stem);
  return doc;
}

plugin_file::plugin_file(const std::filesystem::path& file)
    : library_(file, boost::dll::load_mode::rtld_now) {
  auto& entry = library_.get_alias<plugin_entry_fn>(plugin_entry_symbol);
  descriptor_ = entry();
  if (descriptor_ == nullptr) throw std::runtime_error("no descriptor in " + file.string());
}

const stage_descriptor* plugin_file::stage(std::string_view name) const {
  for (std::uint32_t i = 0; i < descriptor_->stage_count; ++i) {
    if (name == descriptor_->stages[i].name) return &descriptor_->stages[i];
  }
  return nullptr;
}

stage_instance::stage_instance(const stage_descriptor& stage,
                               const std::map<std::string, std::string>& overrides)
    : stage_(stage) {
  stage_config config;
  config.stage_id = stage.name;
  for (std::uint32_t i = 0; i < stage.param_count; ++i) {
    const param_descriptor& p = stage.params[i];
    if (p.default_value != nullptr) config.params[p.name] = p.default_value;
  }
  for (const auto& [name, value] : overrides) config.params[name] = value;
  std::string error;
  self_ = stage.create(config, error);
  if (self_ == nullptr) throw std::runtime_error("create failed: " + error);
}

stage_instance::~stage_instance() { stage_.destroy(self_); }

void stage_instance::process(document& doc) const {
  std::string error;
  if (!stage_.process(self_, doc, error)) throw std::runtime_error(error);
}

}  // namespace protokol::testing
