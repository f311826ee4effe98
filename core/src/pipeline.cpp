#include "pipeline.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <protokol/params.hpp>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "did_you_mean.hpp"
#include "plugin_registry.hpp"

namespace protokol {
namespace fs = std::filesystem;

namespace {

// Turns pugixml byte offsets into file:line:column diagnostics. The line
// starts are found once: counting lines from the top for every message cost
// quadratic time on a file with many problems.
class located_reader {
 public:
  located_reader(std::string file, std::string text)
      : file_(std::move(file)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = text_.find('\n'); i != std::string::npos; i = text_.find('\n', i + 1))
      line_starts_.push_back(i + 1);
  }

  const std::string& text() const { return text_; }

  /// Line and column (1-based, bytes) of `offset`, by binary search over the
  /// line starts: a pipeline of many stages must not cost a scan per stage.
  std::pair<std::size_t, std::size_t> position(std::ptrdiff_t offset) const {
    const std::size_t at =
        std::min(static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0)), text_.size());
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), at);
    const std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());
    return {line, at - *(next - 1) + 1};
  }

  diagnostic at_offset(std::ptrdiff_t offset, std::string message) const {
    const auto [line, column] = position(offset);
    return {file_, line, column, severity::error, std::move(message)};
  }
  // pugixml's offset is that of the element name; people expect the '<'.
  static std::ptrdiff_t start_of(const pugi::xml_node& node) {
    const std::ptrdiff_t offset = node.offset_debug();
    return node.type() == pugi::node_element && offset > 0 ? offset - 1 : offset;
  }
  diagnostic at(const pugi::xml_node& node, std::string message) const {
    return at_offset(start_of(node), std::move(message));
  }
  // The node's start tag, from its name to the '>' (or the end of the text).
  std::string_view tag_of(const pugi::xml_node& node) const {
    const std::size_t start = position_of(node);
    const std::size_t end = text_.find('>', start);
    return std::string_view(text_).substr(start, end == std::string::npos ? end : end - start);
  }
  // pugixml keeps no offsets for attributes: find the name in its element's
  // start tag at or after `from`, and move `from` past it. Going through a
  // tag's attributes in order with one `from` reads the tag once.
  diagnostic at(std::string_view tag, const pugi::xml_attribute& attr, std::string message,
                std::size_t& from) const {
    const std::size_t found = tag.find(attr.name(), from);
    if (found != std::string_view::npos) from = found + std::strlen(attr.name());
    const std::size_t in_tag = found == std::string_view::npos ? 0 : found;
    return at_offset(static_cast<std::ptrdiff_t>(tag.data() - text_.data() + in_tag),
                     std::move(message));
  }
  diagnostic at(const pugi::xml_node& node, const pugi::xml_attribute& attr,
                std::string message) const {
    std::size_t from = 0;
    return at(tag_of(node), attr, std::move(message), from);
  }
  located_value value_of(const pugi::xml_node& node, std::string value) const {
    const auto [line, column] = position(start_of(node));
    return {std::move(value), line, column};
  }

 private:
  std::size_t position_of(const pugi::xml_node& node) const {
    return std::min(text_.size(),
                    static_cast<std::size_t>(std::max<std::ptrdiff_t>(node.offset_debug(), 0)));
  }

  std::string file_;
  std::string text_;
  std::vector<std::size_t> line_starts_;  ///< offset of each line's first byte
};

