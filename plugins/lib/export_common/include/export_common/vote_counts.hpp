// export_common/vote_counts.hpp: which items the tabular exporters (CSV,
// SQLite) give a row of vote counts.
#pragma once

#include <protokol/document.hpp>

namespace protokol::export_common {

/// True when the minutes say the item was decided unanimously or count a
/// side of its vote; an item with neither gets no vote_counts row.
inline bool has_vote_counts(const vote_record& v) {
  return v.unanimous || v.for_count >= 0 || v.against_count >= 0 || v.abstained_count >= 0;
}

}  // namespace protokol::export_common
