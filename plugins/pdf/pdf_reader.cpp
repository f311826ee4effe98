#include "pdf_reader.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "compose.hpp"
#include "furniture.hpp"
#include "layout.hpp"
#include "ligatures.hpp"
#include "nfc.hpp"
#include "notes.hpp"
#include "symbol_bullets.hpp"

namespace protokol::pdf {
namespace {

// Markers of a bold face in PostScript font names ("Helvetica-Bold",
// "ABCDEF+DejaVuSans-Bold", "Arial,Bold", "Calibri-Semibold", "Arial-BoldMT",
// "Frutiger-Black", "SegoeUI-Semibold").
bool bold_font(std::string name) {
  for (char& c : name)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (const std::string_view mark : {"bold", "black", "heavy", "semibold", "demi"})
    if (name.find(mark) != std::string::npos) return true;
  return name.ends_with(",b") || name.ends_with("-b");
}

std::string utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

void quiet(const std::string& /*message*/, void* /*closure*/) {}

// Only TAB, LF and FF of the C0 controls may reach the text, and no CR.
void drop_controls(std::string& text) {
  std::erase_if(text, [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t' && c != '\n' && c != '\f') || u == 0x7F;
  });
}

// Turns a word box from Poppler's device space (where text of rotation
// `rot` runs along a quarter-turned axis) into the upright page, where it
// reads left to right; `dev_w`/`dev_h` are the device space's size.
void upright(word& w, int rot, double dev_w, double dev_h) {
  const double x0 = w.x0, y0 = w.y0, x1 = w.x1, y1 = w.y1;
  switch (rot) {
    case 1:  // top to bottom
      w.x0 = y0, w.x1 = y1, w.y0 = dev_w - x1, w.y1 = dev_w - x0;
      break;
    case 2:  // upside down
      w.x0 = dev_w - x1, w.x1 = dev_w - x0, w.y0 = dev_h - y1, w.y1 = dev_h - y0;
      break;
    case 3:  // bottom to top
      w.x0 = dev_h - y1, w.x1 = dev_h - y0, w.y0 = x0, w.y1 = x1;
      break;
    default:
      break;
  }
}

page words_of(const poppler::page& pg) {
  page out;
  const poppler::rectf box = pg.page_rect(poppler::crop_box);
  double dev_w = box.width(), dev_h = box.height();
  // A page turned a quarter (/Rotate 90 or 270) is laid out turned.
  if (pg.orientation() == poppler::page::landscape || pg.orientation() == poppler::page::seascape)
    std::swap(dev_w, dev_h);
  std::vector<poppler::text_box> boxes = pg.text_list(poppler::page::text_list_include_font);
  out.words.reserve(boxes.size());
  std::vector<int> rotations;
  rotations.reserve(boxes.size());
  std::size_t chars_by_rotation[4] = {0, 0, 0, 0};
  for (const poppler::text_box& b : boxes) {
    word w;
    w.text = utf8(b.text());
    if (w.text.empty()) continue;
    const poppler::rectf r = b.bbox();
    w.x0 = r.left();
    w.y0 = r.top();
    w.x1 = r.right();
    w.y1 = r.bottom();
    w.space_after = b.has_space_after();
    if (b.has_font_info()) {
      w.size = b.get_font_size();
      w.bold = bold_font(b.get_font_name());
    }
    const int rot = b.rotation() & 3;
    if (w.size <= 0) w.size = rot % 2 == 0 ? r.height() : r.width();
    chars_by_rotation[rot] += w.text.size();
    rotations.push_back(rot);
    out.words.push_back(std::move(w));
  }
  // The page reads in the direction most of its text runs: turn that text
  // upright. Text running another way (a note along the margin) stays where
  // Poppler put it.
  const int page_rot = static_cast<int>(
      std::max_element(std::begin(chars_by_rotation), std::end(chars_by_rotation)) -
      std::begin(chars_by_rotation));
  for (std::size_t i = 0; i < out.words.size(); ++i)
    if (rotations[i] == page_rot) upright(out.words[i], page_rot, dev_w, dev_h);
  out.width = page_rot % 2 == 0 ? dev_w : dev_h;
  out.height = page_rot % 2 == 0 ? dev_h : dev_w;
  return out;
}

}  // namespace

void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(quiet, nullptr); });
}

std::string read_pdf(std::string_view raw, const pdf_options& options) {
  if (raw.size() > options.max_bytes) {
    throw std::runtime_error(
        "PDF too large: " + std::to_string(raw.size()) +
        " bytes, more than pdf.max_bytes=" + std::to_string(options.max_bytes));
  }
  if (raw.size() > static_cast<std::size_t>(INT_MAX)) {
    throw std::runtime_error("PDF too large for poppler: more than 2 GiB");
  }
  silence_poppler();
  // Poppler reads the caller's buffer in place: no copy of a large file.
  const std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(raw.data(), static_cast<int>(raw.size())));
  if (!pdf) throw std::runtime_error("damaged PDF: poppler could not open it");
  if (pdf->is_locked()) {
    throw std::runtime_error(
        "encrypted PDF: it needs a password to open; remove the password (e.g. qpdf "
        "--decrypt --password=... in.pdf out.pdf) first");
  }
  const int count = pdf->pages();
  if (count <= 0) throw std::runtime_error("damaged PDF: it has no pages");
  if (count > options.max_pages) {
    throw std::runtime_error(
        "PDF has " + std::to_string(count) +
        " pages, more than pdf.max_pages=" + std::to_string(options.max_pages));
  }
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::vector<line>> rows(static_cast<std::size_t>(count));
  std::vector<double> heights(static_cast<std::size_t>(count), 0);
  std::vector<double> widths(static_cast<std::size_t>(count), 0);
  std::size_t words = 0;
  for (int i = 0; i < count; ++i) {
    const std::unique_ptr<poppler::page> pg(pdf->create_page(i));
    if (!pg) throw std::runtime_error("damaged PDF: page " + std::to_string(i + 1) + " unreadable");
    page p = words_of(*pg);
    words += p.words.size();
    heights[static_cast<std::size_t>(i)] = p.height;
    widths[static_cast<std::size_t>(i)] = p.width;
    rows[static_cast<std::size_t>(i)] = group_rows(std::move(p.words));
    const std::chrono::duration<double> spent = std::chrono::steady_clock::now() - start;
    if (spent.count() > options.max_seconds) {
      throw std::runtime_error("PDF took longer than pdf.max_seconds=" +
                               std::to_string(options.max_seconds) + " to read (stopped at page " +
                               std::to_string(i + 1) + " of " + std::to_string(count) + ")");
    }
  }
  if (words == 0) throw std::runtime_error("no text layer (scanned PDF?): run OCR first");
  mark_furniture(rows, heights, widths);
  std::vector<std::vector<line>> ordered(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    // Furniture stays out of column finding: a running header crosses the
    // gutter of every two-column page.
    std::vector<line> body;
    std::vector<line> furniture;
    for (line& l : rows[i]) (l.furniture ? furniture : body).push_back(std::move(l));
    drop_footnotes(body, heights[i]);
    ordered[i] = reading_order(body, widths[i]);
  }
  widen_to_document_margin(ordered, widths);
  std::string text = compose(ordered, body_size(ordered));
  drop_controls(text);
  reader::expand_ligatures(text);
  reader::replace_symbol_bullets(text);
  reader::to_nfc_without_zero_width(text);
  return text;
}

}  // namespace protokol::pdf
