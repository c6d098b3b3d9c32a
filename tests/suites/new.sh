# rekindle new NAME: a folder with a story that passes every check, its
# README's commands, the files for luacheck and editors, a transcript test
# that passes until the story reads differently; never into a folder
# that is there, never with a name that cannot be a story's id.

# The scripted path the new story's README shows.
README_PLAY="printf 'Robin\\n1\\n2\\n1\\n1\\n' | rekindle --seed 7 story.lua"

test_new_writes_a_story_that_passes_every_check() {
    rk new "$T/first-light"
    expect_status 0
    expect_out "Made $T/first-light/, a story to start from:"
    expect_out "Play it with:  rekindle $T/first-light"
    [ ! -s "$T/err" ] || fail "new said something on stderr"
    local d=$T/first-light f
    for f in story.lua README.md .luacheckrc .luarc.json tests/first-play.transcript; do
        [ -s "$d/$f" ] || fail "no $f"
    done
    [ "$(find "$d" -type f | wc -l)" -eq 5 ] || fail "more files than the five"
    grep -qF 'id = "first-light",' "$d/story.lua" || fail "the story's id is not its folder's name"
    grep -qF 'title = "First Light",' "$d/story.lua" || fail "the story's title is not made from its name"
    cd "$d"
    rk check --strict story.lua
    expect_status 0
    expect_err "0 errors, 0 warnings"
    rk quicktest story.lua
    expect_status 0
    expect_out ": complete:"
    expect_out "Never reached
  nothing"
    expect_out "kept: never broken"
    rk randomtest --runs 500 story.lua
    expect_status 0
    expect_out " 0 errors"
    luacheck --formatter plain --codes . >"$T/out" 2>&1 || fail "luacheck found something in the new story"
    # It is the source tree's .luacheckrc, and it is the one luacheck read.
    cmp -s .luacheckrc "$ROOT/.luacheckrc" || fail "the new .luacheckrc is not the source tree's"
    printf 'scene "x" { choice "y" { go = z } }\n' >>story.lua
    if luacheck --formatter plain . >"$T/out" 2>&1; then fail "luacheck did not read the new .luacheckrc"; fi
    expect_out "accessing undefined variable 'z'"
}

# The README's ways to play and check work as written, and so does the
# command new prints.
test_the_new_story_plays_as_its_readme_says() {
    rk new "$T/kettle"
    expect_status 0
    cd "$T/kettle"
    grep -qF -- "$README_PLAY" README.md || fail "the README does not show the scripted play"
    grep -qF -- "rekindle check --strict story.lua" README.md || fail "the README does not say how to check it"
    grep -qF -- "rekindle quicktest story.lua" README.md || fail "the README does not say how to test it"
    grep -qF -- "luacheck ." README.md || fail "the README does not say how to lint it"
    rk_in 'Robin\n1\n2\n1\n1\n' --plain --seed 7 story.lua
    expect_status 0
    expect_out "It has been a week since Robin said she needed time."
    expect_out "Ending: "
    rk_in 'Robin\n3\n1\n2\n1\n1\n' --plain --seed 7 "$T/kettle"
    expect_status 0
    expect_out "since Robin said they needed time"
    expect_out "Write them a long message that explains everything"
    expect_out "Ending: "
}

# The transcript is the README's scripted play; it passes as made, a
# changed line of the story fails it with a diff, and --accept takes it.
test_the_new_transcript_test_passes_until_the_story_changes() {
    rk new "$T/porch"
    expect_status 0
    cd "$T/porch"
    grep -qF -- "rekindle test tests" README.md || fail "the README does not say how to replay the transcript"
    local tr=tests/first-play.transcript
    grep -qxF "# story: ../story.lua" $tr || fail "the transcript does not name the story beside it"
    grep -qxF "# seed: 7" $tr || fail "the transcript is not the README's seed"
    grep -qxF "> Robin" $tr || fail "the transcript is not the README's play"
    grep -q "^# ending: " $tr || fail "the recorded play reached no ending"
    rk test tests
    expect_status 0
    expect_out "1 passed, 0 failed"
    sed -i 's/Your phone lies face-down on the kitchen table/Your phone lies face up on the table/' story.lua
    rk test tests
    expect_status 1
    expect_out "tests/first-play.transcript:"
    expect_out "+  on the table."
    expect_out "0 passed, 1 failed"
    rk test --accept tests
    rk test tests
    expect_status 0
    expect_out "1 passed, 0 failed"
}

