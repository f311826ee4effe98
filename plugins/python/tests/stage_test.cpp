// The python stage through its real descriptor: the object model both ways,
// the checks on what a script writes back, and the errors a user sees.
#include <gtest/gtest.h>

#include "script_testing.hpp"

using protokol::python::testing::create_error;
using protokol::python::testing::error_of;
using protokol::python::testing::python_plugin;
using protokol::python::testing::python_stage;
using protokol::python::testing::script_file;

namespace {

// "Økonomi" puts two-byte letters before every offset, so a byte offset and
// a str index differ and a mix-up shows.
protokol::document sample() {
  protokol::document doc;
  doc.key = "sample";
  doc.text = "Økonomiudvalget\n\nPunkt 1: Klimaplan\n\nSagsfremstilling\n\nCO2 på skolen.\n";
  doc.source = {"in/sample.txt", "ab12", 77, "plain", "punkt-colon", "UTF-8", 0.75};
  doc.meeting.title = "Økonomiudvalget";
  doc.meeting.committee = "Økonomiudvalget";
  doc.meeting.municipality = "Albertslund";
  doc.meeting.date = "2022-11-21";
  doc.meeting.start_time = "16:30";
  doc.meeting.location = "Rådhuset";
  doc.meeting.front_matter = "Indhold";
  doc.meeting.participants = {{"Anna Jensen", "A", "formand", "present"}};
  protokol::item it;
  it.number = "1";
  it.title = "Klimaplan";
  it.case_numbers = {"24.10.00-G20-1-20"};
  it.document_numbers = {"123/22"};
  const std::size_t heading = doc.text.find("Sagsfremstilling");
  it.sections = {{"Sagsfremstilling", "case", "CO2 på skolen.", heading, doc.text.size()}};
  it.decision = "Godkendt";
  it.votes.for_ = {"A"};
  it.votes.against = {"V"};
  it.votes.abstained = {"F"};
  it.attachments = {"Bilag 1"};
  it.absent = {"Bo Hansen"};
  it.start = doc.text.find("Punkt 1");
  it.end = doc.text.size();
  doc.items = {it};
  const std::size_t co2 = doc.text.find("CO2");
  doc.entities = {{"person", "Anna", "Anna Jensen", "1", co2, co2 + 3, "A", "formand", ""}};
  doc.warnings = {"toc disagrees"};
  return doc;
}

std::string run_error(const std::string& source) {
  const script_file script(source);
  auto doc = sample();
  return error_of([&] { python_stage(script)->process(doc); });
}

}  // namespace

TEST(PythonStage, DescriptorDeclaresStage) {
  const auto* stage = python_plugin().find_stage("python");
  ASSERT_NE(stage, nullptr);
  EXPECT_EQ(stage->kind, protokol::stage_kind::extractor);
  EXPECT_STREQ(stage->requires_, "text");
  EXPECT_STREQ(stage->provides, "python");
  ASSERT_EQ(stage->param_count, 2u);
  EXPECT_STREQ(stage->params[0].name, "script");
  EXPECT_EQ(stage->params[0].type, protokol::param_type::path);
  EXPECT_TRUE(stage->params[0].required);
  EXPECT_STREQ(stage->params[1].name, "function");
  EXPECT_STREQ(stage->params[1].default_value, "process");
}

TEST(PythonStage, ScriptReadsEveryField) {
  // Each assert names what it checks; a failing one fails the document.
  const script_file script(R"PY(
def process(doc):
    assert doc.key == "sample"
    assert doc.text.startswith("Økonomiudvalget\n")
    s = doc.source
    assert (s.path, s.sha256, s.bytes, s.format, s.dialect, s.encoding, s.confidence) == \
        ("in/sample.txt", "ab12", 77, "plain", "punkt-colon", "UTF-8", 0.75), s
    m = doc.meeting
    assert (m.title, m.committee, m.municipality, m.date, m.start_time, m.location,
            m.front_matter) == ("Økonomiudvalget", "Økonomiudvalget", "Albertslund",
                                "2022-11-21", "16:30", "Rådhuset", "Indhold"), m
    p = m.participants[0]
    assert (p.name, p.party, p.role, p.status) == ("Anna Jensen", "A", "formand", "present")
    it = doc.items[0]
    assert (it.number, it.title, it.closed, it.decision) == ("1", "Klimaplan", False, "Godkendt")
    assert it.case_numbers == ["24.10.00-G20-1-20"] and it.document_numbers == ["123/22"]
    assert it.attachments == ["Bilag 1"] and it.absent == ["Bo Hansen"]
    assert (it.votes.for_, it.votes.against, it.votes.abstained) == (["A"], ["V"], ["F"])
    assert doc.text[it.start:it.start + 7] == "Punkt 1" and it.end == len(doc.text)
    sec = it.sections[0]
    assert (sec.heading, sec.kind, sec.text) == ("Sagsfremstilling", "case", "CO2 på skolen.")
    assert doc.text[sec.start:sec.start + 16] == "Sagsfremstilling" and sec.end == len(doc.text)
    e = doc.entities[0]
    assert (e.type, e.text, e.value, e.item, e.party, e.role, e.style) == \
        ("person", "Anna", "Anna Jensen", "1", "A", "formand", ""), e
    assert doc.text[e.start:e.end] == "CO2", (e.start, e.end)
    assert doc.warnings == ["toc disagrees"]
    doc.warnings.append("read all")
)PY");
  auto doc = sample();
  python_stage(script)->process(doc);
  EXPECT_EQ(doc.warnings, (std::vector<std::string>{"toc disagrees", "read all"}));
}

