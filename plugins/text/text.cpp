// text.cpp: the `text` exporter. Writes doc.text as it is, so a user can see
// exactly what the readers made of a PDF, HTML or Word file and what every
// offset in the other outputs points into. It has no public mode: it is an
// inspection tool and never belongs in a public pipeline (docs/reading.md).
#include <export_common/atomic_file.hpp>
#include <export_common/export_folder.hpp>
#include <export_common/output_key.hpp>
#include <filesystem>
#include <protokol/plugin.hpp>
#include <stdexcept>

namespace protokol::text_export {
namespace {

class text_stage final : public stage {
 public:
  explicit text_stage(const stage_config& config)
      : folder_(config.output_dir.empty() ? std::filesystem::path()
                                          : std::filesystem::path(config.output_dir) / "text",
                "format=text\n"),
        durable_(config.sync_each_file) {}

  void process(document& doc) const override {
    if (folder_.empty()) throw std::runtime_error("text: the run has no output folder");
    export_common::check_key(doc.key);
    export_common::atomic_file file(folder_.claim() / (doc.key + ".txt"), durable_);
    file.write(doc.text);
    file.commit();
  }

  void remove(const std::string& key) const override {
    if (folder_.empty()) return;
    export_common::check_key(key);
    export_common::remove_file_durably(folder_.path() / (key + ".txt"));
  }

 private:
  export_common::lazy_export_folder folder_;
  bool durable_;
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
