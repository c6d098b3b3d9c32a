# The command line: options, exit statuses, scripted input, error messages.

test_help_lists_every_option() {
    rk --help
    expect_status 0
    for opt in --seed --replay --width --no-color --time-limit --memory-limit --help --version list check randomtest quicktest --markdown --strict --runs --max-steps --jobs --json --coverage --max-states; do
        expect_out "$opt"
    done
}

test_version() {
    rk --version
    expect_status 0
    expect_out "rekindle "
}

test_unknown_option_is_a_usage_error() {
    rk --frobnicate
    expect_status 2
    expect_err "unknown or incomplete option '--frobnicate'"
    expect_err "Try 'rekindle --help'"
}

test_bad_option_values_are_usage_errors() {
    for args in "--seed abc" "--seed -1" "--width 5" "--width x" "--time-limit 0" "--memory-limit lots"; do
        # shellcheck disable=SC2086
        rk $args "$ROOT/tests/stories/mini.lua"
        expect_status 2
        expect_err "rekindle: "
    done
}

test_too_many_arguments() {
    rk a.lua b.lua
    expect_status 2
    expect_err "too many arguments"
}

test_missing_story_file_is_a_usage_error() {
    rk "$T/nope.lua"
    expect_status 2
    expect_err "no story file"
}

test_list_shows_bundled_stories() {
    rk list
    expect_status 0
    for f in "$ROOT"/stories/*.lua; do
        expect_out "$f"
    done
}

test_scripted_play_reaches_an_ending() {
    rk_in 'Robin\n1\n2\n' --seed 1 "$ROOT/tests/stories/mini.lua"
    expect_status 0
    expect_out "Robin said she needs space"
    expect_out "Quiet Kitchen"
    expect_out "What helped: Put the phone away"
}

test_input_ending_early_is_status_3() {
    rk_in 'Robin\n1\n' "$ROOT/tests/stories/mini.lua"
    expect_status 3
    expect_err "input ended before an ending, after 0 choices (at \"It has been three days since Robin…\")"
}

test_choice_by_start_of_text() {
    rk_in 'Robin\nhe\nput the phone\n' --seed 1 "$ROOT/tests/stories/mini.lua"
    expect_status 0
    expect_out "Quiet Kitchen"
}

test_bad_input_gets_a_hint_and_the_same_prompt() {
    rk_in 'Robin\n3\n\n9\n0\nzzz\nwr\n2\n' --seed 1 "$ROOT/tests/stories/mini.lua"
    expect_status 0
    expect_out "Type the number of a choice, or help."
    expect_out "There are 3 choices: type a number from 1 to 3."
    expect_out "No choice starts like that."
    expect_out "Quiet Kitchen"
}

test_ambiguous_prefix_gets_a_hint() {
    rk_in 'Robin\n3\nw\n2\n' "$ROOT/tests/stories/mini.lua"
    expect_status 0
    expect_out "That fits more than one choice"
}

test_help_command_shows_the_commands() {
    rk_in 'Robin\n3\nhelp\nquit\n' --seed 4242 "$ROOT/tests/stories/mini.lua"
    expect_status 0
    expect_out "quit"
    expect_out "If the window changes size, again shows the scene anew"
    expect_no_out "--seed 4242" # a seed alone cannot replay a play: help does not offer it
}

test_quit_is_status_0() {
    rk_in 'Robin\n3\nquit\n' "$ROOT/tests/stories/mini.lua"
    expect_status 0
}

test_no_styling_when_output_is_not_a_terminal() {
    rk_in 'Robin\n1\n2\n' "$ROOT/tests/stories/mini.lua"
    if grep -q $'\033' "$T/out"; then fail "escape sequences in piped output"; fi
}

test_width_option_wraps_text() {
    rk_in 'Robin\n1\n2\n' --width 30 "$ROOT/tests/stories/mini.lua"
    expect_status 0
    local widest
    widest=$(wc -L <"$T/out")
    [ "$widest" -le 30 ] || fail "a line is $widest columns wide at --width 30"
}

test_default_width_is_80_when_piped() {
    rk_in 'Robin\n1\n2\n' "$ROOT/tests/stories/mini.lua"
    local widest
    widest=$(wc -L <"$T/out")
    [ "$widest" -le 80 ] || fail "a line is $widest columns wide"
    [ "$widest" -gt 60 ] || fail "text wrapped far narrower than 80 ($widest)"
}

test_same_seed_same_transcript() {
    rk_in 'Robin\n3\n1\n1\n2\n' --seed 77 "$ROOT/tests/stories/chance.lua"
    cp "$T/out" "$T/first"
    rk_in 'Robin\n3\n1\n1\n2\n' --seed 77 "$ROOT/tests/stories/chance.lua"
    cmp -s "$T/out" "$T/first" || fail "two plays with seed 77 differ"
}

test_different_seeds_can_differ() {
    local seed outs=""
    for seed in 1 2 3 4 5 6 7 8; do
        rk_in 'Robin\n3\n1\n1\n2\n' --seed $seed "$ROOT/tests/stories/chance.lua"
        outs="$outs$(md5sum <"$T/out")"$'\n'
    done
    [ "$(printf '%s' "$outs" | sort -u | wc -l)" -gt 1 ] || fail "eight seeds gave one transcript"
}
