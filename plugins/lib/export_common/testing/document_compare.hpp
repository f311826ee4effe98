// document_compare.hpp: what a round trip through an output format must keep.
#pragma once

#include <protokol/document.hpp>

namespace protokol::export_testing {

/// Expects every exported field of `actual` (read back from an output file)
/// to equal `expected`; key, text and raw are not exported and not compared.
void expect_same_content(const document& expected, const document& actual);

/// `doc` as public mode exports it: closed items' bodies emptied, withheld
/// entities and warnings removed.
document public_copy(const document& doc);

}  // namespace protokol::export_testing
