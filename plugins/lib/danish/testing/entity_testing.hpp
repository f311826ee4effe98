// entity_testing.hpp: test support for the entity plugins (numbers, people,
// votes). Builds documents from the corpus fixtures without the segmenter
// (items at "Punkt N:" headings only) and loads a built plugin through the
// real ABI, as the host does.
#pragma once

#include <boost/dll/shared_library.hpp>
#include <filesystem>
#include <map>
#include <protokol/document.hpp>
#include <protokol/plugin.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::testing {

/// The repository's top folder.
std::filesystem::path source_dir();

/// The whole file as bytes; throws when it cannot be read.
std::string read_file(const std::filesystem::path& path);

/// Stems of the corpus fixtures (tests/fixtures/corpus/*.txt), sorted.
std::vector<std::string> corpus_stems();

/// `text` as a document whose items start at "Punkt N:" heading lines
/// (markdown "#" and "**" allowed) and end where the next one starts. No
/// sections, no meeting fields: the stages must cope with that.
document document_from_text(std::string text);

/// The corpus fixture `stem` as document_from_text() makes it.
document corpus_document(std::string_view stem);

/// A plugin file loaded with Boost.DLL; it stays loaded while this lives.
class plugin_file {
 public:
  explicit plugin_file(const std::filesystem::path& file);
  const plugin_descriptor& descriptor() const { return *descriptor_; }
  /// The stage called `name`, or nullptr.
  const stage_descriptor* stage(std::string_view name) const;

 private:
  boost::dll::shared_library library_;
  const plugin_descriptor* descriptor_ = nullptr;
};

/// A stage created through its descriptor, with every parameter at its
/// default unless `overrides` gives it.
class stage_instance {
 public:
  stage_instance(const stage_descriptor& stage,
                 const std::map<std::string, std::string>& overrides = {});
  ~stage_instance();
  stage_instance(const stage_instance&) = delete;
  stage_instance& operator=(const stage_instance&) = delete;
  /// Runs the stage; throws std::runtime_error with the stage's message on failure.
  void process(document& doc) const;

 private:
  const stage_descriptor& stage_;
  void* self_ = nullptr;
};

}  // namespace protokol::testing
