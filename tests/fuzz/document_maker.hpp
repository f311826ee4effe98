// document_maker.hpp: fuzz input made into the document a later stage sees,
// by the logic of the stages before it in the shipped pipelines (read,
// detect, segment), each with its default parameters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <protokol/document.hpp>

namespace protokol::fuzz {

/// The input as the read stage decodes it (any bytes become UTF-8 NFC text);
/// nothing when the reader refuses them (empty, binary).
std::optional<document> read_document(const std::uint8_t* data, std::size_t size);

/// Fills doc.source.format, dialect and confidence as the detect stage does.
void detect_format(document& doc);

/// The input read, detected and segmented (meeting, items, sections), ready
/// for the extractors; nothing when the reader refuses it.
std::optional<document> segmented_document(const std::uint8_t* data, std::size_t size);

}  // namespace protokol::fuzz
