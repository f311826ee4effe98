#include "text_cleaner.hpp"

#include <array>
#include <cstdint>

#include "utf8_scan.hpp"

namespace protokol::reader {
namespace {

// WHATWG's windows-1252 index for 0x80..0x9F; 0 marks the five bytes
// windows-1252 leaves undefined. The test checks it against ICU.
constexpr std::array<char16_t, 32> windows_1252_c1_table = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98-9F
};

// Bytes that may start something clean_text() changes; the multi-byte ones
// are checked further before anything is done.
constexpr std::array<bool, 256> make_interesting() {
  std::array<bool, 256> table{};
  for (unsigned b = 0; b < 0x20; ++b) table[b] = b != '\t' && b != '\n';
  table[0x7F] = true;
  table[0xC2] = true;  // C1 controls: C2 80..C2 9F
  table[0xE2] = true;  // U+2028, U+2029: E2 80 A8, E2 80 A9
  table[0xEF] = true;  // U+FEFF: EF BB BF
  return table;
}
constexpr std::array<bool, 256> interesting = make_interesting();

bool at_line_start(const std::string& out) { return out.empty() || out.back() == '\n'; }

}  // namespace

char32_t windows_1252_c1(unsigned index) { return index < 32 ? windows_1252_c1_table[index] : 0; }

void clean_text(std::string_view in, std::string& out) {
  out.reserve(out.size() + in.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(in.data());
  const std::size_t n = in.size();
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  const auto flush = [&](std::size_t end) { out.append(in.data() + run, end - run); };
  const auto next = [&](std::size_t k) -> std::uint8_t { return i + k < n ? s[i + k] : 0; };
  while (i < n) {
    const std::uint8_t b = s[i];
    if (!interesting[b]) {
      ++i;
      continue;
    }
    std::size_t skip = 0;  // bytes replaced from i; 0 keeps the byte
    if (b == '\r') {
      flush(i);
      out.push_back('\n');
      skip = next(1) == '\n' ? 2 : 1;
    } else if (b == '\f') {
      flush(i);
      const std::uint8_t after = next(1);
      const bool break_follows = after == '\n' || after == '\r' || after == '\f';
      if (!at_line_start(out) && !break_follows) out.push_back('\n');
      skip = 1;
    } else if (b < 0x80) {
      flush(i);
      skip = 1;
    } else if (b == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {
      flush(i);
      if (const char32_t c = windows_1252_c1(next(1) - 0x80u); c != 0) append_utf8(c, out);
      skip = 2;
    } else if (b == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) {
      flush(i);
      out.append(next(2) == 0xA8 ? "\n" : "\n\n");
      skip = 3;
    } else if (b == 0xEF && next(1) == 0xBB && next(2) == 0xBF) {
      flush(i);
      skip = 3;
    }
    if (skip == 0) {
      ++i;
    } else {
      i += skip;
      run = i;
    }
  }
  flush(n);
}

}  // namespace protokol::reader
