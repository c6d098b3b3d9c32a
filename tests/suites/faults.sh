# Faults from outside the story: the engine killed at any moment while it
# plays and saves, Ctrl-C while text is shown, its output closed or full,
# no home folder, and story files that are not what they seem (a FIFO, a
# folder, unreadable, empty, enormous, not UTF-8). Each ends with a clear
# message and the status of engine/base/status.h, never a crash, a hang or
# a damaged save. (robustness.sh has more of the output faults, saves.sh
# the failing writes of saves, sandbox.sh the faults a story makes.)
#
# Every test has its own data folder, REKINDLE_DATA=$T/data (run.sh).

source "$ROOT/tests/tmux.sh"
MINI=$ROOT/tests/stories/mini.lua
SAVES=$REKINDLE_DATA/saves/mini

# ---------------------------------------------------------------- helpers

# rk_timeout SECS ARGS...: rk with a timeout (status 124) only a hang reaches.
rk_timeout() {
    local secs=$1
    shift
    set +e
    timeout "$secs" "$REKINDLE" "$@" >"$T/out" 2>"$T/err" </dev/null
    echo $? >"$T/status"
    set -e
}

# ------------------------------------------------------ killed while saving

# A play that saves under two names and autosaves after every answer, for
# ever (undo keeps the path short), killed with SIGKILL at a random moment
# of it, again and again: every save left is whole (check-save passes) and
# restores, and the temporaries of the killed writes are swept away.
test_sigkill_at_random_moments_leaves_every_save_resumable() {
    local i pid delay deadline name
    for ((i = 0; i < 25; i++)); do
        [ -e "$SAVES/autosave.save" ] && cp "$SAVES/autosave.save" "$T/before" || : >"$T/before"
        "$REKINDLE" --seed 7 "$MINI" < <(printf 'Robin\n1\n'; yes $'1\nsave a\n3\nsave b\nundo\nundo') \
            >/dev/null 2>&1 &
        pid=$!
        # the kill comes once this play has begun saving, however slow its start
        deadline=$((SECONDS + 120))
        until { [ -e "$SAVES/autosave.save" ] && ! cmp -s "$SAVES/autosave.save" "$T/before"; } ||
            ! kill -0 "$pid" 2>/dev/null; do
            [ "$SECONDS" -lt "$deadline" ] || fail "iteration $i: nothing saved after 120 s"
            sleep 0.01
        done
        delay=$((RANDOM % 300))
        sleep "$(printf '0.%03d' "$delay")"
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        for name in autosave a b; do
            [ -e "$SAVES/$name.save" ] || continue
            rk check-save "$SAVES/$name.save" "$MINI"
            expect_status 0
            expect_out "every step still fits"
        done
    done
    # on a terminal the autosave the last kill left is offered, and continues
    cp "$SAVES/autosave.save" "$T/last.save"
    tm_start 80 24 -- "$MINI"
    tm_wait "Continue it? [Y/n]"
    tm_type y
    tm_wait_prompt
    tm_has "Could not" && tm_fail "the autosave did not continue"
    tm_quit
    # the last of each restores, and those plays remove what the kills left
    cp "$T/last.save" "$SAVES/autosave.save"
    for name in autosave a b; do
        [ -e "$SAVES/$name.save" ] || fail "no $name.save after 25 plays"
        rk_in "Robin\n1\nrestore $name\nquit\n" --seed 7 "$MINI"
        expect_no_crash
        expect_status 0
        expect_out "Restored '$name'."
    done
    [ -z "$(ls -A "$SAVES" | grep -v '^\(autosave\|a\|b\)\.save$')" ] || fail "left behind: $(ls -A "$SAVES")"
}

# ------------------------------------------------------------- Ctrl-C

# A scene taller than the window pauses with "more", its keys read raw.
tall_story() {
    {
        echo 'story { id = "tall", title = "Tall", start = "hall" }'
        echo 'scene "hall" {'
        for i in $(seq 1 40); do echo "  \"Paragraph $i of the hall.\","; done
        echo '  choice "Leave" { go = "out" },'
        echo '}'
        echo 'ending "out" { title = "Out", kind = "growth", "You leave." }'
    } >"$T/tall.lua"
}

test_ctrl_c_at_a_more_pause_restores_the_terminal() {
    tall_story
    tm_start 80 12 -- "$T/tall.lua"
    tm_wait "-- more --"
    tm_keys C-c
    tm_expect_exit 130
    tm_expect_sane_tty
}

# SIGINT while a long passage is being written (--plain: no pauses): the
# engine ends with 130 wherever the signal finds it, the terminal sane.
test_sigint_while_text_is_written_restores_the_terminal() {
    {
        echo 'story { id = "long", title = "Long", start = "a" }'
        echo 'scene "a" {'
        echo '  function(s) return ("A long line of text that goes on. "):rep(60000) end,'
        echo '  choice "Leave" { go = "out" },'
        echo '}'
        echo 'ending "out" { title = "Out", kind = "growth", "You leave." }'
    } >"$T/long.lua"
    tm_start 80 24 -- --plain --time-limit 30 "$T/long.lua"
    tm_wait "A long line of text"
    kill -INT "$(pgrep -P "$(tm display-message -p '#{pane_pid}')" | head -n 1)"
    tm_expect_exit 130
    tm_expect_sane_tty
}

