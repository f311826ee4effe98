#!/usr/bin/env bash
# run_fuzzers.sh BUILD_DIR SECONDS_PER_TARGET [TARGET...]
#
# Runs the fuzz targets of a -DPROTOKOL_FUZZ=ON build (`make fuzz`): first
# every regression fixture (tests/fixtures/fuzz/<target>/) through its
# target, then each target (all, or those named) for SECONDS_PER_TARGET on
# its seeds and on the corpus earlier runs left in BUILD_DIR/fuzz/corpus/.
# FUZZ_PARALLEL targets (default 2, one core each) run at once; each is one
# libFuzzer process (no -jobs/-workers: a target per core spends the cores
# the same way and keeps one log and one exit status per target).
#
# FUZZ_SEED=N makes every target start from libFuzzer seed N, so a run with
# the same binaries and no earlier corpus tries the same inputs in the same
# order wherever it runs (CI uses one; a run on a developer's machine that
# went further with it found nothing CI can find).
#
# Exit status 0 when nothing was found. On a crash, sanitizer report, leak,
# timeout (-timeout=10) or OOM (-rss_limit_mb=2048) it starts no further
# target and exits 1, naming each target that found something and its
# reproducer under BUILD_DIR/fuzz/findings/<target>/ (docs/security.md says
# how to make it a regression fixture).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS_PER_TARGET [TARGET...]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
seconds=$2
shift 2
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
parallel=${FUZZ_PARALLEL:-2}
all_targets=(read pdf html docx detect segment numbers people votes cpr pipeline_file set_override)
targets=("${@:-${all_targets[@]}}")
work=$build/fuzz
mkdir -p "$work/logs"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

for target in "${targets[@]}"; do
  if [ ! -x "$build/bin/fuzz_$target" ]; then
    echo "run_fuzzers: no $build/bin/fuzz_$target (cmake --build $build --target protokol_fuzzers)" >&2
    exit 2
  fi
done

# The regression fixtures, replayed once each by the sanitized binaries.
replay_regressions() {
  local target fixtures
  for target in "${targets[@]}"; do
    fixtures=$source_dir/tests/fixtures/fuzz/$target
    [ -d "$fixtures" ] || continue
    if ! "$build/bin/fuzz_$target" -timeout=10 "$fixtures"/* >"$work/logs/$target.replay.log" 2>&1; then
      echo "run_fuzzers: $target fails on a regression fixture; see $work/logs/$target.replay.log" >&2
      grep -E '^Running: ' "$work/logs/$target.replay.log" | tail -1 >&2 || true
      exit 1
    fi
    echo "run_fuzzers: $target: $(ls "$fixtures" | wc -l) regression fixtures pass"
  done
}

fuzz_one() {
  local target=$1
  local corpus=$work/corpus/$target findings=$work/findings/$target
  mkdir -p "$corpus" "$findings"
  local options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048
    -artifact_prefix="$findings/" -print_final_stats=1)
  [ -f "$work/$target.dict" ] && options+=(-dict="$work/$target.dict")
  [ -n "${FUZZ_SEED:-}" ] && options+=(-seed="$FUZZ_SEED")
  "$build/bin/fuzz_$target" "${options[@]}" "$corpus" "$work/seeds/$target" >"$work/logs/$target.log" 2>&1
}

# One line per target from libFuzzer's final statistics.
summary() {
  local log=$work/logs/$1.log
  local runs speed cov
  runs=$(grep -m1 -oP 'stat::number_of_executed_units: \K\d+' "$log" || echo '?')
  speed=$(grep -m1 -oP 'stat::average_exec_per_sec: +\K\d+' "$log" || echo '?')
  cov=$(grep -oP '\bcov: \d+ ft: \d+ corp: \d+' "$log" | tail -1 || true)
  echo "run_fuzzers: $1: $runs runs, $speed/s, ${cov:-no coverage line}"
}

report_finding() {
  local target=$1 stamp=$2
  echo "run_fuzzers: $target FOUND SOMETHING; log: $work/logs/$target.log" >&2
  grep -m3 -E 'ERROR: |SUMMARY: |runtime error:|Test unit written' "$work/logs/$target.log" >&2 || true
  local reproducers
  reproducers=$(find "$work/findings/$target" -type f -newer "$stamp")
  if [ -n "$reproducers" ]; then
    printf 'run_fuzzers: reproducer: %s\n' $reproducers >&2
  else
    echo "run_fuzzers: no reproducer: libFuzzer stopped before running an input" >&2
    tail -3 "$work/logs/$target.log" >&2
  fi
}

replay_regressions
stamp=$(mktemp)
trap 'rm -f "$stamp"' EXIT
declare -A running=()
found=()
wait_for_one() {
  local pid status=0 target
  wait -n -p pid "${!running[@]}" || status=$?
  target=${running[$pid]}
  unset "running[$pid]"
  if [ "$status" -eq 0 ]; then
    summary "$target"
  else
    report_finding "$target" "$stamp"
    found+=("$target")
  fi
}

echo "run_fuzzers: ${#targets[@]} targets, ${seconds}s each, $parallel at a time; logs in $work/logs"
for target in "${targets[@]}"; do
  [ ${#found[@]} -eq 0 ] || break
  fuzz_one "$target" &
  running[$!]=$target
  [ ${#running[@]} -lt "$parallel" ] || wait_for_one
done
while [ ${#running[@]} -gt 0 ]; do wait_for_one; done

if [ ${#found[@]} -gt 0 ]; then
  echo "run_fuzzers: findings in: ${found[*]}" >&2
  exit 1
fi
echo "run_fuzzers: nothing found"
