// municipality.hpp: the municipality a document belongs to, only when the
// text tells it.
#pragma once

#include <string>
#include <string_view>

namespace protokol::segmenter {

/// The name before " Kommune" in `text` ("Ballerup Kommune" -> "Ballerup"),
/// or "Ballerup" from "Ballerup Rådhus"; "" when neither is written.
std::string municipality_in(std::string_view text);

/// The municipality the document is about: the name of the municipality
/// ("X Kommune") that dominates the text, written at least three times and
/// at least twice as often (counting the bare name) as any other. "" when
/// no name dominates.
std::string dominant_municipality(std::string_view text);

}  // namespace protokol::segmenter