# .luarc.json points the language server at the definitions of the
# rekindle that made it; a rekindle without them says so.
test_the_new_luarc_points_at_the_definitions() {
    rk new "$T/lamp"
    expect_status 0
    local lib
    lib=$(sed -n 's/.*"workspace.library": \["\(.*\)"\].*/\1/p' "$T/lamp/.luarc.json")
    [ -n "$lib" ] || fail "no library in .luarc.json: $(cat "$T/lamp/.luarc.json")"
    cmp -s "$lib/rekindle.lua" "$ROOT/docs/meta/rekindle.lua" || fail "the library $lib holds no rekindle.lua"
    grep -qF '"runtime.version": "Lua 5.4"' "$T/lamp/.luarc.json" || fail "no runtime.version"
    mkdir "$T/bin"
    cp "$REKINDLE" "$T/bin/rekindle"
    set +e
    "$T/bin/rekindle" new "$T/alone" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
    expect_status 0
    expect_err "are not beside this rekindle, so .luarc.json names no library"
    grep -qF '"workspace.library": []' "$T/alone/.luarc.json" || fail "a library named that is not there"
}

test_new_refuses_a_folder_that_is_there() {
    mkdir "$T/mine"
    echo "my own notes" >"$T/mine/story.lua"
    rk new "$T/mine"
    expect_status 2
    expect_err "rekindle new: '$T/mine' is there already: new makes a folder of its own"
    [ "$(cat "$T/mine/story.lua")" = "my own notes" ] || fail "new wrote into a folder that was there"
    [ "$(find "$T/mine" | wc -l)" -eq 2 ] || fail "new added files to a folder that was there"
    rk new "$T/mine/"
    expect_status 2
    echo "a file" >"$T/afile"
    rk new "$T/afile"
    expect_status 2
    expect_err "is there already"
    ln -s "$T/nowhere" "$T/dangling"
    rk new "$T/dangling"
    expect_status 2
    [ ! -e "$T/nowhere" ] || fail "new followed a dangling link"
}

test_new_refuses_a_name_that_cannot_be_a_story_s_id() {
    mkdir "$T/work"
    cd "$T/work"
    rk new "My Story!"
    expect_status 2
    expect_err "rekindle new: 'My Story!' cannot name a story, whose id it becomes: use at most 40 lowercase letters, digits and '-', like 'my-story'"
    expect_err "Try 'rekindle --help'"
    rk new "drafts/Second_Draft"
    expect_status 2
    expect_err "like 'second-draft'"
    rk new ""
    expect_status 2
    rk new "$(printf 'a%.0s' $(seq 41))"
    expect_status 2
    [ -z "$(ls -A)" ] || fail "something was made: $(ls -A)"
    rk new
    expect_status 2
    expect_err "give the name of the folder to make, like: rekindle new my-story"
    rk new one two
    expect_status 2
    expect_err "takes one name, not 'two' as well"
    rk new --force
    expect_status 2
    expect_err "unknown option '--force'"
}

# A path names the folder; missing folders above it are made.
test_new_takes_a_path() {
    rk new "$T/drafts/autumn/leaves-2"
    expect_status 0
    grep -qF 'id = "leaves-2",' "$T/drafts/autumn/leaves-2/story.lua" || fail "the id is not the last part"
    grep -qF 'title = "Leaves 2",' "$T/drafts/autumn/leaves-2/story.lua" || fail "the title is not made from it"
    rk check --strict "$T/drafts/autumn/leaves-2"
    expect_status 0
}
