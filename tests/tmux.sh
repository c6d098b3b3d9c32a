# tests/tmux.sh - driving the engine in a pseudo-terminal under tmux, for the
# suites that check the screen as a person sees it (terminal.sh, session.sh).
# A suite sources it: source "$ROOT/tests/tmux.sh".
#
# Every test has its own tmux server on a socket in $T, with a window of a
# size it sets, and kills it on exit. The pane runs the engine, then records
# the terminal's modes (stty -a) in $T/stty and shows "EXIT:<status>".
# Everything the engine writes, escape sequences included, is recorded in
# $T/raw (tmux pipe-pane), from before the engine starts.

# Seconds to wait for the screen to show what a test expects. Waits poll and
# end as soon as it shows, so this only bounds a wait that will never end: it
# is far above the slowest screen (the sanitizer build on a machine loaded 4
# to 2 cores), never a speed check.
TM_TIMEOUT=${TM_TIMEOUT:-60}

tm() { tmux -S "$T/tmux.sock" "$@"; }

# tm_start COLS ROWS [NAME=VALUE...] [-- ENGINE ARGS...]: starts the engine
# ($REKINDLE) in a COLS x ROWS window, with the environment entries given.
tm_start() {
    local cols=$1 rows=$2 envs=() args=()
    shift 2
    command -v tmux >/dev/null || fail "tmux is not installed (make test-deps installs it)"
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    args=("$@")
    cat >"$T/tmux.conf" <<'EOF'
set -g status off
set -g remain-on-exit on
set -g history-limit 10000
set -sg escape-time 0
EOF
    local cmd go
    cmd=$(printf '%q ' env LC_ALL=C.UTF-8 TERM=xterm-256color INPUTRC=/dev/null \
        ${envs[@]+"${envs[@]}"} "$REKINDLE" ${args[@]+"${args[@]}"})
    go=$(printf '%q' "$T/.go")
    rm -f "$T/.go" "$T/raw" "$T/stty"
    trap 'tm kill-server >/dev/null 2>&1 || true' EXIT
    unset TMUX
    # The pane waits for $T/.go: the recording of its output starts first.
    # Then bash runs the engine (no shell in between): on Ctrl-C it waits
    # for the engine and goes on only if the engine exited, rather than died
    # of the signal, so a pane that shows EXIT:130 saw a real exit(130).
    tm -f "$T/tmux.conf" new-session -d -x "$cols" -y "$rows" \
        bash -c "until [ -e $go ]; do sleep 0.01; done; $cmd; s=\$?; stty -a >$(printf '%q' "$T/stty"); echo EXIT:\$s"
    tm pipe-pane -o "cat >>$(printf '%q' "$T/raw")"
    touch "$T/.go"
}

# All the pane's lines, history included, with lines tmux wrapped joined
# again (so a line is what the engine wrote) and trailing spaces dropped.
tm_text() { tm capture-pane -p -J -S - | sed 's/ *$//'; }

# The visible screen (-e: with styles as escape sequences).
tm_screen() { tm capture-pane -p "$@"; }

# The line the cursor is on, trailing spaces dropped.
tm_cursor_line() {
    local y
    y=$(tm display-message -p '#{cursor_y}')
    tm capture-pane -p -S "$y" -E "$y" | sed 's/ *$//'
}

tm_fail() {
    echo "    $*" >&2
    if tm_ended 2>/dev/null; then echo "    (the engine has ended)" >&2; fi
    echo "    --- screen" >&2
    tm_screen 2>/dev/null | sed 's/^/    | /' >&2
    exit 1
}

# The engine has ended: its exit line is shown, or the pane died.
tm_ended() { tm_has "EXIT:" || [ "$(tm display-message -p '#{pane_dead}')" = 1 ]; }

