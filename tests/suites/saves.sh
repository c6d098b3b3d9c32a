# Saves and play commands with scripted input (no terminal): save, restore,
# load and saves; undo, restart, stats, recap, endings, again, help; the
# transcript; the autosave; restoring into an edited story; hostile save
# files; SIGKILL in the middle of saving; a disk that refuses to write.
#
# Every test has its own data folder, REKINDLE_DATA=$T/data (run.sh).

MINI=$ROOT/tests/stories/mini.lua
CHANCE=$ROOT/tests/stories/chance.lua
SAVES=$REKINDLE_DATA/saves

# ---------------------------------------------------------------- helpers

# stdout as one line with spaces squeezed: messages wrap at 80 columns.
flat() { tr '\n' ' ' <"$T/out" | tr -s ' '; }
expect_flat() { flat | grep -qF -- "$1" || fail "stdout lacks: $1"; }
expect_no_flat() { ! flat | grep -qF -- "$1" || fail "stdout has: $1"; }
expect_err_flat() { tr '\n' ' ' <"$T/err" | tr -s ' ' | grep -qF -- "$1" || fail "stderr lacks: $1"; }
count_out() { grep -cF -- "$1" "$T/out" || true; }

# after LINE [N]: what the engine wrote after the Nth prompt line that reads
# LINE (e.g. "> again"), up to the next prompt.
after() {
    awk -v want="$1" -v n="${2:-1}" '/^> / { on = ($0 == want && ++k == n); next } on' "$T/out"
}

# field FILE KEY: the value of a save's "KEY value" line.
field() { sed -n "s/^$2 //p" "$1"; }

# A story that starts at a choice (so `undo` has nothing to undo), with a
# note at every step and four endings, two of them reached by choices whose
# text starts like a command.
trail() {
    story trail <<'LUA'
story {
  id = "trail", title = "Trail", blurb = "A walk for the tests.", start = "gate",
  meters = { patience = 50 },
}

scene "gate" {
  "You stand at the gate.",
  choice "Walk on" { go = "wood", patience = 10, note = "The first step is the hardest." },
  choice "Save the date" { go = "saved" },
  choice "Restore the old bike" { go = "bike" },
  choice "Load the van" { go = "van" },
}

scene "wood" {
  "The wood is quiet.",
  choice "Listen" { go = "river", patience = 10, note = "Listening is a kind of waiting." },
}

scene "river" {
  "The river is loud.",
  choice "Cross slowly" { go = "far", patience = 10, note = "Some rivers are crossed slowly." },
}

ending "far" { title = "The Far Bank", kind = "growth", "You made it across." }
ending "saved" { title = "A Saved Date", kind = "growth", "The date is in the diary." }
ending "bike" { title = "The Old Bike", kind = "apart", "The bike runs again." }
ending "van" { title = "A Full Van", kind = "apart", "The van is full." }
LUA
}

# --------------------------------------------------- save, restore, saves

test_save_and_restore_with_names_and_defaults() {
    # kitchen, then one text (patience 40) saved as "save", a second (30) as "two".
    rk_in 'Robin\n1\n1\nsave\n1\nsave two\nstats\nrestore\nstats\nload two\nstats\nload\nstats\nquit\n' --seed 7 "$MINI"
    expect_status 0
    expect_out "Saved as 'save'."
    expect_out "Saved as 'two'."
    [ -f "$SAVES/mini/save.save" ] && [ -f "$SAVES/mini/two.save" ] || fail "no save files in $SAVES/mini"
    expect_out "Restored 'save'."
    expect_out "Restored 'two'."
    expect_no_out "Could not"
    # The meters after each command: saved 40 and 30, restored 40, 30, 40.
    local got
    got=$(grep -oE '^  patience +[█░]+ +[0-9]+ of 100$' "$T/out" | awk '{ print $3 }' | tr '\n' ' ')
    [ "$got" = "30 40 30 40 " ] || fail "patience after save two, restore, load two, load: $got"
    [ "$(count_out "Restored 'save'.")" = 2 ] || fail "load without a name should restore 'save'"
}

test_saves_lists_every_save_with_its_scene() {
    trail
    rk_in 'saves\nsave first\n1\nsave b-2_x\nsaves\nquit\n' "$T/trail.lua"
    expect_status 0
    expect_flat "No saves yet: type save, or save NAME."
    expect_out "Saves of Trail:"
    local list
    list=$(after "> saves" 2)
    grep -qE "^    autosave +\"The wood is quiet.\", after 1 choice, [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$" <<<"$list" ||
        fail "saves lacks the autosave: $list"
    grep -qE "^    b-2_x +\"The wood is quiet.\", after 1 choice, " <<<"$list" || fail "saves lacks b-2_x: $list"
    grep -qE "^    first +at the start, " <<<"$list" || fail "saves lacks first: $list"
    # sorted by name
    [ "$(grep -oE '^    [a-z0-9_-]+' <<<"$list" | tr -d ' ' | tr '\n' ' ')" = "autosave b-2_x first " ] ||
        fail "saves not sorted: $list"
}

