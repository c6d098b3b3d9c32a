# Bad input of any kind ends in a clear message, never a crash: stories that
# pass the text budget while a list is being filled, story files that are
# not regular files, output that cannot be written.

# big_story NAME WHERE: a story whose WHERE (a Lua expression using `big`,
# one 4 MiB string) passes the 16 MiB text budget while it is being copied.
budget_story() {
    cat >"$T/$1.lua" <<LUA
local big = string.rep("x", 4 * 1024 * 1024)
local many = {}
for i = 1, 6 do many[i] = big .. i end
$2
LUA
}

# The story is refused at its own line, with the budget named, and nothing crashes.
expect_budget_error() {
    local st
    st=$(cat "$T/status")
    [ "$st" = 1 ] || fail "exit status $st, expected 1 (a story error)"
    expect_err "text is larger than 16 MiB"
    ! grep -q "Sanitizer\|free()\|double free\|corruption" "$T/err" || fail "a crash report on stderr"
}

test_text_budget_in_a_sequence() {
    budget_story s 'story { id = "t", title = "T", start = "a" }
scene "a" { sequence(many), choice "Again" { go = "a" } }'
    rk check "$T/s.lua"
    expect_budget_error
    expect_err "s.lua:5: error:"
}

test_text_budget_in_cycle_shuffle_once_only() {
    local kind
    for kind in cycle shuffle once_only; do
        budget_story s "story { id = \"t\", title = \"T\", start = \"a\" }
scene \"a\" { $kind(many), choice \"Again\" { go = \"a\" } }"
        rk check "$T/s.lua"
        expect_budget_error
    done
}

test_text_budget_in_story_tags_and_kinds() {
    budget_story s 'story { id = "t", title = "T", start = "a", tags = many }
scene "a" { choice "Again" { go = "a" } }'
    rk check "$T/s.lua"
    expect_budget_error
    budget_story s 'story { id = "t", title = "T", start = "a", kinds = many }
scene "a" { choice "Again" { go = "a" } }'
    rk check "$T/s.lua"
    expect_budget_error
}

test_text_budget_in_a_choice_s_tags() {
    budget_story s 'story { id = "t", title = "T", start = "a", tags = { many[1] } }
scene "a" { many[2], many[3], choice "Again" { go = "a", tags = { many[1], many[1] } } }'
    rk check "$T/s.lua"
    expect_budget_error
}

test_text_budget_in_storylet_groups() {
    budget_story s 'story { id = "t", title = "T", start = "a" }
local refs = {}
for i = 1, 6 do refs[i] = storylets(many[i]) end
scene "a" { choice "Again" { go = "a" } }'
    rk check "$T/s.lua"
    expect_budget_error
}

test_text_budget_in_a_listed_folder() {
    mkdir "$T/folder"
    budget_story folder/bad 'story { id = "t", title = "T", start = "a" }
scene "a" { sequence(many), choice "Again" { go = "a" } }'
    cp "$ROOT/tests/stories/mini.lua" "$T/folder/"
    REKINDLE_PATH="$T/folder" rk list
    expect_budget_error
    expect_out "$(grep -o 'title = "[^"]*"' "$ROOT/tests/stories/mini.lua" | head -1 | cut -d'"' -f2)"
}
