# The writers' tools: check, randomtest, quicktest and coverage, on the
# deliberately broken story tests/stories/broken.lua, on a story with a real
# memory (tests/stories/memory.lua) and on small stories that each break one
# thing.

BROKEN="$ROOT/tests/stories/broken.lua"
MEMORY="$ROOT/tests/stories/memory.lua"

# replay_of TEXT: the replay command printed on the line after TEXT, run with
# the engine under test; its outcome in $T/out, $T/err, $T/status.
replay_of() {
    local cmd
    cmd=$(grep -A2 -F -- "$1" "$T/out" | grep -o "rekindle .*--replay .*" | head -n 1) || fail "no replay line after: $1"
    eval "set -- ${cmd#rekindle }"
    rk --plain "$@"
}

# ---------------------------------------------------------------- check

test_check_reports_every_finding_at_its_line() {
    rk check "$BROKEN"
    expect_status 1
    local b=$BROKEN
    expect_err "$b:4: warning: variable 'unused' is declared but never used"
    expect_err "$b:4: warning: meter 'respect' is declared but never used"
    expect_err "$b:14: warning: choice 'Knock' changes patience but has no note to say what it taught (the story's rule)"
    expect_err "$b:22: warning: scene 'hall' has two choices labelled 'Open the red door' (the other on line 21)"
    expect_err "$b:26: warning: scene 'red': every choice is once-only or conditional"
    expect_err "$b:37: error: scene 'loop_a' can never lead to an ending"
    expect_err "$b:38: error: scene 'loop_b' can never lead to an ending"
    expect_err "$b:40: warning: scene 'attic' can never be reached from the start"
    expect_err "$b:41: warning: 'ghosts' is not a declared variable or meter"
    expect_err "$b:46: warning: ending 'end_lost' can never be reached from the start"
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

# A meter change without a note is the story's own rule, not every story's.
test_check_strict_passes_a_story_about_anything() {
    story kite <<'LUA'
story { id = "kite", title = "The Kite", start = "hill", meters = { wind = 50 } }
scene "hill" {
  "A kite, a hill, a Tuesday.",
  choice "Run with it" { go = "up", wind = 20 },
  choice "Let the wind take it" { go = "up", wind = -10 },
}
scene "up" {
  function(s) if s.wind > 60 then return "It climbs." end return "It dips." end,
  choice "Reel it in" { go = "home" },
}
ending "home" { title = "Home", "You fold the kite." }
LUA
    rk check --strict "$T/kite.lua"
    expect_status 0
    expect_err "0 errors, 0 warnings"
}

# Where a go is computed, check says which scenes it cannot judge.
test_check_does_not_guess_computed_targets() {
    story guess <<'LUA'
story { id = "g", title = "G", start = "a" }
local function pick() if math.random(2) == 1 then return "left" end return "right" end
scene "a" { choice "Flip" { go = function(s) return pick() end }, choice "Stay" { go = "a" } }
scene "orphan" { "Nobody comes here.", choice "On" { go = "a" } }
ending "left" { title = "L", "L." }
ending "right" { title = "R", "R." }
LUA
    rk check --strict "$T/guess.lua"
    expect_status 0
    expect_err "$T/guess.lua:4: note: scene 'orphan' is not judged: only a computed go could lead to it"
    expect_err "$T/guess.lua:5: note: ending 'left' is not judged"
    expect_err "0 errors, 0 warnings"
    rk randomtest --runs 200 "$T/guess.lua"
    expect_out "Where computed 'go's led"
    grep -qE "choice 'Flip': (left, right|right, left)" "$T/out" || fail "the go's targets are not listed"
}

# ----------------------------------------------------------- randomtest

test_randomtest_finds_the_planted_error_and_its_replay_shows_it() {
    rk randomtest --runs 2000 "$BROKEN"
    expect_status 1
    expect_out "$BROKEN:18: planted: the fourth knock"
    expect_out "$BROKEN:26: scene 'red' has no available choice"
    replay_of "planted: the fourth knock"
    expect_status 1
    expect_err "$BROKEN:18: planted: the fourth knock"
}

test_randomtest_counts_and_never_reached() {
    rk randomtest --runs 2000 "$BROKEN"
    expect_out "randomtest $BROKEN: 2000 runs"
    expect_out "$BROKEN:40: scene 'attic'"
    expect_out "$BROKEN:46: ending 'end_lost'"
    expect_out "$BROKEN:23: choice 'Wait' (its condition never held?)"
    grep -qE '^  end_ok +growth +[1-9]' "$T/out" || fail "end_ok not counted"
}

test_randomtest_is_repeatable_and_json() {
    rk randomtest --runs 500 --seed 9 --json "$ROOT/tests/stories/features.lua"
    expect_status 0
    sed 's/"seconds":[0-9.]*,//' "$T/out" >"$T/first"
    rk randomtest --runs 500 --seed 9 --json --jobs 1 "$ROOT/tests/stories/features.lua"
    sed 's/"seconds":[0-9.]*,//' "$T/out" >"$T/second"
    cmp -s "$T/first" "$T/second" || fail "two runs with seed 9 differ (2 workers vs 1)"
    for key in '"runs":500' '"endings":{' '"scenes":{' '"choices_taken":{' '"rules":[' '"failures":[]'; do
        grep -qF "$key" "$T/first" || fail "json lacks $key"
    done
}

# Options go anywhere, as with GNU tools.
test_randomtest_takes_options_after_the_story() {
    rk randomtest "$ROOT/tests/stories/mini.lua" --runs 300 --seed 4
    expect_status 0
    expect_out "randomtest $ROOT/tests/stories/mini.lua: 300 runs"
    expect_out "(seed 4,"
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
    expect_out "a library call (string.find) ran past the time limit"
    expect_out "--replay 'slow'"
}

# A play that never ends is an error that names the loop, and its replay
# shows it going round; a long path is never too long to report.
test_randomtest_names_a_loop_with_a_replayable_path() {
    story loop <<'LUA'
story{id="loop",title="Loop",start="a",vars={x=0},meters={trust=50}}
scene "a" { "Round again.", choice "Again" { go = "a" }, choice "Out" { go = "z", when = function(s) return s.x > 0 end } }
ending "z" { title = "Z", "Out." }
LUA
    rk randomtest --runs 300 "$T/loop.lua"
    expect_status 1
    expect_out "randomtest $T/loop.lua: 300 runs, 300000 choices, 300 errors"
    expect_out "$T/loop.lua:2: no ending after 1000 choices: it goes round 'a' (a loop?)"
    grep -A2 "goes round 'a'" "$T/out" | grep -q "see it go round (its first 50 steps): rekindle --seed 1 --replay 'again,again," ||
        fail "no replay of the loop"
    replay_of "goes round 'a'"
    expect_status 3 # the replay stops where the loop goes on, at a prompt
    expect_out "Round again."
    expect_err "input ended before an ending, after 50 choices (at \"Round again.\")"
    rk randomtest --runs 300 --json "$T/loop.lua"
    expect_status 1
    python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))
