#include "sample_documents.hpp"

#include <string_view>
#include <utility>

namespace protokol::export_testing {
namespace {

// Builds document text line by line and hands back offsets, so sections,
// items and entities point where a segmenter would have put them.
class text_builder {
 public:
  std::size_t offset() const { return text_.size(); }
  std::size_t line(std::string_view s) {
    const std::size_t at = text_.size();
    text_.append(s);
    text_.push_back('\n');
    return at;
  }
  std::size_t find(std::string_view s, std::size_t from = 0) const { return text_.find(s, from); }
  std::string take() { return std::move(text_); }

 private:
  std::string text_;
};

section add_section(text_builder& text, std::string heading, std::string kind, std::string body) {
  section s;
  s.start = text.line(heading);
  text.line(body);
  text.line("");
  s.end = text.offset();
  s.heading = std::move(heading);
  s.kind = std::move(kind);
  s.text = std::move(body);
  return s;
}

entity make_entity(std::string type, std::string written, std::string value, std::string item,
                   std::size_t start) {
  entity e;
  e.type = std::move(type);
  e.start = start;
  e.end = start + written.size();
  e.text = std::move(written);
  e.value = std::move(value);
  e.item = std::move(item);
  return e;
}

entity make_person(std::string written, std::string item, std::size_t start, std::string party,
                   std::string role) {
  entity e = make_entity("person", written, written, std::move(item), start);
  e.party = std::move(party);
  e.role = std::move(role);
  return e;
}

entity make_number(std::string type, std::string written, std::string item, std::size_t start,
                   std::string style) {
  entity e = make_entity(std::move(type), written, written, std::move(item), start);
  e.style = std::move(style);
  return e;
}

participant make_participant(std::string name, std::string party, std::string role,
                             std::string status) {
  return participant{std::move(name), std::move(party), std::move(role), std::move(status)};
}

void add_header(document& doc, text_builder& text) {
  meeting_info& m = doc.meeting;
  m.title = "Referat Erhvervs-, Beskæftigelses- og Uddannelsesudvalget";
  m.committee = "Erhvervs-, Beskæftigelses- og Uddannelsesudvalget";
  m.municipality = "Ballerup";
  m.date = "2023-03-14";
  m.start_time = "16:30";
  m.location = "Mødelokale 2, Rådhuset, Hold-An Vej 7, 2750 Ballerup";
  m.participants = {make_participant("Jesper Würtzen", "A", "formand", "present"),
                    make_participant("Søren Ørsted Åberg", "V", "næstformand", "present"),
                    make_participant("Lone \"Lotte\" Ærø", "Ø", "", "absent"),
                    make_participant("Mikkel Dahl", "Løsgænger", "", "present")};
  m.front_matter = "Afbud: Lone \"Lotte\" Ærø\nSekretær: Pia Holm, Kultur & Fritid";
  text.line(m.title);
  text.line("Mødedato: 14. marts 2023 kl. 16:30");
  text.line("Mødested: " + m.location);
  const std::size_t members =
      text.line("Medlemmer: Jesper Würtzen (A) - formand, Søren Ørsted Åberg (V)");
  text.line(m.front_matter);
  text.line("");
  doc.entities.push_back(
      make_person("Jesper Würtzen", "", text.find("Jesper Würtzen", members), "A", "formand"));
  doc.entities.push_back(
      make_person("Søren Ørsted Åberg", "", text.find("Søren Ørsted Åberg", members), "V", ""));
}

item open_agenda(text_builder& text) {
  item it;
  it.number = "1";
  it.title = "Godkendelse af dagsorden";
  it.start = text.line("Punkt 1: Godkendelse af dagsorden");
  it.sections.push_back(add_section(text, "Beslutning", "decision", "Godkendt enstemmigt."));
  it.decision = "Godkendt enstemmigt.";
  it.votes.unanimous = true;
  it.end = text.offset();
  return it;
}

item budget_item(document& doc, text_builder& text) {
  item it;
  it.number = "2";
  it.title = "Budget 2024: anlæg, drift og \"grøn\" omstilling";
  it.start = text.line("Punkt 2: " + it.title);
  const std::size_t numbers =
      text.line("Sagsnr.: 23/12345, KLE 24.10.00-G20-1-20, Dok.nr.: 123456/23");
  it.case_numbers = {"23/12345", "24.10.00-G20-1-20"};
  it.document_numbers = {"123456/23"};
  it.sections.push_back(
      add_section(text, "Sagsfremstilling", "case_presentation",
                  "Udvalget skal tage stilling til budgettet for 2024, herunder anlæg og drift.\n"
                  "Rammen er på 1.250.000 kr.; \"grøn\" omstilling prioriteres.\n"
                  "Enhedslisten har bedt om en særskilt drøftelse."));
  it.sections.push_back(add_section(text, "Indstilling", "recommendation",
                                    "Forvaltningen indstiller,\n1. at budgettet godkendes\n"
                                    "2. at rammen på 1.250.000 kr. frigives"));
  it.sections.push_back(add_section(text, "Beslutning", "decision",
                                    "Anbefales.\nV stemte imod.\nO undlod at stemme."));
  it.decision = it.sections.back().text;
  it.votes.for_ = {"A", "F", "Ø"};
  it.votes.against = {"V"};
  it.votes.abstained = {"O"};
  it.attachments = {"Bilag 1: Budgetoversigt, 2024", "Bilag 2: Notat om \"grøn\" omstilling"};
  it.absent = {"Lone \"Lotte\" Ærø"};
  it.end = text.offset();
  doc.entities.push_back(make_number("case_number", "23/12345", "2", numbers + 9, "yy-serial"));
  doc.entities.push_back(make_number("case_number", "24.10.00-G20-1-20", "2", numbers + 23, "kle"));
  doc.entities.push_back(
      make_number("document_number", "123456/23", "2", numbers + 51, "serial-yy"));
  const std::size_t party = text.find("Enhedslisten", it.start);
  doc.entities.push_back(make_entity("party", "Enhedslisten", "Ø", "2", party));
  const std::size_t amount = text.find("1.250.000 kr.", it.start);
  doc.entities.push_back(make_entity("amount", "1.250.000 kr.", "1250000", "2", amount));
  return it;
}

item formula_item(text_builder& text) {
  item it;
  it.number = "3";
  it.title = "=SUM(A1)";
  it.start = text.line("Punkt 3: =SUM(A1)");
  it.sections.push_back(add_section(text, "Sagsfremstilling", "case_presentation",
                                    "@udvalget: se regnearket\n-5 % i 2024, +2 % i 2025"));
  it.sections.push_back(add_section(text, "Beslutning", "decision", "-Taget til efterretning."));
  it.decision = "-Taget til efterretning.";
  it.attachments = {"+45 kontaktliste"};
  it.end = text.offset();
  return it;
}

item closed_item(document& doc, text_builder& text) {
  item it;
  it.number = "4";
  it.title = "Personalesag";
  it.closed = true;
  it.start = text.line("Punkt 4: Lukket: LUKKET Personalesag");
  text.line("Sagsnr.: 23/4711, Dok.nr.: 99887/23");
  it.case_numbers = {"23/4711"};
  it.document_numbers = {"99887/23"};
  it.sections.push_back(add_section(
      text, "Sagsfremstilling", "case_presentation",
      "Medarbejderen Karl Hemmelig Jensen har bedt om fratrædelse pr. 1. april.\n"
      "Sagen rummer fortrolige helbredsoplysninger, se bilaget.\nKarl Hemmelig Jensen"));
  it.sections.push_back(add_section(text, "Indstilling", "recommendation",
                                    "Direktøren indstiller, at fratrædelsesaftalen godkendes."));
  it.sections.push_back(add_section(text, "Beslutning", "decision", "Aftalen godkendt, 3 mod 2."));
  it.decision = "Aftalen godkendt, 3 mod 2.";
  it.votes.for_ = {"A", "F"};
  it.votes.against = {"V"};
  it.votes.for_count = 3;
  it.votes.against_count = 2;
  it.attachments = {"Fortroligt bilag: Fratrædelsesaftale (Karl)"};
  it.absent = {"Mikkel Dahl"};
  it.end = text.offset();
  const std::size_t name = text.find("Karl Hemmelig Jensen", it.start);
  doc.entities.push_back(make_person("Karl Hemmelig Jensen", "4", name, "", "medarbejder"));
  // Found by a stage that did not know the item: only its offsets place it.
  const std::size_t again = text.find("Karl Hemmelig Jensen", name + 1);
  doc.entities.push_back(make_person("Karl Hemmelig Jensen", "", again, "", ""));
  doc.entities.push_back(
      make_number("case_number", "23/4711", "4", text.find("23/4711", it.start), "yy-serial"));
  doc.entities.push_back(make_number("document_number", "99887/23", "4",
                                     text.find("99887/23", it.start), "serial-yy"));
  return it;
}

item last_item(document& doc, text_builder& text) {
  item it;
  it.number = "5";
  it.title = "Eventuelt";
  it.start = text.line("Punkt 5: Eventuelt");
  it.sections.push_back(add_section(text, "Beslutning", "decision",
                                    "Mikkel Dahl (Løsgænger) orienterede om erhvervsnetværket."));
  it.decision = it.sections.back().text;
  it.end = text.offset();
  doc.entities.push_back(
      make_person("Mikkel Dahl", "5", it.sections.back().start + 11, "Løsgænger", ""));
  return it;
}

}  // namespace

document sample_meeting() {
  document doc;
  doc.key = "ballerup-ebu-2023-03-14";
  doc.source.path = "arkiv/Ballerup/EBU 14.03.2023, referat.txt";
  doc.source.sha256 = "3f1c5e0a9b7d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e";
  doc.source.format = "plain";
  doc.source.dialect = "punkt-colon";
  doc.source.encoding = "windows-1252";
  doc.source.confidence = 0.92;
  text_builder text;
  add_header(doc, text);
  doc.items.push_back(open_agenda(text));
  doc.items.push_back(budget_item(doc, text));
  doc.items.push_back(formula_item(text));
  doc.items.push_back(closed_item(doc, text));
  doc.items.push_back(last_item(doc, text));
  doc.warnings = {"Indholdsfortegnelsen nævner punkt 6, som ikke findes",
                  "ukendt overskrift \"Tidsplan\" i punkt 2",
                  "punkt 4: linjen \"Sagen rummer fortrolige helbredsoplysninger, se bilaget.\" "
                  "blev ikke forstået",
                  "person uden parti: Karl Hemmelig Jensen",
                  "punkt 4: Direktøren indstiller, at fratrædelsesaftalen godk..."};
  doc.text = text.take();
  doc.source.bytes = doc.text.size() + 57;
  doc.raw = doc.text;
  return doc;
}

document empty_meeting() {
  document doc;
  doc.key = "tomt-referat";
  doc.source.path = "arkiv/tomt.txt";
  doc.source.sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  doc.source.format = "plain";
  doc.source.dialect = "generic";
  doc.source.encoding = "UTF-8";
  return doc;
}

document awkward_meeting() {
  document doc;
  doc.key = "ærø-møde-2024-01-05";
  doc.source.path = "arkiv/Ærø/møde;\"5. januar\".md";
  doc.source.sha256 = "0000000000000000000000000000000000000000000000000000000000000001";
  doc.source.bytes = 4096;
  doc.source.format = "markdown";
  doc.source.dialect = "generic";
  doc.source.encoding = "UTF-8 BOM";
  doc.source.confidence = 1;
  doc.meeting.title = "  Referat <Økonomiudvalget> & \"Plan\" ]]> 🙂";
  doc.meeting.committee = "Økonomiudvalget";
  doc.meeting.date = "2024-01-05";
  doc.meeting.location = "Rådhuset,\tsal 1\r\nÆrøskøbing";
  doc.meeting.participants = {make_participant("+Anne Sø", "SF", "medlem", "present")};
  item it;
  it.number = "12";
  it.title = "Forslag fra \"DD\" og LA; høring, 2. behandling";
  it.case_numbers = {"EMN-2025-010561", "306-2009-600"};
  it.sections.push_back(
      section{"**Bilag**", "attachments", "\t-indrykket\n=1+1\n\"citat\"", 10, 40});
  it.decision = "Oversendt; se <bilag> & noter";
  it.votes.for_ = {"Anne Sø", "Per \"P\" Hansen"};
  it.start = 5;
  it.end = 60;
  doc.items.push_back(it);
  entity e = make_entity("person", "+Anne Sø", "Anne Sø", "", 0);
  e.party = "F";
  doc.entities.push_back(e);
  doc.entities.push_back(make_number("case_number", "EMN-2025-010561", "12", 20, "prefixed"));
  doc.warnings = {"=HYPERLINK(\"http://example.invalid\")",
                  "linje med komma, semikolon; og \"citat\""};
  return doc;
}

document paged_meeting() {
  document doc;
  doc.key = "odder-byraad-2019-08-15.pdf";
  doc.source.path = "arkiv/Odder/byraad-2019-08-15.pdf";
  doc.source.sha256 = "0000000000000000000000000000000000000000000000000000000000000002";
  doc.source.bytes = 20480;
  doc.source.format = "pdf";
  doc.source.dialect = "generic";
  doc.source.encoding = "PDF";
  doc.source.confidence = 1;
  doc.meeting.title = "Byrådet - Referat";
  doc.meeting.committee = "Byrådet";
  doc.meeting.date = "2019-08-15";
  // Items on page one and three; page two is the first item's continuation.
  doc.text =
      "Byrådet - Referat\n1. Godkendelse af dagsorden\nGodkendt.\n\fFortsat\n\f"
      "2. Budget 2020\nOversendt.\n";
  const std::size_t second = doc.text.find("2. Budget");
  item first;
  first.number = "1";
  first.title = "Godkendelse af dagsorden";
  first.decision = "Godkendt.";
  first.start = doc.text.find("1. Godkendelse");
  first.end = second;
  item last;
  last.number = "2";
  last.title = "Budget 2020";
  last.decision = "Oversendt.";
  last.start = second;
  last.end = doc.text.size();
  doc.items = {first, last};
  doc.raw = "%PDF-1.7 (stand-in bytes)";
  return doc;
}

std::vector<document> golden_documents() {
  std::vector<document> docs;
  docs.push_back(sample_meeting());
  docs.push_back(empty_meeting());
  docs.push_back(awkward_meeting());
  return docs;
}

document large_meeting(std::size_t bytes) {
  document doc = sample_meeting();
  doc.key = "stort-referat";
  // Proportions of real minutes: a few kilobytes of text per item, a
  // handful of entities per item.
  item model = doc.items[1];
  const std::string paragraph = model.sections[0].text + "\n\n";
  model.sections[0].text.clear();
  for (int i = 0; i < 16; ++i) model.sections[0].text += paragraph;
  const std::vector<entity> model_entities(doc.entities.begin() + 2, doc.entities.begin() + 7);
  document one;
  one.items.push_back(model);
  one.entities = model_entities;
  const std::size_t per_item = content_bytes(one);
  for (std::size_t n = 6, size = content_bytes(doc); size < bytes; ++n, size += per_item) {
    item it = model;
    it.number = std::to_string(n);
    doc.items.push_back(std::move(it));
    for (entity e : model_entities) {
      e.item = std::to_string(n);
      doc.entities.push_back(std::move(e));
    }
  }
  return doc;
}

std::size_t content_bytes(const document& doc) {
  std::size_t n = 0;
  const auto add = [&](const std::vector<std::string>& values) {
    for (const std::string& v : values) n += v.size();
  };
  const source_info& s = doc.source;
  n += s.path.size() + s.sha256.size() + s.format.size() + s.dialect.size() + s.encoding.size();
  const meeting_info& m = doc.meeting;
  n += m.title.size() + m.committee.size() + m.municipality.size() + m.date.size() +
       m.start_time.size() + m.location.size() + m.front_matter.size();
  for (const participant& p : m.participants)
    n += p.name.size() + p.party.size() + p.role.size() + p.status.size();
  for (const item& it : doc.items) {
    n += it.number.size() + it.title.size() + it.decision.size();
    for (const section& sec : it.sections)
      n += sec.heading.size() + sec.kind.size() + sec.text.size();
    for (const auto* list : {&it.case_numbers, &it.document_numbers, &it.attachments, &it.absent,
                             &it.votes.for_, &it.votes.against, &it.votes.abstained}) {
      add(*list);
    }
  }
  for (const entity& e : doc.entities) {
    n += e.type.size() + e.text.size() + e.value.size() + e.item.size() + e.party.size() +
         e.role.size() + e.style.size();
  }
  add(doc.warnings);
  return n;
}

std::vector<std::string> closed_body_lines(const document& doc) {
  std::vector<std::string> lines;
  const auto add = [&](std::string_view text) {
    while (!text.empty()) {
      const std::size_t eol = text.find('\n');
      const std::string_view line = text.substr(0, eol);
      if (line.find_first_not_of(" \t") != std::string_view::npos) lines.emplace_back(line);
      if (eol == std::string_view::npos) break;
      text.remove_prefix(eol + 1);
    }
  };
  for (const item& it : doc.items) {
    if (!it.closed) continue;
    for (const section& s : it.sections) add(s.text);
    add(it.decision);
  }
  return lines;
}

std::vector<document> reader_format_documents() {
  std::vector<document> docs;
  for (const char* format : {"pdf", "html", "docx"}) {
    document doc = sample_meeting();
    doc.source.format = format;
    doc.key += std::string("-") + format;
    docs.push_back(std::move(doc));
  }
  docs.push_back(paged_meeting());
  return docs;
}

}  // namespace protokol::export_testing
