// detection.hpp: the detect stage's logic: format and dialect of a text,
// and the ranking rule by which detectors share doc.source.
#pragma once

#include <cstddef>
#include <protokol/document.hpp>
#include <string>
#include <string_view>

#include "line_matcher.hpp"

namespace protokol::detector {

/// What detect() found.
struct detection {
  std::string format;   ///< "plain" | "markdown"
  std::string dialect;  ///< a dialect_table.cpp name, or "generic"
  double format_confidence = 0;
  double dialect_confidence = 0;
  double confidence = 0;  ///< the lower of the two: the answer is as sure as its weaker part
};

/// Detects format and dialect; immutable after construction, so one
/// instance serves every thread.
class detector {
 public:
  /// `sample_bytes`: see sample_text().
  explicit detector(std::size_t sample_bytes);

  detection detect(std::string_view text) const;

 private:
  std::size_t sample_bytes_;
  std::size_t
      markdown_rules_;  ///< patterns [0, markdown_rules_) are markdown's, the rest dialects'
  /// Both tables in one set: one pass per line. Compiled once per process
  /// and shared by every detector: the tables are fixed, and the host
  /// creates its stages more than once (RE2 compiling them costs about as
  /// much as detecting 40 documents).
  const line_matcher& rules_;
};

/// The ranking rule every detector follows (docs/detection.md): the answer
/// replaces format, dialect and confidence only when its confidence is
/// strictly higher than the one already in `source`; either way a field
/// still empty is filled, leaving the confidence as it was.
void apply_detection(source_info& source, const detection& found);

}  // namespace protokol::detector
