# Bundled stories: for each stories/ID.lua, every ending is reached by its
# fixed path in tests/stories/ID.paths with the meters pinned, and the
# collection's rules hold (check, quicktest and randomtest agree). A paths
# line reads: ENDING_ID <tab> SEED <tab> answer|answer|... <tab> meter=value ...

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

# The collection's rules, declared in each story, hold in both tools.
story_rules() { # story_rules ID
    local story="$ROOT/stories/$1.lua"
    grep -q '^rule "' "$story" || fail "the story declares no rules"
    rk check --strict "$story"
    expect_status 0
    expect_err "0 errors, 0 warnings"
    rk quicktest "$story"
    expect_status 0
    expect_no_out "BROKEN"
    rk randomtest --runs 4000 "$story"
    expect_status 0
    expect_no_out "BROKEN"
    # At least four endings of three kinds, one of them growth.
    [ "$(grep -c '^ending "' "$story")" -ge 4 ] || fail "fewer than four endings"
    [ "$(grep -A3 '^ending "' "$story" | grep -oE 'kind *= *"[a-z]+"' | sort -u | wc -l)" -ge 3 ] || fail "fewer than three kinds of ending"
    grep -A3 '^ending "' "$story" | grep -qE 'kind *= *"growth"' || fail "no growth ending"
}

# Every ending's screen fits 80x24 before any pause, as a person sees it
# (text wrapped at 76 columns on an 80-column terminal): the rows from the
# blank line above its title to the question of what next, and the prompt.
endings_fit() { # endings_fit ID
    local story="$ROOT/stories/$1.lua" paths="$ROOT/tests/stories/$1.paths"
    local ending seed answers meters rows
    while IFS=$'\t' read -r ending seed answers meters; do
        rk_in "${answers//|/\\n}\n" --width 76 --seed "$seed" "$story"
        rows=$(awk '/^  ──/ && !s { s = NR - 1 } END { print NR - s + 2 }' "$T/out")
        [ "$rows" -le 24 ] || fail "$ending: its screen takes $rows rows of 24: $(sed -n '/^  ─/,$p' "$T/out" | head -n 40)"
    done <"$paths"
}

for story in "$ROOT"/stories/*.lua; do
    id=$(basename "$story" .lua)
    fn=${id//-/_}
    eval "test_${fn}_every_ending() { play_paths $id; }"
    eval "test_${fn}_rules() { story_rules $id; }"
    eval "test_${fn}_endings_fit_a_screen() { endings_fit $id; }"
done

test_default_story_is_the_default() {
    rk_in 'Robin\n3\nquit\n'
    expect_status 0
    expect_out "Water on Thursdays"
}

test_every_situation_is_covered() {
    local covered
    covered=$(grep -hoE 'covers *= *\{[^}]*\}' "$ROOT"/stories/*.lua | grep -oE '[0-9]+' | sort -un | tr '\n' ' ')
    [ "$covered" = "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 " ] || fail "situations covered: $covered"
}

test_stories_readme_is_generated_from_the_stories() {
    REKINDLE="$REKINDLE" "$ROOT/stories/readme.sh" >"$T/out" || fail "stories/readme.sh failed"
    diff -u "$ROOT/stories/README.md" "$T/out" >"$T/diff" ||
        fail "stories/README.md is out of date: run stories/readme.sh > stories/README.md ($(head -c 400 "$T/diff"))"
    for f in "$ROOT"/stories/*.lua; do
        grep -qF "\`$(basename "$f")\`" "$T/out" || fail "$(basename "$f") is not in the table"
    done
}

test_list_blurbs_match_the_table() {
    rk list
    expect_status 0
    local blurb
    while IFS= read -r blurb; do
        grep -qF -- "$blurb" "$ROOT/stories/README.md" || fail "blurb not in the table: $blurb"
    done < <(grep -E '^  [^/]' "$T/out" | sed 's/^  //')
}


test_the_shared_prose_check_finds_a_copy() {
    printf 'scene "a" { "The kettle clicks off and nobody gets up to pour it." }\n' >"$T/one.lua"
    printf -- '-- the kettle clicks off and nobody gets up to pour it\nscene "b" { [[By now the kettle clicks off, and nobody gets up to pour it at all.]] }\n' >"$T/two.lua"
    perl "$ROOT/tests/shared_prose.pl" "$T/one.lua" "$T/two.lua" >"$T/out" && fail "a shared run of eight words was not found"
    expect_out '"kettle clicks off and nobody gets up to" in one.lua and two.lua'
    # a comment is not prose
    printf 'scene "b" { "Tea." }\n-- the kettle clicks off and nobody gets up to pour it\n' >"$T/two.lua"
    perl "$ROOT/tests/shared_prose.pl" "$T/one.lua" "$T/two.lua" >"$T/out" || fail "a comment counted as prose: $(cat "$T/out")"
}

# Every sentence belongs to one story: no run of eight words in two.
test_no_prose_is_shared_between_stories() {
    perl "$ROOT/tests/shared_prose.pl" "$ROOT"/stories/*.lua >"$T/out" ||
        fail "prose shared between stories: $(wc -l <"$T/out") runs of eight words, first: $(head -n 5 "$T/out")"
}

test_every_story_says_its_shape() {
    local story
    for story in "$ROOT"/stories/*.lua; do
        grep -q "^$(basename "$story")"$'\t' "$ROOT/stories/shapes.txt" || fail "no shape for $(basename "$story") in stories/shapes.txt"
    done
}
