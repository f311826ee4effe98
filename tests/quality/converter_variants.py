#!/usr/bin/env python3
"""Rewrites the gallery's texts as a converter would, to check how the default
pipeline copes with text someone else made of minutes (docs/quality.md,
"Converters"). Not run in CI: the fixtures written from what was found are.

    python3 tests/quality/converter_variants.py docling OUT   # markdown as docling writes it
    python3 tests/quality/converter_variants.py noblank OUT   # no blank lines (pypdf, pdfplumber)
    build/bin/protokol run -q -p default -o OUT.run OUT
    build/bin/protokol eval --gold tests/fixtures/gold --pred OUT.run

The docling rewrite is harsher than docling: it joins every paragraph's lines
(docling keeps many apart), marks as headings only the known section words and
the lines that start with an item's gold title, and writes '&' as '&amp;' and
'_' as '\\_'.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "fixtures")
SECTION = re.compile(
    r"^(Sagsfremstilling|Beslutning|Indstilling|Baggrund|Økonomi|Bilag|Resumé|Resume|"
    r"Sagsbeskrivelse|Forslag|Høring|Lovgrundlag|Vurdering|Kommunikation|Sagen|"
    r"Administrationens indstilling|Direktionens indstilling|Forvaltningens indstilling|"
    r"Beslutning i .{0,60}|Indstilling fra .{0,40}|Økonomiske konsekvenser|Tidsplan|"
    r"Supplerende sagsfremstilling|Problemstilling|Løsning|Videre proces|Retsgrundlag|"
    r"Sagens forløb|Sagens indhold|Historik|Afstemning|Kompetence|Kompetenceplacering|"
    r"Miljøvurdering|Borgerinddragelse|Bemærkninger|Tidligere beslutninger)\s*:?$", re.I)
ITEM = re.compile(r"^\s*(Punkt|Pkt\.?|Sag|Nr\.?|Ad)?\s*\d{1,3}[.:)]?\s+\S")
BULLET = re.compile(r"^\s*[•·\-\*▪◦]\s+")


def docling(text, titles):
    out, para = [], []

    def flush():
        if para:
            out.append(" ".join(para))
            out.append("")
        para.clear()

    for raw in text.split("\n"):
        line = raw.strip().replace("\f", "")
        if not line:
            flush()
            continue
        heading = (SECTION.match(line) and len(line) < 80) or (
            ITEM.match(line) and any(t and t[:25] in line for t in titles))
        if heading:
            flush()
            out += ["## " + line, ""]
        elif BULLET.match(line):
            flush()
            out.append("- " + BULLET.sub("", line))
        else:
            if out and out[-1].startswith("- ") and not para:
                out.append("")
            para.append(line)
    flush()
    text = "\n".join(out).replace("&", "&amp;").replace("_", "\\_")
    return re.sub(r"\n{3,}", "\n\n", text)


def noblank(text, _titles):
    return "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("docling", "noblank"):
        sys.exit(__doc__)
    rewrite = docling if sys.argv[1] == "docling" else noblank
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for folder in ("corpus", "unseen"):
        src = os.path.join(FIXTURES, folder)
        for name in sorted(os.listdir(src)):
            key, ext = os.path.splitext(name)
            gold = os.path.join(FIXTURES, "gold", "segments", key + ".json")
            if ext not in (".txt", ".md") or not os.path.exists(gold):
                continue
            with open(gold, encoding="utf-8") as f:
                titles = [item["title"] for item in json.load(f)["items"]]
            with open(os.path.join(src, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            suffix = ".md" if rewrite is docling else ext
            with open(os.path.join(out, key + suffix), "w", encoding="utf-8") as f:
                f.write(rewrite(text, titles))


if __name__ == "__main__":
    main()
