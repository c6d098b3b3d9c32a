# The terminal: the real binary in a pseudo-terminal under tmux, checked on
# the screen as a person sees it (readline, Tab, history, Ctrl-C and Ctrl-D,
# styles, wrapping at the window's width, resizes).
#
# The tmux helpers are in tests/tmux.sh: each test has its own tmux server,
# and the pane records the terminal's modes (stty -a) in $T/stty when the
# engine has ended.

source "$ROOT/tests/tmux.sh"
MINI=$ROOT/tests/stories/mini.lua

# Starts mini.lua in a COLS x ROWS window and answers the name question with
# Robin and the pronoun question with she/her; waits at the kitchen prompt.
start_mini() {
    tm_start "$1" "$2" "${@:3}" -- --seed 7 "$MINI"
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_answer Robin
    tm_flat | grep -qF "Which pronouns should the story use for Robin?" || tm_fail "no pronoun question"
    tm_answer 1
    tm_flat | grep -qF "It has been three days since Robin said she needs space." || tm_fail "no kitchen scene"
}

# ------------------------------------------------------------------ tests

test_play_mini_to_its_ending() {
    start_mini 80 24
    tm_answer 3
    tm_answer 1
    tm_has "You have sent 1 texts." || tm_fail "the text was not counted"
    tm_keys -l 2
    tm_keys Enter
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    local screen
    screen=$(tm_screen)
    # the heart of it on one screen: title and kind, text, reflection, the
    # meters from where they started, the turning points, what next
    for text in "Quiet Kitchen" "ending: growth" "The kettle clicks off. Robin will call when she is ready" \
        "Waiting without watching is a kind of respect." "What helped: Put the phone away" \
        "What cost you: Write her one more text" "Endings found: 1 of 1. Play again, undo, restore, endings, menu or quit?"; do
        grep -qF -- "$text" <<<"$screen" || tm_fail "the outcome screen lacks: $text"
    done
    # patience 50 +5 -10 +10 = 55, respect 50: a bar, the value, where it started
    grep -qE '^  patience +█+░+ +55 from 50 +respect +█+░+ +50 from 50$' <<<"$screen" ||
        tm_fail "no meters for patience 55 and respect 50, from 50"
    # the full list is one command away
    tm_answer recap
    tm_has "Every unanswered text asks for an answer." || tm_fail "recap at the end lacks a note"
    tm_keys Enter
    tm_expect_exit 0
}

test_undo_at_an_ending_really_undoes() {
    start_mini 80 24
    tm_answer 2
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    tm_answer undo
    tm_wait "Undone."
    tm_wait_prompt
    tm_has "Put the phone away" 2 || tm_fail "undo did not go back to the kitchen"
    tm_answer 3
    [ "$(tm_count "Write in your journal instead")" = 2 ] || tm_fail "the play did not go on after undo"
    tm_quit
}

test_endings_not_found_show_the_writers_hints() {
    story hints <<'LUA'
story { id = "hints", title = "Hints", start = "a" }
scene "a" { choice "Stay" { go = "stay" }, choice "Go" { go = "go" } }
ending "stay" { title = "Stayed", hint = "What if you never left?", "You stay." }
ending "go" { title = "Went", "You go." }
LUA
    tm_start 80 24 -- "$T/hints.lua"
    tm_wait_prompt
    tm_answer go
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    tm_answer endings
    tm_has "Endings found: 1 of 2." || tm_fail "no count of endings"
    tm_has "  Went" || tm_fail "the ending found is not listed"
    tm_has "(not yet) What if you never left?" || tm_fail "no hint for the ending not found"
    tm_has "Stayed" && tm_fail "an ending not found was named"
    tm_answer menu # from a story named on the command line: the menu
    tm_wait "rekindle: stories about patience and respect"
    tm_quit
}

test_play_again_starts_over() {
    start_mini 80 24
    tm_keys -l 2
    tm_keys Enter
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    tm_keys -l y
    tm_keys Enter
    tm_wait "What is their name?" 2
    tm_wait_prompt
    tm_keys C-d
    tm_expect_exit 0
}

