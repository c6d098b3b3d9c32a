# The story language, feature by feature, as the player sees it: scripted
# plays of tests/stories/features.lua to each of its four endings, and small
# stories for the errors the new features can raise at run time.
#
# Plays answer by the start of a choice's text where they can, so a choice
# that is missing (or shown when it should not be) makes the answer fail
# instead of silently taking another choice.

FEATURES="$ROOT/tests/stories/features.lua"

# The path to each ending. "Robin" and "1" answer the name and pronouns (she).
PATH_EARLY='Robin\n1\ntea\ncheck\nput\ntext\nmake\ncheck\nput\ncheck\nput\ngo to bed\n'
PATH_DELETED='Robin\n1\ntea\nmake\ndelete\n'
PATH_EVENING='Robin\n1\ntea\nring\nsay yes\n10\nlet\nwalk\n'
SEED_MESSAGE=1 # with PATH_EVENING: the park, then a message
SEED_HOME=2    # with PATH_EVENING: the park, then the long way home

# screens: splits $T/out into $T/screen.N, one per scene shown (each starts
# with the story's title bar; the pronoun question stays with the name
# screen, and the outcome with the last scene). Prints how many.
screens() {
    rm -f "$T"/screen.*
    awk -v dir="$T" '/^  The Day After( |$)/ { n++ } { print > (dir "/screen." n) } END { print n }' "$T/out"
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
    # the turning points: what helped, what cost; the notes are the recap's
    expect_out "What helped: Make tea"
    expect_out "What cost you: Text her"
    rk_in 'Robin\n1\ntea\ncheck\nput\ntext\nmake\ncheck\nput\ncheck\nput\nrecap\ngo to bed\n' --seed 1 "$FEATURES"
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
    expect_out "What helped: Say yes"
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
    rk_in 'Ali\n2\ncoffee\nmake\ndelete\n' --seed 1 "$FEATURES"
    expect_status 0
    expect_out "Morning. Ali's mug"
    expect_out "Text him"
    expect_out "Delete his number"
}

test_number_question_takes_a_number_in_its_bounds() {
    rk_in 'Robin\n1\ntea\nring\nsay yes\n40\nten\n12\nlet\nwalk\n' --seed "$SEED_HOME" "$FEATURES"
    expect_status 0
    [ "$(grep -c 'Type a whole number from 1 to 30.' "$T/out")" = 2 ] || fail "40 and 'ten' were not both refused"
    expect_out '"You took your time."'
    rk_in "$PATH_EVENING" --seed "$SEED_HOME" "$FEATURES"
    expect_out '"Keen," she says.'
}

test_one_of_question_asks_again_with_what_it_takes() {
    rk_in 'Robin\n1\nwater\nCoffee\nmake\ndelete\n' --seed 1 "$FEATURES"
    expect_status 0
    expect_out "Type one of: tea, coffee."
    [ "$(grep -c 'Tea or coffee?' "$T/out")" = 2 ] || fail "the question was not asked again"
    expect_out "The coffee is still too hot."
    expect_out "You make the coffee the way she never liked it"
}

test_inline_conditions_here_and_taken() {
    rk_in "$PATH_EARLY" --seed 1 "$FEATURES"
    expect_status 0
    screens >/dev/null
    # s.here.cold is set only from the second visit to the flat
    in_screen 3 "The tea is still too hot. Nobody made it for you."
    # "Make tea" is taken on the fourth visit; the cycle turns until then
    in_screen 5 "The tea has gone cold. Nobody will."
    # emphasis markers never reach plain output
    in_screen 6 "The tea has gone cold. Nobody made it for you."
    in_screen 7 "The tea has gone cold. You made it yourself, which counts."
    expect_no_out "*"
    # here does not outlive the visit: no scene but the flat says it
    not_in_screen 4 "too hot"
}

test_gather_and_glue_join_a_choice_to_what_follows() {
    rk_in "$PATH_EVENING" --seed "$SEED_HOME" "$FEATURES"
    expect_status 0
    expect_out '  "Yes," you say, and go to find your coat.'
    # back from the call, the go of "Ring Nell" runs: the coat, then the street
    expect_seq 'go to find your coat|hook by the door|smells of rain' \
        "go to find your coat hook by the door smells of rain"
}