# ------------------------------------------------------ output that fails

# The reader of the output goes away: the play stops at its next question
# with status 4, quietly (the reader chose to go), and the autosave holds.
test_stdout_closed_early_ends_the_play_with_status_4() {
    local lines
    for lines in 1 40; do # before any answer, and after some
        set +e
        { printf 'Robin\n1\n'; yes $'1\n3\nundo\nundo'; } |
            timeout 60 "$REKINDLE" --seed 7 --data-dir "$T/data" "$MINI" 2>"$T/err" | head -n "$lines" >/dev/null
        echo "${PIPESTATUS[1]}" >"$T/status"
        set -e
        expect_status 4
        [ ! -s "$T/err" ] || fail "a message for a reader that went away: $(cat "$T/err")"
    done
    rk check-save "$SAVES/autosave.save" "$MINI"
    expect_status 0
    # the tools too: no death by SIGPIPE
    set +e
    timeout 60 "$REKINDLE" randomtest --runs 200 --json "$MINI" 2>"$T/err" | head -c 10 >/dev/null
    echo "${PIPESTATUS[0]}" >"$T/status"
    set -e
    [ "$(cat "$T/status")" = 0 ] || [ "$(cat "$T/status")" = 4 ] || fail "randomtest ended with $(cat "$T/status")"
}

test_stdout_to_a_full_device_ends_the_play_with_status_4() {
    set +e
    yes 1 | timeout 60 "$REKINDLE" --seed 7 "$MINI" >/dev/full 2>"$T/err"
    echo $? >"$T/status"
    set -e
    expect_status 4
    expect_err "rekindle: cannot write the output: No space left on device"
    [ "$(wc -l <"$T/err")" = 1 ] || fail "more than one message: $(cat "$T/err")"
}

# ------------------------------------------------------------ a full disk

# A data folder on a file system that is full: each save fails with the
# reason, the play goes on, and the previous save is kept whole. A small
# tmpfs needs root; without it the test says why and passes.
test_saving_to_a_full_disk_keeps_the_previous_save() {
    mkdir "$T/small"
    if ! mount -t tmpfs -o size=64k tmpfs "$T/small" 2>/dev/null; then
        echo "skipped: cannot mount a small tmpfs here (needs root)" >&2
        return 0
    fi
    trap 'umount "$T/small" 2>/dev/null || true' EXIT
    rk_in 'Robin\n1\nsave\nquit\n' --seed 7 --data-dir "$T/small/data" "$MINI"
    expect_status 0
    cp "$T/small/data/saves/mini/save.save" "$T/good.save"
    head -c 1M /dev/zero >"$T/small/filler" 2>/dev/null || true # fills it
    rk_in 'Robin\n1\n1\nsave\n2\n' --seed 7 --data-dir "$T/small/data" "$MINI"
    expect_no_crash
    expect_status 0
    tr '\n' ' ' <"$T/out" | tr -s ' ' | grep -qF "Could not save: $T/small/data/saves/mini/save.save: cannot write (the previous copy is kept): No space left on device" ||
        fail "no clear message for the full disk"
    expect_out "Quiet Kitchen" # the play went on to its ending
    cmp -s "$T/good.save" "$T/small/data/saves/mini/save.save" || fail "the previous save changed"
    [ -z "$(ls -A "$T/small/data/saves/mini" | grep tmp)" ] || fail "a temporary was left"
    rk check-save "$T/small/data/saves/mini/save.save" "$MINI"
    expect_status 0
}

# ------------------------------------------------------------ no home

