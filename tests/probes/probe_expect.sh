# probe_expect.sh - a probe (see README.md): a suite test whose check fails.
# The harness must report it.

test_an_expectation_fails() {
    rk --version
    expect_status 1 # it is 0
}
