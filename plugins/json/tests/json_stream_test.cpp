#include "json_stream.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <string>

#include "json_value.hpp"
#include "json_writer.hpp"
#include "sample_documents.hpp"

namespace {

using protokol::json_export::json_options;

// The streamed text must be what nlohmann's dump() makes of the tree, for
// every layout: downstream tools and the NDJSON compactor rely on it.
TEST(JsonStream, StreamedTextEqualsNlohmannsDumpOfTheTree) {
  for (const protokol::document& doc : protokol::export_testing::golden_documents()) {
    for (const int indent : {-1, 0, 2, 4}) {
      for (const bool public_mode : {false, true}) {
        const json_options options{indent, public_mode};
        const std::string expected =
            protokol::json_export::to_json_value(doc, options)
                .dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
            "\n";
        EXPECT_EQ(protokol::json_export::to_json(doc, options), expected)
            << doc.key << " indent " << indent << " public " << public_mode;
      }
    }
  }
}

TEST(JsonStream, NestedEmptyContainersAndScalars) {
  std::string text;
  protokol::string_output out(text);
  protokol::json_export::json_stream json(out, 2);
  json.begin_object();
  json.key("a");
  json.begin_array();
  json.end_array();
  json.key("b");
  json.begin_array();
  json.real(1.0);
  json.boolean(false);
  json.null();
  json.begin_object();
  json.end_object();
  json.end_array();
  json.end_object();
  json.finish();
  EXPECT_EQ(text, "{\n  \"a\": [],\n  \"b\": [\n    1.0,\n    false,\n    null,\n    {}\n  ]\n}\n");
}

TEST(JsonStream, LargeStringsCrossChunkBoundariesIntact) {
  protokol::document doc = protokol::export_testing::empty_meeting();
  doc.meeting.front_matter = std::string(200000, 'x') + "\"Ærø\"" + std::string(70000, 'y');
  const std::string expected =
      protokol::json_export::to_json_value(doc, {}).dump(
          2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
      "\n";
  EXPECT_EQ(protokol::json_export::to_json(doc, {}), expected);
}

TEST(JsonStream, AnyBytesComeOutAsNlohmannWritesThem) {
  // Random strings over the bytes that matter: controls, quote, backslash,
  // DEL, Danish letters, a 4-byte character and pieces of ill-formed UTF-8.
  const std::string pieces[] = {"a",
                                " ",
                                "\"",
                                "\\",
                                "\n",
                                "\t",
                                "\r",
                                "\f",
                                "\b",
                                std::string(1, '\0'),
                                "\x01",
                                "\x1F",
                                "\x7F",
                                "æ",
                                "Ø",
                                "🙂",
                                "\xC3",
                                "\xA6",
                                "\xE2\x82",
                                "\xF8",
                                "\xED\xA0\x80",
                                "\xF4\x90\x80\x80",
                                "\xEF\xBF\xBF",
                                "abcdefgh"};
  std::mt19937 random(11);
  for (int round = 0; round < 5000; ++round) {
    std::string value;
    // Now and then long enough to fill the writer's room several times.
    const std::size_t count = round % 10 == 0 ? random() % 400 : random() % 12;
    for (std::size_t i = 0; i < count; ++i) value += pieces[random() % std::size(pieces)];
    std::string text;
    protokol::string_output out(text);
    protokol::json_export::json_stream json(out, -1);
    json.string(value);
    json.finish();
    ASSERT_EQ(
        text,
        nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n")
        << ::testing::PrintToString(value);
  }
}

// Random trees of objects and arrays, some nested deeper than an element's
// indentation fits one piece (150 levels), with enough members that the
// pieces meet the 64 KiB chunks' ends at every offset: what the stream
// writes, one line or indented, is nlohmann's dump of the same tree.
void stream_random_tree(protokol::json_export::json_stream& json, nlohmann::ordered_json& tree,
                        std::mt19937& random, int depth, int max_depth) {
  const bool object = tree.is_object();
  const int count = depth >= max_depth ? 0 : static_cast<int>(random() % (depth < 3 ? 40 : 4));
  for (int i = 0; i < count; ++i) {
    nlohmann::ordered_json* child = &tree;
    if (object) {
      const std::string key = "k" + std::to_string(i);
      json.key(key);
      child = &tree[key];
    } else {
      tree.push_back(nullptr);
      child = &tree.back();
    }
    switch (random() % 4) {
      case 0:
        *child = nlohmann::ordered_json::object();
        json.begin_object();
        stream_random_tree(json, *child, random, depth + 1, max_depth);
        json.end_object();
        break;
      case 1:
        *child = nlohmann::ordered_json::array();
        json.begin_array();
        stream_random_tree(json, *child, random, depth + 1, max_depth);
        json.end_array();
        break;
      case 2: {
        const std::uint64_t value = random() % 100000;
        *child = value;
        json.number(value);
        break;
      }
      default: {
        const std::string value(random() % 30, 'v');
        *child = value;
        json.string(value);
      }
    }
  }
}

// A body's line breaks are most of what a string's escaping stops at, and
// are written without the escape table: runs of them and lines of every
// length up to past the writer's room come out as nlohmann writes them.
TEST(JsonStream, LineBreaksComeOutAsNlohmannWritesThem) {
  std::string value;
  for (std::size_t length = 0; length < 600; length += 7) {
    value.append(length, 'x').append(length % 3 == 0 ? "\n\n\n" : "\n");
  }
  value.append(1000, '\n');
  for (const int indent : {-1, 2}) {
    std::string text;
    protokol::string_output out(text);
    protokol::json_export::json_stream json(out, indent);
    json.string(value);
    json.finish();
    EXPECT_EQ(text, nlohmann::json(value).dump(indent) + "\n");
  }
}

TEST(JsonStream, RandomTreesEqualNlohmannsDumpAtEveryDepth) {
  for (const int indent : {-1, 0, 2, 4}) {
    for (const int max_depth : {6, 150}) {
      std::mt19937 random(static_cast<unsigned>(indent + 17 * max_depth));
      nlohmann::ordered_json tree = nlohmann::ordered_json::object();
      std::string text;
      protokol::string_output out(text);
      protokol::json_export::json_stream json(out, indent);
      json.begin_object();
      // A chain to the full depth first, then random branches.
      nlohmann::ordered_json* node = &tree;
      for (int depth = 0; depth < max_depth; ++depth) {
        json.key("d");
        json.begin_array();
        (*node)["d"] = nlohmann::ordered_json::array();
        node = &(*node)["d"];
        node->push_back(nlohmann::ordered_json::object());
        json.begin_object();
        node = &node->back();
      }
      for (int depth = 0; depth < max_depth; ++depth) {
        json.end_object();
        json.end_array();
      }
      while (text.size() < (std::size_t{300} << 10)) {
        json.key("r" + std::to_string(tree.size()));
        json.begin_object();
        nlohmann::ordered_json& branch = tree["r" + std::to_string(tree.size())];
        branch = nlohmann::ordered_json::object();
        stream_random_tree(json, branch, random, 0, max_depth);
        json.end_object();
        if (tree.size() > 4000) break;
      }
      json.end_object();
      json.finish();
      // Compared without gtest's diff, slow for texts this long.
      const std::string expected = tree.dump(indent, ' ', false) + "\n";
      const auto first_difference =
          std::mismatch(text.begin(), text.end(), expected.begin(), expected.end()).first -
          text.begin();
      EXPECT_TRUE(text == expected)
          << "indent " << indent << " depth " << max_depth << ": " << text.size()
          << " bytes against " << expected.size() << ", first difference at " << first_difference;
    }
  }
}

// member() writes a key and its value in one piece when it can: the same
// bytes as key() then string() or number(), for keys and values on both
// sides of its size limits, plain or needing escapes, in both layouts.
TEST(JsonStream, MemberEqualsKeyThenValue) {
  const std::string names[] = {"a", std::string(64, 'k'), std::string(65, 'k')};
  const std::string values[] = {"",
                                "Jens Ærø",
                                std::string(180, 'v'),
                                std::string(181, 'v'),
                                std::string(179, 'v') + "\n",
                                "linje\nlinje \"citat\"",
                                "\xC3"};
  for (const int indent : {-1, 2}) {
    nlohmann::ordered_json tree = nlohmann::ordered_json::object();
    std::string text;
    protokol::string_output out(text);
    protokol::json_export::json_stream json(out, indent);
    json.begin_object();
    std::size_t n = 0;
    for (const std::string& name : names) {
      for (const std::string& value : values) {
        const std::string key = name + std::to_string(n++);
        json.member(key, value);
        tree[key] = value;
      }
      const std::string key = name + std::to_string(n++);
      json.member(key, std::uint64_t{18446744073709551615u});
      tree[key] = std::uint64_t{18446744073709551615u};
    }
    json.end_object();
    json.finish();
    EXPECT_EQ(
        text,
        tree.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n")
        << "indent " << indent;
  }
}

}  // namespace
