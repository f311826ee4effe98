// sample_documents.hpp: documents the exporters' tests write, as a pipeline
// would have filled them (text, offsets and all).
#pragma once

#include <cstddef>
#include <protokol/document.hpp>
#include <string>
#include <vector>

namespace protokol::export_testing {

/// A committee meeting with what exporters must carry: Danish letters,
/// quotes, commas and line breaks in fields, a formula-looking title
/// ("=SUM(A1)"), votes, entities of several types, warnings, and a closed
/// item (number "4") whose body public mode must withhold.
document sample_meeting();

/// A document in which nothing was found: no items, empty fields.
document empty_meeting();

/// Fields holding what breaks writers: markup characters, CR, tab, leading
/// blanks, emoji, separators, cells spreadsheets read as formulas.
document awkward_meeting();
/// A PDF-like document with form feeds: items carry the page they start on.
document paged_meeting();

/// The sample meeting as each format reader would set it (pdf, html, docx),
/// keys suffixed by the format, and the paged meeting: what the schemas
/// must take besides the detector's plain and markdown.
std::vector<document> reader_format_documents();

/// The documents of the golden files, in no particular order.
std::vector<document> golden_documents();

/// A meeting whose exported text is about `bytes` long (throughput tests).
document large_meeting(std::size_t bytes);

/// Bytes of text the document holds in exported fields (what throughput is
/// measured against): every string of source, meeting, items, entities and
/// warnings.
std::size_t content_bytes(const document& doc);

/// Every non-blank line of the section texts and decisions of closed items:
/// what public mode must not let out.
std::vector<std::string> closed_body_lines(const document& doc);

}  // namespace protokol::export_testing
