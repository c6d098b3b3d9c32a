# Transcript tests (rekindle test). Each bundled story has a transcript for
# every path of tests/stories/ID.paths in tests/transcripts/ID/, made by
# tests/transcripts/make.sh, and they replay as recorded. A line changed in
# a story fails exactly the transcripts that show it, naming the line, with
# a diff, and --accept takes the change; answers that no longer fit fail
# with a message that says so. Recording: --transcript and the transcript
# command write parts that replay, on a terminal too.

source "$ROOT/tests/tmux.sh"
MINI=$ROOT/tests/stories/mini.lua

# ---------------------------------------------------------- the bundled

bundled() { # bundled ID: its transcripts pass, one for each of its paths
    local dir="$ROOT/tests/transcripts/$1" n
    [ -d "$dir" ] || fail "no $dir: run tests/transcripts/make.sh"
    n=$(grep -c . "$ROOT/tests/stories/$1.paths")
    rk test "$dir"
    expect_status 0
    expect_out "$n passed, 0 failed"
}

for story in "$ROOT"/stories/*.lua; do
    id=$(basename "$story" .lua)
    eval "test_${id//-/_}_transcripts() { bundled $id; }"
done

# The checked-in transcripts are what make.sh records from the paths now.
test_the_transcripts_are_made_from_the_paths() {
    mkdir -p "$T/copy/tests/transcripts" "$T/copy/tests/stories"
    cp -r "$ROOT/stories" "$T/copy/"
    cp "$ROOT"/tests/stories/*.paths "$T/copy/tests/stories/"
    cp "$ROOT/tests/transcripts/make.sh" "$T/copy/tests/transcripts/"
    REKINDLE=$REKINDLE "$T/copy/tests/transcripts/make.sh" >"$T/out" 2>"$T/err" || fail "make.sh failed"
    rm "$T/copy/tests/transcripts/make.sh"
    diff -r "$ROOT/tests/transcripts" "$T/copy/tests/transcripts" -x make.sh >"$T/diff" ||
        fail "tests/transcripts differ from what make.sh records now: run tests/transcripts/make.sh ($(head -c 600 "$T/diff"))"
}

# A path that does not reach its ending stops make.sh, and keeps the old ones.
test_make_sh_refuses_a_wrong_path() {
    mkdir -p "$T/copy/tests/transcripts/the-letter" "$T/copy/tests/stories" "$T/copy/stories"
    cp "$ROOT/stories/the-letter.lua" "$T/copy/stories/"
    cp "$ROOT/tests/transcripts/make.sh" "$T/copy/tests/transcripts/"
    echo kept >"$T/copy/tests/transcripts/the-letter/old.transcript"
    head -n 1 "$ROOT/tests/stories/the-letter.paths" | sed 's/^[a-z_]*/the_drawer/' >"$T/copy/tests/stories/the-letter.paths"
    set +e
    REKINDLE=$REKINDLE "$T/copy/tests/transcripts/make.sh" the-letter >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
    expect_status 1
    expect_err "make.sh: the-letter: the path for the_drawer"
    [ "$(cat "$T/copy/tests/transcripts/the-letter/old.transcript")" = kept ] || fail "the old transcripts are gone"
}

# The-letter in $T, as the repository lays it out, so that the transcripts'
# story (../../../stories/the-letter.lua) is the copy.
copy_the_letter() {
    mkdir -p "$T/stories" "$T/tests/transcripts"
    cp "$ROOT/stories/the-letter.lua" "$T/stories/"
    cp -r "$ROOT/tests/transcripts/the-letter" "$T/tests/transcripts/"
}

