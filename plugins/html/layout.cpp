#include "layout.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

#include "element_rules.hpp"
#include "item_table.hpp"
#include "line_builder.hpp"

namespace protokol::html {
namespace {

// Below this depth elements lose their structure (lists, tables, headings)
// and only their text stays: a page nested this deep is hostile or broken.
constexpr std::size_t max_structure_depth = 256;
// Nested list indentation stops growing here.
constexpr int max_list_indent = 8;

struct list_state {
  bool ordered = false;
  long next = 1;
};

struct row_state {
  std::vector<std::vector<std::string>> cells;
  int header_cells = 0;
  int all_cells = 0;
  bool header() const { return header_cells >= 2 && header_cells == all_cells; }
};

struct table_state {
  std::vector<row_state> rows;  ///< the row being built is rows.back()
  bool data = false;            ///< markdown rows (header cells or 3+ columns)
  bool contents = false;        ///< title and page rows (is_contents_table)
  bool header_written = false;
  bool head_read = false;                 ///< the first row with cells is done
  std::vector<column_kind> item_columns;  ///< not empty: one row per item
  std::vector<std::string> heads;         ///< the item table's head cells
};

std::string_view tag(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

// An <ol start> or <li value> as the HTML standard's rules for integers read
// it: blanks, a sign, digits, anything after. No digits, or a number out of
// a 32-bit int's range (as browsers keep it), and the attribute is ignored:
// a fuzzer's start="9223372036854775807" would otherwise overflow on the next
// item.
std::optional<long> list_number(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                           text.front() == '\f' || text.front() == '\r'))
    text.remove_prefix(1);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end == text.data()) return std::nullopt;
  if (negative) value = -value;
  if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
    return std::nullopt;
  return value;
}

bool is_row(const xmlNode* n) { return n->type == XML_ELEMENT_NODE && tag(n) == "tr"; }

std::vector<const xmlNode*> cells_of_row(const xmlNode* row) {
  std::vector<const xmlNode*> cells;
  for (const xmlNode* c = row->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && (tag(c) == "td" || tag(c) == "th")) cells.push_back(c);
  }
  return cells;
}

// "<tr><td>Sagsnr.</td><td>Status</td></tr><tr><td>24/1002</td><td>Lukket</td></tr>":
// a head row of two short labels without digits over a row whose first cell
// holds a number (a case's facts as a Word document saved as HTML gives
// them), not labels beside their values ("Status: Lukket" had been "24/1002:
// Lukket").
bool heads_two_columns(const std::vector<const xmlNode*>& rows) {
  if (rows.size() < 2) return false;
  const std::vector<const xmlNode*> head = cells_of_row(rows[0]);
  const std::vector<const xmlNode*> first = cells_of_row(rows[1]);
  if (head.size() != 2 || first.size() != 2) return false;
  constexpr std::size_t max_label = 24;
  const auto label = [&](const xmlNode* cell) {
    const std::string text = short_text(cell, max_label);
    return !text.empty() && text.size() <= max_label &&
           text.find_first_of("0123456789") == std::string::npos;
  };
  const std::string value = short_text(first[0], max_label);
  return label(head[0]) && label(head[1]) && value.find_first_of("0123456789") != std::string::npos;
}

std::vector<const xmlNode*> rows_of_table(const xmlNode* table) {
  std::vector<const xmlNode*> rows;
  for (const xmlNode* c = table->children; c != nullptr; c = c->next) {
    if (is_row(c)) rows.push_back(c);
    if (c->type == XML_ELEMENT_NODE &&
        (tag(c) == "thead" || tag(c) == "tbody" || tag(c) == "tfoot"))
      for (const xmlNode* r = c->children; r != nullptr; r = r->next)
        if (is_row(r)) rows.push_back(r);
  }
  return rows;
}

// "Godkendelse af dagsorden | 3" over "Closed: Salg af ejendom | 10": a
// table of contents of title and page, two rows at least, every right cell a
// page number not below the one above (trial BL). Its rows are written as
// text's contents lines ("Title  3"), never as labels and values. Numbers
// 1, 2, 3, ... one a row count rows, no pages (a member table's, review 42).
bool is_contents_table(const std::vector<const xmlNode*>& rows) {
  constexpr std::size_t max_page = 4;  // digits
  unsigned long last = 0;
  bool counting = true;  // 1, 2, 3, ...
  std::size_t entries = 0;
  for (const xmlNode* r : rows) {
    const std::vector<const xmlNode*> cells = cells_of_row(r);
    // A group row ("Lukkede punkter" across the table, or beside an empty
    // page cell) between the entries (review 43).
    if (cells.size() == 1 || (cells.size() == 2 && short_text(cells[1], 1).empty())) continue;
    if (cells.size() != 2) return false;
    ++entries;
    const std::string page = short_text(cells[1], max_page + 1);
    if (page.empty() || page.size() > max_page ||
        page.find_first_not_of("0123456789") != std::string::npos)
      return false;
    const unsigned long n = std::stoul(page);
    if (n < last || short_text(cells[0], 1).empty()) return false;
    counting = counting && n == last + 1;
    last = n;
  }
  return entries >= 2 && !counting;
}

