#include "convert.hpp"

#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "model.hpp"

namespace py = pybind11;
using namespace pybind11::literals;

namespace protokol::python {
namespace {

py::list string_list(const std::vector<std::string>& values) {
  py::list out;
  for (const auto& v : values) out.append(py::str(v));
  return out;
}

py::object meeting_to_python(const py::module_& m, const meeting_info& meeting) {
  py::list participants;
  for (const auto& p : meeting.participants)
    participants.append(m.attr("Participant")("name"_a = p.name, "party"_a = p.party,
                                              "role"_a = p.role, "status"_a = p.status));
  return m.attr("Meeting")("title"_a = meeting.title, "committee"_a = meeting.committee,
                           "municipality"_a = meeting.municipality, "date"_a = meeting.date,
                           "start_time"_a = meeting.start_time, "location"_a = meeting.location,
                           "participants"_a = participants,
                           "front_matter"_a = meeting.front_matter);
}

py::object item_to_python(const py::module_& m, const item& it, const text_index& index) {
  py::list sections;
  for (const auto& s : it.sections)
    sections.append(m.attr("Section")("heading"_a = s.heading, "kind"_a = s.kind, "text"_a = s.text,
                                      "start"_a = index.char_at(s.start),
                                      "end"_a = index.char_at(s.end)));
  const auto count = [](int n) { return n < 0 ? py::object(py::none()) : py::object(py::int_(n)); };
  py::object votes = m.attr("Votes")(
      "for_"_a = string_list(it.votes.for_), "against"_a = string_list(it.votes.against),
      "abstained"_a = string_list(it.votes.abstained), "unanimous"_a = it.votes.unanimous,
      "for_count"_a = count(it.votes.for_count), "against_count"_a = count(it.votes.against_count),
      "abstained_count"_a = count(it.votes.abstained_count));
  return m.attr("Item")("number"_a = it.number, "title"_a = it.title, "closed"_a = it.closed,
                        "case_numbers"_a = string_list(it.case_numbers),
                        "document_numbers"_a = string_list(it.document_numbers),
                        "sections"_a = sections, "decision"_a = it.decision, "votes"_a = votes,
                        "attachments"_a = string_list(it.attachments),
                        "absent"_a = string_list(it.absent), "start"_a = index.char_at(it.start),
                        "end"_a = index.char_at(it.end));
}

py::object entity_to_python(const py::module_& m, const entity& e, const text_index& index) {
  return m.attr("Entity")("type"_a = e.type, "text"_a = e.text, "value"_a = e.value,
                          "item"_a = e.item, "start"_a = index.char_at(e.start),
                          "end"_a = index.char_at(e.end), "party"_a = e.party, "role"_a = e.role,
                          "style"_a = e.style);
}

// Reads the fields of one Python object under a path such as "items[3]",
// which every error message starts with.
class field_reader {
 public:
  field_reader(py::object object, std::string path, const text_index& index)
      : object_(std::move(object)), path_(std::move(path)), index_(index) {}

