#!/usr/bin/env bash
# tests/run.sh - runs every test: unit tests (cmocka) and the shell suites
# (command line, stories, sandbox, terminal), first against the normal build,
# then against the AddressSanitizer + UndefinedBehaviorSanitizer build.
# Ends with one line: "N passed, M failed"; the exit status is 0 only when
# nothing failed.
#
#   tests/run.sh                 every test, in build/ then build-address/
#   tests/run.sh --build DIR     only against DIR (build or build-address);
#                                may be given twice
#   tests/run.sh --probes        the probes of tests/probes/ instead: tests
#                                made to fail, each must turn the run red
#                                (make test-harness)
#   tests/run.sh FILE...         only these: unit binaries (BUILD/tests/test_*,
#                                BUILD/probes/probe_*) and suites (*.sh)
#
# A unit binary runs with CMOCKA_MESSAGE_OUTPUT=TAP. Each "ok" or "not ok"
# line is a result; the binary as a whole fails, besides, when it exits with
# a status its results do not explain (0 when all passed, 1 to the number of
# failures otherwise: a sanitizer's 98 or 99, a signal, a hang), or when a
# group's results do not match its plan ("1..N" first, then N results
# numbered 1 to N: a binary that ends midway). Its stderr is then shown.
#
# A suite is a file of test_* functions (see tests/lib.sh); each runs in a
# fresh bash under `set -eu`, in a fresh temporary folder, and fails when it
# returns non-zero. Unit binaries and suite tests alike are stopped after
# TEST_TIMEOUT seconds (default 1200; 20 with --probes): a guard against a
# hang, far above any test's time on a loaded machine, never a speed check.
set -u

usage() { # usage STATUS: the synopsis above; on stderr unless asked for
    if [ "$1" -eq 0 ]; then exec 3>&1; else exec 3>&2; fi
    sed -n '/^#   tests\/run.sh/,/^#$/p' "$0" | sed '$d; s/^# \{0,1\}//' >&3
    exit "$1"
}

