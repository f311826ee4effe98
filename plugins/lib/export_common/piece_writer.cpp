#include <export_common/piece_writer.hpp>

namespace protokol::export_common {

void piece_writer::flush() {
  if (next_ == buffer_.get()) return;
  out_.write({buffer_.get(), static_cast<std::size_t>(next_ - buffer_.get())});
  next_ = buffer_.get();
}

void piece_writer::append_long(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(end_ - next_)) {
    flush();
    if (bytes.size() >= chunk_bytes) {
      out_.write(bytes);
      return;
    }
  }
  std::memcpy(next_, bytes.data(), bytes.size());
  next_ += bytes.size();
}

void piece_writer::push_back_after_flush(char c) {
  flush();
  *next_++ = c;
}

void piece_writer::append_long(std::size_t count, char c) {
  while (count > max_room) {
    commit(fill(room(max_room), max_room, c));
    count -= max_room;
  }
  commit(fill(room(count), count, c));
}

}  // namespace protokol::export_common
