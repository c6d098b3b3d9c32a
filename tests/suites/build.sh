# normal build only: builds a copy of the sources with a packager's flags.
#
# The build as a distribution would run it: its CPPFLAGS and LDFLAGS reach
# every compile and the link, -Werror can be turned off, and touching one
# header rebuilds only what includes it.

# copy_tree: the sources and Makefile in $T/src, with the .luacheckrc that
# the build makes part of `rekindle new`.
copy_tree() {
    mkdir "$T/src"
    cp -r "$ROOT/engine" "$ROOT/Makefile" "$ROOT/.luacheckrc" "$T/src/"
}

test_packager_flags_reach_the_binary() {
    copy_tree
    make -C "$T/src" CPPFLAGS=-DREKINDLE_PACKAGER_PROBE LDFLAGS=-Wl,-z,now WERROR= >"$T/out" 2>&1 ||
        fail "the build failed: $(tail -5 "$T/out")"
    readelf -d "$T/src/rekindle" | grep -qE 'BIND_NOW|FLAGS.*NOW' || fail "-z now in LDFLAGS did not reach the binary"
    make -C "$T/src" -n -B CPPFLAGS=-DREKINDLE_PACKAGER_PROBE WERROR= >"$T/plan" 2>&1
    grep -q -- "-DREKINDLE_PACKAGER_PROBE" "$T/plan" || fail "CPPFLAGS did not reach the compiler"
    ! grep -q -- "-Werror" "$T/plan" || fail "WERROR= did not turn -Werror off"
    make -C "$T/src" -n -B >"$T/plan" 2>&1
    grep -q -- "-Werror" "$T/plan" || fail "-Werror is not on by default"
}

test_touching_a_header_rebuilds_only_its_includers() {
    copy_tree
    make -C "$T/src" >/dev/null 2>&1 || fail "the build failed"
    touch "$T/src/engine/core/rng.h"
    make -C "$T/src" >"$T/out" 2>&1 || fail "the rebuild failed"
    grep -q "CC.*core/rng.o" "$T/out" || fail "rng.c was not rebuilt"
    ! grep -q "CC.*play/term.o" "$T/out" || fail "term.c, which does not include rng.h, was rebuilt"
    ! grep -q "CC.*base/" "$T/out" || fail "base/ was rebuilt"
}
