// protokol/byte_output.hpp: where writers put their bytes, so that one
// writer serves both a file being written atomically and memory (tests).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace protokol {

/// A destination for bytes: an atomic_file (protokol/atomic_file.hpp), a
/// string_output, or whatever a test counts with.
class byte_output {
 public:
  virtual ~byte_output() = default;
  /// Appends `bytes`. Throws (std::system_error for files) when it cannot.
  virtual void write(std::string_view bytes) = 0;
};

/// Appends to a string.
class string_output final : public byte_output {
 public:
  /// Appends to `target`, which must outlive this object.
  explicit string_output(std::string& target) : target_(target) {}
  /// Appends `bytes` to the string.
  void write(std::string_view bytes) override { target_.append(bytes); }

 private:
  std::string& target_;
};

/// Gathers the many small pieces a serialiser produces in one fixed buffer
/// and hands them on in large chunks: one virtual call per chunk, no buffer
/// that grows with the document.
class chunked_writer {
 public:
  /// Size of the chunks handed on; larger pieces go on unbuffered.
  static constexpr std::size_t chunk_bytes = std::size_t{1} << 16;

  /// Hands chunks to `out`, which must outlive this object.
  explicit chunked_writer(byte_output& out) : out_(out) { buffer_.reserve(chunk_bytes); }

  /// Appends `bytes` after what is buffered.
  void append(std::string_view bytes) {
    if (buffer_.size() + bytes.size() > chunk_bytes) {
      flush();
      if (bytes.size() >= chunk_bytes) {
        out_.write(bytes);
        return;
      }
    }
    buffer_.append(bytes);
  }
  /// Appends one byte.
  void push_back(char c) {
    if (buffer_.size() == chunk_bytes) flush();
    buffer_.push_back(c);
  }
  /// Hands on what is buffered. Not done by the destructor: after an
  /// exception nothing more should be written.
  void flush() {
    if (buffer_.empty()) return;
    out_.write(buffer_);
    buffer_.clear();
  }

 private:
  byte_output& out_;
  std::string buffer_;
};

}  // namespace protokol
