# The fuzz build (-DPROTOKOL_FUZZ=ON, clang only): libFuzzer's coverage
# instrumentation, AddressSanitizer (with LeakSanitizer) and
# UndefinedBehaviorSanitizer on every object, so a finding in the plugins'
# logic libraries is seen and reported where it happens. The flags are set for
# the whole tree because this build folder holds nothing but the fuzz targets
# and what they link; the normal build never sees them.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "PROTOKOL_FUZZ needs clang (libFuzzer is part of it): configure a fresh "
    "folder with -DCMAKE_CXX_COMPILER=clang++, or run `make fuzz`")
endif()
add_compile_options(
  -fsanitize=fuzzer-no-link,address,undefined
  # Undefined behaviour stops the target, so the fuzzer keeps the input.
  -fno-sanitize-recover=all
  -fno-omit-frame-pointer
  # Bounds checks in std::string, std::vector and std::string_view; they do
  # not change any layout, so the toolchain fingerprint stays the same.
  -D_GLIBCXX_ASSERTIONS
  # What OSS-Fuzz builds with: -O1 and line tables only (after the build
  # type's -O2 -g). At -O2 the sanitized build took about twice as long.
  -O1 -gline-tables-only)
add_link_options(-fsanitize=address,undefined)
