#include "fuzz_checks.hpp"

#include <string>

#include "nfc.hpp"
#include "utf8_scan.hpp"

namespace protokol::fuzz {
namespace {

bool inside(std::size_t start, std::size_t end, const std::string& text) {
  return start <= end && end <= text.size();
}

}  // namespace

void expect_reader_text(std::string_view text) {
  expect(reader::scan_utf8(text).valid);
  expect(text.find('\r') == std::string_view::npos);
  std::string normalised(text);
  reader::to_nfc(normalised);
  expect(normalised == text);
}

void expect_items_inside(const document& doc) {
  std::size_t previous_start = 0;
  for (const item& it : doc.items) {
    expect(inside(it.start, it.end, doc.text));
    expect(it.start >= previous_start);
    previous_start = it.start;
    for (const section& s : it.sections) expect(inside(s.start, s.end, doc.text));
  }
}

void expect_entities_inside(const document& doc) {
  std::size_t previous_start = 0;
  for (const entity& e : doc.entities) {
    expect(inside(e.start, e.end, doc.text));
    expect(e.start >= previous_start);
    previous_start = e.start;
  }
}

}  // namespace protokol::fuzz
