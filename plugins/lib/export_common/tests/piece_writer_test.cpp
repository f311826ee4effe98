#include <gtest/gtest.h>

#include <export_common/piece_writer.hpp>
#include <random>
#include <string>

namespace {

using protokol::export_common::piece_writer;

// Pieces of every size, runs of blanks and pieces written in place, across
// many chunks: what reaches the output is what was appended, in order.
TEST(PieceWriter, HandsOnEveryPieceInOrderAcrossChunks) {
  std::string written;
  protokol::string_output out(written);
  piece_writer writer(out);
  std::string expected;
  std::mt19937 random(5);
  std::string source(piece_writer::chunk_bytes + 100, ' ');
  for (std::size_t i = 0; i < source.size(); ++i) source[i] = static_cast<char>('a' + i % 26);
  for (int round = 0; round < 20000; ++round) {
    switch (random() % 5) {
      case 0: {  // short pieces, copied by fixed-size moves
        const std::string_view piece(source.data() + random() % 26, random() % 17);
        writer.append(piece);
        expected.append(piece);
        break;
      }
      case 1: {
        const std::string_view piece(source.data(), random() % 300);
        writer.append(piece);
        expected.append(piece);
        break;
      }
      case 2: {
        const std::size_t count = random() % 1200;
        writer.append(count, ' ');
        expected.append(count, ' ');
        break;
      }
      case 3: {
        char* to = writer.room(30);
        to = piece_writer::fill(to, 3, '\n');
        to = protokol::export_common::copy_piece(to, "key");
        writer.commit(to);
        expected.append("\n\n\nkey");
        break;
      }
      default:
        writer.push_back('"');
        expected.push_back('"');
    }
    if (round == 10000) {  // a piece larger than a chunk goes on by itself
      writer.append(source);
      expected.append(source);
    }
  }
  writer.flush();
  EXPECT_EQ(written, expected);
}

}  // namespace
