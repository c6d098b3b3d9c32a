# Sessions on a terminal, in a pseudo-terminal under tmux: the offer to
# continue an autosave, the title menu, the "more" prompt, --plain, the
# transcript with colours on screen. (saves.sh covers the same commands with
# piped input.)
#
# The tmux helpers (tests/tmux.sh) record everything the engine writes,
# escape sequences included, in $T/raw.

source "$ROOT/tests/tmux.sh"
MINI=$ROOT/tests/stories/mini.lua
FEATURES=$ROOT/tests/stories/features.lua
CHANCE=$ROOT/tests/stories/chance.lua

# ------------------------------------------------------------- helpers

field() { sed -n "s/^$2 //p" "$1"; }
AUTOSAVE=$REKINDLE_DATA/saves/mini/autosave.save

# Starts mini.lua, answers Robin and she/her, waits at the kitchen.
start_mini() {
    tm_start "$1" "$2" "${@:3}" -- --seed 7 "$MINI"
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_wait "It has been three days since Robin said she needs space."
}

# ------------------------------------------------------------ continuing

OFFER="Continue it? [Y/n]"
# what the offer says of the play: where it stands, in the player's words
OFFER_PLACE='You have a play in progress: "It has been three days since Robin…", after 1 choice.'

# An autosave of mini at the kitchen after one text, made with piped input.
autosave_one_text() {
    rk_in 'Robin\n1\n1\nquit\n' --seed 7 "$MINI"
    expect_status 0
    [ "$(field "$AUTOSAVE" path)" = "=Robin,@she,write-them-one-more-text" ] || fail "no autosave to continue"
}

test_continue_yes_goes_back_to_the_same_scene() {
    autosave_one_text
    tm_start 80 24 -- "$MINI"
    tm_wait "$OFFER"
    tm_flat | grep -qF "$OFFER_PLACE" || tm_fail "the offer does not say where the play stands"
    tm_has "kitchen" && tm_fail "the offer names a scene"
    tm_has "What is their name?" && tm_fail "the story started before the answer"
    tm_type Y
    tm_wait "You have sent 1 texts."
    tm_wait_prompt
    tm_has "It has been three days since Robin said she needs space." || tm_fail "not Robin's kitchen"
    tm_has "What is their name?" && tm_fail "the name was asked"
    tm_answer stats
    tm_text | grep -qE '^  patience +█{8}░{12} +40 of 100$' || tm_fail "the meters were not restored"
    tm_answer 1
    tm_wait "You have sent 2 texts."
    tm_quit
    [ "$(field "$AUTOSAVE" path)" = "=Robin,@she,write-them-one-more-text,write-them-one-more-text" ] ||
        fail "the continued play was not autosaved: $(field "$AUTOSAVE" path)"
    # Enter alone is yes too
    tm_kill
    tm_start 80 24 -- "$MINI"
    tm_wait "You have a play in progress"
    tm_keys Enter
    tm_wait "You have sent 2 texts."
    tm_wait_prompt
}

test_continue_no_starts_afresh() {
    autosave_one_text
    tm_start 80 24 -- "$MINI"
    tm_wait "$OFFER"
    tm_type n
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_answer Kim
    tm_answer 2
    tm_wait "It has been three days since Kim said he needs space."
    tm_has "You have sent" && tm_fail "the old play went on"
    [ "$(field "$AUTOSAVE" path)" = "=Kim,@he" ] || fail "the fresh play did not replace the autosave: $(field "$AUTOSAVE" path)"
    tm_quit
}

test_no_offer_with_a_seed() {
    autosave_one_text
    tm_start 80 24 -- --seed 7 "$MINI"
    tm_wait "What is their name?"
    tm_has "in progress" && tm_fail "offered to continue with --seed"
    tm_wait_prompt
    tm_keys C-d
    tm_expect_exit 0
}

