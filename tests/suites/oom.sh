# The out-of-memory loop, short (make oom runs it whole): plays run again
# with their k-th allocation failing (tests/oom/run.sh, with the test-only
# allocator build/failalloc.so preloaded) end in a clean error or a clean
# finish, never a crash, a leak, a reason lost or a damaged save.
#
# Against the sanitizer build, the plays run in build-address-gcc/ (the same
# sanitizers, by gcc): clang links its ASan runtime into the program, where
# no preloaded allocator can come before it.

oom_build() {
    case ${BUILD:-build} in build-address) echo build-address-gcc ;; *) echo build ;; esac
}

# oom_loop ENV...: tests/oom/run.sh with these settings; fails with its
# report unless every run was clean.
oom_loop() {
    env OOM_BUILD="$(oom_build)" "$@" "$ROOT/tests/oom/run.sh" >"$T/out" 2>"$T/err" ||
        fail "the out-of-memory loop failed: $(grep -m 5 -E '^k=|^tests/oom' "$T/out" "$T/err")"
    grep -qE '^oom: [0-9]+ runs: .*, 0 failures$' "$T/out" || fail "no summary"
}

# The test mode itself: counting works, and a failed allocation is felt.
test_oom_failing_allocator_takes_effect() {
    local bin=$ROOT/$(oom_build)/rekindle count
    [ "$(oom_build)" = build ] && bin=$ROOT/rekindle
    set +e
    REKINDLE_FAIL_ALLOC=0 REKINDLE_FAIL_ALLOC_COUNT=$T/count LD_PRELOAD=$ROOT/build/failalloc.so \
        ASAN_OPTIONS=verify_asan_link_order=0 "$bin" check "$ROOT/tests/stories/mini.lua" >"$T/out" 2>"$T/err"
    local ok=$?
    count=$(cat "$T/count")
    # memory gone from half-way through the check on
    REKINDLE_FAIL_ALLOC=$((count / 2))+ LD_PRELOAD=$ROOT/build/failalloc.so \
        ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=0 \
        "$bin" check "$ROOT/tests/stories/mini.lua" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
    [ "$ok" = 0 ] || fail "check failed with nothing failing: status $ok"
    [ "$count" -gt 100 ] || fail "failalloc.so counted $count allocations: not in effect"
    expect_status 1
    expect_err "memory" # "out of memory", or "not enough memory" while the sandbox is set up
}

# A small play with a save, the list of saves and a load: every third k
# (about 2,500 allocations in all: most are Lua's and the C library's
# start-up), so that the suite takes about a minute.
MINI_PLAY=(OOM_STORY="$ROOT/tests/stories/mini.lua" OOM_SEED=7
    OOM_ANSWERS='Robin|1|1|save|1|save two|saves|load two|2')

test_oom_every_third_allocation_of_a_small_play() {
    oom_loop "${MINI_PLAY[@]}" OOM_MODE=once OOM_STEP=3
}

# Every allocation from the k-th on failing, in the same play.
test_oom_memory_that_stays_exhausted() {
    oom_loop "${MINI_PLAY[@]}" OOM_MODE=after OOM_STEP=13
}

# A sample of the whole play of Small Promises (make oom tries every k).
test_oom_a_sample_of_a_bundled_story() {
    oom_loop OOM_STEP=307 OOM_MODE=both
}
