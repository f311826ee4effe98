#include "page_writer.hpp"

#include <export_common/page_map.hpp>
#include <export_common/public_view.hpp>

#include "html_out.hpp"
#include "page_style.hpp"
#include "side_panel.hpp"
#include "text_pane.hpp"

namespace protokol::review_export {
namespace {

void write_head(html_out& out, const document& doc) {
  out.raw("<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">");
  out.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"");
  out.attr(content_security_policy);
  out.raw("\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
  out.text(doc.meeting.title.empty() ? doc.key : doc.meeting.title);
  out.raw(" — review</title><style>");
  out.raw(page_css);
  out.raw("</style></head>\n");
}

void write_legend(html_out& out) {
  out.raw(
      "<div class=\"legend\"><span class=\"sw-person\">person</span>"
      "<span class=\"sw-party\">party</span><span class=\"sw-case\">case number</span>"
      "<span class=\"sw-doc\">document number</span><span class=\"sw-other\">other entity</span>"
      "<span class=\"sw-section\">section</span><span class=\"sw-decision\">decision</span>"
      "</div>");
}

void write_header(html_out& out, const document& doc, const page_summary& counts,
                  bool public_mode) {
  out.raw("<header class=\"top\"><h1>");
  out.text(doc.meeting.title.empty() ? doc.key : doc.meeting.title);
  out.raw("</h1><div class=\"meta\"><a href=\"index.html\">All documents</a> · ");
  out.text(doc.source.path);
  out.raw(" · ");
  out.text(doc.source.format);
  if (!doc.source.dialect.empty()) {
    out.raw(" / ");
    out.text(doc.source.dialect);
  }
  out.raw(" · ");
  out.raw(std::to_string(counts.items));
  out.raw(" items (");
  out.raw(std::to_string(counts.closed_items));
  out.raw(" closed), ");
  out.raw(std::to_string(counts.entities));
  out.raw(" entities, ");
  out.raw(std::to_string(counts.warnings));
  out.raw(" warnings");
  if (public_mode) out.raw(" · <span class=\"badge closed\">public version</span>");
  out.raw("</div>");
  write_legend(out);
  out.raw("</header>\n");
}

page_summary summarise(const document& doc, const export_common::public_view& view) {
  page_summary s{doc.key,          doc.meeting.title, doc.meeting.committee,
                 doc.meeting.date, doc.source.path,   doc.items.size()};
  for (const item& it : doc.items) s.closed_items += it.closed ? 1 : 0;
  s.people = doc.meeting.participants.size();
  for (std::size_t i = 0; i < doc.entities.size(); ++i) s.entities += view.keeps_entity(i) ? 1 : 0;
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) s.warnings += view.keeps_warning(i) ? 1 : 0;
  return s;
}

}  // namespace

page_summary summarise_page(const document& doc, const page_options& options) {
  return summarise(doc, export_common::public_view(doc, options.public_mode));
}

page_summary write_page(const document& doc, const page_options& options, byte_output& sink) {
  const export_common::public_view view(doc, options.public_mode);
  const export_common::page_map pages(doc);
  const std::vector<std::string> anchors = item_anchors(doc);
  const page_summary summary = summarise(doc, view);
  html_out out(sink);
  write_head(out, doc);
  out.raw("<body>");
  write_header(out, doc, summary, options.public_mode);
  out.raw("<div class=\"layout\"><main class=\"text\">");
  write_text_pane(out, doc, view, pages, anchors);
  out.raw("</main>");
  write_side_panel(out, doc, view, anchors);
  out.raw("</div></body></html>\n");
  out.flush();
  return summary;
}

std::string to_page(const document& doc, const page_options& options) {
  std::string page;
  string_output out(page);
  write_page(doc, options, out);
  return page;
}

}  // namespace protokol::review_export