assert r["runs"] == 300 and r["errors"] == 300, r["runs"]
assert r["failures"][0]["path"].count("again") == 1000' "$T/out" || fail "the json is wrong"
}

test_randomtest_counts_endings_of_a_story_without_meters() {
    story plain <<'LUA'
story { id = "plain", title = "Plain", start = "a" }
scene "a" { choice "Left" { go = "l" }, choice "Right" { go = "r" } }
ending "l" { title = "L", "L." }
ending "r" { title = "R", "R." }
LUA
    rk randomtest --runs 200 "$T/plain.lua"
    expect_status 0
    local l r
    l=$(awk '$1 == "l" { print $3 }' "$T/out")
    r=$(awk '$1 == "r" { print $3 }' "$T/out")
    [ $((l + r)) = 200 ] && [ "$l" -gt 0 ] && [ "$r" -gt 0 ] || fail "endings counted $l and $r of 200"
}

test_randomtest_headline_counts_with_a_step_cap() {
    lua5.4 "$ROOT/tests/bench/generate.lua" 100 "$T/synthetic"
    rk randomtest --runs 2000 --max-steps 200 "$T/synthetic/story"
    local runs
    runs=$(sed -nE '1s/.*: ([0-9]+) runs, ([0-9]+) choices.*/\1/p' "$T/out")
    [ "$runs" = 2000 ] || fail "the headline says $runs runs"
    grep -qE '^randomtest .*: 2000 runs, [1-9][0-9]* choices' "$T/out" || fail "no choices counted"
}

