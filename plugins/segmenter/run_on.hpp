// run_on.hpp: text whose pages came out as one line each (the transcripts
// of PDF minutes on docplayer- and yumpu-like sites), broken into lines
// again before the segmenter reads it.
#pragma once
#include <cstddef>
#include <string>

namespace protokol::segmenter {

/// Breaks the run-on lines of `text` before each label with its colon
/// ("Mødedato:", "Sagsnr.:", "SAGSFREMSTILLING:", "Beslutning i Byrådet den
/// 9. august 2010:") and before each item's number after a sentence's end
/// ("Godkendt. 2. Budget ..."), by turning the blank before it into a line
/// break: the text keeps its length, and every offset into it stays valid.
/// Only when the text is run-on: a line of `min_run_on_line` bytes or more
/// in a text of few lines for its size; other text is left as it is.
/// Returns the number of breaks made.
std::size_t break_run_on_lines(std::string& text);

}  // namespace protokol::segmenter
