// docx_limits.hpp: the bounds a .docx must stay within before anything of
// it is unpacked, so a hostile file costs at most these bytes of memory.
#pragma once

#include <cstdint>

namespace protokol::docx {

/// Limits for one document; the stage checks them in its constructor.
struct docx_limits {
  std::uint64_t max_bytes = 64ull << 20;        ///< the .docx file itself
  std::uint64_t max_part_bytes = 256ull << 20;  ///< any one part once unpacked
  std::uint64_t max_ratio = 200;                ///< unpacked : packed, per part read
  std::uint64_t max_entries = 10000;            ///< entries in the zip's directory
};

/// Parts smaller than this are never called a bomb whatever their ratio:
/// a few KiB of repetitive XML compress past 200:1 and cost nothing.
inline constexpr std::uint64_t ratio_floor_bytes = 1ull << 20;

}  // namespace protokol::docx
