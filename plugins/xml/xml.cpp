// xml.cpp: the `xml` exporter plugin: stage class, parameters, descriptor.
#include <export_common/public_view.hpp>
#include <protokol/exporter.hpp>
#include <protokol/plugin.hpp>

#include "xml_writer.hpp"

namespace protokol::xml_export {
namespace {

class xml_stage final : public file_exporter {
 public:
  // Throws std::runtime_error when OUTDIR/xml holds output of other settings
  // (see claim_export_folder).
  explicit xml_stage(const stage_config& config)
      : file_exporter(config,
                      {.folder = "xml",
                       .settings = export_common::export_settings(config.get_bool("public")),
                       .suffix = ".xml"}),
        options_{config.get_bool("public")} {}

 private:
  void write_document(const document& doc, byte_output& out) const override {
    write_xml(doc, options_, out);
  }

  xml_options options_;
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
