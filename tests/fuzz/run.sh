#!/usr/bin/env bash
# tests/fuzz/run.sh - `make fuzz`: runs each libFuzzer harness of
# build-fuzz/fuzz/ for FUZZ_SECONDS (default 60) in turn, one at a time, and
# prints what each did: executions, coverage, corpus, crashes. Exits 1 when
# a harness crashed (a sanitizer report, a leak, a timeout, a broken
# promise), with the crashing input kept in build-fuzz/crashes/NAME/.
#
#   tests/fuzz/run.sh [NAME...]   NAME: story story-large play save answer wrap
#
# The inputs found stay in build-fuzz/corpus/NAME/ (so each run starts where
# the last stopped); the seeds of tests/fuzz/corpus/ and the crashes kept in
# tests/fuzz/regressions/ are read, never written. story-large is the story
# harness on inputs up to 18 MiB, from a 17 MiB story made here: the only
# way past the 16 MiB budget of text without string.rep. The figures go to
# build-fuzz/summary.txt too, for tests/fuzz/README.md.
#
# The engine's watchdog ends the process (status 1, nothing printed) when a
# story's library call runs too long, such as a pattern that backtracks: the
# fuzzer then stops without a report, and starts again for the time left.
# The input it was running is kept as build-fuzz/crashes/NAME/watchdog-SHA1
# (each harness writes its input to $FUZZ_LAST_INPUT first), not a crash.
set -u
cd "$(dirname "$0")/../.."
root=$PWD
out=$root/build-fuzz
seconds=${FUZZ_SECONDS:-60}
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(story story-large play save answer wrap)

harness_of() { case $1 in story-large) echo story ;; *) echo "$1" ;; esac; }

options_of() { # the libFuzzer options of a run, beside the common ones
    case $1 in
    story) echo "-max_len=16384 -dict=$root/tests/fuzz/story.dict" ;;
    story-large) echo "-max_len=18874368 -len_control=0 -dict=$root/tests/fuzz/story.dict -rss_limit_mb=4096" ;;
    play) echo "-max_len=8192 -dict=$root/tests/fuzz/story.dict" ;;
    save) echo "-max_len=4096" ;;
    answer) echo "-max_len=1024" ;;
    wrap) echo "-max_len=4096" ;;
    *) echo "tests/fuzz/run.sh: no harness '$1' (story story-large play save answer wrap)" >&2; return 1 ;;
    esac
}

seeds_of() { # read-only seed folders
    local h
    h=$(harness_of "$1")
    echo "$root/tests/fuzz/corpus/$h $root/tests/fuzz/regressions/$h"
    case $1 in story) echo "$root/tests/stories" ;; esac
}

# A story of about 17 MiB of prose: one scene of 17,000 paragraphs.
large_story() {
    awk 'BEGIN {
        print "story { id = \"large\", title = \"Large\", start = \"a\" }"
        print "scene \"a\" {"
        line = ""
        for (i = 0; i < 100; i++) line = line "Words that fill the page. "
        for (i = 0; i < 17000; i++) printf "  \"%d %s\",\n", i, substr(line, 1, 1000)
        print "  choice \"Again\" { go = \"a\" },"
        print "}"
    }'
}

# last_stat LOG: "EXECS COV CORPUS" from the last status line of a log.
last_stat() {
    grep -aE '^#[0-9]+' "$1" | tail -n 1 |
        awk '{ e = substr($1, 2); c = "?"; n = "?"
               for (i = 2; i < NF; i++) { if ($i == "cov:") c = $(i + 1); if ($i == "corp:") n = $(i + 1) }
               print e, c, n }'
}

failed=0
summary=()
mkdir -p "$out/logs"
for name in "${names[@]}"; do
    opts=$(options_of "$name") || exit 2
    h=$(harness_of "$name")
    bin=$out/fuzz/fuzz_$h
    [ -x "$bin" ] || { echo "missing $bin: run 'make fuzz'" >&2; exit 2; }
    corpus=$out/corpus/$name
    crashes=$out/crashes/$name
    mkdir -p "$corpus" "$crashes"
    if [ "$name" = story-large ] && [ ! -s "$corpus/large.lua" ]; then large_story >"$corpus/large.lua"; fi
    log=$out/logs/$name.log
    : >"$log"
    before=$(ls "$crashes" | wc -l)
    start=$(date +%s)
    execs=0 stops=0 cov=? corp=? status=ok
    echo "== $name: $seconds s"
    while :; do
        left=$((seconds - ($(date +%s) - start)))
        [ "$left" -gt 0 ] || break
        # shellcheck disable=SC2046,SC2086 # options and seed folders are words
        FUZZ_LAST_INPUT=$out/last-input "$bin" -max_total_time="$left" -timeout=10 -close_fd_mask=3 -print_final_stats=1 \
            -artifact_prefix="$crashes/" $opts "$corpus" $(for d in $(seeds_of "$name"); do [ -d "$d" ] && echo "$d"; done) \
            >"$log.part" 2>&1
        rc=$?
        cat "$log.part" >>"$log"
        read -r e c n <<<"$(last_stat "$log.part")"
        [ -n "${e:-}" ] && execs=$((execs + e))
        [ "${c:-?}" != "?" ] && [ -n "${c:-}" ] && cov=$c
        [ -n "${n:-}" ] && corp=$n
        if [ "$(ls "$crashes" | wc -l)" -gt "$before" ] || grep -aqE '^==[0-9]+==ERROR|^SUMMARY: ' "$log.part"; then
            status=crash
            break
        fi
        [ "$rc" -eq 0 ] && break
        # Ended without a report: the watchdog. The input it stopped is kept.
        stops=$((stops + 1))
        sum=$(sha1sum "$out/last-input" | cut -c1-40)
        cp "$out/last-input" "$crashes/watchdog-$sum"
        echo "-- the fuzzer ended with status $rc and no report; its last input: $crashes/watchdog-$sum" >>"$log"
        before=$(ls "$crashes" | wc -l)
        if [ "$stops" -gt 20 ]; then status="stopped $stops times"; break; fi
    done
    rm -f "$log.part"
    took=$(($(date +%s) - start))
    line=$(printf '%-12s %5d s  %9d execs  cov %5s  corpus %6s  watchdog stops %d  %s' \
        "$name" "$took" "$execs" "$cov" "$corp" "$stops" "$status")
    echo "  $line"
    summary+=("$line")
    if [ "$status" != ok ]; then
        failed=1
        grep -aE 'ERROR|SUMMARY|runtime error|^    #[0-9]' "$log" | head -n 20 | sed 's/^/  | /'
        echo "  the input: $(ls -t "$crashes"/* 2>/dev/null | head -n 1); the log: $log"
        echo "  keep it as a test: fix the engine, then copy it into tests/fuzz/regressions/$h/"
    fi
done
{
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), clang $(clang --version | sed -n 's/.*version \([0-9.]*\).*/\1/p' | head -n 1), FUZZ_SECONDS=$seconds"
    printf '%s\n' "${summary[@]}"
} | tee -a "$out/summary.txt" | tail -n +1 >/dev/null
echo
printf '%s\n' "${summary[@]}"
exit $failed
