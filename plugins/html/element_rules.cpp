#include "element_rules.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "line_builder.hpp"

namespace protokol::html {
namespace {

std::string_view name_of(const xmlNode* element) {
  return element->name == nullptr ? std::string_view{}
                                  : std::string_view(reinterpret_cast<const char*>(element->name));
}

template <std::size_t N>
bool one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// No text a reader of the minutes wants: code, styling, form controls,
// embedded media and frames.
// A <button> too, unless it discloses a part of the page (below).
constexpr std::array<std::string_view, 22> dropped_tags = {
    "script", "style",    "noscript", "template", "head",  "button",  "input",  "select",
    "option", "optgroup", "textarea", "nav",      "svg",   "iframe",  "object", "embed",
    "canvas", "audio",    "video",    "datalist", "meter", "progress"};

constexpr std::array<std::string_view, 6> heading_tags = {"h1", "h2", "h3", "h4", "h5", "h6"};

constexpr std::array<std::string_view, 24> paragraph_tags = {
    "p",          "div",     "section", "article",  "header",   "footer",  "main",   "aside",
    "blockquote", "address", "figure",  "form",     "fieldset", "details", "center", "dl",
    "hgroup",     "body",    "html",    "frameset", "noframes", "search",  "dialog", "picture"};

constexpr std::array<std::string_view, 6> line_tags = {"dt",         "dd",      "caption",
                                                       "figcaption", "summary", "legend"};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool matches_class(const xmlNode* element, const RE2& pattern) {
  const std::string_view cls = attribute(element, "class");
  return !cls.empty() && RE2::PartialMatch(re2::StringPiece(cls.data(), cls.size()), pattern);
}

// The utility classes every CSS framework and CMS uses for text a screen
// reader says and a browser does not show (Bootstrap, Drupal, WordPress).
bool is_screen_reader_only(const xmlNode* element) {
  static const RE2 screen_reader_class(
      R"((?i)(?:^|\s)(?:visually-?hidden|sr-only|screen-reader-text|element-invisible)(?:$|\s))");
  return matches_class(element, screen_reader_class);
}

// Hidden from sighted readers: `hidden`, a hidden class or style (not
// aria-hidden, which hides an icon only from screen readers).
bool is_hidden_from_sight(const xmlNode* element) {
  if (element->properties == nullptr) return false;
  for (const xmlAttr* a = element->properties; a != nullptr; a = a->next) {
    if (a->name != nullptr && std::strcmp(reinterpret_cast<const char*>(a->name), "hidden") == 0)
      return true;
  }
  if (lower(attribute(element, "type")) == "hidden") return true;
  static const RE2 hidden_class(
      R"((?i)(?:^|\s)(?:element-hidden|hidden|d-none|invisible|is-hidden|u-hidden)(?:$|\s))");
  if (matches_class(element, hidden_class)) return true;
  const std::string_view style = attribute(element, "style");
  if (style.empty()) return false;
  // Word marks text it hides with mso-hide:all.
  static const RE2 hidden_style(
      R"((?i)(?:^|[;\s"])(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all))");
  return RE2::PartialMatch(re2::StringPiece(style.data(), style.size()), hidden_style);
}

// Hidden from everyone, screen readers too.
bool is_hidden_from_all(const xmlNode* element) {
  return is_hidden_from_sight(element) ||
         (element->properties != nullptr && lower(attribute(element, "aria-hidden")) == "true");
}

bool is_hidden(const xmlNode* element) {
  return is_hidden_from_all(element) || is_screen_reader_only(element);
}

// "Lukket", "Lukket punkt", "(Lukket sag):", "Lukket dagsordenspunkt",
// "Fortroligt", "Ikke offentligt": the marker of a closed item, its words
// without parentheses or colon; else empty. Open markers are left alone: the
// segmenter drops them only before the title.
std::string closed_marker_words(std::string_view text) {
  static const RE2 closed(
      R"((?i)\(?\s*(lukket(?:\s+(?:punkt|sag|dagsordenspunkt))?|fortroligt?|ikke offentligt?)\s*\)?\s*:?\s*)");
  // "Lukket" too: a lock icon's name ("Lås", "Hængelås", Material Icons'
  // ligature "lock"), and an English CMS's badge ("Restricted",
  // "Confidential", "Private", "Closed item", "Closed session", "Not
  // public"); never "Closed" alone, with which accordions label their state.
  static const RE2 lock_or_badge(
      R"((?i)\s*(?:(?:hænge)?lås|lock|restricted|confidential|private|closed\s+(?:item|session)|not\s+public)\s*)");
  std::string words;
  if (RE2::FullMatch(re2::StringPiece(text.data(), text.size()), closed, &words)) return words;
  if (RE2::FullMatch(re2::StringPiece(text.data(), text.size()), lock_or_badge)) return "Lukket";
  return {};
}