test_a_save_is_a_few_readable_lines() {
    local before after_
    before=$(date +%s)
    rk_in 'Robin\n1\n3\n1\nsave mine\nquit\n' --seed 7 "$MINI"
    after_=$(date +%s)
    expect_status 0
    local f=$SAVES/mini/mine.save
    [ -f "$f" ] || fail "no $f"
    [ "$(wc -l <"$f")" = 8 ] || fail "a save should be 8 lines: $(cat "$f")"
    [ "$(head -n 1 "$f")" = "rekindle save 1" ] || fail "no format line: $(head -n 1 "$f")"
    [ "$(sed -n 2,8p "$f" | cut -d' ' -f1 | tr '\n' ' ')" = "story hash seed time scene place path " ] ||
        fail "the keys are not story, hash, seed, time, scene, place, path: $(cat "$f")"
    [ "$(field "$f" story)" = mini ] || fail "story: $(field "$f" story)"
    field "$f" hash | grep -qxE '[0-9a-f]{16}' || fail "hash: $(field "$f" hash)"
    [ "$(field "$f" seed)" = 7 ] || fail "seed: $(field "$f" seed)"
    local t
    t=$(field "$f" time)
    [ "$t" -ge "$before" ] && [ "$t" -le "$after_" ] || fail "time $t is not now ($before..$after_)"
    [ "$(field "$f" scene)" = kitchen ] || fail "scene: $(field "$f" scene)"
    [ "$(field "$f" place)" = "It has been three days since Robin…" ] || fail "place: $(field "$f" place)"
    [ "$(field "$f" path)" = "=Robin,@she,write-in-your-journal-instead,write-them-one-more-text" ] ||
        fail "path: $(field "$f" path)"
    [ "$(wc -c <"$f")" -lt 256 ] || fail "a save of four answers takes $(wc -c <"$f") bytes"
    ! LC_ALL=C grep -q '[[:cntrl:]]' "$f" || fail "a save holds control characters"
    # The hash follows the story's text: the same story, the same hash; an edit, another.
    cp "$MINI" "$T/m.lua"
    rk_in 'Robin\n1\nsave same\nquit\n' "$T/m.lua"
    [ "$(field "$SAVES/mini/same.save" hash)" = "$(field "$f" hash)" ] || fail "the same story, another hash"
    echo "-- an edit" >>"$T/m.lua"
    rk_in 'Robin\n1\nsave edited\nquit\n' "$T/m.lua"
    [ "$(field "$SAVES/mini/edited.save" hash)" != "$(field "$f" hash)" ] || fail "an edited story, the same hash"
}

