# The story language, feature by feature, as the player sees it: scripted
# plays of tests/stories/features.lua to each of its four endings, and small
# stories for the errors the new features can raise at run time.
#
# Plays answer by the start of a choice's text where they can, so a choice
# that is missing (or shown when it should not be) makes the answer fail
# instead of silently taking another choice.

FEATURES="$ROOT/tests/stories/features.lua"

# The path to each ending. "Robin" and "1" answer the name and pronouns (she).
PATH_EARLY='Robin\n1\ncheck\nput\ntext\nmake\ncheck\nput\ncheck\nput\ngo to bed\n'
PATH_DELETED='Robin\n1\nmake\ndelete\n'
PATH_EVENING='Robin\n1\nring\nsay yes\nlet\nwalk\n'
SEED_MESSAGE=1 # with PATH_EVENING: the park, then a message
SEED_HOME=2    # with PATH_EVENING: the park, then the long way home

# screens: splits $T/out into $T/screen.N, one per scene shown (each starts
# with the story's title bar; the pronoun question stays with the name
# screen, and the outcome with the last scene). Prints how many.
screens() {
    rm -f "$T"/screen.*
    awk -v dir="$T" '/^  The Day After / { n++ } { print > (dir "/screen." n) } END { print n }' "$T/out"
}

# in_screen N TEXT / not_in_screen N TEXT
in_screen() { grep -qF -- "$2" "$T/screen.$1" || fail "screen $1 lacks: $2"; }
not_in_screen() { ! grep -qF -- "$2" "$T/screen.$1" || fail "screen $1 has: $2"; }

# seq_of REGEX: the matches of REGEX in $T/out, in order, on one line.
seq_of() { grep -oE -- "$1" "$T/out" | paste -sd ' ' -; }

# expect_seq REGEX WANT: seq_of REGEX is exactly WANT.
expect_seq() {
    local got
    got=$(seq_of "$1")
    [ "$got" = "$2" ] || fail "in order, '$1' gave: $got; expected: $2"
}

# meter NAME: the value of a meter on the outcome panel.
meter() { grep -oE "$1 +[█░]+ +[0-9]+" "$T/out" | awk '{ print $3 }'; }

expect_meter() {
    local got
    got=$(meter "$1")
    [ "$got" = "$2" ] || fail "meter $1 is '$got' on the outcome panel, expected $2"
}

# line_of FILE TEXT: the line of FILE where TEXT first occurs.
line_of() { grep -nF -- "$2" "$1" | head -n 1 | cut -d: -f1; }

# ===================== the four endings =====================

test_ending_early_night_by_the_fallback() {
    rk_in "$PATH_EARLY" --seed 1 "$FEATURES"
    expect_status 0
    expect_out "An Early Night"
    expect_out "ending: growth"
    expect_out "Some days the bravest thing is to let them end."
    # fairmath: 50 %-20 is 40, then 40 %+20 is 52; trust never moved
    expect_meter patience 52
    expect_meter trust 50
    expect_out "What your choices taught"
    expect_out "A text the day after asks her to carry your evening too."
    expect_out "Small kindnesses to yourself count."
}

test_ending_deleted_by_a_choice_that_opened() {
    rk_in "$PATH_DELETED" --seed 1 "$FEATURES"
    expect_status 0
    expect_out "Deleted"
    expect_out "ending: apart"
    expect_meter patience 60 # 50 %+20
    expect_meter trust 50
}

test_ending_message_through_nell_and_the_park() {
    rk_in "$PATH_EVENING" --seed "$SEED_MESSAGE" "$FEATURES"
    expect_status 0
    expect_out "The park is nearly empty."
    expect_out "A Message"
    expect_out "ending: reconciled"
    expect_out "At eleven your phone lights up: Robin."
    expect_meter trust 60 # 50 %+20
    expect_meter patience 50
    expect_out "Letting a friend in is not the same as moving on."
}

test_ending_long_way_home_through_nell_and_the_park() {
    rk_in "$PATH_EVENING" --seed "$SEED_HOME" "$FEATURES"
    expect_status 0
    expect_out "The park is nearly empty."
    expect_out "The Long Way Home"
    expect_out "ending: growth"
    expect_out "A good evening can be one without her in it."
    expect_meter trust 60
}

