# What linters are told of the story language: .luacheckrc names exactly
# what a story's environment holds, `make lint` finds every story of the
# source tree clean, and a careless story is caught.

CONFIG="$ROOT/.luacheckrc"

# mk ARGS...: make in the source tree, isolated from a calling make (its
# flags, jobserver and variables such as SANITIZER); output in $T/make.log.
mk() {
    env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make --no-print-directory -C "$ROOT" "$@" >"$T/make.log" 2>&1
}

# lint FILE...: luacheck with the project's config, as `make lint` runs it;
# findings in $T/out, the status in $T/status.
lint() {
    set +e
    luacheck --config "$CONFIG" --formatter plain --codes "$@" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
}

test_every_story_of_the_source_tree_is_lint_clean() {
    mk lint || { cat "$T/make.log" >&2; fail "make lint found something (see above)"; }
    mk -n lint || fail "make -n lint failed"
    local f
    for f in "$ROOT"/stories/*.lua "$ROOT"/tests/stories/*.lua; do
        grep -qF -- "${f#"$ROOT"/}" "$T/make.log" || fail "make lint does not check ${f#"$ROOT"/}"
    done
}

# The mistakes a story can make that only show when the line runs: a name
# nothing defines (a variable without s.), a global made during a play, an
# unused local, and the parts of Lua the sandbox leaves out.
test_a_careless_story_is_caught() {
    story careless <<'LUA'
story { id = "careless", title = "Careless", start = "a", vars = { teacup = 0 } }

local draft = "never used"

scene "a" {
  function(s)
    if teacup > 0 then return "The cup is warm." end
    count = s.teacup + 1
    local when = os.time()
    return string.dump(print) .. math.randomseed(when)
  end,
  choice "Wait" { go = "b" },
}

ending "b" { title = "B", "Done." }
LUA
    lint "$T/careless.lua"
    expect_status 1
    local f=$T/careless.lua
    expect_out "$f:3:7: (W211) unused variable 'draft'"
    expect_out "$f:7:8: (W113) accessing undefined variable 'teacup'"
    expect_out "$f:8:5: (W111) setting non-standard global variable 'count'"
    expect_out "$f:9:18: (W113) accessing undefined variable 'os'"
    expect_out "$f:10:12: (W143) accessing undefined field 'dump' of global 'string'"
    expect_out "$f:10:34: (W143) accessing undefined field 'randomseed' of global 'math'"
    [ "$(wc -l <"$T/out")" -eq 6 ] || fail "expected 6 findings"
    # make lint fails on it too.
    if mk lint LINT_FILES="$f"; then fail "make lint passed a careless story"; fi
    grep -qF "$f:3:7: (W211) unused variable 'draft'" "$T/make.log" || fail "make lint did not say why"
}

# What the config allows on purpose: the state `s` (and a rule's `play`)
# unused, functions defined at the top (globals made while loading), long
# lines of prose, and every word of the language.
test_what_a_story_may_do_is_not_a_finding() {
    story fine <<'LUA'
story { id = "fine", title = "Fine", start = "a", meters = { trust = 50 }, vars = { told = {} } }

achievement "asked" { title = "Asked" }
rule "a real story" { min_choices = 1 }
rule "kept" { check = function(play, s) return s.trust >= 0 end }

function greeting(s)
  return "Hello, " .. s.pronoun .. "; this paragraph is long enough that a code linter would call it too long, which prose is not."
end

scene "a" {
  greeting,
  sequence { "One.", "Two." }, cycle { "A.", "B." }, shuffle { "X.", "Y." }, once_only { "Once." },
  function(s) s.here.seen = visits("a") + turns_since("a") + taken("wait") + s.told:count() end,
  choice "Wait" { go = "b", achieve = "asked", when = function(s) return true end },
  choice "Roll" { go = storylets "end", effect = function(s) achieve("asked"); s.trust = math.random(100) end },
  gather,
  page_break,
  go = "b",
}

ending "b" { group = "end", title = "B", "Done." }
LUA
    lint "$T/fine.lua"
    expect_status 0
    [ ! -s "$T/out" ] || fail "findings in a story that does nothing wrong"
}

# The globals and library fields the config names are exactly those a
# story's environment holds: the sandbox's own list, printed by a story as
# it loads, against the config's, read by the Lua that runs luacheck.
test_the_config_names_exactly_what_the_sandbox_holds() {
    story probe <<'LUA'
local names = {}
for name, value in pairs(_G) do
  names[#names + 1] = name
  if type(value) == "table" and name ~= "_G" then
    for field in pairs(value) do names[#names + 1] = name .. "." .. field end
  end
end
for _, name in ipairs(names) do print(name) end
story { id = "probe", title = "Probe", start = "z" }
ending "z" { title = "Z", "Done." }
LUA
    rk check "$T/probe.lua"
    expect_status 0
    sed -n 's/^print: //p' "$T/err" | sort >"$T/sandbox"
    [ "$(wc -l <"$T/sandbox")" -gt 100 ] || fail "the probe printed too few names"
    command -v lua5.1 >/dev/null || fail "lua5.1 is missing (lua-check brings it)"
    lua5.1 - "$CONFIG" >"$T/names" <<'LUA' || fail "lua5.1 could not read .luacheckrc"
stds = {}
dofile(arg[1])
assert(std == "rekindle", "std is not rekindle")
for key, def in pairs(stds.rekindle.read_globals) do
  if type(key) == "number" then print(def) else
    print(key)
    for _, field in ipairs(def.fields or {}) do print(key .. "." .. field) end
  end
end
LUA
    sort "$T/names" >"$T/config"
    diff "$T/sandbox" "$T/config" >"$T/diff" ||
        fail "the sandbox (<) and .luacheckrc (>) differ: $(tr '\n' ' ' <"$T/diff")"
}

# ------------------------------------------------------------ the meta file

META="$ROOT/docs/meta/rekindle.lua"
LANG_C="$ROOT/engine/core/lang.c"
SCRIPT_C="$ROOT/engine/core/script.c"

# c_words FILE REGEX: the quoted words of the C list that starts on the
# first line matching REGEX and ends at its NULL, sorted.
c_words() {
    awk -v re="$2" '$0 ~ re { on = 1 } on { print; if (/NULL/) exit }' "$1" |
        grep -o '"[a-z_]*"' | tr -d '"' | sort
}

# meta_fields CLASS: the named fields the meta file gives that class, sorted.
meta_fields() {
    awk -v class="---@class $1" '$0 == class { on = 1; next } on && !/^---/ { exit }
        on && /^---@class/ { exit } on { print }' "$META" |
        sed -n 's/^---@field \([a-z_]*\)?\{0,1\} .*/\1/p' | sort
}