test_tab_completes_a_choice() {
    start_mini 80 24
    tm_keys -l Put
    tm_keys Tab
    tm_wait_line "> Put the phone away"
    tm_keys Enter
    tm_wait "Quiet Kitchen"
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    tm_keys Enter
    tm_expect_exit 0
}

test_tab_completes_a_command() {
    start_mini 80 24
    tm_keys -l he
    tm_keys Tab
    tm_wait_line "> help"
    tm_keys Enter
    tm_wait "show this help"
    tm_wait_prompt
}

test_choice_by_start_of_text() {
    start_mini 80 24
    tm_answer "write her"
    tm_has "You have sent 1 texts." || tm_fail "'write her' did not choose the first choice"
    tm_keys -l "put the PHONE"
    tm_keys Enter
    tm_wait "Quiet Kitchen"
}

test_bad_input_hints_without_redrawing() {
    start_mini 80 24
    tm_answer ""
    tm_answer 9
    tm_answer zzz
    local got want
    got=$(tm_text | grep -v '^EXIT:' | sed '/^$/d' | tail -n 7)
    want=">
  Type the number of a choice, or help.
> 9
  There are 3 choices: type a number from 1 to 3.
> zzz
  No choice starts like that. Type a number from 1 to 3, or help.
>"
    [ "$got" = "$want" ] || tm_fail "expected hints under the same prompt, got:
$got"
    [ "$(tm_count "It has been three days")" = 1 ] || tm_fail "the scene was drawn again"
    # The choices are still on the screen above the hints.
    tm_screen | grep -qF "3  Write in your journal instead" || tm_fail "the choices scrolled away"
}

test_help_shows_commands_and_what_a_resize_needs() {
    tm_start 80 24 -- --seed 4242 "$MINI"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_answer help
    local screen
    screen=$(tm_screen)
    for text in "show this help" "stop playing" "undo" "save [NAME]" "Tab completes"; do
        grep -qF -- "$text" <<<"$screen" || tm_fail "help lacks: $text"
    done
    tm_flat | grep -qF "again shows the scene anew" || tm_fail "help does not say what a resize needs"
    tm_quit
}

test_quit_exits_0() {
    start_mini 80 24
    tm_quit
    tm_expect_sane_tty
}

test_ctrl_d_at_a_prompt_exits_0() {
    start_mini 80 24
    tm_keys C-d
    tm_expect_exit 0
    tm_expect_sane_tty
}

test_ctrl_d_at_the_name_question_exits_0() {
    tm_start 80 24 -- "$MINI"
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_keys C-d
    tm_expect_exit 0
}

test_ctrl_c_clears_a_line_then_leaves_and_restores_the_terminal() {
    start_mini 80 24
    tm_keys -l "half typ"
    tm_wait_line "> half typ"
    # while typing, Ctrl-C clears the line, as in a shell
    tm_keys C-c
    tm_wait_line ">"
    tm_ended && tm_fail "Ctrl-C on a line being typed ended the play"
    tm_answer 3
    [ "$(tm_count "Write in your journal instead")" = 1 ] || tm_fail "the line after Ctrl-C was not read"
    # on an empty line it leaves, and says the play is kept
    tm_keys C-c
    tm_expect_exit 130
    tm_flat | grep -qF "Your play is kept: rekindle $MINI continues it." || tm_fail "no word that the play is kept"
    tm_expect_sane_tty
}

test_ctrl_d_and_quit_say_the_play_is_kept() {
    start_mini 80 24
    tm_keys C-d
    tm_expect_exit 0
    tm_flat | grep -qF "Your play is kept: rekindle $MINI continues it." || tm_fail "Ctrl-D: no word that the play is kept"
    tm_start 80 24 -- "$MINI"
    tm_wait "Continue it? [Y/n]"
    tm_type ""
    tm_wait_prompt
    tm_quit
    tm_has "Your play is kept" || tm_fail "quit: no word that the play is kept"
}

