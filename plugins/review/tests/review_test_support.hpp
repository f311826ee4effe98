// review_test_support.hpp: runs the review stage as the host would, and
// reads pages back.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace protokol::review_export::testing {

inline const stage_descriptor& review_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

/// One run: every document processed in order, then finish().
inline void run_review(const std::filesystem::path& out, std::vector<document> docs,
                       const std::map<std::string, std::string>& overrides = {}) {
  protokol::testing::stage_under_test runner(review_stage(),
                                             {.params = overrides, .output_dir = out});
  for (document& doc : docs) ASSERT_NO_THROW(runner.process(doc)) << doc.key;
  ASSERT_NO_THROW(runner.finish());
}

/// How often `needle` occurs in `haystack`.
inline std::size_t count_of(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

/// The text of `page` with every tag removed and the five entities this
/// plugin writes decoded: what a reader sees, to compare with doc.text.
inline std::string visible_text(std::string_view page) {
  std::string out;
  bool in_tag = false;
  for (std::size_t i = 0; i < page.size(); ++i) {
    const char c = page[i];
    if (in_tag) {
      in_tag = c != '>';
      continue;
    }
    if (c == '<') {
      in_tag = true;
      continue;
    }
    if (c == '&') {
      for (const auto& [name, ch] : {std::pair<std::string_view, char>{"&amp;", '&'},
                                     {"&lt;", '<'},
                                     {"&gt;", '>'},
                                     {"&quot;", '"'},
                                     {"&#39;", '\''}}) {
        if (page.substr(i, name.size()) == name) {
          out.push_back(ch);
          i += name.size() - 1;
          break;
        }
      }
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace protokol::review_export::testing
