// export_common/atomic_file.hpp: output files that are either the old file or
// the whole new one, never a part, even across a crash or power loss.
#pragma once

#include <export_common/byte_output.hpp>
#include <filesystem>
#include <string>
#include <string_view>

namespace protokol::export_common {

/// A file written under a temporary name in the target's own folder
/// (".protokol-tmp.<name>.<pid>.<n>", the core's protokol::atomic_temp_prefix,
/// so that ingestion removes what a kill leaves) and renamed over the target by commit(): write,
/// fsync, rename, fsync the folder. Without commit() the temporary file is
/// removed, so an exception never leaves a half file behind.
class atomic_file final : public byte_output {
 public:
  /// Creates the temporary file; the target's folder must exist. With
  /// `durable` false, commit() renames without fsync (see
  /// protokol::stage_config::sync_each_file). Throws std::system_error naming
  /// the target when it cannot.
  explicit atomic_file(std::filesystem::path target, bool durable = true);
  ~atomic_file() override;
  atomic_file(const atomic_file&) = delete;
  atomic_file& operator=(const atomic_file&) = delete;

  /// Appends bytes (buffered; large writes go straight to the file).
  void write(std::string_view bytes) override;
  /// Makes the content durable and visible under the target name.
  void commit();

  const std::filesystem::path& target() const { return target_; }

 private:
  void flush_buffer();
  void write_fully(std::string_view bytes);

  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool durable_;
  int fd_ = -1;
  std::string buffer_;
  bool committed_ = false;
};

/// Writes `content` to `target` atomically (see atomic_file).
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

/// Removes `target` if it exists and makes the removal durable (fsync of its
/// folder). A missing file is not an error.
void remove_file_durably(const std::filesystem::path& target);

/// fsyncs a folder so that renames and removals in it survive a power loss.
void sync_directory(const std::filesystem::path& folder);

}  // namespace protokol::export_common