bool is_navigation(const xmlNode* element) {
  const std::string role = lower(attribute(element, "role"));
  return role == "navigation" || role == "menubar" || role == "menu" || role == "search";
}

// Words in a class or id that name the site's furniture around the
// minutes: its menus, breadcrumb trail, sidebar, cookie banner and pager. A word is
// a run of ASCII letters and digits ("site-navigation" holds "navigation");
// a `prefix` word takes longer words too ("breadcrumbs", "cookieconsent").
struct furniture_word {
  std::string_view word;
  bool prefix;
};
// "cybot": Cookiebot's dialog ("CybotCookiebotDialog"); "pager",
// "pagination": links to the previous and next item or page.
constexpr std::array<furniture_word, 10> furniture_words = {{{"menu", false},
                                                             {"navbar", false},
                                                             {"navigation", false},
                                                             {"breadcrumb", true},
                                                             {"crumbs", false},
                                                             {"sidebar", false},
                                                             {"cookie", true},
                                                             {"cybot", true},
                                                             {"pager", false},
                                                             {"pagination", true}}};

// Never furniture whatever their class says: the page itself, its content,
// and its <header>, which may hold the <h1> and the meeting's header lines
// (only the menus in it go).
constexpr std::array<std::string_view, 5> never_furniture_tags = {"html", "body", "main", "article",
                                                                  "header"};

// A footer in these is the minutes' own ("Mødet hævet kl. 19.30"); an aside
// in an article is its own note.
constexpr std::array<std::string_view, 3> footer_owners = {"main", "article", "section"};
constexpr std::array<std::string_view, 1> aside_owners = {"article"};

bool is_furniture_word(std::string_view word) {
  return std::any_of(furniture_words.begin(), furniture_words.end(), [&](const furniture_word& f) {
    return f.prefix ? word.starts_with(f.word) : word == f.word;
  });
}

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Words before a furniture word that keep it the site's: "site-footer",
// "page-header-menu", "global-navigation", "main-menu".
constexpr std::array<std::string_view, 8> site_words = {"site", "page",    "global", "main",
                                                        "top",  "primary", "header", "mobile"};

// Whether a class or id names the site's furniture: one of its names
// (apart by blanks) starts with a word that passes `test`, after site
// words only ("site-footer", "main-menu", "breadcrumbs"). A furniture word
// later in a name names a part of something else: "agenda-item-footer",
// "card-footer", "layout-with-sidebar".
template <typename Test>
bool has_name_word(const xmlNode* element, Test test) {
  for (const std::string_view attr : {"class", "id"}) {
    const std::string value = lower(attribute(element, attr));
    std::size_t pos = 0;
    while (pos < value.size()) {
      // One name: up to the next blank.
      while (pos < value.size() && value[pos] == ' ') ++pos;
      const std::size_t name_end = std::min(value.find(' ', pos), value.size());
      // Its words, while they are site words, then the first other word.
      std::size_t w = pos;
      while (w < name_end) {
        while (w < name_end && !is_alnum(value[w])) ++w;
        std::size_t e = w;
        while (e < name_end && is_alnum(value[e])) ++e;
        if (e == w) break;
        const std::string_view word = std::string_view(value).substr(w, e - w);
        if (test(word)) return true;
        if (!one_of(word, site_words)) break;
        w = e;
      }
      pos = name_end;
    }
  }
  return false;
}

template <std::size_t N>
bool inside_one_of(const xmlNode* element, const std::array<std::string_view, N>& names) {
  for (const xmlNode* p = element->parent; p != nullptr; p = p->parent) {
    if (p->type == XML_ELEMENT_NODE && one_of(name_of(p), names)) return true;
  }
  return false;
}

