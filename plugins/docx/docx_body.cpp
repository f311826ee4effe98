#include "docx_body.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>
#include <vector>

#include "wml.hpp"

namespace protokol::docx {
namespace {

// "Lukket dagsorden", "Fortroligt punkt": a heading's own words say closed.
bool says_closed(std::string_view text) {
  for (const std::string_view word : {"ukket", "UKKET", "ortrolig", "ORTROLIG"})
    if (text.find(word) != std::string_view::npos) return true;
  return false;
}

// What one paragraph's runs gave.
struct paragraph_text {
  std::string text;
  bool any_text = false;  // a visible character, not only blanks and breaks
  bool all_bold = true;   // every visible character sits in a bold run
  bool break_after = false;
  // Text boxes (w:txbxContent) anchored in the paragraph, before and after
  // its first visible character: written as paragraphs around its line.
  std::vector<pugi::xml_node> boxes_before;
  std::vector<pugi::xml_node> boxes_after;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }

bool blank_text(std::string_view s) { return std::all_of(s.begin(), s.end(), is_blank); }

// The last character that is not a line end, or 0.
char last_mark(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  return s.empty() ? '\0' : s.back();
}

// Text of w:t: XML may carry line ends and control characters by
// reference; Word shows a line end in w:t as a blank and no controls.
void append_text(std::string& out, std::string_view text) {
  for (const char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') {
      out += c;
    }
  }
}

// The local name of an element in any namespace: markup compatibility
// (mc:AlternateContent) is bound to a prefix of the writer's choosing, and
// its element names exist in no other namespace Word writes.
std::string_view unprefixed(pugi::xml_node node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

// Each section's sectPr in document order: those that end a section in
// the last paragraph of it, then the body's own for the last section.
void collect_sections(const wml& w, pugi::xml_node parent, std::vector<pugi::xml_node>& out) {
  for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
    const std::string_view name = w.local_name(n);
    if (name == "p") {
      if (const pugi::xml_node sect = w.child(w.child(n, "pPr"), "sectPr")) out.push_back(sect);
    } else if (name == "sdt") {
      collect_sections(w, w.child(n, "sdtContent"), out);
    } else if (name == "customXml" || name == "ins" || name == "moveTo") {
      collect_sections(w, n, out);
    }
  }
}

// Whether each section starts on a new page. A section's w:type says how
// it starts after the one before (so the break after a paragraph's sectPr
// is the next section's to say); Word's default is nextPage. continuous and
// nextColumn go on on the same page.
std::vector<bool> section_starts_page(const wml& w, pugi::xml_node body) {
  std::vector<pugi::xml_node> sections;
  collect_sections(w, body, sections);
  if (const pugi::xml_node last = w.child(body, "sectPr")) sections.push_back(last);
  std::vector<bool> starts;
  for (const pugi::xml_node sect : sections) {
    const std::string_view type = w.attr(w.child(sect, "type"), "val");
    starts.push_back(type != "continuous" && type != "nextColumn");
  }
  return starts;
}

class body_writer {
 public:
  body_writer(const wml& w, const style_sheet& styles, numbering& lists, page_breaks breaks)
      : w_(w), styles_(styles), lists_(lists), breaks_(breaks) {}

  void read_sections(pugi::xml_node body) { section_starts_page_ = section_starts_page(w_, body); }

  // Numbered headings whose only text is their list's label ("Punkt: %1"):
  // the items' headings where they are the body's top numbered level and no
  // numbered heading of that level has text of its own (trial BL, Hørsholm's
  // Acadre export; titled headings below them may head sections, review
  // 44). Elsewhere an empty one is a stray paragraph inside an item, and
  // written it would split the item: inside a closed item it published the
  // closed text as an open item (reviews 42, 43 and 45).
  void read_heading_style(pugi::xml_node parent) {
    for (pugi::xml_node p = parent.first_child(); p; p = p.next_sibling()) {
      const std::string_view name = w_.local_name(p);
      if (name == "sdt") read_heading_style(w_.child(p, "sdtContent"));
      if (name == "customXml") read_heading_style(p);
      if (name != "p") continue;
      const pugi::xml_node ppr = w_.child(p, "pPr");
      const resolved_style& style = style_of(ppr);
      const int heading = heading_level(ppr, style);
      if (heading <= 0 || list_of(ppr, style).num_id <= 0) continue;
      const std::size_t level = static_cast<std::size_t>(std::min(heading, 9));
      (visible_text(p).empty() ? label_only_[level] : titled_[level]) = true;
    }
  }