test_a_typo_at_continue_asks_again_and_keeps_the_play() {
    start_mini 80 24
    tm_answer 3
    tm_quit
    local before
    before=$(cat "$REKINDLE_DATA/saves/mini/autosave.save")
    tm_start 80 24 -- "$MINI"
    tm_wait "Continue it? [Y/n]"
    tm_type "x"
    tm_wait "Type y or n (Enter is yes)."
    tm_wait "Continue it? [Y/n]" 2
    [ "$(cat "$REKINDLE_DATA/saves/mini/autosave.save")" = "$before" ] || tm_fail "a typo touched the autosave"
    tm_type "y"
    tm_wait_prompt
    [ "$(tm_count "Write in your journal instead")" = 0 ] || tm_fail "the play continued is not the one kept"
    tm_quit
}

test_ctrl_c_at_the_name_question_exits_130() {
    tm_start 80 24 -- "$MINI"
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_keys C-c
    tm_expect_exit 130
    tm_expect_sane_tty
}

# CPU time (ticks) the engine has used, for the one engine in the pane.
engine_ticks() {
    local pid
    pid=$(pgrep -P "$(tm display-message -p '#{pane_pid}')" | head -n 1)
    [ -n "$pid" ] || { echo -1; return; }
    awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo -1
}
ticks_over() { [ "$(engine_ticks)" -gt "$1" ]; }

test_ctrl_c_during_a_long_computation_exits_130() {
    story loop <<'LUA'
story { id = "loop", title = "Loop", start = "a", meters = { patience = 50 }, vars = { n = 0 } }
scene "a" { "Ready.", choice "Think forever" { go = "b" } }
scene "b" {
  function(s) while true do s.n = s.n + 1 end end,
  choice "Stop" { go = "e" },
}
ending "e" { title = "End", kind = "apart", "Done." }
LUA
    tm_start 80 24 -- --time-limit 600 "$T/loop.lua"
    tm_wait "Think forever"
    tm_wait_prompt
    local base
    base=$(engine_ticks)
    tm_keys -l 1
    tm_keys Enter
    # The story is busy once the engine has used a third of a second more.
    tm_until ticks_over $((base + 30)) || tm_fail "the story's loop did not start"
    tm_keys C-c
    tm_expect_exit 130
    tm_expect_sane_tty
}

tm_cursor_line_ends_with() { [[ $(tm_cursor_line) == *"$1" ]]; }

test_up_arrow_recalls_the_previous_answer() {
    tm_start 80 24 -- --seed 7 "$MINI"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 3
    tm_answer 1
    tm_has "You have sent 1 texts." || tm_fail "the first choice was not taken"
    tm_keys Up
    tm_wait_line "> 1"
    tm_keys Up
    tm_wait_line "> 3"
    # The name answer is not kept in the history: a third Up leaves "3".
    # (The x typed after it shows that readline has taken the Up.)
    tm_keys Up
    tm_keys -l x
    tm_until tm_cursor_line_ends_with x || tm_fail "the x typed never showed"
    tm_at_line "> 3x" || tm_fail "history went past the first choice: $(tm_cursor_line)"
    tm_keys BSpace
    tm_wait_line "> 3"
    tm_keys Down
    tm_wait_line "> 1"
    tm_keys Enter
    tm_wait "You have sent 2 texts."
}

test_up_arrow_reaches_answers_of_a_past_play() {
    tm_start 80 24 -- --seed 7 "$MINI"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_answer 3
    tm_quit
    [ -s "$REKINDLE_DATA/history" ] || tm_fail "no history kept beside the saves"
    tm_kill
    tm_start 80 24 -- --seed 7 "$MINI"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_keys Up
    tm_wait_line "> 1" # this play's own answer first
    tm_keys Up
    tm_wait_line "> quit" # then the last play's
    tm_keys Up
    tm_wait_line "> 3"
    tm_keys Enter
    [ "$(tm_count "Write in your journal instead")" = 1 ] || tm_fail "the recalled answer was not taken"
}

test_a_label_in_quotes_is_picked_by_its_words() {
    story quotes <<'LUA'
story { id = "quotes", title = "Quotes", start = "a" }
scene "a" {
  "She asks if you'll come.",
  choice "'Friends suits me. See you there.'" { go = "z" },
  choice "“Not tonight.”" { go = "z" },
}
ending "z" { title = "Z", "Z." }
LUA
    tm_start 80 24 -- "$T/quotes.lua"
    tm_wait_prompt
    tm_keys -l not
    tm_keys Tab
    tm_wait_line "> “Not tonight.”"
    tm_keys C-u
    tm_answer friends
    tm_wait "Z."
}

