# Continuity: what a player did stays with the story. Each bundled story
# keeps its own tests in tests/continuity/ID.sh, scripted paths with the
# line that must (or must not) appear; they are sourced here, so every
# test_ function there runs as part of this suite.

for file in "$ROOT"/tests/continuity/*.sh; do
    # shellcheck source=/dev/null
    [ -e "$file" ] && source "$file"
done

# story_file ID: the file of a bundled story, for the tests above.
story_file() { echo "$ROOT/stories/$1.lua"; }

test_every_story_has_continuity_tests() {
    local story id
    for story in "$ROOT"/stories/*.lua; do
        id=$(basename "$story" .lua)
        [ -s "$ROOT/tests/continuity/$id.sh" ] || fail "no tests/continuity/$id.sh for $id"
        grep -q "^test_" "$ROOT/tests/continuity/$id.sh" || fail "tests/continuity/$id.sh has no test"
    done
}