// The page's content is inside: an <h1>, <main> or <article>. A layout
// wrapper named after what it sits beside ("has-sidebar") holds it and is no
// furniture; so is an element too large to be (the walk stops there).
bool holds_page_content(const xmlNode* element) {
  constexpr std::size_t max_nodes = 4096;
  std::size_t visited = 0;
  const xmlNode* n = element->children;
  while (n != nullptr) {
    if (++visited > max_nodes) return true;
    if (n->type == XML_ELEMENT_NODE) {
      const std::string_view name = name_of(n);
      if (name == "h1" || name == "main" || name == "article") return true;
      if (n->children != nullptr) {
        n = n->children;
        continue;
      }
    }
    while (n != nullptr && n->next == nullptr) {
      n = n->parent;
      if (n == element) n = nullptr;
    }
    if (n != nullptr) n = n->next;
  }
  return false;
}

// The site's footer ("Kommunen · Rådhuset", contact links), sidebar (other
// meetings' dates), menus, breadcrumb trail and cookie banner: by tag, role
// or the words of a class or id. See the tables above.
bool is_site_furniture(const xmlNode* element) {
  const std::string_view name = name_of(element);
  if (one_of(name, never_furniture_tags)) return false;
  const std::string role = lower(attribute(element, "role"));
  bool furniture = false;
  if (role == "contentinfo" || has_name_word(element, is_furniture_word)) {
    furniture = true;
  } else if (name == "footer" ||
             has_name_word(element, [](std::string_view w) { return w == "footer"; })) {
    // A WordPress post's own footer ("entry-footer": "Kategori: Referater",
    // its tags) is the site's, though it stands in the article.
    const std::string cls = lower(attribute(element, "class"));
    furniture = !inside_one_of(element, footer_owners) ||
                cls.find("entry-footer") != std::string::npos ||
                cls.find("post-footer") != std::string::npos;
  } else if (name == "aside" || role == "complementary") {
    furniture = !inside_one_of(element, aside_owners);
  }
  return furniture && !holds_page_content(element);
}

bool is_form_label(const xmlNode* element) {
  return name_of(element) == "label" && !attribute(element, "for").empty();
}

// Buttons and links of agenda-system pages that act on the page rather
// than say something: "Download som PDF", "Kopiér link", "Del", "Print".
bool is_action_text(std::string_view text) {
  static const RE2 action(
      R"((?i)(?:download|hent|gem|åbn|vis)(?:\s+(?:som|i))?\s+(?:pdf|word|dokument(?:et)?|referat(?:et)?|dagsorden(?:en)?)|download|hent|kopi[eé]r(?:\s+link)?|kopier\s+link|del(?:\s+(?:siden|punkt(?:et)?|dette|link))?|print|udskriv(?:\s+(?:siden|punkt(?:et)?))?|luk|fold\s+(?:ud|sammen)|vis\s+(?:mere|alle|flere|bilag)|skjul(?:\s+bilag)?|abonn[eé]r|send\s+(?:link|mail)|tilbage|til\s+toppen|(?:gå|spring)\s+(?:direkte\s+)?til\s+(?:hoved)?indhold(?:et)?|skip\s+to\s+(?:main\s+)?content)");
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), action);
}

// "3", "(3)", "Bilag (3)", "3 bilag", "Bilag: 3": an attachment counter.
bool is_counter_text(std::string_view text) {
  static const RE2 counter(
      R"((?i)\(?\d{1,3}\)?|bilag\s*(?:\(\d{1,3}\)|:\s*\d{1,3})|\d{1,3}\s+bilag|vedhæftede\s+filer\s*\(\d{1,3}\)|attachments?\s*\(\d{1,3}\))");
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), counter);
}

// The class or aria-label names a counter or an attachment marker.
bool names_counter(const xmlNode* element) {
  static const RE2 counter_name(
      R"((?i)attach|bilag|count|badge|paperclip|clip|antal|number-of|vedh[æa]ft)");
  for (const std::string_view attr : {"class", "aria-label", "title"}) {
    const std::string_view v = attribute(element, attr);
    if (!v.empty() && RE2::PartialMatch(re2::StringPiece(v.data(), v.size()), counter_name))
      return true;
  }
  return false;
}

