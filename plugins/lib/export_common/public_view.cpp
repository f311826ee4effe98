#include <algorithm>
#include <export_common/public_view.hpp>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace protokol::export_common {
namespace {

constexpr std::size_t quote_window = 16;
constexpr std::size_t shortest_quote = 4;

struct closed_spans {
  std::vector<std::string_view> numbers;
  std::vector<std::pair<std::size_t, std::size_t>> spans;

  bool covers(const entity& e) const {
    if (!e.item.empty() && std::find(numbers.begin(), numbers.end(), e.item) != numbers.end())
      return true;
    for (const auto& [start, end] : spans) {
      // An entity without a length (offsets unknown) counts by its start.
      const bool overlaps =
          e.end > e.start ? (e.start < end && e.end > start) : (e.start >= start && e.start < end);
      if (overlaps) return true;
    }
    return false;
  }
};

// The text after a closed last item (a signature page, a line the
// segmenter took for the minutes' end): no item's, but it may be the closed
// item's own, so it is withheld with it. Its start; npos when there is none.
std::size_t closed_tail(const document& doc) {
  if (doc.items.empty() || !doc.items.back().closed) return std::string::npos;
  const std::size_t end = doc.items.back().end;
  return end > doc.items.back().start && end < doc.text.size() ? end : std::string::npos;
}

closed_spans collect_closed(const document& doc) {
  closed_spans closed;
  for (const item& it : doc.items) {
    if (!it.closed) continue;
    closed.numbers.push_back(it.number);
    if (it.end > it.start) closed.spans.emplace_back(it.start, it.end);
  }
  if (const std::size_t tail = closed_tail(doc); tail != std::string::npos)
    closed.spans.emplace_back(tail, doc.text.size());
  return closed;
}

void add_item_body(const document& doc, const item& it, std::vector<std::string_view>& out) {
  if (it.end > it.start && it.end <= doc.text.size()) {
    out.push_back(std::string_view(doc.text).substr(it.start, it.end - it.start));
  }
  for (const section& s : it.sections) {
    out.push_back(s.heading);
    out.push_back(s.text);
  }
  out.push_back(it.decision);
  for (const auto* list : {&it.document_numbers, &it.attachments, &it.absent, &it.votes.for_,
                           &it.votes.against, &it.votes.abstained}) {
    out.insert(out.end(), list->begin(), list->end());
  }
}

template <class T, class Keep>
void keep_only(std::vector<T>& list, const Keep& keeps) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!keeps(i)) continue;
    if (kept != i) list[kept] = std::move(list[i]);
    ++kept;
  }
  list.resize(kept);
}

// Past the heading's line, every byte of [start, end) but line ends becomes a
// blank: a multi-byte character becomes as many blanks, so the text stays
// valid UTF-8 and of the same length.
void blank_span(std::string& text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    if (text[i] != '\n' && text[i] != '\f') text[i] = ' ';
  }
}

void blank_body(std::string& text, const item& it) {
  if (it.end <= it.start || it.end > text.size()) return;
  std::size_t from = text.find('\n', it.start);
  if (from == std::string::npos || from >= it.end) return;
  blank_span(text, from, it.end);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

void add_short_lines(std::string_view text, std::unordered_set<std::string_view>& lines) {
  while (true) {
    const std::size_t eol = text.find('\n');
    const std::string_view line = trim(text.substr(0, eol));
    if (line.size() >= shortest_quote && line.size() < quote_window) lines.insert(line);
    if (eol == std::string_view::npos) return;
    text.remove_prefix(eol + 1);
  }
}

}  // namespace

std::vector<bool> find_quoting_warnings(const std::vector<std::string>& warnings,
                                        const std::vector<std::string_view>& withheld) {
  std::vector<bool> quoting(warnings.size(), false);
  // Index the warnings (few, short) rather than the withheld text (maybe
  // long): one pass over the withheld text then finds every quote.
  std::unordered_map<std::string_view, std::vector<std::size_t>> windows;
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    const std::string_view w = warnings[i];
    for (std::size_t p = 0; p + quote_window <= w.size(); ++p) {
      auto& owners = windows[w.substr(p, quote_window)];
      if (owners.empty() || owners.back() != i) owners.push_back(i);
    }
  }
  std::unordered_set<std::string_view> short_lines;
  for (const std::string_view text : withheld) {
    for (std::size_t p = 0; !windows.empty() && p + quote_window <= text.size(); ++p) {
      const auto found = windows.find(text.substr(p, quote_window));
      if (found == windows.end()) continue;
      for (const std::size_t i : found->second) quoting[i] = true;
    }
    add_short_lines(text, short_lines);
  }
  if (short_lines.empty()) return quoting;
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    const std::string_view w = warnings[i];
    for (std::size_t p = 0; !quoting[i] && p < w.size(); ++p) {
      for (std::size_t n = shortest_quote; n < quote_window && p + n <= w.size(); ++n) {
        if (short_lines.count(w.substr(p, n)) != 0) {
          quoting[i] = true;
          break;
        }
      }
    }
  }
  return quoting;
}

public_view::public_view(const document& doc, bool enabled) : enabled_(enabled) {
  if (!enabled_) return;
  const closed_spans closed = collect_closed(doc);
  if (closed.numbers.empty()) return;

  std::vector<std::string_view> withheld;
  for (const item& it : doc.items) {
    if (it.closed) add_item_body(doc, it, withheld);
  }
  if (const std::size_t tail = closed_tail(doc); tail != std::string::npos)
    withheld.push_back(std::string_view(doc.text).substr(tail));
  entity_kept_.assign(doc.entities.size(), true);
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const entity& e = doc.entities[i];
    if (!closed.covers(e)) continue;
    entity_kept_[i] = false;
    withheld.push_back(e.text);
    withheld.push_back(e.value);
  }
  if (doc.warnings.empty()) return;
  warning_kept_ = find_quoting_warnings(doc.warnings, withheld);
  warning_kept_.flip();
}

void withhold_closed_items(document& doc) {
  const export_common::public_view view(doc, true);
  keep_only(doc.entities, [&](std::size_t i) { return view.keeps_entity(i); });
  keep_only(doc.warnings, [&](std::size_t i) { return view.keeps_warning(i); });
  if (const std::size_t tail = closed_tail(doc); tail != std::string::npos)
    blank_span(doc.text, tail, doc.text.size());
  for (item& it : doc.items) {
    if (!view.withholds_body(it)) continue;
    blank_body(doc.text, it);
    it.sections.clear();
    it.decision.clear();
    it.attachments.clear();
    it.votes = {};
    it.absent.clear();
    it.document_numbers.clear();
  }
  doc.raw.clear();
  doc.raw.shrink_to_fit();
}

std::string export_settings(bool public_mode) {
  return std::string("schema=") + document_schema_version +
         "\npublic=" + (public_mode ? "true" : "false") + "\n";
}

}  // namespace protokol::export_common
