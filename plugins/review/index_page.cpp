#include "index_page.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <protokol/output_key.hpp>
#include <sstream>
#include <stdexcept>

#include "html_out.hpp"
#include "page_style.hpp"

namespace protokol::review_export {
namespace {

void cell(html_out& out, std::size_t n) {
  out.raw("<td class=\"n\">");
  out.raw(std::to_string(n));
  out.raw("</td>");
}

void cell(html_out& out, const std::string& text) {
  out.raw("<td>");
  out.text(text);
  out.raw("</td>");
}

void write_row(html_out& out, const page_summary& s) {
  out.raw("<tr><td><a href=\"");
  out.href(s.key + ".html");
  out.raw("\">");
  out.text(s.title.empty() ? s.key : s.title);
  out.raw("</a><br><span class=\"muted\">");
  out.text(s.path);
  out.raw("</span></td>");
  cell(out, s.committee);
  out.raw("<td class=\"date\">");
  out.text(s.date);
  out.raw("</td>");
  cell(out, s.items);
  cell(out, s.closed_items);
  cell(out, s.people);
  cell(out, s.entities);
  cell(out, s.warnings);
  out.raw("</tr>\n");
}

}  // namespace

std::string summary_json(const page_summary& s) {
  const nlohmann::json j = {{"key", s.key},
                            {"title", s.title},
                            {"committee", s.committee},
                            {"date", s.date},
                            {"path", s.path},
                            {"items", s.items},
                            {"closed_items", s.closed_items},
                            {"people", s.people},
                            {"entities", s.entities},
                            {"warnings", s.warnings}};
  // Replace: a field that is not UTF-8 must not fail the document here.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

page_summary read_summary(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    page_summary s;
    s.key = j.at("key").get<std::string>();
    s.title = j.at("title").get<std::string>();
    s.committee = j.at("committee").get<std::string>();
    s.date = j.at("date").get<std::string>();
    s.path = j.at("path").get<std::string>();
    s.items = j.at("items").get<std::size_t>();
    s.closed_items = j.at("closed_items").get<std::size_t>();
    s.people = j.at("people").get<std::size_t>();
    s.entities = j.at("entities").get<std::size_t>();
    s.warnings = j.at("warnings").get<std::size_t>();
    return s;
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(file.string() + " is not a review summary: " + e.what());
  }
}

std::vector<page_summary> read_summaries(const std::filesystem::path& folder) {
  std::vector<page_summary> docs;
  for (const std::string& key : list_keys(folder, ".json"))
    docs.push_back(read_summary(folder / (key + ".json")));
  return docs;
}

void write_index(const std::vector<page_summary>& docs, bool public_mode, byte_output& sink) {
  html_out out(sink);
  out.raw("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">");
  out.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"");
  out.attr(content_security_policy);
  out.raw("\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
  out.raw("<title>Review: all documents</title><style>");
  out.raw(page_css);
  out.raw(
      "main.index{margin:20px 24px;background:#fff;border:1px solid var(--line);"
      "border-radius:6px;padding:8px "
      "14px}td.n,th.n{text-align:right}td.date{white-space:nowrap}</style></head>\n");
  out.raw("<body><header class=\"top\"><h1>Review: all documents</h1><div class=\"meta\">");
  out.raw(std::to_string(docs.size()));
  out.raw(" documents");
  if (public_mode) out.raw(" · <span class=\"badge closed\">public version</span>");
  out.raw(
      "</div></header>\n<main class=\"index\"><table><thead><tr><th>Document</th>"
      "<th>Committee</th><th>Date</th><th class=\"n\">Items</th><th class=\"n\">Closed</th>"
      "<th class=\"n\">People</th><th class=\"n\">Entities</th><th class=\"n\">Warnings</th>"
      "</tr></thead><tbody>\n");
  for (const page_summary& s : docs) write_row(out, s);
  out.raw("</tbody></table></main></body></html>\n");
  out.flush();
}

}  // namespace protokol::review_export
