#include "side_panel.hpp"

#include <map>
#include <string_view>

namespace protokol::review_export {
namespace {

void field(html_out& out, std::string_view label, std::string_view value) {
  out.raw("<dt>");
  out.raw(label);
  out.raw("</dt><dd>");
  if (value.empty()) {
    out.raw("<span class=\"muted\">—</span>");
  } else {
    out.text(value);
  }
  out.raw("</dd>");
}

std::string joined(const std::vector<std::string>& values) {
  std::string all;
  for (const std::string& v : values) {
    if (!all.empty()) all += ", ";
    all += v;
  }
  return all;
}

void write_participants(html_out& out, const std::vector<participant>& people) {
  out.raw("<h3>Participants (");
  out.raw(std::to_string(people.size()));
  out.raw(")</h3>");
  if (people.empty()) {
    out.raw("<p class=\"muted\">none found</p>");
    return;
  }
  out.raw("<table><tr><th>Name</th><th>Party</th><th>Role</th><th>Status</th></tr>");
  for (const participant& p : people) {
    out.raw(p.status == "absent" ? "<tr class=\"absent\"><td>" : "<tr><td>");
    out.text(p.name);
    out.raw("</td><td>");
    out.text(p.party);
    out.raw("</td><td>");
    out.text(p.role);
    out.raw("</td><td>");
    out.text(p.status);
    out.raw("</td></tr>");
  }
  out.raw("</table>");
}

void write_meeting(html_out& out, const meeting_info& m) {
  out.raw("<h2>Meeting</h2><dl class=\"fields\">");
  field(out, "title", m.title);
  field(out, "committee", m.committee);
  field(out, "municipality", m.municipality);
  field(out, "date", m.date);
  field(out, "start time", m.start_time);
  field(out, "location", m.location);
  out.raw("</dl>");
  write_participants(out, m.participants);
}

std::string votes_of(const vote_record& v) {
  std::string all;
  const auto add = [&](std::string_view label, const std::vector<std::string>& who) {
    if (who.empty()) return;
    if (!all.empty()) all += "; ";
    all += std::string(label) + ": " + joined(who);
  };
  add("for", v.for_);
  add("against", v.against);
  add("abstained", v.abstained);
  if (v.unanimous) all += all.empty() ? "unanimous" : "; unanimous";
  if (v.has_counts()) {
    const auto n = [](int c) { return c < 0 ? std::string("?") : std::to_string(c); };
    if (!all.empty()) all += "; ";
    all += "counted " + n(v.for_count) + " for, " + n(v.against_count) + " against, " +
           n(v.abstained_count) + " abstained";
  }
  return all;
}

void write_item(html_out& out, const item& it, bool withheld, const std::string& anchor) {
  out.raw("<li><a href=\"#");
  out.href(anchor);
  out.raw("\"><b>");
  out.text(it.number);
  out.raw("</b> ");
  out.text(it.title);
  out.raw("</a>");
  if (it.closed) out.raw(" <span class=\"badge closed\">closed</span>");
  out.raw("<dl class=\"fields\">");
  field(out, "case numbers", joined(it.case_numbers));
  if (withheld) {
    out.raw("</dl><p class=\"muted\">Body withheld (public mode).</p></li>");
    return;
  }
  field(out, "documents", joined(it.document_numbers));
  field(out, "decision", it.decision);
  field(out, "votes", votes_of(it.votes));
  field(out, "absent", joined(it.absent));
  out.raw("</dl></li>");
}

void write_items(html_out& out, const document& doc, const export_common::public_view& view,
                 const std::vector<std::string>& anchors) {
  out.raw("<h2>Items (");
  out.raw(std::to_string(doc.items.size()));
  out.raw(")</h2><ol class=\"items\">");
  for (std::size_t i = 0; i < doc.items.size(); ++i)
    write_item(out, doc.items[i], view.withholds_body(doc.items[i]), anchors[i]);
  out.raw("</ol>");
}

void write_entities(html_out& out, const document& doc, const export_common::public_view& view) {
  std::map<std::string_view, std::vector<std::size_t>> by_type;
  for (std::size_t i = 0; i < doc.entities.size(); ++i)
    if (view.keeps_entity(i)) by_type[doc.entities[i].type].push_back(i);
  out.raw("<h2>Entities</h2>");
  if (by_type.empty()) out.raw("<p class=\"muted\">none found</p>");
  for (const auto& [type, indexes] : by_type) {
    out.raw("<h3>");
    out.text(type);
    out.raw(" (");
    out.raw(std::to_string(indexes.size()));
    out.raw(")</h3><ul class=\"entities\">");
    for (const std::size_t i : indexes) {
      const entity& e = doc.entities[i];
      out.raw("<li><a href=\"#e-");
      out.raw(std::to_string(i));
      out.raw("\">");
      out.text(e.text);
      out.raw("</a>");
      if (e.value != e.text) {
        out.raw(" → ");
        out.text(e.value);
      }
      for (const std::string* extra : {&e.party, &e.role, &e.style}) {
        if (extra->empty()) continue;
        out.raw(" <span class=\"muted\">");
        out.text(*extra);
        out.raw("</span>");
      }
      if (!e.item.empty()) {
        out.raw(" <span class=\"muted\">item ");
        out.text(e.item);
        out.raw("</span>");
      }
      out.raw("</li>");
    }
    out.raw("</ul>");
  }
}

void write_warnings(html_out& out, const document& doc, const export_common::public_view& view) {
  out.raw("<h2>Warnings</h2><ul class=\"warnings\">");
  bool any = false;
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    if (!view.keeps_warning(i)) continue;
    any = true;
    out.raw("<li>");
    out.text(doc.warnings[i]);
    out.raw("</li>");
  }
  out.raw("</ul>");
  if (!any) out.raw("<p class=\"muted\">none</p>");
}

}  // namespace

void write_side_panel(html_out& out, const document& doc, const export_common::public_view& view,
                      const std::vector<std::string>& anchors) {
  out.raw("<aside class=\"panel\">");
  write_meeting(out, doc.meeting);
  write_items(out, doc, view, anchors);
  write_entities(out, doc, view);
  write_warnings(out, doc, view);
  out.raw("</aside>");
}

}  // namespace protokol::review_export
