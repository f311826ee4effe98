// wire: how a run and its isolated workers talk over a socket. A message is
// its length (8 bytes), then fields: numbers as 8 little-endian bytes, text
// as its length and bytes. File names and document bytes go through exactly
// as they are (JSON would need them to be UTF-8).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace protokol::isolation {

/// Builds one message body.
class wire_writer {
 public:
  wire_writer& number(std::uint64_t value);
  wire_writer& text(std::string_view value);
  wire_writer& flag(bool value) { return number(value ? 1 : 0); }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

/// Reads the fields of one message body back, in the order written. A body
/// that ends early throws std::runtime_error: the two sides disagree.
class wire_reader {
 public:
  explicit wire_reader(std::string_view body) : rest_(body) {}
  std::uint64_t number();
  std::string text();
  bool flag() { return number() != 0; }
  /// True when every field has been read.
  bool done() const { return rest_.empty(); }

 private:
  std::string_view take(std::uint64_t size);
  std::string_view rest_;
};

/// Sends one message on the socket `fd`; false when the peer is gone (no
/// SIGPIPE is raised).
bool send_message(int fd, std::string_view body);

/// Receives one whole message; false when the peer closed the socket or died
/// before the message was complete.
bool receive_message(int fd, std::string& body);

}  // namespace protokol::isolation