bool is_clickable(const xmlNode* element) {
  const std::string_view name = name_of(element);
  if (name == "a" || name == "button" || name == "summary") return true;
  const std::string role = lower(attribute(element, "role"));
  if (role == "button" || role == "link" || role == "menuitem" || role == "tab") return true;
  static const RE2 button_class(R"((?i)(?:^|[\s_-])(?:btn|button|action|knap)s?(?:$|[\s_-]))");
  const std::string_view cls = attribute(element, "class");
  return !cls.empty() && RE2::PartialMatch(re2::StringPiece(cls.data(), cls.size()), button_class);
}

bool names_clip(const xmlNode* element) {
  if (names_counter(element)) return true;
  static const RE2 clip(R"((?i)attach|bilag|paperclip|clip|vedh[æa]ft)");
  for (const std::string_view attr : {"src", "alt", "href", "xlink:href"}) {
    const std::string_view v = attribute(element, attr);
    if (!v.empty() && RE2::PartialMatch(re2::StringPiece(v.data(), v.size()), clip)) return true;
  }
  return false;
}

// An icon: an element without text whose class, label or image names a
// paperclip or an attachment, itself or what it holds.
bool is_attachment_icon(const xmlNode* element) {
  if (!short_text(element, 8).empty()) return false;
  if (names_clip(element)) return true;
  // Two levels down, by loops: <span><svg><use href="#icon-paperclip"/></svg></span>.
  for (const xmlNode* c = element->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (names_clip(c)) return true;
    for (const xmlNode* g = c->children; g != nullptr; g = g->next) {
      if (g->type == XML_ELEMENT_NODE && names_clip(g)) return true;
    }
  }
  return false;
}

const xmlNode* first_element_child(const xmlNode* element) {
  for (const xmlNode* c = element->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) return c;
  }
  return nullptr;
}

// The element beside `node` in the direction `step` walks (xmlNode::prev
// or ::next), with only blanks between; null when text or nothing stands there.
const xmlNode* element_beside(const xmlNode* node, xmlNode* xmlNode::*step) {
  for (const xmlNode* n = node->*step; n != nullptr; n = n->*step) {
    if (n->type == XML_ELEMENT_NODE) return n;
    if (n->type == XML_TEXT_NODE && n->content != nullptr) {
      for (const xmlChar* c = n->content; *c != 0; ++c) {
        if (!std::isspace(*c)) return nullptr;  // text stands between
      }
    }
  }
  return nullptr;
}

const xmlNode* previous_element(const xmlNode* node) {
  return element_beside(node, &xmlNode::prev);
}

const xmlNode* next_element(const xmlNode* node) { return element_beside(node, &xmlNode::next); }

// The class names an item's title: "title", "titel", "overskrift", "emne",
// "subject" ("card-title", "agenda-item__title").
bool names_title(const xmlNode* element) {
  static const RE2 title_name(
      R"((?i)(?:^|[-_\s])(?:title|titel|overskrift|emne|subject)(?:[-_\s]|$))");
  const std::string_view v = attribute(element, "class");
  return !v.empty() && RE2::PartialMatch(re2::StringPiece(v.data(), v.size()), title_name);
}

bool is_counter(const xmlNode* element, std::string_view text) {
  if (!is_counter_text(text)) return false;
  // A bare number may be an item number, even as a link; a number in
  // parentheses or with "bilag" on a button or link is a counter.
  const bool bare = !lone_item_number(text).empty() && text.find('(') == std::string_view::npos;
  // "<span class="badge">7</span><h2>Budgetopfølgning</h2>": a bare number
  // right before a heading is the item's, whatever its class says.
  // So is one right before an element its class calls the title
  // ("<span class="badge">110</span> <span class="title">Salg af grund</span>").
  if (const xmlNode* next = next_element(element);
      bare && next != nullptr && (kind_of(next) == element_kind::heading || names_title(next)))
    return false;
  if (names_counter(element)) return true;
  if (!bare) return is_clickable(element);
  const xmlNode* parent = element->parent;
  if (parent != nullptr && parent->type == XML_ELEMENT_NODE && names_counter(parent)) return true;
  const xmlNode* before = previous_element(element);
  if (before != nullptr && is_attachment_icon(before)) return true;
  const xmlNode* icon = first_element_child(element);  // <span><i class=clip></i>3</span>
  return icon != nullptr && is_attachment_icon(icon);
}

}  // namespace