# The bench's proof that rekindle walks as the floor walker does: the same
# seed, the same choices taken and the same text seen.
test_randomtest_checksum_matches_the_floor_walker() {
    lua5.4 "$ROOT/tests/bench/generate.lua" 100 "$T/synthetic"
    rk randomtest --checksum --runs 200 --seed 3 --jobs 2 "$T/synthetic/story"
    expect_status 0
    local want
    want=$(lua5.4 "$ROOT/tests/bench/floor.lua" checksum "$T/synthetic/story" 200 3)
    grep -qE '^checksum: 200 runs, [1-9][0-9]* choices, [1-9][0-9]* characters' "$T/out" || fail "no checksum line"
    grep -qxF "$want" "$T/out" || fail "the floor walker says '$want'"
    rk randomtest --checksum --runs 200 --seed 4 --jobs 1 "$T/synthetic/story"
    grep -qxF "$want" "$T/out" && fail "another seed gave the same checksum"
    return 0
}

# Messages are bytes a story chose: the JSON stays valid UTF-8.
test_randomtest_json_is_valid_whatever_the_message() {
    story bytes <<'LUA'
story { id = "bytes", title = "Bytes", start = "a" }
scene "a" { choice "Go" { go = "z", effect = function(s) error("caf\xe9 \xff\"quote\" \1") end } }
ending "z" { title = "Z", "Z." }
LUA
    rk randomtest --runs 20 --json "$T/bytes.lua"
    expect_status 1
    python3 -c 'import json, sys; r = json.loads(open(sys.argv[1], encoding="utf-8").read()); assert "quote" in r["failures"][0]["message"]' "$T/out" ||
        fail "the json is not valid: $(head -c 300 "$T/out")"
}

# ----------------------------------------------------------------- rules

# rules_story NAME RULE: a story where waiting outside can still end together.
rules_story() {
    cat >"$T/$1.lua" <<LUA
story { id = "r", title = "R", start = "a", tags = { "boundary", "amends" }, meters = { trust = 50 } }
$2
scene "a" {
  choice "Wait outside" { go = "b", tags = { "boundary" } },
  choice "Go home" { go = "b", trust = 5 },
}
scene "b" {
  choice "Say sorry for it" { go = "c", tags = { "amends" } },
  choice "Say nothing" { go = "c" },
}
scene "c" {
  choice "Ask" { go = function(s) if s.trust > 55 then return "together" end return "apart" end },
  choice "Ask again" { go = "together" },
}
ending "together" { title = "Together", kind = "together", "Together." }
ending "apart" { title = "Apart", kind = "apart", "Apart." }
LUA
}

test_a_never_rule_unless_repaired() {
    rules_story never 'rule "no together after a boundary, unless mended" { never = "together", after = "boundary", unless = "amends" }'
    local tool
    for tool in "randomtest --runs 500" quicktest; do
        # shellcheck disable=SC2086
        rk $tool "$T/never.lua"
        expect_status 1
        expect_out "rule 'no together after a boundary, unless mended' broken: an ending of kind together after 1 choice tagged 'boundary' and not repaired"
        grep -A2 "rule 'no together after a boundary" "$T/out" | grep -q -- "--replay 'wait-outside," ||
            fail "$tool: the path does not wait outside"
        replay_of "rule 'no together after a boundary"
        expect_out "Ending: Together (together)"
    done
    # The mended path is allowed.
    rk quicktest "$T/never.lua"
    ! grep -qF -- "--replay 'wait-outside,say-sorry-for-it" "$T/out" || fail "a mended path was reported"
}