# No HOME and no XDG_* folders, as a user with no entry in the password
# database either (so root's own folders are never touched), on a terminal
# (a script keeps nothing anyway): nothing is kept, the play says why and
# goes on.
screen_says() { tm_text | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$1"; }

test_no_home_and_no_xdg_folders() {
    command -v setpriv >/dev/null || { echo "skipped: no setpriv" >&2; return 0; }
    [ "$(id -u)" = 0 ] || { echo "skipped: not root (setpriv needs it)" >&2; return 0; }
    local uid=54321
    ! getent passwd "$uid" >/dev/null || { echo "skipped: uid $uid exists" >&2; return 0; }
    chmod 755 "$T"
    cat >"$T/homeless" <<EOF
#!/bin/sh
exec env -u HOME -u XDG_DATA_HOME -u XDG_STATE_HOME -u XDG_CONFIG_HOME -u REKINDLE_DATA \\
    setpriv --reuid=$uid --regid=$uid --clear-groups "$REKINDLE" "\$@"
EOF
    chmod 755 "$T/homeless"
    REKINDLE=$T/homeless tm_start 80 24 -- --seed 7 "$MINI"
    tm_wait "What is their name?"
    tm_wait_prompt
    tm_answer Robin
    tm_answer 1
    tm_answer save
    tm_until screen_says "Could not save: saves are off: there is no home folder to keep them in (set HOME, or use --data-dir DIR)" ||
        tm_fail "no reason why nothing is kept"
    tm_answer 2
    tm_wait "Quiet Kitchen" # the play went on to its ending
    tm_keys -l quit
    tm_keys Enter
    tm_expect_exit 0
}

# ------------------------------------------------------- odd story files

test_a_fifo_story_is_refused_at_once() {
    mkfifo "$T/fifo.lua"
    rk_timeout 60 "$T/fifo.lua"
    expect_status 1
    expect_err "$T/fifo.lua: cannot read: not a regular file"
    rk_timeout 60 check "$T/fifo.lua"
    expect_status 1
    expect_err "$T/fifo.lua: cannot read: not a regular file"
    rk_timeout 60 /dev/zero
    expect_status 1
    expect_err "/dev/zero: cannot read: not a regular file"
}

test_a_folder_story_without_story_lua() {
    mkdir "$T/dir.lua"
    rk_timeout 60 "$T/dir.lua"
    expect_status 1
    expect_err "$T/dir.lua: a folder without a story.lua"
}

# Root reads any file: the unreadable one is read as another user.
test_an_unreadable_story() {
    cp "$MINI" "$T/locked.lua"
    chmod 000 "$T/locked.lua"
    if [ "$(id -u)" = 0 ]; then
        command -v setpriv >/dev/null || { echo "skipped: root, and no setpriv to be another user" >&2; return 0; }
        chmod 755 "$T"
        set +e
        REKINDLE_DATA=/nonexistent setpriv --reuid=65534 --regid=65534 --clear-groups \
            "$REKINDLE" "$T/locked.lua" >"$T/out" 2>"$T/err" </dev/null
        echo $? >"$T/status"
        set -e
    else
        rk "$T/locked.lua"
    fi
    expect_status 1
    expect_err "$T/locked.lua: cannot read: Permission denied"
}

test_an_empty_story() {
    : >"$T/empty.lua"
    rk_timeout 60 "$T/empty.lua"
    expect_status 1
    expect_err "$T/empty.lua:1: no story { ... } declaration"
}

# 50 MiB: refused by its size before it is read, with the limit and how to
# raise it... and a story just under the limit is not refused for its size.
test_an_enormous_story() {
    head -c 50M /dev/zero | tr '\0' 'a' >"$T/huge.lua"
    rk_timeout 60 "$T/huge.lua"
    expect_no_crash
    expect_status 1
    expect_err "$T/huge.lua: too large (52428800 bytes; the limit is"
    rk_timeout 60 check "$T/huge.lua"
    expect_status 1
    expect_err "too large"
}

# Latin-1 text: shown with U+FFFD for each bad byte, never raw bytes; check
# names the line and says how to fix it.
test_a_story_not_in_utf8() {
    printf 'story { id = "t", title = "Caf\xe9", start = "a" }\nscene "a" { "Un caf\xe9 cr\xe8me.", choice "Go" { go = "e" } }\nending "e" { title = "End", kind = "growth", "Bye." }\n' >"$T/latin1.lua"
    rk_in '1\n' "$T/latin1.lua"
    expect_no_crash
    expect_status 0
    expect_out "Un caf� cr�me."
    ! grep -q $'\xe9' "$T/out" || fail "a byte that is not UTF-8 reached the output"
    rk check "$T/latin1.lua"
    expect_status 0 # a warning
    expect_err "$T/latin1.lua:1: warning: not UTF-8 (byte 0xE9 at column 31): it shows as �; save the file as UTF-8"
    expect_err "$T/latin1.lua:2: warning: not UTF-8 (byte 0xE9 at column 20)"
    rk check --strict "$T/latin1.lua"
    expect_status 1
}

# ------------------------------------------------------------- wrapping

# Pictures glued by joiners: no line wider than --width, on a terminal that
# joins them or one that draws them apart (measured here apart: a picture
# takes two columns, a joiner none).
test_text_glued_by_joiners_keeps_to_the_width() {
    {
        echo 'story { id = "z", title = "Z", start = "a" }'
        printf 'scene "a" { "go %s end", choice "Go" { go = "e" } }\n' "$(printf '\\u{1F600}\\u{200D}%.0s' $(seq 15))\\u{1F600}"
        echo 'ending "e" { title = "End", kind = "growth", "Bye." }'
    } >"$T/z.lua"
    rk_in '1\n' --width 20 "$T/z.lua"
    expect_status 0
    grep -q $'\xe2\x80\x8d' "$T/out" || fail "the story's joiners are not in the output"
    perl -CSD -ne 'chomp; my $w = 0;
        for my $c (split //) { $w += $c =~ /[\x{200D}\p{Mn}\p{Me}]/ ? 0 : $c =~ /\p{East_Asian_Width=Wide}|\p{East_Asian_Width=Fullwidth}/ ? 2 : 1 }
        if ($w > 20) { print "$w: $_\n"; $bad = 1 } END { exit($bad ? 1 : 0) }' "$T/out" >"$T/wide" ||
        fail "lines wider than 20 columns: $(cat "$T/wide")"
}