std::string_view attribute(const xmlNode* element, std::string_view name) {
  for (const xmlAttr* a = element->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || name != reinterpret_cast<const char*>(a->name)) continue;
    const xmlNode* value = a->children;
    if (value == nullptr || value->content == nullptr || value->next != nullptr) return {};
    return reinterpret_cast<const char*>(value->content);
  }
  return {};
}

std::string short_text(const xmlNode* element, std::size_t limit) {
  // Iterative walk with a node budget: hostile pages nest deeply.
  constexpr std::size_t max_nodes = 256;
  std::string out;
  bool space = false;
  std::size_t visited = 0;
  const xmlNode* n = element->children;
  while (n != nullptr && out.size() <= limit) {
    if (++visited > max_nodes) {
      out.append(limit + 1 - std::min(out.size(), limit), '?');
      break;
    }
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != nullptr) {
      // Past the limit only the rest of a character is taken: a cut text
      // stays UTF-8 (a page title is kept cut).
      for (const xmlChar* c = n->content; *c != 0 && (out.size() <= limit || (*c & 0xC0) == 0x80);
           ++c) {
        const bool blank = *c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f' ||
                           (*c == 0xC2 && c[1] == 0xA0);
        if (blank) {
          if (*c == 0xC2) ++c;
          space = !out.empty();
        } else {
          if (space) out += ' ';
          space = false;
          out += static_cast<char>(*c);
        }
      }
    }
    if (n->type == XML_ELEMENT_NODE && n->children != nullptr && name_of(n) != "script" &&
        name_of(n) != "style") {
      n = n->children;
      continue;
    }
    while (n != nullptr && n->next == nullptr) {
      n = n->parent;
      if (n == element) n = nullptr;
    }
    if (n != nullptr) n = n->next;
  }
  return out;
}

namespace {

// "[12]" -> "12"; blanks around.
std::string_view trim_brackets(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '[' || s.front() == '('))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ']' || s.back() == ')')) s.remove_suffix(1);
  return s;
}

}  // namespace

element_kind kind_of(const xmlNode* element) {
  const std::string_view name = name_of(element);
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')
    return element_kind::heading;
  if (name == "b" || name == "strong") return element_kind::bold;
  if (name == "br") return element_kind::line_break;
  if (name == "li") return element_kind::list_item;
  if (name == "ul" || name == "ol" || name == "menu" || name == "dir") return element_kind::list;
  if (name == "table") return element_kind::table;
  if (name == "tr") return element_kind::row;
  if (name == "td" || name == "th") return element_kind::cell;
  if (name == "pre" || name == "listing" || name == "xmp" || name == "plaintext")
    return element_kind::pre;
  if (name == "hr") return element_kind::rule;
  if (one_of(name, paragraph_tags) || name == "thead" || name == "tbody" || name == "tfoot")
    return name.starts_with("t") ? element_kind::inline_ : element_kind::paragraph;
  if (one_of(name, line_tags)) return element_kind::line;
  return element_kind::inline_;
}

int heading_level(const xmlNode* element) { return name_of(element)[1] - '0'; }

std::string heading_label_marker(const xmlNode* heading) {
  for (const std::string_view attr : {"title", "aria-label"}) {
    if (std::string words = closed_marker_words(attribute(heading, attr)); !words.empty())
      return words;
  }
  return {};
}

bool is_member_detail(const xmlNode* element) {
  const std::string_view cls = attribute(element, "class");
  if (cls.empty()) return false;
  static const RE2 detail_name(
      R"((?i)(?:^|[-_\s])(?:party|parti|role|rolle|status|fremm(?:ø|oe)de)(?:[-_\s]|$))");
  static const RE2 badge_name(R"((?i)badge|tag|label|pill|chip)");
  // An attendance word, or a party's letter ("A", "SF", "Ø").
  static const RE2 attendance(
      R"(\s*(?:(?i:afbud|fraværende|forfald|deltog ikke|ikke til stede)|[A-ZÆØÅ]{1,2})\s*)");
  const re2::StringPiece piece(cls.data(), cls.size());
  if (RE2::PartialMatch(piece, detail_name)) return true;
  if (!RE2::PartialMatch(piece, badge_name)) return false;
  constexpr std::size_t max_word = 24;
  const std::string text = short_text(element, max_word);
  return text.size() <= max_word &&
         RE2::FullMatch(re2::StringPiece(text.data(), text.size()), attendance);
}

