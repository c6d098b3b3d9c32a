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
