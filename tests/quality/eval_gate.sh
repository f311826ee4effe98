#!/usr/bin/env bash
# The quality gate: runs the default pipeline over every fixture that has
# gold annotations and fails when a field's F1 is under its agreed minimum
# (tests/quality/min_f1.json; docs/quality.md records the scores).
#
# Two gates, each against the same minimum:
#  - text: the corpus minutes and the unseen-layout fixtures;
#  - containers: the same corpus minutes as PDF (two producers), Word and
#    HTML pages (tests/fixtures/{pdf,docx,html}), against the corpus gold
#    copied under their keys. A reader that loses what the text version
#    keeps fails here.
set -euo pipefail
protokol=$1 source_dir=$2
fixtures="$source_dir/tests/fixtures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inputs=("$fixtures/corpus")
[ -d "$fixtures/unseen" ] && inputs+=("$fixtures/unseen")
echo "== text: corpus and unseen layouts"
"$protokol" run -q -p default -o "$work/text" "${inputs[@]}"
"$protokol" eval --gold "$fixtures/gold" --pred "$work/text" \
  --min-f1 "$source_dir/tests/quality/min_f1.json"

echo "== containers: PDF, Word and HTML"
mkdir -p "$work/gold"
for format in pdf docx html; do
  cp -r "$fixtures/$format/gold/." "$work/gold/"
done
shopt -s nullglob
"$protokol" run -q -p default -o "$work/containers" \
  "$fixtures"/pdf/*.pdf "$fixtures"/docx/*.docx "$fixtures"/html/*.htm*
"$protokol" eval --gold "$work/gold" --pred "$work/containers" \
  --min-f1 "$source_dir/tests/quality/min_f1.json"