  bool label_only_level(int heading) const {
    const std::size_t level = static_cast<std::size_t>(std::min(heading, 9));
    for (std::size_t above = 1; above < level; ++above)
      if (label_only_[above] || titled_[above]) return false;
    return label_only_[level] && !titled_[level];
  }

  void reserve(std::size_t bytes) { out_.reserve(bytes); }

  void blocks(pugi::xml_node parent) {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = w_.local_name(n);
      if (name == "p") {
        paragraph(n);
      } else if (name == "tbl") {
        table(n);
      } else if (name == "sdt") {
        blocks(w_.child(n, "sdtContent"));
      } else if (name == "customXml" || name == "ins" || name == "moveTo") {
        blocks(n);
      }
      // sectPr, del, moveFrom, bookmarks and the like hold no kept text.
    }
  }

  std::string take() {
    while (out_.size() >= 2 && out_.ends_with("\n\n")) out_.pop_back();
    return std::move(out_);
  }

 private:
  struct paragraph_format {
    int heading = 0;
    bool bold = false;
    bool page_break_before = false;
    bool closed = false;  ///< the style says closed ("Lukket punkt")
    std::string label;
  };

  const resolved_style& style_of(pugi::xml_node ppr) const {
    return styles_.paragraph(w_.attr(w_.child(ppr, "pStyle"), "val"));
  }

  // A paragraph's heading level (its style's, or its own outline level) and
  // list, without counting it in the list.
  int heading_level(pugi::xml_node ppr, const resolved_style& style) const {
    if (const pugi::xml_node lvl = w_.child(ppr, "outlineLvl")) {
      const std::string_view v = w_.attr(lvl, "val");
      return v.size() == 1 && v[0] >= '0' && v[0] <= '8' ? v[0] - '0' + 1 : 0;
    }
    return style.heading_level;
  }

  num_ref list_of(pugi::xml_node ppr, const resolved_style& style) const {
    num_ref ref = style.numbering;
    if (const pugi::xml_node num_pr = w_.child(ppr, "numPr")) {
      if (const pugi::xml_node id = w_.child(num_pr, "numId"))
        ref.num_id = std::atoi(w_.attr(id, "val"));
      if (const pugi::xml_node lvl = w_.child(num_pr, "ilvl"))
        ref.ilvl = std::atoi(w_.attr(lvl, "val"));
    }
    return ref;
  }

  paragraph_format format_of(pugi::xml_node p) {
    const pugi::xml_node ppr = w_.child(p, "pPr");
    const resolved_style& style = style_of(ppr);
    paragraph_format f;
    f.heading = heading_level(ppr, style);
    f.bold = style.bold;
    f.page_break_before = style.page_break_before;
    f.closed = style.names_closed;
    if (const pugi::xml_node b = w_.child(ppr, "pageBreakBefore")) f.page_break_before = w_.on(b);
    if (const num_ref ref = list_of(ppr, style); ref.num_id > 0)
      f.label = lists_.next(ref.num_id, std::max(ref.ilvl, 0));
    return f;
  }

