#!/usr/bin/env bash
# tests/bench/run.sh - `make bench`: randomtest's speed beside a bare Lua loop
# over the same synthetic 100-scene story, and quicktest on the bundled
# stories. Figures, not pass/fail: speed is measured here, never in tests.
set -eu
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
runs=${RUNS:-50000}

tests/bench/synthetic.sh 100 >"$tmp/synthetic.lua"
echo "Synthetic story: 100 scenes, 3 choices each (a condition, an effect), $runs runs"
bare=$(lua5.4 tests/bench/bare.lua 100 "$runs")
echo "  $bare"
bare_rate=$(echo "$bare" | sed -E 's/.* ([0-9]+) choices\/s.*/\1/')
for jobs in 1 2; do
    line=$(./rekindle randomtest --runs "$runs" --jobs $jobs --max-steps 100000 "$tmp/synthetic.lua" | head -n 1)
    rate=$(echo "$line" | sed -E 's/.* ([0-9]+) choices\/s.*/\1/')
    per_core=$((rate / jobs))
    echo "  rekindle randomtest, $jobs worker(s): $rate choices/s ($per_core per core, $(awk -v b="$bare_rate" -v r="$per_core" 'BEGIN { printf "%.1fx", b / r }') slower than bare Lua per core)"
done

echo
echo "Bundled stories"
for story in stories/*.lua; do
    line=$(./rekindle randomtest --runs 10000 "$story" | head -n 1)
    echo "  ${line#randomtest }"
    /usr/bin/time -f "    quicktest: %e s, %M KiB" ./rekindle quicktest "$story" 2>&1 >"$tmp/q" | tail -n 1
    echo "    $(head -n 1 "$tmp/q" | sed 's/^quicktest [^:]*: //')"
done
