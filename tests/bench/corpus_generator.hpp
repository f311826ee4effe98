// corpus_generator: a large archive made from the real fixture minutes, with
// names, numbers and dates varied so no two documents are the same bytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::bench {

/// Writes documents into `folder` until `total_bytes` is reached; returns the
/// number of documents written. Deterministic for a given seed. With
/// `document_bytes` > 0 every document is a template's meeting grown to at
/// least that size by more agenda items (long_minutes); with 0 the
/// templates keep their own size (34 KB on average for the shipped corpus).
std::size_t generate_corpus(const std::vector<std::filesystem::path>& templates,
                            const std::filesystem::path& folder, std::uint64_t total_bytes,
                            std::uint32_t seed, std::size_t document_bytes = 0);

/// A template's text cut at its item headings ("Punkt 3: Title", also under
/// markdown marks: "## **Punkt 3: Title**"): the text before the first, and
/// each item as the heading's text before its number, the number, and all
/// after the number up to the next heading.
struct minutes_parts {
  struct agenda_item {
    std::string before_number;  ///< "## **Punkt "
    std::string after_number;   ///< ": Title**\n...body..."
  };
  std::string head;
  std::vector<agenda_item> items;
};
minutes_parts split_at_items(std::string_view text);

/// One meeting of at least `target_bytes`, as a large council's minutes are:
/// the template's head, then its items but the last over and over, numbered
/// on from 1, and its last item (the signature page) at the end. A template
/// without item headings comes back as it is.
std::string long_minutes(std::string_view text, std::size_t target_bytes);

}  // namespace protokol::bench