  std::string string(const char* name) const {
    const py::object v = get(name);
    if (!py::isinstance<py::str>(v)) fail(name, "expected str, got " + type_name(v));
    return v.cast<std::string>();
  }
  bool boolean(const char* name) const {
    const py::object v = get(name);
    if (!py::isinstance<py::bool_>(v)) fail(name, "expected bool, got " + type_name(v));
    return v.cast<bool>();
  }
  double real(const char* name) const {
    const py::object v = get(name);
    if (py::isinstance<py::bool_>(v) ||
        !(py::isinstance<py::float_>(v) || py::isinstance<py::int_>(v)))
      fail(name, "expected float, got " + type_name(v));
    return v.cast<double>();
  }
  /// A str index into doc.text, returned as the byte offset.
  std::size_t offset(const char* name) const {
    const py::object v = get(name);
    if (py::isinstance<py::bool_>(v) || !py::isinstance<py::int_>(v))
      fail(name, "expected int, got " + type_name(v));
    int overflow = 0;
    const long long i = PyLong_AsLongLongAndOverflow(v.ptr(), &overflow);
    if (overflow != 0 || i < 0 || static_cast<unsigned long long>(i) > index_.char_count())
      fail(name, py::str(v).cast<std::string>() + " is outside the text (0.." +
                     std::to_string(index_.char_count()) + ")");
    return index_.byte_at(static_cast<std::size_t>(i));
  }
  /// A vote count: None (the minutes give none) is -1.
  int count(const char* name) const {
    constexpr long long max_count = 9999;
    const py::object v = get(name);
    if (v.is_none()) return -1;
    if (py::isinstance<py::bool_>(v) || !py::isinstance<py::int_>(v))
      fail(name, "expected int or None, got " + type_name(v));
    int overflow = 0;
    const long long i = PyLong_AsLongLongAndOverflow(v.ptr(), &overflow);
    if (overflow != 0 || i < 0 || i > max_count)
      fail(name, py::str(v).cast<std::string>() + " is no count of votes (0.." +
                     std::to_string(max_count) + " or None)");
    return static_cast<int>(i);
  }
  std::vector<std::string> strings(const char* name) const {
    const py::list list = list_of(name);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const py::object value = list[i];
      if (!py::isinstance<py::str>(value))
        fail(name, "[" + std::to_string(i) + "]: expected str, got " + type_name(value));
      out.push_back(value.cast<std::string>());
    }
    return out;
  }
  /// A list whose elements are all instances of the model class `cls`.
  py::list records(const char* name, const char* cls) const {
    const py::list list = list_of(name);
    const py::object type = model_module().attr(cls);
    for (std::size_t i = 0; i < list.size(); ++i) {
      const py::object value = list[i];
      if (!py::isinstance(value, type))
        fail(name,
             "[" + std::to_string(i) + "]: expected protokol." + cls + ", got " + type_name(value));
    }
    return list;
  }
  /// A field holding one model object of class `cls`.
  field_reader record(const char* name, const char* cls) const {
    const py::object v = get(name);
    if (!py::isinstance(v, model_module().attr(cls)))
      fail(name, std::string("expected protokol.") + cls + ", got " + type_name(v));
    return field_reader(v, path_ + "." + name, index_);
  }
  field_reader element(const py::list& list, const char* name, std::size_t i) const {
    return field_reader(py::object(list[i]), path_ + "." + name + "[" + std::to_string(i) + "]",
                        index_);
  }
  void check_range(std::size_t start, std::size_t end) const {
    if (start > end)
      fail("start " + std::to_string(index_.char_at(start)) + " is after end " +
           std::to_string(index_.char_at(end)));
  }
  [[noreturn]] void fail(const std::string& message) const {
    throw std::runtime_error(path_ + ": " + message);
  }

 private:
  py::object get(const char* name) const {
    // A field deleted with `del` is unset: AttributeError, reported by name.
    if (!py::hasattr(object_, name)) fail(name, "is not set");
    return object_.attr(name);
  }
  py::list list_of(const char* name) const {
    const py::object v = get(name);
    if (!py::isinstance<py::list>(v)) fail(name, "expected list, got " + type_name(v));
    return py::reinterpret_borrow<py::list>(v);
  }
  static std::string type_name(py::handle v) {
    return py::str(py::type::handle_of(v).attr("__name__")).cast<std::string>();
  }
  [[noreturn]] void fail(const char* name, const std::string& message) const {
    throw std::runtime_error(path_ + "." + name + ": " + message);
  }