test_commands_work_at_a_name_question() {
    tm_start 80 24 -- --seed 7 "$MINI"
    tm_wait_prompt
    tm_answer help
    tm_has "show this help" || tm_fail "help at the name question did not help"
    [ "$(tm_count "What is their name?")" = 2 ] || tm_fail "the question was not asked again after help"
    tm_answer '"Quit"' # in quotes, a command's word is the answer
    tm_wait "Which pronouns should the story use for Quit?"
    tm_quit
}

test_choices_are_styled_on_a_terminal() {
    start_mini 80 24
    local screen
    screen=$(tm_screen -e)
    grep -qF $'\e[1m1\e[' <<<"$screen" || tm_fail "choice number 1 is not bold"
    grep -qF $'\e[1mMini\e[' <<<"$screen" || tm_fail "the story title is not bold"
    grep -qF $'\e[2mpatience' <<<"$screen" || tm_fail "the header's meters are not dim"
}

# No escape sequence anywhere: the whole history, captured with styles.
expect_no_styles() {
    tm capture-pane -p -e -S - | grep -qF $'\e[' && tm_fail "escape sequences on screen$1"
    true
}

test_no_color_env_gives_plain_text() {
    start_mini 80 24 NO_COLOR=1
    tm_wait "1  Write her one more text"
    expect_no_styles " with NO_COLOR=1"
}

test_no_color_option_gives_plain_text() {
    tm_start 80 24 -- --no-color --seed 7 "$MINI"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_keys -l 2
    tm_keys Enter
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    expect_no_styles " with --no-color"
}

test_forty_columns_wrap_at_forty() {
    start_mini 40 24
    tm_answer 1
    tm_keys -l 2
    tm_keys Enter
    tm_wait_flat "Play again, undo, restore, endings, menu or quit?"
    local widest
    widest=$(tm_widest)
    [ "$widest" -le 40 ] || tm_fail "a line is $widest columns wide in a 40-column window:
$(tm_text | awk 'length > 40')"
    [ "$widest" -ge 35 ] || tm_fail "the widest line is $widest columns: not using the window"
    local flat
    flat=$(tm_flat)
    for text in "It has been three days since Robin said she needs space." \
        "The kettle clicks off. Robin will call when she is ready, or she won't." \
        "Waiting without watching is a kind of respect." "Quiet Kitchen" "ending: growth" \
        "What helped: Put the phone away" "What cost you: Write her one more text"; do
        grep -qF -- "$text" <<<"$flat" || tm_fail "unreadable at 40 columns: $text"
    done
    tm_text | grep -qE '^  (patience|respect) +█*░* +[0-9]+ from 50$' || tm_fail "no meter bar at 40 columns"
}

test_wide_window_wraps_at_a_comfortable_measure() {
    start_mini 120 30
    tm_keys -l 2
    tm_keys Enter
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    local widest
    widest=$(tm_widest)
    [ "$widest" -le 76 ] && [ "$widest" -ge 70 ] || tm_fail "the widest line is $widest columns in a 120-column window, not 70 to 76"
}

pane_width_is() { [ "$(tm display-message -p '#{pane_width}')" = "$1" ]; }

test_resize_between_scenes_rewraps() {
    start_mini 80 24
    local before
    before=$(tm_text | grep -F "It has been three days")
    [ "$before" = "  It has been three days since Robin said she needs space." ] ||
        tm_fail "at 80 columns the paragraph should be one line, got: $before"
    tm resize-window -x 50 -y 24
    tm_until pane_width_is 50 || tm_fail "the window did not resize"
    tm_answer 1
    tm_has "You have sent 1 texts." || tm_fail "the choice was not taken"
    # The scene drawn after the resize: everything after the last "> 1" line.
    local after
    after=$(tm_text | awk '/^> 1$/ { n = NR } { line[NR] = $0 } END { for (i = n; i <= NR; i++) print line[i] }')
    local widest
    widest=$(LC_ALL=C.UTF-8 wc -L <<<"$after")
    [ "$widest" -le 50 ] || tm_fail "a line is $widest columns wide after resizing to 50"
    [ "$widest" -ge 45 ] || tm_fail "after resizing to 50 the widest line is $widest"
    grep -qx "  It has been three days since Robin said she" <<<"$after" ||
        tm_fail "the paragraph did not wrap at 50 columns:
$after"
}

