// page_writer.hpp: one document's review page, review/<key>.html.
#pragma once

#include <protokol/byte_output.hpp>
#include <protokol/document.hpp>
#include <string>

namespace protokol::review_export {

struct page_options {
  bool public_mode = false;  ///< leave out what export_common::public_view withholds
};

/// What the index lists for a document (review/.summaries/<key>.json).
struct page_summary {
  std::string key;
  std::string title;
  std::string committee;
  std::string date;
  std::string path;
  std::size_t items = 0;
  std::size_t closed_items = 0;
  std::size_t people = 0;  ///< meeting participants
  std::size_t entities = 0;
  std::size_t warnings = 0;  ///< warnings on the page (public mode drops quoting ones)
};

/// What the index lists for `doc`: the counts its page shows.
page_summary summarise_page(const document& doc, const page_options& options);

/// Writes the self-contained HTML page of `doc` to `sink` and returns what
/// the index needs of it (summarise_page).
page_summary write_page(const document& doc, const page_options& options, byte_output& sink);

/// The page as a string (tests).
std::string to_page(const document& doc, const page_options& options);

}  // namespace protokol::review_export
