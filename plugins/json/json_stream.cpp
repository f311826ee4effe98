#include "json_stream.hpp"

#include <array>
#include <charconv>
#include <cstring>
#include <export_common/plain_scan.hpp>
#include <export_common/utf8.hpp>

namespace protokol::json_export {
namespace {

// Strings are checked to be UTF-8 before they are scanned, so only quote,
// backslash and controls stop the scan.
constexpr export_common::plain_scan json_scan('"', '\\', '"', true);

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

}  // namespace

json_stream::json_stream(byte_output& out, int indent)
    : out_(out),
      serializer_(std::make_shared<adapter>(out_), ' ', nlohmann::json::error_handler_t::replace),
      indent_(indent) {}

void json_stream::key(std::string_view name) {
  next_element();
  // The schema's keys are short: quoted and followed by the colon in one
  // piece, one append instead of three.
  constexpr std::size_t max_short_key = 48;
  const std::string_view after = indent_ >= 0 ? "\": " : "\":";
  if (name.size() <= max_short_key) {
    char piece[max_short_key + 4];
    piece[0] = '"';
    std::memcpy(piece + 1, name.data(), name.size());
    std::memcpy(piece + 1 + name.size(), after.data(), after.size());
    out_.append({piece, 1 + name.size() + after.size()});
  } else {
    out_.push_back('"');
    out_.append(name);
    out_.append(after);
  }
  after_key_ = true;
}

void json_stream::string(const std::string& value) {
  before_value();
  if (!export_common::is_valid_utf8(value)) {
    // nlohmann decides where each U+FFFD goes.
    text_.get_ref<std::string&>().assign(value);
    serializer_.dump(text_, false, false, 0);
    return;
  }
  const auto& escapes = ascii_escapes();
  out_.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet written
  for (std::size_t pos = json_scan.skip(value, 0); pos < value.size();
       pos = json_scan.skip(value, pos)) {
    const auto c = static_cast<unsigned char>(value[pos]);
    out_.append(std::string_view(value).substr(run, pos - run));
    out_.append(escapes[c]);
    run = ++pos;
  }
  out_.append(std::string_view(value).substr(run));
  out_.push_back('"');
}

void json_stream::number(std::uint64_t value) {
  char digits[24];
  const auto result = std::to_chars(digits, digits + sizeof digits, value);
  raw_value({digits, static_cast<std::size_t>(result.ptr - digits)});
}

void json_stream::real(double value) {
  before_value();
  real_ = value;
  serializer_.dump(real_, false, false, 0);
}

void json_stream::finish() {
  out_.push_back('\n');
  out_.flush();
}

void json_stream::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  has_elements_.push_back(0);
}

void json_stream::close(char bracket) {
  const bool had_elements = has_elements_.back() != 0;
  has_elements_.pop_back();
  // dump(indent) writes "[]" and "{}" for empty containers.
  if (had_elements && indent_ >= 0) {
    out_.push_back('\n');
    out_.append(has_elements_.size() * static_cast<std::size_t>(indent_), ' ');
  }
  out_.push_back(bracket);
}

void json_stream::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  next_element();
}

void json_stream::next_element() {
  if (has_elements_.empty()) return;
  char& has_elements = has_elements_.back();
  if (has_elements != 0) out_.push_back(',');
  has_elements = 1;
  if (indent_ < 0) return;
  out_.push_back('\n');
  out_.append(has_elements_.size() * static_cast<std::size_t>(indent_), ' ');
}

void json_stream::raw_value(std::string_view text) {
  before_value();
  out_.append(text);
}

}  // namespace protokol::json_export