test_a_never_rule_after_two() {
    rules_story twice 'rule "two boundaries rule it out" { never = "together", after = "boundary", times = 2 }'
    rk quicktest "$T/twice.lua"
    expect_status 0
    expect_out ": complete:"
    expect_out "two boundaries rule it out: kept: never broken"
}

test_a_share_rule() {
    rules_story share 'rule "her own mind" { at_least = 60, of_plays_without = "boundary", end_in = "apart" }'
    rk randomtest --runs 2000 "$T/share.lua"
    expect_status 1
    grep -qE "her own mind: BROKEN: [0-9.]+% of the [0-9]+ plays without 'boundary' end in apart \(at least 60%\)" "$T/out" ||
        fail "the share rule is not reported broken"
    rules_story share 'rule "her own mind" { at_least = 10, of_plays_without = "boundary", end_in = "apart" }'
    rk randomtest --runs 2000 "$T/share.lua"
    grep -qE "her own mind: kept: [0-9.]+% of the" "$T/out" || fail "the share rule is not kept"
}

test_a_min_choices_rule() {
    rules_story short 'rule "a real story" { min_choices = 4 }'
    rk quicktest "$T/short.lua"
    expect_status 1
    expect_out "rule 'a real story' broken: the playthrough ended after 3 choices, fewer than 4"
    replay_of "rule 'a real story' broken"
    expect_out "Ending: "
}

test_a_check_rule() {
    rules_story checked 'rule "she remembers the doorstep" {
  check = function(play, s)
    if play.kind == "together" and play.tags.boundary > 0 and play.tags.amends == 0 then
      return false, "together after the doorstep, never mentioned"
    end
    return true
  end,
}'
    rk randomtest --runs 500 "$T/checked.lua"
    expect_status 1
    expect_out "rule 'she remembers the doorstep' broken: together after the doorstep, never mentioned"
    rk quicktest "$T/checked.lua"
    expect_status 1
    expect_out "rule 'she remembers the doorstep' broken: together after the doorstep, never mentioned"
}

test_rules_are_checked_when_declared() {
    story typo <<'LUA'
story { id = "t", title = "T", start = "a", tags = { "boundary" } }
rule "x" { never = "togther", after = "boundary" }
rule "y" { never = "apart" }
scene "a" { choice "Go" { go = "z", tags = { "boundary" } } }
ending "z" { title = "Z", kind = "together", "Z." }
LUA
    rk check "$T/typo.lua"
    expect_status 1
    expect_err "$T/typo.lua:3: error: rule 'y': 'never' needs 'after', the tag of the choices"
    sed -i '3d' "$T/typo.lua"
    rk check "$T/typo.lua"
    expect_status 1
    expect_err "$T/typo.lua:2: error: rule 'x': no ending has the kind 'togther' (did you mean 'together'?)"
}

# ------------------------------------------------------------ quicktest

test_quicktest_proves_a_never_true_condition() {
    rk quicktest "$BROKEN"
    expect_status 1
    expect_out "quicktest $BROKEN: complete:"
    expect_out "Conditions never true"
    expect_out "$BROKEN:23: choice 'Wait': its 'when' condition"
    expect_out "$BROKEN:18: planted: the fourth knock"
    expect_out "see it happen: rekindle --replay 'knock,knock,knock,knock' $BROKEN"
    expect_out "$BROKEN:46: ending 'end_lost'"
}

# A complete search finds a state from which no ending can be reached.
test_quicktest_finds_a_trap() {
    rk quicktest "$BROKEN"
    expect_out "A state from which no ending can be reached (a loop with no way out)"
    expect_out "in scene 'loop_a'"
    replay_of "in scene 'loop_a'"
    expect_out "Round."
}

