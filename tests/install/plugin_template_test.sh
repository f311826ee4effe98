#!/usr/bin/env bash
# Installs protokol into a temporary prefix, builds examples/plugin-template
# against the installed package (find_package(protokol)), runs its tests
# (GoogleTest with <protokol/testing.hpp>, no CLI), and checks that the
# installed CLI loads the plugin and runs it: the extractor, and the exporter
# built on the installed SDK's file_exporter. As fmt's find-package-test.
set -euo pipefail
build_dir=$1 source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
# A sanitized protokol (make test SANITIZE=...) loads only plugins built with
# the same sanitizers, and its test binaries need them linked in first.
sanitize=$(sed -n 's/^PROTOKOL_SANITIZE:STRING=//p' "$build_dir/CMakeCache.txt")
flags="-Wall -Wextra -Wpedantic -Werror${sanitize:+ -fsanitize=$sanitize}"
cmake -S "$source_dir/examples/plugin-template" -B "$work/template" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_CXX_FLAGS="$flags" \
  ${sanitize:+-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=$sanitize -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=$sanitize} \
  >/dev/null
cmake --build "$work/template" -j2 >/dev/null
ctest --test-dir "$work/template" --output-on-failure >"$work/ctest.log" 2>&1 || {
  cat "$work/ctest.log"
  exit 1
}
grep -q "100% tests passed, 0 tests failed out of [1-9]" "$work/ctest.log"
cmake --install "$work/template" >/dev/null
test -f "$work/prefix/lib/protokol/plugins/protokol_terms.so"
"$work/prefix/bin/protokol" plugins terms | grep -q "Marks mentions of the given terms"
cat > "$work/p.xml" <<'XML'
<pipeline name="terms-check">
  <stage use="read"/>
  <stage use="terms"><param name="terms">budget, beskæftigelse</param></stage>
  <stage use="terms-tsv"/>
</pipeline>
XML
"$work/prefix/bin/protokol" validate "$work/p.xml"
mkdir "$work/in"
printf 'Budget 2024\nThe budget was adopted.\n' > "$work/in/meeting.txt"
"$work/prefix/bin/protokol" run -q -p "$work/p.xml" -o "$work/out" "$work/in"
test "$(cat "$work/out/terms/meeting.tsv")" = "$(printf 'budget\t0\nbudget\t16')"
test "$(cat "$work/out/terms/.protokol-export")" = "format=tsv1"
echo "plugin template builds against the installed package, passes its tests, loads and exports"
