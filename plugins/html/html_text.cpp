#include "html_text.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <cstring>
#include <memory>
#include <vector>

#include "html_sniff.hpp"
#include "layout.hpp"
#include "nfc.hpp"
#include "text_cleaner.hpp"

namespace protokol::html {
namespace {

constexpr std::uint64_t max_max_bytes = 1ull << 30;  // htmlReadMemory takes an int size

void ignore_structured(void*, xmlErrorPtr) {}
void ignore_generic(void*, const char*, ...) {}

// libxml2 reports through per-thread handlers even with NOERROR (encoding
// and memory errors); nothing of the page may reach stderr.
class quiet_errors {
 public:
  quiet_errors()
      : structured_(xmlStructuredError),
        structured_ctx_(xmlStructuredErrorContext),
        generic_(xmlGenericError),
        generic_ctx_(xmlGenericErrorContext) {
    xmlSetStructuredErrorFunc(nullptr, ignore_structured);
    xmlSetGenericErrorFunc(nullptr, ignore_generic);
  }
  ~quiet_errors() {
    xmlSetStructuredErrorFunc(structured_ctx_, structured_);
    xmlSetGenericErrorFunc(generic_ctx_, generic_);
  }
  quiet_errors(const quiet_errors&) = delete;
  quiet_errors& operator=(const quiet_errors&) = delete;

 private:
  xmlStructuredErrorFunc structured_;
  void* structured_ctx_;
  xmlGenericErrorFunc generic_;
  void* generic_ctx_;
};

struct doc_deleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

struct context_deleter {
  void operator()(htmlParserCtxt* ctxt) const { htmlFreeParserCtxt(ctxt); }
};

// libxml2 stops at its nesting limit (256 without HTML_PARSE_HUGE) and keeps
// what came before; losing the rest silently is not an option.
bool stopped_by_depth(const htmlParserCtxt& ctxt) {
  return ctxt.lastError.code == XML_ERR_INTERNAL_ERROR && ctxt.lastError.message != nullptr &&
         std::strstr(ctxt.lastError.message, "Excessive depth") != nullptr;
}

// HTML_PARSE_NOBLANKS is left out: it drops the blank between two inline
// elements ("<b>Punkt</b> <i>3</i>"), which a browser shows. HTML_PARSE_HUGE
// stays off, so libxml2's limits on text and name sizes hold.
constexpr int parse_options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT;

}  // namespace

html_reader::html_reader(html_options options) : options_(std::move(options)) {
  if (options_.max_bytes == 0 || options_.max_bytes > max_max_bytes) {
    throw std::invalid_argument("max_bytes must be between 1 and " + std::to_string(max_max_bytes) +
                                ", got " + std::to_string(options_.max_bytes));
  }
  // Before any worker thread parses: libxml2 sets up its globals here.
  xmlInitParser();
  if (!encoding_supported(options_.fallback_encoding)) {
    throw std::invalid_argument("fallback_encoding '" + options_.fallback_encoding +
                                "' is not an encoding libxml2 can decode");
  }
}

bool html_reader::claims(std::string_view raw) { return looks_like_html(raw); }

html_result html_reader::read(std::string_view raw) const {
  if (raw.size() > options_.max_bytes) {
    throw html_error("HTML page is " + std::to_string(raw.size()) +
                     " bytes, over the html max_bytes limit of " +
                     std::to_string(options_.max_bytes));
  }
  const encoding_choice encoding = choose_encoding(raw, options_.fallback_encoding);
  if (raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);
  const quiet_errors quiet;
  const std::unique_ptr<htmlParserCtxt, context_deleter> ctxt(htmlNewParserCtxt());
  if (ctxt == nullptr) throw html_error("libxml2 could not make a parser (out of memory)");
  const std::unique_ptr<xmlDoc, doc_deleter> doc(
      htmlCtxtReadMemory(ctxt.get(), raw.data(), static_cast<int>(raw.size()), nullptr,
                         encoding.parse.c_str(), parse_options));
  if (doc == nullptr) {
    throw html_error("libxml2 could not parse the HTML page (" + encoding.report + ")");
  }
  if (stopped_by_depth(*ctxt)) {
    throw html_error(
        "HTML page nests elements deeper than libxml2's limit of 256 levels; the rest of the page "
        "would be lost");
  }
  std::string laid_out = lay_out(doc.get(), options_.keep_title);
  html_result result;
  result.text.reserve(laid_out.size());
  reader::clean_text(laid_out, result.text);
  reader::to_nfc_without_zero_width(result.text);
  result.encoding = encoding.report;
  return result;
}

}  // namespace protokol::html
