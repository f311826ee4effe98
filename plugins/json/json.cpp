// json.cpp: the `json` exporter plugin (descriptor and factory only).
#include <protokol/plugin.hpp>

#include "json_stage.hpp"

namespace {

constexpr protokol::param_descriptor json_params[] = {
    {"indent", protokol::param_type::integer, "2", false,
     "Spaces per nesting level in json/<key>.json; -1 writes each document on one line", nullptr},
    {"ndjson", protokol::param_type::boolean, "false", false,
     "Also write OUTDIR/documents.ndjson: every document in json/, one per line, sorted by key", nullptr},
    {"public", protokol::param_type::boolean, "false", false,
     "Public mode: closed items keep number, title and case numbers; their bodies, entities and "
     "quoting warnings are left out",
     nullptr},
};

}  // namespace

PROTOKOL_PLUGIN("json", "1.0.0", "MIT", "Writes each document as JSON (OUTDIR/json/<key>.json)",
                protokol::make_stage<protokol::json_export::json_stage>(
                    protokol::stage_kind::exporter, "json",
                    "Writes OUTDIR/json/<key>.json per document, optionally OUTDIR/documents.ndjson",
                    "meeting items", "export.json", json_params))