  py::object object_;  // owned: a script's object may live only in the list we read
  std::string path_;
  const text_index& index_;
};

meeting_info meeting_from_python(const field_reader& r) {
  meeting_info m;
  m.title = r.string("title");
  m.committee = r.string("committee");
  m.municipality = r.string("municipality");
  m.date = r.string("date");
  m.start_time = r.string("start_time");
  m.location = r.string("location");
  m.front_matter = r.string("front_matter");
  const py::list participants = r.records("participants", "Participant");
  for (std::size_t i = 0; i < participants.size(); ++i) {
    const field_reader p = r.element(participants, "participants", i);
    m.participants.push_back(
        {p.string("name"), p.string("party"), p.string("role"), p.string("status")});
  }
  return m;
}

section section_from_python(const field_reader& r) {
  section s;
  s.heading = r.string("heading");
  s.kind = r.string("kind");
  s.text = r.string("text");
  s.start = r.offset("start");
  s.end = r.offset("end");
  r.check_range(s.start, s.end);
  return s;
}

item item_from_python(const field_reader& r) {
  item it;
  it.number = r.string("number");
  it.title = r.string("title");
  it.closed = r.boolean("closed");
  it.case_numbers = r.strings("case_numbers");
  it.document_numbers = r.strings("document_numbers");
  const py::list sections = r.records("sections", "Section");
  for (std::size_t i = 0; i < sections.size(); ++i)
    it.sections.push_back(section_from_python(r.element(sections, "sections", i)));
  it.decision = r.string("decision");
  const field_reader votes = r.record("votes", "Votes");
  it.votes.for_ = votes.strings("for_");
  it.votes.against = votes.strings("against");
  it.votes.abstained = votes.strings("abstained");
  it.votes.unanimous = votes.boolean("unanimous");
  it.votes.for_count = votes.count("for_count");
  it.votes.against_count = votes.count("against_count");
  it.votes.abstained_count = votes.count("abstained_count");
  it.attachments = r.strings("attachments");
  it.absent = r.strings("absent");
  it.start = r.offset("start");
  it.end = r.offset("end");
  r.check_range(it.start, it.end);
  return it;
}

entity entity_from_python(const field_reader& r, const std::set<std::string>& item_numbers) {
  entity e;
  e.type = r.string("type");
  if (e.type.empty()) r.fail("type is empty");
  e.text = r.string("text");
  e.value = r.string("value");
  e.item = r.string("item");
  if (!e.item.empty() && item_numbers.count(e.item) == 0)
    r.fail("item '" + e.item + "' is not the number of any item");
  e.start = r.offset("start");
  e.end = r.offset("end");
  r.check_range(e.start, e.end);
  e.party = r.string("party");
  e.role = r.string("role");
  e.style = r.string("style");
  return e;
}

}  // namespace

py::object to_python(const document& doc, const text_index& index) {
  const py::module_ m = model_module();
  const source_info& s = doc.source;
  py::object source = m.attr("Source")(
      "path"_a = s.path, "sha256"_a = s.sha256, "bytes"_a = s.bytes, "format"_a = s.format,
      "dialect"_a = s.dialect, "encoding"_a = s.encoding, "confidence"_a = s.confidence);
  py::list items, entities;
  for (const auto& it : doc.items) items.append(item_to_python(m, it, index));
  for (const auto& e : doc.entities) entities.append(entity_to_python(m, e, index));
  return m.attr("Document")("key"_a = doc.key, "text"_a = doc.text, "source"_a = source,
                            "meeting"_a = meeting_to_python(m, doc.meeting), "items"_a = items,
                            "entities"_a = entities, "warnings"_a = string_list(doc.warnings));
}

void from_python(py::handle py_doc, document& doc, const text_index& index) {
  const field_reader d(py::reinterpret_borrow<py::object>(py_doc), "doc", index);
  // The read-only properties keep their values in _key and _text; a script
  // that reached past the property is told so rather than ignored.
  if (d.string("_text") != doc.text) d.fail("text is read-only");
  if (d.string("_key") != doc.key) d.fail("key is read-only");

  const field_reader source = d.record("source", "Source");
  source_info new_source = doc.source;
  new_source.format = source.string("format");
  new_source.dialect = source.string("dialect");
  new_source.encoding = source.string("encoding");
  new_source.confidence = source.real("confidence");

  meeting_info meeting = meeting_from_python(d.record("meeting", "Meeting"));

  std::vector<item> items;
  // An entity may name an item the script left, or whatever an earlier stage
  // gave it: this checks the script's work, not the stages before it.
  std::set<std::string> item_numbers;
  for (const auto& e : doc.entities) item_numbers.insert(e.item);
  const py::list py_items = d.records("items", "Item");
  for (std::size_t i = 0; i < py_items.size(); ++i) {
    items.push_back(item_from_python(d.element(py_items, "items", i)));
    item_numbers.insert(items.back().number);
  }

  std::vector<entity> entities;
  const py::list py_entities = d.records("entities", "Entity");
  for (std::size_t i = 0; i < py_entities.size(); ++i)
    entities.push_back(entity_from_python(d.element(py_entities, "entities", i), item_numbers));

  std::vector<std::string> warnings = d.strings("warnings");

  doc.source = std::move(new_source);
  doc.meeting = std::move(meeting);
  doc.items = std::move(items);
  doc.entities = std::move(entities);
  doc.warnings = std::move(warnings);
}

}  // namespace protokol::python
