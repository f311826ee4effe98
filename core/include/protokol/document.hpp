// protokol/document.hpp: the data model every stage reads and fills.
//
// One `document` per input file. The core fills `source` (path, sha256, bytes)
// and `raw`; a reader stage turns `raw` into `text` (UTF-8, NFC, LF line ends);
// later stages fill the rest. All offsets are byte offsets into `text`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace protokol {

/// Where a document came from and what the detectors found.
struct source_info {
  std::string path;         ///< path of the input file as given on the command line
  std::string sha256;       ///< lowercase hex digest of the raw bytes
  std::uint64_t bytes = 0;  ///< size of the raw file
  std::string format;       ///< "plain" | "markdown" | "html" | "pdf" | "docx" (empty until read)
  std::string dialect;      ///< agenda-system layout, e.g. "punkt-colon"; "generic" fallback
  std::string encoding;     ///< encoding as found, e.g. "UTF-8", "UTF-8 BOM", "windows-1252"
  double confidence = 0;    ///< detector confidence in [0, 1]
};

/// A member or official named in the meeting header or an item.
struct participant {
  std::string name;
  std::string
      party;  ///< canonical party value ("A", "F", "Løsgænger"; docs/parties.md), empty if unknown
  std::string role;    ///< "formand", "direktør", ... as written (lowercase), empty if none
  std::string status;  ///< "present" | "absent"
};

/// The meeting as a whole.
struct meeting_info {
  std::string title;  ///< the document's heading line, as written
  std::string committee;
  std::string municipality;  ///< only when the text tells it
  std::string date;          ///< YYYY-MM-DD
  std::string start_time;    ///< HH:MM
  std::string location;      ///< kept whole
  std::vector<participant> participants;
  std::string front_matter;  ///< text before the first item that no header field took
};

/// A headed part of an item, such as "Sagsfremstilling".
struct section {
  std::string heading;  ///< as written, markup removed
  std::string kind;     ///< fixed vocabulary, see docs/sections.md
  std::string text;
  std::size_t start = 0;  ///< offset of the heading in `document::text`
  std::size_t end = 0;    ///< offset just past the section's text
};

/// Who voted how on an item: party values or person names, and what the
/// minutes say besides the names.
struct vote_record {
  std::vector<std::string> for_;  ///< trailing underscore: `for` is a keyword
  std::vector<std::string> against;
  std::vector<std::string> abstained;
  /// "Enstemmigt": every member voting voted for; the lists may name nobody.
  bool unanimous = false;
  /// Counts as the minutes give them ("For stemte: A, F og Ø (15)", "9
  /// stemmer for og 2 imod"); -1 where they give none. A count counts members,
  /// a list may name parties, so the two need not agree in length.
  int for_count = -1;
  int against_count = -1;
  int abstained_count = -1;

  bool has_counts() const { return for_count >= 0 || against_count >= 0 || abstained_count >= 0; }
  bool empty() const {
    return for_.empty() && against.empty() && abstained.empty() && !unanimous && !has_counts();
  }
};

/// One agenda item.
struct item {
  std::string number;  ///< as numbered in the minutes ("1", "12")
  std::string title;   ///< the title alone: closed markers are removed into `closed`
  bool closed = false;
  std::vector<std::string> case_numbers;
  std::vector<std::string> document_numbers;
  std::vector<section> sections;
  std::string decision;  ///< text of the decision section(s) of this meeting
  vote_record votes;
  std::vector<std::string> attachments;
  std::vector<std::string> absent;  ///< names of members absent for this item
  std::size_t start = 0;            ///< offset of the item heading in `document::text`
  std::size_t end = 0;              ///< offset just past the item
};

/// Something found in the text: a person, a party, a case number, ...
struct entity {
  std::string type;       ///< "person" | "party" | "case_number" | "document_number" | ...
  std::string text;       ///< as written
  std::string value;      ///< normalised
  std::string item;       ///< number of the item it occurs in; empty means the meeting header
  std::size_t start = 0;  ///< byte offset into `document::text`
  std::size_t end = 0;
  std::string party;  ///< person: canonical party when the text says
  std::string role;   ///< person: role when the text says
  std::string style;  ///< case_number/document_number: which numbering style
};

/// One input file and everything the pipeline learnt about it.
struct document {
  std::string key;  ///< stable, collision-free output name (no extension)
  source_info source;
  std::string raw;   ///< the file's bytes, as read
  std::string text;  ///< normalised UTF-8 NFC text with LF line ends
  meeting_info meeting;
  std::vector<item> items;
  std::vector<entity> entities;
  std::vector<std::string> warnings;
};

/// Version of the exported document schema; bump on any change to the output.
inline constexpr const char* document_schema_version = "1.0";

}  // namespace protokol