test_conditional_call_runs_only_when_its_function_names_a_scene() {
    rk_in "$PATH_EVENING" --seed "$SEED_HOME" "$FEATURES"
    expect_no_out "You think of the text you sent."
    rk_in 'Robin\n1\ntea\ntext\nring\nsay yes\n10\nlet\nwalk\nkeep\n' --seed "$SEED_HOME" "$FEATURES"
    expect_status 0
    expect_seq 'hook by the door|text you sent|smells of rain' "hook by the door text you sent smells of rain"
}

test_page_break_pauses_nobody_when_input_is_a_script() {
    rk_in "$PATH_EVENING" --seed "$SEED_HOME" "$FEATURES"
    expect_status 0
    expect_no_out "read on"
    ! grep -q $'\f' "$T/out" || fail "a form feed reached the output"
}

test_sets_keep_their_words() {
    rk_in 'Robin\n1\ntea\nmake\nring\nsay yes\n10\nlet\nwalk\n' --seed 1 "$FEATURES"
    expect_status 0
    expect_out "You have the mug, and that is yours."
    rk_in "$PATH_EVENING" --seed "$SEED_HOME" "$FEATURES"
    expect_out "The Long Way Home"
    expect_no_out "You have"
}

test_achievement_is_announced_once_and_kept() {
    rk_in "$PATH_EVENING" --seed "$SEED_HOME" "$FEATURES"
    expect_status 0
    expect_out "Achievement: Coat On."
    rk_in 'Robin\n1\ntea\nendings\nquit\n' --seed 1 "$FEATURES"
    expect_out "Coat On"
    # earned again: not announced again
    rk_in "$PATH_EVENING" --seed "$SEED_HOME" "$FEATURES"
    expect_no_out "Achievement: Coat On."
}

test_included_file_plays_as_part_of_the_story() {
    # the street and the evening live in features-evening.lua
    rk_in "$PATH_EVENING" --seed "$SEED_HOME" "$FEATURES"
    expect_out "Outside, the air is cold and smells of rain."
    expect_out "The park is nearly empty."
}

test_sequence_cycle_once_only_across_visits() {
    rk_in "$PATH_EARLY" --seed 1 "$FEATURES"
    expect_status 0
    [ "$(screens)" = 11 ] || fail "expected 11 screens (name, drink, 6 flat, 3 phone)"
    # six visits to the flat: screens 3 4 5 6 8 10 (after each phone, the flat)
    expect_seq 'Morning\.|Noon\.|Evening\.' "Morning. Noon. Evening. Evening. Evening. Evening."
    expect_seq 'fridge hums|tap drips|bus goes past' \
        "fridge hums tap drips bus goes past fridge hums tap drips bus goes past"
    expect_seq 'slept in your clothes|still have not changed' "slept in your clothes still have not changed"
    in_screen 3 "You slept in your clothes."
    in_screen 5 "You still have not changed."
    not_in_screen 6 "You slept"
    not_in_screen 6 "not changed"
    # shuffle: one of its texts on every visit to the flat
    [ "$(seq_of 'radio next door|Someone laughs' | wc -w)" -ge 6 ] || fail "shuffle did not show a text each visit"
}

test_variations_advance_once_per_visit_not_per_answer() {
    # wrong answers, hints and help do not advance them: the next visit shows the next text
    rk_in 'Robin\n1\ntea\nzzz\n9\ndelete\nhelp\nmake\nmake\n' --seed 1 "$FEATURES"
    expect_status 3
    expect_seq 'Morning\.|Noon\.|Evening\.' "Morning. Noon."
    expect_seq 'fridge hums|tap drips|bus goes past' "fridge hums tap drips"
}

test_shuffle_follows_the_seed() {
    local seed seen=""
    for seed in 1 2 3 4 5 6 7 8; do
        rk_in 'Robin\n1\ntea\nmake\ndelete\n' --seed "$seed" "$FEATURES"
        seen="$seen $(seq_of 'radio next door|Someone laughs' | head -c 6)"
    done
    case "$seen" in *radio*) ;; *) fail "shuffle never showed the radio in 8 seeds:$seen" ;; esac
    case "$seen" in *Someon*) ;; *) fail "shuffle never showed the laugh in 8 seeds:$seen" ;; esac
}

