#include "segment.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "header.hpp"
#include "heading_map.hpp"
#include "item_body.hpp"
#include "item_headings.hpp"
#include "lines.hpp"
#include "text_util.hpp"
#include "titles.hpp"
#include "toc.hpp"

namespace protokol::segmenter {
namespace {

// The table of contents stands near the top; do not look further.
constexpr std::size_t toc_search_lines = 600;

// Headings never count as running headers, however often they repeat.
bool protected_line(std::string_view text) {
  line l;
  l.text = text;
  return is_section_heading(text) || match_item_heading(l).has_value();
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// Walks items and entries in order: an entry matches the next item whose
// title it names (cut-short entries match by prefix; a closed entry
// prefers a closed item). Every leftover on either side is a warning.
void check_toc(const toc& contents, const std::vector<item>& items,
               std::vector<std::string>& warnings) {
  std::size_t next = 0;
  const auto& entries = contents.entries;
  for (const auto& it : items) {
    const std::string key = title_key(it.title);
    std::size_t found = entries.size();
    for (int pass = 0; pass < 2 && found == entries.size(); ++pass) {
      for (std::size_t q = next; q < entries.size(); ++q) {
        if (entry_matches(entries[q], key) && (pass == 1 || entries[q].closed == it.closed)) {
          found = q;
          break;
        }
      }
    }
    if (found == entries.size()) {
      warnings.push_back("segment: item " + it.number + " " + quoted(it.title) +
                         " is not in the table of contents");
      continue;
    }
    for (std::size_t q = next; q < found; ++q) {
      warnings.push_back("segment: table of contents entry " + quoted(entries[q].title) +
                         " has no item");
    }
    next = found + 1;
  }
  for (std::size_t q = next; q < entries.size(); ++q) {
    warnings.push_back("segment: table of contents entry " + quoted(entries[q].title) +
                       " has no item");
  }
}

void check_numbering(const std::vector<item_candidate>& headings,
                     std::vector<std::string>& warnings) {
  for (std::size_t k = 1; k < headings.size(); ++k) {
    if (headings[k].number != headings[k - 1].number + 1) {
      warnings.push_back("segment: item numbers jump from " +
                         std::to_string(headings[k - 1].number) + " to " +
                         std::to_string(headings[k].number));
    }
  }
}

}  // namespace

void segment_document(document& doc, const segment_options& options) {
  doc.items.clear();
  std::vector<line> lines = split_lines(doc.text);
  mark_page_furniture(lines, &protected_line);
  const toc contents = parse_toc(lines, std::min(lines.size(), toc_search_lines));
  const item_options item_opts{options.numbered_items,
                               std::max<std::size_t>(1, options.max_title_lines)};
  const std::vector<item_candidate> headings = find_item_headings(lines, contents, item_opts);

  const std::size_t header_end = headings.empty() ? lines.size() : headings.front().line;
  parse_header(lines, header_end, contents, doc.meeting);
  doc.meeting.municipality = find_municipality(lines, header_end, contents, doc.meeting, doc.text);

  const body_context ctx{lines, doc.text, doc.meeting.date, options.keep_history_decisions};
  doc.items.reserve(headings.size());
  for (std::size_t k = 0; k < headings.size(); ++k) {
    const item_candidate& h = headings[k];
    const std::size_t bound = k + 1 < headings.size() ? headings[k + 1].line : lines.size();
    const item_title title = assemble_title(lines, h, bound, contents, item_opts.max_title_lines);
    item it;
    it.number = std::to_string(h.number);
    it.title = title.title;
    it.closed = title.closed;
    it.start = lines[h.line].offset;
    it.end = bound < lines.size() ? lines[bound].offset : doc.text.size();
    fill_item_body(ctx, title.last_line + 1, bound, it, doc.warnings);
    doc.items.push_back(std::move(it));
  }

  if (headings.empty()) {
    doc.warnings.push_back("segment: no agenda items found");
    return;
  }
  check_numbering(headings, doc.warnings);
  if (options.toc_check && contents.found) check_toc(contents, doc.items, doc.warnings);
}

}  // namespace protokol::segmenter
