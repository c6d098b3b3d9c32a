# Bundled stories: every ending is reached by its fixed path in
# tests/stories/ID.paths, with the meters pinned. A line reads:
#   ENDING_ID <tab> SEED <tab> answer|answer|... <tab> meter=value ...

# ending_title STORY ENDING_ID: the title declared for that ending.
ending_title() {
    awk -v id="$2" '
        $0 ~ "^ending \"" id "\"" { found = 1; next }
        found && /title *=/ { sub(/^[^"]*"/, ""); sub(/".*$/, ""); print; exit }
    ' "$1"
}

# meters_shown: "name=value ..." from the outcome panel in $T/out.
meters_shown() {
    sed -n '/What your choices taught/q; p' "$T/out" |
        grep -oE '[a-z]+ +[█░]+ +[0-9]+' | awk '{ printf "%s%s=%s", sep, $1, $3; sep = " " }'
}

play_paths() { # play_paths ID
    local story="$ROOT/stories/$1.lua" paths="$ROOT/tests/stories/$1.paths"
    local ending seed answers meters title n=0
    [ -f "$paths" ] || fail "no $paths"
    while IFS=$'\t' read -r ending seed answers meters; do
        title=$(ending_title "$story" "$ending")
        [ -n "$title" ] || fail "$ending: no such ending in $story"
        rk_in "${answers//|/\\n}\n" --seed "$seed" "$story"
        expect_status 0
        grep -qF "$title" "$T/out" || fail "$ending: path does not reach \"$title\""
        [ "$(meters_shown)" = "$meters" ] || fail "$ending: meters $(meters_shown), expected $meters"
        n=$((n + 1))
    done <"$paths"
    local endings
    endings=$(grep -c '^ending "' "$story")
    [ "$n" -ge "$endings" ] || fail "$paths has $n paths for $endings endings"
}

test_default_story_every_ending() {
    play_paths water-on-thursdays
}

test_default_story_is_the_default() {
    rk_in 'Robin\n3\nquit\n'
    expect_status 0
    expect_out "Water on Thursdays"
}
