#!/usr/bin/env python3
"""Text of minutes' PDFs as the tools people use before protokol give it, to
check the text reader and segmenter on it (docs/quality.md, "What PDF-to-text
tools make of minutes"). Not run in CI: the fixtures written from what was
found are (tests/fixtures/unseen/pdftotext_*, pypdf_*).

    python3 tests/quality/pdf_to_text.py pypdf PDF_DIR OUT_DIR
    # pypdf: python3-pypdf; fitz, fitzblocks: python3-fitz (PyMuPDF);
    # pdfminer: python3-pdfminer. pdftotext (poppler-utils) directly:
    for f in PDF_DIR/*.pdf; do pdftotext -enc UTF-8 "$f" OUT_DIR/$(basename "$f" .pdf).txt; done
    build/bin/protokol run -q -o OUT.run OUT_DIR
    build/bin/protokol eval --gold tests/fixtures/gold --pred OUT.run

The PDFs were the gallery's layouts as LibreOffice prints them
(tests/fixtures/pdf/make_libreoffice_pdfs.sh) and as typed into Word
(tests/fixtures/pdf/make_word_pdfs.py).
"""
import os
import sys


def pypdf_text(path):
    import pypdf
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def fitz_text(path):
    import fitz
    return "".join(page.get_text() for page in fitz.open(path))


def fitz_blocks_text(path):
    """PyMuPDF's blocks, a blank line between them (as RAG loaders join them)."""
    import fitz
    return "\n\n".join(b[4].strip() for page in fitz.open(path) for b in page.get_text("blocks"))


def pdfminer_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


TOOLS = {"pypdf": pypdf_text, "fitz": fitz_text, "fitzblocks": fitz_blocks_text,
         "pdfminer": pdfminer_text}


def main():
    tool, src, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".pdf"):
            continue
        try:
            text = TOOLS[tool](os.path.join(src, name))
        except Exception as e:  # a tool that fails on one file: say so, go on
            print("FAIL", name, e, file=sys.stderr)
            continue
        with open(os.path.join(out, name[:-4] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
