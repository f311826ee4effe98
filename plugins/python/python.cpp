// The "python" stage: descriptor and factory. It runs a user's function from
// a .py file on every document; logic in script.cpp, model.cpp, convert.cpp.
#include <protokol/plugin.hpp>

#include "script.hpp"

namespace {

class python_stage final : public protokol::stage {
 public:
  // stage_config does not say where the pipeline file is, so a relative
  // script path is taken from the current folder, as a shell would.
  explicit python_stage(const protokol::stage_config& config)
      : script_(config.get_string("script"), config.get_string("function")) {}

  void process(protokol::document& doc) const override { script_.run(doc); }

 private:
  const protokol::python::script script_;
};

constexpr protokol::param_descriptor python_params[] = {
    {"script", protokol::param_type::path, nullptr, true,
     "The .py file to run; a relative path is taken from the current folder", nullptr},
    {"function", protokol::param_type::string, "process", false,
     "Function of the script called with each document: function(doc), changing doc in place",
     nullptr},
};

}  // namespace

PROTOKOL_PLUGIN("python", "1.0.0", "MIT", "Stages written in Python",
                protokol::make_stage<python_stage>(
                    protokol::stage_kind::extractor, "python",
                    "Runs function(doc) from a Python script on each document; what it changes "
                    "is checked before it is kept (docs/python-stages.md)",
                    "text", "python", python_params))
