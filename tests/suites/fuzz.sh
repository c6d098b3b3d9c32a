# The fuzzers' findings, kept: every input in tests/fuzz/regressions/ (each
# once crashed the engine, or broke a harness's check) and the seeds of
# tests/fuzz/corpus/ replayed through the harnesses, built without libFuzzer
# by this build's compiler (tests/fuzz/replay.c), so the gcc build and the
# sanitizer build both run them. make fuzz finds new ones (tests/fuzz/README.md).

# driver_of HARNESS: the replay driver of the build under test ($BUILD, set
# by tests/run.sh; else the folder of $REKINDLE).
driver_of() {
    local build=${BUILD:-}
    if [ -z "$build" ]; then
        case $REKINDLE in */build-address/rekindle) build=build-address ;; *) build=build ;; esac
    fi
    [ -x "$ROOT/$build/fuzz/replay_$1" ] || fail "missing $ROOT/$build/fuzz/replay_$1: 'make unit' builds it"
    echo "$ROOT/$build/fuzz/replay_$1"
}

# replay HARNESS: its regressions and seeds through $BUILD's driver; fails
# unless every file ran and the driver ended cleanly.
replay() {
    local driver files
    driver=$(driver_of "$1")
    files=$(find "$ROOT/tests/fuzz/regressions/$1" "$ROOT/tests/fuzz/corpus/$1" -type f ! -name '.*' | wc -l)
    set +e
    "$driver" "$ROOT/tests/fuzz/regressions/$1" "$ROOT/tests/fuzz/corpus/$1" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
    expect_status 0
    expect_err "replayed $files input"
}

test_story_inputs_replay() { replay story; }
test_play_inputs_replay() { replay play; }
test_save_inputs_replay() { replay save; }
test_answer_inputs_replay() { replay answer; }
test_wrap_inputs_replay() { replay wrap; }

test_replay_stops_at_an_input_it_cannot_read() {
    local driver
    driver=$(driver_of wrap)
    printf '\x14\x00a b c' >"$T/ok"
    "$driver" "$T/ok" 2>"$T/err" || fail "a harmless input failed"
    set +e
    "$driver" "$T/ok" "$T/missing" 2>"$T/err"
    echo $? >"$T/status"
    set -e
    expect_status 2
}
