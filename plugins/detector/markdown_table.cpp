// Evidence that a text is markdown. Strong markup (headings, bold labels,
// links, tables, fences) rarely occurs in plain minutes; bullets and quotes
// do (the plain Albertslund minutes have 35 "- " lines), and so does inline
// bold kept by some text exports (the plain Odder minutes have three), so
// those weigh little. A line starting in bold matches both bold rows.
// judge_format() turns the weighted sum into a confidence. The last columns
// list how a matching line begins (after spaces and tabs: line_cue::leads)
// or, for the patterns that match anywhere, a byte it holds somewhere.
#include "format_evidence.hpp"

namespace protokol::detector {
namespace {

constexpr markdown_rule rules[] = {
    {"atx-heading", R"(^#{1,6}[ \t]+\S)", 1.0, 20, "#[# \t]", ""},
    {"bold-line", R"(^[ \t]*\*\*[^*\s][^*]*\*\*)", 0.4, 20, "**", ""},
    {"bold", R"(\*\*[^*\s][^*]*\*\*)", 0.2, 20, "", "*"},
    {"link", R"(\[[^\]]+\]\([^)\s]+\))", 1.0, 10, "", "["},
    {"table-separator", R"(^\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$)", 1.5, 5,
     "|[ \t:-] :--- ---", ""},
    {"code-fence", R"(^(```|~~~))", 1.0, 5, "``` ~~~", ""},
    {"escaped-punctuation", R"(\\[\\`*_{}\[\]()#+\-.!|])", 0.3, 10, "", "\\"},
    {"bullet", R"(^[ \t]{0,3}[-*+][ \t]+\S)", 0.02, 20, "[-*+][ \t]", ""},
    {"block-quote", R"(^>[ \t])", 0.05, 10, ">[ \t]", ""},
};

}  // namespace

std::span<const markdown_rule> markdown_rules() { return rules; }

}  // namespace protokol::detector
