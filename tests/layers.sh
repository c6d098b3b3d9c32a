#!/usr/bin/env bash
# tests/layers.sh - checks that the engine's folders are layers: a file
# includes only from its own folder and the folders below it, and only the
# files that own a library include its headers. Prints each breach as
# FILE:LINE: message; exits 1 if there is any.
#
#   base   text, disk, small helpers: includes nothing of ours above it
#   core   sandbox, story, runtime: base
#   play   the play loop, terminal, saves: core, base
#   tools  check, randomtest, quicktest: core, base (never play)
#   main.c everything
set -u
cd "$(dirname "$0")/../engine"

rank() {
    case $1 in
    base) echo 0 ;;
    core) echo 1 ;;
    play | tools) echo 2 ;;
    *) echo 3 ;;
    esac
}

# Who may include a library's headers: one owner each.
owner_ok() { # owner_ok FILE HEADER
    case $2 in
    lua.h | lauxlib.h | lualib.h) [[ $1 =~ ^core/(sandbox\.c|sandbox_lua\.h|lang\.c|script\.c)$ ]] ;;
    readline/*) [ "$1" = play/term.c ] ;;
    utf8proc.h) [ "$1" = base/text.c ] ;;
    *) true ;;
    esac
}

status=0
while IFS= read -r file; do
    dir=${file%%/*}
    [ "$dir" = "$file" ] && dir=main
    while IFS=: read -r line text; do
        if [[ $text =~ ^#include\ \"([a-z]+)/ ]]; then
            to=${BASH_REMATCH[1]}
            if [ "$(rank "$to")" -gt "$(rank "$dir")" ] || { [ "$to" != "$dir" ] && [ "$(rank "$to")" = "$(rank "$dir")" ]; }; then
                echo "engine/$file:$line: $dir includes from $to, which is not below it"
                status=1
            fi
        elif [[ $text =~ ^#include\ \"([^\"]+)\" ]]; then
            echo "engine/$file:$line: include \"${BASH_REMATCH[1]}\" by its folder, like \"core/story.h\""
            status=1
        elif [[ $text =~ ^#include\ \<([^\>]+)\> ]]; then
            header=${BASH_REMATCH[1]}
            if ! owner_ok "$file" "$header"; then
                echo "engine/$file:$line: only its owner may include <$header>"
                status=1
            fi
        fi
    done < <(grep -n '^#include' "$file")
done < <(find . -name '*.[ch]' | sed 's|^\./||' | sort)
exit $status