test_an_ending_on_a_terminal_ends_the_autosave() {
    start_mini 80 24
    [ -f "$AUTOSAVE" ] || fail "no autosave"
    tm_keys -l 2
    tm_keys Enter
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    tm_has "Endings found: 1 of 1." || tm_fail "the ending was not counted"
    tm_keys Enter
    tm_expect_exit 0
    [ ! -e "$AUTOSAVE" ] || fail "the autosave survived the ending"
    [ "$(cat "$REKINDLE_DATA/endings/mini")" = quiet ] || fail "the ending was not recorded"
    tm_kill
    tm_start 80 24 -- "$MINI"
    tm_wait "What is their name?"
    tm_has "in progress" && tm_fail "offered to continue a finished play"
    tm_wait_prompt
}

test_a_broken_autosave_is_reported_and_play_starts() {
    mkdir -p "$(dirname "$AUTOSAVE")"
    printf 'rekindle save 1\nstory mini\nhash 0\nseed \xc2\x9b1\n' >"$AUTOSAVE"
    tm_start 80 24 -- "$MINI"
    tm_wait "What is their name?"
    tm_flat | grep -qF "$AUTOSAVE: not a valid save: bad number in 'seed'" || tm_fail "no message naming the autosave"
    tm_has "in progress" && tm_fail "offered to continue a broken autosave"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_quit
}

# -------------------------------------------------------------- commands

test_undo_and_restore_on_a_terminal() {
    start_mini 80 24
    tm_answer 1
    tm_answer "save one"
    tm_has "Saved as 'one'." || tm_fail "not saved"
    tm_answer 1
    tm_wait "You have sent 2 texts."
    tm_answer undo
    tm_answer undo
    tm_has "Undone." 2 || tm_fail "no Undone."
    tm_answer "load one"
    tm_has "Restored 'one'." || tm_fail "not restored"
    # the screen after restoring is the one after the first text
    local last
    last=$(tm_text | awk '/^> load one$/ { n = NR } { l[NR] = $0 } END { for (i = n + 1; i <= NR; i++) print l[i] }')
    grep -qx "  You have sent 1 texts." <<<"$last" || tm_fail "not the saved scene: $last"
    tm_quit
}

test_tab_completes_commands_and_choices() {
    start_mini 80 24
    tm_keys -l rec
    tm_keys Tab
    tm_wait_line "> recap"
    tm_keys C-u
    tm_keys -l transc
    tm_keys Tab
    tm_wait_line "> transcript"
    tm_keys C-u
    tm_keys -l resto
    tm_keys Tab
    tm_wait_line "> restore"
    tm_keys C-u
    tm_keys -l "write i"
    tm_keys Tab
    tm_wait_line "> Write in your journal instead"
    tm_keys Enter
    tm_wait "It has been three days" 2
    tm_wait_prompt
}

test_transcript_has_no_styles_when_the_screen_has() {
    tm_start 80 24 -- --seed 7 --transcript "$T/log.txt" "$MINI"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_answer stats
    tm_answer recap
    tm_answer "transcript off"
    tm_answer "transcript on $T/second.txt"
    tm_answer 1
    tm_answer recap
    tm_keys -l 2
    tm_keys Enter
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    tm_keys Enter
    tm_expect_exit 0
    tm_screen -e -S - | grep -qF $'\e[1m' || tm_fail "no styles on screen: the test proves nothing"
    for f in log.txt second.txt; do
        [ -s "$T/$f" ] || fail "no transcript $f"
        ! grep -q $'\e' "$T/$f" || fail "escape bytes in $f"
    done
    grep -qx '> Robin' "$T/log.txt" || fail "the name is not in the transcript"
    grep -qx '  patience: 50 of 100' "$T/log.txt" || fail "stats not in words in the transcript"
    grep -qx '  No notes earned yet.' "$T/log.txt" || fail "recap not in the transcript"
    grep -qx '  - Write her one more text' "$T/second.txt" || fail "recap not plain in the transcript"
    ! grep -q '[█░■□─·]' "$T/log.txt" "$T/second.txt" || fail "glyphs in a transcript"
    grep -qx '> transcript off' "$T/log.txt" || fail "no 'transcript off' in the transcript"
    grep -qF "You have sent 1 texts." "$T/log.txt" && fail "the transcript went on after off"
    grep -qF "You have sent 1 texts." "$T/second.txt" || fail "the second transcript lacks the scene"
    grep -qx '> 2' "$T/second.txt" || fail "the second transcript lacks the answer"
    grep -qF "Ending: Quiet Kitchen (growth)" "$T/second.txt" || fail "the second transcript lacks the ending"
}

