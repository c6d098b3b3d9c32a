# The harness itself: tests/run.sh must turn red when a test fails, in each
# way a test can fail. Each test runs the harness on one probe (a test made
# to fail, see tests/probes/README.md) of the build under test, and expects
# the run red with that failure named; one runs it on a sound unit binary
# and expects it green.

# harness ARGS...: tests/run.sh ARGS; output in $T/out, status in $T/status.
harness() {
    set +e
    "$ROOT/tests/run.sh" "$@" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
}

# probe NAME: the harness on the unit binary BUILD/probes/NAME alone.
probe() {
    local bin=$ROOT/$BUILD/probes/$1
    [ -x "$bin" ] || fail "no $bin: 'make unit' builds the probes"
    harness "$bin"
}

# expect_counts PASSED FAILED: the run's last line.
expect_counts() {
    local last
    last=$(tail -n 1 "$T/out")
    [ "$last" = "$1 passed, $2 failed" ] || fail "the run ended with '$last', expected '$1 passed, $2 failed'"
}

# expect_red PASSED FAILED: the run failed, with these counts.
expect_red() {
    expect_status 1
    expect_counts "$1" "$2"
}

test_a_sound_unit_binary_is_green() {
    local bin=$ROOT/$BUILD/tests/test_rng n
    n=$(CMOCKA_MESSAGE_OUTPUT=TAP "$bin" 2>/dev/null | grep -c '^ok ')
    [ "$n" -gt 0 ] || fail "test_rng reported no result"
    harness "$bin"
    expect_status 0
    expect_counts "$n" 0
    expect_no_out "FAIL"
}

test_a_failed_assertion_is_red() {
    probe probe_fail
    expect_red 1 1
    expect_out "FAIL $BUILD probe_fail: test_fails_an_assertion"
    expect_out "ERROR: this probe fails on purpose" # its stderr
}

test_a_binary_that_exits_midway_with_0_is_red() {
    probe probe_exit
    expect_red 1 1
    expect_out "FAIL $BUILD probe_exit: 1 of the 3 results planned"
}

test_a_bad_exit_status_is_red() {
    probe probe_status
    expect_red 1 1
    expect_out "FAIL $BUILD probe_status: exited with status 3"
}

test_a_failed_suite_test_is_red() {
    harness --build "$BUILD" "$ROOT/tests/probes/probe_expect.sh"
    expect_red 0 1
    expect_out "FAIL $BUILD probe_expect: test_an_expectation_fails"
    expect_out "exit status 0, expected 1" # its log
}

# A test that never ends is stopped (TEST_TIMEOUT is short here: the probe
# never ends, however fast the machine) and nothing of it is left running.
test_a_suite_test_that_never_ends_is_stopped() {
    PROBE_HANG_PID=$T/pid TEST_TIMEOUT=2 harness --build "$BUILD" "$ROOT/tests/probes/probe_hang.sh"
    expect_red 0 1
    expect_out "FAIL $BUILD probe_hang: test_never_ends"
    expect_out "still running after 2 s: stopped"
    [ -s "$T/pid" ] || fail "the probe did not start"
    # (a zombie, ended but not yet reaped by init, counts as ended)
    local state
    state=$(ps -o stat= -p "$(cat "$T/pid")" || true)
    case $state in "" | Z*) ;; *) fail "the probe's sleep is still running ($state)" ;; esac
}

# Every probe that fits the build turns `tests/run.sh --probes` red. (Short
# TEST_TIMEOUT for probe_hang.sh: a probe stopped for it fails all the same.)
test_every_probe_fails_under_run_sh_probes() {
    TEST_TIMEOUT=2 harness --probes --build "$BUILD"
    expect_status 1
    local src name n=0
    for src in "$ROOT"/tests/probes/probe_*.c "$ROOT"/tests/probes/probe_*.sh; do
        if [ "$BUILD" = build ] && head -n 1 "$src" | grep -q "sanitizer build only"; then continue; fi
        name=$(basename "${src%.*}")
        grep -q "^FAIL $BUILD $name: " "$T/out" || fail "the probe $name did not fail"
        n=$((n + 1))
    done
    [ "$n" -ge 5 ] || fail "only $n probes"
    grep -q "^[0-9]* passed, [1-9][0-9]* failed$" "$T/out" || fail "no failures counted"
}

# The sanitizers' failures: in the sanitizer build only (without them these
# probes pass).
if [ "${BUILD:-}" = build-address ]; then

test_a_signed_overflow_is_red() {
    probe probe_overflow
    expect_red 1 1
    expect_out "FAIL build-address probe_overflow: 1 of the 3 results planned; exited with status 98"
    expect_out "runtime error: signed integer overflow"
}

test_a_leak_is_red() {
    probe probe_leak
    expect_red 2 1
    # 99 (ASAN_OPTIONS) with gcc; clang's sanitizers share one exitcode, and
    # UBSAN_OPTIONS, read last, sets it to 98. Either way the run is red.
    grep -qE "FAIL build-address probe_leak: exited with status (98|99)" "$T/out" || fail "the leak is not a failure"
    expect_out "ERROR: LeakSanitizer: detected memory leaks"
}

fi