// A data table has a header row (two or more <th>, nothing else; or two
// labels over numbers, heads_two_columns) or rows of three or more cells.
// The rest are layout tables: label and value (a <th scope=row> beside a
// <td> too), number and title, title and page (is_contents_table).
bool is_data_table(const std::vector<const xmlNode*>& rows) {
  for (const xmlNode* r : rows) {
    const std::vector<const xmlNode*> cells = cells_of_row(r);
    const auto headers = static_cast<std::size_t>(
        std::count_if(cells.begin(), cells.end(), [](const xmlNode* c) { return tag(c) == "th"; }));
    if (cells.size() >= 3 || (headers >= 2 && headers == cells.size())) return true;
  }
  return heads_two_columns(rows);
}

class walker {
 public:
  explicit walker(line_builder& out) : out_(out) {}

  // Returns whether to descend into the element.
  bool enter(const xmlNode* n);
  void leave(const xmlNode* n);
  void text(const xmlNode* n);
  bool has_h1() const { return has_h1_; }

 private:
  void finish_row();
  bool write_item_head(table_state& table, const row_state& row);
  void write_item_row(const table_state& table, const row_state& row);

  line_builder& out_;
  std::vector<element_kind> kinds_;   ///< per entered element
  std::vector<bool> in_parentheses_;  ///< per entered element: its text is written in "( )"
  std::vector<list_state> lists_;
  std::vector<table_state> tables_;
  std::vector<std::size_t> cell_marks_;
  int bold_ = 0;
  int pre_ = 0;
  int heading_ = 0;
  bool has_h1_ = false;
};

void walker::text(const xmlNode* n) {
  if (n->content == nullptr) return;
  const std::string_view content = reinterpret_cast<const char*>(n->content);
  if (content.find("<![") == std::string_view::npos) {
    out_.add_text(content, bold_ > 0, pre_ > 0);
    return;
  }
  // Word's downlevel-revealed conditionals (<![if !supportLists]> ...
  // <![endif]>) are comments to browsers; libxml2 2.9 keeps them as text.
  static const RE2 conditional(R"(<!\[(?:if [^\]>]*|endif)\]>)");
  std::string cleaned(content);
  RE2::GlobalReplace(&cleaned, conditional, "");
  out_.add_text(cleaned, bold_ > 0, pre_ > 0);
}