# Polls until "$@" (a command) succeeds, for up to TM_TIMEOUT seconds of wall
# time (however slow each look is); gives up at once (after one last look)
# when the engine has ended.
tm_until() {
    local end=$((SECONDS + TM_TIMEOUT))
    while :; do
        "$@" && return 0
        if tm_ended; then
            "$@"
            return
        fi
        [ "$SECONDS" -lt "$end" ] || break
        sleep 0.05
    done
    "$@" # one last look
}

tm_count() { tm_text | grep -cF -- "$1" || true; }
tm_has() { [ "$(tm_count "$1")" -ge "${2:-1}" ]; }
tm_prompts() { tm_text | grep -c '^>' || true; }
tm_at_line() { [ "$(tm_cursor_line)" = "$1" ]; }

# tm_wait TEXT [N]: waits until N lines (default 1) show TEXT.
tm_wait() { tm_until tm_has "$1" "${2:-1}" || tm_fail "never shown: $1"; }

# tm_wait_line TEXT: waits until the cursor's line reads TEXT.
tm_wait_line() { tm_until tm_at_line "$1" || tm_fail "the cursor's line never read '$1'"; }

# Waits for an empty "> " prompt: readline is ready for keys.
tm_wait_prompt() { tm_wait_line ">"; }

# tm_keys KEYS...: send-keys (key names: Enter, Tab, Up, C-c, ...).
tm_keys() { tm send-keys "$@"; }

# tm_answer TEXT: types TEXT and Enter at the prompt and waits for the next
# prompt (a new line starting with ">", empty, under the cursor).
tm_answer() {
    local before
    before=$(tm_prompts)
    tm send-keys -l -- "$1"
    tm send-keys Enter
    tm_until tm_more_prompts "$before" || tm_fail "no new prompt after answering '$1'"
}
tm_more_prompts() { [ "$(tm_prompts)" -gt "$1" ] && tm_at_line ">"; }

# tm_type TEXT: types TEXT and Enter (at a prompt that is not "> ").
tm_type() {
    tm send-keys -l -- "$1"
    tm send-keys Enter
}

# Types quit and expects a clean exit.
tm_quit() {
    tm_type quit
    tm_expect_exit 0
}

# tm_expect_exit STATUS: waits for the engine to end; checks its status.
tm_expect_exit() {
    tm_until tm_ended || tm_fail "timed out waiting for the engine to exit"
    tm_has "EXIT:" || tm_fail "the pane died: $(tm display-message -p 'status #{pane_dead_status}, signal #{pane_dead_signal}')"
    local got
    got=$(tm_text | sed -n 's/^EXIT:\([0-9]*\)$/\1/p' | tail -n 1)
    [ "$got" = "$1" ] || tm_fail "exit status $got, expected $1"
}

# The terminal is usable again: echo and canonical mode are on.
tm_expect_sane_tty() {
    tm_until test -s "$T/stty" || tm_fail "no stty output"
    local modes
    modes=$(tr '\n' ' ' <"$T/stty")
    case " $modes " in
    *" -echo "* | *" -icanon "*) tm_fail "terminal left in raw mode: $modes" ;;
    esac
    case " $modes " in
    *" echo "*) ;;
    *) tm_fail "no echo in: $modes" ;;
    esac
    case " $modes " in
    *" icanon "*) ;;
    *) tm_fail "no icanon in: $modes" ;;
    esac
}

# The widest line of the joined text, in columns (wc -L counts columns).
tm_widest() { tm_text | LC_ALL=C.UTF-8 wc -L; }

# The joined text as one line, spaces squeezed: wrapped sentences read whole.
tm_flat() { tm_text | tr '\n' ' ' | tr -s ' '; }

# tm_wait_flat TEXT: waits until TEXT shows, however the window wrapped it.
tm_has_flat() { tm_flat | grep -qF -- "$1"; }
tm_wait_flat() { tm_until tm_has_flat "$1" || tm_fail "never shown: $1"; }

# tm_kill: ends this test's tmux server (before starting another engine).
tm_kill() { tm kill-server >/dev/null 2>&1 || true; }
