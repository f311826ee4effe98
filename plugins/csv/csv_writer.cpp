#include "csv_writer.hpp"

#include <charconv>
#include <export_common/decimal.hpp>
#include <export_common/entity_fields.hpp>
#include <export_common/page_map.hpp>
#include <export_common/piece_writer.hpp>
#include <export_common/plain_scan.hpp>
#include <export_common/public_view.hpp>
#include <export_common/vote_counts.hpp>
#include <iterator>
#include <stdexcept>
#include <utf8/utf8.hpp>

namespace protokol::csv_export {
namespace {

constexpr std::string_view meeting_columns[] = {
    "document",      "source_path",    "source_sha256",   "source_bytes",
    "source_format", "source_dialect", "source_encoding", "source_confidence",
    "title",         "committee",      "municipality",    "date",
    "start_time",    "location",       "front_matter"};
constexpr std::string_view item_columns[] = {
    "document", "number",      "title",  "closed", "case_numbers", "document_numbers",
    "decision", "attachments", "absent", "start",  "end",          "page"};
constexpr std::string_view entity_columns[] = {"document", "type", "text",  "value", "item",
                                               "start",    "end",  "party", "role",  "style"};
constexpr std::string_view attendance_columns[] = {"document", "item", "name",
                                                   "party",    "role", "status"};
constexpr std::string_view vote_columns[] = {"document", "item", "side", "voter"};
constexpr std::string_view vote_count_columns[] = {"document", "item",    "unanimous",
                                                   "for",      "against", "abstained"};

// OWASP's list: what Excel, LibreOffice and Google Sheets start a formula with.
bool starts_formula(std::string_view value) {
  if (value.empty()) return false;
  switch (value.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

// One pass for both questions a cell asks: must it be quoted, and must
// ill-formed UTF-8 be replaced.
struct cell_scan {
  bool quote = false;
  bool valid = true;
};

// `scan` stops at the separator, the quote and controls.
cell_scan scan_cell(std::string_view value, char separator,
                    const export_common::plain_scan_of_two& scan) {
  cell_scan result;
  for (std::size_t pos = scan.skip(value, 0); pos < value.size(); pos = scan.skip(value, pos)) {
    const char c = value[pos];
    if (static_cast<unsigned char>(c) >= 0x80) {
      const std::size_t length = utf8::utf8_char_length(value, pos);
      if (length == 0) {
        result.valid = false;
        ++pos;
      } else {
        pos += length;
      }
      continue;
    }
    if (c == separator || c == '"' || c == '\n' || c == '\r') {
      // Quoted, then: the rest only has to be checked for UTF-8, which
      // does not stop at each of a long text's line breaks.
      result.quote = true;
      if (result.valid) result.valid = utf8::is_valid_utf8(value.substr(pos + 1));
      return result;
    }
    ++pos;
  }
  return result;
}

void append_quoted(std::string& out, std::string_view value) {
  std::size_t run = 0;
  for (std::size_t i = value.find('"'); i != std::string_view::npos; i = value.find('"', run)) {
    out.append(value.substr(run, i + 1 - run));
    out.push_back('"');
    run = i + 1;
  }
  out.append(value.substr(run));
}

void meeting_row(std::string& out, const document& doc, std::string_view key_cell,
                 const csv_options& options) {
  const source_info& s = doc.source;
  const meeting_info& m = doc.meeting;
  row_writer(out, options)
      .cell(key_cell)
      .text(s.path)
      .text(s.sha256)
      .number(s.bytes)
      .text(s.format)
      .text(s.dialect)
      .text(s.encoding)
      .real(s.confidence)
      .text(m.title)
      .text(m.committee)
      .text(m.municipality)
      .text(m.date)
      .text(m.start_time)
      .text(m.location)
      .text(m.front_matter)
      .end();
}

void item_row(std::string& out, std::string_view key_cell, const item& it, bool withhold_body,
              std::optional<std::size_t> page, const csv_options& options) {
  static const std::vector<std::string> none;
  row_writer row(out, options);
  row.cell(key_cell).text(it.number).text(it.title).flag(it.closed).list(it.case_numbers);
  row.list(withhold_body ? none : it.document_numbers)
      .text(withhold_body ? std::string_view() : std::string_view(it.decision))
      .list(withhold_body ? none : it.attachments)
      .list(withhold_body ? none : it.absent)
      .number(it.start)
      .number(it.end);
  if (page) {
    row.number(*page);
  } else {
    row.text("");
  }
  row.end();
}

void entity_row(std::string& out, std::string_view key_cell, const entity& e,
                const csv_options& options) {
  const bool person = export_common::has_party_and_role(e);
  const bool number = export_common::has_style(e);
  row_writer(out, options)
      .cell(key_cell)
      .text(e.type)
      .text(e.text)
      .text(e.value)
      .text(e.item)
      .number(e.start)
      .number(e.end)
      .text(person ? std::string_view(e.party) : std::string_view())
      .text(person ? std::string_view(e.role) : std::string_view())
      .text(number ? std::string_view(e.style) : std::string_view())
      .end();
}

void vote_rows(std::string& out, std::string_view key_cell, const item& it,
               const csv_options& options) {
  const std::pair<const char*, const std::vector<std::string>*> sides[] = {
      {"for", &it.votes.for_}, {"against", &it.votes.against}, {"abstained", &it.votes.abstained}};
  for (const auto& [side, voters] : sides) {
    for (const std::string& voter : *voters) {
      row_writer(out, options).cell(key_cell).text(it.number).text(side).text(voter).end();
    }
  }
}

// One row per item whose minutes say "enstemmigt" or count a side; a side
// without a count has an empty cell.
void vote_count_row(std::string& out, std::string_view key_cell, const item& it,
                    const csv_options& options) {
  const vote_record& v = it.votes;
  if (!export_common::has_vote_counts(v)) return;
  row_writer row(out, options);
  row.cell(key_cell).text(it.number).flag(v.unanimous);
  for (const int count : {v.for_count, v.against_count, v.abstained_count}) {
    if (count < 0) {
      row.text("");
    } else {
      row.number(static_cast<std::uint64_t>(count));
    }
  }
  row.end();
}

// Guesses at the sizes of the two largest tables, so that they are not
// grown row by row; a short guess costs a growth, a long one memory for a
// moment. An entity's row is some 65 bytes past the key; an item's is
// mostly its title and decision.
void reserve_largest_tables(document_rows& rows, const document& doc, std::size_t key_bytes) {
  rows[static_cast<std::size_t>(table::entities)].reserve(doc.entities.size() * (key_bytes + 80));
  std::size_t items_bytes = 0;
  for (const item& it : doc.items)
    items_bytes += key_bytes + it.title.size() + it.decision.size() + 128;
  rows[static_cast<std::size_t>(table::items)].reserve(items_bytes);
}

}  // namespace

char parse_separator(std::string_view value) {
  if (value == "tab" || value == "\t") return '\t';
  if (value.size() == 1) {
    const char c = value.front();
    const bool punctuation = c > ' ' && c < 0x7f && !(c >= '0' && c <= '9') &&
                             !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z');
    if (punctuation && c != '"' && c != '\'') return c;
  }
  throw std::invalid_argument(
      "separator must be one punctuation character such as \",\" or \";\", or \"tab\"; got \"" +
      std::string(value) + "\"");
}

row_writer& row_writer::text(std::string_view value) {
  separate();
  // An empty cell (a party or role on an entity that is no person, a style
  // on one that is no number, a decision the minutes do not give) is the
  // separator alone: nothing to neutralise, quote or scrub.
  if (value.empty()) return *this;
  const bool neutralize = options_.neutralize_formulas && starts_formula(value);
  const cell_scan scan = scan_cell(value, options_.separator, scan_);
  if (scan.valid && !scan.quote && value.size() <= max_buffered_cell) {
    char* to = room(value.size() + 1);
    if (neutralize) *to++ = '\'';
    commit(export_common::copy_piece(to, value));
    return *this;
  }
  append_cell(value, neutralize, scan.quote, scan.valid);
  return *this;
}

void row_writer::append_cell(std::string_view value, bool neutralize, bool quote, bool valid) {
  flush();
  if (quote) out_.push_back('"');
  if (neutralize) out_.push_back('\'');
  if (valid) {
    if (quote) {
      append_quoted(out_, value);
    } else {
      out_.append(value);
    }
  } else {
    std::string scrubbed;
    utf8::append_scrubbed_utf8(scrubbed, value);
    append_quoted(out_, scrubbed);
  }
  if (quote) out_.push_back('"');
}

row_writer& row_writer::list(const std::vector<std::string>& values) {
  if (values.size() == 1) return text(values.front());
  if (values.empty()) return text({});
  // Sized once: an item's attachments or document numbers joined by growing
  // the string would reallocate it several times.
  std::size_t joined_size = values.size() - 1;  // the line breaks
  for (const std::string& value : values) joined_size += value.size();
  std::string joined;
  joined.reserve(joined_size);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i != 0) joined.push_back('\n');
    joined.append(values[i]);
  }
  return text(joined);
}

row_writer& row_writer::number(std::uint64_t value) {
  separate();
  commit(export_common::put_decimal(room(20), value));
  return *this;
}

row_writer& row_writer::real(double value) {
  separate();
  char* const to = room(32);
  commit(std::to_chars(to, to + 32, value).ptr);
  return *this;
}

row_writer& row_writer::flag(bool value) {
  separate();
  commit(export_common::copy_piece(room(5), value ? "true" : "false"));
  return *this;
}

std::string row_writer::cell_of(std::string_view value, const csv_options& options) {
  std::string bytes;
  row_writer writer(bytes, options);
  writer.text(value).flush();
  return bytes;
}

row_writer& row_writer::cell(std::string_view bytes) {
  separate();
  if (bytes.size() <= buffer_bytes) {
    commit(export_common::copy_piece(room(bytes.size()), bytes));
    return *this;
  }
  flush();
  out_.append(bytes);
  return *this;
}

void row_writer::end() {
  char* const to = room(2);
  to[0] = '\r';
  to[1] = '\n';
  commit(to + 2);
  flush();
}

document_rows to_rows(const document& doc, const csv_options& options) {
  const export_common::public_view view(doc, options.public_mode);
  document_rows rows;
  // The key starts every row: scanned, quoted and neutralised once.
  const std::string key_cell = row_writer::cell_of(doc.key, options);
  reserve_largest_tables(rows, doc, key_cell.size());
  meeting_row(rows[static_cast<std::size_t>(table::meetings)], doc, key_cell, options);
  std::string& attendance = rows[static_cast<std::size_t>(table::attendance)];
  for (const participant& p : doc.meeting.participants) {
    row_writer(attendance, options)
        .cell(key_cell)
        .text("")
        .text(p.name)
        .text(p.party)
        .text(p.role)
        .text(p.status)
        .end();
  }
  const export_common::page_map pages(doc);
  for (const item& it : doc.items) {
    const bool withhold = view.withholds_body(it);
    item_row(rows[static_cast<std::size_t>(table::items)], key_cell, it, withhold,
             pages.page_of(it.start), options);
    if (withhold) continue;
    for (const std::string& name : it.absent) {
      row_writer(attendance, options)
          .cell(key_cell)
          .text(it.number)
          .text(name)
          .text("")
          .text("")
          .text("absent")
          .end();
    }
    vote_rows(rows[static_cast<std::size_t>(table::votes)], key_cell, it, options);
    vote_count_row(rows[static_cast<std::size_t>(table::vote_counts)], key_cell, it, options);
  }
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    if (view.keeps_entity(i))
      entity_row(rows[static_cast<std::size_t>(table::entities)], key_cell, doc.entities[i],
                 options);
  }
  return rows;
}

std::vector<std::string_view> columns(table t) {
  switch (t) {
    case table::meetings:
      return {std::begin(meeting_columns), std::end(meeting_columns)};
    case table::items:
      return {std::begin(item_columns), std::end(item_columns)};
    case table::entities:
      return {std::begin(entity_columns), std::end(entity_columns)};
    case table::attendance:
      return {std::begin(attendance_columns), std::end(attendance_columns)};
    case table::votes:
      return {std::begin(vote_columns), std::end(vote_columns)};
    case table::vote_counts:
      return {std::begin(vote_count_columns), std::end(vote_count_columns)};
  }
  return {};
}

std::string header(table t, const csv_options& options) {
  std::string out;
  row_writer row(out, options);
  for (const std::string_view column : columns(t)) row.text(column);
  row.end();
  return out;
}

}  // namespace protokol::csv_export
