# normal build only: valgrind finds no leak or memory error in whole plays.

vg() {
    set +e
    printf "$1" | valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible \
        --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=42 \
        "$REKINDLE" --time-limit 30 "${@:2}" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
}

test_valgrind_play_to_an_ending() {
    vg 'Robin\n1\n1\n2\n' --seed 3 "$ROOT/tests/stories/mini.lua"
    expect_status 0
    expect_out "Quiet Kitchen"
}

test_valgrind_story_error() {
    story bad <<'LUA'
story { id = "bad", title = "Bad", start = "a", vars = { n = 0 } }
scene "a" {
  function(s) s.m = 1 end,
  choice "x" { go = "a" },
}
LUA
    vg '' "$T/bad.lua"
    expect_status 1
    expect_err "bad.lua:3:"
}

test_valgrind_load_error() {
    story bad <<'LUA'
story { id = "bad", title = "Bad", start = "nowhere" }
scene "a" { choice "x" { go = "b" } }
LUA
    vg '' "$T/bad.lua"
    expect_status 1
    expect_err "bad.lua:1:"
}

test_valgrind_list() {
    set +e
    valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
        --error-exitcode=42 "$REKINDLE" list >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
    expect_status 0
}

test_valgrind_record_and_test_a_transcript() {
    vg 'Robin\n1\n1\nhelp\n2\n' --seed 3 --transcript "$T/a.transcript" "$ROOT/tests/stories/mini.lua"
    expect_status 0
    cp "$ROOT/tests/stories/mini.lua" "$T/mini.lua"
    sed -i 's|^# story: .*|# story: mini.lua|' "$T/a.transcript"
    sed -i 's/" texts."/" messages."/' "$T/mini.lua"
    vg '' test --accept "$T/a.transcript"
    expect_status 0
    expect_out "accepted: it holds the play as it is now"
    vg '' test "$T/a.transcript" "$T/none.transcript"
    expect_status 1
    expect_out "1 passed, 1 failed"
}

# The output closed early: the play stops at its next question (status 4)
# and frees everything on the way out.
test_valgrind_output_closed_early() {
    set +e
    printf 'Robin\n1\n1\n2\n' | valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible \
        --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=42 \
        "$REKINDLE" --time-limit 30 --seed 3 "$ROOT/tests/stories/mini.lua" 2>"$T/err" | head -n 1 >/dev/null
    echo "${PIPESTATUS[1]}" >"$T/status"
    set -e
    expect_status 4
}

# Saving sweeps the temporaries a killed write left; check reads a story
# that is not UTF-8.
test_valgrind_sweep_and_encoding_check() {
    mkdir -p "$T/data/saves/mini"
    echo partial >"$T/data/saves/mini/autosave.save.tmp$(sh -c 'echo $$')"
    vg 'Robin\n1\nsave\n1\n2\n' --seed 3 --data-dir "$T/data" "$ROOT/tests/stories/mini.lua"
    expect_status 0
    [ -z "$(ls "$T/data/saves/mini" | grep tmp)" ] || fail "a stale temporary is left"
    printf 'story { id = "t", title = "Caf\xe9", start = "a" }\nscene "a" { "x", choice "Go" { go = "e" } }\nending "e" { title = "E", kind = "growth", "Bye." }\n' >"$T/l.lua"
    vg '' check "$T/l.lua"
    expect_status 0
    expect_err "not UTF-8"
}
