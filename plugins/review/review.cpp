// review.cpp: the `review` exporter plugin: stage class, parameters, descriptor.
#include <export_common/atomic_file.hpp>
#include <export_common/export_folder.hpp>
#include <export_common/output_key.hpp>
#include <filesystem>
#include <protokol/plugin.hpp>
#include <stdexcept>
#include <string>

#include "index_page.hpp"
#include "page_writer.hpp"

namespace protokol::review_export {
namespace {

class review_stage final : public stage {
 public:
  // Throws std::runtime_error when OUTDIR/review holds pages of other
  // settings (a public run over internal pages would publish closed items).
  explicit review_stage(const stage_config& config);
  void process(document& doc) const override;
  void finish() override;
  void remove(const std::string& key) const override;

 private:
  const std::filesystem::path& folder() const;

  page_options options_;
  export_common::lazy_export_folder folder_;
  bool durable_;
};

review_stage::review_stage(const stage_config& config)
    : options_{config.get_bool("public")},
      folder_(config.output_dir.empty() ? std::filesystem::path()
                                        : std::filesystem::path(config.output_dir) / "review",
              std::string("schema=") + document_schema_version +
                  "\npublic=" + (options_.public_mode ? "true" : "false") + "\n",
              summaries_folder),
      durable_(config.sync_each_file) {}

const std::filesystem::path& review_stage::folder() const {
  if (folder_.empty()) throw std::runtime_error("review: the run has no output folder");
  return folder_.claim();
}

void review_stage::process(document& doc) const {
  export_common::check_key(doc.key);
  const std::filesystem::path& dir = folder();
  export_common::atomic_file page(dir / (doc.key + ".html"), durable_);
  const page_summary summary = write_page(doc, options_, page);
  page.commit();
  // The summary goes last: the index lists a document only once its page is whole.
  export_common::atomic_file index_part(dir / summaries_folder / (doc.key + ".json"), durable_);
  index_part.write(summary_json(summary));
  index_part.commit();
}

void review_stage::finish() {
  // Without an output folder nothing was written, so there is nothing to list.
  if (folder_.empty() || !std::filesystem::exists(folder_.path())) return;
  const auto docs = read_summaries(folder_.path() / summaries_folder);
  export_common::atomic_file index(folder_.path() / "index.html", durable_);
  write_index(docs, options_.public_mode, index);
  index.commit();
}

void review_stage::remove(const std::string& key) const {
  export_common::check_key(key);
  // Summary first: a crash in between leaves an unlisted page, never a dead link.
  export_common::remove_file_durably(folder() / summaries_folder / (key + ".json"));
  export_common::remove_file_durably(folder() / (key + ".html"));
}

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
