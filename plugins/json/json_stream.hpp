// json_stream.hpp: a streaming JSON writer in nlohmann/json's own format.
#pragma once

#include <cstdint>
#include <export_common/piece_writer.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <protokol/byte_output.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::json_export {

/// Writes JSON token by token, laid out exactly as nlohmann's dump(indent)
/// lays out a tree, with nlohmann's escapes for strings, its number format
/// for reals and its U+FFFD replacement of ill-formed UTF-8: the output is
/// byte for byte that of dump() (tests hold it to that). Nothing grows with
/// the document but the nesting stack.
class json_stream {
 public:
  /// `indent` < 0 writes one line, as dump(-1) does.
  json_stream(byte_output& out, int indent);

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  /// Starts a member of the current object; `name` is written unescaped.
  void key(std::string_view name);
  void string(const std::string& value);
  /// key(name) then string(value), or number(value): in one piece when the
  /// value needs no escape, as names, kinds, dates and numbers do.
  void member(std::string_view name, const std::string& value);
  void member(std::string_view name, std::uint64_t value);
  void number(std::uint64_t value);
  void real(double value);
  void boolean(bool value) { raw_value(value ? "true" : "false"); }
  void null() { raw_value("null"); }
  /// Ends the text with a newline and hands everything on.
  void finish();

 private:
  // nlohmann's serializer writes through this into the chunked writer.
  class adapter final : public nlohmann::detail::output_adapter_protocol<char> {
   public:
    explicit adapter(export_common::piece_writer& out) : out_(out) {}
    void write_character(char c) override { out_.push_back(c); }
    void write_characters(const char* s, std::size_t length) override { out_.append({s, length}); }

   private:
    export_common::piece_writer& out_;
  };

  void open(char bracket);
  void close(char bracket);
  // Where a value goes: after its key, or after the comma and indentation
  // that begin_element writes. `extra` bytes may follow (at most
  // export_common::piece_writer::max_room / 2); commit their end.
  char* begin_value(std::size_t extra);
  char* begin_element(std::size_t extra);
  // begin_element for one line, deep nesting or a full buffer.
  [[gnu::noinline]] char* begin_element_otherwise(std::size_t extra);
  // Indentation up to this deep goes into begin_element's piece.
  static constexpr std::size_t max_indentation = export_common::piece_writer::max_room / 2 - 2;
  void raw_value(std::string_view text);
  // string() for `text` whose first `plain` bytes need no escape.
  void string_after(std::string_view text, std::size_t plain);
  // `"name": ` (or `"name":` on one line) at `to`; returns the end.
  char* put_key(char* to, std::string_view name) const;
  // `"text"` at `to`, for text that needs no escape; returns the end.
  static char* put_plain_string(char* to, std::string_view text);

  export_common::piece_writer out_;
  nlohmann::detail::serializer<nlohmann::json> serializer_;
  const int indent_;
  // Per open container (char, not bool: vector<bool>'s bit access costs more
  // than the byte on the path of every key and value).
  std::vector<char> has_elements_;
  bool after_key_ = false;
  // Reused holder: the serializer takes JSON values.
  nlohmann::json real_ = 0.0;
};

}  // namespace protokol::json_export
