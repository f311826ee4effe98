// entity_testing.hpp: fixtures for the entity plugins' tests (numbers,
// people, votes): documents from the corpus fixtures without the segmenter
// (items at "Punkt N:" headings only). The stages themselves run through the
// SDK's test kit, <protokol/testing.hpp>.
#pragma once

#include <filesystem>
#include <protokol/document.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::entity_testing {

/// The repository's top folder.
std::filesystem::path source_dir();

/// The whole file as bytes; throws when it cannot be read.
std::string read_file(const std::filesystem::path& path);

/// Stems of the corpus fixtures (tests/fixtures/corpus/*.txt), sorted.
std::vector<std::string> corpus_stems();

/// `text` as a document whose items start at "Punkt N:" heading lines
/// (markdown "#" and "**" allowed) and end where the next one starts. No
/// sections, no meeting fields: the stages must cope with that.
document document_with_items(std::string text);

/// The corpus fixture `stem` as document_with_items() makes it.
document corpus_document(std::string_view stem);

}  // namespace protokol::entity_testing
