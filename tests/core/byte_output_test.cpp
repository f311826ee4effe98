// protokol/byte_output.hpp: the chunked writer hands on exactly the bytes
// appended, in order, whatever the pieces' sizes against its chunk.
#include <gtest/gtest.h>

#include <protokol/byte_output.hpp>
#include <random>
#include <string>
#include <vector>

namespace {

using protokol::chunked_writer;

// Counts the chunks handed on, to check they are large.
class counting_output final : public protokol::byte_output {
 public:
  void write(std::string_view bytes) override {
    text.append(bytes);
    sizes.push_back(bytes.size());
  }
  std::string text;
  std::vector<std::size_t> sizes;
};

TEST(ChunkedWriter, HandsOnEveryPieceInOrderAcrossChunks) {
  counting_output out;
  chunked_writer writer(out);
  std::string expected;
  std::mt19937 random(7);
  for (int i = 0; i < 20000; ++i) {
    const auto kind = random() % 3;
    const std::size_t n = random() % 40;
    const char c = static_cast<char>('a' + random() % 26);
    if (kind == 0) {
      writer.push_back(c);
      expected.push_back(c);
    } else if (kind == 1) {
      writer.append(n, c);
      expected.append(n, c);
    } else {
      const std::string piece(n, c);
      writer.append(std::string_view(piece));
      expected.append(piece);
    }
  }
  writer.flush();
  ASSERT_GT(expected.size(), 2 * chunked_writer::chunk_bytes);
  EXPECT_EQ(out.text, expected);
  for (std::size_t i = 0; i + 1 < out.sizes.size(); ++i)
    EXPECT_GT(out.sizes[i], chunked_writer::chunk_bytes - 40) << "chunk " << i;
}

TEST(ChunkedWriter, RunsOfOneByteFillWholeChunksExactly) {
  counting_output out;
  chunked_writer writer(out);
  writer.push_back('<');
  writer.append(3 * chunked_writer::chunk_bytes + 5, ' ');
  writer.push_back('>');
  writer.flush();
  const std::string expected = "<" + std::string(3 * chunked_writer::chunk_bytes + 5, ' ') + ">";
  EXPECT_EQ(out.text, expected);
  EXPECT_EQ(out.sizes.front(), chunked_writer::chunk_bytes);
}

TEST(ChunkedWriter, LargePiecesGoOnUnbufferedAfterWhatWasBuffered) {
  counting_output out;
  chunked_writer writer(out);
  writer.append(std::string_view("head "));
  const std::string large(chunked_writer::chunk_bytes + 1, 'x');
  writer.append(std::string_view(large));
  writer.append(std::string_view(" tail"));
  EXPECT_EQ(out.sizes, (std::vector<std::size_t>{5, large.size()}));
  writer.flush();
  EXPECT_EQ(out.text, "head " + large + " tail");
  writer.flush();  // nothing more to hand on
  EXPECT_EQ(out.sizes.size(), 3U);
}

}  // namespace