TEST(PythonStage, ScriptWritesBackAllowedFields) {
  const script_file script(R"PY(
from protokol import Entity, Participant, Section

def process(doc):
    start = doc.text.index("skolen")
    doc.entities.append(Entity(type="topic", text="skolen", value="skole", item="1",
                               start=start, end=start + 6))
    it = doc.items[0]
    it.title = "Klimaplan 2030"
    it.closed = True
    it.votes.against.append("O")
    it.sections.append(Section(heading="Beslutning", kind="decision", text="Godkendt",
                               start=start, end=start))
    doc.meeting.participants.append(Participant(name="Bo Hansen", status="absent"))
    doc.meeting.date = "2022-11-22"
    doc.source.dialect = "python"
    doc.source.confidence = 1
    doc.warnings.append("checked")
)PY");
  auto doc = sample();
  python_stage(script)->process(doc);
  ASSERT_EQ(doc.entities.size(), 2u);
  const auto& topic = doc.entities[1];
  EXPECT_EQ(topic.type, "topic");
  EXPECT_EQ(topic.start, doc.text.find("skolen"));  // a byte offset again
  EXPECT_EQ(doc.text.substr(topic.start, topic.end - topic.start), "skolen");
  EXPECT_EQ(doc.entities[0].start, doc.text.find("CO2"));  // untouched entity round-trips
  EXPECT_EQ(doc.items[0].title, "Klimaplan 2030");
  EXPECT_TRUE(doc.items[0].closed);
  EXPECT_EQ(doc.items[0].votes.against, (std::vector<std::string>{"V", "O"}));
  ASSERT_EQ(doc.items[0].sections.size(), 2u);
  EXPECT_EQ(doc.items[0].sections[1].kind, "decision");
  EXPECT_EQ(doc.items[0].start, doc.text.find("Punkt 1"));
  ASSERT_EQ(doc.meeting.participants.size(), 2u);
  EXPECT_EQ(doc.meeting.participants[1].status, "absent");
  EXPECT_EQ(doc.meeting.date, "2022-11-22");
  EXPECT_EQ(doc.source.dialect, "python");
  EXPECT_EQ(doc.source.confidence, 1.0);
  EXPECT_EQ(doc.source.path, "in/sample.txt");
  EXPECT_EQ(doc.warnings.back(), "checked");
}

TEST(PythonStage, RefusesOffsetPastTheText) {
  // sample() has 70 code points in 72 bytes: the limit is in code points.
  EXPECT_EQ(run_error("def process(doc):\n    doc.entities[0].end = 71\n"),
            "doc.entities[0].end: 71 is outside the text (0..70)");
}

TEST(PythonStage, RefusesNegativeOffset) {
  EXPECT_EQ(run_error("def process(doc):\n    doc.items[0].sections[0].start = -1\n"),
            "doc.items[0].sections[0].start: -1 is outside the text (0..70)");
}

TEST(PythonStage, RefusesStartAfterEnd) {
  EXPECT_EQ(run_error("def process(doc):\n    doc.entities[0].start = 60\n"
                      "    doc.entities[0].end = 50\n"),
            "doc.entities[0]: start 60 is after end 50");
}

TEST(PythonStage, RefusesUnknownFieldNamingIt) {
  const script_file script("def process(doc):\n    doc.items[0].colour = 'red'\n");
  auto doc = sample();
  EXPECT_EQ(error_of([&] { python_stage(script)->process(doc); }),
            "process() failed: File \"" + script.path() +
                "\", line 2, in process | doc.items[0].colour = 'red' | AttributeError: 'Item' "
                "object has no attribute 'colour'");
}

