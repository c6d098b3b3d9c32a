# normal build only: `make install` copies ./rekindle, the normal build.
# make install / uninstall into a DESTDIR: the installed program finds its
# stories without REKINDLE_PATH and plays; the manual renders and documents
# every option and command; uninstall leaves nothing behind.

# mk ARGS...: make in the source tree, isolated from a calling make (its
# flags, jobserver and variables such as SANITIZER); output in $T/make.log.
mk() {
    env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make --no-print-directory -C "$ROOT" "$@" >"$T/make.log" 2>&1
}

# Installs into $T/root with PREFIX=/usr.
install_tree() {
    mk install DESTDIR="$T/root" PREFIX=/usr || { cat "$T/make.log" >&2; fail "make install failed"; }
}

# installed ARGS...: runs the installed program as rk does, with no
# REKINDLE_PATH and its data kept in $T.
installed() {
    set +e
    env -u REKINDLE_PATH REKINDLE_DATA="$T/data" XDG_DATA_HOME="$T/xdg" \
        "$T/root/usr/bin/rekindle" "$@" >"$T/out" 2>"$T/err" </dev/null
    echo $? >"$T/status"
    set -e
}

test_install_puts_every_file_in_place() {
    install_tree
    [ -x "$T/root/usr/bin/rekindle" ] || fail "no executable usr/bin/rekindle"
    [ "$(stat -c %a "$T/root/usr/bin/rekindle")" = 755 ] || fail "usr/bin/rekindle is not mode 755"
    local f n=0
    for f in "$ROOT"/stories/*.lua "$ROOT/stories/README.md"; do
        local dest
        dest="$T/root/usr/share/rekindle/stories/$(basename "$f")"
        [ -f "$dest" ] || fail "not installed: $dest"
        cmp -s "$f" "$dest" || fail "installed copy differs: $dest"
        [ "$(stat -c %a "$dest")" = 644 ] || fail "$dest is not mode 644"
        n=$((n + 1))
    done
    [ "$n" -ge 2 ] || fail "no stories to install"
    [ -f "$T/root/usr/share/man/man1/rekindle.1" ] || fail "no usr/share/man/man1/rekindle.1"
    local meta=$T/root/usr/share/rekindle/meta/rekindle.lua
    cmp -s "$ROOT/docs/meta/rekindle.lua" "$meta" || fail "the type definitions are not installed as $meta"
    [ "$(stat -c %a "$meta")" = 644 ] || fail "$meta is not mode 644"
    # Nothing else: the installed files are exactly those.
    [ "$(find "$T/root" -type f | wc -l)" -eq $((n + 3)) ] || { find "$T/root" -type f >&2; fail "unexpected files installed"; }
}

test_installed_program_lists_its_stories() {
    install_tree
    installed list
    expect_status 0
    local f
    for f in "$ROOT"/stories/*.lua; do
        expect_out "$T/root/usr/share/rekindle/stories/$(basename "$f")"
    done
    expect_out "Water on Thursdays"
    expect_no_out "$ROOT/stories"
}

# The default story, found beside the installed program, plays a scripted
# path to its ending exactly as the one in the source tree does.
test_installed_program_plays_the_default_story() {
    install_tree
    local paths="$ROOT/tests/stories/water-on-thursdays.paths" name seed answers
    IFS=$'\t' read -r name seed answers _ <"$paths" || fail "cannot read $paths"
    local input
    input=$(printf '%s\n' "$answers" | tr '|' '\n')
    set +e
    printf '%s\n' "$input" | env -u REKINDLE_PATH REKINDLE_DATA="$T/data" XDG_DATA_HOME="$T/xdg" \
        "$T/root/usr/bin/rekindle" --seed "$seed" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
    expect_status 0
    expect_out "ending: "
    printf '%s\n' "$input" | env REKINDLE_DATA="$T/data2" XDG_DATA_HOME="$T/xdg2" \
        "$REKINDLE" --seed "$seed" "$ROOT/stories/water-on-thursdays.lua" >"$T/want" 2>/dev/null || true
    cmp -s "$T/out" "$T/want" || { diff "$T/want" "$T/out" | head -20 >&2; fail "the installed play differs from the source tree's ($name)"; }
}

# The page renders without a warning, and names every option of --help and
# every command of the in-game help.
test_installed_manual_documents_every_option_and_command() {
    install_tree
    local page="$T/root/usr/share/man/man1/rekindle.1"
    command -v man >/dev/null || fail "man is not installed (make test-deps installs man-db)"
    LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" >"$T/out" 2>"$T/err" || fail "man -l failed"
    [ ! -s "$T/err" ] || fail "man -l warns"
    groff -man -Tutf8 -ww -z "$page" 2>"$T/err" || fail "groff failed"
    [ ! -s "$T/err" ] || fail "groff warns"
    grep -q "^NAME" "$T/out" || fail "man -l shows no NAME section"
    for section in SYNOPSIS DESCRIPTION OPTIONS FILES ENVIRONMENT "EXIT STATUS" EXAMPLES; do
        grep -q "^$section" "$T/out" || fail "no $section section"
    done
    "$REKINDLE" --help >"$T/help"
    local opt n=0
    for opt in $(grep -oE -- '(^|[ [])--?[a-zA-Z][a-z-]*' "$T/help" | tr -d ' [' | sort -u); do
        grep -qF -- "$opt" "$T/out" || fail "the manual lacks $opt"
        n=$((n + 1))
    done
    [ "$n" -ge 10 ] || fail "only $n options found in --help"
    for opt in list check randomtest quicktest; do
        grep -qE -- "^ +rekindle $opt|^ +$opt( |\$)" "$T/out" || fail "the manual lacks the $opt tool"
    done
    # The commands, as the game's own help lists them ("    NAME  what").
    story one <<'LUA'
story { id = "one", title = "One", start = "a" }
scene "a" { "A room.", choice "Leave" { go = "z" } }
ending "z" { title = "Z", kind = "growth", "Out." }
LUA
    printf 'help\nquit\n' | REKINDLE_DATA="$T/data" "$REKINDLE" --width 100 "$T/one.lua" >"$T/help" 2>&1 || true
    local cmds
    cmds=$(sed -n '/Commands:/,$p' "$T/help" | grep -oE '^    [a-z]+' | tr -d ' ' | sort -u)
    { grep -qx help <<<"$cmds" && grep -qx quit <<<"$cmds"; } || fail "cannot find the commands in the in-game help"
    for opt in $cmds; do
        grep -qE "^       $opt( |\$)" "$T/out" || fail "the manual lacks the command $opt"
    done
}

test_uninstall_leaves_nothing_behind() {
    install_tree
    mk uninstall DESTDIR="$T/root" PREFIX=/usr || { cat "$T/make.log" >&2; fail "make uninstall failed"; }
    local left
    left=$(find "$T/root" ! -type d)
    [ -z "$left" ] || fail "left behind: $left"
    [ ! -e "$T/root/usr/share/rekindle" ] || fail "usr/share/rekindle is still there"
    # A second uninstall is harmless.
    mk uninstall DESTDIR="$T/root" PREFIX=/usr || fail "a second make uninstall failed"
}

test_install_defaults_to_usr_local() {
    mk -n install DESTDIR="$T/root" || fail "make -n install failed"
    grep -qF "$T/root/usr/local/bin/rekindle" "$T/make.log" || fail "PREFIX is not /usr/local by default"
    grep -qF "$T/root/usr/local/share/man/man1/rekindle.1" "$T/make.log" || fail "no man1 under /usr/local"
}

# install never builds: without ./rekindle it says what to do, and stops.
test_install_without_a_build_fails_clearly() {
    mkdir "$T/src"
    set +e
    env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make --no-print-directory -C "$T/src" -f "$ROOT/Makefile" \
        install DESTDIR="$T/root" PREFIX=/usr >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
    [ "$(cat "$T/status")" != 0 ] || fail "make install succeeded without a build"
    expect_err "run 'make' first"
    [ ! -e "$T/root" ] || fail "make install wrote files without a build"
}