test_visits_and_turns_since() {
    rk_in "$PATH_EARLY" --seed 1 "$FEATURES"
    screens >/dev/null
    not_in_screen 3 "Phone checks" # visits("phone") is 0 before the first look
    in_screen 4 "Phone check number 1. Nothing from Robin."
    in_screen 5 "Phone checks so far: 1. Turns since the last: 1."
    in_screen 6 "Phone checks so far: 1. Turns since the last: 2."
    in_screen 7 "Phone checks so far: 1. Turns since the last: 3."
    in_screen 8 "Phone check number 2."
    in_screen 9 "Phone checks so far: 2. Turns since the last: 1."
    in_screen 10 "Phone check number 3."
    in_screen 11 "Phone checks so far: 3. Turns since the last: 1."
}

test_once_and_when() {
    rk_in "$PATH_EARLY" --seed 1 "$FEATURES"
    screens >/dev/null
    # once: "Text her" and "Make tea" are gone after they are taken
    in_screen 5 "Text her"
    not_in_screen 6 "Text her"
    in_screen 6 "Make tea"
    not_in_screen 7 "Make tea"
    # when: Ring Nell up to the 4th visit to the flat, the phone for 3 looks
    in_screen 7 "Ring Nell"
    not_in_screen 9 "Ring Nell"
    in_screen 9 "Check your phone"
    not_in_screen 11 "Check your phone"
}

test_closed_choice_is_shown_with_its_reason_and_refused() {
    rk_in 'Robin\n1\ntea\ndelete\n5\nmake\ndelete\n' --seed 1 "$FEATURES"
    expect_status 0
    screens >/dev/null
    in_screen 3 "    -  Delete her number  (not yet; your hands are shaking)"
    # numbers skip it: four choices can be taken
    in_screen 3 "    4  Ring Nell"
    expect_out "You can't choose that now (not yet; your hands are shaking)."
    expect_out "There are 4 choices: type a number from 1 to 4."
    # after tea (patience 60) it opens, with a number and no reason
    in_screen 4 "    4  Delete her number"
    not_in_screen 4 "hands are shaking"
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
    rk_in 'Robin\n1\ntea\ngo to bed\n' --seed 1 "$FEATURES"
    expect_status 3
    expect_out "No choice starts like that."
}

test_call_returns_to_the_caller() {
    rk_in 'Robin\n1\ntea\ncheck\nput\n' --seed 1 "$FEATURES"
    expect_status 3
    expect_err "input ended before an ending, after 2 choices (at \"The flat\")"
    [ "$(screens)" = 5 ] || fail "expected the drink, the flat, the phone, the flat"
    in_screen 4 "Phone check number 1."
    in_screen 4 "    1  Put it down"
    in_screen 5 "Phone checks so far: 1."
}

test_call_returns_to_its_go() {
    rk_in 'Robin\n1\ntea\nring\nsay yes\n10\n' --seed 1 "$FEATURES"
    expect_status 3
    expect_err "input ended before an ending, after 2 choices (at \"The evening\")"
    screens >/dev/null
    in_screen 4 "Nell picks up on the first ring."
    # back from nell, the go of "Ring Nell": the coat flows on to the wait
    in_screen 5 "hook by the door"
    in_screen 5 "How many do you give her"
    not_in_screen 5 "draining board"
    in_screen 6 "Outside, the air is cold"
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
        rk_in 'Robin\n1\ntea\ntext\nring\nsay yes\n10\nlet\n1\n' --seed "$seed" "$FEATURES"
        expect_status 0
        grep -qF "Your feet take you to her street" "$T/out" && street=$((street + 1))
    done
    [ "$street" -gt 0 ] || fail "their-street never picked in 20 seeds once its when holds"
}

