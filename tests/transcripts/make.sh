#!/usr/bin/env bash
# tests/transcripts/make.sh - records the transcript tests of the bundled
# stories: one for each path of tests/stories/ID.paths (a line: ENDING, tab,
# SEED, tab, answer|answer|..., tab, meters), played with --transcript into
# tests/transcripts/ID/ENDING.transcript (ENDING-2.transcript for a second
# path to the same ending, and so on). `rekindle test tests/transcripts`
# replays them; tests/suites/transcripts.sh runs that in `make test`.
#
# When a story or its paths change, record them again with this one command
# (or `make transcripts`) and read the diff before committing it:
#
#   tests/transcripts/make.sh          every story in stories/
#   tests/transcripts/make.sh ID...    only these stories
#
# The engine is ./rekindle (REKINDLE=FILE for another). A path that does not
# reach its ending is an error, and nothing of that story is kept.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
rekindle=${REKINDLE:-$root/rekindle}
[ -x "$rekindle" ] || { echo "make.sh: no engine at $rekindle: run make first" >&2; exit 2; }
unset REKINDLE_DATA # a recording keeps nothing of the player's

if [ $# -eq 0 ]; then
    set --
    for f in "$root"/stories/*.lua; do set -- "$@" "$(basename "$f" .lua)"; done
fi

# record ID: every path of the story, into a fresh folder that replaces the old.
record() {
    local id=$1 story="$root/stories/$1.lua" paths="$root/tests/stories/$1.paths"
    local dir="$root/tests/transcripts/$id" new="$root/tests/transcripts/.$id.new"
    local ending seed answers meters file n status reached
    [ -f "$story" ] || { echo "make.sh: no story $story" >&2; return 1; }
    [ -f "$paths" ] || { echo "make.sh: no paths $paths" >&2; return 1; }
    rm -rf "$new"
    mkdir -p "$new"
    declare -A seen=()
    while IFS=$'\t' read -r ending seed answers meters; do
        n=$((${seen[$ending]:-0} + 1))
        seen[$ending]=$n
        file="$new/$ending.transcript"
        [ "$n" -eq 1 ] || file="$new/$ending-$n.transcript"
        set +e
        printf '%s\n' "${answers//|/$'\n'}" |
            "$rekindle" --seed "$seed" --width 80 --transcript "$file" "$story" >/dev/null
        status=$?
        set -e
        reached=$(sed -n 's/^# ending: //p' "$file")
        if [ "$status" -ne 0 ] || [ "$reached" != "$ending" ]; then
            echo "make.sh: $id: the path for $ending (seed $seed) reaches '${reached:-no ending}' (status $status)" >&2
            rm -rf "$new"
            return 1
        fi
    done <"$paths"
    rm -rf "$dir"
    mv "$new" "$dir"
    echo "tests/transcripts/$id: $(ls "$dir" | wc -l) transcripts"
}

failed=0
for id in "$@"; do record "$id" || failed=1; done
exit $failed
