// The reader takes a file by its content, never its name: pages yes,
// markdown and text with a stray tag no.
#include "html_sniff.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace protokol::html {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(HtmlSniff, DoctypeIsClaimedInAnyCase) {
  EXPECT_TRUE(looks_like_html("<!DOCTYPE html>\n<p>x"));
  EXPECT_TRUE(looks_like_html("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">"));
}

TEST(HtmlSniff, HtmlTagIsClaimed) {
  EXPECT_TRUE(looks_like_html("<HTML><BODY>x</BODY></HTML>"));
  EXPECT_TRUE(looks_like_html("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"));
}

TEST(HtmlSniff, BomBlanksCommentsAndXmlDeclarationMayComeFirst) {
  EXPECT_TRUE(
      looks_like_html("\xEF\xBB\xBF  \n<!-- saved from url=(0014)about:internet -->\n"
                      "<?xml version=\"1.0\"?>\n<!DOCTYPE html>"));
}

TEST(HtmlSniff, HeadAndBodyInTheFirstFourKiBAreClaimed) {
  EXPECT_TRUE(looks_like_html("Preamble\n<head><title>x</title></head>\n<body>y</body>"));
  EXPECT_FALSE(looks_like_html("Preamble\n<head> only"));
}

TEST(HtmlSniff, HtmlTagLaterInTheFirstFourKiBIsClaimed) {
  EXPECT_TRUE(looks_like_html("Return-Path: x\n\n<html><body>x</body></html>"));
}

TEST(HtmlSniff, HtmlTagPastTheFirstFourKiBIsNotClaimed) {
  EXPECT_FALSE(looks_like_html(std::string(5000, 'a') + "<html>"));
}

TEST(HtmlSniff, LookalikeTagNamesAreNotClaimed) {
  EXPECT_FALSE(looks_like_html("<htmlish> <header-x> <bodyguard>"));
}

TEST(HtmlSniff, MarkdownWithBrAndTableIsNotClaimed) {
  EXPECT_FALSE(
      looks_like_html("# Referat\n\nMødedato<br>4. oktober\n\n<table><tr><td>A</td></tr>"
                      "</table>\n"));
}

TEST(HtmlSniff, MarkdownCorpusMinutesAreNotClaimed) {
  const std::string text =
      read_file(std::string(PROTOKOL_FIXTURES_DIR) + "/corpus/004_f36d0290eb02bd68.txt");
  ASSERT_FALSE(text.empty());
  EXPECT_FALSE(looks_like_html(text));
}

TEST(HtmlSniff, MarkdownArchiveMinutesAreNotClaimed) {
  const std::string text = read_file(std::string(PROTOKOL_FIXTURES_DIR) +
                                     "/../../examples/archive/rudersdal-2023-10-04.md");
  ASSERT_FALSE(text.empty());
  EXPECT_FALSE(looks_like_html(text));
}

TEST(HtmlSniff, PlainTextAndPdfAreNotClaimed) {
  EXPECT_FALSE(looks_like_html("REFERAT Økonomiudvalget\n\nPunkt 1: Meddelelser\n"));
  EXPECT_FALSE(looks_like_html("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"));
  EXPECT_FALSE(looks_like_html(""));
}

}  // namespace
}  // namespace protokol::html
