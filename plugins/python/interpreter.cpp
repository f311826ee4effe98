#include "interpreter.hpp"

#include <dlfcn.h>
#include <pybind11/embed.h>

#include <mutex>
#include <stdexcept>
#include <string>

#include "model.hpp"

namespace py = pybind11;

namespace protokol::python {
namespace {

// The host dlopens plugins RTLD_LOCAL, so libpython (our dependency) came in
// with local symbols too; C extension modules such as _json or _sre, which
// Python itself dlopens, would then fail with undefined symbols. Reopening
// the already loaded library RTLD_GLOBAL promotes its symbols to the global
// scope. The handle is never closed: the promotion must last the process.
void promote_libpython_symbols() {
  Dl_info info{};
  if (dladdr(static_cast<void*>(Py_None), &info) == 0 || info.dli_fname == nullptr)
    throw std::runtime_error("cannot find which library provides Python");
  if (dlopen(info.dli_fname, RTLD_NOW | RTLD_GLOBAL | RTLD_NOLOAD) == nullptr) {
    const char* reason = dlerror();
    throw std::runtime_error(std::string("cannot make Python's symbols global (") + info.dli_fname +
                             "): " + (reason ? reason : "unknown error"));
  }
}

void start_interpreter() {
  promote_libpython_symbols();
  // No signal handlers: SIGINT belongs to the host. No program folder on
  // sys.path: the host's folder holds no Python modules.
  py::initialize_interpreter(false, 0, nullptr, false);
  register_model_module();
  // Release the GIL that initialisation left with this thread; the saved
  // thread state is deliberately kept, since the interpreter lives on.
  PyEval_SaveThread();
}

}  // namespace

void ensure_interpreter() {
  // The interpreter is one per process by nature, hence this one piece of
  // process-wide state; Py_IsInitialized covers a host that embeds Python too.
  static std::once_flag once;
  std::call_once(once, [] {
    if (!Py_IsInitialized()) return start_interpreter();
    const py::gil_scoped_acquire gil;
    register_model_module();
  });
}

}  // namespace protokol::python
