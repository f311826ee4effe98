#include "read_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace protokol {

namespace {

std::string read_error(int error) {
  return std::string("cannot read input: ") + std::strerror(error);
}

}  // namespace

bool read_whole_file(const std::filesystem::path& file, std::string& out, std::string& error) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = read_error(errno);
    return false;
  }
  // Sized once from fstat (one byte more, so that the read that finds the
  // end needs no growth) and read straight into: no copy through a stream
  // buffer 8 KB at a time. A file that grows meanwhile, or a pipe, grows
  // the string.
  struct stat st {};
  const bool sized = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0;
  out.resize(sized ? static_cast<std::size_t>(st.st_size) + 1 : std::size_t{1} << 16);
  std::size_t used = 0;
  for (;;) {
    if (used == out.size()) out.resize(out.size() * 2);
    const ssize_t n = ::read(fd, out.data() + used, out.size() - used);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      error = read_error(errno);
      ::close(fd);
      out.clear();
      return false;
    }
    used += static_cast<std::size_t>(n);
  }
  ::close(fd);
  out.resize(used);
  return true;
}

}  // namespace protokol