# ----------------------------------------------------------- the "more" prompt

# A scene of 24 short paragraphs: 47 lines, taller than the window.
tall_story() {
    {
        echo 'story { id = "tall", title = "Tall", start = "hall", meters = { patience = 50 } }'
        echo 'scene "hall" {'
        for i in $(seq 1 24); do echo "  \"Paragraph $i of the hall.\","; done
        echo '  choice "Leave" { go = "out" },'
        echo '}'
        echo 'ending "out" { title = "Out", kind = "growth", "You leave." }'
    } >"$T/tall.lua"
}

test_a_tall_scene_pauses_with_more() {
    tall_story
    tm_start 80 12 -- "$T/tall.lua"
    tm_wait "-- more --"
    tm_has "Paragraph 4 of the hall." || tm_fail "no text before the more prompt"
    tm_has "Paragraph 24 of the hall." && tm_fail "the whole scene was written without a pause"
    tm_has "1  Leave" && tm_fail "the choices were written without a pause"
    # Space shows the next page, and the marker is erased once passed
    tm_keys Space
    tm_wait "Paragraph 9 of the hall."
    [ "$(tm_count "-- more --")" = 1 ] || tm_fail "a passed marker stayed on screen"
    local i
    for ((i = 0; i < 10; i++)); do
        tm_has "1  Leave" && break
        tm_keys Enter
        sleep 0.3
    done
    tm_wait "1  Leave"
    tm_wait_prompt
    for i in $(seq 1 24); do tm_has "Paragraph $i of the hall." || tm_fail "paragraph $i was lost"; done
    # q shows the rest of the passage without stopping
    tm_type again
    tm_wait "-- more --"
    tm_keys q
    tm_wait "1  Leave" 2
    tm_wait_prompt
    # a number typed at the pause is kept for the answer
    tm_type again
    tm_wait "-- more --"
    tm_keys 1
    tm_wait_line "> 1"
    tm_keys Enter
    tm_wait "You leave."
}


test_a_short_scene_does_not_pause() {
    tall_story
    tm_start 80 60 -- "$T/tall.lua"
    tm_wait "1  Leave"
    tm_wait_prompt
    tm_has "-- more" && tm_fail "a scene shorter than the window paused"
    true
}

test_piped_input_never_pauses() {
    tall_story
    rk_in '1\n' "$T/tall.lua"
    expect_status 0
    expect_no_out "-- more"
    expect_out "Paragraph 24 of the hall."
    expect_out "You leave."
}

test_plain_more_prompt_says_press_enter() {
    tall_story
    tm_start 80 12 -- --plain "$T/tall.lua"
    tm_wait "-- more: press Enter --"
    tm_keys Enter
    tm_wait "-- more: press Enter --" 2
}

# ----------------------------------------------------------------- --plain

# expect_no_escapes WHAT: not a single ESC byte written (the raw output,
# readline's included) nor on screen.
expect_no_escapes() {
    [ -s "$T/raw" ] || tm_fail "nothing recorded"
    ! grep -q $'\e' "$T/raw" || tm_fail "escape sequences written$1: $(grep -ao $'\e[^a-zA-Z]*[a-zA-Z]' "$T/raw" | sort -u | head -5 | od -c | head -3)"
    tm capture-pane -p -e -S - | grep -qF $'\e[' && tm_fail "escape sequences on screen$1"
    true
}

plain_play() {
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_answer stats
    tm_has "patience: 50 of 100" || tm_fail "no 'patience: 50 of 100'"
    tm_has "respect: 50 of 100" || tm_fail "no 'respect: 50 of 100'"
    tm_answer recap
    tm_answer 1
    tm_answer recap
    tm_has "- Write her one more text" || tm_fail "no plain recap"
    tm_keys -l 2
    tm_keys Enter
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    tm_has "Ending: Quiet Kitchen (growth)" || tm_fail "no plain ending"
    tm_keys Enter
    tm_expect_exit 0
    tm_text | grep -q '[█░■□─·]' && tm_fail "glyphs with --plain"
    true
}