std::string trimmed(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const std::size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

void check_attributes(const located_reader& r, const pugi::xml_node& node,
                      const std::vector<std::string>& allowed, std::vector<diagnostic>& out) {
  const std::string_view tag = r.tag_of(node);
  std::size_t from = 0;
  for (const pugi::xml_attribute& a : node.attributes()) {
    if (std::find(allowed.begin(), allowed.end(), a.name()) == allowed.end())
      out.push_back(r.at(tag, a,
                         "unknown attribute '" + std::string(a.name()) + "' on <" + node.name() +
                             ">" + did_you_mean(a.name(), allowed),
                         from));
  }
}

// Text between elements ("<stage use="read"/> oops <stage .../>") is a slip
// of the editor, never meant: said with its place, not passed over.
void check_stray_text(const located_reader& r, const pugi::xml_node& child, const char* parent,
                      std::vector<diagnostic>& out) {
  if (child.type() != pugi::node_pcdata && child.type() != pugi::node_cdata) return;
  const std::string_view value = child.value();
  const std::size_t first = value.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return;
  const std::string text = trimmed(std::string(value));
  out.push_back(r.at_offset(
      child.offset_debug() + static_cast<std::ptrdiff_t>(first),
      "text '" + text.substr(0, 40) + "' inside <" + parent + "> belongs to no element"));
}

// "&bogus;": XML knows five named entities; pugixml leaves any other as it
// stands, which would become part of the value unnoticed.
bool holds_unknown_entity(std::string_view value) {
  for (std::size_t amp = value.find('&'); amp != std::string_view::npos;
       amp = value.find('&', amp + 1)) {
    std::size_t end = amp + 1;
    while (end < value.size() && (std::isalnum(static_cast<unsigned char>(value[end])) != 0)) ++end;
    if (end > amp + 1 && end < value.size() && value[end] == ';') return true;
  }
  return false;
}

void read_param(const located_reader& r, const pugi::xml_node& node, stage_spec& stage,
                std::vector<diagnostic>& out) {
  check_attributes(r, node, {"name"}, out);
  const std::string name = node.attribute("name").value();
  if (name.empty()) {
    out.push_back(r.at(node, "<param> needs a name attribute"));
    return;
  }
  for (const pugi::xml_node& child : node.children())
    if (child.type() == pugi::node_element)
      out.push_back(
          r.at(child, "unexpected element <" + std::string(child.name()) + "> inside <param>"));
  if (holds_unknown_entity(node.text().get()))
    out.push_back(r.at(node, "unknown entity in the value of parameter '" + name +
                                 "' (XML knows &amp; &lt; &gt; &quot; &apos; and &#N;)"));
  if (stage.params.count(name)) {
    out.push_back(r.at(node, "parameter '" + name + "' is set twice in stage '" + stage.id + "'"));
    return;
  }
  stage.params[name] = r.value_of(node, trimmed(node.text().get()));
}

void read_stage(const located_reader& r, const pugi::xml_node& node, pipeline_spec& spec,
                std::set<std::string>& ids, std::vector<diagnostic>& out) {
  check_attributes(r, node, {"use", "id"}, out);
  stage_spec stage;
  stage.use = node.attribute("use").value();
  stage.id = node.attribute("id") ? node.attribute("id").value() : stage.use;
  const auto [line, column] = r.position(located_reader::start_of(node));
  stage.line = line;
  stage.column = column;
  if (stage.use.empty())
    out.push_back(r.at(node, "<stage> needs a use attribute naming the stage"));
  if (!stage.id.empty() && !ids.insert(stage.id).second)
    out.push_back(
        r.at(node, "duplicate stage id '" + stage.id + "' (give one of them an id attribute)"));
  for (const pugi::xml_node& child : node.children()) {
    check_stray_text(r, child, "stage", out);
    if (child.type() != pugi::node_element) continue;
    if (std::string_view(child.name()) == "param")
      read_param(r, child, stage, out);
    else
      out.push_back(r.at(child, "unknown element <" + std::string(child.name()) +
                                    "> inside <stage>" + did_you_mean(child.name(), {"param"})));
  }
  spec.stages.push_back(std::move(stage));
}

}  // namespace

