// sqlite.cpp: the `sqlite` exporter plugin: stage class, parameters, descriptor.
#include <filesystem>
#include <optional>
#include <protokol/output_key.hpp>
#include <protokol/plugin.hpp>
#include <stdexcept>

#include "sqlite_store.hpp"

namespace protokol::sqlite_export {
namespace {

std::optional<store> make_store(const stage_config& config) {
  // Without an output folder (validate, detect) nothing is written.
  if (config.output_dir.empty()) return std::nullopt;
  return std::optional<store>(std::in_place,
                              std::filesystem::path(config.output_dir) / database_file_name,
                              store_options{config.get_bool("public"), config.sync_each_file});
}

class sqlite_stage final : public stage {
 public:
  // Throws std::runtime_error when OUTDIR/protokol.sqlite holds output of
  // other settings (see check_database).
  explicit sqlite_stage(const stage_config& config) : store_(make_store(config)) {}

  void process(document& doc) const override {
    check_key(doc.key);
    database().replace(doc);
  }

  void finish() override {
    if (store_) store_->finish();
  }

  void remove(const std::string& key) const override {
    check_key(key);
    database().remove(key);
  }

 private:
  store& database() const {
    if (!store_) throw std::runtime_error("sqlite: the run has no output folder");
    return *store_;
  }

  // The store locks itself: process() is const and runs on several threads.
  mutable std::optional<store> store_;
};

}  // namespace
}  // namespace protokol::sqlite_export

namespace {

constexpr protokol::param_descriptor sqlite_params[] = {
    {"public", protokol::param_type::boolean, "false", false,
     "Public mode: closed items keep number, title and case numbers; their bodies, votes, "
     "absences and entities are left out, and they are not in the full-text index",
     nullptr},
};

}  // namespace

PROTOKOL_PLUGIN("sqlite", "1.0.0", "MIT",
                "Writes all documents into one SQLite database (OUTDIR/protokol.sqlite)",
                protokol::make_stage<protokol::sqlite_export::sqlite_stage>(
                    protokol::stage_kind::exporter, "sqlite",
                    "Writes OUTDIR/protokol.sqlite: documents, meetings, items, sections, "
                    "entities, attendance, votes and an FTS5 index of items, one transaction per "
                    "document",
                    "meeting items", "export.sqlite", sqlite_params))