test_plain_writes_no_escape_sequences() {
    # the same play without --plain writes styles: the check can fail
    start_mini 80 24
    tm_quit
    grep -q $'\e' "$T/raw" || fail "no escapes without --plain: the recording does not work"
    tm_kill
    tm_start 80 24 -- --plain --seed 7 "$MINI"
    plain_play
    expect_no_escapes " with --plain"
}

test_term_dumb_is_plain() {
    tm_start 80 24 TERM=dumb -- --seed 7 "$MINI"
    plain_play
    expect_no_escapes " with TERM=dumb"
}

test_plain_piped_answers_are_not_echoed() {
    rk_in 'Robin\n1\nstats\n2\n' --plain --seed 7 "$MINI"
    expect_status 0
    expect_no_out "> Robin"
    expect_no_out "> stats"
    grep -q '^>' "$T/out" && fail "a prompt line was echoed with --plain"
    expect_out "patience: 50 of 100"
    ! grep -q $'\e' "$T/out" || fail "escape bytes with --plain"
    # without --plain they are echoed
    rk_in 'Robin\n1\nstats\n2\n' --seed 7 "$MINI"
    expect_out "> Robin"
    expect_out "> stats"
}

# ---------------------------------------------------------------- the menu

# A folder of three stories, the default among them (a copy of mini.lua
# under the default's file name) and one in a folder of its own (two
# files), and a copy of the engine: the engine also looks for stories
# beside itself, and those must not show.
library() {
    mkdir -p "$T/lib/the-day-after" "$T/lib/notes" "$T/bin"
    cp "$MINI" "$T/lib/water-on-thursdays.lua"
    cp "$FEATURES" "$T/lib/the-day-after/story.lua"
    cp "${FEATURES%.lua}-evening.lua" "$T/lib/the-day-after/"
    echo "not a story" >"$T/lib/notes/todo.txt"
    cp "$CHANCE" "$T/lib/chance.lua"
    cp "$REKINDLE" "$T/bin/rekindle"
    REKINDLE=$T/bin/rekindle
}

# menu_start [ENGINE ARGS...]: the menu in an 80x40 window.
menu_start() {
    tm_start 80 40 REKINDLE_PATH="$T/lib" -- "$@"
    tm_wait "rekindle: stories about patience and respect"
    tm_wait_prompt
}

