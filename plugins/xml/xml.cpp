// xml.cpp: the `xml` exporter plugin: stage class, parameters, descriptor.
#include <export_common/atomic_file.hpp>
#include <export_common/export_folder.hpp>
#include <export_common/output_key.hpp>
#include <filesystem>
#include <protokol/plugin.hpp>
#include <stdexcept>
#include <string>

#include "xml_writer.hpp"

namespace protokol::xml_export {
namespace {

class xml_stage final : public stage {
 public:
  // Throws std::runtime_error when OUTDIR/xml holds output of other settings
  // (see claim_export_folder).
  explicit xml_stage(const stage_config& config)
      : options_{config.get_bool("public")},
        durable_(config.sync_each_file),
        folder_(config.output_dir.empty() ? std::filesystem::path()
                                          : std::filesystem::path(config.output_dir) / "xml",
                std::string("schema=") + document_schema_version +
                    "\npublic=" + (options_.public_mode ? "true" : "false") + "\n") {}

  void process(document& doc) const override {
    export_common::check_key(doc.key);
    export_common::atomic_file file(folder() / (doc.key + ".xml"), durable_);
    write_xml(doc, options_, file);
    file.commit();
  }

  void remove(const std::string& key) const override {
    export_common::check_key(key);
    export_common::remove_file_durably(folder() / (key + ".xml"));
  }

 private:
  const std::filesystem::path& folder() const {
    if (folder_.empty()) throw std::runtime_error("xml: the run has no output folder");
    return folder_.claim();
  }

  xml_options options_;
  bool durable_;
  export_common::lazy_export_folder folder_;
};

}  // namespace
}  // namespace protokol::xml_export

namespace {

constexpr protokol::param_descriptor xml_params[] = {
    {"public", protokol::param_type::boolean, "false", false,
     "Public mode: closed items keep number, title and case numbers; their bodies, entities and "
     "quoting warnings are left out",
     nullptr},
};

}  // namespace

PROTOKOL_PLUGIN("xml", "1.0.0", "MIT", "Writes each document as XML (OUTDIR/xml/<key>.xml)",
                protokol::make_stage<protokol::xml_export::xml_stage>(
                    protokol::stage_kind::exporter, "xml",
                    "Writes OUTDIR/xml/<key>.xml per document (docs/schema/document.xsd)",
                    "meeting items", "export.xml", xml_params))