test_every_ending_has_a_path_here() {
    # four endings, four tests above: a new ending needs a new path
    local n
    n=$(grep -c '^ending "' "$FEATURES")
    [ "$n" = 4 ] || fail "features.lua has $n endings; give each new one a path and a test"
}

# ===================== feature by feature =====================

test_ask_and_pronouns() {
    rk_in "$PATH_DELETED" --seed 1 "$FEATURES"
    expect_out "Which pronouns should the story use for Robin?"
    expect_out "Morning. Robin's mug is still on the draining board."
    expect_out "Text her"
    rk_in 'Ali\n2\nmake\ndelete\n' --seed 1 "$FEATURES"
    expect_status 0
    expect_out "Morning. Ali's mug"
    expect_out "Text him"
    expect_out "Delete his number"
}

test_sequence_cycle_once_only_across_visits() {
    rk_in "$PATH_EARLY" --seed 1 "$FEATURES"
    expect_status 0
    [ "$(screens)" = 10 ] || fail "expected 10 screens (name, 6 flat, 3 phone)"
    # six visits to the flat: screens 2 3 4 5 7 9 (after each phone, the flat)
    expect_seq 'Morning\.|Noon\.|Evening\.' "Morning. Noon. Evening. Evening. Evening. Evening."
    expect_seq 'fridge hums|tap drips|bus goes past' \
        "fridge hums tap drips bus goes past fridge hums tap drips bus goes past"
    expect_seq 'slept in your clothes|still have not changed' "slept in your clothes still have not changed"
    in_screen 2 "You slept in your clothes."
    in_screen 4 "You still have not changed."
    not_in_screen 5 "You slept"
    not_in_screen 5 "not changed"
    # shuffle: one of its texts on every visit to the flat
    [ "$(seq_of 'radio next door|Someone laughs' | wc -w)" -ge 6 ] || fail "shuffle did not show a text each visit"
}

test_variations_advance_once_per_visit_not_per_answer() {
    # wrong answers, hints and help do not advance them: the next visit shows the next text
    rk_in 'Robin\n1\nzzz\n9\ndelete\nhelp\nmake\nmake\n' --seed 1 "$FEATURES"
    expect_status 3
    expect_seq 'Morning\.|Noon\.|Evening\.' "Morning. Noon."
    expect_seq 'fridge hums|tap drips|bus goes past' "fridge hums tap drips"
}

test_shuffle_follows_the_seed() {
    local seed seen=""
    for seed in 1 2 3 4 5 6 7 8; do
        rk_in 'Robin\n1\nmake\ndelete\n' --seed "$seed" "$FEATURES"
        seen="$seen $(seq_of 'radio next door|Someone laughs' | head -c 6)"
    done
    case "$seen" in *radio*) ;; *) fail "shuffle never showed the radio in 8 seeds:$seen" ;; esac
    case "$seen" in *Someon*) ;; *) fail "shuffle never showed the laugh in 8 seeds:$seen" ;; esac
}

test_visits_and_turns_since() {
    rk_in "$PATH_EARLY" --seed 1 "$FEATURES"
    screens >/dev/null
    not_in_screen 2 "Phone checks" # visits("phone") is 0 before the first look
    in_screen 3 "Phone check number 1. Nothing from Robin."
    in_screen 4 "Phone checks so far: 1. Turns since the last: 1."
    in_screen 5 "Phone checks so far: 1. Turns since the last: 2."
    in_screen 6 "Phone checks so far: 1. Turns since the last: 3."
    in_screen 7 "Phone check number 2."
    in_screen 8 "Phone checks so far: 2. Turns since the last: 1."
    in_screen 9 "Phone check number 3."
    in_screen 10 "Phone checks so far: 3. Turns since the last: 1."
}

test_once_and_when() {
    rk_in "$PATH_EARLY" --seed 1 "$FEATURES"
    screens >/dev/null
    # once: "Text her" and "Make tea" are gone after they are taken
    in_screen 4 "Text her"
    not_in_screen 5 "Text her"
    in_screen 5 "Make tea"
    not_in_screen 6 "Make tea"
    # when: Ring Nell up to the 4th visit to the flat, the phone for 3 looks
    in_screen 6 "Ring Nell"
    not_in_screen 8 "Ring Nell"
    in_screen 8 "Check your phone"
    not_in_screen 10 "Check your phone"
}

