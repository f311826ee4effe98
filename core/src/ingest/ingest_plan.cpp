#include "ingest_plan.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "../inputs.hpp"
#include "../json_text.hpp"

namespace protokol::ingest {

namespace {

// Keys are unique case-insensitively among live documents (outputs may land
// on a case-insensitive file system), as `run` keeps them.
class key_book {
 public:
  bool held(const std::string& key) const { return holders_.count(key_fold(key)) > 0; }
  const std::string& holder(const std::string& key) const { return holders_.at(key_fold(key)); }
  void hold(const std::string& key, const std::string& sha) { holders_[key_fold(key)] = sha; }

  // `preferred` (the key of the document this path held before) when free,
  // else key_for(relative), else that with the path's hash as `run` does.
  std::string assign(const std::string& relative, const std::string& preferred,
                     const std::string& sha) {
    // A key from before keys were text (a Latin-1 name's raw byte) is not kept.
    const bool keep = !preferred.empty() && !held(preferred) && is_valid_utf8(preferred);
    std::string key = keep ? preferred : key_for(relative);
    if (held(key)) {
      const std::string hashed = hashed_key(key_for(relative), relative);
      key = hashed;
      for (std::size_t n = 2; held(key); ++n) key = hashed + "-" + std::to_string(n);
    }
    hold(key, sha);
    return key;
  }

