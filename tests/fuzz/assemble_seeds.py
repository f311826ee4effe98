#!/usr/bin/env python3
"""Assembles a fuzz target's seed corpus from fixture files.

usage: assemble_seeds.py --mode MODE OUT_DIR FILE...

Each seed is written as OUT_DIR/<sha1 of its bytes>, libFuzzer's own naming,
so equal files count once and names never collide. MODE:
  copy           every file as it is
  pdf-from-text  PDFs as they are; each text file also as a small
                 uncompressed PDF (one Tj per line), whose text and
                 positions the fuzzer can reach (fixture PDFs are compressed)
  docx-parts     .docx files as they are, and each one's XML parts joined by
                 NUL bytes, the form the docx target zips itself
"""
import argparse
import hashlib
import pathlib
import shutil
import zipfile

# Parts as docx_parts.hpp reads them, in order.
DOCX_PARTS = ("word/document.xml", "word/styles.xml", "word/numbering.xml")
# A part larger than this is a zip bomb fixture, not a seed.
LARGEST_PART = 1 << 20
LINES_PER_PAGE = 48
MOST_PAGES = 3


def pdf_string(line):
    text = line.encode("cp1252", "replace")
    return b"(" + text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def page_content(lines):
    out = [b"BT"]
    y = 800
    for line in lines:
        bold = line.startswith(("#", "**", "Punkt", "Beslutning"))
        font = b"/F2 12 Tf" if bold else b"/F1 10 Tf"
        out.append(font + b" 1 0 0 1 56 %d Tm " % y + pdf_string(line.strip("#* ")) + b" Tj")
        y -= 15
    out.append(b"ET")
    return b"\n".join(out)


def pdf_from_text(text):
    lines = text.splitlines()
    pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    pages = pages[:MOST_PAGES] or [[]]
    first_page = 5  # objects 1-4: catalog, pages, two fonts
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    for i, page in enumerate(pages):
        content = page_content(page)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                       b"/Contents %d 0 R >>" % (first_page + 2 * i + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def docx_parts(path):
    """The XML parts joined by NUL bytes, or None for a docx that is no seed."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            parts = []
            for name in DOCX_PARTS:
                if name not in names:
                    parts.append(b"")
                elif archive.getinfo(name).file_size > LARGEST_PART:
                    return None
                else:
                    parts.append(archive.read(name))
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, EOFError):
        return None  # the corrupt and encrypted fixtures: seeds as they are only
    if not parts[0] or any(b"\0" in part for part in parts):
        return None
    return b"\0".join(parts)


def seeds_of(path, mode):
    data = path.read_bytes()
    if mode == "pdf-from-text" and path.suffix != ".pdf":
        return [pdf_from_text(data.decode("utf-8", "replace"))]
    seeds = [data]
    if mode == "docx-parts":
        parts = docx_parts(path)
        if parts is not None:
            seeds.append(parts)
    return seeds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("copy", "pdf-from-text", "docx-parts"), default="copy")
    parser.add_argument("out_dir", type=pathlib.Path)
    parser.add_argument("files", type=pathlib.Path, nargs="*")
    args = parser.parse_args()
    shutil.rmtree(args.out_dir, ignore_errors=True)
    args.out_dir.mkdir(parents=True)
    for path in args.files:
        for seed in seeds_of(path, args.mode):
            (args.out_dir / hashlib.sha1(seed).hexdigest()).write_bytes(seed)


if __name__ == "__main__":
    main()