test_restore_shows_the_same_screen_as_when_saved() {
    # chance.lua draws random numbers; no --seed: each run has a fresh seed,
    # so the screen after restoring comes from the seed in the save.
    rk_in 'Robin\n1\n1\nagain\nsave\nquit\n' "$CHANCE"
    expect_status 0
    local saved
    saved=$(after "> again")
    grep -qE '^  Then [0-9]+ and 0?\.[0-9]+\.$' <<<"$saved" || fail "no random numbers in: $saved"
    rk_in 'Kim\n2\n1\nrestore\nquit\n' "$CHANCE"
    expect_status 0
    local restored
    restored=$(after "> restore")
    [ "$restored" = "  Restored 'save'.
$saved" ] || fail "the screen after restoring differs:
--- saved
$saved
--- restored
$restored"
}

test_invalid_save_names_get_the_saves_own_hint() {
    trail
    local long
    long=$(printf 'x%.0s' $(seq 33))
    # None of these is a save name: no choice starts like them either, so
    # each gets the save's own hint, never "No choice starts like that".
    rk_in "save ../../x\nsave a/b\nsave my save\nsave $long\nrestore ../x\nload .hidden\nsave autosave\nsave the date\n" "$T/trail.lua"
    expect_status 0
    [ "$(count_out "A save's name is one word of letters, digits, - and _ (up to 32)")" = 6 ] ||
        fail "expected 6 hints that say what a save's name is"
    expect_out "autosave is the save made after every answer: give yours another name."
    expect_no_out "No choice starts like that."
    expect_no_out "Saved as"
    expect_no_out "Could not"
    expect_out "A Saved Date"
    [ -z "$(find "$T" -name '*.save')" ] || fail "a save was written: $(find "$T" -name '*.save')"
    [ ! -e "$SAVES/trail/autosave.save" ] || fail "the autosave survived the ending"
    # choices that start like commands with arguments
    rk_in 'restore the old\n' "$T/trail.lua"
    expect_status 0
    expect_out "The Old Bike"
    rk_in 'load the van\n' "$T/trail.lua"
    expect_status 0
    expect_out "A Full Van"
}

test_restore_of_a_save_that_does_not_exist() {
    trail
    rk_in 'restore nothing\nload\n1\n' "$T/trail.lua"
    expect_status 3
    expect_flat "Could not restore: no save called 'nothing' for this story"
    expect_flat "Could not restore: no save called 'save' for this story"
    expect_out "The wood is quiet."
}

# ------------------------------------------------------------ undo, restart

patience_values() { grep -oE '^  patience +[█░]+ +[0-9]+ of 100$' "$T/out" | awk '{ print $3 }' | tr '\n' ' '; }

test_undo_steps_back_over_the_name_question() {
    # 50: -10 (text) -10 (text) +5 (journal) = 35; then undo, undo, undo.
    rk_in 'Robin\n1\n1\n1\n3\nstats\nundo\nstats\nundo\nstats\nundo\nstats\nundo\nKim\n2\nquit\n' --seed 7 "$MINI"
    expect_status 0
    [ "$(patience_values)" = "35 30 40 50 " ] || fail "patience after each undo: $(patience_values)"
    [ "$(count_out "  Undone.")" = 4 ] || fail "expected Undone. 4 times"
    # The fourth undo took back the pronouns and the name: the question again.
    [ "$(count_out "What is their name?")" = 2 ] || fail "the name question was not asked again"
    expect_out "It has been three days since Kim said he needs space."
    # and the autosave follows: it holds the new answers
    [ "$(field "$SAVES/mini/autosave.save" path)" = "=Kim,@he" ] ||
        fail "autosave path: $(field "$SAVES/mini/autosave.save" path)"
}

test_undo_at_the_start_has_nothing_to_undo() {
    trail
    rk_in 'undo\n1\nundo\nundo\nrestart\nundo\n4\n' "$T/trail.lua"
    expect_status 0
    [ "$(count_out "Nothing to undo.")" = 3 ] || fail "expected 'Nothing to undo.' three times"
    expect_out "  Undone."
    expect_out "  From the beginning."
    expect_out "A Full Van"
}

test_undo_after_a_restore_uses_the_saved_path() {
    rk_in 'Robin\n1\n1\n1\nsave\nquit\n' --seed 7 "$MINI"
    expect_status 0
    # A new play: another name; restore, then undo back through the saved answers.
    rk_in 'Kim\n2\nrestore\nundo\nstats\nundo\nstats\nundo\nAnn\n3\nquit\n' "$MINI"
    expect_status 0
    expect_out "Restored 'save'."
    expect_out "You have sent 2 texts."
    [ "$(patience_values)" = "40 50 " ] || fail "patience after undo, undo: $(patience_values)"
    expect_out "It has been three days since Robin said she needs space."
    [ "$(count_out "What is their name?")" = 2 ] || fail "undo did not reach the name question"
    expect_out "It has been three days since Ann said they need space."
}

test_restart_starts_over_with_the_same_seed() {
    rk_in 'Robin\n1\n1\nrestart\nmaybe\ny\nKim\n2\nagain\nquit\n' "$CHANCE"
    expect_status 0
    expect_out "  From the beginning."
    [ "$(count_out "Name?")" = 2 ] || fail "restart did not ask the name again"
    expect_out "Start again from the beginning? [y/N] maybe"
    expect_out "Type y or n (Enter is no)."
    # no (or Enter) keeps the play
    rk_in 'Robin\n1\n1\nrestart\n\nquit\n' "$CHANCE"
    expect_out "Not restarted."
    [ "$(count_out "Name?")" = 1 ] || fail "restart went ahead at a no"
    # the same seed: the same first roll after restarting
    [ "$(grep -oE 'You rolled [0-9]+' "$T/out" | sort -u | wc -l)" = 1 ] ||
        fail "another roll after restart: $(grep -oE 'You rolled [0-9]+' "$T/out" | tr '\n' ' ')"
}

# --------------------------------------------- stats, recap, endings, again

test_stats_shows_bars_and_plain_words() {
    rk_in 'Robin\n1\n1\nstats\nquit\n' --seed 7 "$MINI"
    expect_status 0
    grep -qE '^  patience +█{8}░{12} +40 of 100$' "$T/out" || fail "no bar for patience 40"
    grep -qE '^  respect +█{10}░{10} +50 of 100$' "$T/out" || fail "no bar for respect 50"
    rk_in 'Robin\n1\n1\nstats\nquit\n' --plain --seed 7 "$MINI"
    expect_status 0
    grep -qx '  patience: 40 of 100' "$T/out" || fail "no 'patience: 40 of 100' with --plain"
    grep -qx '  respect: 50 of 100' "$T/out" || fail "no 'respect: 50 of 100' with --plain"
    expect_no_out "█"
}

test_recap_lists_the_notes_so_far_in_order() {
    trail
    rk_in 'recap\n1\n1\nrecap\n' "$T/trail.lua"
    expect_status 3
    expect_out "No notes earned yet."
    local recap
    recap=$(after "> recap" 2)
    [ "$recap" = "  What your choices have touched so far:
  · Walk on
      The first step is the hardest.
  · Listen
      Listening is a kind of waiting." ] || fail "recap: $recap"
}

test_endings_are_counted_and_kept_in_the_data_folder() {
    trail
    rk_in 'endings\n2\n' "$T/trail.lua"
    expect_status 0
    expect_out "Endings found: 0 of 4."
    expect_out "Endings found: 1 of 4."
    [ "$(cat "$REKINDLE_DATA/endings/trail")" = saved ] || fail "endings file: $(cat "$REKINDLE_DATA/endings/trail")"
    # a second play knows the first's ending
    rk_in 'endings\n4\n' "$T/trail.lua"
    expect_status 0
    [ "$(after "> endings")" = "  Endings found: 1 of 4.
    (not yet found)
    A Saved Date
    (not yet found)
    (not yet found)" ] || fail "endings: $(after "> endings")"
    expect_out "Endings found: 2 of 4."
    # the same ending again is not counted twice
    rk_in 'endings\n4\n' "$T/trail.lua"
    [ "$(after "> endings")" = "  Endings found: 2 of 4.
    (not yet found)
    A Saved Date
    (not yet found)
    A Full Van" ] || fail "endings: $(after "> endings")"
    expect_out "Endings found: 2 of 4."
    [ "$(sort "$REKINDLE_DATA/endings/trail" | tr '\n' ' ')" = "saved van " ] ||
        fail "endings file: $(cat "$REKINDLE_DATA/endings/trail")"
    # another data folder (--data-dir beats REKINDLE_DATA) starts afresh
    rk_in 'endings\n4\n' --data-dir "$T/other" "$T/trail.lua"
    expect_out "Endings found: 0 of 4."
    [ -f "$T/other/endings/trail" ] || fail "--data-dir was not used"
}

test_again_repeats_the_scene() {
    rk_in 'Robin\n1\nagain\nagain\nquit\n' --seed 7 "$MINI"
    expect_status 0
    [ "$(count_out "It has been three days since Robin")" = 3 ] || fail "again did not show the scene twice more"
    [ "$(after "> again" 2)" = "$(after "> again" 1)" ] || fail "again showed something else the second time"
    rk_in 'Robin\n1\nagain\nquit\n' --plain --seed 7 "$MINI"
    expect_status 0
    [ "$(count_out "It has been three days since Robin")" = 2 ] || fail "again did not repeat the scene with --plain"
}

test_help_lists_every_command() {
    rk_in 'Robin\n1\nhelp\nquit\n' --seed 7 "$MINI"
    expect_status 0
    local help
    help=$(after "> help")
    for cmd in help again stats recap endings undo "save \[NAME\]" "restore \[NAME\]" saves restart \
        "transcript on \[FILE\]\|off" menu quit; do
        grep -qE "^    $cmd( |$)" <<<"$help" || fail "help lacks the command: $cmd"
    done
    grep -qF "load" <<<"$help" || fail "help does not mention load"
}

test_commands_ignore_case_and_spaces() {
    rk_in 'Robin\n1\n  SAVE Mine  \nStats\nRestore Mine\nrestore mine\nquit\n' --seed 7 "$MINI"
    expect_status 0
    expect_out "Saved as 'Mine'."
    grep -qE '^  patience +[█░]+ +50 of 100$' "$T/out" || fail "Stats was not taken as stats"
    expect_out "Restored 'Mine'."
    expect_flat "Could not restore: no save called 'mine'" # names are case-sensitive
}

# -------------------------------------------------------------- transcript

test_transcript_on_and_off() {
    rk_in 'Robin\n1\ntranscript on log.txt\n1\ntranscript\ntranscript off\n3\ntranscript on\n2\n' --seed 7 "$MINI"
    expect_status 0
    expect_out "Transcript on: writing to log.txt."
    expect_out "The transcript is on: transcript off stops it."
    expect_out "Transcript off."
    expect_out "Transcript on: writing to rekindle-transcript.txt."
    [ -f "$T/log.txt" ] || fail "no log.txt"
    ! grep -q $'\e' "$T/log.txt" || fail "escape bytes in the transcript"
    grep -qx '> 1' "$T/log.txt" || fail "the answer is not in the transcript"
    grep -qF "You have sent 1 texts." "$T/log.txt" || fail "the scene is not in the transcript"
    grep -qx '> transcript off' "$T/log.txt" || fail "no 'transcript off' in the transcript"
    ! grep -qF "> 3" "$T/log.txt" || fail "the transcript went on after 'off'"
    ! grep -qF "Quiet Kitchen" "$T/log.txt" || fail "the transcript went on after 'off'"
    # the second one, from "transcript on" to the ending
    grep -qx '> 2' "$T/rekindle-transcript.txt" || fail "the answer is not in the second transcript"
    grep -qF "Ending: Quiet Kitchen (growth)" "$T/rekindle-transcript.txt" || fail "no plain ending in the transcript"
    grep -qx '  patience: 55 of 100, from 50' "$T/rekindle-transcript.txt" || fail "no plain meter in the transcript"
    # commands' output is plain in the transcript too, though not on screen
    rk_in 'Robin\n1\n1\nstats\nrecap\nquit\n' --seed 7 --transcript "$T/cmds.txt" "$MINI"
    grep -qE '^  patience +█+░+ +40 of 100$' "$T/out" || fail "no bar on screen"
    grep -qx '  patience: 40 of 100' "$T/cmds.txt" || fail "stats with bars in the transcript"
    grep -qx '  - Write her one more text' "$T/cmds.txt" || fail "recap with glyphs in the transcript"
    ! grep -q '[█░■□─·]' "$T/cmds.txt" || fail "glyphs in the transcript"
    # a file that cannot be opened: a message, and play goes on
    rk_in 'Robin\n1\ntranscript on /nonexistent/dir/t.txt\n2\n' --seed 7 "$MINI"
    expect_status 0
    expect_out "Could not open /nonexistent/dir/t.txt for the transcript."
}

test_transcript_option_logs_the_whole_play() {
    rk_in 'Robin\n1\n1\n2\n' --seed 7 --transcript "$T/play.txt" "$MINI"
    expect_status 0
    grep -q '█' "$T/out" || fail "no bars on screen: the glyph check below proves nothing"
    [ -f "$T/play.txt" ] || fail "no transcript"
    ! grep -q $'\e' "$T/play.txt" || fail "escape bytes in the transcript"
    local want got
    local kitchen="It has been three days since Robin said she needs space."
    want="What is their name?|> Robin|Which pronouns should the story use for Robin?|> 1|$kitchen|> 1|$kitchen|You have sent 1 texts.|> 2|Ending: Quiet Kitchen (growth)"
    got=$(grep -oE "What is their name\?|^> .*|Which pronouns.*|It has been.*|You have sent.*|Ending: .*|Endings found.*" "$T/play.txt" | tr '\n' '|')
    [ "$got" = "$want|" ] || fail "transcript in order: $got"
    # the endings found are the player's, not the story's: not in it
    expect_out "Endings found: 1 of 1."
    ! grep -q '[█░■□─·]' "$T/play.txt" || fail "glyphs in the transcript"
    # appended to, not replaced
    rk_in 'Kim\n2\n2\n' --seed 7 --transcript "$T/play.txt" "$MINI"
    grep -qx '> Robin' "$T/play.txt" && grep -qx '> Kim' "$T/play.txt" || fail "the transcript was not appended to"
    # a transcript that cannot be written is a usage error
    rk_in 'Robin\n' --transcript /nonexistent/dir/t.txt "$MINI"
    expect_status 2
    expect_err "cannot write the transcript /nonexistent/dir/t.txt"
}

# ---------------------------------------------------------------- autosave

test_autosave_after_every_answer() {
    local inputs='Robin\n' want="=Robin" a
    a=$SAVES/mini/autosave.save
    rk_in "$inputs" --seed 7 "$MINI"
    expect_status 3
    [ "$(field "$a" path)" = "=Robin" ] || fail "after the name: $(field "$a" path)"
    for step in "1:@she" "3:write-in-your-journal-instead" "1:write-them-one-more-text" "1:write-them-one-more-text"; do
        inputs="$inputs${step%%:*}\n"
        want="$want,${step#*:}"
        rk_in "$inputs" --seed 7 "$MINI"
        expect_status 3
        [ "$(field "$a" path)" = "$want" ] || fail "after '${inputs//\\n/ }': $(field "$a" path)"
        [ "$(field "$a" scene)" = kitchen ] || fail "autosave scene: $(field "$a" scene)"
    done
    # a command that changes nothing leaves the path alone; undo changes it
    rk_in "${inputs}stats\nrecap\n" --seed 7 "$MINI"
    [ "$(field "$a" path)" = "$want" ] || fail "after stats and recap: $(field "$a" path)"
    rk_in "${inputs}undo\n" --seed 7 "$MINI"
    [ "$(field "$a" path)" = "=Robin,@she,write-in-your-journal-instead,write-them-one-more-text" ] ||
        fail "after undo: $(field "$a" path)"
}

test_piped_input_never_offers_to_continue() {
    rk_in 'Robin\n1\n1\nquit\n' --seed 7 "$MINI"
    [ -f "$SAVES/mini/autosave.save" ] || fail "no autosave"
    rk_in 'Kim\n2\nquit\n' "$MINI"
    expect_status 0
    expect_no_out "Continue"
    expect_no_out "in progress"
    expect_out "It has been three days since Kim said he needs space."
}

# A scripted play (the README's printf ... | rekindle) never touches what a
# person has: no autosave, no endings found, unless a data folder is named.
test_a_scripted_play_keeps_nothing_unless_a_data_folder_is_named() {
    local home=$T/home data=$T/home/.local/share/rekindle
    mkdir -p "$home"
    # a person's play in progress, as the terminal would have left it
    REKINDLE_DATA=$data rk_in 'Robin\n1\n1\n' "$CHANCE"
    [ -f "$data/saves/chance/autosave.save" ] || fail "no autosave to keep"
    local kept
    kept=$(cat "$data/saves/chance/autosave.save")
    # a script plays to an ending with the same HOME
    (unset REKINDLE_DATA; HOME=$home rk_in 'Kim\n2\n1\n1\n1\n' "$CHANCE")
    expect_status 0
    [ "$(cat "$data/saves/chance/autosave.save")" = "$kept" ] || fail "a scripted play changed the autosave"
    [ ! -e "$data/endings/chance" ] || fail "a scripted play recorded its ending"
    # the in-game save says why it cannot
    (unset REKINDLE_DATA; HOME=$home rk_in 'Kim\n2\nsave\nquit\n' "$CHANCE")
    expect_out "Could not save: saves are off: the answers come from a pipe (--data-dir DIR"
    # --data-dir keeps them
    (unset REKINDLE_DATA; HOME=$home rk_in 'Kim\n2\n1\n1\n1\n' --data-dir "$T/kept" "$CHANCE")
    expect_status 0
    [ -s "$T/kept/endings/chance" ] || fail "--data-dir did not keep the ending"
}

test_an_ending_ends_the_autosave_and_records_the_ending() {
    rk_in 'Robin\n1\n1\n' --seed 7 "$MINI"
    expect_status 3
    [ -f "$SAVES/mini/autosave.save" ] || fail "no autosave"
    rk_in 'Robin\n1\n1\n2\n' --seed 7 "$MINI"
    expect_status 0
    [ ! -e "$SAVES/mini/autosave.save" ] || fail "the autosave survived the ending"
    [ "$(cat "$REKINDLE_DATA/endings/mini")" = quiet ] || fail "the ending was not recorded"
    expect_out "Endings found: 1 of 1."
    # named saves are kept
    rk_in 'Robin\n1\nsave keep\n2\n' --seed 7 "$MINI"
    [ -f "$SAVES/mini/keep.save" ] || fail "a named save was deleted at an ending"
}

# ------------------------------------------------ restoring an edited story

test_restore_into_an_edited_story_stops_where_the_path_no_longer_fits() {
    cp "$MINI" "$T/m.lua"
    rk_in 'Robin\n1\n1\n3\n1\nsave\nquit\n' --seed 7 "$T/m.lua"
    expect_status 0
    [ "$(field "$SAVES/mini/save.save" path)" = "=Robin,@she,write-them-one-more-text,write-in-your-journal-instead,write-them-one-more-text" ] ||
        fail "path: $(field "$SAVES/mini/save.save" path)"
    # rename the journal choice: its id changes, step 4 no longer fits
    sed -i 's/Write in your journal instead/Write in a diary/' "$T/m.lua"
    rk_in 'Kim\n2\nrestore\nstats\n2\n' "$T/m.lua"
    expect_status 0
    expect_err_flat "replay stopped at step 4 of 5 (at \"It has been three days since Robin…\")"
    expect_err_flat "write-in-your-journal-instead"
    expect_flat "Restored 'save'. The story has changed since it was saved"
    expect_out "You have sent 1 texts."
    [ "$(patience_values)" = "40 " ] || fail "patience after the partial replay: $(patience_values)"
    expect_out "Quiet Kitchen" # and play went on to the ending
    # remove the choice altogether: the same, now at step 3
    cp "$MINI" "$T/m.lua"
    sed -i '/choice "Write {them} one more text"/,/^  },$/d' "$T/m.lua"
    grep -q "one more text" "$T/m.lua" && fail "the sed did not remove the choice"
    rk_in 'Kim\n2\nrestore\nstats\n1\n' "$T/m.lua"
    expect_status 0
    expect_err_flat "replay stopped at step 3 of 5 (at \"It has been three days since Robin…\")"
    [ "$(patience_values)" = "50 " ] || fail "patience after the partial replay: $(patience_values)"
    expect_out "Quiet Kitchen"
}

test_restore_into_a_story_edited_elsewhere_replays_fully() {
    cp "$MINI" "$T/m.lua"
    rk_in 'Robin\n1\n1\n3\nsave\nquit\n' --seed 7 "$T/m.lua"
    sed -i 's/The kettle clicks off./The kettle sings./' "$T/m.lua"
    rk_in 'Kim\n2\nrestore\nstats\n2\n' "$T/m.lua"
    expect_status 0
    expect_flat "Restored 'save'. The story has changed since it was saved: it was replayed as far as it still fits."
    [ ! -s "$T/err" ] || fail "stderr: $(cat "$T/err")"
    expect_out "It has been three days since Robin said she needs space."
    [ "$(patience_values)" = "45 " ] || fail "patience after the full replay: $(patience_values)"
    expect_out "The kettle sings."
    # unedited: no note
    cp "$MINI" "$T/m.lua"
    rk_in 'Robin\n1\nsave\nrestore\nquit\n' --seed 7 "$T/m.lua"
    expect_no_flat "has changed"
}

# ----------------------------------------------------------- hostile saves

# hostile NAME MESSAGE: restores the save $SAVES/mini/NAME.save (written by
# the caller), lists the saves, and plays on to the ending. Expects
# "Could not restore: FILE: MESSAGE", the play unchanged, and no crash.
hostile() {
    local f=$SAVES/mini/$1.save
    rk_in "Robin\n1\n1\nrestore $1\nsaves\nstats\n2\n" --seed 7 "$MINI"
    expect_no_crash
    expect_status 0
    expect_flat "Could not restore: $f: $2"
    if [ -f "$f" ]; then # what is not a file is not listed as a save
        flat | grep -qF "$1 (unreadable: $f: " || fail "saves does not call $1 unreadable"
    else
        ! flat | grep -qF "$1 (" || fail "saves lists $1, which is not a file"
    fi
    [ "$(patience_values)" = "40 " ] || fail "the play changed after a failed restore: patience $(patience_values)"
    expect_out "Quiet Kitchen"
    [ -f "$SAVES/mini/autosave.save" ] && fail "no ending reached"
    rm -rf "$f" # so that the next listing stays short
}

good_save() { printf 'rekindle save 1\nstory mini\nhash 0123456789abcdef\nseed 7\ntime 1700000000\nscene kitchen\npath =Robin,@she\n'; }

test_hostile_saves_get_a_clear_message() {
    mkdir -p "$SAVES/mini"
    : >"$SAVES/mini/empty.save"
    hostile empty "not a rekindle save (or from a newer version)"
    printf 'hello\nworld\n' >"$SAVES/mini/corrupt.save"
    hostile corrupt "not a rekindle save"
    good_save | head -c 90 >"$SAVES/mini/cut.save"
    [ "$(tail -c 1 "$SAVES/mini/cut.save")" != $'\n' ] || fail "the test's cut is at a line's end"
    hostile cut "the save is cut short"
    good_save | head -n 5 >"$SAVES/mini/short.save"
    hostile short "not a valid save: no 'scene' line"
    good_save | sed 's/^rekindle save 1$/rekindle save 2/' >"$SAVES/mini/version.save"
    hostile version "not a rekindle save (or from a newer version)"
    good_save | sed 's/^rekindle save 1$/REKINDLE SAVE 1/' >"$SAVES/mini/upper.save"
    hostile upper "not a rekindle save"
    good_save | sed 's/^story mini$/story water-on-thursdays/' >"$SAVES/mini/foreign.save"
    hostile foreign "this save belongs to another story ('water-on-thursdays')"
    { good_save; echo "seed 8"; } >"$SAVES/mini/twice.save"
    hostile twice "not a valid save: repeated line 'seed'"
    { good_save; echo "mood happy"; } >"$SAVES/mini/unknown.save"
    hostile unknown "not a valid save: unexpected line 'mood'"
    { good_save; echo; } >"$SAVES/mini/blank.save"
    hostile blank "not a valid save: unexpected line ''"
    good_save | sed 's/^seed 7$/seed -7/' >"$SAVES/mini/negative.save"
    hostile negative "not a valid save: bad number in 'seed'"
    good_save | sed 's/^hash .*/hash nothex/' >"$SAVES/mini/hash.save"
    hostile hash "not a valid save: bad number in 'hash'"
    good_save | sed 's/^time .*/time 99999999999999999999999/' >"$SAVES/mini/time.save"
    hostile time "not a valid save: bad number in 'time'"
    good_save | sed 's/$/\r/' >"$SAVES/mini/crlf.save"
    hostile crlf "not a rekindle save"
    good_save | sed $'s/^scene .*/scene \e[31mred/' >"$SAVES/mini/escape.save"
    hostile escape "not a valid save: a control character in 'scene'"
    good_save | sed 's/^path .*/path =Robin,,@she,/' >"$SAVES/mini/commas.save"
    hostile commas "not a valid save: its path of answers does not parse"
    { good_save | head -n 3; printf 'seed 7\0\n'; good_save | tail -n 3; } >"$SAVES/mini/nul.save"
    hostile nul "not a valid save: it holds a NUL byte"
    head -c 4096 "$REKINDLE" >"$SAVES/mini/binary.save"
    hostile binary "not a rekindle save"
    { good_save | head -n 6; printf 'path =Robin,@she'; head -c 1100000 /dev/zero | tr '\0' 'x'; echo; } >"$SAVES/mini/huge.save"
    hostile huge "too large ("
    mkdir "$SAVES/mini/folder.save"
    hostile folder "cannot read: not a regular file"
    mkfifo "$SAVES/mini/fifo.save"
    hostile fifo "cannot read: not a regular file" # never blocks waiting for a writer
    ln -s /dev/zero "$SAVES/mini/zero.save"
    hostile zero "cannot read: not a regular file"
}

test_code_in_a_save_is_never_run() {
    mkdir -p "$SAVES/mini"
    # a story id that would break out of a Lua string, were it ever one
    good_save | sed 's/^story .*/story mini" os.exit(7) --/' >"$SAVES/mini/quote.save"
    hostile quote "this save belongs to another story ('mini\" os.exit(7) --')"
    good_save | sed "s/^scene .*/scene ]] os.exit(7) --[[/" >"$SAVES/mini/scene.save"
    printf 'place ]] os.exit(7) --[[\n' >>"$SAVES/mini/scene.save"
    rk_in 'Robin\n1\nsaves\nrestore scene\n2\n' --seed 7 "$MINI"
    expect_no_crash
    expect_status 0 # scene and place are only labels: the path decides where play is
    expect_flat "scene \"]] os.exit(7) --[[\", after 0 choices,"
    expect_out "Restored 'scene'."
    # a path of nonsense: replayed as data, stopped at the first step that does not fit
    good_save | sed 's/^path .*/path =Robin,@she,os.exit(7),"); os.exit(7) --/' >"$SAVES/mini/path.save"
    rk_in 'Robin\n1\nrestore path\nstats\n2\n' --seed 7 "$MINI"
    expect_no_crash
    expect_status 0
    expect_err_flat "replay stopped at step 3 of 4 (at \"It has been three days since Robin…\")"
    expect_out "Restored 'path'."
    expect_out "Quiet Kitchen"
    good_save | sed 's/^path .*/path @nonsense,=x,zzz,@@,==/' >"$SAVES/mini/ids.save"
    rk_in 'Robin\n1\nrestore ids\nKim\n2\n2\n' --seed 7 "$MINI"
    expect_no_crash
    expect_status 0
    expect_err_flat "replay stopped at step 1 of 5 (at \"What is their name?\")"
    expect_out "It has been three days since Kim"
}

test_a_hostile_autosave_is_only_reported() {
    mkdir -p "$SAVES/mini"
    printf 'rekindle save 1\nstory mini\n\0\0\0' >"$SAVES/mini/autosave.save"
    # piped: no offer to continue; the first answer overwrites it
    rk_in 'Robin\n1\nsaves\n2\n' --seed 7 "$MINI"
    expect_no_crash
    expect_status 0
    expect_out "Quiet Kitchen"
}

test_a_long_valid_path_restores() {
    # 40,000 answers: under the size cap, replayed in full
    mkdir -p "$SAVES/mini"
    { good_save | head -n 6; printf 'path =Robin,@she'; for _ in $(seq 4000); do
        printf ',write-them-one-more-text%.0s' 1 2 3 4 5 6 7 8 9 10; done; echo; } >"$SAVES/mini/long.save"
    [ "$(wc -c <"$SAVES/mini/long.save")" -lt 1048576 ] || fail "the test's save is too large"
    rk_in 'Robin\n1\nrestore long\n2\n' --seed 7 "$MINI"
    expect_no_crash
    expect_status 0
    expect_out "You have sent 40000 texts."
}

# ---------------------------------------------------- crashes, full disks

# The seventh line of a whole save starts with "path " and ends the file.
whole_save() {
    [ "$(head -n 1 "$1")" = "rekindle save 1" ] && [ "$(wc -l <"$1")" = 8 ] &&
        [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ] && sed -n 8p "$1" | grep -q '^path '
}

# autosaved_since BEFORE PID: the autosave differs from the copy BEFORE, or
# the play PID is gone.
autosaved_since() {
    { [ -e "$SAVES/mini/autosave.save" ] && ! cmp -s "$SAVES/mini/autosave.save" "$1"; } || ! kill -0 "$2" 2>/dev/null
}

test_sigkill_while_autosaving_never_breaks_the_autosave() {
    local a=$SAVES/mini/autosave.save i pid delay deadline
    for ((i = 0; i < 30; i++)); do
        [ -e "$a" ] && cp "$a" "$T/before" || : >"$T/before"
        # answers as fast as the engine takes them: each autosaves (undo
        # too), and the path stays short
        "$REKINDLE" --seed 7 "$MINI" < <(printf 'Robin\n1\n'; yes $'1\n3\nundo\nundo') >/dev/null 2>&1 &
        pid=$!
        # The kill comes at a random moment of the autosaving, once it has
        # begun, however long the engine (the sanitizer build, on a busy
        # machine) takes to start.
        deadline=$((SECONDS + 120))
        until autosaved_since "$T/before" "$pid"; do
            [ "$SECONDS" -lt "$deadline" ] || fail "iteration $i: no autosave after 120 s"
            sleep 0.01
        done
        delay=$((RANDOM % 200))
        sleep "$(printf '0.%03d' "$delay")"
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        whole_save "$a" || fail "iteration $i ($delay ms): the autosave is broken: $(head -c 400 "$a" | od -c | head)"
        field "$a" path | grep -qxE '=Robin(,@she(,[a-z-]+)*)?' || fail "odd path: $(field "$a" path)"
    done
    # Temporary files a kill left behind are never taken for saves.
    local other
    other=$(ls -A "$SAVES/mini" | grep -vxE 'autosave\.save|autosave\.save\.tmp[0-9]+' || true)
    [ -z "$other" ] || fail "unexpected files: $other"
    # the engine reads what is left: `saves` lists no temporary file and
    # nothing unreadable, and the last autosave restores.
    cp "$a" "$SAVES/mini/last.save"
    rk_in 'Robin\n1\nsaves\nrestore last\nquit\n' --seed 7 "$MINI"
    expect_no_crash
    expect_status 0
    expect_out "Restored 'last'."
    expect_no_out "unreadable"
    expect_no_out "tmp"
    # and that play swept away the temporaries of the killed ones
    [ "$(ls -A "$SAVES/mini" | grep -c tmp)" = 0 ] || fail "temporaries left: $(ls -A "$SAVES/mini")"
}

# A save killed mid-write leaves NAME.save.tmpPID: the next play that opens
# or writes the folder removes those of processes that are gone, and old
# ones (their PID reused), never one a live process is writing.
test_stale_temporaries_are_removed_and_live_ones_kept() {
    rk_in 'Robin\n1\nquit\n' --seed 7 "$MINI"
    local d=$SAVES/mini gone
    gone=$(sh -c 'echo $$') # a process that has ended
    kill -0 "$gone" 2>/dev/null && fail "pid $gone is still alive"
    sleep 300 &
    local live=$!
    echo partial >"$d/autosave.save.tmp$gone"
    echo partial >"$d/x.save.tmp$gone"
    echo writing >"$d/autosave.save.tmp$live"
    echo partial >"$d/y.save.tmp$live"
    touch -d '2 hours ago' "$d/y.save.tmp$live"
    echo mine >"$d/notes.tmp"
    # opening the folder (saves lists it) sweeps it
    rk_in 'saves\nquit\n' --seed 7 "$MINI"
    kill "$live"
    expect_status 0
    [ ! -e "$d/autosave.save.tmp$gone" ] && [ ! -e "$d/x.save.tmp$gone" ] || fail "a dead process's temporary is left: $(ls -A "$d")"
    [ ! -e "$d/y.save.tmp$live" ] || fail "an old temporary is left"
    [ "$(cat "$d/autosave.save.tmp$live")" = writing ] || fail "a live process's temporary was removed"
    [ -e "$d/notes.tmp" ] || fail "a file that is no temporary was removed"
    whole_save "$d/autosave.save" || fail "the autosave is broken"
    # writing a save sweeps too
    echo partial >"$d/z.save.tmp$gone"
    rk_in 'Robin\n1\nsave z\nquit\n' --seed 7 "$MINI"
    [ ! -e "$d/z.save.tmp$gone" ] || fail "a save left a stale temporary beside it"
    [ -e "$d/z.save" ] || fail "no save z"
}

# ulimit -f 0: every write of a file fails (the engine ignores SIGXFSZ).
test_a_failing_write_keeps_the_previous_save() {
    rk_in 'Robin\n1\nsave\nquit\n' --seed 7 "$MINI"
    expect_status 0
    cp "$SAVES/mini/save.save" "$T/good.save"
    # stdout goes through a pipe to a writer outside the limit
    ( ulimit -f 0
      printf 'Robin\n1\n1\nsave\nrestore\nstats\nquit\n' | "$REKINDLE" --seed 7 "$MINI" 2>"$T/err"
      echo "status $?" ) | cat >"$T/out"
    sed -n 's/^status //p' "$T/out" >"$T/status"
    expect_no_crash
    expect_status 0
    expect_flat "Could not save: $SAVES/mini/save.save: cannot write (the previous copy is kept): File too large"
    expect_flat "Could not autosave: $SAVES/mini/autosave.save: cannot write (the previous copy is kept)"
    [ "$(count_out "Could not autosave")" = 1 ] || fail "the autosave failure should be said once"
    cmp -s "$T/good.save" "$SAVES/mini/save.save" || fail "the previous save was changed"
    expect_out "Restored 'save'."
    grep -qE '^  patience +[█░]+ +50 of 100$' "$T/out" || fail "the previous save did not restore"
    [ -z "$(ls -A "$SAVES/mini" | grep -v '^\(save\|autosave\)\.save$')" ] ||
        fail "files left behind: $(ls -A "$SAVES/mini")"
    # and it still restores in a later play
    rk_in 'Kim\n2\nrestore\nquit\n' "$MINI"
    expect_status 0
    expect_out "Restored 'save'."
    expect_out "It has been three days since Robin said she needs space."
}

# A data folder that cannot be made: its parent is a regular file (root
# ignores permissions, so chmod would not do).
test_a_data_folder_that_cannot_be_made() {
    echo "not a folder" >"$T/file"
    rk_in 'Robin\n1\nsave\nsaves\nendings\nrestore\n1\n2\n' --seed 7 --data-dir "$T/file/data" "$MINI"
    expect_no_crash
    expect_status 0
    expect_flat "Could not autosave: $T/file/data: cannot create the folder: Not a directory"
    expect_flat "Could not save: $T/file/data: cannot create the folder: Not a directory"
    expect_out "No saves yet"
    expect_out "Endings found: 0 of 1."
    expect_flat "Could not restore: $T/file/data/saves/mini/save.save: cannot read: Not a directory"
    expect_out "Quiet Kitchen" # play went on to the ending
    expect_flat "Could not record the ending: $T/file/data/endings/mini:"
    [ "$(cat "$T/file")" = "not a folder" ] || fail "the file was changed"
    # the same through REKINDLE_DATA
    REKINDLE_DATA=$T/file/data rk_in 'Robin\n1\n2\n' --seed 7 "$MINI"
    expect_no_crash
    expect_status 0
    expect_flat "Could not autosave: $T/file/data: cannot create the folder"
}

# A save is written to a temporary file and renamed over the old one: the
# old file is never opened for writing (its inode is replaced, not reused),
# and nothing is left beside it.
test_a_save_replaces_the_old_file_whole() {
    rk_in 'Robin\n1\nsave x\nquit\n' --seed 7 "$MINI"
    local f=$SAVES/mini/x.save a=$SAVES/mini/autosave.save before_x before_a
    before_x=$(stat -c %i "$f")
    before_a=$(stat -c %i "$a")
    ln "$f" "$T/x.old" # a second link: the old inode lives on whatever happens
    rk_in 'Robin\n1\n1\nsave x\nquit\n' --seed 7 "$MINI"
    expect_status 0
    [ "$(stat -c %i "$f")" != "$before_x" ] || fail "x.save was rewritten in place"
    [ "$(stat -c %i "$a")" != "$before_a" ] || fail "the autosave was rewritten in place"
    [ "$(field "$T/x.old" path)" = "=Robin,@she" ] || fail "the old save's content was changed: $(cat "$T/x.old")"
    [ "$(field "$f" path)" = "=Robin,@she,write-them-one-more-text" ] || fail "new save: $(cat "$f")"
    [ "$(ls -A "$SAVES/mini" | tr '\n' ' ')" = "autosave.save x.save " ] || fail "left behind: $(ls -A "$SAVES/mini")"
}

# ------------------------------------------------------------ check-save

test_check_save_says_where_a_save_still_fits() {
    cp "$MINI" "$T/m.lua"
    rk_in 'Robin\n1\n3\n1\nsave mine\nquit\n' --seed 7 "$T/m.lua"
    local save=$SAVES/mini/mine.save
    [ -f "$save" ] || fail "no save to check"
    rk check-save "$save" "$T/m.lua"
    expect_status 0
    expect_out "$save: a save of Mini ($T/m.lua), seed 7, 4 steps"
    expect_out "the story is as it was when this was saved"
    expect_out "every step still fits: restoring it plays to \"It has been three days since Robin…\" (scene 'kitchen')"
    # an edit that renames the first text choice: the replay stops there
    sed -i 's/choice "Write {them} one more text"/choice "Send {them} one more text"/' "$T/m.lua"
    rk check-save "$save" "$T/m.lua"
    expect_status 1
    expect_out "the story has changed since this was saved"
    expect_out "the replay stops at step 4 of 4"
    expect_out "the choice 'write-them-one-more-text' is not available"
    expect_out "restoring it plays the first 3 steps, then goes on from there"
    # a save of another story, and no save at all
    rk check-save "$save" "$ROOT/tests/stories/chance.lua"
    expect_status 2
    expect_err "the save is of the story 'mini'"
    rk check-save "$T/none.save" "$T/m.lua"
    expect_status 1
    expect_err "none.save: cannot read"
    rk check-save
    expect_status 2
}