builds=()
files=()
probes=false
while [ $# -gt 0 ]; do
    case $1 in
    --build)
        [ $# -ge 2 ] || usage 2
        case $2 in build | build-address) builds+=("$2") ;; *) usage 2 ;; esac
        shift 2 ;;
    --probes) probes=true; shift ;;
    -h | --help) usage 0 ;;
    -*) usage 2 ;;
    /*) files+=("$1"); shift ;;
    *) files+=("$PWD/$1"); shift ;;
    esac
done
[ ${#builds[@]} -gt 0 ] || builds=(build build-address)
cd "$(dirname "$0")/.." || exit 2
export LC_ALL=C.UTF-8
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=98
export ROOT=$PWD
export REKINDLE_PATH="$ROOT/stories"
unset NO_COLOR
export TERM=xterm-256color  # TERM=dumb would turn on --plain for every play

if $probes; then TEST_TIMEOUT=${TEST_TIMEOUT:-20}; else TEST_TIMEOUT=${TEST_TIMEOUT:-1200}; fi

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

# The test running now: the `timeout` that runs it, and its folder.
child=
current=

# Each test runs under `timeout -k 10 $TEST_TIMEOUT`, which gives it a process
# group of its own (so as to stop all of it), which a Ctrl-C on the terminal
# does not reach: it runs in the background, as $child, and wait_child waits
# for it, so that the trap below can stop it.
wait_child() {
    local status
    wait "$child"
    status=$?
    child=
    return "$status"
}

interrupted() {
    trap - INT TERM
    if [ -n "$child" ]; then
        kill -TERM "$child" 2>/dev/null # timeout passes it on to the whole test
        wait "$child" 2>/dev/null
    fi
    if [ -n "$current" ]; then
        if [ -S "$current/tmux.sock" ]; then tmux -S "$current/tmux.sock" kill-server >/dev/null 2>&1; fi
        rm -rf "$current"
    fi
    echo
    echo "interrupted: $passed passed, $failed failed so far"
    exit 130
}
trap interrupted INT TERM

# engine_of BUILD: the engine that build makes.
engine_of() {
    if [ "$1" = build ]; then echo "$ROOT/rekindle"; else echo "$ROOT/$1/rekindle"; fi
}

# run_unit_bin BUILD BIN: one cmocka binary, its results and its health.
run_unit_bin() {
    local build=$1 bin=$2 name out err status line
    name="$build $(basename "$bin")"
    current=$(mktemp -d)
    out=$current/out
    err=$current/err
    CMOCKA_MESSAGE_OUTPUT=TAP timeout -k 10 "$TEST_TIMEOUT" "$bin" >"$out" 2>"$err" </dev/null &
    child=$!
    wait_child
    status=$?
    local plan=-1 count=0 nfail=0 problems=() n
    while IFS= read -r line; do
        case $line in
        1..[0-9]*)
            n=${line#1..}
            n=${n%%[!0-9]*}
            if [ "$plan" -ge 0 ] && [ "$count" -ne "$plan" ]; then
                problems+=("$count of the $plan results planned")
            elif [ "$plan" -lt 0 ] && [ "$count" -gt 0 ]; then
                problems+=("$count results before a plan")
            fi
            plan=$n
            count=0
            ;;
        "ok "* | "not ok "*)
            count=$((count + 1))
            n=${line#ok }
            n=${n#not ok }
            n=${n%%[!0-9]*}
            [ "$n" = "$count" ] || problems+=("result '$line' out of order (expected number $count)")
            case $line in
            "ok "*) record "$name: ${line#ok * - }" 0 ;;
            *"# SKIP"* | *"# skip"*) echo "SKIP $name: ${line#*# [Ss][Kk][Ii][Pp] }"; passed=$((passed + 1)) ;;
            *) nfail=$((nfail + 1)); record "$name: ${line#not ok * - }" 1 ;;
            esac
            ;;
        esac
    done <"$out"
    if [ "$plan" -lt 0 ]; then
        problems+=("no plan (1..N), $count results")
    elif [ "$count" -ne "$plan" ]; then
        problems+=("$count of the $plan results planned")
    fi
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
        problems+=("still running after $TEST_TIMEOUT s: stopped")
    elif [ "$nfail" -eq 0 ] && [ "$status" -ne 0 ]; then
        problems+=("exited with status $status")
    elif [ "$nfail" -gt 0 ] && { [ "$status" -lt 1 ] || [ "$status" -gt "$nfail" ]; }; then
        problems+=("exited with status $status after $nfail failures")
    fi
    if [ ${#problems[@]} -gt 0 ]; then
        local joined
        joined=$(printf '%s; ' "${problems[@]}")
        record "$name: ${joined%; }" 1
    fi
    if [ ${#problems[@]} -gt 0 ] || [ "$nfail" -gt 0 ]; then
        grep '^#' "$out" | grep -v '^# ok - ' | tail -n 10 | sed 's/^/  /'
        if [ -s "$err" ]; then
            echo "  --- stderr (tail)"
            tail -n 20 "$err" | sed 's/^/  | /'
        fi
    fi
    rm -rf "$current"
    current=
}

run_unit() { # run_unit BUILD
    local bin
    for bin in "$1"/tests/test_*; do
        [ -x "$bin" ] || continue
        run_unit_bin "$1" "$bin"
    done
}

run_suite() { # run_suite BUILD SUITE
    local build=$1 suite=$2 path bin name status tmp
    case $suite in /*) path=$suite ;; *) path=$ROOT/$suite ;; esac
    bin=$(engine_of "$build")
    for name in $(BUILD=$build bash -c 'source tests/lib.sh; source "$1"; declare -F' bash "$path" | awk '$3 ~ /^test_/ {print $3}'); do
        tmp=$(mktemp -d)
        current=$tmp
        ( cd "$tmp" && T=$tmp REKINDLE=$bin REKINDLE_DATA=$tmp/data BUILD=$build \
            exec timeout -k 10 "$TEST_TIMEOUT" bash -c 'set -eu; source "$ROOT/tests/lib.sh"; source "$1"; "$2"' \
            bash "$path" "$name" ) >"$tmp/.log" 2>&1 </dev/null &
        child=$!
        wait_child
        status=$?
        if [ $status -eq 124 ] || [ $status -eq 137 ]; then
            echo "still running after $TEST_TIMEOUT s: stopped" >>"$tmp/.log"
        fi
        if [ $status -ne 0 ]; then sed 's/^/  /' "$tmp/.log"; fi
        record "$build $(basename "$suite" .sh): $name" $status
        # a test stopped midway leaves its tmux server behind
        if [ -S "$tmp/tmux.sock" ]; then tmux -S "$tmp/tmux.sock" kill-server >/dev/null 2>&1; fi
        rm -rf "$tmp"
        current=
    done
}

# A suite or probe that names itself "normal build only" (valgrind cannot
# run a sanitized binary) or "sanitizer build only" (a probe that needs one)
# on its first line skips the other build.
fits_build() { # fits_build BUILD FILE
    if [ "$1" = build ]; then
        ! head -n 1 "$2" | grep -q "sanitizer build only"
    else
        ! head -n 1 "$2" | grep -q "normal build only"
    fi
}

# need_engine BUILD: the build's engine is there, or the run fails.
need_engine() {
    [ -x "$(engine_of "$1")" ] && return 0
    echo "missing $(engine_of "$1"): run 'make test'" >&2
    failed=$((failed + 1))
    failures+=("$1: no engine")
    return 1
}

# run_file BUILD FILE: a suite against BUILD, or a unit binary (its build
# is in its path).
run_file() {
    local build=$1 f=$2
    case $f in
    *.sh)
        fits_build "$build" "$f" || return 0
        need_engine "$build" || return 0
        echo "== $build: $(basename "$f" .sh)"
        run_suite "$build" "$f"
        ;;
    *)
        if [ ! -f "$f" ] || [ ! -x "$f" ]; then
            echo "$f: not a suite (*.sh) nor a unit binary; 'make unit' builds them" >&2
            failed=$((failed + 1))
            failures+=("$f: not a test")
            return 0
        fi
        echo "== $build: $(basename "$f")"
        run_unit_bin "$build" "$f"
        ;;
    esac
}

if [ ${#files[@]} -gt 0 ]; then
    for f in "${files[@]}"; do
        f=${f#"$ROOT"/}
        case $f in
        *.sh) for build in "${builds[@]}"; do run_file "$build" "$f"; done ;;
        *) run_file "$(basename "$(dirname "$(dirname "$f")")")" "$f" ;; # BUILD/tests/BIN
        esac
    done
elif $probes; then
    for build in "${builds[@]}"; do
        echo "== $build: probes"
        for src in tests/probes/probe_*.c; do
            fits_build "$build" "$src" || continue
            bin=$build/probes/$(basename "$src" .c)
            if [ -x "$bin" ]; then
                run_unit_bin "$build" "$bin"
            else
                echo "missing $bin: run 'make test-harness'" >&2
                failed=$((failed + 1))
                failures+=("$bin: missing")
            fi
        done
        for suite in tests/probes/probe_*.sh; do
            [ -e "$suite" ] || continue
            fits_build "$build" "$suite" || continue
            need_engine "$build" || continue
            run_suite "$build" "$suite"
        done
    done
else
    for build in "${builds[@]}"; do
        need_engine "$build" || continue
        echo "== $build: unit tests"
        run_unit "$build"
        for suite in tests/suites/*.sh; do
            fits_build "$build" "$suite" || continue
            echo "== $build: $(basename "$suite" .sh)"
            run_suite "$build" "$suite"
        done
    done
fi

if [ ${#failures[@]} -gt 0 ]; then
    echo
    echo "Failed:"
    printf '  %s\n' "${failures[@]}"
fi
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
