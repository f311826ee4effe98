#include "json_stream.hpp"

#include <array>
#include <cstring>
#include <export_common/decimal.hpp>
#include <export_common/piece_writer.hpp>
#include <export_common/plain_scan.hpp>
#include <utf8/utf8.hpp>

namespace protokol::json_export {
namespace {

// Quote, backslash and controls stop the scan, and so do the UTF-8
// sequences string() checks (but for whole two-byte characters).
constexpr export_common::plain_scan_of_two json_scan('"', '\\', '"');

// What nlohmann writes for each ASCII character JSON escapes (controls,
// quote, backslash), taken from nlohmann itself once. Within well-formed
// UTF-8 its escaping is character by character, so a string written as
// plain runs plus these pieces is byte for byte its dump, minus the cost of
// running every byte through its UTF-8 decoder.
const std::array<std::string, 0x80>& ascii_escapes() {
  static const std::array<std::string, 0x80> table = [] {
    std::array<std::string, 0x80> escapes;
    for (int c = 0; c < 0x80; ++c) {
      const std::string quoted = nlohmann::json(std::string(1, static_cast<char>(c))).dump();
      escapes[static_cast<std::size_t>(c)] = quoted.substr(1, quoted.size() - 2);
    }
    return escapes;
  }();
  return table;
}

// An element's comma (when one came before it), line break and indentation
// at `to`, which has room for 2 + `indentation` bytes; returns their end.
inline char* put_element_break(char* to, bool comma, std::size_t indentation) {
  *to = ',';
  to += comma ? 1 : 0;
  *to++ = '\n';
  return export_common::piece_writer::fill(to, indentation, ' ');
}

}  // namespace

json_stream::json_stream(byte_output& out, int indent)
    : out_(out),
      serializer_(std::make_shared<adapter>(out_), ' ', nlohmann::json::error_handler_t::replace),
      indent_(indent) {}

// Inline: on the path of every key and value, and a few instructions
// when the piece goes on the current line or the next.
inline char* json_stream::begin_value(std::size_t extra) {
  if (after_key_) {
    after_key_ = false;
    return out_.room(extra);
  }
  return begin_element(extra);
}

inline char* json_stream::begin_element(std::size_t extra) {
  // Nearly every element: indented, not deeper than documents go, and the
  // piece fits the buffer. No call on this path, so no registers to save.
  if (!has_elements_.empty() && indent_ >= 0) {
    const std::size_t indentation = has_elements_.size() * static_cast<std::size_t>(indent_);
    if (indentation <= max_indentation && out_.fits(2 + indentation + extra)) {
      char& has_elements = has_elements_.back();
      const bool comma = has_elements != 0;
      has_elements = 1;
      return put_element_break(out_.room(2 + indentation + extra), comma, indentation);
    }
  }
  return begin_element_otherwise(extra);
}

char* json_stream::begin_element_otherwise(std::size_t extra) {
  if (has_elements_.empty()) return out_.room(extra);
  char& has_elements = has_elements_.back();
  const bool comma = has_elements != 0;
  has_elements = 1;
  if (indent_ < 0) {
    char* const to = out_.room(1 + extra);
    *to = ',';
    return to + (comma ? 1 : 0);
  }
  const std::size_t indentation = has_elements_.size() * static_cast<std::size_t>(indent_);
  if (indentation > max_indentation) {
    // Deeper than documents go: the same bytes, piece by piece.
    if (comma) out_.push_back(',');
    out_.push_back('\n');
    out_.append(indentation, ' ');
    return out_.room(extra);
  }
  return put_element_break(out_.room(2 + indentation + extra), comma, indentation);
}

// Keys up to this long go into a piece written in place.
constexpr std::size_t max_short_key = 64;

inline char* json_stream::put_plain_string(char* to, std::string_view text) {
  *to++ = '"';
  to = export_common::copy_piece(to, text);
  *to++ = '"';
  return to;
}

inline char* json_stream::put_key(char* to, std::string_view name) const {
  *to++ = '"';
  to = export_common::copy_piece(to, name);
  // Four bytes stored, three or two kept.
  std::memcpy(to, "\": ", 4);
  return to + (indent_ >= 0 ? 3 : 2);
}

void json_stream::key(std::string_view name) {
  // Comma, indentation, quoted key and colon: one piece written in place.
  if (name.size() > max_short_key) {
    out_.commit(begin_element(1));
    out_.push_back('"');
    out_.append(name);
    out_.append(indent_ >= 0 ? "\": " : "\":");
    after_key_ = true;
    return;
  }
  out_.commit(put_key(begin_element(name.size() + 5), name));
  after_key_ = true;
}

void json_stream::member(std::string_view name, const std::string& value) {
  // With the key, comma and indentation, within begin_element's room.
  constexpr std::size_t max_value = 180;
  const std::string_view text = value;
  if (name.size() > max_short_key || text.size() > max_value) {
    key(name);
    string(value);
    return;
  }
  const std::size_t first_stop = json_scan.skip(text, 0);
  if (first_stop != text.size()) {
    key(name);
    string_after(text, first_stop);
    return;
  }
  out_.commit(put_plain_string(put_key(begin_element(name.size() + text.size() + 7), name), text));
}

void json_stream::member(std::string_view name, std::uint64_t value) {
  if (name.size() > max_short_key) {
    key(name);
    number(value);
    return;
  }
  char* const to = put_key(begin_element(name.size() + 5 + 20), name);
  out_.commit(export_common::put_decimal(to, value));
}

void json_stream::string(const std::string& value) {
  const std::string_view text = value;
  string_after(text, json_scan.skip(text, 0));
}

void json_stream::string_after(std::string_view text, std::size_t first_stop) {
  // Most strings (names, kinds, dates, numbers) need no escape: separator,
  // quotes and string in one piece.
  constexpr std::size_t max_piece = 200;
  if (first_stop == text.size() && text.size() <= max_piece) {
    out_.commit(put_plain_string(begin_value(text.size() + 2), text));
    return;
  }
  char* const start = begin_value(1);
  *start = '"';
  out_.commit(start + 1);
  out_.append(text.substr(0, first_stop));
  // The rest (a body's lines, mostly) is copied into the piece writer's
  // room as it is scanned, its escapes written in place between the runs.
  const auto& escapes = ascii_escapes();
  constexpr std::size_t room = export_common::piece_writer::max_room;
  constexpr std::size_t most_per_stop = 16;  // an escape, a character or U+FFFD
  char* to = out_.room(room);
  const char* limit = to + (room - most_per_stop);
  std::size_t pos = first_stop;
  while (pos < text.size()) {
    pos = json_scan.copy_plain(text, pos, to, limit);
    if (pos == text.size()) break;
    if (limit - to < 16) {
      out_.commit(to);
      to = out_.room(room);
      limit = to + (room - most_per_stop);
      continue;
    }
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c == '\n') {
      // A body's line breaks, most of the stops: nlohmann's escape of LF
      // (ascii_escapes()['\n'], tests hold them to the same), two bytes stored.
      std::memcpy(to, "\\n", 2);
      to += 2;
      ++pos;
      continue;
    }
    if (c < 0x80) {
      const std::string& escape = escapes[c];
      to = export_common::copy_short(to, escape.data(), escape.size());
      ++pos;
      continue;
    }
    if (const std::size_t length = utf8::utf8_char_length(text, pos); length != 0) {
      to = export_common::copy_short(to, text.data() + pos, length);
      pos += length;
      continue;
    }
    // Ill-formed UTF-8: one U+FFFD for the lead byte and the continuation
    // bytes that fit it, the "maximal subpart" nlohmann's decoder replaces
    // too (its replace mode; the tests hold the two to the same bytes).
    const std::string_view replacement = utf8::replacement_character;
    to = export_common::copy_short(to, replacement.data(), replacement.size());
    pos += utf8::utf8_invalid_length(text, pos);
  }
  *to++ = '"';
  out_.commit(to);
}