bool walker::enter(const xmlNode* n) {
  // Before the drop rules: a marker may be text only screen readers get.
  if (const std::string marker = closed_marker(n, heading_ > 0); !marker.empty()) {
    out_.add_marker(marker, bold_ > 0, heading_ > 0);
    return false;
  }
  // A lock icon that opens a line outside a heading ("<div
  // class="card-header"><i class="fa-lock"></i> 110 Salg af grund</div>"),
  // or ends one its item's number leads ("2 Køb af ejendom <i
  // class="fa-lock"></i>"): the marker goes after the line's text, as in a
  // heading.
  if ((out_.at_line_start() || out_.line_led_by_number()) && is_lock_icon(n)) {
    out_.add_marker("Lukket", bold_ > 0, true);
    return false;
  }
  if (is_dropped(n)) return false;
  element_kind kind = kind_of(n);
  if (kinds_.size() >= max_structure_depth && kind != element_kind::bold)
    kind = element_kind::inline_;
  if (kind == element_kind::cell && (tables_.empty() || tables_.back().rows.empty()))
    kind = element_kind::line;
  if (kind == element_kind::row && tables_.empty()) kind = element_kind::line;
  kinds_.push_back(kind);
  // "<li>Ditte Holm <span class="party">C</span> <span class="badge">Afbud</span>":
  // a member's party, role or attendance in an element of its own is
  // written "Ditte Holm (C) (Afbud)", as lists of members write them.
  // ("(Lukket punkt)" in such an element has its own parentheses.)
  constexpr std::size_t detail_probe = 8;
  const bool parenthesised = kind == element_kind::inline_ && is_member_detail(n) &&
                             !short_text(n, detail_probe).starts_with('(');
  in_parentheses_.push_back(parenthesised);
  if (parenthesised) out_.add_text(" (", bold_ > 0, false);
  switch (kind) {
    case element_kind::inline_:
      break;
    case element_kind::bold:
      ++bold_;
      break;
    case element_kind::paragraph:
      out_.paragraph_break();
      if (const std::string_view label = decision_block_label(n); !label.empty()) {
        out_.add_text(label, false, false);  // the section heading the class stands for
        out_.paragraph_break();
      }
      break;
    case element_kind::line:
      out_.line_break();
      break;
    case element_kind::heading: {
      const int level = heading_level(n);
      if (level == 1) has_h1_ = true;
      out_.paragraph_break();
      out_.set_prefix(std::string(static_cast<std::size_t>(level), '#') + " ", true);
      ++heading_;
      // <h2 title="Lukket punkt">: the heading's own label says it.
      if (const std::string words = heading_label_marker(n); !words.empty())
        out_.add_marker(words, bold_ > 0, true);
      break;
    }
    case element_kind::pre:
      out_.paragraph_break();
      out_.enter_no_join();
      ++pre_;
      break;
    case element_kind::list: {
      if (lists_.empty()) out_.paragraph_break();
      out_.enter_tight();
      list_state list;
      list.ordered = tag(n) == "ol";
      if (const auto start = list_number(attribute(n, "start"))) list.next = *start;
      lists_.push_back(list);
      break;
    }
    case element_kind::list_item: {
      out_.line_break();
      if (lists_.empty()) break;
      list_state& list = lists_.back();
      const std::string indent(2 * std::min<std::size_t>(lists_.size() - 1, max_list_indent), ' ');
      if (list.ordered) {
        if (const auto value = list_number(attribute(n, "value"))) list.next = *value;
        out_.set_prefix(indent + std::to_string(list.next++) + ". ", false);
      } else {
        out_.set_prefix(indent + "- ", false);
      }
      break;
    }
    case element_kind::table: {
      out_.paragraph_break();
      out_.enter_no_join();
      table_state table;
      const std::vector<const xmlNode*> rows = rows_of_table(n);
      table.data = is_data_table(rows);
      table.contents = !table.data && is_contents_table(rows);
      tables_.push_back(std::move(table));
      break;
    }
    case element_kind::row:
      out_.line_break();
      tables_.back().rows.emplace_back();
      break;
    case element_kind::cell:
      out_.enter_tight();
      cell_marks_.push_back(out_.mark());
      if (tag(n) == "th") tables_.back().rows.back().header_cells++;
      tables_.back().rows.back().all_cells++;
      break;
    case element_kind::line_break:
      // A <br> in a heading would split it; there it is a blank.
      if (heading_ > 0) {
        out_.add_text(" ", false, false);
      } else {
        out_.line_break();
      }
      break;
    case element_kind::rule:
      out_.paragraph_break();
      break;
  }
  return true;
}

void walker::leave(const xmlNode* n) {
  (void)n;
  const element_kind kind = kinds_.back();
  kinds_.pop_back();
  if (in_parentheses_.back()) out_.add_text(")", bold_ > 0, false);
  in_parentheses_.pop_back();
  switch (kind) {
    case element_kind::inline_:
    case element_kind::line_break:
    case element_kind::rule:
      break;
    case element_kind::bold:
      --bold_;
      break;
    case element_kind::paragraph:
      out_.paragraph_break();
      break;
    case element_kind::line:
      out_.line_break();
      break;
    case element_kind::heading:
      out_.paragraph_break();
      --heading_;
      break;
    case element_kind::pre:
      out_.paragraph_break();
      out_.leave_no_join();
      --pre_;
      break;
    case element_kind::list:
      lists_.pop_back();
      out_.leave_tight();
      if (lists_.empty()) out_.paragraph_break();
      break;
    case element_kind::list_item:
      out_.line_break();
      break;
    case element_kind::table:
      tables_.pop_back();
      out_.leave_no_join();
      out_.paragraph_break();
      break;
    case element_kind::row:
      finish_row();
      break;
    case element_kind::cell: {
      std::vector<std::string> lines = out_.take_since(cell_marks_.back());
      cell_marks_.pop_back();
      out_.leave_tight();
      tables_.back().rows.back().cells.push_back(std::move(lines));
      break;
    }
  }
}

std::string markdown_row(const std::vector<std::string>& cells) {
  std::string row = "|";
  for (const auto& cell : cells) {
    row += ' ';
    for (const char c : cell) {
      if (c == '|') row += '\\';
      row += c;
    }
    row += " |";
  }
  return row;
}

