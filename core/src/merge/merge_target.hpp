// merge_target: the folder `protokol merge` writes, whole or not at all.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace protokol::merge {

/// "" when `target` may receive the merge of `inputs`: it is none of them and
/// not inside one, and it does not exist or is an empty folder. Else what is
/// wrong with it.
std::string check_target(const std::filesystem::path& target,
                         const std::vector<std::filesystem::path>& inputs);

/// The merged folder while it is written: a hidden sibling of the target
/// (".protokol-tmp.<name>.<pid>.0") that commit() makes durable with one
/// syncfs and renames into place, so that the target is absent or whole.
/// Removed unless committed; one a killed merge left is removed on creation.
class staged_folder {
 public:
  explicit staged_folder(const std::filesystem::path& target);
  ~staged_folder();
  staged_folder(const staged_folder&) = delete;
  staged_folder& operator=(const staged_folder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// Syncs the file system, renames the folder to the target and syncs its parent.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path path_;
  bool committed_ = false;
};

}  // namespace protokol::merge
