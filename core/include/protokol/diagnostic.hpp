// protokol/diagnostic.hpp: errors as values, printed as file:line:column.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace protokol {

/// How bad a diagnostic is.
enum class severity { error, warning, note };

/// One message about a file, with a position when there is one.
struct diagnostic {
  std::string file;
  std::size_t line = 0;    ///< 1-based; 0 when the message is about the whole file
  std::size_t column = 0;  ///< 1-based, in bytes; 0 when unknown
  severity level = severity::error;
  std::string message;

  /// "file:line:column: error: message" (position parts left out when unknown).
  std::string str() const {
    std::string out = file;
    if (line > 0) {
      out += ':' + std::to_string(line);
      if (column > 0) out += ':' + std::to_string(column);
    }
    out += level == severity::error     ? ": error: "
           : level == severity::warning ? ": warning: "
                                        : ": note: ";
    out += message;
    return out;
  }
};

/// A value, or the diagnostics that explain why there is none.
template <class T>
class result {
 public:
  result(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose, like std::optional
  result(diagnostic d) : errors_{std::move(d)} {}                         // NOLINT
  result(std::vector<diagnostic> errors) : errors_(std::move(errors)) {}  // NOLINT

  explicit operator bool() const { return value_.has_value(); }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  const std::vector<diagnostic>& errors() const { return errors_; }

 private:
  std::optional<T> value_;
  std::vector<diagnostic> errors_;
};

/// Line and column (1-based) of byte `offset` in `text`, as pugixml's
/// offsets need for messages.
inline std::pair<std::size_t, std::size_t> line_column(const std::string& text,
                                                       std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace protokol