void walker::finish_row() {
  table_state& table = tables_.back();
  const row_state row = std::move(table.rows.back());
  table.rows.back() = {};
  if (row.cells.empty()) return;
  const bool first = !table.head_read;
  table.head_read = true;
  if (first && write_item_head(table, row)) return;
  if (!table.item_columns.empty()) {
    write_item_row(table, row);
    return;
  }
  bool single_lines = true;
  std::vector<std::string> texts;
  for (const auto& cell : row.cells) {
    if (cell.size() > 1) single_lines = false;
    if (!cell.empty()) texts.push_back(strip_bold(cell.front()));
  }
  if (!single_lines) {
    // A cell of paragraphs cannot share a line: the cells follow one another.
    for (const auto& cell : row.cells)
      for (const auto& line : cell) out_.add_line(line);
    return;
  }
  if (texts.empty()) return;
  const std::string_view number = lone_item_number(texts[0]);
  if (texts.size() >= 2 && !number.empty() && !texts[1].empty() &&
      !std::isdigit(static_cast<unsigned char>(texts[1][0]))) {
    // An agenda table: number | title [| more]. More cells (a page number)
    // follow after two blanks, as in a table of contents.
    std::string line = std::string(number) + ". " + texts[1];
    for (std::size_t i = 2; i < texts.size(); ++i) line += "  " + texts[i];
    out_.add_line(std::move(line));
    return;
  }
  if (table.data) {
    std::vector<std::string> cells;
    for (const auto& cell : row.cells)
      cells.push_back(cell.empty() ? "" : strip_bold(cell.front()));
    out_.add_line(markdown_row(cells));
    if (row.header() && !table.header_written) {
      out_.add_line(markdown_row(std::vector<std::string>(cells.size(), "---")));
    }
    table.header_written = true;
    return;
  }
  if (texts.size() == 1) {
    out_.add_line(texts.front());
    return;
  }
  if (table.contents) {
    out_.add_line(texts.size() == 2 ? texts[0] + "  " + texts[1] : texts[0]);
    return;
  }
  // Label and value: "Mødedato: Mandag d. 21. november 2022" reads as the
  // header lines of text minutes do.
  std::string line = texts[0];
  const char last = line.back();
  line += (last == ':' || last == '.') ? " " : ": ";
  line += texts[1];
  out_.add_line(std::move(line));
}

// A head row naming a number, a title and a section column (`Pkt. | Emne |
// Sagsnr. | Beslutning`): the minutes are this table. Its head stays a
// markdown head row; each row below becomes an item.
bool walker::write_item_head(table_state& table, const row_state& row) {
  std::vector<std::string> heads;
  for (const auto& cell : row.cells) {
    if (cell.size() > 1) return false;
    heads.push_back(cell.empty() ? "" : strip_bold(cell.front()));
  }
  table.item_columns = item_table_columns(heads);
  if (table.item_columns.empty()) return false;
  out_.add_line(markdown_row(heads));
  out_.add_line(markdown_row(std::vector<std::string>(heads.size(), "---")));
  table.header_written = true;
  table.heads = std::move(heads);
  return true;
}

void walker::write_item_row(const table_state& table, const row_state& row) {
  const std::vector<std::string> lines = item_row_lines(table.item_columns, table.heads, row.cells);
  if (lines.empty()) {
    // No item (a group row "Lukkede punkter"): its text stays, line by line.
    for (const auto& cell : row.cells)
      for (const auto& line : cell) out_.add_line(line);
    return;
  }
  for (const auto& line : lines) {
    if (line.empty()) {
      out_.paragraph_break();
    } else {
      out_.add_line(line);
    }
  }
}

// The document's <title>, whitespace collapsed.
std::string page_title(const xmlNode* root) {
  for (const xmlNode* c = root->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || tag(c) != "head") continue;
    for (const xmlNode* t = c->children; t != nullptr; t = t->next) {
      if (t->type == XML_ELEMENT_NODE && tag(t) == "title") return short_text(t, 400);
    }
  }
  return {};
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  }
  return true;
}

std::string_view first_line_text(std::string_view text) {
  std::string_view line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.front() == '#' || line.front() == '*' || line.front() == ' '))
    line.remove_prefix(1);
  return line;
}

}  // namespace

std::string lay_out(xmlDoc* doc, bool keep_title) {
  const xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return {};
  line_builder out;
  walker walk(out);
  // Iterative depth-first walk over the parent/next pointers.
  const xmlNode* n = root;
  bool descend = walk.enter(n);
  if (descend && n->children != nullptr) {
    n = n->children;
    for (;;) {
      bool entered = false;
      if (n->type == XML_ELEMENT_NODE) {
        entered = walk.enter(n);
      } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        walk.text(n);
      }
      if (entered && n->children != nullptr) {
        n = n->children;
        continue;
      }
      if (entered) walk.leave(n);
      while (n->next == nullptr && n->parent != root) {
        n = n->parent;
        walk.leave(n);
      }
      if (n->next == nullptr) break;
      n = n->next;
    }
  }
  if (descend) walk.leave(root);
  std::string text = out.finish();
  if (!keep_title || walk.has_h1()) return text;
  const std::string title = page_title(root);
  if (title.empty() || starts_with_nocase(first_line_text(text), title)) return text;
  return text.empty() ? title : title + "\n\n" + text;
}

}  // namespace protokol::html
