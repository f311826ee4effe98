// corpus_generator: a large archive made from the real fixture minutes, with
// names, numbers and dates varied so no two documents are the same bytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace protokol::bench {

/// Writes documents into `folder` until `total_bytes` is reached; returns the
/// number of documents written. Deterministic for a given seed.
std::size_t generate_corpus(const std::vector<std::filesystem::path>& templates,
                            const std::filesystem::path& folder, std::uint64_t total_bytes,
                            std::uint32_t seed);

}  // namespace protokol::bench
