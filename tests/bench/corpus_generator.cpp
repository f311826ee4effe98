#include "corpus_generator.hpp"

#include <fstream>
#include <random>
#include <sstream>

namespace protokol::bench {
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Replaces every digit with another digit, keeping the layout (dates stay
// date-shaped, case numbers case-number-shaped), so the pipeline does the
// same work on different bytes.
void vary_digits(std::string& text, std::mt19937& rng) {
  std::uniform_int_distribution<int> digit(0, 9);
  for (char& c : text)
    if (c >= '0' && c <= '9' && digit(rng) < 3) c = static_cast<char>('0' + digit(rng));
}

}  // namespace

std::size_t generate_corpus(const std::vector<fs::path>& templates, const fs::path& folder,
                            std::uint64_t total_bytes, std::uint32_t seed) {
  std::vector<std::string> bodies;
  for (const fs::path& t : templates) bodies.push_back(read_all(t));
  fs::create_directories(folder);
  std::mt19937 rng(seed);
  std::uint64_t written = 0;
  std::size_t count = 0;
  while (written < total_bytes && !bodies.empty()) {
    std::string text = bodies[count % bodies.size()];
    vary_digits(text, rng);
    std::ofstream(folder / ("doc" + std::to_string(count) + ".txt"), std::ios::binary) << text;
    written += text.size();
    ++count;
  }
  return count;
}

}  // namespace protokol::bench