test_closed_choice_is_shown_with_its_reason_and_refused() {
    rk_in 'Robin\n1\ndelete\n5\nmake\ndelete\n' --seed 1 "$FEATURES"
    expect_status 0
    screens >/dev/null
    in_screen 2 "    -  Delete her number  (not yet; your hands are shaking)"
    # numbers skip it: four choices can be taken
    in_screen 2 "    4  Ring Nell"
    expect_out "You can't choose that now (not yet; your hands are shaking)."
    expect_out "There are 4 choices: type a number from 1 to 4."
    # after tea (patience 60) it opens, with a number and no reason
    in_screen 3 "    4  Delete her number"
    not_in_screen 3 "hands are shaking"
    expect_out "Deleted"
}

test_fallback_only_when_everything_else_is_used_up() {
    rk_in "$PATH_EARLY" --seed 1 "$FEATURES"
    expect_status 0
    local n=$(screens) i
    for i in $(seq 2 $((n - 1))); do not_in_screen "$i" "Go to bed early"; done
    # the last flat: only the fallback can be taken; the closed choice stays
    in_screen "$n" "    1  Go to bed early"
    in_screen "$n" "    -  Delete her number  (not yet; your hands are shaking)"
    [ "$(grep -cE '^    [0-9]+  ' "$T/screen.$n")" = 1 ] || fail "the fallback was not alone"
    # asking for it any earlier finds no such choice
    rk_in 'Robin\n1\ngo to bed\n' --seed 1 "$FEATURES"
    expect_status 3
    expect_out "No choice starts like that."
}

test_call_returns_to_the_caller() {
    rk_in 'Robin\n1\ncheck\nput\n' --seed 1 "$FEATURES"
    expect_status 3
    expect_err "input ended at scene 'flat'"
    [ "$(screens)" = 4 ] || fail "expected the flat, the phone, the flat"
    in_screen 3 "Phone check number 1."
    in_screen 3 "    1  Put it down"
    in_screen 4 "Phone checks so far: 1."
}

test_call_returns_to_its_go() {
    rk_in 'Robin\n1\nring\nsay yes\n' --seed 1 "$FEATURES"
    expect_status 3
    expect_err "input ended at scene 'street'"
    screens >/dev/null
    in_screen 3 "Nell picks up on the first ring."
    in_screen 4 "Outside, the air is cold"
    not_in_screen 4 "draining board"
}

test_storylets_pick_among_candidates_whose_when_holds() {
    local seed park=0 cafe=0 street=0
    for seed in $(seq 1 20); do
        rk_in "$PATH_EVENING" --seed "$seed" "$FEATURES"
        expect_status 0
        grep -qF "The park is nearly empty" "$T/out" && park=$((park + 1))
        grep -qF "The cafe on the corner" "$T/out" && cafe=$((cafe + 1))
        grep -qF "Your feet take you" "$T/out" && street=$((street + 1))
        [ "$(grep -cE 'park is nearly|cafe on the corner|feet take you' "$T/out")" = 1 ] ||
            fail "seed $seed: not exactly one storylet"
    done
    if [ "$park" = 0 ] || [ "$cafe" = 0 ]; then fail "park $park, cafe $cafe times in 20 seeds: both should occur"; fi
    [ "$street" = 0 ] || fail "their-street ($street times) was picked though its when is false"
    # once "Text her" is taken, its when holds and it can be picked too
    street=0
    for seed in $(seq 1 20); do
        rk_in 'Robin\n1\ntext\nring\nsay yes\nlet\n1\n' --seed "$seed" "$FEATURES"
        expect_status 0
        grep -qF "Your feet take you to her street" "$T/out" && street=$((street + 1))
    done
    [ "$street" -gt 0 ] || fail "their-street never picked in 20 seeds once its when holds"
}

