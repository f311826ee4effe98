// fsync_counter.hpp: how often this test binary has called fsync, to check
// that durable writes sync and the others do not.
#pragma once

#include <cstddef>

namespace protokol::test {

/// fsync calls so far in this process (files and folders alike).
std::size_t fsync_calls();

}  // namespace protokol::test
