// Throughput of the read stage on a generated ~50 MB UTF-8 file. Reports
// MB/s (as a test property and on stdout); asserts only correctness, since
// timings on a shared machine are no test.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <map>
#include <string>

#include "charset.hpp"
#include "text_reader.hpp"

namespace protokol::reader {
namespace {

std::string generated_minutes(std::size_t bytes, std::string_view line_end) {
  const std::string_view lines[] = {
      "Punkt 4: Forslag til ændring af lokalplan for området ved Ørestaden",
      "Sagsfremstilling",
      "Udvalget for Børn og Unge besluttede på mødet at godkende indstillingen, dog således at",
      "der følges op på økonomien i 2024 – jf. § 17, stk. 4 i styrelsesloven.",
      "",
  };
  std::string text;
  text.reserve(bytes + 256);
  for (std::size_t i = 0; text.size() < bytes; ++i) {
    text += lines[i % std::size(lines)];
    text += line_end;
  }
  return text;
}

template <class Fn>
double megabytes_per_second(std::size_t bytes, Fn&& fn) {
  const auto start = std::chrono::steady_clock::now();
  fn();
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  return static_cast<double>(bytes) / 1e6 / seconds.count();
}

// The reader's rate beside that of a plain copy into fresh memory, which is
// what "nearly a copy" is measured against.
std::string measure(const std::string& raw, std::string_view label) {
  const text_reader reader({});
  std::string copy;
  const double copy_rate = megabytes_per_second(raw.size(), [&] { copy = raw; });
  std::string text;
  const double read_rate = megabytes_per_second(raw.size(), [&] { text = reader.read(raw).text; });
  std::cout << "read stage, " << raw.size() / 1000000 << " MB " << label << ": "
            << static_cast<long>(read_rate) << " MB/s (plain copy: " << static_cast<long>(copy_rate)
            << " MB/s)\n";
  ::testing::Test::RecordProperty("read_MB_per_s", std::to_string(static_cast<long>(read_rate)));
  ::testing::Test::RecordProperty("copy_MB_per_s", std::to_string(static_cast<long>(copy_rate)));
  return text;
}

TEST(ReaderThroughput, Utf8WithLfIsNearlyACopy) {
  const std::string raw = generated_minutes(50u << 20, "\n");
  EXPECT_EQ(measure(raw, "UTF-8 with LF"), raw);
}

TEST(ReaderThroughput, Utf8WithCrLfIsCleanedInOnePass) {
  const std::string raw = generated_minutes(50u << 20, "\r\n");
  EXPECT_EQ(measure(raw, "UTF-8 with CRLF").find('\r'), std::string::npos);
}

// The generated minutes in windows-1252, through ICU's own byte table.
std::string as_windows_1252(std::string_view utf8) {
  const auto table = make_high_byte_table("windows-1252");
  std::map<std::string, char, std::less<>> byte_of;
  for (unsigned b = 0x80; b <= 0xFF; ++b) byte_of[(*table)[b - 0x80]] = static_cast<char>(b);
  std::string bytes;
  bytes.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3;
    const std::string_view ch = utf8.substr(i, length);
    i += length;
    bytes += length == 1 ? ch[0] : byte_of.find(ch)->second;
  }
  return bytes;
}

TEST(ReaderThroughput, Windows1252IsDetectedAndConverted) {
  const std::string utf8 = generated_minutes(50u << 20, "\r\n");
  const std::string text = measure(as_windows_1252(utf8), "windows-1252 with CRLF");
  EXPECT_EQ(text.size(),
            utf8.size() - static_cast<std::size_t>(std::count(utf8.begin(), utf8.end(), '\r')));
  EXPECT_EQ(text.find('\r'), std::string::npos);
}

}  // namespace
}  // namespace protokol::reader