test_same_seed_and_answers_give_the_same_transcript() {
    local seed path
    for path in "$PATH_EARLY" "$PATH_EVENING" 'Robin\n1\ntea\ntext\nring\nsay yes\n10\nlet\n1\n'; do
        for seed in 1 2 3 77; do
            # each play as the first: endings found and achievements are news once
            rm -rf "$REKINDLE_DATA"
            rk_in "$path" --seed "$seed" "$FEATURES"
            cp "$T/out" "$T/first"
            rm -rf "$REKINDLE_DATA"
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

# ===================== a story in several files =====================

# A story in the folder $T/two: story.lua includes parts/road.lua.
two_files() {
    mkdir -p "$T/two/parts"
    cat >"$T/two/story.lua" <<'LUA'
story { id = "two", title = "Two", start = "home" }

scene "home" { "Home.", choice "Leave" { go = "road" } }

include "parts/road.lua"
include "parts/road.lua"
LUA
    cat >"$T/two/parts/road.lua" <<'LUA'
-- the road, in a file of its own
scene "road" { "The road.", choice "Walk" { go = "end" } }

ending "end" { title = "End", kind = "growth", "Walked." }
LUA
}

test_a_folder_plays_its_story_lua_and_its_includes() {
    two_files
    rk_in 'leave\nwalk\n' "$T/two"
    expect_status 0
    expect_out "The road."
    expect_out "Walked."
    # twice included, once run: no "declared twice"
    rk check "$T/two"
    expect_status 0
    rk_in 'leave\nwalk\n' "$T/two/story.lua"
    expect_status 0
}

test_a_folder_without_story_lua_says_so() {
    mkdir -p "$T/empty"
    rk "$T/empty"
    expect_status 1
    expect_err "a folder without a story.lua"
}

test_errors_in_an_included_file_name_it_and_its_line() {
    two_files
    sed -i 's/go = "end"/go = "nowhere"/' "$T/two/parts/road.lua"
    rk check "$T/two"
    expect_status 1
    expect_err "two/parts/road.lua:$(line_of "$T/two/parts/road.lua" '"Walk"'): "
    expect_err "nowhere"
    # a syntax error there is explained in the writer's words, with its file
    printf 'scene "road" {\n  "The road."\n  choice "Walk" { go = "end" },\n}\n' >"$T/two/parts/road.lua"
    rk check "$T/two"
    expect_status 1
    expect_err "two/parts/road.lua:2: error: missing comma at the end of this line?"
}

test_include_takes_only_files_of_the_story_folder() {
    two_files
    local name
    for name in ../outside.lua /etc/passwd.lua parts/road.txt; do
        sed -i "s#^include \".*\"\$#include \"$name\"#" "$T/two/story.lua"
        rk check "$T/two"
        expect_status 1
        expect_err "include \"$name\": a .lua file of the story's own folder"
    done
    # nor, through a link, a file outside it
    echo 'scene "road" { "Stolen." }' >"$T/outside.lua"
    ln -s "$T/outside.lua" "$T/two/link.lua"
    sed -i 's#^include ".*"$#include "link.lua"#' "$T/two/story.lua"
    rk check "$T/two"
    expect_status 1
    expect_err "include \"link.lua\": it is a link to a file outside the story's folder"
    # a file that is not there
    sed -i 's#^include ".*"$#include "gone.lua"#' "$T/two/story.lua"
    rk check "$T/two"
    expect_status 1
    expect_err "two/story.lua:$(line_of "$T/two/story.lua" 'gone.lua'): error: include: "
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

# ===================== errors a writer can act on =====================
# Each in its exact words: the mistakes people make most while writing.

# expect_error_at FILE TEXT MESSAGE: stderr has "FILE:LINE: MESSAGE", at
# the line where TEXT first stands.
expect_error_at() {
    expect_err "$1:$(line_of "$1" "$2"): $3"
}

# A scene "a" whose first paragraph is $1 (Lua), a choice to the ending.
one_scene() {
    story "$1" <<LUA
story { id = "e", title = "E", start = "a", vars = { teacup = 0 } }
scene "bunk_opts" { "Bunk.", choice "Back" { go = "a" } }
scene "a" {
  $2,
  choice "Wait" { go = "z" },
}
ending "z" { title = "Z", "Z." }
LUA
}

test_error_a_missing_comma_is_named_at_its_line() {
    story comma <<'LUA'
story { id = "c", title = "C", start = "a" }
scene "a" {
  "The kettle.",
  choice "Wait" { go = "z" }
  choice "Go" { go = "z" },
}
ending "z" { title = "Z", "Z." }
LUA
    rk check comma.lua
    expect_status 1
    expect_err "comma.lua:4: error: missing comma at the end of this line? (Lua: '}' expected (to close '{' at line 2) near 'choice')"
}

test_error_an_unclosed_long_string_is_named_where_it_opens() {
    story bracket <<'LUA'
story { id = "c", title = "C", start = "a" }
scene "a" {
  [[The kettle.
  choice "Wait" { go = "z" },
}
ending "z" { title = "Z", "Z." }
LUA
    rk check bracket.lua
    expect_status 1
    expect_err "bracket.lua:3: error: this [[ is never closed with ]] (Lua: unfinished long string (starting at line 3) near <eof>)"
}

test_error_an_undeclared_variable_suggests_the_declared_one() {
    one_scene var 'function(s) s.teacpu = 1 end'
    rk_in 'wait\n' var.lua
    expect_status 1
    expect_error_at var.lua teacpu "'teacpu' is not a variable or meter declared in story { ... } (did you mean 'teacup'?)"
}

test_error_a_variable_without_s_says_how_to_read_it() {
    one_scene bare 'function(s) if teacup > 0 then return "Tea." end end'
    rk_in 'wait\n' bare.lua
    expect_status 1
    expect_error_at bare.lua 'if teacup' "'teacup' is not defined: the story's variables are read as s.teacup"
}

test_error_a_scene_name_without_quotes_says_to_quote_it() {
    one_scene unquoted 'function(s) if visits(bunk_opts) > 0 then return "Again." end end'
    rk_in 'wait\n' unquoted.lua
    expect_status 1
    expect_error_at unquoted.lua 'visits(bunk_opts)' "'bunk_opts' is not defined: a scene's name goes in quotes, \"bunk_opts\""
    # and visits given something else says what it takes
    one_scene notext 'function(s) if visits(nil) > 0 then return "Again." end end'
    rk_in 'wait\n' notext.lua
    expect_error_at notext.lua 'visits(nil)' "visits takes a scene name in quotes, like visits(\"kitchen\"), not nil"
}

test_error_a_misspelt_function_suggests_the_right_one() {
    one_scene typo 'function(s) if vists("a") > 1 then return "Again." end end'
    rk_in 'wait\n' typo.lua
    expect_status 1
    expect_error_at typo.lua vists "'vists' is not defined (did you mean 'visits'?)"
}

test_error_a_new_global_after_loading_is_refused() {
    one_scene global 'function(s) count = 1 end'
    rk_in 'wait\n' global.lua
    expect_status 1
    expect_error_at global.lua 'count = 1' "'count' would be a new global, made after the story loaded: keep a play's state in s (declared in vars), or make it local"
}

test_error_a_helper_used_above_its_definition() {
    story helper <<'LUA'
story { id = "c", title = "C", start = "a" }
scene "a" {
  function(s) return greeting(s) end,
  choice "Wait" { go = "z" },
}
local function greeting(s) return "Hello." end
ending "z" { title = "Z", "Z." }
LUA
    rk check helper.lua
    expect_status 0
    expect_err "helper.lua:3: warning: 'greeting' is used above the line that defines it (6): a local function is known only below its definition, so move it up"
    rk_in 'wait\n' helper.lua
    expect_status 1
    expect_err "helper.lua:3: 'greeting' is not defined: it is a local function of helper.lua:6, and a local is known only below its definition (move it up)"
    # above it in a string or a comment, or as a field, is no use of it
    story fine <<'LUA'
story { id = "c", title = "C", start = "a" }
-- greeting(s) comes below
scene "a" {
  "Say greeting(s) to her.",
  function(s) return s.greeting end,
  choice "Wait" { go = "z" },
}
local function greeting(s) return "Hello." end
ending "z" { title = "Z", "Z." }
LUA
    rk check fine.lua
    ! grep -qF "used above" "$T/err" || fail "a string, a comment or a field counted as a use"
}

test_error_a_hyphen_in_a_kind_says_why() {
    story kinds <<'LUA'
story { id = "c", title = "C", start = "a", kinds = { "the-end" } }
scene "a" { choice "Wait" { go = "z" } }
ending "z" { title = "Z", "Z." }
LUA
    rk check kinds.lua
    expect_status 1
    expect_err "kinds.lua:1: error: story: kind 'the-end' is not a word: use letters, digits and _ (a '-' is not allowed: write 'the_end' for 'the-end')"
}