void json_stream::number(std::uint64_t value) {
  char* const to = begin_value(20);
  out_.commit(export_common::put_decimal(to, value));
}

void json_stream::real(double value) {
  out_.commit(begin_value(0));
  real_ = value;
  serializer_.dump(real_, false, false, 0);
}

void json_stream::finish() {
  out_.push_back('\n');
  out_.flush();
}

void json_stream::open(char bracket) {
  char* const to = begin_value(1);
  *to = bracket;
  out_.commit(to + 1);
  has_elements_.push_back(0);
}

void json_stream::close(char bracket) {
  const bool had_elements = has_elements_.back() != 0;
  has_elements_.pop_back();
  // dump(indent) writes "[]" and "{}" for empty containers.
  if (!had_elements || indent_ < 0) {
    out_.push_back(bracket);
    return;
  }
  const std::size_t indentation = has_elements_.size() * static_cast<std::size_t>(indent_);
  if (indentation + 2 > export_common::piece_writer::max_room) {
    out_.push_back('\n');
    out_.append(indentation, ' ');
    out_.push_back(bracket);
    return;
  }
  char* to = out_.room(indentation + 2);
  *to++ = '\n';
  to = export_common::piece_writer::fill(to, indentation, ' ');
  *to++ = bracket;
  out_.commit(to);
}

void json_stream::raw_value(std::string_view text) {
  out_.commit(export_common::copy_piece(begin_value(text.size()), text));
}

}  // namespace protokol::json_export
