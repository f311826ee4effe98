#include "docx_archive.hpp"

#include <zip.h>

#include <stdexcept>

namespace protokol::docx {
namespace {

using namespace std::string_view_literals;

constexpr const char* main_part = "word/document.xml";

std::string zip_message(zip_error_t* error) { return zip_error_strerror(error); }

// Ratios are reported as whole numbers; a part that packs to 0 bytes
// counts as 1 so an empty stored part is no division by zero.
std::uint64_t ratio_of(std::uint64_t unpacked, std::uint64_t packed) {
  return unpacked / (packed == 0 ? 1 : packed);
}

[[noreturn]] void refuse_bomb(const char* name, std::uint64_t unpacked, std::uint64_t packed,
                              std::uint64_t max_ratio) {
  throw std::runtime_error("zip bomb? " + std::string(name) + " would unpack to " +
                           std::to_string(unpacked) + " bytes, ratio " +
                           std::to_string(ratio_of(unpacked, packed)) + ":1, over max_ratio (" +
                           std::to_string(max_ratio) + ":1)");
}

[[noreturn]] void refuse_size(const char* name, std::uint64_t unpacked, std::uint64_t max) {
  throw std::runtime_error("Word document part " + std::string(name) + " would unpack to " +
                           std::to_string(unpacked) + " bytes, over max_part_bytes (" +
                           std::to_string(max) + ")");
}

void check_sizes(const char* name, std::uint64_t unpacked, std::uint64_t packed,
                 const docx_limits& limits) {
  if (unpacked > limits.max_part_bytes) {
    if (unpacked >= ratio_floor_bytes && ratio_of(unpacked, packed) > limits.max_ratio)
      refuse_bomb(name, unpacked, packed, limits.max_ratio);
    refuse_size(name, unpacked, limits.max_part_bytes);
  }
  if (unpacked >= ratio_floor_bytes && ratio_of(unpacked, packed) > limits.max_ratio)
    refuse_bomb(name, unpacked, packed, limits.max_ratio);
}

struct file_closer {
  void operator()(zip_file_t* file) const noexcept { zip_fclose(file); }
};

}  // namespace

bool looks_like_docx(std::string_view raw) {
  return raw.starts_with("PK\x03\x04"sv) && raw.find(main_part) != std::string_view::npos;
}

void docx_archive::closer::operator()(zip* archive) const noexcept { zip_discard(archive); }

std::optional<docx_archive> docx_archive::open(std::string_view raw, const docx_limits& limits) {
  if (!looks_like_docx(raw)) return std::nullopt;
  if (raw.size() > limits.max_bytes) {
    throw std::runtime_error("Word document of " + std::to_string(raw.size()) +
                             " bytes is over max_bytes (" + std::to_string(limits.max_bytes) + ")");
  }
  zip_error_t error;
  zip_error_init(&error);
  // freep = 0: the buffer stays the caller's; libzip reads it in place.
  zip_source_t* source = zip_source_buffer_create(raw.data(), raw.size(), 0, &error);
  if (source == nullptr) {
    const std::string message = zip_message(&error);
    zip_error_fini(&error);
    throw std::runtime_error("cannot read Word document (.docx): " + message);
  }
  zip* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    const std::string message = zip_message(&error);
    zip_error_fini(&error);
    throw std::runtime_error("corrupt Word document (.docx): not a readable zip archive (" +
                             message + ")");
  }
  zip_error_fini(&error);
  docx_archive opened(archive, limits);
  const zip_int64_t entries = zip_get_num_entries(archive, 0);
  if (entries < 0 || static_cast<std::uint64_t>(entries) > limits.max_entries) {
    throw std::runtime_error("Word document has " + std::to_string(entries) +
                             " zip entries, over max_entries (" +
                             std::to_string(limits.max_entries) + ")");
  }
  // The bytes may name the part only in passing (an .xlsx quoting it):
  // the directory decides.
  if (zip_name_locate(archive, main_part, 0) < 0) return std::nullopt;
  return opened;
}

std::optional<std::string> docx_archive::read_part(const char* name) const {
  zip* archive = archive_.get();
  const zip_int64_t index = zip_name_locate(archive, name, 0);
  if (index < 0) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
      (st.valid & ZIP_STAT_SIZE) == 0 || (st.valid & ZIP_STAT_COMP_SIZE) == 0) {
    throw std::runtime_error("corrupt Word document (.docx): " + std::string(name) +
                             ": no size in the zip directory");
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && st.encryption_method != ZIP_EM_NONE)
    throw std::runtime_error("encrypted Word document: remove the password first");
  check_sizes(name, st.size, st.comp_size, limits_);

  const std::unique_ptr<zip_file_t, file_closer> file(
      zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
  if (!file) {
    zip_error_t* error = zip_get_error(archive);
    if (zip_error_code_zip(error) == ZIP_ER_NOPASSWD ||
        zip_error_code_zip(error) == ZIP_ER_WRONGPASSWD)
      throw std::runtime_error("encrypted Word document: remove the password first");
    throw std::runtime_error("corrupt Word document (.docx): " + std::string(name) + ": " +
                             zip_message(error));
  }
  // The directory can lie: read at most one byte past what it declared and
  // refuse the part as soon as the unpacked bytes cross it.
  std::string bytes(st.size, '\0');
  std::uint64_t have = 0;
  for (;;) {
    char probe[1];
    char* into = have < st.size ? bytes.data() + have : probe;
    const std::uint64_t room = have < st.size ? st.size - have : 1;
    const zip_int64_t got = zip_fread(file.get(), into, room);
    if (got < 0) {
      throw std::runtime_error("corrupt Word document (.docx): " + std::string(name) + ": " +
                               zip_message(zip_file_get_error(file.get())));
    }
    if (got == 0) break;
    have += static_cast<std::uint64_t>(got);
    if (have > st.size) {
      throw std::runtime_error("corrupt Word document (.docx): " + std::string(name) +
                               " unpacks to more than the " + std::to_string(st.size) +
                               " bytes its zip directory declares");
    }
  }
  if (have != st.size) {
    throw std::runtime_error("corrupt Word document (.docx): " + std::string(name) +
                             " unpacks to " + std::to_string(have) + " of the " +
                             std::to_string(st.size) + " bytes its zip directory declares");
  }
  return bytes;
}

}  // namespace protokol::docx
