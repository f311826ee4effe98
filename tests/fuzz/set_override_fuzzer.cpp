// Fuzz target "set_override": `--set STAGE.PARAM=VALUE` assignments, one per
// input line, applied to a fixed pipeline (core/src/pipeline.cpp,
// apply_override), which is then checked and built as `protokol run` does.
#include <algorithm>
#include <string>
#include <string_view>

#include "fuzz_checks.hpp"
#include "fuzz_stages.hpp"
#include "pipeline_host.hpp"

namespace {

constexpr const char* base_pipeline = R"(<pipeline name="fuzz" version="1">
  <stage use="pdf"/>
  <stage use="read"/>
  <stage use="detect"/>
  <stage use="segment"/>
  <stage use="numbers"/>
  <stage use="python" id="topics"><param name="script">topics.py</param></stage>
  <stage use="json"/>
</pipeline>)";

const protokol::pipeline_spec& base_spec() {
  static const protokol::pipeline_spec spec = [] {
    protokol::pipeline_spec read;
    protokol::fuzz::expect(protokol::read_pipeline_text("base.xml", base_pipeline, read).empty());
    return read;
  }();
  return spec;
}

// An accepted assignment sets VALUE (all after the first '=', blanks around
// it trimmed as around a <param>'s text) on a stage.
bool value_landed(const protokol::pipeline_spec& spec, const std::string& assignment) {
  std::string value = assignment.substr(assignment.find('=') + 1);
  constexpr const char* blanks = " \t\r\n";
  value.erase(0, std::min(value.size(), value.find_first_not_of(blanks)));
  value.erase(value.find_last_not_of(blanks) + 1);  // npos + 1 == 0: all blanks
  return std::any_of(spec.stages.begin(), spec.stages.end(), [&](const auto& stage) {
    return std::any_of(stage.params.begin(), stage.params.end(),
                       [&](const auto& param) { return param.second.value == value; });
  });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  protokol::pipeline_spec spec = base_spec();
  std::vector<protokol::diagnostic> problems;
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  while (!rest.empty()) {
    const std::size_t newline = rest.find('\n');
    const std::string assignment(rest.substr(0, newline));
    rest = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);
    const std::vector<protokol::diagnostic> more = protokol::apply_override(spec, assignment);
    if (more.empty()) protokol::fuzz::expect(value_landed(spec, assignment));
    problems.insert(problems.end(), more.begin(), more.end());
  }
  protokol::fuzz::check_then_create(spec, protokol::fuzz::fuzz_registry(), problems);
  return 0;
}
