// Fuzz target "pipeline_file": any bytes as a pipeline file, read by the
// core's pipeline reader (core/src/pipeline.cpp), then checked against fixed
// stages and built as `protokol run` does (pipeline_host.hpp).
#include <string>

#include "fuzz_checks.hpp"
#include "fuzz_stages.hpp"
#include "pipeline_host.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  protokol::pipeline_spec spec;
  const std::vector<protokol::diagnostic> problems = protokol::read_pipeline_text(
      "fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), spec);
  // Every problem in a file's text is shown at its line and column.
  for (const protokol::diagnostic& d : problems)
    protokol::fuzz::expect(d.file == "fuzz.xml" && d.line >= 1 && d.column >= 1);
  protokol::fuzz::check_then_create(spec, protokol::fuzz::fuzz_registry(), problems);
  return 0;
}