test_quicktest_explores_chance_fully_and_replays_it() {
    story dice <<'LUA'
story { id = "dice", title = "Dice", start = "a" }
scene "a" {
  choice "Roll" {
    go = function(s)
      local n = math.random(6)
      if n == 6 then error("a six") end
      return "other"
    end,
  },
}
ending "other" { title = "Other", kind = "growth", "Other." }
LUA
    rk quicktest "$T/dice.lua"
    expect_status 1
    expect_out "complete"
    expect_out "see it happen: rekindle --replay 'roll{6}' $T/dice.lua"
    replay_of "a six"
    expect_status 1
    expect_err "a six"
}

test_quicktest_says_when_it_is_not_complete() {
    rk quicktest --max-states 50 "$ROOT/tests/stories/mini.lua"
    expect_out "not complete"
    expect_out "the story has more than 50 states"
    expect_out "Not reached in this search"
    expect_no_out "Never reached"
}

# A story with a real memory: sixteen lasting flags, meters the ending
# reads. quicktest cannot try every state and says so, and still finds the
# planted error and the one rare path that breaks the story's rule, which a
# randomtest of the same length misses.
test_quicktest_on_a_story_with_a_memory() {
    rk quicktest "$MEMORY"
    expect_status 1
    expect_out "quicktest $MEMORY: not complete:"
    expect_out "the story has more than 50000 states"
    expect_out "Not reached in this search"
    expect_out "$MEMORY:120: planted: the coffee, the card and the soup"
    replay_of "planted: the coffee"
    expect_status 1
    expect_err "$MEMORY:120: planted: the coffee, the card and the soup"
    rk quicktest "$MEMORY"
    expect_out "rule 'a boundary crossed and not mended rules out a together ending' broken"
    grep -A2 "rule 'a boundary crossed" "$T/out" | grep -q "wait-outside-her-building" || fail "no boundary on the path"
    replay_of "rule 'a boundary crossed"
    expect_out "Ending: Together (together)"
    rk randomtest --runs 2000 "$MEMORY"
    expect_out "a boundary crossed and not mended rules out a together ending: kept"
}

# quicktest learns what story code reads as it runs: a story that reaches
# visits through another name is keyed by them all the same.
test_quicktest_sees_visits_under_another_name() {
    story alias <<'LUA'
story { id = "alias", title = "Alias", start = "a" }
local count = visits
scene "a" {
  "Again?",
  choice "Again" { go = "a", when = function(s) return count("a") < 4 end },
  choice "Leave" { go = function(s) if count("a") >= 3 then return "third" end return "early" end },
}
ending "early" { title = "Early", "Early." }
ending "third" { title = "Third", "Third time." }
LUA
    rk quicktest "$T/alias.lua"
    expect_status 0
    expect_out ": complete:"
    expect_out "Never reached"
    expect_no_out "ending 'third'"
}

# Where story code compares a typed answer, two sample answers prove nothing.
test_quicktest_is_not_complete_where_answers_matter() {
    story code <<'LUA'
story { id = "code", title = "Code", start = "a", vars = { code = "" } }
scene "a" { "The door has a keypad.", ask "The code?" { into = "code", go = "b" } }
scene "b" { choice "Push" { go = function(s) if s.code == "4711" then return "open" end return "shut" end } }
ending "open" { title = "Open", "Open." }
ending "shut" { title = "Shut", "Shut." }
LUA
    rk quicktest "$T/code.lua"
    expect_out "not complete"
    expect_out "story code reads a typed answer"
    expect_out "$T/code.lua:4: ending 'open'"
}

test_quicktest_ends_at_a_limit_with_the_path_to_it() {
    story spin <<'LUA'
story { id = "spin", title = "Spin", start = "a" }
scene "a" {
  function(s) if visits("a") > 1 then while true do end end end,
  choice "Again" { go = "a" },
  choice "Stop" { go = "z" },
}
ending "z" { title = "Z", kind = "growth", "Z." }
LUA
    rk quicktest --time-limit 0.2 "$T/spin.lua"
    expect_status 1
    expect_out "a limit stopped the story (see Errors)"
    expect_out "$T/spin.lua:3: story stopped: it ran past the time limit (0.2 s of CPU per call; more with --time-limit SECS)"
    # the path is the one that stopped it, not a later call refused
    expect_out "rekindle --replay 'again' $T/spin.lua"
}

