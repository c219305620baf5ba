#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a while on its seed corpus.
#   Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 10 s each, every target)
# Seeds are fixtures/fuzz/<target>/; what the fuzzer learns is kept in Fuzz/corpus/ (ignored by git).
# A crash stops the run with its input in Fuzz/crashes/ and the end of the log; turn the input into
# a regression test (README, "Guarantees") and fix the bug.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-10}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzParser FuzzInterpreter FuzzStateFiles)
swift="${SWIFT:-swift}"
# Debug builds keep Swift's bounds and overflow checks, unsafe buffers included. FUZZING lets the
# build tool the message plugin runs link with libFuzzer (Sources/GenerateMessages/FuzzBuild.swift).
flags=(-c debug -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING)
"$swift" build "${flags[@]}" 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]|^Building|^Build complete' || true
bin="$("$swift" build "${flags[@]}" --show-bin-path)"
mkdir -p crashes
for target in "${targets[@]}"; do
  [ -x "$bin/$target" ] || { echo "fuzz: $target was not built" >&2; exit 1; }
  name="$(echo "${target#Fuzz}" | tr 'A-Z' 'a-z')"
  mkdir -p "corpus/$name"
  status=0
  # Swift's own backtracer would take the crash signal before libFuzzer writes the input out.
  SWIFT_BACKTRACE=enable=no "$bin/$target" "corpus/$name" "../fixtures/fuzz/$name" -max_total_time="$seconds" -timeout=20 \
    -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 -artifact_prefix="crashes/$target-" \
    >"$target.log" 2>&1 || status=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$target.log")"
  memory="$(sed -n 's/^stat::peak_rss_mb: *//p' "$target.log")"
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target FAILED after ${runs:-?} runs; log: Fuzz/$target.log, input: Fuzz/crashes/" >&2
    grep -E 'Fatal error|ERROR|SUMMARY|Test unit written' "$target.log" | head -5 >&2
    exit "$status"
  fi
  echo "fuzz: $target: ${runs:-?} runs in ${seconds} s, no crash (peak ${memory:-?} MB)"
done
echo "fuzz: ${#targets[@]} passed, 0 failed"