# same WHAT A B: files A and B hold the same lines.
same() {
    diff "$2" "$3" >"$T/diff" || fail "$1: lang.c (<) and the meta file (>) differ: $(tr '\n' ' ' <"$T/diff")"
}

test_the_meta_file_has_every_field_the_language_reads() {
    local pair class regex n=0
    for pair in "rekindle.StoryFields:^static int dsl_story\\(" \
                "rekindle.SceneFields:scene_fields\\[\\] =" \
                "rekindle.EndingFields:ending_fields\\[\\] =" \
                "rekindle.ChoiceFields:CHOICE_FIELDS\\[\\] =" \
                "rekindle.AskFields:^static int dsl_ask_body\\(" \
                "rekindle.RuleFields:^static int dsl_rule_body\\(" \
                "rekindle.AchievementFields:^static int dsl_achievement_body\\("; do
        class=${pair%%:*}
        regex=${pair#*:}
        c_words "$LANG_C" "$regex" >"$T/c"
        meta_fields "$class" >"$T/meta"
        [ "$(wc -l <"$T/c")" -ge 2 ] || fail "cannot find the fields of $class in lang.c"
        same "$class" "$T/c" "$T/meta"
        n=$((n + 1))
    done
    [ "$n" -eq 7 ] || fail "checked $n classes"
}

test_the_meta_file_declares_every_word_and_function() {
    local name
    c_words "$LANG_C" '^static const luaL_Reg dsl_funcs' >"$T/words"
    c_words "$SCRIPT_C" '^static const luaL_Reg GLOBALS' >>"$T/words"
    [ "$(wc -l <"$T/words")" -ge 17 ] || fail "cannot find the story language's words in lang.c and script.c"
    while read -r name; do
        grep -q "^function $name(" "$META" || fail "the meta file does not declare $name"
    done <"$T/words"
    grep -q '^gather = ' "$META" || fail "no gather"
    grep -q '^page_break = ' "$META" || fail "no page_break"
    grep -q '^function math.random(' "$META" || fail "no math.random"
    c_words "$SCRIPT_C" '^static const luaL_Reg SET_METHODS' >"$T/methods"
    [ "$(wc -l <"$T/methods")" -eq 5 ] || fail "cannot find the set methods in script.c"
    while read -r name; do
        grep -q "^function Set:$name(" "$META" || fail "the meta file does not declare the set method $name"
    done <"$T/methods"
    # It is Lua, and a meta file.
    head -n 1 "$META" | grep -qx -- '---@meta rekindle' || fail "the first line is not ---@meta"
    lua5.1 -e "assert(loadfile(arg and arg[1] or '$META'))" || fail "the meta file is not valid Lua"
}

# The guide's examples are stories too: those that play are clean, and the
# one that reads a variable without s. is caught before it runs.
test_the_guide_s_examples_are_lint_clean() {
    awk -v dir="$T/ex" '
        /^<!-- test:/ { spec = $0; next }
        /^```lua$/ { n++; inside = 1; system("mkdir -p " dir "/" n);
                     print spec > (dir "/" n "/test"); spec = ""; next }
        /^```$/ && inside { inside = 0; next }
        inside { print > (dir "/" n "/example.lua") }
    ' "$ROOT/docs/authoring.md"
    local d n=0 caught=0
    for d in "$T"/ex/*/; do
        lint "$d/example.lua"
        if grep -q 'status=0' "$d/test"; then
            [ "$(cat "$T/status")" = 0 ] || fail "the guide's example $(basename "$d") has findings: $(cat "$T/out")"
            n=$((n + 1))
        elif grep -q "'teacup' is not defined" "$d/test"; then
            expect_out "accessing undefined variable 'teacup'"
            caught=1
        fi
    done
    [ "$n" -ge 20 ] || fail "only $n examples that play"
    [ "$caught" = 1 ] || fail "the guide's bare-variable example was not found"
}