std::vector<diagnostic> read_pipeline(const fs::path& file, pipeline_spec& spec) {
  std::error_code ec;
  std::ifstream in(file, std::ios::binary);
  const int error = errno;  // of the open, before anything else sets it
  const bool folder = fs::is_directory(file, ec);
  if (!in || folder) {
    spec = pipeline_spec{};
    spec.file = file.string();
    std::string message = "cannot read pipeline file: " + std::string(std::strerror(error));
    if (folder) {
      message = "is a folder, not a pipeline file";
    } else if (!fs::exists(file, ec) && !file.has_parent_path() && file.extension() != ".xml") {
      // "-p defualt": a shipped pipeline's name, misspelt.
      message = "no such pipeline file, nor a shipped pipeline of that name";
      if (const std::vector<std::string> shipped = shipped_pipeline_names(); !shipped.empty())
        message +=
            " (shipped: " + shipped_pipeline_list() + ")" + did_you_mean(file.string(), shipped);
    }
    return {diagnostic{file.string(), 0, 0, severity::error, message}};
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  return read_pipeline_text(file.string(), std::move(buffer).str(), spec);
}

std::vector<diagnostic> read_pipeline_text(const std::string& file, std::string text,
                                           pipeline_spec& spec) {
  spec = pipeline_spec{};
  spec.file = file;
  const located_reader r(file, std::move(text));

  pugi::xml_document doc;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(r.text().data(), r.text().size(),
                      pugi::parse_default | pugi::parse_declaration, pugi::encoding_utf8);
  if (!parsed)
    return {r.at_offset(parsed.offset, std::string("malformed XML: ") + parsed.description())};

  std::vector<diagnostic> out;
  // Pipeline files are read as UTF-8; a declaration claiming anything else
  // would have its parameter values silently misread.
  for (const pugi::xml_node& node : doc.children())
    if (node.type() == pugi::node_declaration)
      if (const pugi::xml_attribute encoding = node.attribute("encoding")) {
        std::string name = encoding.value();
        for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (name != "UTF-8" && name != "US-ASCII")
          out.push_back(r.at(node, encoding,
                             "unsupported encoding '" + std::string(encoding.value()) +
                                 "' in the XML declaration (pipeline files are UTF-8)"));
      }
  const pugi::xml_node root = doc.document_element();
  if (std::string_view(root.name()) != "pipeline")
    return {
        r.at(root, "the root element must be <pipeline>, not <" + std::string(root.name()) + ">")};
  check_attributes(r, root, {"name", "version"}, out);
  spec.name = root.attribute("name").value();
  if (spec.name.empty()) out.push_back(r.at(root, "<pipeline> needs a name attribute"));
  if (root.attribute("version") && std::string_view(root.attribute("version").value()) != "1")
    out.push_back(r.at(root, root.attribute("version"),
                       "unsupported pipeline file version '" +
                           std::string(root.attribute("version").value()) +
                           "' (this protokol reads version 1)"));

  std::set<std::string> ids;
  for (const pugi::xml_node& child : root.children()) {
    check_stray_text(r, child, "pipeline", out);
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    if (name == "stage") {
      read_stage(r, child, spec, ids, out);
    } else if (name == "description") {
      spec.description = trimmed(child.text().get());
    } else {
      out.push_back(r.at(child, "unknown element <" + std::string(name) + "> inside <pipeline>" +
                                    did_you_mean(name, {"stage", "description"})));
    }
  }
  if (spec.stages.empty() && out.empty()) out.push_back(r.at(root, "the pipeline has no stages"));
  return out;
}

std::vector<diagnostic> apply_override(pipeline_spec& spec, const std::string& assignment) {
  const std::size_t dot = assignment.find('.');
  const std::size_t eq = assignment.find('=');
  if (dot == std::string::npos || eq == std::string::npos || dot > eq || dot == 0 || eq == dot + 1)
    return {diagnostic{"--set", 0, 0, severity::error,
                       "'" + assignment + "' is not of the form STAGE.PARAM=VALUE"}};
  const std::string id = assignment.substr(0, dot);
  for (stage_spec& stage : spec.stages) {
    if (stage.id != id) continue;
    // Blanks around the value are trimmed, as in a pipeline file's <param>.
    stage.params[assignment.substr(dot + 1, eq - dot - 1)] = {trimmed(assignment.substr(eq + 1)), 0,
                                                              0};
    return {};
  }
  std::vector<std::string> ids;
  for (const stage_spec& s : spec.stages) ids.push_back(s.id);
  return {diagnostic{"--set", 0, 0, severity::error,
                     "no stage with id '" + id + "' in " + spec.file + did_you_mean(id, ids)}};
}

namespace {

diagnostic stage_error(const pipeline_spec& spec, const stage_spec& stage, std::string message) {
  return {spec.file, stage.line, stage.column, severity::error, std::move(message)};
}

diagnostic value_error(const pipeline_spec& spec, const located_value& v, std::string message) {
  if (v.line == 0) return {"--set", 0, 0, severity::error, std::move(message)};
  return {spec.file, v.line, v.column, severity::error, std::move(message)};
}

std::vector<std::string> words(const char* text) {
  std::vector<std::string> out;
  std::istringstream in(text ? text : "");
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Says a binding problem the way a pipeline author reads it: with the
// stage's id, and for an unknown name the nearest declared one.
std::string stage_message(const stage_spec& stage, const stage_descriptor& d,
                          const param_problem& p) {
  switch (p.what) {
    case param_problem::kind::unknown: {
      std::vector<std::string> declared;
      for (std::uint32_t i = 0; i < d.param_count; ++i) declared.emplace_back(d.params[i].name);
      return "stage '" + stage.id + "' (" + d.name + ") has no parameter '" + p.name + "'" +
             did_you_mean(p.name, declared);
    }
    case param_problem::kind::missing:
      return "stage '" + stage.id + "' needs parameter '" + p.name + "' " + p.detail;
    case param_problem::kind::invalid:
      break;
  }
  return "parameter '" + p.name + "' of stage '" + stage.id + "' " + p.detail;
}

}  // namespace

std::map<std::string, std::string> given_params(const stage_spec& stage) {
  std::map<std::string, std::string> given;
  for (const auto& [name, value] : stage.params) given.emplace(name, value.value);
  return given;
}

std::map<std::string, std::string> bind_stage_params(const pipeline_spec& spec,
                                                     const stage_spec& stage,
                                                     const stage_descriptor& d,
                                                     std::vector<diagnostic>& out) {
  std::vector<param_problem> problems;
  std::map<std::string, std::string> bound = bind_params(d, given_params(stage), problems);
  for (const param_problem& p : problems) {
    const auto given = stage.params.find(p.name);
    std::string message = stage_message(stage, d, p);
    out.push_back(given != stage.params.end() ? value_error(spec, given->second, std::move(message))
                                              : stage_error(spec, stage, std::move(message)));
  }
  return bound;
}

std::vector<diagnostic> check_pipeline(const pipeline_spec& spec, const plugin_registry& registry) {
  std::vector<diagnostic> out;
  std::vector<std::string> known;
  for (const stage_entry& e : registry.stages()) known.emplace_back(e.stage->name);
  std::set<std::string> provided;
  // After an unknown stage, what the pipeline provides is unknown: a
  // misspelt 'segmnt' would otherwise make every later stage miss 'items'.
  bool unknown_before = false;
  for (const stage_spec& stage : spec.stages) {
    const stage_entry* entry = registry.find_stage(stage.use);
    if (entry == nullptr) {
      out.push_back(stage_error(
          spec, stage, "unknown stage '" + stage.use + "'" + did_you_mean(stage.use, known)));
      unknown_before = true;
      continue;
    }
    const stage_descriptor& d = *entry->stage;
    bind_stage_params(spec, stage, d, out);
    for (const std::string& need : words(d.requires_)) {
      if (provided.count(need) || unknown_before) continue;
      // Every stage that would, not the first found ('docx' for a text pipeline).
      std::vector<std::string> providers;
      for (const stage_entry& e : registry.stages())
        for (const std::string& p : words(e.stage->provides))
          if (p == need) providers.push_back("'" + std::string(e.stage->name) + "'");
      std::string hint;
      for (std::size_t k = 0; k < providers.size(); ++k)
        hint += (k == 0 ? "" : k + 1 == providers.size() ? " or " : ", ") + providers[k];
      if (!hint.empty()) hint = " (provided by stage " + hint + ")";
      out.push_back(stage_error(spec, stage,
                                "stage '" + stage.id + "' requires '" + need +
                                    "', which no earlier stage provides" + hint));
    }
    for (const std::string& p : words(d.provides)) provided.insert(p);
  }
  return out;
}

fs::path shipped_pipeline_folder() {
  return executable_dir() / ".." / "share" / "protokol" / "pipelines";
}

std::vector<std::string> shipped_pipeline_names() {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(shipped_pipeline_folder(), ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->path().extension() == ".xml") names.push_back(it->path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string shipped_pipeline_list() {
  std::string list;
  for (const std::string& name : shipped_pipeline_names())
    list += (list.empty() ? "" : ", ") + name;
  return list;
}

fs::path resolve_pipeline_path(const std::string& name_or_path) {
  std::error_code ec;
  // A folder of the name in the working directory ("text/" beside "-p text")
  // is no pipeline file: the shipped pipeline of that name is meant.
  if ((fs::exists(name_or_path, ec) && !fs::is_directory(name_or_path, ec)) ||
      name_or_path.find('/') != std::string::npos)
    return name_or_path;
  const fs::path shipped = shipped_pipeline_folder() / (name_or_path + ".xml");
  return fs::exists(shipped, ec) ? fs::weakly_canonical(shipped, ec) : fs::path(name_or_path);
}

bool publishes(const pipeline_spec& spec) {
  return std::any_of(spec.stages.begin(), spec.stages.end(), [](const stage_spec& s) {
    const auto it = s.params.find("public");
    return it != s.params.end() && it->second.value == "true";
  });
}

}  // namespace protokol