# --------------------------------------------------------------- coverage

test_coverage_lists_the_dead_line() {
    rk randomtest --runs 300 --coverage "$BROKEN"
    expect_out "Never run"
    expect_out "  $BROKEN:29"
    rk quicktest --coverage="$T/annotated.txt" "$BROKEN"
    expect_out "  $BROKEN:29"
    grep -qE '^ +#####: +return "The lamp is lit."' "$T/annotated.txt" || fail "line 29 not marked never run"
    grep -qE '^ +[0-9]+: +if s.lamp then' "$T/annotated.txt" || fail "line 28 not counted"
}

# Lines of a scene count as run when a play entered the scene, never because
# the file ran them when it loaded.
test_coverage_counts_scenes_entered_not_loaded() {
    {
        echo 'story { id = "many", title = "Many", start = "a" }'
        echo 'scene "a" { "Start.", choice "End" { go = "z" } }'
        for i in $(seq 1 20); do
            printf 'scene "unreached%d" {\n  "Nobody reads this %d.",\n  choice "On" { go = "z" },\n}\n' "$i" "$i"
        done
        echo 'ending "z" { title = "Z", "Z." }'
    } >"$T/many.lua"
    rk randomtest --runs 100 --coverage "$T/many.lua"
    grep -qE "^Coverage: [0-9]+ of [0-9]+ lines with code or scene text ran \((2[0-9]|1[0-9]|[0-9])\.[0-9]%\)" "$T/out" ||
        fail "coverage counts unreached scenes as run: $(grep Coverage "$T/out")"
    expect_out "  $T/many.lua:3-5"
    expect_out "  $T/many.lua:79-81"
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

test_coverage_of_a_story_in_several_files() {
    mkdir -p "$T/two/parts"
    cat >"$T/two/story.lua" <<'LUA'
story { id = "two", title = "Two", start = "home" }
scene "home" { "Home.", choice "Leave" { go = "road" } }
include "parts/road.lua"
LUA
    cat >"$T/two/parts/road.lua" <<'LUA'
scene "road" {
  function(s)
    if visits("road") > 5 then
      return "Never."
    end
  end,
  choice "Walk" { go = "end" },
}
ending "end" { title = "End", kind = "growth", "Walked." }
LUA
    rk quicktest --coverage="$T/annotated.txt" "$T/two"
    expect_status 0
    expect_out "  $T/two/parts/road.lua:4"
    grep -qx "==> $T/two/parts/road.lua <==" "$T/annotated.txt" || fail "no heading for the included file"
    grep -qE '^ +#####: +return "Never."' "$T/annotated.txt" || fail "the line never run is not marked"
    grep -qE '^ +[1-9][0-9]*: +if visits' "$T/annotated.txt" || fail "the line that ran is not counted"
    grep -qE '^ +1: +scene "road" \{' "$T/annotated.txt" || fail "the included scene's line is not counted"
    # an error in story code of an included file names that file and line
    sed -i 's/return "Never."/return nil .. "x"/; s/> 5/> 0/' "$T/two/parts/road.lua"
    rk quicktest "$T/two"
    expect_status 1
    expect_out "$T/two/parts/road.lua:4: attempt to concatenate a nil value"
}

# ------------------------------------------------------------------ map

FEATURES="$ROOT/tests/stories/features.lua"

test_map_draws_the_story_as_dot() {
    rk map "$FEATURES"
    expect_status 0
    expect_out "digraph story {"
    local start ending
    start=$(grep -n '^  s0 \[label="name' "$T/out")
    grep -q 'peripheries=2' <<<"$start" || fail "the start is not marked: $start"
    # endings filled by their kind, with a legend of the kinds
    grep -qE 's[0-9]+ \[label="A Message.*fillcolor="#b7e4c7".*shape=box' "$T/out" || fail "no filled ending for A Message"
    expect_out 'label="reconciled", fillcolor="#b7e4c7"'
    # a choice with a condition is dashed; a once-only one says so; a call is dotted
    grep -qE 'label="Delete \{their\} number", style=dashed' "$T/out" || fail "the closed choice is not dashed"
    expect_out 'label="Make tea (once)"'
    grep -qE 's[0-9]+ -> s[0-9]+ \[color=gray40, style=dotted, arrowhead=empty, label="call"\]' "$T/out" || fail "no call drawn"
    # chapters as clusters; computed gos drawn from what random plays saw
    expect_out 'label="The flat"; style=rounded'
    grep -qE 'label="Walk home".*color=purple' "$T/out" || fail "the computed go of Walk home is not drawn"
    # shading: every scene says how many plays reached it
    grep -qE 's0 \[label="name\\n100% of plays"' "$T/out" || fail "no shading"
}

test_map_flags_what_nobody_reaches() {
    story orphan <<'LUA'
story { id = "orphan", title = "Orphan", start = "a" }
scene "a" {
  choice "On" { go = "z" },
  choice "Never" { when = function(s) return false end, go = "b" },
}
scene "b" { choice "On" { go = "z" } }
scene "lost" { choice "On" { go = "z" } }
ending "z" { title = "Z", "Z." }
LUA
    rk map --plays 200 "$T/orphan.lua"
    expect_status 0
    grep -qE 'label="lost\\nnever reached\\nunreachable".*color=red' "$T/out" || fail "the scene nothing leads to is not flagged"
    grep -qE 'label="b\\nnever reached", fillcolor="#ffd6d6"' "$T/out" || fail "the scene no play reached is not flagged"
    grep -qE 'label="Never", style=dashed, color=gray60' "$T/out" || fail "the choice nobody took is not greyed"
    rk map --plays 0 "$T/orphan.lua"
    expect_no_out "% of plays"
}

test_map_around_a_scene() {
    rk map --plays 0 --around coat --depth 1 "$FEATURES"
    expect_status 0
    expect_out 'label="coat"'
    expect_out 'label="wait"'
    expect_no_out 'label="name"'
    expect_no_out 'label="park"'
    rk map --around nowhere "$FEATURES"
    expect_status 2
    expect_err "--around: no scene called 'nowhere'"
}

test_map_renders_svg_with_graphviz() {
    command -v dot >/dev/null || fail "Graphviz's dot is not installed (make test-deps installs it)"
    rk map -o "$T/map.svg" "$FEATURES"
    expect_status 0
    grep -q "<svg" "$T/map.svg" || fail "no SVG written"
    grep -q "The Day After" "$T/map.svg" || fail "the SVG lacks the title"
    rk map -o "$T/map.dot" --plays 0 "$FEATURES"
    grep -q "^digraph story" "$T/map.dot" || fail "-o FILE.dot does not write DOT"
    rk map -o "$T/no/such/dir/map.svg" "$FEATURES"
    [ "$(cat "$T/status")" != 0 ] || fail "a map that could not be written exited 0"
}

# ---------------------------------------------------------------- stats

test_stats_says_what_writers_quote() {
    rk stats "$FEATURES"
    expect_status 0
    expect_out "The Day After ($FEATURES)"
    expect_out "13 scenes, 4 endings (reconciled 1, growth 2, apart 1), 12 choices, 3 questions"
    grep -qE "^  [0-9]+ words written as text" "$T/out" || fail "no count of words"
    grep -qE "^  a play reads [0-9]+ to [0-9]+ words \(median [0-9]+\), and makes 2 to 10 choices \(median [0-9]+\)$" "$T/out" ||
        fail "no spread of a play's words and choices"
    expect_out "the longest of 1000 random plays: 10 choices; 1000 reached an ending"
    # the same seed, the same figures
    cp "$T/out" "$T/first"
    rk stats "$FEATURES"
    cmp -s "$T/first" "$T/out" || fail "stats differ between two runs"
}
