// export_common/public_view.hpp: what a public export (stage parameter
// `public`) leaves out of a document. Every exporter asks the same view, so
// the three formats withhold exactly the same things.
#pragma once

#include <cstddef>
#include <protokol/document.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::export_common {

/// Public mode, as docs/outputs.md describes it. A closed item keeps its
/// number, title, case numbers, closed flag and offsets; its body (sections,
/// decision, attachments, votes, absent, document numbers) is withheld, and
/// so is every entity of the item (by item number or by offsets inside the
/// item's span) and every warning that quotes withheld text.
class public_view {
 public:
  /// `enabled` false withholds nothing. The view refers to nothing in `doc`
  /// after construction.
  public_view(const document& doc, bool enabled);

  bool enabled() const { return enabled_; }
  /// True when the body of `it` is left out.
  bool withholds_body(const item& it) const { return enabled_ && it.closed; }
  /// True when doc.entities[index] is exported.
  bool keeps_entity(std::size_t index) const { return entity_kept_.empty() || entity_kept_[index]; }
  /// True when doc.warnings[index] is exported.
  bool keeps_warning(std::size_t index) const {
    return warning_kept_.empty() || warning_kept_[index];
  }

 private:
  bool enabled_;
  std::vector<bool> entity_kept_;   // empty: every entity is kept
  std::vector<bool> warning_kept_;  // empty: every warning is kept
};

/// Takes out of `doc` itself what public mode withholds, for a public run's
/// every exporter (the host calls it before the first one, so an exporter
/// without a public mode of its own publishes nothing of a closed item):
/// each closed item keeps its number, title, case numbers, closed flag and
/// offsets; its body is emptied, the entities inside it and the warnings
/// quoting it are removed, and its text past the heading's line is blanked
/// in `doc.text` (every byte but line ends becomes a blank, so the text stays
/// valid UTF-8 and every offset right). `doc.raw`, the file's bytes, is
/// emptied.
void withhold_closed_items(document& doc);

/// Indexes of `warnings` that quote any of `withheld`: a warning goes when it
/// holds 16 bytes in a row of withheld text, or a whole withheld line of 4 to
/// 15 bytes (a name, a short decision). Deliberately eager: a lost warning
/// costs little, a leaked line of a closed item costs much.
std::vector<bool> find_quoting_warnings(const std::vector<std::string>& warnings,
                                        const std::vector<std::string_view>& withheld);

/// The settings a document exporter records in its folder (see
/// protokol::claim_export_folder): the schema version and public mode, the
/// two that must not mix in one folder. CSV adds its own lines.
std::string export_settings(bool public_mode);

}  // namespace protokol::export_common
