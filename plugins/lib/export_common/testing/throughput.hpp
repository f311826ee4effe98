// throughput.hpp: timing for the exporters' throughput reports. Timings on a
// shared machine are no test: these only report, as a test property and on
// stdout.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <protokol/byte_output.hpp>
#include <string>

namespace protokol::export_testing {

/// Counts bytes and drops them: serialising into it measures the writer
/// alone, without memory growth or file I/O.
class counting_output final : public byte_output {
 public:
  void write(std::string_view bytes) override { count_ += bytes.size(); }
  std::size_t count() const { return count_; }

 private:
  std::size_t count_ = 0;
};

/// Seconds `fn` takes.
template <class Fn>
double seconds_of(Fn&& fn) {
  const auto start = std::chrono::steady_clock::now();
  fn();
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  return seconds.count();
}

/// Prints "<label>: N MB/s" for `bytes` in `seconds` and records it as the
/// test property `label`.
inline void report_rate(const std::string& label, std::size_t bytes, double seconds) {
  const double rate = static_cast<double>(bytes) / 1e6 / seconds;
  std::printf("%s: %.0f MB/s (%.1f MB in %.3f s)\n", label.c_str(), rate,
              static_cast<double>(bytes) / 1e6, seconds);
  ::testing::Test::RecordProperty(label, std::to_string(static_cast<long>(rate)));
}

}  // namespace protokol::export_testing
