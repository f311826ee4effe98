// docx_numbering.hpp: list numbers as Word shows them ("3.", "3.1", "b)"),
// from word/numbering.xml and counters kept while the body is read.
#pragma once

#include <array>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>

namespace protokol::docx {

/// One level of a list definition (<w:lvl>).
struct list_level {
  std::string format = "decimal";  ///< w:numFmt
  std::string text;                ///< w:lvlText, e.g. "%1." or "%1.%2"
  int start = 1;
  bool legal = false;  ///< w:isLgl: every %k shown as a decimal
};

inline constexpr int list_levels = 9;

/// The lists of one document and where each stands. Counters live per
/// numId, as in a document where each restarted list has its own numId.
class numbering {
 public:
  /// No numbering part: numbered paragraphs get no number.
  numbering() = default;
  /// Reads a parsed word/numbering.xml.
  explicit numbering(const pugi::xml_document& part);

  /// Counts one paragraph of list `num_id` at level `ilvl` and returns its
  /// label: "3.", "3.1", "a)", "-" for bullets, "" when there is none.
  std::string next(int num_id, int ilvl);

 private:
  using levels = std::array<list_level, list_levels>;
  struct list_state {
    std::array<int, list_levels> count{};
    std::array<bool, list_levels> started{};
    levels definition;  // the abstract definition with lvlOverride applied
  };

  std::unordered_map<std::string, levels> abstract_;
  std::unordered_map<int, list_state> lists_;
};

/// `n` written in the w:numFmt `format` (decimal, lowerLetter, upperLetter,
/// lowerRoman, upperRoman, decimalZero; others fall back to decimal).
std::string format_number(int n, std::string_view format);

}  // namespace protokol::docx
