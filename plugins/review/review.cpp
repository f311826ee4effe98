// review.cpp: the `review` exporter plugin: stage class, parameters, descriptor.
#include <export_common/public_view.hpp>
#include <filesystem>
#include <protokol/exporter.hpp>
#include <protokol/plugin.hpp>
#include <string>

#include "index_page.hpp"
#include "page_writer.hpp"

namespace protokol::review_export {
namespace {

// review/<key>.html per document, and beside it the document's line of the
// index, review/.summaries/<key>.json, from which finish() lists them all.
class review_stage final : public file_exporter {
 public:
  // Throws std::runtime_error when OUTDIR/review holds pages of other
  // settings (a public run over internal pages would publish closed items).
  explicit review_stage(const stage_config& config)
      : file_exporter(config,
                      {.folder = "review",
                       .settings = export_common::export_settings(config.get_bool("public")),
                       .suffix = ".html"}),
        options_{config.get_bool("public")} {}

  void process(document& doc) const override {
    file_exporter::process(doc);
    // The summary goes last: the index lists a document only once its page is whole.
    write_file_atomically(summary_file(doc.key), summary_json(summarise_page(doc, options_)),
                          durable());
  }

  void finish() override {
    // Without an output folder nothing was written, so there is nothing to list.
    if (!has_output()) return;
    const auto docs = read_summaries(folder_path() / summaries_folder);
    atomic_file index(folder_path() / "index.html", durable());
    write_index(docs, options_.public_mode, index);
    index.commit();
  }

  void remove(const std::string& key) const override {
    // Summary first: a crash in between leaves an unlisted page, never a dead link.
    remove_file_durably(summary_file(key), durable());
    file_exporter::remove(key);
  }

 private:
  void write_document(const document& doc, byte_output& out) const override {
    write_page(doc, options_, out);
  }

  std::filesystem::path summary_file(const std::string& key) const {
    return document_file(key).parent_path() / summaries_folder / (key + ".json");
  }

  page_options options_;
};

}  // namespace
}  // namespace protokol::review_export

namespace {

constexpr protokol::param_descriptor review_params[] = {
    {"public", protokol::param_type::boolean, "false", false,
     "Public mode: closed items keep their heading line, number, title and case numbers; their "
     "bodies, entities and quoting warnings are left out of the page",
     nullptr},
};

}  // namespace

PROTOKOL_PLUGIN("review", "1.0.0", "MIT",
                "Writes a self-contained HTML review page per document (OUTDIR/review/<key>.html)",
                protokol::make_stage<protokol::review_export::review_stage>(
                    protokol::stage_kind::exporter, "review",
                    "Writes OUTDIR/review/<key>.html per document with highlights and fields, and "
                    "OUTDIR/review/index.html",
                    "meeting items", "export.review", review_params))
