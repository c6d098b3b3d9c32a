#!/usr/bin/env bash
# tests/oom/run.sh - the out-of-memory loop (make oom).
#
# A full scripted play of a story (by default Small Promises, along the
# first path of tests/stories/small-promises.paths, saving twice and listing
# the saves on the way, in a data folder of its own) is played once to count
# its allocations, N, then again for every k from 1 to N with the k-th
# allocation failing (tests/oom/failalloc.c, preloaded). Each run must end
#   - in a clean finish: status 0 and the very screen of the full play, or
#     a screen that differs only where it says so ("Could not record the
#     ending: ...: out of memory"), or
#   - in a clean error: status 1 and a last line on stderr that gives a
#     reason ("out of memory"), never "error (unprintable message)" nor a
#     message ending at its colon,
# and never in a signal, a sanitizer's report (a leak, with the ASan
# build), "input ended" (status 3: the script has every answer), another
# status, or a save that `rekindle check-save` refuses.
#
#   OOM_BUILD  the build whose rekindle runs: build-address-gcc (default: ASan and
#              UBSan, by gcc) or build
#   OOM_STORY  the story file (default stories/small-promises.lua)
#   OOM_ANSWERS, OOM_SEED   its play: answers and commands split by '|'
#              (default: the first path of tests/stories/NAME.paths, with
#              "save" after the 4th answer, "save two" and "saves" after the
#              8th), and the seed (default: that path's)
#   OOM_FROM, OOM_TO, OOM_STEP   the k to try (default 1, N, 1)
#   OOM_MODE   once: only the k-th allocation fails (default); after: the
#              k-th and every later one (memory that stays exhausted); both
#   OOM_JOBS   runs at a time (default 2)
#   OOM_RESULTS  a Markdown file to add the summary to, as a section of
#              its own (make oom starts tests/oom/RESULTS.md afresh)
#
# Prints progress every 500 runs, every failure (k, mode, why, and where its
# output is kept), and a summary: runs, clean errors, clean finishes,
# failures. The exit status is 0 only when nothing failed.
#
#   tests/oom/run.sh --one K MODE DIR   one run, into DIR (used by the loop)
set -u
cd "$(dirname "$0")/../.." || exit 2
ROOT=$PWD
export LC_ALL=C.UTF-8 TERM=dumb REKINDLE_PATH=$ROOT/stories
# verify_asan_link_order=0: failalloc.so is preloaded in front of gcc's
# ASan runtime on purpose.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99:verify_asan_link_order=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=98
export LSAN_OPTIONS=suppressions=$ROOT/tests/oom/lsan.supp:print_suppressions=0
OOM_BUILD=${OOM_BUILD:-build-address-gcc}
STORY=$(realpath "${OOM_STORY:-stories/small-promises.lua}")
BIN=$ROOT/$OOM_BUILD/rekindle
[ "$OOM_BUILD" = build ] && BIN=$ROOT/rekindle
SHIM=$ROOT/build/failalloc.so
CHECK=$ROOT/rekindle   # check-save runs with no failing allocator

# The play's input, a line each.
script() {
    local paths seed answers i=0 a
    if [ -n "${OOM_ANSWERS:-}" ]; then
        tr '|' '\n' <<<"$OOM_ANSWERS"
        return
    fi
    paths=$ROOT/tests/stories/$(basename "$STORY" .lua).paths
    IFS=$'\t' read -r _ seed answers _ <"$paths"
    IFS='|' read -ra list <<<"$answers"
    for a in "${list[@]}"; do
        i=$((i + 1))
        printf '%s\n' "$a"
        [ $i = 4 ] && printf 'save\n'
        [ $i = 8 ] && printf 'save two\nsaves\n'
    done
}
seed() {
    if [ -n "${OOM_SEED:-}" ]; then echo "$OOM_SEED"; return; fi
    cut -f2 "$ROOT/tests/stories/$(basename "$STORY" .lua).paths" | head -n 1
}

# play DIR [FAIL]: one play of $REF/in into DIR (out, err, status, data/);
# FAIL is REKINDLE_FAIL_ALLOC's value, none to count only.
play() {
    local dir=$1
    mkdir -p "$dir/data"
    REKINDLE_FAIL_ALLOC=${2:-0} REKINDLE_FAIL_ALLOC_COUNT=$dir/count LD_PRELOAD=$SHIM \
        "$BIN" --data-dir "$dir/data" --seed "$(cat "$REF/seed")" "$STORY" <"$REF/in" >"$dir/out" 2>"$dir/err"
    echo $? >"$dir/status"
}

# The screen less the times it shows (in the list of saves: the clock's).
screen() {
    sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2})?/DATE/g; s/^ *[0-9]{2}:[0-9]{2}$/TIME/' "$1"
}

# A hint "Could not ...:" with no reason after the colon (the next line,
# where the reason wraps to, is empty or missing).
no_reason() {
    awk '/Could not [a-z ]+: *$/ { held = $0; next }
         held != "" { if ($0 ~ /^ *$/) { print held; exit } held = "" }
         END { if (held != "") print held }' "$1"
}

