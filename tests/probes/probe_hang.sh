# probe_hang.sh - a probe (see README.md): a suite test that never ends. The
# harness must stop it after TEST_TIMEOUT seconds and report it.

test_never_ends() {
    sleep 1000000 &
    echo $! >"${PROBE_HANG_PID:-/dev/null}" # for harness.sh: is it still running?
    wait
}