  // Calls `visit` with every run under `parent`, in order, tracked
  // deletions left out.
  template <typename Visit>
  void each_run(pugi::xml_node parent, const Visit& visit) const {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = w_.local_name(n);
      if (name == "del" || name == "moveFrom" || name == "pPr" || name == "rPr") continue;
      if (name == "r") {
        visit(n);
      } else {
        each_run(n, visit);
      }
    }
  }

  bool is_hidden(pugi::xml_node r) const {
    const pugi::xml_node vanish = w_.child(w_.child(r, "rPr"), "vanish");
    return vanish && w_.on(vanish);
  }

  void add_run_text(pugi::xml_node r, std::string& out) const {
    for (pugi::xml_node t = r.first_child(); t; t = t.next_sibling())
      if (w_.local_name(t) == "t") out += t.text().get();
  }

  // The text of a paragraph's shown runs.
  std::string visible_text(pugi::xml_node p) const {
    std::string text;
    each_run(p, [&](pugi::xml_node r) {
      if (!is_hidden(r)) add_run_text(r, text);
    });
    return std::string(trim(text));
  }

  // Hidden runs whose text says the item or part is closed, a marker word
  // starting a word ("(Luk" "ket)" split over runs, "Ikke offentlige
  // punkter", "(Closed)", a lock): kept, so that the segmenter sees the
  // marker; the paragraph's other hidden runs stay dropped ("udelukkende",
  // "Not to be disclosed" say nothing; privacy first, reviews 41, 43, 44).
  void read_hidden_markers(pugi::xml_node p) {
    kept_hidden_.clear();
    std::string hidden;
    std::vector<std::pair<pugi::xml_node, std::size_t>> runs;  // each hidden run and its end
    each_run(p, [&](pugi::xml_node r) {
      if (!is_hidden(r)) {
        // Shown text between hidden runs parts their words ("Sag" ... "Lukket").
        if (!hidden.empty() && hidden.back() != ' ') hidden += ' ';
        return;
      }
      add_run_text(r, hidden);
      runs.emplace_back(r, hidden.size());
    });
    if (hidden.empty()) return;
    for (char& c : hidden) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto letter = [&](std::size_t i) {
      const auto c = static_cast<unsigned char>(hidden[i]);
      return std::isalpha(c) || c >= 0x80;
    };
    for (const std::string_view marker :
         {"lukke", "ikke offentlig", "ikke-offentlig", "fortrolig", "closed", "🔒"}) {
      for (std::size_t at = hidden.find(marker); at != std::string::npos;
           at = hidden.find(marker, at + 1)) {
        const std::size_t end = at + marker.size();
        if (marker != "🔒" && at > 0 && letter(at - 1)) continue;
        if (marker == "closed" && end < hidden.size() && letter(end)) continue;
        std::size_t start = 0;
        for (const auto& [run, run_end] : runs) {
          if (run_end > at && start < end) kept_hidden_.push_back(run);
          start = run_end;
        }
      }
    }
  }

  void paragraph(pugi::xml_node p) {
    const paragraph_format f = format_of(p);
    read_hidden_markers(p);
    // "Page break before" starts the paragraph on a new page, like a hard
    // break; the rendered break Word records there is then the same page.
    if (std::exchange(section_break_, false) || f.page_break_before) new_page();
    paragraph_text para;
    inlines(p, para, f.bold);
    if (!para.boxes_before.empty()) {
      // A page break before the anchor puts the box on the new page too.
      move_leading_breaks(para.text);
      for (const pugi::xml_node box : para.boxes_before) blocks(box);
    }
    emit(para, f);
    for (const pugi::xml_node box : para.boxes_after) blocks(box);
    if (w_.child(w_.child(p, "pPr"), "sectPr")) end_section();
  }

  // The paragraph ended a section: the next block starts on a new page when
  // the next section does (a body without its last sectPr has a default
  // last section, which does).
  void end_section() {
    ++section_;
    section_break_ = section_ >= section_starts_page_.size() || section_starts_page_[section_];
  }

  // Starts a new page unless the text is at the start of one already.
  void new_page() {
    if (breaks_ != page_breaks::none && !out_.empty() && last_mark(out_) != '\f') out_ += '\f';
  }

  void move_leading_breaks(std::string& text) {
    const std::size_t lead = std::min(text.find_first_not_of(" \t\n\f"), text.size());
    out_.append(static_cast<std::size_t>(std::count(text.begin(), text.begin() + lead, '\f')),
                '\f');
    text.erase(0, lead);
  }

  // The text boxes under `parent` (a drawing, a VML picture, a group of
  // shapes), in document order. A box's own paragraphs may anchor further
  // boxes; those are found when its paragraphs are read.
  void text_boxes(pugi::xml_node parent, std::vector<pugi::xml_node>& out) const {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      if (w_.is(n, "txbxContent")) {
        out.push_back(n);
      } else if (unprefixed(n) == "AlternateContent") {
        alternate_boxes(n, out);
      } else {
        text_boxes(n, out);
      }
    }
  }

  // mc:AlternateContent holds one shape in several forms (a wps shape, its
  // VML copy as fallback): the first Choice that has a text box, else the
  // Fallback, so the box is read once.
  void alternate_boxes(pugi::xml_node alternate, std::vector<pugi::xml_node>& out) const {
    pugi::xml_node fallback;
    for (pugi::xml_node n = alternate.first_child(); n; n = n.next_sibling()) {
      if (unprefixed(n) == "Fallback") {
        fallback = n;
      } else if (unprefixed(n) == "Choice") {
        const std::size_t found = out.size();
        text_boxes(n, out);
        if (out.size() > found) return;
      }
    }
    text_boxes(fallback, out);
  }

  // A shape in a run: its text boxes go before the paragraph's line when
  // no visible character came before the anchor, else after it.
  void anchor(pugi::xml_node shape, paragraph_text& para) const {
    std::vector<pugi::xml_node>& boxes = para.any_text ? para.boxes_after : para.boxes_before;
    if (unprefixed(shape) == "AlternateContent") {
      alternate_boxes(shape, boxes);
    } else {
      text_boxes(shape, boxes);
    }
  }

  // A field's instruction (between begin and separate) is hidden; its
  // result (between separate and end) is what Word shows.
  bool hidden() const { return std::find(fields_.begin(), fields_.end(), false) != fields_.end(); }

  void inlines(pugi::xml_node parent, paragraph_text& para, bool bold) {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = w_.local_name(n);
      if (name == "r") {
        run(n, para, bold);
      } else if (name == "hyperlink" || name == "smartTag" || name == "ins" || name == "moveTo" ||
                 name == "fldSimple" || name == "customXml" || name == "dir" || name == "bdo") {
        inlines(n, para, bold);
      } else if (name == "sdt") {
        inlines(w_.child(n, "sdtContent"), para, bold);
      }
      // del and moveFrom: tracked deletions, dropped with their text.
    }
  }

  bool run_bold(pugi::xml_node r, bool paragraph_bold) const {
    const pugi::xml_node rpr = w_.child(r, "rPr");
    if (const pugi::xml_node b = w_.child(rpr, "b")) return w_.on(b);
    if (const auto by_style = styles_.character_bold(w_.attr(w_.child(rpr, "rStyle"), "val")))
      return *by_style;
    return paragraph_bold;
  }

  void visible(paragraph_text& para, bool bold, std::string_view added) {
    if (blank_text(added)) return;
    para.any_text = true;
    if (!bold) para.all_bold = false;
  }

  void rendered_break(paragraph_text& para) {
    // Word writes one after each hard page break too: count that page once.
    const bool blank_so_far = blank_text(para.text);
    if (last_mark(para.text) == '\f' || (blank_so_far && last_mark(out_) == '\f')) return;
    if (blank_so_far && !out_.empty()) {
      para.text += '\f';
    } else if (!blank_so_far) {
      para.break_after = true;
    }
  }

  void run(pugi::xml_node r, paragraph_text& para, bool paragraph_bold) {
    const bool bold = run_bold(r, paragraph_bold);
    // Hidden text (w:vanish): Word neither shows nor prints it, so it is
    // never published (trial BL: an internal note after a vote), unless the
    // run says closed (read_hidden_markers).
    const bool vanished = is_hidden(r) && std::find(kept_hidden_.begin(), kept_hidden_.end(), r) ==
                                              kept_hidden_.end();
    for (pugi::xml_node n = r.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = w_.local_name(n);
      if (name == "drawing" || name == "pict" || unprefixed(n) == "AlternateContent") {
        if (!hidden()) anchor(n, para);
        continue;
      }
      if (name == "fldChar") {
        const std::string_view type = w_.attr(n, "fldCharType");
        if (type == "begin") {
          fields_.push_back(false);
        } else if (type == "separate" && !fields_.empty()) {
          fields_.back() = true;
        } else if (type == "end" && !fields_.empty()) {
          fields_.pop_back();
        }
        continue;
      }
      if (hidden() || vanished) continue;
      if (name == "t") {
        const std::size_t from = para.text.size();
        append_text(para.text, n.text().get());
        visible(para, bold, std::string_view(para.text).substr(from));
      } else if (name == "tab" || name == "ptab") {
        para.text += '\t';
      } else if (name == "br") {
        const bool page = std::string_view(w_.attr(n, "type")) == "page";
        para.text += page && breaks_ != page_breaks::none ? '\f' : '\n';
      } else if (name == "cr") {
        para.text += '\n';
      } else if (name == "noBreakHyphen") {
        para.text += '-';
        visible(para, bold, "-");
      } else if (name == "lastRenderedPageBreak" && breaks_ == page_breaks::all) {
        rendered_break(para);
      }
      // softHyphen shows only at a line end; sym is a font glyph, often
      // private-use; instrText, delText, pictures and notes are not text.
    }
  }

  static std::string bold_lines(std::string_view core) {
    std::string out;
    std::size_t pos = 0;
    while (pos <= core.size()) {
      std::size_t end = core.find_first_of("\n\f", pos);
      if (end == std::string_view::npos) end = core.size();
      const std::string_view segment = trim(core.substr(pos, end - pos));
      if (!segment.empty()) {
        out += "**";
        out += segment;
        out += "**";
      }
      if (end == core.size()) break;
      out += core[end];
      pos = end + 1;
    }
    return out;
  }

  void emit(const paragraph_text& para, const paragraph_format& f) {
    std::string_view text = para.text;
    std::size_t lead_breaks = 0;
    while (!text.empty() && is_blank(text.front())) {
      lead_breaks += text.front() == '\f';
      text.remove_prefix(1);
    }
    std::size_t trail_breaks = 0;
    while (!text.empty() && is_blank(text.back())) {
      trail_breaks += text.back() == '\f';
      text.remove_suffix(1);
    }
    out_.append(lead_breaks, '\f');
    // A heading whose only text is its list's label with words ("Punkt: %1"
    // in the numbering) that heads an item (read_heading_style): the label
    // is what Word shows, and the item's heading
    // (trial BL; written nothing before, the item ran into the one above).
    // Else, and a bare number ("3."), it stays unwritten: an empty heading
    // inside an item is no item of its own (reviews 42, 43: it split a
    // closed item). One in a closed style ("Lukket punkt") is always
    // written: it heads a closed item, and a stray one withholds text.
    const bool label_heading =
        f.heading > 0 && !f.label.empty() && f.label != "-" &&
        (f.closed || (label_only_level(f.heading) && f.label.find(' ') != std::string::npos));
    if (!para.any_text && !label_heading) {
      out_.append(trail_breaks, '\f');
      return;
    }
    std::string line;
    if (f.heading > 0) {
      line.assign(static_cast<std::size_t>(std::min(f.heading, 6)), '#');
      line += ' ';
      if (!f.label.empty()) line += f.label + ' ';
      for (const char c : text) line += c == '\n' ? ' ' : c;
      while (line.back() == ' ') line.pop_back();
      // A heading in a style named "Lukket punkt" (red, based on Heading 1):
      // the style is the only mark of a closed item; say it as text does.
      // Not where the text says so itself ("Lukket dagsorden" in that
      // style divides the closed part from the open).
      if (f.closed && !says_closed(text)) line += " (Lukket)";
    } else if (f.label == "-") {
      line = "- " + (para.all_bold ? bold_lines(text) : std::string(text));
    } else {
      std::string numbered = f.label;
      if (!numbered.empty()) numbered += ' ';
      numbered += text;
      line = para.all_bold ? bold_lines(numbered) : numbered;
    }
    out_ += line;
    out_ += '\n';
    if (para.break_after || trail_breaks > 0) {
      out_.append(std::max<std::size_t>(trail_breaks, 1), '\f');
    } else {
      out_ += '\n';
    }
  }

  std::string cell_text(pugi::xml_node tc) {
    std::string cell;
    // A cell is one line: after a paragraph or line break that ends in no
    // punctuation a "; " keeps a list set one a line a list ("Lise Hald (A),
    // formand; Tom Berg (V)"); sentences get a blank.
    const auto line_break = [&] {
      while (!cell.empty() && cell.back() == ' ') cell.pop_back();
      if (cell.empty()) return;
      cell += std::string_view(".,;:!?").find(cell.back()) == std::string_view::npos ? "; " : " ";
    };
    const auto add = [&](std::string_view part) {
      part = trim(part);
      if (part.empty()) return;
      line_break();
      for (const char c : part) {
        if (c == '|') {
          cell += "\\|";
        } else if (c == '\n' || c == '\f') {
          line_break();
        } else {
          cell += c == '\t' ? ' ' : c;
        }
      }
    };
    for (pugi::xml_node n = tc.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = w_.local_name(n);
      if (name == "p") {
        const paragraph_format f = format_of(n);
        read_hidden_markers(n);
        cell_page_break_ = cell_page_break_ || f.page_break_before;
        paragraph_text para;
        inlines(n, para, f.bold);
        for (const pugi::xml_node box : para.boxes_before) add(cell_text(box));
        if (para.any_text) {
          add(f.label.empty() ? para.text : f.label + ' ' + para.text);
        } else if (!f.label.empty() && f.label != "-") {
          // "| 1. | Godkendelse af dagsorden | Sagsnr. 24/400 |": an empty
          // numbered paragraph in a cell shows its number (a row over each
          // item, its number cell numbered by Word).
          add(f.label);
        }
        for (const pugi::xml_node box : para.boxes_after) add(cell_text(box));
      } else if (name == "tbl") {
        // A nested table is flattened into its cell, row after row.
        for (pugi::xml_node tr : rows(n))
          for (pugi::xml_node inner : cells(tr)) add(cell_text(inner));
      } else if (name == "sdt" || name == "customXml") {
        add(cell_text(name == "sdt" ? w_.child(n, "sdtContent") : n));
      }
    }
    return cell;
  }

  // Children named `local`, looking through content controls and custom XML.
  std::vector<pugi::xml_node> children(pugi::xml_node parent, std::string_view local) const {
    std::vector<pugi::xml_node> out;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      const std::string_view name = w_.local_name(n);
      if (name == local) {
        out.push_back(n);
      } else if (name == "sdt" || name == "customXml") {
        const auto inner = children(name == "sdt" ? w_.child(n, "sdtContent") : n, local);
        out.insert(out.end(), inner.begin(), inner.end());
      }
    }
    return out;
  }

  std::vector<pugi::xml_node> rows(pugi::xml_node tbl) const { return children(tbl, "tr"); }
  std::vector<pugi::xml_node> cells(pugi::xml_node tr) const { return children(tr, "tc"); }

  // A row deleted with tracked changes on is gone from the document.
  bool deleted(pugi::xml_node tr) const { return w_.child(w_.child(tr, "trPr"), "del"); }

  // The one cell of a table of one row and one column, else null. Such a
  // table is a box drawn around paragraphs (a decision framed under its
  // item), not a grid of values: as one row its heading, decision and
  // absences ran together into a single "| ... |" line.
  pugi::xml_node box_cell(pugi::xml_node tbl) const {
    pugi::xml_node only;
    for (pugi::xml_node tr : rows(tbl)) {
      if (deleted(tr)) continue;
      const std::vector<pugi::xml_node> row_cells = cells(tr);
      if (only || row_cells.size() != 1) return {};
      only = row_cells.front();
    }
    return only;
  }

  void table(pugi::xml_node tbl) {
    if (const pugi::xml_node box = box_cell(tbl)) {
      blocks(box);
      return;
    }
    std::vector<std::vector<std::string>> table_rows;
    // Rows with a paragraph set to start a page (an agenda table with an
    // item a row, each on a page of its own); an empty row passes it on.
    std::vector<bool> page_rows;
    bool page_pending = std::exchange(section_break_, false);
    for (pugi::xml_node tr : rows(tbl)) {
      if (deleted(tr)) continue;
      cell_page_break_ = false;
      std::vector<std::string> texts;
      for (pugi::xml_node tc : cells(tr)) texts.push_back(cell_text(tc));
      page_pending = page_pending || cell_page_break_;
      if (std::none_of(texts.begin(), texts.end(), [](const std::string& c) { return !c.empty(); }))
        continue;
      table_rows.push_back(std::move(texts));
      page_rows.push_back(std::exchange(page_pending, false));
    }
    if (table_rows.empty()) return;
    const bool agenda = is_agenda_table(table_rows);
    const bool contents = !agenda && is_contents_table(table_rows);
    const bool labels = !agenda && !contents && is_label_table(table_rows);
    for (std::size_t i = 0; i < table_rows.size(); ++i) {
      if (page_rows[i]) new_page();
      const bool head = i == 0 && !agenda_entry(table_rows[0]) && !group_row(table_rows[0]);
      if (labels) {
        out_ += label_line(table_rows[i]);
      } else if (agenda && group_row(table_rows[i])) {
        out_ += group_words(table_rows[i]);
      } else if (contents) {
        // A group row's page after two blanks, as an entry's: part_divider_of
        // reads "Lukkede punkter  5" as the divider.
        const std::vector<std::string_view> cells = filled(table_rows[i]);
        out_.append(cells[0]);
        if (cells.size() == 2) out_.append("  ").append(cells[1]);
      } else {
        out_ += agenda && !head ? agenda_line(table_rows[i]) : pipe_row(table_rows[i]);
      }
      out_ += '\n';
    }
    out_ += '\n';
  }

  static std::vector<std::string_view> filled(const std::vector<std::string>& texts) {
    std::vector<std::string_view> out;
    for (const std::string& t : texts)
      if (!t.empty()) out.push_back(t);
    return out;
  }

  // "3", "3." or "3)": an item's number 1-999, without its mark; "" if none.
  static std::string_view item_number(std::string_view cell) {
    if (cell.ends_with('.') || cell.ends_with(')')) cell.remove_suffix(1);
    const bool number = !cell.empty() && cell.size() <= 3 && cell.front() != '0' &&
                        cell.find_first_not_of("0123456789") == std::string_view::npos;
    return number ? cell : std::string_view();
  }

  // "| 3. | Budget 2024 |": a number, a title, at most one cell more.
  static bool agenda_entry(const std::vector<std::string>& texts) {
    const std::vector<std::string_view> cells = filled(texts);
    return cells.size() >= 2 && cells.size() <= 3 && !item_number(cells[0]).empty() &&
           !std::isdigit(static_cast<unsigned char>(cells[1][0]));
  }

  static bool all_digits(std::string_view cell) {
    return !cell.empty() && cell.find_first_not_of("0123456789") == std::string_view::npos;
  }

  // "| Lukkede punkter |" between an agenda table's entries: one filled
  // cell of words (a merged row), a page number at most besides it, heads a
  // group of them; written as its words' line, as the html reader writes it
  // (trial BL, review 43).
  static bool group_row(const std::vector<std::string>& texts) {
    const std::vector<std::string_view> cells = filled(texts);
    const auto words = std::count_if(cells.begin(), cells.end(),
                                     [](std::string_view c) { return !all_digits(c); });
    return words == 1 && item_number(cells[0]).empty() && !all_digits(cells[0]);
  }

  static std::string group_words(const std::vector<std::string>& texts) {
    for (const std::string_view cell : filled(texts))
      if (!all_digits(cell)) return std::string(cell);
    return {};
  }

  // "| Godkendelse af dagsorden | 3 |" over "| Salg af ejendom | 10 |": a
  // table of contents of title and page, page numbers rising (not 1, 2, 3
  // counting the rows), group rows between; written as text's contents
  // lines ("Title  3"), as the html reader writes them (review 43).
  static bool is_contents_table(const std::vector<std::vector<std::string>>& rows) {
    constexpr std::size_t max_page = 4;  // digits
    unsigned long last = 0;
    bool counting = true;
    std::size_t entries = 0;
    for (const auto& row : rows) {
      const std::vector<std::string_view> cells = filled(row);
      if (cells.size() == 1 && !all_digits(cells[0])) continue;  // a group row
      if (cells.size() != 2 || all_digits(cells[0]) || !all_digits(cells[1]) ||
          cells[1].size() > max_page || !item_number(cells[0]).empty())
        return false;
      const unsigned long n = std::stoul(std::string(cells[1]));
      if (n < last) return false;
      counting = counting && n == last + 1;
      last = n;
      ++entries;
    }
    return entries >= 2 && !counting;
  }

  // An agenda table: every row an entry, numbers rising, under at most a
  // head row naming a title column ("Pkt. | Emne | Referat"), group rows
  // between them. A member or budget table with a number column has other
  // heads, or more cells.
  static bool is_agenda_table(const std::vector<std::vector<std::string>>& rows) {
    static constexpr std::string_view title_heads[] = {"emne",  "titel", "overskrift",
                                                       "tekst", "sag",   "dagsordenspunkt"};
    std::size_t first = 0;
    if (!agenda_entry(rows[0]) && !group_row(rows[0])) {
      const auto names_title = [](std::string_view cell) {
        std::string head;
        for (const char c : cell)
          if (c != ':' && c != '.')
            head += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return std::find(std::begin(title_heads), std::end(title_heads), head) !=
               std::end(title_heads);
      };
      const std::vector<std::string_view> heads = filled(rows[0]);
      if (rows.size() < 2 || std::none_of(heads.begin(), heads.end(), names_title)) return false;
      first = 1;
    }
    unsigned last = 0;
    for (std::size_t i = first; i < rows.size(); ++i) {
      if (group_row(rows[i])) continue;
      if (!agenda_entry(rows[i])) return false;
      const unsigned n =
          static_cast<unsigned>(std::stoul(std::string(item_number(filled(rows[i])[0]))));
      if (n <= last) return false;
      last = n;
    }
    return last > 0;
  }

  // "3. Budget 2024", as the html reader writes an agenda table's row; a page
  // number after two blanks (a table of contents), any other cell on a line
  // of its own ("| 3. | Budget 2024 | Godkendt. |": the minutes as a table,
  // the item's text under its heading).
  static std::string agenda_line(const std::vector<std::string>& texts) {
    const std::vector<std::string_view> cells = filled(texts);
    std::string line = std::string(item_number(cells[0])) + ". " + std::string(cells[1]);
    if (cells.size() > 2) {
      const bool page = cells[2].find_first_not_of("0123456789") == std::string_view::npos;
      line.append(page ? "  " : "\n").append(cells[2]);
    }
    return line;
  }

  // A word starts with a capital: A-Z, or À-Þ but × (UTF-8 C3 80-9E).
  static bool starts_capital(std::string_view word) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(word[i]); };
    if (word.empty()) return false;
    if (byte(0) >= 'A' && byte(0) <= 'Z') return true;
    return word.size() >= 2 && byte(0) == 0xC3 && byte(1) >= 0x80 && byte(1) <= 0x9E &&
           byte(1) != 0x97;
  }

  // A field's name as a form prints it: one to three words, the first
  // capitalised and no other ("Sagsnr.", "Dok. nr.", "Mødested:"), no digit
  // or bracket. A person's name capitalises every word ("Anne Hansen"),
  // which keeps a two-column member or signature table out.
  static bool is_short_label(std::string_view cell) {
    static constexpr std::size_t max_label_bytes = 40;
    static constexpr std::size_t max_label_words = 3;
    if (cell.empty() || cell.size() > max_label_bytes || !starts_capital(cell) ||
        cell.find_first_of("0123456789()[]{},;|/\\") != std::string_view::npos)
      return false;
    const std::size_t colon = cell.find(':');
    if (colon != std::string_view::npos && colon + 1 != cell.size()) return false;
    std::size_t words = 0;
    for (std::size_t pos = 0; pos < cell.size();) {
      const std::size_t end = std::min(cell.find(' ', pos), cell.size());
      if (end > pos && ++words > 1 && starts_capital(cell.substr(pos, end - pos))) return false;
      pos = end + 1;
    }
    return words <= max_label_words;
  }

  // A form of fields (a case's numbers and handler under its heading, a
  // meeting's date and place): two filled cells a row, a short label on the
  // left of each. Written "Label: value", as such lines read in text, so the
  // label says what the value is (a document number stays one).
  static bool is_label_table(const std::vector<std::vector<std::string>>& rows) {
    return std::all_of(rows.begin(), rows.end(), [](const std::vector<std::string>& row) {
      return row.size() == 2 && is_short_label(row[0]) && !row[1].empty();
    });
  }

  static std::string label_line(const std::vector<std::string>& row) {
    std::string line = row[0];
    if (!line.ends_with(':')) line += ':';
    return line + ' ' + row[1];
  }

  static std::string pipe_row(const std::vector<std::string>& texts) {
    std::string row = "|";
    for (const std::string& cell : texts) row += ' ' + cell + (cell.empty() ? "|" : " |");
    return row;
  }

  const wml& w_;
  const style_sheet& styles_;
  numbering& lists_;
  const page_breaks breaks_;
  std::vector<bool> fields_;  // open fields, innermost last: true once past separate
  std::vector<bool> section_starts_page_;
  std::size_t section_ = 0;       // the section being written, from 0
  bool section_break_ = false;    // the next block starts the next section's first page
  bool cell_page_break_ = false;  // a paragraph of the cells read since reset starts a page
  std::vector<pugi::xml_node> kept_hidden_;  // hidden runs that say closed (read_hidden_markers)
  std::array<bool, 10> label_only_{};        // per heading level: a label-only numbered heading
  std::array<bool, 10> titled_{};            // per heading level: a numbered heading with text
  std::string out_;
};

}  // namespace

std::string body_text(const pugi::xml_document& document, const style_sheet& styles,
                      numbering& lists, page_breaks breaks, std::size_t size_hint) {
  const pugi::xml_node root = document.document_element();
  const wml w(root);
  body_writer writer(w, styles, lists, breaks);
  // Text is about a third of WordprocessingML; growing by doubling from
  // empty would copy it and fault in fresh pages a dozen times.
  writer.reserve(size_hint / 3);
  const pugi::xml_node body = w.child(root, "body");
  writer.read_sections(body);
  writer.read_heading_style(body);
  writer.blocks(body);
  return writer.take();
}

}  // namespace protokol::docx