bool is_lock_icon(const xmlNode* element) {
  if (element->children != nullptr || is_hidden_from_sight(element)) return false;
  static const RE2 lock_name(R"((?:^|[-_\s/.])(?:locked|lock|laas|lås|lukket)(?:[-_\s.]|$))");
  static const RE2 open_name(R"(open|unlock|åben|aaben|scroll)");
  const auto names_lock = [](const std::string& name) {
    const re2::StringPiece piece(name.data(), name.size());
    return RE2::PartialMatch(piece, lock_name) && !RE2::PartialMatch(piece, open_name);
  };
  if (name_of(element) == "img") {
    std::string file = lower(attribute(element, "src"));
    if (const std::size_t slash = file.rfind('/'); slash != std::string::npos)
      file.erase(0, slash + 1);
    return names_lock(file);
  }
  return names_lock(lower(attribute(element, "class")));
}

// An SVG icon in a heading: its label or <title> ("Lukket punkt"), or a
// sprite it uses whose name calls it a lock (<use href="#icon-lock">), as
// design systems draw icons.
std::string svg_closed_marker(const xmlNode* svg) {
  if (is_hidden_from_sight(svg)) return {};
  if (std::string words = closed_marker_words(attribute(svg, "aria-label")); !words.empty())
    return words;
  static const RE2 lock_sprite(R"((?i)(?:^|[-_#/.])(?:lock|laas|lås|lukket)(?:[-_.]|$))");
  for (const xmlNode* c = svg->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (name_of(c) == "title") {
      constexpr std::size_t max_marker = 40;
      if (std::string words = closed_marker_words(short_text(c, max_marker)); !words.empty())
        return words;
    }
    if (name_of(c) == "use") {
      for (const std::string_view attr : {"href", "xlink:href"}) {
        const std::string_view v = attribute(c, attr);
        if (!v.empty() && RE2::PartialMatch(re2::StringPiece(v.data(), v.size()), lock_sprite) &&
            v.find("unlock") == std::string_view::npos && v.find("open") == std::string_view::npos)
          return "Lukket";
      }
    }
  }
  return {};
}

std::string closed_marker(const xmlNode* element, bool in_heading) {
  if (in_heading && name_of(element) == "svg") return svg_closed_marker(element);
  const element_kind kind = kind_of(element);
  if (kind != element_kind::inline_ && kind != element_kind::bold) return {};
  if (one_of(name_of(element), dropped_tags)) return {};
  const bool hidden = is_hidden_from_all(element);
  // An icon: <img alt="Lukket punkt">, <i class="icon-lock" title="Lukket">.
  if (element->children == nullptr && !hidden) {
    for (const std::string_view attr : {"alt", "aria-label", "title"}) {
      std::string words = closed_marker_words(attribute(element, attr));
      if (!words.empty()) return words;
    }
  }
  // In a heading an icon that says nothing but its name: <i class="fa-solid
  // fa-lock"></i>, <img src="/icons/laas.png" alt="">; aria-hidden, as Font
  // Awesome writes it, hides it from screen readers only (so does a ligature's
  // text: <span class="material-symbols-outlined" aria-hidden="true">lock</span>).
  if (in_heading && is_lock_icon(element)) return "Lukket";
  if (element->children == nullptr || (hidden && !(in_heading && !is_hidden_from_sight(element))))
    return {};
  // Visible text is a marker only in a heading: in prose "lukket" is a word.
  if (!in_heading && !is_screen_reader_only(element)) return {};
  constexpr std::size_t max_marker = 40;
  const std::string text = short_text(element, max_marker);
  return text.size() > max_marker ? std::string{} : closed_marker_words(text);
}

