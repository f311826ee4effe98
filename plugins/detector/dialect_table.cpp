// The agenda-system layouts (dialects) the detector tells apart. Each row is
// an RE2 pattern run on every sampled line; its weight times the number of
// matching lines (up to cap) adds to the dialect's score. A dialect counts
// only with min_key_lines key lines; support rows add to it then. See
// docs/detection.md for how scores become a confidence.
//
// The last column lists how a matching line can begin after spaces and tabs
// (line_cue::leads), so the detector passes over other lines without RE2.
//
// Patterns are general shapes of Danish minutes, not one municipality's
// strings. Item headings may carry markdown ("## ", "**") where a layout is
// also exported as markdown.
#include "dialect_scorer.hpp"

namespace protokol::detector {
namespace {

using enum rule_role;

// Optional markdown heading marks before an item heading.
#define PROTOKOL_MD_PREFIX R"(^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?)"

constexpr dialect_rule rules[] = {
    // Labelled number lines under each item ("Sagsnr.: 727-2018-2162",
    // "Doknr.: ...", "Dok.nr.", "J.nr."), whatever the item headings look like.
    {"sagsnr-doknr", key, R"(^[ \t]*Sags[ \t]?nr\.?[ \t]*:?[ \t]*[0-9A-Z])", 1.0, 60,
     "case number label line: Sagsnr.: / Sags nr.", "Sags[ \tn]"},
    {"sagsnr-doknr", key, R"(^[ \t]*Dok(?:ument)?\.?[ \t]?nr\.?[ \t]*:?[ \t]*[0-9A-Z])", 1.0, 60,
     "document number label line: Doknr.: / Dok.nr. / Dokumentnr.", "Dok[u. \tn]"},
    {"sagsnr-doknr", key, R"(^[ \t]*J\.[ \t]?nr\.?[ \t]*:?[ \t]*[0-9])", 0.75, 60,
     "journal number label line: J.nr.", "J.[ \tn]"},
    {"sagsnr-doknr", support, R"(^Punkt[ \t]+\d{1,3}[ \t]*:[ \t]*\S)", 0.5, 60,
     "the items these labels sit under", "Punkt[ \t]"},
    {"sagsnr-doknr", support, PROTOKOL_MD_PREFIX R"(\d{1,3}\.[ \t]+\p{Lu})", 0.25, 60,
     "the items these labels sit under",
     "#[# \t] ** [0-9].[ \t][ \tA-Z\x80-\xff] [0-9][0-9].[ \t][ \tA-Z\x80-\xff] [0-9][0-9][0-9].[ "
     "\t]"},
    {"sagsnr-doknr", support, PROTOKOL_MD_PREFIX R"((?:Pkt\.?|Sag)[ \t]*\d{1,3}(?:[.:)]|[ \t]|$))",
     0.5, 60, "the items these labels sit under", "#[# \t] ** Pkt[. \t0-9] Sag[ \t0-9]"},

    // Markdown exports of the FirstAgenda-style layout: "# Punkt N: Title",
    // "## **Punkt N: Title**" at mixed levels.
    {"markdown-export", key, R"(^#{1,6}[ \t]+(?:\*\*)?Punkt[ \t]+\d{1,3}[ \t]*:)", 1.0, 60,
     "markdown heading 'Punkt N:'", "#[# \t]"},
    {"markdown-export", key, R"(^\*\*Punkt[ \t]+\d{1,3}[ \t]*:)", 1.0, 60, "bold line 'Punkt N:'",
     "**Punkt"},

    // FirstAgenda/Acadre-style text exports: "Punkt N: Title".
    {"punkt-colon", key, R"(^Punkt[ \t]+\d{1,3}[ \t]*:[ \t]*\S)", 1.0, 60,
     "item heading 'Punkt N: Title'", "Punkt[ \t]"},

    // Items called "Pkt. N", "Sag N" or "Punkt N" without the colon.
    {"pkt", key, PROTOKOL_MD_PREFIX R"(Pkt\.?[ \t]*\d{1,3}(?:[.:)]|[ \t]|$))", 1.0, 60,
     "item heading 'Pkt. N'", "#[# \t] ** Pkt[. \t0-9]"},
    {"pkt", key, PROTOKOL_MD_PREFIX R"(Sag[ \t]+(?:nr\.?[ \t]*)?\d{1,3}(?:[.:)]|[ \t]|$))", 1.0, 60,
     "item heading 'Sag N' (not 'Sag 12/3456', a case number)", "#[# \t] ** Sag[ \t]"},
    {"pkt", key, PROTOKOL_MD_PREFIX R"(Punkt[ \t]+\d{1,3}(?:[.)]|[ \t]*$|[ \t]+[^:\s]))", 1.0, 60,
     "item heading 'Punkt N' without a colon", "#[# \t] ** Punkt[ \t]"},

    // "N. Title" headings, typical of pdftotext exports; numbered lists
    // inside items ("1. at ...") start lower-case and do not count. Upper-case
    // lists still do, so a plain "N. Title" line weighs half an item heading.
    {"numbered-heading", key, R"(^[ \t]*(?:\*\*)?\d{1,3}\.[ \t]+\p{Lu})", 0.5, 60,
     "item heading 'N. Title'",
     "** [0-9].[ \t][ \tA-Z\x80-\xff] [0-9][0-9].[ \t][ \tA-Z\x80-\xff] [0-9][0-9][0-9].[ \t]"},
    {"numbered-heading", key, R"(^[ \t]*#{1,6}[ \t]+(?:\*\*)?\d{1,3}\.[ \t]+\S)", 1.0, 60,
     "markdown heading 'N. Title': a heading, not a list", "#[# \t]"},
    {"numbered-heading", key, R"(^[ \t]*\d{1,3}\.[ \t]*$)", 0.75, 60,
     "item number alone on its line, title on a later one; lists do not do that",
     "[0-9].[ \t][ \t] [0-9][0-9].[ \t][ \t] [0-9][0-9][0-9].[ \t][ \t]"},
    {"numbered-heading", support,
     R"(^[ \t]*Side[ \t]+\d{1,4}(?:[ \t]*(?:af|/)[ \t]*\d{1,4})?[ \t]*$)", 0.5, 30,
     "running page header or footer 'Side N' of a PDF export", "Side[ \t]"},
    {"numbered-heading", support, R"(^[ \t]*Dato:[ \t]*\d{1,2}\.\d{1,2}\.\d{4}[ \t]*$)", 0.25, 30,
     "running page header 'Dato: DD.MM.YYYY'", "Dato:"},
};

#undef PROTOKOL_MD_PREFIX

}  // namespace

std::span<const dialect_rule> dialect_rules() { return rules; }

}  // namespace protokol::detector
