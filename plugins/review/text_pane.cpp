#include "text_pane.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>

namespace protokol::review_export {
namespace {

enum class level { item = 0, section = 1, entity = 2 };

struct span {
  std::size_t start;
  std::size_t end;
  level kind;
  std::size_t index;  // into doc.items, or doc.entities
  std::size_t owner;  // sections: the item index; else unused
  std::size_t order;  // position in `spans`, the last tie-break
  bool opened = false;
};

struct cut {
  std::size_t start;
  std::size_t end;
};

bool is_continuation(const std::string& text, std::size_t pos) {
  return pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80;
}

// Moves [start, end) inside the text and outwards to character boundaries,
// so that no tag ever lands inside a UTF-8 sequence.
std::pair<std::size_t, std::size_t> align(const std::string& text, std::size_t start,
                                          std::size_t end) {
  start = std::min(start, text.size());
  end = std::clamp(end, start, text.size());
  while (start > 0 && is_continuation(text, start)) --start;
  while (is_continuation(text, end)) ++end;
  return {start, end};
}

std::size_t line_end(const std::string& text, std::size_t from, std::size_t limit) {
  const std::size_t eol = text.find('\n', from);
  return std::min(eol == std::string::npos ? text.size() : eol + 1, limit);
}

class pane_writer {
 public:
  pane_writer(html_out& out, const document& doc, const export_common::public_view& view,
              const export_common::page_map& pages, const std::vector<std::string>& anchors)
      : out_(out), doc_(doc), view_(view), pages_(pages), anchors_(anchors) {}

  void write() {
    collect();
    walk();
  }

 private:
  void add(std::size_t start, std::size_t end, level kind, std::size_t index,
           std::size_t owner = 0) {
    const auto [s, e] = align(doc_.text, start, end);
    spans_.push_back({s, e, kind, index, owner, spans_.size()});
  }

  void collect() {
    for (std::size_t i = 0; i < doc_.items.size(); ++i) {
      const item& it = doc_.items[i];
      add(it.start, it.end, level::item, i);
      if (view_.withholds_body(it)) {
        const auto [s, e] = align(doc_.text, it.start, it.end);
        cuts_.push_back({line_end(doc_.text, s, e), e});
        continue;
      }
      for (std::size_t k = 0; k < it.sections.size(); ++k)
        add(it.sections[k].start, it.sections[k].end, level::section, k, i);
    }
    for (std::size_t i = 0; i < doc_.entities.size(); ++i) {
      if (view_.keeps_entity(i))
        add(doc_.entities[i].start, doc_.entities[i].end, level::entity, i);
    }
  }

  // Outer before inner, then earlier and longer first: the order the
  // elements must nest in over one stretch of text.
  static bool nests_before(const span* a, const span* b) {
    return std::make_tuple(static_cast<int>(a->kind), a->start, ~a->end, a->order) <
           std::make_tuple(static_cast<int>(b->kind), b->start, ~b->end, b->order);
  }

  void walk() {
    std::set<std::size_t> bounds{0, doc_.text.size()};
    for (const span& s : spans_) bounds.insert({s.start, s.end});
    for (const cut& c : cuts_) bounds.insert({c.start, c.end});
    std::vector<span*> by_start;
    for (span& s : spans_) by_start.push_back(&s);
    std::sort(by_start.begin(), by_start.end(),
              [](const span* a, const span* b) { return a->start < b->start; });
    std::size_t next = 0;
    std::vector<span*> active;
    for (auto it = bounds.begin(); it != bounds.end(); ++it) {
      const std::size_t pos = *it;
      std::erase_if(active, [&](const span* s) { return s->end <= pos; });
      std::vector<span*> empty;
      for (; next < by_start.size() && by_start[next]->start == pos; ++next) {
        (by_start[next]->end > pos ? active : empty).push_back(by_start[next]);
      }
      std::sort(active.begin(), active.end(), nests_before);
      reopen(active);
      for (span* s : empty) {
        open(*s);
        close(*s);
      }
      const auto following = std::next(it);
      if (following != bounds.end()) write_text(pos, *following);
    }
    reopen({});
  }