test_empty_name_keeps_the_default() {
    tm_start 80 24 -- "$MINI"
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_answer ""
    tm_has "Which pronouns should the story use for Sam?" || tm_fail "the default name was not kept"
    tm_answer 2
    tm_has "It has been three days since Sam said he needs space." || tm_fail "Sam's scene is missing"
}

test_a_name_without_a_letter_is_asked_again() {
    tm_start 80 24 -- "$MINI"
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_has "(Enter keeps Sam.)" || tm_fail "the question does not say what Enter keeps"
    tm_answer 1
    tm_has "Type a name." || tm_fail "'1' was not refused as a name"
    [ "$(tm_count "Which pronouns")" = 0 ] || tm_fail "'1' was taken as a name"
    tm_answer Robin
    tm_has "Which pronouns should the story use for Robin?" || tm_fail "the second answer was not taken"
}

test_long_name_gets_a_hint_and_the_question_again() {
    tm_start 80 24 -- "$MINI"
    tm_wait "What is their name?"
    tm_wait_prompt
    local long
    long=$(printf 'x%.0s' $(seq 60))
    tm_answer "$long"
    local got
    got=$(tm_text | grep -v '^EXIT:' | sed '/^$/d' | tail -n 5)
    [ "$got" = "> $long
  Please keep it to 40 characters.
  What is their name?
  (Enter keeps Sam.)
>" ] || tm_fail "expected a hint and the question again, got:
$got"
    [ "$(tm_count "Which pronouns")" = 0 ] || tm_fail "a 60-character name was taken"
    tm_answer Robin
    tm_has "Which pronouns should the story use for Robin?" || tm_fail "the second answer was not taken"
}

test_control_characters_do_not_reach_the_screen() {
    tm_start 80 24 -- "$MINI"
    tm_wait "What is their name?"
    tm_wait_prompt
    local title
    title=$(tm display-message -p '#{pane_title}')
    # Ctrl-V puts the next key in the answer as it is: here ESC (a colour
    # change) and ESC ] ... BEL (a window title change).
    tm_keys -l Ro
    tm_keys C-v Escape
    tm_keys -l "[31m"
    tm_keys C-v Escape
    tm_keys -l "]2;pwned"
    tm_keys C-v C-g
    tm_keys -l bin
    tm_wait_line "> Ro^[[31m^[]2;pwned^Gbin"
    tm_keys Enter
    tm_wait "Which pronouns should the story use for Ro"
    tm_wait_prompt
    tm_answer 1
    tm capture-pane -p -e -S - | grep -qF $'\e[31m' && tm_fail "the ESC typed reached the terminal"
    [ "$(tm display-message -p '#{pane_title}')" = "$title" ] || tm_fail "the window title was changed"
    tm_has "It has been three days since Ro[31m]2;pwnedbin said she needs space." ||
        tm_fail "the name should be shown without its control characters"
}

test_default_story_renders() {
    local water=$ROOT/stories/water-on-thursdays.lua
    [ -f "$water" ] || return 0
    tm_start 80 24 -- --seed 3 "$water"
    tm_wait_prompt
    tm_answer Alex # it opens by asking for the person's name
    tm_answer 1
    tm_has "Alex" || tm_fail "no first scene with the name"
    tm_answer 1
    tm_answer 1
    local screen
    screen=$(tm_screen)
    grep -qE '^  Water on Thursdays( |$)' <<<"$screen" || tm_fail "no header with the title"
    grep -qE '^    1  [^ ]' <<<"$screen" || tm_fail "no numbered choices"
    local widest
    widest=$(tm_widest)
    [ "$widest" -le 80 ] || tm_fail "a line is $widest columns wide at 80"
    tm_has "water-on-thursdays.lua:" && tm_fail "the story reported an error"
    tm_quit
}
