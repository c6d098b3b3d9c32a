#!/usr/bin/env bash
# tests/fuzz/replay.sh - `make fuzz-replay`: every kept input of every
# harness (the seeds of tests/fuzz/corpus/, the crashes kept in
# tests/fuzz/regressions/, and what `make fuzz` found in build-fuzz/corpus/)
# through the replay drivers of the builds named (build-address,
# build-address-gcc...): the fuzzers' inputs, run by compilers without
# libFuzzer. Exits 1 when a replay fails, naming the input.
#
#   tests/fuzz/replay.sh BUILD...
set -u
cd "$(dirname "$0")/../.."
[ $# -gt 0 ] || { echo "usage: tests/fuzz/replay.sh BUILD..." >&2; exit 2; }
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=98
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for build in "$@"; do
    for driver in "$build"/fuzz/replay_*; do
        [ -x "$driver" ] || { echo "no replay drivers in $build: run 'make fuzz-replay'" >&2; exit 2; }
        h=${driver##*/replay_}
        dirs=()
        for d in tests/fuzz/corpus/"$h" tests/fuzz/regressions/"$h" build-fuzz/corpus/"$h" build-fuzz/corpus/"$h"-*; do
            [ -d "$d" ] && dirs+=("$d")
        done
        if "$driver" "${dirs[@]}" >/dev/null 2>"$log"; then
            echo "$build $h: $(tail -n 1 "$log")"
        else
            failed=1
            echo "FAIL $build $h: $(grep -a '^replay: ' "$log" | tail -n 1)"
            grep -aE 'ERROR|SUMMARY|runtime error|^    #[0-9]' "$log" | head -n 20 | sed 's/^/  | /'
        fi
    done
done
exit $failed
