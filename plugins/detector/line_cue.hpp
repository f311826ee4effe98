// line_cue.hpp: the bytes a line must show for a pattern to match it, so
// that lines without them need not go through RE2.
#pragma once

namespace protokol::detector {

/// How a line that a pattern matches begins after spaces and tabs (patterns
/// anchored at the line start), or a byte it shows anywhere (the others).
/// tests/line_cue_test.cpp checks every table row's cue against RE2 on the
/// fixtures' lines.
struct line_cue {
  /// The ways a matching line can begin at its first non-blank byte,
  /// separated by spaces: each a byte, or a set of bytes in brackets
  /// ("[ \t0-9]"; a range "a-b", "-" itself first or last), per byte of the
  /// line: "Sags[ \tn]" for "Sagsnr." and "Sags nr.", "#" for any line
  /// starting with "#". A line that ends inside a lead is left to RE2. Lines
  /// of running text start with a capital as the headings do, but go on
  /// with other letters ("Det", "Sagen", "Sagsfremstilling", "På").
  const char* leads = "";
  const char* anywhere = "";  ///< bytes of which one occurs somewhere in the line
};

}  // namespace protokol::detector
