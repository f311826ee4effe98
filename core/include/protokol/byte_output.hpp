// protokol/byte_output.hpp: where writers put their bytes, so that one
// writer serves both a file being written atomically and memory (tests).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
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
  explicit chunked_writer(byte_output& out)
      // for_overwrite: zeroing the 64 KiB a document's writer never reads
      // before writing cost 1 % of a run's instructions.
      : out_(out), buffer_(std::make_unique_for_overwrite<char[]>(chunk_bytes + slack_bytes)) {}

  /// Appends `bytes` after what is buffered.
  void append(std::string_view bytes) {
    if (bytes.size() > chunk_bytes - size_) {
      flush();
      if (bytes.size() >= chunk_bytes) {
        out_.write(bytes);
        return;
      }
    }
    std::memcpy(buffer_.get() + size_, bytes.data(), bytes.size());
    size_ += bytes.size();
  }
  /// Appends one byte.
  void push_back(char c) {
    if (size_ == chunk_bytes) flush();
    buffer_[size_++] = c;
  }
  /// Appends `count` copies of `c` (indentation).
  void append(std::size_t count, char c) {
    // Eight bytes per store, the last store reaching at most 7 bytes into
    // the slack behind the chunk: the copy of a run-time length that
    // std::string or memset would call costs more than the few bytes.
    std::uint64_t word = 0x0101010101010101u * static_cast<unsigned char>(c);
    while (count > 0) {
      if (size_ == chunk_bytes) flush();
      const std::size_t n = std::min(count, chunk_bytes - size_);
      char* to = buffer_.get() + size_;
      for (std::size_t i = 0; i < n; i += 8) std::memcpy(to + i, &word, 8);
      size_ += n;
      count -= n;
    }
  }
  /// Hands on what is buffered. Not done by the destructor: after an
  /// exception nothing more should be written.
  void flush() {
    if (size_ == 0) return;
    out_.write({buffer_.get(), size_});
    size_ = 0;
  }

 private:
  static constexpr std::size_t slack_bytes = 8;
  byte_output& out_;
  std::unique_ptr<char[]> buffer_;
  std::size_t size_ = 0;
};

}  // namespace protokol
