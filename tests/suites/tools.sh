# The writers' tools: check, randomtest, quicktest and coverage, on the
# deliberately broken story tests/stories/broken.lua and on small stories.

BROKEN="$ROOT/tests/stories/broken.lua"

test_check_reports_every_finding_at_its_line() {
    rk check "$BROKEN"
    expect_status 1
    local b=$BROKEN
    expect_err "$b:4: warning: variable 'unused' is declared but never used"
    expect_err "$b:4: warning: meter 'respect' is declared but never used"
    expect_err "$b:12: warning: choice 'Knock' changes patience but has no note"
    expect_err "$b:20: warning: scene 'hall' has two choices labelled 'Open the red door' (the other on line 19)"
    expect_err "$b:24: warning: scene 'red': every choice is once-only or conditional"
    expect_err "$b:35: error: scene 'loop_a' can never lead to an ending"
    expect_err "$b:36: error: scene 'loop_b' can never lead to an ending"
    expect_err "$b:38: warning: scene 'attic' can never be reached from the start"
    expect_err "$b:39: warning: 'ghosts' is not a declared variable or meter"
    expect_err "$b:44: warning: ending 'end_lost' can never be reached from the start"
    expect_err "$b: 2 errors, 8 warnings"
}

test_check_load_errors_are_compiler_style() {
    story bad <<'LUA'
story { id = "bad", title = "Bad", start = "a" }
scene "a" {
  "{nobody} is here.",
  choice "On" { go = "nowhere" },
}
LUA
    rk check "$T/bad.lua"
    expect_status 1
    expect_err "$T/bad.lua:3: error: scene 'a': unknown placeholder {nobody}"
    expect_err "$T/bad.lua:4: error: choice 'On' leads to unknown scene 'nowhere'"
}

test_check_strict_fails_on_warnings() {
    rk check "$ROOT/tests/stories/features.lua"
    expect_status 0
    rk check --strict "$ROOT/tests/stories/mini.lua"
    expect_status 1
    expect_err "warning:"
    rk check "$ROOT/tests/stories/mini.lua"
    expect_status 0
}

test_check_guesses_targets_of_go_functions() {
    story guess <<'LUA'
story { id = "g", title = "G", start = "a" }
local function pick() if math.random(2) == 1 then return "left" end return "right" end
scene "a" { choice "Flip" { go = function(s) return pick() end } }
ending "left" { title = "L", kind = "growth", "L." }
ending "right" { title = "R", kind = "growth", "R." }
LUA
    rk check --strict "$T/guess.lua"
    expect_status 0
    expect_err "0 errors, 0 warnings"
}

test_randomtest_finds_the_planted_error_and_its_replay_shows_it() {
    rk randomtest --runs 2000 "$BROKEN"
    expect_status 1
    expect_out "$BROKEN:16: planted: the fourth knock"
    expect_out "$BROKEN:24: scene 'red' has no available choice"
    local cmd
    cmd=$(grep -A2 "planted: the fourth knock" "$T/out" | grep -o "rekindle --seed .*") || fail "no replay line"
    # Run the printed command with the engine under test.
    eval "set -- ${cmd#rekindle }"
    rk "$@"
    expect_status 1
    expect_err "$BROKEN:16: planted: the fourth knock"
}

test_randomtest_counts_and_never_reached() {
    rk randomtest --runs 2000 "$BROKEN"
    expect_out "randomtest $BROKEN: 2000 runs"
    expect_out "$BROKEN:38: scene 'attic'"
    expect_out "$BROKEN:44: ending 'end_lost'"
    expect_out "$BROKEN:21: choice 'Wait'"
    grep -qE '^  end_ok +growth +[1-9]' "$T/out" || fail "end_ok not counted"
}

