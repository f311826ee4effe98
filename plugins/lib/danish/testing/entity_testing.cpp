#include "entity_testing.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace protokol::entity_testing {

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

document document_with_items(std::string text) {
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
  document doc = document_with_items(read_file(path));
  doc.key = std::string(stem);
  return doc;
}

}  // namespace protokol::entity_testing
