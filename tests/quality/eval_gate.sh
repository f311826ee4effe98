#!/usr/bin/env bash
# The quality gate: runs the default pipeline over every fixture that has
# gold annotations and fails when a field's F1 is under its agreed minimum
# (tests/quality/min_f1.json; docs/quality.md records the scores).
set -euo pipefail
protokol=$1 source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
inputs=("$source_dir/tests/fixtures/corpus")
[ -d "$source_dir/tests/fixtures/unseen" ] && inputs+=("$source_dir/tests/fixtures/unseen")
"$protokol" run -q -p default -o "$work/out" "${inputs[@]}"
"$protokol" eval --gold "$source_dir/tests/fixtures/gold" --pred "$work/out" \
  --min-f1 "$source_dir/tests/quality/min_f1.json"