test_randomtest_is_repeatable_and_json() {
    rk randomtest --runs 500 --seed 9 --json "$ROOT/tests/stories/features.lua"
    expect_status 0
    sed 's/"seconds":[0-9.]*,//' "$T/out" >"$T/first"
    rk randomtest --runs 500 --seed 9 --json --jobs 1 "$ROOT/tests/stories/features.lua"
    sed 's/"seconds":[0-9.]*,//' "$T/out" >"$T/second"
    cmp -s "$T/first" "$T/second" || fail "two runs with seed 9 differ (2 workers vs 1)"
    for key in '"runs":500' '"endings":{' '"scenes":{' '"choices_taken":{' '"tags":{' '"failures":[]'; do
        grep -qF "$key" "$T/first" || fail "json lacks $key"
    done
}

test_randomtest_survives_a_worker_ended_by_the_watchdog() {
    story slow <<'LUA'
story { id = "slow", title = "Slow", start = "a" }
scene "a" {
  choice "Fast" { go = "z" },
  choice "Slow" { go = "z", effect = function(s) string.find(("a"):rep(800), ".-.-.-x") end },
}
ending "z" { title = "Z", kind = "growth", "Done." }
LUA
    rk randomtest --runs 40 --time-limit 0.1 "$T/slow.lua"
    expect_status 1
    expect_out "randomtest $T/slow.lua: 40 runs"
    expect_out "a library call ran far past the time limit"
    expect_out "--replay 'slow'"
}

test_randomtest_pressure_rule_is_counted() {
    story pushy <<'LUA'
story { id = "pushy", title = "Pushy", start = "a", vars = { n = 0 } }
scene "a" {
  choice "Text again" { go = "a", tags = { "pressure" }, effect = function(s) s.n = s.n + 1 end, once = false },
  choice "Wait" { go = "z" },
}
ending "z" { title = "Z", kind = "reconciled", "Yes." }
LUA
    rk randomtest --runs 300 "$T/pushy.lua"
    grep -qE "2\+ pressure choices and a reconciled ending: [1-9]" "$T/out" || fail "pressure wins not counted"
}

test_quicktest_proves_a_never_true_condition() {
    rk quicktest "$BROKEN"
    expect_status 1
    expect_out "quicktest $BROKEN: complete:"
    expect_out "Conditions that are never true"
    expect_out "$BROKEN:21: choice 'Wait': its 'when' condition"
    expect_out "$BROKEN:16: planted: the fourth knock"
    expect_out "path: knock,knock,knock,knock"
    expect_out "$BROKEN:44: ending 'end_lost'"
}

test_quicktest_explores_chance_fully() {
    story dice <<'LUA'
story { id = "dice", title = "Dice", start = "a" }
scene "a" {
  choice "Roll" { go = function(s) if math.random(6) == 6 then return "six" end return "other" end },
}
ending "six" { title = "Six", kind = "growth", "Six." }
ending "other" { title = "Other", kind = "growth", "Other." }
LUA
    rk quicktest "$T/dice.lua"
    expect_status 0
    expect_out "complete"
    expect_no_out "ending 'six'"
}

test_quicktest_says_when_it_is_cut_short() {
    rk quicktest --max-states 50 "$ROOT/tests/stories/mini.lua"
    expect_out "incomplete"
    expect_out "cut short at 50 states"
    expect_out "Not reached in this search"
    expect_no_out "Never reached"
}

test_coverage_lists_the_dead_line() {
    rk randomtest --runs 300 --coverage "$BROKEN"
    expect_out "Never run"
    expect_out "  $BROKEN:27"
    rk quicktest --coverage="$T/annotated.txt" "$BROKEN"
    expect_out "  $BROKEN:27"
    grep -qE '^ +#####: +return "The lamp is lit."' "$T/annotated.txt" || fail "line 27 not marked never run"
    grep -qE '^ +[0-9]+: +if s.lamp then' "$T/annotated.txt" || fail "line 26 not counted"
}

test_tools_usage_errors() {
    rk randomtest
    expect_status 2
    rk randomtest --runs 0 "$BROKEN"
    expect_status 2
    rk quicktest --max-states x "$BROKEN"
    expect_status 2
    rk check
    expect_status 2
}
