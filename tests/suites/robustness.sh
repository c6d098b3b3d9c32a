# Bad input of any kind ends in a clear message, never a crash: stories that
# pass the text budget while a list is being filled, story files that are
# not regular files, output that cannot be written.

# big_story NAME WHERE: a story whose WHERE (a Lua expression using `big`,
# one 4 MiB string) passes the 16 MiB budget (a quarter of the memory limit)
# for what the engine keeps while it is being copied.
budget_story() {
    cat >"$T/$1.lua" <<LUA
local big = string.rep("x", 4 * 1024 * 1024)
local many = {}
for i = 1, 6 do many[i] = big .. i end
$2
LUA
}

# The story is refused at its own line, with the budget named, and nothing crashes.
expect_budget_error() {
    local st
    st=$(cat "$T/status")
    [ "$st" = 1 ] || fail "exit status $st, expected 1 (a story error)"
    expect_err "text, scenes and choices are larger than 16 MiB (a quarter of the memory limit; more with --memory-limit MIB)"
    ! grep -q "Sanitizer\|free()\|double free\|corruption" "$T/err" || fail "a crash report on stderr"
}

test_text_budget_in_a_sequence() {
    budget_story s 'story { id = "t", title = "T", start = "a" }
scene "a" { sequence(many), choice "Again" { go = "a" } }'
    rk check "$T/s.lua"
    expect_budget_error
    expect_err "s.lua:5: error:"
}

test_text_budget_in_cycle_shuffle_once_only() {
    local kind
    for kind in cycle shuffle once_only; do
        budget_story s "story { id = \"t\", title = \"T\", start = \"a\" }
scene \"a\" { $kind(many), choice \"Again\" { go = \"a\" } }"
        rk check "$T/s.lua"
        expect_budget_error
    done
}

test_text_budget_in_story_tags_and_kinds() {
    budget_story s 'story { id = "t", title = "T", start = "a", tags = many }
scene "a" { choice "Again" { go = "a" } }'
    rk check "$T/s.lua"
    expect_budget_error
    budget_story s 'story { id = "t", title = "T", start = "a", kinds = many }
scene "a" { choice "Again" { go = "a" } }'
    rk check "$T/s.lua"
    expect_budget_error
}

test_text_budget_in_a_choice_s_tags() {
    budget_story s 'story { id = "t", title = "T", start = "a" }
scene "a" { many[1], many[2], choice "Again" { go = "a", tags = { many[3], many[4] } } }'
    rk check "$T/s.lua"
    expect_budget_error
}

test_text_budget_in_storylet_groups() {
    budget_story s 'story { id = "t", title = "T", start = "a" }
local refs = {}
for i = 1, 6 do refs[i] = storylets(many[i]) end
scene "a" { choice "Again" { go = "a" } }'
    rk check "$T/s.lua"
    expect_budget_error
}

test_text_budget_in_a_listed_folder() {
    mkdir "$T/folder"
    budget_story folder/bad 'story { id = "t", title = "T", start = "a" }
scene "a" { sequence(many), choice "Again" { go = "a" } }'
    cp "$ROOT/tests/stories/mini.lua" "$T/folder/"
    REKINDLE_PATH="$T/folder" rk list
    expect_budget_error
    expect_out "$(grep -o 'title = "[^"]*"' "$ROOT/tests/stories/mini.lua" | head -1 | cut -d'"' -f2)"
}

# ------------------------------------------------------------ not a file

test_a_fifo_story_is_refused_without_waiting() {
    mkfifo "$T/fifo.lua"
    set +e
    timeout 10 "$REKINDLE" check "$T/fifo.lua" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
    expect_status 1
    expect_err "fifo.lua: cannot read: not a regular file"
}

test_a_folder_or_an_unreadable_story_is_refused() {
    mkdir "$T/dir.lua"
    rk check "$T/dir.lua"
    expect_status 1
    expect_err "dir.lua: a folder without a story.lua"
    mkfifo "$T/fifo.lua"
    rk check "$T/fifo.lua"
    expect_status 1
    expect_err "fifo.lua: cannot read: not a regular file"
    rk check "$T/missing.lua"
    expect_status 1
    expect_err "missing.lua: cannot read: No such file or directory"
}

# ---------------------------------------------------- output that fails

# Each writes to a full device: one clear message, and a non-zero status.
expect_output_error() {
    local st
    st=$(cat "$T/status")
    [ "$st" != 0 ] || fail "exit status 0 although the output was lost"
    expect_err "$1"
    [ "$(grep -c . "$T/err")" -le 2 ] || fail "more than one message on stderr"
}

test_list_to_a_full_disk() {
    set +e
    "$REKINDLE" list --markdown >/dev/full 2>"$T/err"
    echo $? >"$T/status"
    set -e
    expect_status 4
    expect_output_error "rekindle: cannot write the output: No space left on device"
}

test_randomtest_to_a_full_disk() {
    set +e
    "$REKINDLE" randomtest --runs 20 "$ROOT/tests/stories/mini.lua" >/dev/full 2>"$T/err"
    echo $? >"$T/status"
    "$REKINDLE" randomtest --runs 20 --json "$ROOT/tests/stories/mini.lua" >/dev/full 2>>"$T/err"
    echo $? >>"$T/status"
    set -e
    [ "$(cat "$T/status")" = "$(printf '4\n4')" ] || fail "statuses $(cat "$T/status" | paste -sd ' '), expected 4 4"
}

test_coverage_to_a_full_disk() {
    rk randomtest --runs 20 --coverage=/dev/full "$ROOT/tests/stories/mini.lua"
    expect_status 1
    expect_err "rekindle: cannot write /dev/full: No space left on device"
}

test_a_transcript_on_a_full_disk() {
    rk_in 'Robin\n1\n2\n' --seed 1 --transcript /dev/full "$ROOT/tests/stories/mini.lua"
    expect_status 4
    expect_out "Could not write the transcript: No space left on device. It is off now."
    expect_out "Quiet Kitchen" # the play goes on
    [ "$(grep -c "Could not write the transcript" "$T/out")" = 1 ] || fail "said more than once"
}

# ============================================================ big stories

# A story of 20,000 scenes (generated as the bench writes it, in files of
# 4,000 scenes) passes the default budget for what the engine keeps: it is
# refused with the way out named, and loads and checks with more memory.
test_big_story_needs_and_takes_a_higher_memory_limit() {
    lua5.4 "$ROOT/tests/bench/generate.lua" 20000 "$T/big"
    rk check "$T/big/story"
    expect_status 1
    expect_err "larger than 16 MiB (a quarter of the memory limit; more with --memory-limit MIB)"
    rk check --memory-limit 256 "$T/big/story"
    expect_status 0
    rk randomtest --runs 50 --jobs 1 --memory-limit 256 "$T/big/story"
    expect_status 0
    grep -q "^randomtest .*: 50 runs, [1-9][0-9]* choices, 0 errors" "$T/out" || fail "randomtest did not play it"
}

# A story file may be a sixteenth of the memory limit, at least 4 MiB.
test_story_file_limit_follows_the_memory_limit() {
    { echo 'story { id = "t", title = "T", start = "a" }'
      echo 'ending "a" { title = "A", "A." }'
      head -c $((5 << 20)) /dev/zero | tr '\0' '-'; echo; } >"$T/s.lua"
    rk check "$T/s.lua"
    expect_status 1
    expect_err "too large"
    expect_err "a sixteenth of the memory limit; more with --memory-limit MIB"
    rk check --memory-limit 128 "$T/s.lua"
    expect_status 0
}
