#include "number_entities.hpp"

#include <gtest/gtest.h>

#include <string>

#include "entity_testing.hpp"

using protokol::numbers::extract_numbers;
using protokol::numbers::number_options;

namespace {

std::vector<protokol::entity> numbers_of(const std::string& text, number_options options = {}) {
  const auto doc = protokol::entity_testing::document_with_items(text);
  return extract_numbers(doc, options);
}

}  // namespace

TEST(NumberEntities, ItemComesFromTheOffset) {
  const auto found =
      numbers_of("Sagsnr.: 23/00001\n\nPunkt 1: A\n\n23/11876\n\nPunkt 2: B\n\n2012-28504\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].item, "");
  EXPECT_EQ(found[1].item, "1");
  EXPECT_EQ(found[2].item, "2");
}

TEST(NumberEntities, FieldsAreFilled) {
  const std::string text = "Punkt 1: A\n\nDok.nr.: 24/01234-3\n";
  const auto found = numbers_of(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "document_number");
  EXPECT_EQ(found[0].text, "24/01234-3");
  EXPECT_EQ(found[0].value, "24/01234-3");
  EXPECT_EQ(found[0].style, "yy-slash-serial");
  EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start), "24/01234-3");
  EXPECT_TRUE(found[0].party.empty());
  EXPECT_TRUE(found[0].role.empty());
}

TEST(NumberEntities, AttachmentListNumbersAreDocuments) {
  const auto found = numbers_of(
      "Punkt 5: Opfølgning\n\nSagsnr.: 727-2018-16179\n\nBilag\n\nMål og overblik maj "
      "2019\t727-2019-83638\n"
      "Ledighed maj 2019\t727-2019-81907\n\nEvaluering "
      "STAR\n\n727-2019-82441\n\nBeslutning:\n\nGodkendt.\n");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].type, "case_number");
  EXPECT_EQ(found[1].type, "document_number");
  EXPECT_EQ(found[2].type, "document_number");
  EXPECT_EQ(found[3].type, "document_number");
}

TEST(NumberEntities, NumberUnderTheTitleIsACase) {
  const auto found = numbers_of("Punkt 1: Tema\n\n24.10.00-G20-1-20\n\nAnledning\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "case_number");
}

TEST(NumberEntities, NumberAfterProseUnderBilagIsACase) {
  const auto found = numbers_of(
      "Punkt 1: Tema\n\nBilag\n\nSe notatet.\n\nSagen blev oprettet som 2012-28504 i 2012.\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "case_number");
}

TEST(NumberEntities, AttachmentRuleCanBeSwitchedOff) {
  number_options options;
  options.attachments_are_documents = false;
  const auto found = numbers_of("Punkt 1: A\n\nBilag\n\nNotat 23/11876\n", options);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "case_number");
}

TEST(NumberEntities, ADocumentWordBeforeANumberMakesItADocumentNumber) {
  // The short labels of some agenda systems (Odsherred's web pages):
  // "Sag" before the case, "Dok." before the document, without "nr.".
  const auto found = numbers_of(
      "Punkt 1: A\n\nSag 306-2009-600\n\nDok. 306-2019-263412\n\n**Dok.:** 306-2019-263413\n\n"
      "Se dokument 306-2019-263414 og DOK 306-2019-263415.\n\n"
      "Dokumentation 306-2019-263416\n");
  ASSERT_EQ(found.size(), 6u);
  EXPECT_EQ(found[0].type, "case_number");
  EXPECT_EQ(found[1].type, "document_number");
  EXPECT_EQ(found[2].type, "document_number");
  EXPECT_EQ(found[3].type, "document_number");
  EXPECT_EQ(found[4].type, "document_number");
  EXPECT_EQ(found[5].type, "case_number");  // not a word for a document
}

// Gentofte (trial AX): a plan's number after the plan's word is no case's;
// a labelled one still is.
TEST(NumberEntities, APlansNumberIsNoCaseNumber) {
  const auto found = numbers_of(
      "Punkt 1: Lokalplan 350 og kommuneplantillæg 21/2009 – Endelig vedtagelse\n\nSagsnr. "
      "018520-2013\n\nTillæg 12/2020 og Lokalplan 3/2019 er vedtaget. Sagsnr.: 24/2020\n\n"
      "Se tillæg 24/15432 til lejekontrakten.\n");
  std::vector<std::string> values;
  for (const auto& e : found) values.push_back(e.value);
  // Review 34: a case's number after "tillæg" (no year after the slash) stays.
  EXPECT_EQ(values, (std::vector<std::string>{"018520-2013", "24/2020", "24/15432"}));
}

TEST(NumberEntities, AttachmentSectionKindDecides) {
  auto doc =
      protokol::entity_testing::document_with_items("Punkt 1: A\n\nOversigt\n\nNotat 23/11876\n");
  const std::size_t at = doc.text.find("Oversigt");
  doc.items[0].sections.push_back({"Oversigt", "attachments", "", at, doc.text.size()});
  const auto found = extract_numbers(doc, {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "document_number");
}

TEST(NumberEntities, StylesFilter) {
  number_options options;
  options.styles = {"kle"};
  const auto found = numbers_of("Punkt 1: A\n\n24.10.00-G20-1-20\n\n23/11876\n", options);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].style, "kle");
}

TEST(NumberEntities, EmptyTextHasNoNumbers) { EXPECT_TRUE(numbers_of("").empty()); }

// A list longer than the stretch a number's walk up reads (4,096 bytes):
// the numbers far down it are answered by the per-line tables, the first
// ones by the walk, and all alike.
TEST(NumberEntities, ALongAttachmentListIsReadToItsEnd) {
  std::string text = "Punkt 1: A\n\nBilag\n\n";
  for (int i = 0; i < 300; ++i)
    text += "Notat om sagen " + std::to_string(i) + "\t727-2019-83638\n";
  text += "\nBeslutning:\n\nGodkendt.\n";
  const auto found = numbers_of(text);
  ASSERT_EQ(found.size(), 300u);
  for (const auto& e : found) EXPECT_EQ(e.type, "document_number");
}

// A line above the number longer than that stretch: prose, so no list.
TEST(NumberEntities, ALongLineAboveEndsTheList) {
  std::string text = "Punkt 1: A\n\nBilag\n\n";
  for (int i = 0; i < 1000; ++i) text += "ord ";
  text += "\n727-2019-83638\n";
  const auto found = numbers_of(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "case_number");
}