TEST(PythonStage, RefusesUnknownFieldInConstructor) {
  EXPECT_EQ(run_error("from protokol import Entity\n\ndef process(doc):\n"
                      "    doc.entities.append(Entity(type='x', colour='red'))\n")
                .substr(0, 18),
            "process() failed: ");
  EXPECT_NE(run_error("from protokol import Entity\n\ndef process(doc):\n"
                      "    doc.entities.append(Entity(type='x', colour='red'))\n")
                .find("AttributeError: Entity has no field 'colour'"),
            std::string::npos);
}

TEST(PythonStage, RefusesChangingText) {
  const script_file script("def process(doc):\n    doc.text = 'other'\n");
  auto doc = sample();
  EXPECT_EQ(error_of([&] { python_stage(script)->process(doc); }),
            "process() failed: File \"" + script.path() +
                "\", line 2, in process | doc.text = 'other' | AttributeError: property 'text' of "
                "'Document' object has no setter");
}

TEST(PythonStage, RefusesTextChangedBehindTheProperty) {
  EXPECT_EQ(run_error("def process(doc):\n    doc._text = 'other'\n"), "doc: text is read-only");
}

TEST(PythonStage, RefusesWrongType) {
  EXPECT_EQ(run_error("def process(doc):\n    doc.items[0].closed = 'yes'\n"),
            "doc.items[0].closed: expected bool, got str");
  EXPECT_EQ(run_error("def process(doc):\n    doc.warnings.append(3)\n"),
            "doc.warnings: [1]: expected str, got int");
  EXPECT_EQ(run_error("def process(doc):\n    doc.entities.append({'type': 'x'})\n"),
            "doc.entities: [1]: expected protokol.Entity, got dict");
  EXPECT_EQ(run_error("def process(doc):\n    doc.entities[0].start = True\n"),
            "doc.entities[0].start: expected int, got bool");
}

TEST(PythonStage, RefusesEntityInUnknownItem) {
  EXPECT_EQ(run_error("def process(doc):\n    doc.entities[0].item = '7'\n"),
            "doc.entities[0]: item '7' is not the number of any item");
}

TEST(PythonStage, RefusedDocumentIsLeftUntouched) {
  const script_file script(
      "def process(doc):\n    doc.meeting.date = 'x'\n    doc.entities[0].end = 999\n");
  auto doc = sample();
  EXPECT_FALSE(error_of([&] { python_stage(script)->process(doc); }).empty());
  EXPECT_EQ(doc.meeting.date, "2022-11-21");
}

TEST(PythonStage, ExceptionCarriesTracebackTail) {
  const script_file script(
      "def check(n):\n    raise ValueError(f'bad number {n}')\n\n"
      "def process(doc):\n    check(len(doc.items))\n");
  auto doc = sample();
  EXPECT_EQ(error_of([&] { python_stage(script)->process(doc); }),
            "process() failed: File \"" + script.path() +
                "\", line 2, in check | raise ValueError(f'bad number {n}') | ValueError: bad "
                "number 1");
}

TEST(PythonStage, ReturningAValueIsAnError) {
  EXPECT_EQ(run_error("def process(doc):\n    return {'items': []}\n"),
            "process() must change doc in place and return None, not dict");
}

TEST(PythonStage, SyntaxErrorNamesFileAndLine) {
  const script_file script("def process(doc):\n    x = (1,\n\ndef other():\n    pass\n");
  EXPECT_EQ(create_error({{"script", script.path()}}),
            script.path() + ":2:9: SyntaxError: '(' was never closed");
}

TEST(PythonStage, MissingFunctionIsAnError) {
  const script_file script("def proces(doc):\n    pass\n");
  EXPECT_EQ(create_error({{"script", script.path()}}), script.path() + ": no function 'process'");
}

TEST(PythonStage, FunctionParameterChoosesTheFunction) {
  const script_file script("def tag(doc):\n    doc.warnings.append('tagged')\n");
  auto doc = sample();
  python_stage(script, {{"function", "tag"}})->process(doc);
  EXPECT_EQ(doc.warnings.back(), "tagged");
}

TEST(PythonStage, NonCallableFunctionIsAnError) {
  const script_file script("process = 3\n");
  EXPECT_EQ(create_error({{"script", script.path()}}),
            script.path() + ": 'process' is not a function but int");
}

TEST(PythonStage, MissingScriptIsAnError) {
  EXPECT_EQ(create_error({{"script", "/nonexistent/x.py"}}),
            "cannot read script /nonexistent/x.py: No such file or directory");
}

TEST(PythonStage, ErrorWhileLoadingCarriesTracebackTail) {
  const script_file script("import no_such_module_here\n");
  EXPECT_EQ(create_error({{"script", script.path()}}),
            "File \"" + script.path() +
                "\", line 1, in <module> | import no_such_module_here | ModuleNotFoundError: No "
                "module named 'no_such_module_here'");
}
