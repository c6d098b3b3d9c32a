# tests/lib.sh - helpers shared by the shell test suites. Sourced by run.sh.
#
# A suite is a file of functions named test_*; each runs in a fresh bash
# under `set -eu` in a fresh temporary directory ($T), with the engine of the
# build under test in $REKINDLE and that build's folder name (build or
# build-address) in $BUILD. A test fails when it returns non-zero or calls
# fail, or when it is still running after TEST_TIMEOUT seconds (tests/run.sh).
# A suite that needs the tmux helpers sources tests/tmux.sh.

# rk ARGS...: runs the engine; stdout in $T/out, stderr in $T/err, status in $T/status.
rk() {
    set +e
    "$REKINDLE" "$@" >"$T/out" 2>"$T/err" </dev/null
    echo $? >"$T/status"
    set -e
}

# rk_in INPUT ARGS...: the same with INPUT (printf format) as stdin.
rk_in() {
    local input=$1
    shift
    set +e
    printf "$input" | "$REKINDLE" "$@" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
}

fail() {
    echo "    $*" >&2
    echo "    --- stdout (tail)" >&2
    tail -n 15 "$T/out" 2>/dev/null | sed 's/^/    | /' >&2
    echo "    --- stderr" >&2
    head -n 15 "$T/err" 2>/dev/null | sed 's/^/    | /' >&2
    exit 1
}

# The engine ended by itself: no signal, no sanitizer report (ASan exits
# 99, UBSan 98: see run.sh), not stopped by a test's timeout (124).
expect_no_crash() {
    local st
    st=$(cat "$T/status")
    [ "$st" -lt 128 ] || fail "killed by signal $((st - 128))"
    [ "$st" != 124 ] || fail "still running: stopped by the test's timeout"
    [ "$st" != 99 ] || fail "AddressSanitizer report (status 99)"
    [ "$st" != 98 ] || fail "UndefinedBehaviorSanitizer report (status 98)"
    ! grep -qE 'Sanitizer|runtime error' "$T/err" || fail "a sanitizer report on stderr"
}

expect_status() {
    local got
    got=$(cat "$T/status")
    [ "$got" = "$1" ] || fail "exit status $got, expected $1"
}

# expect_out / expect_err TEXT: the output contains TEXT (fixed string).
expect_out() { grep -qF -- "$1" "$T/out" || fail "stdout lacks: $1"; }
expect_err() { grep -qF -- "$1" "$T/err" || fail "stderr lacks: $1"; }
expect_no_out() { ! grep -qF -- "$1" "$T/out" || fail "stdout has: $1"; }

# story NAME <<'EOF' ... : writes a story file $T/NAME.lua from stdin.
story() { cat >"$T/$1.lua"; }

# A minimal valid story header, for tests about one feature.
header() {
    cat <<'LUA'
story { id = "t", title = "Test", start = "a", meters = { patience = 50 }, vars = { name = "Sam", n = 0 } }
LUA
}
