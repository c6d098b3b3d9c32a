# The developer's console (--dev, --from): jumping, looking at and setting
# the state, running story code, the hidden choices, and the path that
# replays it all. Off without --dev, so a shipped story stays clean.

# A copy in the test's own folder, named without a path: the console's
# messages name the file, and a long checkout path would wrap them.
FEATURES=features.lua
features() { cp "$ROOT"/tests/stories/features*.lua .; }

test_console_is_off_without_dev() {
    features
    rk_in 'Robin\n1\ntea\n:vars\nquit\n' --seed 1 "$FEATURES"
    expect_out "No choice starts like that."
    expect_no_out "patience = 50"
}

test_console_shows_and_sets_the_state() {
    features
    rk_in 'Robin\n1\n:vars\n:set drink coffee\n:set patience 70\n:set patience nan\n:set walked maybe\n:set nosuch 1\n\nquit\n' --dev --seed 1 "$FEATURES"
    expect_status 0
    expect_out '  drink = "tea"'
    expect_out "  patience = 50 (a meter)"
    expect_out "  kept = {}"
    expect_out "(Enter keeps coffee.)"
    expect_out "meter 'patience' takes a number from 0 to 100" # not NaN, which no clamp holds
    expect_out "variable 'walked' holds true or false"
    expect_out "no variable or meter is called 'nosuch'"
    # the set is kept: Enter took coffee, and the flat says so
    expect_out "The coffee is still too hot."
}

test_console_runs_story_code_with_the_state() {
    features
    rk_in 'Robin\n1\ntea\n:eval s.patience + 1, visits("flat")\n:eval s.kept:add("the mug")\n:eval s.kept:count()\n:eval nosuch\nquit\n' --dev --seed 1 "$FEATURES"
    expect_out "  51, 1"
    expect_out "  1"
    expect_out "'nosuch' is not defined"
}

test_console_jumps_and_the_path_replays_it() {
    features
    rk_in 'Robin\n1\n:goto street\n:path\nundo\n:goto nowhere\nquit\n' --dev --seed 1 "$FEATURES"
    expect_out "Outside, the air is cold and smells of rain."
    expect_out "Seed 1; answers: =Robin,@she,!street"
    expect_out "no scene is called 'nowhere'"
    # the path with its jump replays to the same place
    rk_in 'let\n' --seed 1 --replay '=Robin,@she,!street' "$FEATURES"
    expect_out "Let the evening decide"
    # --from starts there
    rk_in 'let\nwalk\n' --from park --seed 2 "$FEATURES"
    expect_status 0
    expect_out "The park is nearly empty."
    expect_no_out "Whose name is still"
    rk_in '' --from nowhere "$FEATURES"
    expect_status 2
    expect_err "rekindle: --from: no scene is called 'nowhere'"
}

test_console_says_why_choices_are_hidden() {
    features
    rk_in 'Robin\n1\ntea\nmake\n:hidden\nquit\n' --dev --seed 1 "$FEATURES"
    expect_out "Make tea ($FEATURES:$(grep -n 'choice "Make tea"' "$FEATURES" | cut -d: -f1)): once only, and taken"
    expect_out "Go to bed early ($FEATURES:$(grep -n 'choice "Go to bed early"' "$FEATURES" | cut -d: -f1)): a fallback"
}
