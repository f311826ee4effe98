// export_common/piece_writer.hpp: the buffer the JSON and XML writers put
// their many small pieces into, written in place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <protokol/byte_output.hpp>
#include <string_view>

namespace protokol::export_common {

// GCC warns of the eight-byte moves where it inlines a copy of a shorter
// constant ("&amp;"), though the branch never runs for it.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"
#endif
/// Copies `size` bytes, at most sixteen, by two moves of a fixed size that
/// may overlap; returns the end. A key, a tag name or a number is a few
/// bytes: a call to memcpy costs more than the copy itself.
inline char* copy_short(char* to, const char* from, std::size_t size) {
  if (size >= 8) {
    std::memcpy(to, from, 8);
    std::memcpy(to + size - 8, from + size - 8, 8);
  } else if (size >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + size - 4, from + size - 4, 4);
  } else if (size > 0) {
    to[0] = from[0];
    to[size / 2] = from[size / 2];
    to[size - 1] = from[size - 1];
  }
  return to + size;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

/// Copies `bytes` to `to` (copy_short when they are few); returns the end.
inline char* copy_piece(char* to, std::string_view bytes) {
  if (bytes.size() <= 16) return copy_short(to, bytes.data(), bytes.size());
  std::memcpy(to, bytes.data(), bytes.size());
  return to + bytes.size();
}

/// Like protokol::chunked_writer, one fixed buffer handed on in chunks of
/// 64 KiB, but a writer may also put a piece straight into it: room(n)
/// returns where n bytes may go, commit() takes their end. A key with the
/// comma and indentation before it is then one piece written in place, not
/// five appends each copying through memcpy.
class piece_writer {
 public:
  /// Size of the chunks handed on; larger pieces go on unbuffered.
  static constexpr std::size_t chunk_bytes = std::size_t{1} << 16;
  /// The most bytes room() gives at a time.
  static constexpr std::size_t max_room = 512;
  /// Bytes past the room asked for that a writer may overwrite (and leave
  /// to be overwritten): fill() stores 32 bytes for fewer.
  static constexpr std::size_t overrun = 32;

  /// Hands chunks to `out`, which must outlive this object.
  explicit piece_writer(byte_output& out)
      // for_overwrite: nothing reads the buffer before it is written.
      : out_(out),
        buffer_(std::make_unique_for_overwrite<char[]>(chunk_bytes + overrun)),
        next_(buffer_.get()),
        end_(buffer_.get() + chunk_bytes) {}

  /// Where up to `count` (at most max_room) bytes, plus `overrun` to be
  /// overwritten, may be written; commit() their end.
  char* room(std::size_t count) {
    if (count > static_cast<std::size_t>(end_ - next_)) flush();
    return next_;
  }
  /// True when room(count) would give space without handing a chunk on.
  bool fits(std::size_t count) const { return count <= left(); }
  /// Takes what was written from the last room() up to `end`.
  void commit(char* end) { next_ = end; }

  // The three appends below copy in place when the piece is short and fits
  // and leave everything else to a call out of line, made last: the path
  // taken for nearly every piece (TinyXML2's "<", "</", a tag name, a
  // line's indentation) then saves and restores no registers.

  /// Appends `bytes` after what is buffered.
  void append(std::string_view bytes) {
    if (bytes.size() <= 16 && bytes.size() <= left()) {
      next_ = copy_short(next_, bytes.data(), bytes.size());
      return;
    }
    append_long(bytes);
  }
  /// Appends one byte.
  void push_back(char c) {
    if (next_ != end_) {
      *next_++ = c;
      return;
    }
    push_back_after_flush(c);
  }
  /// Appends `count` copies of `c` (indentation).
  void append(std::size_t count, char c) {
    if (count <= 32 && count <= left()) {
      next_ = fill(next_, count, c);
      return;
    }
    append_long(count, c);
  }
  /// Writes `count` copies of `c` at `to`; returns the end. Up to 32 bytes
  /// (indentation) by four stores of eight, which may reach `overrun` bytes
  /// past them: GCC turns a loop of stores into "rep stos", slow to start
  /// for a few bytes.
  static char* fill(char* to, std::size_t count, char c) {
    if (count > 32) {
      std::memset(to, c, count);
      return to + count;
    }
    const std::uint64_t word = 0x0101010101010101u * static_cast<unsigned char>(c);
    std::memcpy(to, &word, 8);
    std::memcpy(to + 8, &word, 8);
    std::memcpy(to + 16, &word, 8);
    std::memcpy(to + 24, &word, 8);
    return to + count;
  }
  /// Hands on what is buffered. Not done by the destructor: after an
  /// exception nothing more should be written.
  void flush();

 private:
  std::size_t left() const { return static_cast<std::size_t>(end_ - next_); }

  // Out of line, as flush(): the short pieces' inline path then needs no
  // registers saved around it.
  void append_long(std::string_view bytes);
  void push_back_after_flush(char c);
  void append_long(std::size_t count, char c);

  byte_output& out_;
  std::unique_ptr<char[]> buffer_;
  char* next_;       // where the next byte goes
  char* const end_;  // end of the chunk; `overrun` bytes of slack follow
};

}  // namespace protokol::export_common