 private:
  std::unordered_map<std::string, std::string> holders_;
};

bool due(const document_record& d, const plan_options& options) {
  if (options.retry_failed) return true;
  if (options.hold_back.count(d.sha256)) return false;
  if (d.pipeline != options.fingerprint) return true;
  return d.status == doc_status::quarantined && options.now >= d.next_attempt;
}

}  // namespace

std::string to_string(work_reason reason) {
  switch (reason) {
    case work_reason::fresh:
      return "new";
    case work_reason::changed:
      return "changed";
    case work_reason::moved:
      return "moved";
    case work_reason::reprocess:
      return "reprocess";
    case work_reason::retry:
      return "retry";
  }
  return "?";
}

ingest_plan make_plan(const scan_result& scan, const std::vector<document_record>& documents,
                      const plan_options& options) {
  ingest_plan plan;
  plan.files = scan.files.size();

  // Where each content is now (paths sorted, as the scan is).
  std::map<std::string, std::vector<const scanned_file*>> by_sha;
  std::unordered_set<std::string> unsettled;
  for (const scanned_file& f : scan.files) {
    if (f.state == file_state::settled)
      by_sha[f.sha256].push_back(&f);
    else if (f.state == file_state::pending)
      plan.pending.push_back(f.relative), unsettled.insert(f.relative);
    else
      plan.unreadable.push_back(f), unsettled.insert(f.relative);
  }

  std::unordered_map<std::string, const document_record*> by_doc_sha;
  std::unordered_map<std::string, const document_record*>
      live_at;  // path -> live document there before
  for (const document_record& d : documents) {
    by_doc_sha[d.sha256] = &d;
    if (d.live()) live_at[d.path] = &d;
  }

  // 1. Live documents: still where they were, moved, kept (their file is
  //    being rewritten or cannot be seen), or removed.
  key_book keys;
  struct located {
    const document_record* doc;
    const scanned_file* file;
  };
  std::vector<located> staying, moving;
  std::unordered_set<std::string> located_shas;
  std::unordered_map<std::string, const document_record*>
      left_path;  // path -> document that left it
  for (const document_record& d : documents) {
    if (!d.live()) continue;
    const auto found = by_sha.find(d.sha256);
    if (found != by_sha.end()) {
      const auto& files = found->second;
      const auto here =
          std::find_if(files.begin(), files.end(), [&](auto* f) { return f->relative == d.path; });
      located_shas.insert(d.sha256);
      if (here != files.end() && !d.key.empty()) {
        staying.push_back({&d, *here});
        keys.hold(d.key, d.sha256);
      } else {
        moving.push_back({&d, files.front()});
        left_path[d.path] = &d;
      }
    } else if (unsettled.count(d.path) || scan.unknown(d.path)) {
      keys.hold(d.key, d.sha256);  // left alone until its file can be seen again
    } else {
      plan.removals.push_back(d);
      left_path[d.path] = &d;
    }
  }

  // 2. Contents with no live document: new, or new at a path that held
  //    another content (changed).
  struct arriving {
    std::string sha;
    const scanned_file* file;
    bool changed;
  };
  std::vector<arriving> arrivals;
  for (const auto& [sha, files] : by_sha) {
    const std::string& where = files.front()->relative;
    if (!located_shas.count(sha))
      arrivals.push_back({sha, files.front(), live_at.count(where) > 0});
  }

  // 3. Keys for everything that gets a new name, in path order so that the
  //    same archive always gets the same names.
  struct naming {
    const scanned_file* file;
    const document_record* doc;  // null for arrivals
    const arriving* arrival;
  };
  std::vector<naming> to_name;
  for (const located& m : moving) to_name.push_back({m.file, m.doc, nullptr});
  for (const arriving& a : arrivals) to_name.push_back({a.file, nullptr, &a});
  std::sort(to_name.begin(), to_name.end(),
            [](const naming& a, const naming& b) { return a.file->relative < b.file->relative; });
  for (const naming& n : to_name) {
    const std::string& sha = n.doc ? n.doc->sha256 : n.arrival->sha;
    // A changed file keeps the name of the content it replaces.
    const auto before = left_path.find(n.file->relative);
    const std::string preferred = before != left_path.end() && before->second->sha256 != sha
                                      ? before->second->key
                                      : std::string();
    const std::string key = keys.assign(n.file->relative, preferred, sha);
    const auto previous = by_doc_sha.find(sha);
    if (n.doc == nullptr) {
      work_item w;
      w.sha256 = sha;
      w.relative = n.file->relative;
      w.key = key;
      w.bytes = static_cast<std::uint64_t>(n.file->size);
      w.reason = n.arrival->changed ? work_reason::changed : work_reason::fresh;
      if (previous != by_doc_sha.end()) {
        w.previous = *previous->second;
        if (!previous->second->key.empty() && previous->second->key != key)
          w.old_key = previous->second->key;
      }
      plan.work.push_back(std::move(w));
      continue;
    }
    const document_record& d = *n.doc;
    if (d.status == doc_status::exported || d.status == doc_status::fresh || due(d, options)) {
      work_item w;
      w.sha256 = sha;
      w.relative = n.file->relative;
      w.key = key;
      w.bytes = static_cast<std::uint64_t>(n.file->size);
      w.reason = d.status == doc_status::exported ? work_reason::moved : work_reason::retry;
      w.previous = d;
      w.old_key = d.key;
      plan.work.push_back(std::move(w));
    } else {
      relocation r;
      r.doc = d;
      r.doc.path = n.file->relative;
      r.doc.key = key;
      r.old_key = d.key;
      r.old_path = d.path;
      plan.relocations.push_back(std::move(r));
    }
  }

  // 4. Documents staying where they are: re-process after a pipeline change,
  //    retry failures that are due, skip the rest.
  for (const located& s : staying) {
    const document_record& d = *s.doc;
    const bool failed = d.status == doc_status::quarantined || d.status == doc_status::parked;
    const bool stale = d.status == doc_status::fresh || d.pipeline != options.fingerprint;
    if ((!failed && stale) || (failed && due(d, options))) {
      work_item w;
      w.sha256 = d.sha256;
      w.relative = d.path;
      w.key = d.key;
      w.bytes = static_cast<std::uint64_t>(s.file->size);
      w.reason = failed ? work_reason::retry : work_reason::reprocess;
      w.previous = d;
      plan.work.push_back(std::move(w));
      continue;
    }
    ++plan.skipped;
    if (s.file->fast) ++plan.skipped_fast;
    if (failed) ++plan.waiting;
  }

  // 5. Copies: every further path of a content is a duplicate of where the
  //    document is.
  std::unordered_map<std::string, std::string> location;
  for (const work_item& w : plan.work) location[w.sha256] = w.relative;
  for (const relocation& r : plan.relocations) location[r.doc.sha256] = r.doc.path;
  for (const located& s : staying) location[s.doc->sha256] = s.doc->path;
  for (const auto& [sha, files] : by_sha)
    for (const scanned_file* f : files)
      if (f->relative != location[sha]) {
        // Counted as duplicates only: "unchanged" would claim a document
        // that was there before, which on a first ingest is false.
        plan.duplicates.push_back({f->relative, location[sha], sha});
      }

  // 6. Documents that are not live whose key a live document now holds:
  //    their outputs are replaced, so they give the key up.
  std::unordered_set<std::string> working;
  for (const work_item& w : plan.work) working.insert(w.sha256);
  auto taken = [&](const document_record& d) {
    return !d.key.empty() && keys.held(d.key) && keys.holder(d.key) != d.sha256;
  };
  std::unordered_set<std::string> settled_paths;
  for (const auto& [sha, files] : by_sha)
    for (const scanned_file* f : files) settled_paths.insert(f->relative);
  // A file changed in place whose old content's key was no text (a
  // Latin-1 name's raw byte, from before keys were text): the new content
  // takes the key's new form, so the old key's outputs are replaced too.
  auto migrated = [&](const document_record& d) {
    return !d.key.empty() && !is_valid_utf8(d.key) && settled_paths.count(d.path) > 0;
  };
  for (const document_record& d : plan.removals)
    if (taken(d) || migrated(d)) {
      plan.replaced.push_back(d);
      // Gone from the archive, not just changed in place: also a removal.
      if (!settled_paths.count(d.path)) plan.replaced_removed.insert(d.sha256);
    }
  for (const document_record& d : documents)
    if ((d.status == doc_status::removed || d.status == doc_status::replaced) &&
        !working.count(d.sha256) && taken(d))
      plan.replaced.push_back(d);
  plan.removals.erase(
      std::remove_if(plan.removals.begin(), plan.removals.end(),
                     [&](const document_record& d) { return taken(d) || migrated(d); }),
      plan.removals.end());

  std::sort(plan.work.begin(), plan.work.end(),
            [](const work_item& a, const work_item& b) { return a.relative < b.relative; });
  return plan;
}

}  // namespace protokol::ingest