# judge DIR REF: prints "finish", "error" or "FAIL why".
judge() {
    local dir=$1 ref=$2 status last f
    status=$(cat "$dir/status")
    last=$(tail -n 1 "$dir/err")
    for f in "$dir"/data/saves/*/*.save; do
        [ -e "$f" ] || continue
        "$CHECK" check-save "$f" "$STORY" >/dev/null 2>&1 || { echo "FAIL damaged save $(basename "$f")"; return; }
    done
    for f in "$dir"/data/saves/*/*.tmp*; do
        [ -e "$f" ] || continue
        echo "FAIL temporary file left: $(basename "$f")"; return
    done
    if grep -qE 'Sanitizer|runtime error:' "$dir/err"; then
        echo "FAIL sanitizer: $(grep -m1 -E 'Sanitizer|runtime error:' "$dir/err")"; return
    fi
    case $status in
    0)
        if [ -n "$(no_reason "$dir/out")" ]; then echo "FAIL no reason: $(no_reason "$dir/out")"
        elif [ -s "$dir/err" ]; then echo "FAIL status 0 with a message: $last"
        elif cmp -s <(screen "$dir/out") <(screen "$ref/out"); then echo finish
        elif tr '\n' ' ' <"$dir/out" | grep -qE 'out +of +memory'; then echo finish-said
        else echo "FAIL status 0, but the screen differs from the full play's, saying nothing of memory"
        fi ;;
    1)
        if [ -z "$last" ]; then echo "FAIL status 1 with no message"
        elif grep -q 'unprintable' <<<"$last"; then echo "FAIL $last"
        elif grep -qE ':[[:space:]]*$' <<<"$last"; then echo "FAIL no reason: $last"
        else echo error
        fi ;;
    3) echo "FAIL input ended (status 3): $last" ;;
    *) echo "FAIL status $status: $last" ;;
    esac
}

if [ "${1:-}" = --one ]; then
    k=$2 mode=$3 dir=$4
    fail=$k
    [ "$mode" = after ] && fail=$k+
    play "$dir" "$fail"
    verdict=$(judge "$dir" "$REF")
    echo "$k $mode $verdict"
    case $verdict in FAIL*) ;; *) rm -rf "$dir" ;; esac
    exit 0
fi

for f in "$BIN" "$SHIM" "$CHECK"; do
    [ -x "$f" ] || [ -f "$f" ] || { echo "tests/oom/run.sh: no $f: run make oom" >&2; exit 2; }
done
# In memory when it can: a play syncs every save to disk, and thousands of
# plays would wait on the disk rather than run.
tmp=${TMPDIR:-/tmp}
[ -d /dev/shm ] && [ -w /dev/shm ] && tmp=/dev/shm
WORK=$(mktemp -d "$tmp/rekindle-oom.XXXXXX")
export REF=$WORK/ref
mkdir -p "$REF"
script >"$REF/in"
seed >"$REF/seed"
play "$REF"
n=$(cat "$REF/count" 2>/dev/null || echo 0)
if [ "$(cat "$REF/status")" != 0 ] || [ "$n" -eq 0 ]; then
    echo "tests/oom/run.sh: the full play did not finish or counted no allocation ($BIN, status $(cat "$REF/status"), count $n); see $REF" >&2
    exit 1
fi
from=${OOM_FROM:-1} to=${OOM_TO:-$n} step=${OOM_STEP:-1} jobs=${OOM_JOBS:-2}
[ "$to" -le "$n" ] || to=$n
OOM_MODE=${OOM_MODE:-once}
case $OOM_MODE in both) modes="once after" ;; once | after) modes=${OOM_MODE} ;; *) modes=once ;; esac
echo "oom: $(basename "$STORY"), $n allocations in a full play ($OOM_BUILD); k from $from to $to, step $step, mode $modes; failures kept in $WORK"

runs=0 errors=0 finishes=0 said=0 failures=0
for mode in $modes; do
    seq "$from" "$step" "$to" | xargs -P "$jobs" -I{} "$0" --one {} "$mode" "$WORK/{}-$mode"
done | {
    while read -r k mode verdict; do
        runs=$((runs + 1))
        case $verdict in
        finish) finishes=$((finishes + 1)) ;;
        finish-said) finishes=$((finishes + 1)) said=$((said + 1)) ;;
        error) errors=$((errors + 1)) ;;
        *) failures=$((failures + 1)); echo "k=$k $mode: ${verdict#FAIL } ($WORK/$k-$mode)" ;;
        esac
        [ $((runs % 500)) = 0 ] && echo "oom: $runs runs, $failures failures so far"
    done
    summary="$runs runs: $errors clean errors, $finishes clean finishes ($said of them saying what memory cost), $failures failures"
    echo "oom: $summary"
    if [ -n "${OOM_RESULTS:-}" ]; then
        if [ ! -s "$OOM_RESULTS" ]; then
            echo "# The out-of-memory loop: the last full run"
            echo
            echo "Written by \`tests/oom/run.sh\` (\`make oom\`); see \"Out of memory\" in docs/architecture.md."
        fi >"$OOM_RESULTS.new"
        {
            echo
            echo "## $(basename "$STORY"), mode $modes, step $step"
            echo
            echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); rekindle $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo '?')"
            echo "- play: $(basename "$STORY"), seed $(cat "$REF/seed"), input: $(tr '\n' '|' <"$REF/in" | sed 's/|$//')"
            echo "- allocations in the full play: $n (build \`$OOM_BUILD\`, $("$BIN" --version 2>/dev/null | head -n 1))"
            echo "- k from $from to $to, step $step; mode: $modes (once: only the k-th fails; after: the k-th and every later one)"
            echo "- result: $summary"
            echo "- machine: $(uname -srm), $(nproc) cores; $(gcc --version | head -n 1)"
        } >>"$OOM_RESULTS.new"
        cat "$OOM_RESULTS.new" >>"$OOM_RESULTS" && rm -f "$OOM_RESULTS.new"
    fi
    [ "$failures" = 0 ] && rm -rf "$WORK"
    [ "$failures" = 0 ]
}
