// page_style.hpp: the inline style sheet of the review pages. Inline so a
// page is one self-contained file that works offline; system fonts only.
#pragma once

#include <string_view>

namespace protokol::review_export {

/// Allows inline styles and nothing else: no script, no fetch of any kind
/// (a browser refuses even an image a field might name).
inline constexpr std::string_view content_security_policy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

inline constexpr std::string_view page_css = R"css(
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--paper:#fff;--tint:#f6f8fa;
--person:#fff3b0;--party:#d7f0d2;--case:#d6e8ff;--doc:#e8dcff;--other:#ffe0cc;--closed:#b42318}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--tint)}
header.top{padding:14px 24px;background:var(--paper);border-bottom:1px solid var(--line)}
header.top h1{margin:0 0 4px;font-size:20px;line-height:1.3}
header.top .meta{color:var(--muted);font-size:13px}
header.top a{color:#0550ae}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 430px;gap:20px;padding:20px 24px;align-items:start}
main.text{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:18px 22px;
font:14px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;white-space:pre-wrap;overflow-wrap:anywhere}
aside.panel{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:4px 18px 18px;
position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto;font-size:13.5px}
aside h2{font-size:15px;margin:18px 0 6px;padding-bottom:4px;border-bottom:1px solid var(--line)}
aside h3{font-size:13.5px;margin:12px 0 4px}
dl.fields{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0}
dl.fields dt{color:var(--muted)}dl.fields dd{margin:0;white-space:pre-wrap}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:3px 6px;border-bottom:1px solid var(--line)}
th{color:var(--muted);font-weight:600;font-size:12.5px}
.absent{color:var(--muted)}
ol.items{list-style:none;padding:0;margin:0}
ol.items>li{padding:8px 0;border-bottom:1px solid var(--line)}
ol.items .fields{margin-top:4px}
.item{margin:14px 0 6px;padding-left:12px;border-left:4px solid #8c959f}
.item.cont{margin-top:0}
.item.closed{border-left-color:var(--closed)}
.item-head{font:600 15px/1.4 system-ui,sans-serif;margin:0 0 6px;padding:5px 10px;background:#eef1f4;border-radius:4px;white-space:normal}
.item-head .num{display:inline-block;min-width:1.8em;padding:0 6px;margin-right:4px;border-radius:3px;background:#57606a;color:#fff;text-align:center}
.item.closed .item-head .num{background:var(--closed)}
.page,.page-break{color:var(--muted);font:12px system-ui,sans-serif}
.page-break{display:block;text-align:center;border-top:1px dashed var(--line);margin:10px 0;padding-top:2px}
.badge{display:inline-block;padding:0 6px;border-radius:10px;font:600 11.5px/1.6 system-ui,sans-serif;vertical-align:1px}
.badge.closed{background:#fde3e1;color:var(--closed)}
.section{display:block;margin:0 0 0 -4px;padding-left:8px;border-left:3px solid #b6d4fb;background:rgba(9,105,218,.03)}
.section.k-decision{border-left-color:#74c98b;background:rgba(26,127,55,.07)}
.withheld{display:block;margin:6px 0;padding:6px 10px;border:1px dashed var(--closed);color:var(--closed);font:italic 13px system-ui,sans-serif}
mark.ent{background:var(--other);color:inherit;border-radius:2px;padding:0 1px;box-shadow:0 1px 0 rgba(0,0,0,.18)}
mark.t-person{background:var(--person)}mark.t-party{background:var(--party)}
mark.t-case_number{background:var(--case)}mark.t-document_number{background:var(--doc)}
mark.ent mark.ent{box-shadow:0 2px 0 rgba(0,0,0,.45)}
:target{outline:2px solid #0969da;outline-offset:2px}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
.legend span{padding:0 6px;border-radius:3px;font-size:12px}
.sw-person{background:var(--person)}.sw-party{background:var(--party)}.sw-case{background:var(--case)}
.sw-doc{background:var(--doc)}.sw-other{background:var(--other)}.sw-section{border-left:3px solid #b6d4fb;background:rgba(9,105,218,.06)}
.sw-decision{border-left:3px solid #74c98b;background:rgba(26,127,55,.12)}
ul.warnings{margin:0;padding-left:18px}ul.warnings li{margin:3px 0}
ul.entities{margin:0;padding-left:18px}
.muted{color:var(--muted)}
a{color:#0550ae}
@media (max-width:900px){.layout{grid-template-columns:1fr}aside.panel{position:static;max-height:none}}
)css";

}  // namespace protokol::review_export