  // Closes the open elements that are no longer a prefix of `wanted`, then
  // opens the rest of `wanted`.
  void reopen(const std::vector<span*>& wanted) {
    std::size_t keep = 0;
    while (keep < stack_.size() && keep < wanted.size() && stack_[keep] == wanted[keep]) ++keep;
    while (stack_.size() > keep) {
      close(*stack_.back());
      stack_.pop_back();
    }
    for (std::size_t i = keep; i < wanted.size(); ++i) {
      open(*wanted[i]);
      stack_.push_back(wanted[i]);
    }
  }

  void open(span& s) {
    const bool first = !s.opened;
    s.opened = true;
    switch (s.kind) {
      case level::item:
        open_item(s, first);
        break;
      case level::section:
        open_section(s, first);
        break;
      case level::entity:
        open_entity(s, first);
        break;
    }
  }

  void close(const span& s) { out_.raw(s.kind == level::entity ? "</mark>" : "</div>"); }

  void open_item(const span& s, bool first) {
    const item& it = doc_.items[s.index];
    out_.raw(it.closed ? "<div class=\"item closed" : "<div class=\"item");
    out_.raw(first ? "\">" : " cont\">");
    if (!first) return;
    out_.raw("<h2 class=\"item-head\" id=\"");
    out_.attr(anchors_[s.index]);
    out_.raw("\"><span class=\"num\">");
    out_.text(it.number);
    out_.raw("</span> ");
    out_.text(it.title);
    if (it.closed) out_.raw(" <span class=\"badge closed\">closed</span>");
    if (const auto page = pages_.page_of(it.start)) {
      out_.raw(" <span class=\"page\">page ");
      out_.text(std::to_string(*page));
      out_.raw("</span>");
    }
    out_.raw("</h2>");
  }

  void open_section(const span& s, bool first) {
    const section& sec = doc_.items[s.owner].sections[s.index];
    out_.raw("<div class=\"section k-");
    out_.attr(sec.kind);
    out_.raw(first ? "\" title=\"" : " cont\" title=\"");
    out_.attr(sec.kind);
    out_.raw("\">");
  }

  void open_entity(const span& s, bool first) {
    const entity& e = doc_.entities[s.index];
    out_.raw("<mark class=\"ent t-");
    out_.attr(e.type);
    if (first) {
      out_.raw("\" id=\"e-");
      out_.raw(std::to_string(s.index));
    } else {
      out_.raw(" cont");
    }
    out_.raw("\" title=\"");
    out_.attr(e.type);
    out_.raw(": ");
    out_.attr(e.value);
    if (!e.party.empty()) {
      out_.raw(" (");
      out_.attr(e.party);
      out_.raw(")");
    }
    out_.raw("\">");
  }

  void write_text(std::size_t from, std::size_t to) {
    for (const cut& c : cuts_) {
      if (from >= c.start && from < c.end) {
        if (from == c.start)
          out_.raw(
              "<span class=\"withheld\">The body of this closed item is withheld "
              "(public mode).</span>");
        return;
      }
    }
    // Only [from, to): a search to the end of the text would make the walk quadratic.
    const std::string_view text = std::string_view(doc_.text).substr(0, to);
    while (from < to) {
      // Form feeds separate the pages of paged sources: show where each begins.
      const std::size_t feed = std::min(text.find('\f', from), to);
      out_.text(text.substr(from, feed - from));
      if (feed == to) break;
      out_.raw("<span class=\"page-break\">page ");
      out_.text(std::to_string(pages_.page_of(feed + 1).value_or(0)));
      out_.raw("</span>");
      from = feed + 1;
    }
  }

  html_out& out_;
  const document& doc_;
  const export_common::public_view& view_;
  const export_common::page_map& pages_;
  const std::vector<std::string>& anchors_;
  std::vector<span> spans_;
  std::vector<cut> cuts_;
  std::vector<span*> stack_;
};

}  // namespace

std::vector<std::string> item_anchors(const document& doc) {
  std::vector<std::string> anchors;
  std::set<std::string> seen;
  for (const item& it : doc.items) {
    const std::string base = "item-" + it.number;
    std::string anchor = base;
    for (int n = 2; !seen.insert(anchor).second; ++n) anchor = base + "-" + std::to_string(n);
    anchors.push_back(std::move(anchor));
  }
  return anchors;
}

void write_text_pane(html_out& out, const document& doc, const export_common::public_view& view,
                     const export_common::page_map& pages,
                     const std::vector<std::string>& anchors) {
  pane_writer(out, doc, view, pages, anchors).write();
}

}  // namespace protokol::review_export