test_same_seed_and_answers_give_the_same_transcript() {
    local seed path
    for path in "$PATH_EARLY" "$PATH_EVENING" 'Robin\n1\ntext\nring\nsay yes\nlet\n1\n'; do
        for seed in 1 2 3 77; do
            rk_in "$path" --seed "$seed" "$FEATURES"
            cp "$T/out" "$T/first"
            rk_in "$path" --seed "$seed" "$FEATURES"
            cmp -s "$T/first" "$T/out" || fail "seed $seed: two plays of '$path' differ"
        done
    done
    # and the seed matters: shuffle and storylets make seeds 1 and 2 differ
    rk_in "$PATH_EVENING" --seed 1 "$FEATURES"
    cp "$T/out" "$T/first"
    rk_in "$PATH_EVENING" --seed 2 "$FEATURES"
    ! cmp -s "$T/first" "$T/out" || fail "seeds 1 and 2 gave the same play"
}

# ===================== errors at run time =====================

# A scene that calls itself, and can go back.
deep_story() {
    story deep <<'LUA'
story { id = "deep", title = "Deep", start = "a" }

scene "a" {
  function(s) return "Depth " .. visits("a") .. "." end,
  choice "Deeper" { call = "a" },
  choice "Up" { back = true },
  choice "Stop" { go = "z" },
}

ending "z" { title = "Z", kind = "growth", "Out." }
LUA
}

test_error_back_with_no_caller() {
    deep_story
    rk_in 'up\n' deep.lua
    expect_status 1
    expect_err "deep.lua:$(line_of deep.lua '"Up"'): choice 'Up' goes back, but no scene was called"
}

test_error_calls_nested_deeper_than_16() {
    deep_story
    # 16 nested calls are allowed...
    rk_in "$(printf 'deeper\\n%.0s' $(seq 16))" deep.lua
    expect_status 3
    expect_out "Depth 17."
    # ...and each comes back, to the bottom, where going back again is an error
    rk_in "$(printf 'deeper\\n%.0s' $(seq 16))$(printf 'up\\n%.0s' $(seq 16))stop\n" deep.lua
    expect_status 0
    expect_out "Out."
    rk_in "$(printf 'deeper\\n%.0s' $(seq 16))$(printf 'up\\n%.0s' $(seq 17))" deep.lua
    expect_status 1
    expect_err "deep.lua:$(line_of deep.lua '"Up"'): choice 'Up' goes back, but no scene was called"
    # the 17th is an error at the calling choice's line
    rk_in "$(printf 'deeper\\n%.0s' $(seq 17))" deep.lua
    expect_status 1
    expect_err "deep.lua:$(line_of deep.lua '"Deeper"'): choice 'Deeper' calls scenes nested deeper than 16"
}

test_error_storylet_group_with_no_candidate_now() {
    story group <<'LUA'
story { id = "group", title = "Group", start = "a", vars = { late = false } }

scene "a" {
  choice "Wait" { go = "a", effect = function(s) s.late = true end },
  choice "Wander" { go = storylets "night" },
}

ending "bar" { group = "night", when = function(s) return not s.late end, title = "Bar", kind = "growth", "A bar." }
ending "club" { group = "night", when = function(s) return false end, title = "Club", kind = "growth", "A club." }
LUA
    rk_in 'wander\n' group.lua
    expect_status 0
    expect_out "A bar."
    rk_in 'wait\nwander\n' group.lua
    expect_status 1
    expect_err "group.lua:$(line_of group.lua '"Wander"'): choice 'Wander': no scene of storylet group 'night' is available now"
}

test_error_visits_of_an_unknown_scene() {
    story visits <<'LUA'
story { id = "visits", title = "Visits", start = "a" }

scene "a" {
  "Fine so far.",
  choice "On" { go = "b" },
}

scene "b" {
  function(s)
    return "Seen " .. visits("nope") .. " times."
  end,
  choice "Back" { go = "a" },
}
LUA
    rk_in 'on\n' visits.lua
    expect_status 1
    expect_out "Fine so far."
    expect_err "visits.lua:$(line_of visits.lua 'visits("nope")'): no scene is called 'nope'"
    expect_no_out "Seen"
}

test_error_turns_since_an_unknown_scene() {
    story turns <<'LUA'
story { id = "turns", title = "Turns", start = "a" }

scene "a" {
  "Here.",
  choice "Stay" { go = "a", when = function(s) return turns_since("hall") > 0 end },
  choice "Go" { go = "b" },
}

ending "b" { title = "B", kind = "growth", "Done." }
LUA
    rk_in '' turns.lua
    expect_status 1
    expect_err "turns.lua:$(line_of turns.lua 'turns_since("hall")'): no scene is called 'hall'"
}
