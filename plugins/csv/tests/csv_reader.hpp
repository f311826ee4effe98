// csv_reader.hpp: a strict RFC 4180 reader for the tests, written apart
// from the writer so a round trip checks one against the other.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace protokol::csv_export::testing {

using record = std::vector<std::string>;

/// Records of `text` (CRLF after each record, fields quoted with '"' and
/// quotes doubled inside). Fails the test on anything else.
inline std::vector<record> read_csv(std::string_view text, char separator = ',') {
  std::vector<record> records;
  record current;
  std::string field;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      ++i;
      while (true) {
        if (i >= text.size()) {
          ADD_FAILURE() << "unterminated quoted field";
          return records;
        }
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.push_back(text[i++]);
      }
    } else {
      while (i < text.size() && text[i] != separator && text[i] != '\r' && text[i] != '"') {
        if (text[i] == '\n') ADD_FAILURE() << "bare LF outside quotes at byte " << i;
        field.push_back(text[i++]);
      }
    }
    if (i < text.size() && text[i] == separator) {
      current.push_back(std::move(field));
      field.clear();
      ++i;
    } else if (text.substr(i, 2) == "\r\n") {
      current.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(current));
      current.clear();
      i += 2;
    } else {
      ADD_FAILURE() << "unexpected byte at " << i << ": " << text.substr(i, 10);
      return records;
    }
  }
  EXPECT_TRUE(current.empty() && field.empty()) << "last record has no CRLF";
  return records;
}

}  // namespace protokol::csv_export::testing
