#!/usr/bin/env python3
"""The review pages in a real browser.

Runs the protokol CLI over a corpus with pipelines/review.xml (the default
stages, json and review), then asks headless Chromium for each page's DOM
and checks it against the JSON of the same run: one item heading per item,
one highlight per entity, no element that loads anything. Finally takes a
screenshot of one page and checks it is a non-empty PNG. Fails, never skips,
when Chromium is missing.
"""
import argparse
import html.parser
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

CHROMIUM_TIMEOUT = 90


class dom_counts(html.parser.HTMLParser):
    """Counts what the checks need in a serialised DOM."""

    def __init__(self):
        super().__init__()
        self.item_heads = []
        self.entity_ids = []
        self.loaders = []
        self.http = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "h2" and "item-head" in classes:
            self.item_heads.append(a.get("id"))
        if tag == "mark" and "ent" in classes and a.get("id", "").startswith("e-"):
            self.entity_ids.append(a["id"])
        if tag in ("script", "img", "link", "iframe", "object", "embed"):
            self.loaders.append(tag)
        for name, value in attrs:
            if name in ("href", "src") and value and "://" in value:
                self.loaders.append(f"{tag} {name}={value}")


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("FAIL: no chromium on PATH (Debian package `chromium`)")


def chromium(binary, profile, *args):
    # --no-sandbox: the tests may run as root, where Chromium's sandbox refuses.
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu",
               "--no-first-run", "--disable-extensions", "--disable-dev-shm-usage",
               f"--user-data-dir={profile}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=CHROMIUM_TIMEOUT)
    if done.returncode != 0:
        sys.exit(f"FAIL: {' '.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return done.stdout


def check_page(binary, profile, page, doc, errors):
    dom = chromium(binary, profile, "--dump-dom", page.as_uri())
    counts = dom_counts()
    counts.feed(dom)
    name = page.name
    if len(counts.item_heads) != len(doc["items"]):
        errors.append(f"{name}: {len(counts.item_heads)} item headings, JSON has {len(doc['items'])}")
    for heading, item in zip(counts.item_heads, doc["items"]):
        if not heading or not heading.startswith("item-" + item["number"]):
            errors.append(f"{name}: heading id {heading!r} for item {item['number']!r}")
    if len(counts.entity_ids) != len(doc["entities"]):
        errors.append(f"{name}: {len(counts.entity_ids)} highlights, JSON has {len(doc['entities'])}")
    if counts.loaders:
        errors.append(f"{name}: loads from outside: {counts.loaders}")
    return len(counts.item_heads), len(counts.entity_ids)


def main():
    parser = argparse.ArgumentParser()
    for option in ("--protokol", "--pipeline", "--corpus", "--work"):
        parser.add_argument(option, required=True)
    args = parser.parse_args()
    binary = find_chromium()
    work = pathlib.Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    out = work / "out"
    run = subprocess.run([args.protokol, "run", "-p", args.pipeline, "-o", str(out), args.corpus],
                         capture_output=True, text=True, timeout=240)
    if run.returncode != 0:
        sys.exit(f"FAIL: protokol run exited {run.returncode}:\n{run.stderr}")
    json_files = sorted((out / "json").glob("*.json"))
    if not json_files:
        sys.exit("FAIL: the run wrote no JSON")
    errors = []
    with tempfile.TemporaryDirectory(prefix="review-chromium-") as profile:
        index = chromium(binary, profile, "--dump-dom", (out / "review" / "index.html").as_uri())
        for file in json_files:
            doc = json.loads(file.read_text(encoding="utf-8"))
            key = file.name[: -len(".json")]
            if f'href="{urllib.parse.quote(key, safe="")}.html"' not in index:
                errors.append(f"index.html does not link {key}")
            page = out / "review" / (key + ".html")
            items, entities = check_page(binary, profile, page, doc, errors)
            print(f"{key}: {items} item headings, {entities} entity highlights")
        busiest = max(json_files, key=lambda f: f.stat().st_size)
        shot = work / "review.png"
        page = out / "review" / (busiest.name[: -len(".json")] + ".html")
        chromium(binary, profile, f"--screenshot={shot}", "--window-size=1280,2000",
                 "--hide-scrollbars", page.as_uri())
    if not shot.exists() or shot.stat().st_size < 1000:
        errors.append(f"no screenshot at {shot}")
    elif shot.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        errors.append(f"{shot} is not a PNG")
    else:
        print(f"screenshot: {shot} ({shot.stat().st_size} bytes)")
    for error in errors:
        print("FAIL:", error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
