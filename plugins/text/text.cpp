// text.cpp: the `text` exporter. Writes doc.text as it is, so a user can see
// exactly what the readers made of a PDF, HTML or Word file and what every
// offset in the other outputs points into. It has no public mode: it is an
// inspection tool and never belongs in a public pipeline (docs/reading.md).
#include <protokol/exporter.hpp>
#include <protokol/plugin.hpp>

namespace protokol::text_export {
namespace {

class text_stage final : public file_exporter {
 public:
  explicit text_stage(const stage_config& config)
      : file_exporter(config, {.folder = "text", .settings = "format=text\n", .suffix = ".txt"}) {}

 private:
  void write_document(const document& doc, byte_output& out) const override { out.write(doc.text); }
};

}  // namespace
}  // namespace protokol::text_export

PROTOKOL_PLUGIN("text", "1.0.0", "MIT",
                "Writes the text the readers made (OUTDIR/text/<key>.txt), for checking",
                protokol::make_stage<protokol::text_export::text_stage>(
                    protokol::stage_kind::exporter, "text",
                    "Writes OUTDIR/text/<key>.txt: doc.text byte for byte, the text every offset "
                    "points into; no public mode, so never in a public pipeline",
                    "text", "export.text"))
