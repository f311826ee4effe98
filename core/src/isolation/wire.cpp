#include "wire.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

namespace protokol::isolation {
namespace {

void append_number(std::string& out, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::uint64_t parse_number(std::string_view bytes) {
  std::uint64_t value = 0;
  for (int i = 7; i >= 0; --i)
    value = (value << 8) | static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]);
  return value;
}

bool send_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool receive_all(int fd, char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::read(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

wire_writer& wire_writer::number(std::uint64_t value) {
  append_number(out_, value);
  return *this;
}

wire_writer& wire_writer::text(std::string_view value) {
  append_number(out_, value.size());
  out_.append(value);
  return *this;
}

std::string_view wire_reader::take(std::uint64_t size) {
  if (size > rest_.size())
    throw std::runtime_error("isolated worker message ends early: the run and the worker disagree");
  const std::string_view out = rest_.substr(0, static_cast<std::size_t>(size));
  rest_.remove_prefix(static_cast<std::size_t>(size));
  return out;
}

std::uint64_t wire_reader::number() { return parse_number(take(8)); }

std::string wire_reader::text() { return std::string(take(number())); }

bool send_message(int fd, std::string_view body) {
  std::string header;
  append_number(header, body.size());
  return send_all(fd, header.data(), header.size()) && send_all(fd, body.data(), body.size());
}

bool receive_message(int fd, std::string& body) {
  char header[8];
  if (!receive_all(fd, header, sizeof header)) return false;
  body.resize(static_cast<std::size_t>(parse_number(std::string_view(header, sizeof header))));
  return receive_all(fd, body.data(), body.size());
}

}  // namespace protokol::isolation
