// line_cue.hpp: the bytes a line must show for a pattern to match it, so
// that lines without them need not go through RE2.
#pragma once

namespace protokol::detector {

/// Where a line that a pattern matches shows one of some bytes: as its first
/// byte after spaces and tabs (patterns anchored at the line start), or
/// anywhere (the others). tests/line_cue_test.cpp checks every table row's
/// cue against RE2 on the fixtures' lines.
struct line_cue {
  const char* first = "";     ///< bytes the first non-blank byte can be
  const char* anywhere = "";  ///< bytes of which one occurs somewhere in the line
  /// Bytes the byte after the first non-blank one can be, for any of
  /// `first` ("Sagsnr." and "Sag 3" go on with 'a'); empty: any byte. Lines
  /// of running text start with a capital as the headings do, mostly
  /// followed by another letter than theirs ("Det", "Status", "På").
  const char* second = "";
};

}  // namespace protokol::detector
