#!/usr/bin/env bash
# tests/run.sh - runs every test: unit tests (cmocka) and the shell suites
# (command line, stories, sandbox, terminal), first against the normal build,
# then against the AddressSanitizer + UndefinedBehaviorSanitizer build.
# Ends with one line: "N passed, M failed".
set -u
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=98
export ROOT=$PWD
export REKINDLE_PATH="$ROOT/stories"
unset NO_COLOR
export TERM=xterm-256color  # TERM=dumb would turn on --plain for every play

passed=0
failed=0
failures=()

record() { # record NAME STATUS
    if [ "$2" -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failures+=("$1")
        echo "FAIL $1"
    fi
}

run_unit() { # run_unit BUILD
    local bin line
    for bin in "$1"/tests/test_*; do
        [ -x "$bin" ] || continue
        while IFS= read -r line; do
            case "$line" in
            "ok "*) record "$1 $(basename "$bin"): ${line#ok * - }" 0 ;;
            "not ok "*) record "$1 $(basename "$bin"): ${line#not ok * - }" 1 ;;
            esac
        done < <(CMOCKA_MESSAGE_OUTPUT=TAP "$bin" 2>&1)
    done
}

run_suite() { # run_suite BUILD SUITE
    local build=$1 suite=$2 name status
    for name in $(bash -c "source tests/lib.sh; source '$suite'; declare -F" | awk '$3 ~ /^test_/ {print $3}'); do
        local tmp
        tmp=$(mktemp -d)
        ( set -eu; T=$tmp; REKINDLE=$build; REKINDLE_DATA=$tmp/data; export T REKINDLE REKINDLE_DATA; cd "$tmp"
          source "$ROOT/tests/lib.sh"; source "$ROOT/$suite"; "$name" ) >"$tmp/.log" 2>&1
        status=$?
        if [ $status -ne 0 ]; then sed 's/^/  /' "$tmp/.log"; fi
        record "$(basename "$(dirname "$build")") $(basename "$suite" .sh): $name" $status
        rm -rf "$tmp"
    done
}

for build in build build-address; do
    bin=$PWD/rekindle
    [ "$build" = build ] || bin=$PWD/$build/rekindle
    if [ ! -x "$bin" ]; then
        echo "missing $bin: run 'make test'" >&2
        failed=$((failed + 1))
        continue
    fi
    echo "== $build: unit tests"
    run_unit "$build"
    for suite in tests/suites/*.sh; do
        # valgrind cannot run a sanitized binary: such suites say so on line 1
        if [ "$build" != build ] && head -n 1 "$suite" | grep -q "normal build only"; then continue; fi
        echo "== $build: $(basename "$suite" .sh)"
        run_suite "$bin" "$suite"
    done
done

if [ ${#failures[@]} -gt 0 ]; then
    echo
    echo "Failed:"
    printf '  %s\n' "${failures[@]}"
fi
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
