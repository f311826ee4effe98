// A plugin whose descriptor claims another ABI or toolchain, to test that the
// host refuses it. FIXTURE_ABI_MAJOR, FIXTURE_ABI_MINOR and FIXTURE_TOOLCHAIN
// are set per target in CMake; FIXTURE_OTHER_TOOLCHAIN swaps the fingerprint.
#include <protokol/plugin.hpp>

#ifdef FIXTURE_OTHER_TOOLCHAIN
#define FIXTURE_TOOLCHAIN "gcc-1.0;libstdc++;cxx11-abi=0"
#else
#define FIXTURE_TOOLCHAIN protokol::toolchain_fingerprint
#endif

namespace {

const protokol::plugin_descriptor descriptor = {
    FIXTURE_ABI_MAJOR,    FIXTURE_ABI_MINOR, FIXTURE_TOOLCHAIN,
    "fixture-versioned",  "0.0.1",           "MIT",
    "Claims another ABI", nullptr,           0};
const protokol::plugin_descriptor* entry() noexcept { return &descriptor; }

}  // namespace

BOOST_DLL_ALIAS(entry, protokol_plugin)