# One ending's title changed: exactly the transcripts that reach it fail,
# each at the line that shows it, with the old and new line; --accept then
# makes them pass.
test_a_changed_line_fails_exactly_its_transcripts() {
    copy_the_letter
    local ending title line f n=0 all
    ending=$(head -n 1 "$ROOT/tests/stories/the-letter.paths" | cut -f 1)
    title=$(awk -v id="$ending" '$0 ~ "^ending \"" id "\"" { f = 1 } f && /title *=/ { sub(/^[^"]*"/, ""); sub(/".*$/, ""); print; exit }' "$T/stories/the-letter.lua")
    [ -n "$title" ] || fail "no title for $ending"
    awk -v id="$ending" '$0 ~ "^ending \"" id "\"" { f = 1 } f && /title *=/ && !done { sub(/title *= *"/, "&Not "); done = 1 } { print }' \
        "$ROOT/stories/the-letter.lua" >"$T/stories/the-letter.lua"
    ! cmp -s "$ROOT/stories/the-letter.lua" "$T/stories/the-letter.lua" || fail "the title was not changed"
    rk test "$T/tests/transcripts"
    expect_status 1
    all=$(find "$T/tests/transcripts" -name '*.transcript' | wc -l)
    for f in "$T"/tests/transcripts/the-letter/*.transcript; do
        if grep -qx "# ending: $ending" "$f"; then
            n=$((n + 1))
            line=$(grep -nF "Ending: $title (" "$f" | head -n 1 | cut -d: -f 1)
            expect_out "$f:$line: the play differs from the recording from here"
        else
            expect_no_out "$f"
        fi
    done
    [ "$n" -ge 1 ] || fail "no transcript reaches $ending"
    expect_out "-  Ending: $title ("
    expect_out "+  Ending: Not $title ("
    expect_out "$((all - n)) passed, $n failed"
    rk test --accept "$T/tests/transcripts"
    expect_status 0
    expect_out ": accepted: it holds the play as it is now"
    expect_out "$all passed, 0 failed"
    rk test "$T/tests/transcripts"
    expect_status 0
    expect_out "$all passed, 0 failed"
    grep -rqF "Ending: Not $title (" "$T/tests/transcripts" || fail "the new title is not in the transcripts"
}

# --------------------------------------------------------------- a story

# A small story of our own, recorded, then a paragraph edited.
test_an_edited_paragraph_is_named_with_its_line() {
    cp "$MINI" "$T/mini.lua"
    printf 'Robin\n1\n1\n2\n' | "$REKINDLE" --seed 7 --transcript "$T/mini.transcript" "$T/mini.lua" >/dev/null
    rk test "$T/mini.transcript"
    expect_status 0
    expect_out "1 passed, 0 failed"
    sed -i 's/" texts."/" text messages."/' "$T/mini.lua"
    rk test "$T/mini.transcript"
    expect_status 1
    local line
    line=$(grep -n "You have sent 1 texts." "$T/mini.transcript" | cut -d: -f 1)
    expect_out "$T/mini.transcript:$line: the play differs from the recording from here"
    expect_out "--- $T/mini.transcript (recorded)"
    expect_out "+++ $T/mini.transcript (played now)"
    expect_out "@@ -$((line - 3)),7 +$((line - 3)),7 @@"
    expect_out "-  You have sent 1 texts."
    expect_out "+  You have sent 1 text messages."
    expect_out "0 passed, 1 failed"
    rk test --accept "$T/mini.transcript"
    expect_status 0
    grep -qx "  You have sent 1 text messages." "$T/mini.transcript" || fail "not rewritten"
    head -n 4 "$T/mini.transcript" >"$T/head"
    grep -qx "# seed: 7" "$T/head" || fail "the header was not kept"
    rk test "$T/mini.transcript"
    expect_status 0
}

# A choice gone: the answer that took it is named; an ending no longer
# reached: the replay ran out of answers. Neither is accepted.
test_answers_that_no_longer_fit() {
    cp "$MINI" "$T/mini.lua"
    printf 'Robin\n1\n3\n2\n' | "$REKINDLE" --seed 7 --transcript "$T/mini.transcript" "$T/mini.lua" >/dev/null
    sed -i '/Write in your journal instead/d' "$T/mini.lua"
    rk test --accept "$T/mini.transcript"
    expect_status 1
    local line
    line=$(grep -nx "> 3" "$T/mini.transcript" | cut -d: -f 1)
    expect_out "the answers no longer fit the story: '> 3' on line $line is not taken now (\"There are 2 choices: type a number from 1 to 2.\")"
    expect_out "not accepted: its answers no longer fit the story"
    [ ! -s "$T/err" ] || fail "stderr: $(cat "$T/err")"
    cp "$MINI" "$T/mini.lua"
    sed -i 's/choice "Put the phone away" { go = "quiet"/choice "Put the phone away" { go = "kitchen"/' "$T/mini.lua"
    rk test "$T/mini.transcript"
    expect_status 1
    expect_out "the answers no longer fit the story: the recording reached the ending 'quiet', the replay ran out of answers before any ending"
    expect_out "it said: $T/mini.lua: input ended before an ending"
}

test_a_story_error_and_a_story_gone() {
    cat >"$T/s.lua" <<'LUA'
story { id = "s", title = "S", start = "a" }
scene "a" { "Hello.", choice "On" { go = "b" } }
scene "b" { function(s) return "Later." end, choice "Stop" { go = "z" } }
ending "z" { title = "Z", "Done." }
LUA
    printf '1\n1\n' | "$REKINDLE" --seed 1 --transcript "$T/s.transcript" "$T/s.lua" >/dev/null
    sed -i 's/return "Later."/error("planted")/' "$T/s.lua"
    rk test "$T/s.transcript"
    expect_status 1
    expect_out ": the story stopped with an error"
    expect_out "it said: $T/s.lua:3: planted"
    rm "$T/s.lua"
    rk test "$T/s.transcript"
    expect_status 1
    expect_out "$T/s.transcript:1: the story s.lua is not there (looked for $T/s.lua)"
}

test_what_is_not_a_transcript() {
    printf '  It has been three days.\n> 1\n' >"$T/old.txt"
    mkdir "$T/empty"
    rk test "$T/old.txt" "$T/empty" "$T/nothing"
    expect_status 1
    expect_out "$T/old.txt:1: not a transcript to test: it does not start with '# rekindle transcript' (record one with rekindle --transcript FILE)"
    expect_out "$T/empty: no transcripts in it (files ending in .transcript)"
    expect_out "$T/nothing: no such transcript or folder"
    expect_out "0 passed, 3 failed"
    printf '# rekindle transcript\n# story: mini.lua\n\n  Hi.\n' >"$T/bad.transcript"
    rk test "$T/bad.transcript"
    expect_status 1
    expect_out "$T/bad.transcript:1: the header says no seed (# seed: N)"
    rk test
    expect_status 2
    expect_err "rekindle test: needs transcripts, or folders of them (*.transcript)"
    rk test --frobnicate "$T"
    expect_status 2
}

# ------------------------------------------------------------- recording

test_the_header_says_how_to_replay() {
    mkdir -p "$T/deep/tests"
    cp "$MINI" "$T/deep/mini.lua"
    (cd "$T/deep" && printf 'Robin\n1\n2\n' | "$REKINDLE" --seed 12 --width 60 --transcript tests/a.transcript mini.lua >/dev/null)
    head -n 4 "$T/deep/tests/a.transcript" >"$T/out"
    expect_out "# rekindle transcript: \`rekindle test FILE\` replays it"
    expect_out "# story: ../mini.lua"
    expect_out "# seed: 12"
    expect_out "# width: 60"
    [ "$(tail -n 1 "$T/deep/tests/a.transcript")" = "# ending: quiet" ] || fail "no ending at the end"
    [ "$(LC_ALL=C.UTF-8 wc -L <"$T/deep/tests/a.transcript")" -le 60 ] || fail "not wrapped at 60"
    ! grep -q "Endings found" "$T/deep/tests/a.transcript" || fail "the player's endings in the transcript"
    # appended: a second part with its own header; both replay, from anywhere
    (cd "$T/deep" && printf 'Kim\n3\n1\nhelp\nundo\n2\n' | "$REKINDLE" --seed 13 --transcript tests/a.transcript mini.lua >/dev/null)
    [ "$(grep -c '^# rekindle transcript' "$T/deep/tests/a.transcript")" = 2 ] || fail "not two parts"
    rk test "$T/deep/tests"
    expect_status 0
    expect_out "1 passed, 0 failed"
}

# transcript on: the part starts with the scene drawn again, and its header
# replays the answers before it; at a question, the question shows once.
test_the_transcript_command_records_from_its_scene() {
    rk_in 'Robin\n1\n1\ntranscript on t1.transcript\n1\n2\n' --seed 5 "$MINI"
    expect_status 0
    grep -qx "# replay: =Robin,@she,write-them-one-more-text" "$T/t1.transcript" || fail "no replay line: $(head -n 6 "$T/t1.transcript")"
    [ "$(grep -c "You have sent" "$T/t1.transcript")" = 2 ] || fail "the scene was not drawn again"
    rk_in 'transcript on t2.transcript\nRobin\n2\n2\n' --seed 5 "$MINI"
    expect_status 0
    [ "$(grep -c "What is their name?" "$T/out")" = 2 ] || fail "the question is not shown again once"
    [ "$(grep -c "What is their name?" "$T/t2.transcript")" = 1 ] || fail "the question is not in it once"
    rk test "$T/t1.transcript" "$T/t2.transcript"
    expect_status 0
    expect_out "2 passed, 0 failed"
}

# An achievement this player found before is not said again on screen, but
# the transcript says it, as a first play would, so it replays.
test_achievements_found_before_are_in_the_transcript() {
    cat >"$T/a.lua" <<'LUA'
story { id = "ach", title = "Ach", start = "a" }
achievement "card" { title = "The Card" }
scene "a" { "A card on the floor.", choice "Post it back" { go = "z", achieve = "card" } }
ending "z" { title = "Z", "Done." }
LUA
    rk_in '1\n' --data-dir "$T/data" "$T/a.lua"
    expect_out "Achievement: The Card."
    rk_in '1\n' --data-dir "$T/data" --transcript "$T/a.transcript" "$T/a.lua"
    expect_no_out "Achievement: The Card."
    grep -qF "Achievement: The Card." "$T/a.transcript" || fail "not in the transcript"
    rk test "$T/a.transcript"
    expect_status 0
}

# On a terminal: the part ends at the ending; undo there starts a new part
# from where it went back to; both replay.
test_a_recording_on_a_terminal_replays() {
    tm_start 80 24 -- --seed 7 --transcript "$T/tty.transcript" "$MINI"
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_answer 1
    tm_answer 2
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    tm_answer undo
    tm_wait "Undone."
    tm_answer 3
    tm_answer 2
    tm_wait "Play again, undo, restore, endings, menu or quit?" 2
    tm_quit
    [ "$(grep -c '^# rekindle transcript' "$T/tty.transcript")" = 2 ] || fail "not two parts: $(cat "$T/tty.transcript")"
    grep -qx "# replay: =Robin,@she,write-them-one-more-text" "$T/tty.transcript" || fail "the second part does not replay to the undo"
    ! grep -q "Play again\|Undone\|Endings found\|> undo\|> quit" "$T/tty.transcript" || fail "the player's part in the transcript"
    rk test "$T/tty.transcript"
    expect_status 0
    expect_out "1 passed, 0 failed"
}

# ------------------------------------------------------------- the guide

# guide_block N: the Nth ```text block of the guide's "Transcript tests".
guide_block() {
    awk -v n="$1" '
        /^## / { in_section = ($0 == "## Transcript tests") }
        in_section && /^```text$/ { k++; inside = (k == n); next }
        inside && /^```$/ { exit }
        inside { print }
    ' "$ROOT/docs/authoring.md"
}

# The outputs the guide shows are what rekindle prints, from mini.lua.
test_the_guide_shows_real_output() {
    mkdir "$T/tests"
    cp "$MINI" "$T/mini.lua"
    printf 'Robin\n1\n1\n2\n' | "$REKINDLE" --seed 7 --transcript tests/quiet.transcript mini.lua >/dev/null
    guide_block 1 >"$T/want"
    [ -s "$T/want" ] || fail "no first block in the guide"
    head -n "$(wc -l <"$T/want")" tests/quiet.transcript | diff -u "$T/want" - || fail "the guide's transcript is not rekindle's"
    sed -i 's/" texts."/" messages."/' mini.lua
    rk test tests/quiet.transcript
    expect_status 1
    guide_block 2 | diff -u - "$T/out" || fail "the guide's report is not rekindle's"
    cp "$MINI" mini.lua
    printf 'Robin\n1\n3\n2\n' | "$REKINDLE" --seed 7 --transcript tests/journal.transcript mini.lua >/dev/null
    sed -i '/Write in your journal instead/d' mini.lua
    rk test tests/journal.transcript
    expect_status 1
    guide_block 3 | diff -u - <(head -n 1 "$T/out") || fail "the guide's report of answers that no longer fit is not rekindle's"
}
