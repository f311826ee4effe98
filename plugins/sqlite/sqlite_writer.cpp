#include "sqlite_writer.hpp"

#include <export_common/page_map.hpp>
#include <export_common/public_view.hpp>
#include <export_common/vote_counts.hpp>

namespace protokol::sqlite_export {
namespace {

std::int64_t to_int(std::size_t value) { return static_cast<std::int64_t>(value); }

void append_paragraph(std::string& out, std::string_view text) {
  if (text.empty()) return;
  if (!out.empty()) out += "\n\n";
  out += text;
}

}  // namespace

document_writer::document_writer(connection& db)
    : db_(db),
      erase_(db.prepare("DELETE FROM documents WHERE key = ?1")),
      document_(db.prepare(
          "INSERT INTO documents (key, path, sha256, bytes, format, dialect, encoding, confidence) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")),
      meeting_(db.prepare(
          "INSERT INTO meetings (document, title, committee, municipality, date, start_time, "
          "location, front_matter) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")),
      item_(db.prepare("INSERT INTO items (document, position, number, title, closed, withheld, "
                       "decision, start_offset, end_offset, page) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")),
      section_(db.prepare("INSERT INTO sections (item_id, position, heading, kind, text, "
                          "start_offset, end_offset) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")),
      case_number_(
          db.prepare("INSERT INTO case_numbers (item_id, position, value) VALUES (?1, ?2, ?3)")),
      document_number_(db.prepare(
          "INSERT INTO document_numbers (item_id, position, value) VALUES (?1, ?2, ?3)")),
      attachment_(
          db.prepare("INSERT INTO attachments (item_id, position, name) VALUES (?1, ?2, ?3)")),
      vote_(
          db.prepare("INSERT INTO votes (item_id, side, position, voter) VALUES (?1, ?2, ?3, ?4)")),
      vote_count_(db.prepare("INSERT INTO vote_counts (item_id, unanimous, for_count, "
                             "against_count, abstained_count) VALUES (?1, ?2, ?3, ?4, ?5)")),
      attendance_(db.prepare("INSERT INTO attendance (document, item_id, name, party, role, "
                             "status) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
      entity_(db.prepare("INSERT INTO entities (document, position, type, text, value, item, "
                         "start_offset, end_offset, party, role, style) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")),
      warning_(
          db.prepare("INSERT INTO warnings (document, position, message) VALUES (?1, ?2, ?3)")),
      fts_(db.prepare("INSERT INTO items_fts (rowid, title, body) VALUES (?1, ?2, ?3)")) {}

void document_writer::erase(std::string_view key) { erase_.bind(1, key).run(); }

void document_writer::insert(const document& doc, bool public_mode) {
  const source_info& s = doc.source;
  document_.bind(1, doc.key)
      .bind(2, s.path)
      .bind(3, s.sha256)
      .bind(4, static_cast<std::int64_t>(s.bytes))
      .bind_optional(5, s.format)
      .bind_optional(6, s.dialect)
      .bind_optional(7, s.encoding)
      .bind(8, s.confidence)
      .run();
  const meeting_info& m = doc.meeting;
  meeting_.bind(1, doc.key)
      .bind_optional(2, m.title)
      .bind_optional(3, m.committee)
      .bind_optional(4, m.municipality)
      .bind_optional(5, m.date)
      .bind_optional(6, m.start_time)
      .bind_optional(7, m.location)
      .bind_optional(8, m.front_matter)
      .run();
  insert_participants(doc);
  const export_common::public_view view(doc, public_mode);
  const export_common::page_map pages(doc);
  for (std::size_t i = 0; i < doc.items.size(); ++i) {
    const item& it = doc.items[i];
    insert_item(doc, it, i, view.withholds_body(it), pages.page_of(it.start));
  }
  std::vector<bool> kept(doc.entities.size());
  for (std::size_t i = 0; i < kept.size(); ++i) kept[i] = view.keeps_entity(i);
  insert_entities(doc, kept);
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    if (!view.keeps_warning(i)) continue;
    warning_.bind(1, doc.key).bind(2, to_int(i)).bind(3, doc.warnings[i]).run();
  }
}

void document_writer::insert_item(const document& doc, const item& it, std::size_t position,
                                  bool withhold, std::optional<std::size_t> page) {
  item_.bind(1, doc.key)
      .bind(2, to_int(position))
      .bind(3, it.number)
      .bind(4, it.title)
      .bind(5, std::int64_t{it.closed})
      .bind(6, std::int64_t{withhold});
  // NULL tells "withheld" apart from an item that has no decision ('').
  if (withhold) {
    item_.bind_null(7);
  } else {
    item_.bind(7, it.decision);
  }
  item_.bind(8, to_int(it.start)).bind(9, to_int(it.end));
  if (page) {
    item_.bind(10, to_int(*page));
  } else {
    item_.bind_null(10);
  }
  item_.run();
  const std::int64_t item_id = db_.last_insert_id();
  for (std::size_t i = 0; i < it.case_numbers.size(); ++i)
    case_number_.bind(1, item_id).bind(2, to_int(i)).bind(3, it.case_numbers[i]).run();
  if (withhold) return;
  insert_body(it, item_id);
  for (const std::string& name : it.absent) {
    attendance_.bind(1, doc.key)
        .bind(2, item_id)
        .bind(3, name)
        .bind_null(4)
        .bind_null(5)
        .bind(6, std::string_view("absent"))
        .run();
  }
  const std::string body = full_text_body(it);
  fts_.bind(1, item_id).bind(2, it.title).bind(3, body).run();
}

void document_writer::insert_body(const item& it, std::int64_t item_id) {
  for (std::size_t i = 0; i < it.sections.size(); ++i) {
    const section& s = it.sections[i];
    section_.bind(1, item_id)
        .bind(2, to_int(i))
        .bind(3, s.heading)
        .bind(4, s.kind)
        .bind(5, s.text)
        .bind(6, to_int(s.start))
        .bind(7, to_int(s.end))
        .run();
  }
  for (std::size_t i = 0; i < it.document_numbers.size(); ++i)
    document_number_.bind(1, item_id).bind(2, to_int(i)).bind(3, it.document_numbers[i]).run();
  for (std::size_t i = 0; i < it.attachments.size(); ++i)
    attachment_.bind(1, item_id).bind(2, to_int(i)).bind(3, it.attachments[i]).run();
  const std::pair<std::string_view, const std::vector<std::string>*> sides[] = {
      {"for", &it.votes.for_}, {"against", &it.votes.against}, {"abstained", &it.votes.abstained}};
  for (const auto& [side, voters] : sides) {
    for (std::size_t i = 0; i < voters->size(); ++i)
      vote_.bind(1, item_id).bind(2, side).bind(3, to_int(i)).bind(4, (*voters)[i]).run();
  }
  // A row only where the minutes say "enstemmigt" or count a side; NULL for
  // a side they do not count.
  const vote_record& v = it.votes;
  if (!export_common::has_vote_counts(v)) return;
  vote_count_.bind(1, item_id).bind(2, std::int64_t{v.unanimous});
  int column = 3;
  for (const int count : {v.for_count, v.against_count, v.abstained_count}) {
    if (count < 0) {
      vote_count_.bind_null(column++);
    } else {
      vote_count_.bind(column++, std::int64_t{count});
    }
  }
  vote_count_.run();
}

void document_writer::insert_participants(const document& doc) {
  for (const participant& p : doc.meeting.participants) {
    attendance_.bind(1, doc.key)
        .bind_null(2)
        .bind(3, p.name)
        .bind_optional(4, p.party)
        .bind_optional(5, p.role)
        .bind(6, p.status)
        .run();
  }
}

void document_writer::insert_entities(const document& doc, const std::vector<bool>& kept) {
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    if (!kept[i]) continue;
    const entity& e = doc.entities[i];
    entity_.bind(1, doc.key)
        .bind(2, to_int(i))
        .bind(3, e.type)
        .bind(4, e.text)
        .bind(5, e.value)
        .bind_optional(6, e.item)
        .bind(7, to_int(e.start))
        .bind(8, to_int(e.end))
        .bind_optional(9, e.party)
        .bind_optional(10, e.role)
        .bind_optional(11, e.style)
        .run();
  }
}

std::string full_text_body(const item& it) {
  std::string body;
  for (const section& s : it.sections) append_paragraph(body, s.text);
  append_paragraph(body, it.decision);
  return body;
}

}  // namespace protokol::sqlite_export