namespace {

// "Budget 2024<sup><a href="#fn2">2</a></sup>": a footnote's mark, a raised
// number that links into the page. Its digits glued to the word before
// made "20242" and the role "formand1". ("m<sup>2</sup>" links nowhere.)
bool is_footnote_mark(const xmlNode* element) {
  if (name_of(element) != "sup") return false;
  const xmlNode* link = first_element_child(element);
  if (link == nullptr || name_of(link) != "a" || !attribute(link, "href").starts_with("#"))
    return false;
  constexpr std::size_t max_mark = 6;  // "[12]", "123"
  const std::string text = short_text(element, max_mark);
  const std::string_view digits = trim_brackets(text);
  return !digits.empty() && text.size() <= max_mark &&
         std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string_view decision_block_label(const xmlNode* element) {
  static constexpr std::array<std::string_view, 3> decision_words = {"beslutning", "beslutninger",
                                                                     "decision"};
  const auto decision = [](std::string_view w) { return one_of(w, decision_words); };
  const element_kind kind = kind_of(element);
  if (kind != element_kind::paragraph && kind != element_kind::line) return {};
  if (!has_name_word(element, decision)) return {};
  // "<div class="beslutning"><h3>Beslutning</h3>...": the heading is there.
  constexpr std::size_t head = 24;
  const std::string text = lower(short_text(element, head));
  if (text.find("beslutning") != std::string::npos) return {};
  return "Beslutning";
}

namespace {

// "<h2 class="accordion-header"><button class="accordion-button"
// aria-expanded="false">Punkt 9 – Title (lukket)</button></h2>": a button
// that opens an accordion's panel holds the item's title (Bootstrap and
// the CMS built on it): the whole text of the heading it stands in, or,
// outside a heading, an accordion's button or one that opens a panel and
// starts with the item's number. A button beside a heading's text ("2. Køb
// af ejendom - Lukket <button>+</button>", "Vis/skjul", "Del punkt") or a
// tab's ("Sagsfremstilling") is a control, whose words would end the title
// after its closed marker.
bool discloses_a_panel(const xmlNode* element) {
  constexpr std::size_t max_title = 400;
  static const RE2 accordion_class(R"((?i)accordion)");
  if (matches_class(element, accordion_class)) return true;
  for (const xmlNode* p = element->parent; p != nullptr; p = p->parent) {
    if (p->type == XML_ELEMENT_NODE && one_of(name_of(p), heading_tags))
      return short_text(p, max_title) == short_text(element, max_title);
  }
  bool toggles = false;
  for (const char* toggle : {"aria-expanded", "aria-controls", "data-bs-toggle", "data-toggle"})
    toggles = toggles || !attribute(element, toggle).empty();
  if (!toggles) return false;
  const std::string text = short_text(element, max_title);
  return !text.empty() && (std::isdigit(static_cast<unsigned char>(text.front())) != 0 ||
                           text.starts_with("Punkt ") || text.starts_with("Pkt."));
}

// pdftohtml appends the PDF's bookmarks after the last page: "<h1>Document
// Outline</h1>" over a list of the headings. Their titles again, after the
// last item, had made items of their own and torn a closed item's heading
// from its text.
bool is_pdftohtml_outline(const xmlNode* element) {
  constexpr std::string_view heading = "Document Outline";
  const auto is_outline_heading = [&](const xmlNode* e) {
    return e != nullptr && name_of(e) == "h1" && short_text(e, heading.size() + 1) == heading;
  };
  const std::string_view name = name_of(element);
  if (name == "h1") return is_outline_heading(element);
  return name == "ul" && is_outline_heading(previous_element(element));
}

}  // namespace

bool is_dropped(const xmlNode* element) {
  const std::string_view name = name_of(element);
  if (one_of(name, dropped_tags) && !(name == "button" && discloses_a_panel(element))) return true;
  if (is_pdftohtml_outline(element)) return true;
  if (is_footnote_mark(element)) return true;
  if (is_hidden(element) || is_navigation(element) || is_site_furniture(element) ||
      is_form_label(element))
    return true;
  // Only short texts can be buttons or counters; the walk stops early.
  constexpr std::size_t max_label = 40;
  const bool candidate = is_clickable(element) || names_counter(element) ||
                         previous_element(element) != nullptr ||
                         first_element_child(element) != nullptr;
  if (!candidate) return false;
  const std::string text = short_text(element, max_label);
  if (text.size() > max_label) return false;
  if (is_clickable(element) && is_action_text(text)) return true;
  return is_counter(element, text);
}

}  // namespace protokol::html