# The bundled stories' menu, as a new player first sees it: its header and
# every story in view at 80x24, and at 50 and 120 columns.
test_the_bundled_menu_fits_the_window() {
    local size cols rows
    for size in 80x24 50x24 120x30; do
        cols=${size%x*} rows=${size#*x}
        tm_kill
        tm_start "$cols" "$rows" -- # the engine beside the stories: the bundled ones
        tm_wait "rekindle: stories about patience and respect"
        tm_wait_prompt
        tm_screen | head -n 1 | grep -qF "rekindle: stories about patience and respect" ||
            tm_fail "$size: the header scrolled off the top"
        tm_screen | grep -qE "^  1  Water on Thursdays  \(Enter\)" || tm_fail "$size: the first entry is not in view"
        [ "$(tm_screen | grep -cE '^  [0-9]  ')" = "$(ls "$ROOT"/stories/*.lua | wc -l)" ] ||
            tm_fail "$size: not every story in view"
        [ "$(tm_widest)" -le "$cols" ] || tm_fail "$size: a line wider than the window"
    done
    tm_quit
}

test_menu_lists_the_stories_and_enter_plays_the_default() {
    library
    menu_start
    local text
    text=$(tm_text)
    grep -qE "^  1  Mini  \(Enter\) +0 of 1 endings$" <<<"$text" || tm_fail "the default is not first, marked (Enter)"
    grep -qx "     A small story for tests." <<<"$text" || tm_fail "no blurb for Mini"
    grep -qE "^  2  Chance +0 of 1 endings$" <<<"$text" || tm_fail "no Chance"
    grep -qE "^  3  The Day After +0 of 4 endings$" <<<"$text" || tm_fail "no The Day After"
    grep -qx "     The day after a breakup, in one flat and one evening." <<<"$text" || tm_fail "no blurb for The Day After"
    [ "$(grep -c '^  [0-9]  ' <<<"$text")" = 3 ] || tm_fail "not three stories: the bundled ones showed?"
    tm_has "(Enter)" 2 && tm_fail "two stories marked (Enter)"
    tm_answer help
    tm_has "delete N" || tm_fail "the menu's help lacks delete"
    tm_answer nonsense
    tm_has "Type a story's number or title, or press Enter" || tm_fail "no hint for nonsense"
    tm_keys Enter
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_wait "It has been three days since Robin said she needs space."
    tm_answer quit # back to the menu
    tm_wait "rekindle: stories about patience and respect" 2
    tm_quit
}

test_menu_number_plays_that_story() {
    library
    menu_start
    tm_answer 3
    tm_wait "Whose name is still at the top of your messages?"
    tm_has "The Day After" 2 || tm_fail "not The Day After"
    tm_keys C-d # back to the menu
    tm_wait "rekindle: stories about patience and respect" 2
    tm_wait_prompt
    tm_answer 2
    tm_wait "Name?"
    tm_keys C-d
    tm_wait "rekindle: stories about patience and respect" 3
    tm_wait_prompt
    tm_answer 4 # no such story
    tm_has "Type a story's number" || tm_fail "no hint for a number out of range"
    # a title, or the start of one, any case
    tm_answer "the day"
    tm_wait "Whose name is still at the top of your messages?" 2
    tm_keys C-d
    tm_wait "rekindle: stories about patience and respect" 4
    tm_wait_prompt
    tm_quit
}

# The last menu drawn: everything after the last title line.
last_menu() { tm_text | awk '/stories about patience and respect/ { n = NR } { l[NR] = $0 } END { for (i = n; i <= NR; i++) print l[i] }'; }

test_menu_shows_endings_and_plays_to_continue_and_clears_them() {
    library
    menu_start
    # Mini to its ending, then Chance quit halfway
    tm_keys Enter
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_keys -l 2
    tm_keys Enter
    tm_wait "Play again, undo, restore, endings, menu or quit?"
    tm_type n
    tm_wait "rekindle: stories about patience and respect" 2
    tm_wait_prompt
    tm_answer 2
    tm_wait "Name?"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_wait "You rolled"
    tm_answer 1
    tm_answer quit
    tm_wait "rekindle: stories about patience and respect" 3
    tm_wait_prompt
    local menu
    menu=$(last_menu)
    grep -qE "^  1  Mini  \(Enter\) +1 of 1 endings$" <<<"$menu" || tm_fail "Mini's ending not counted: $menu"
    grep -qE "^  2  Chance +0 of 1 endings, a play to continue$" <<<"$menu" ||
        tm_fail "no play to continue in Chance: $menu"
    [ "$(grep -c "a play to continue" <<<"$menu")" = 1 ] || tm_fail "Mini has a play to continue after its ending"
    # picking Chance offers to continue where it stopped
    tm_type 2
    tm_wait "Continue it? [Y/n]"
    tm_flat | grep -qF 'You have a play in progress: "Then' || tm_fail "the offer does not say where Chance stands"
    tm_type y
    tm_wait "Then " # roll2's text
    tm_wait_prompt
    tm_answer quit
    tm_wait "rekindle: stories about patience and respect" 4
    tm_wait_prompt
    # delete 2: Chance's saves; forget 1: Mini's endings
    tm_answer "save x" # not a menu command: a hint
    # each asks first: a typo asks again, no keeps them
    tm_type "delete 2"
    tm_wait "Delete every save of Chance, and the play to continue? [y/N]"
    tm_type "yse"
    tm_wait "Type y or n (Enter is no)."
    tm_answer "n"
    tm_has "Nothing deleted." || tm_fail "no did not keep the saves"
    [ -n "$(ls -A "$REKINDLE_DATA/saves/chance" 2>/dev/null)" ] || fail "Chance's saves went at a no"
    tm_type "delete 2"
    tm_wait "Delete every save of Chance" 2
    tm_answer "y"
    tm_has "The saves of Chance are deleted." || tm_fail "delete 2 said nothing"
    [ -z "$(ls -A "$REKINDLE_DATA/saves/chance" 2>/dev/null)" ] || fail "Chance's saves are still there"
    tm_type "forget 1"
    tm_wait "Forget the endings found in Mini? [y/N]"
    tm_answer "y"
    tm_has "The endings found in Mini are forgotten." || tm_fail "forget 1 said nothing"
    [ ! -e "$REKINDLE_DATA/endings/mini" ] || fail "Mini's endings are still recorded"
    # the menu drawn afresh (after a play) shows both cleared
    tm_answer 2
    tm_has "in progress" 2 && tm_fail "a deleted play was offered"
    tm_wait "Name?" 2
    tm_keys C-d
    tm_wait "rekindle: stories about patience and respect" 5
    tm_wait_prompt
    menu=$(last_menu)
    grep -q "a play to continue" <<<"$menu" && tm_fail "a play to continue after delete: $menu"
    grep -qE "^  1  Mini  \(Enter\) +0 of 1 endings$" <<<"$menu" || tm_fail "Mini's endings not forgotten: $menu"
    tm_quit
}

test_menu_quit_and_ctrl_d_leave_with_0() {
    library
    menu_start
    tm_quit
    tm_kill
    menu_start
    tm_keys C-d
    tm_expect_exit 0
}

test_menu_delete_and_forget_need_a_story_number() {
    library
    menu_start
    tm_answer "delete 9"
    tm_answer "forget"
    tm_answer "delete x"
    [ "$(tm_count "Type a story's number")" = 3 ] || tm_fail "expected three hints"
    tm_quit
}

test_no_terminal_plays_the_default_story_without_a_menu() {
    library
    REKINDLE_PATH=$T/lib rk_in 'Robin\n1\n2\n'
    expect_status 0
    expect_no_out "stories about patience and respect"
    expect_out "It has been three days since Robin said she needs space."
    expect_out "Quiet Kitchen"
}

# ------------------------------------------------------------ --watch

# A writer plays with --watch, edits the story, saves: the play reloads at
# the same place; a mistake shows its line and waits for the fix.
test_watch_reloads_at_the_same_place_and_waits_out_a_mistake() {
    cp "$FEATURES" "${FEATURES%.lua}-evening.lua" "$T/"
    local story=$T/features.lua
    tm_start 80 24 -- --watch --seed 1 "$story"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_answer tea
    tm_answer make
    tm_wait "Noon. The mug has not moved."
    sed -i 's/Noon. The mug has not moved./Noon. The mug has still not moved./' "$story"
    tm_wait "The story changed: reloaded, and played to here."
    tm_wait "Noon. The mug has still not moved."
    tm_wait_prompt
    # the place kept: Make tea was taken, so it is gone from the choices
    tm_screen | grep -qF "Make tea" && tm_fail "the reload did not replay the answers"
    # a mistake: its file and line, and the play waits
    sed -i 's/^  cycle { "The fridge hums.", "The tap drips.", "A bus goes past." },$/  cycle { "The fridge hums." }/' "$story"
    tm_wait_flat "features.lua:$(grep -n 'The fridge hums' "$story" | cut -d: -f1): missing comma at the end of this line?"
    tm_wait "(waiting for the story) >"
    # an edit to an included file reloads too, once the mistake is mended
    sed -i 's/^  cycle { "The fridge hums." }$/  cycle { "The fridge hums.", "The tap drips." },/' "$story"
    tm_wait "The story changed: reloaded, and played to here." 2
    tm_wait_prompt
    tm_answer ring
    tm_type "say yes"
    tm_wait "(Enter to read on)" # the story's own pause, at the coat
    tm_keys Enter
    tm_wait_prompt
    tm_answer 10
    tm_wait "Outside, the air is cold"
    sed -i 's/Outside, the air is cold and smells of rain./Outside, the air smells of rain./' "$T/features-evening.lua"
    tm_wait "Outside, the air smells of rain."
    tm_quit
}
