# The sandbox: one test per finding of SANDBOX.md. Each writes a small hostile
# story ($T/s.lua, line 1 the story { } declaration) whose code runs while the
# file loads or inside a scene function, plays it, and checks that the engine
# stops it cleanly: exit status 1 (never a crash, a sanitizer report or a
# hang), a "FILE:LINE: message" naming the limit or the refused feature, and
# no effect outside the engine.
#
# The time limit is CPU time, and so are the checks here: tests about CPU
# pass --time-limit 0.3 and check the play used little more CPU than that,
# never how long it took, so they hold on a busy machine. Tests of other
# limits that do real work pass --time-limit 10, so the sanitizer build's
# slowness cannot turn them into time-limit stops.

# play ARGS...: plays $T/s.lua answering 1 to every question, with a 60 s
# timeout (status 124) that only a hang reaches; the CPU time the play used
# (user and system, the engine's included) goes to $T/cpu_ms, in milliseconds.
play() {
    local TIMEFORMAT='%3U %3S' cpu
    set +e
    cpu=$( { time { printf '1\n1\n1\n1\n' | timeout 60 "$REKINDLE" "$@" "$T/s.lua" >"$T/out" 2>"$T/err"
                    echo $? >"$T/status"; }; } 2>&1 )
    set -e
    echo "$cpu" | awk '{ printf "%d\n", ($1 + $2) * 1000 }' >"$T/cpu_ms"
}

# expect_stopped LINE TEXT: a clean story error: status 1, and a line of
# stderr starts with "$T/s.lua:LINE: " and contains TEXT.
expect_stopped() {
    expect_no_crash
    expect_status 1
    grep -e "^$T/s.lua:$1: " "$T/err" | grep -qF -- "$2" ||
        fail "stderr has no line '$T/s.lua:$1: ...$2...'"
}

# expect_cpu_within MS: the play used less than MS milliseconds of CPU.
expect_cpu_within() {
    local ms
    ms=$(cat "$T/cpu_ms")
    [ "$ms" -lt "$1" ] || fail "used $ms ms of CPU, expected under $1 ms"
}

# expect_cpu_over MS: the play used more than MS milliseconds of CPU.
expect_cpu_over() {
    local ms
    ms=$(cat "$T/cpu_ms")
    [ "$ms" -gt "$1" ] || fail "used $ms ms of CPU, expected over $1 ms"
}

expect_no_err() { ! grep -qF -- "$1" "$T/err" || fail "stderr has: $1"; }

# Neither stdout nor stderr holds a control byte other than newline (no ESC,
# BEL, CR, BS...) or a C1 control encoded in UTF-8 (U+0080..U+009F).
expect_no_controls() {
    local f
    for f in "$T/out" "$T/err"; do
        if LC_ALL=C grep -q $'\x1b' "$f"; then fail "ESC in $(basename "$f")"; fi
        if LC_ALL=C grep -q $'\xc2[\x80-\x9f]' "$f"; then fail "a C1 control in $(basename "$f")"; fi
        LC_ALL=C tr -d '\000-\010\013-\037\177' <"$f" >"$T/stripped"
        cmp -s "$T/stripped" "$f" || fail "control bytes in $(basename "$f")"
    done
}

# ============================================================ loading, environment

test_no_io_os_package_debug_tables() {
    local lib
    for lib in io os package debug; do
        printf 'story { id = "t", title = "T", start = "a" }\nlocal f = %s.open\n' "$lib" >"$T/s.lua"
        play
        expect_stopped 2 "'$lib' is not available to stories (a story reads no files, runs no programs and sees no clock)"
    done
}

test_no_require_dofile_loadfile() {
    local fn
    for fn in require dofile loadfile; do
        printf 'story { id = "t", title = "T", start = "a" }\n%s("%s")\n' "$fn" "$T/evil.lua" >"$T/s.lua"
        echo "io.open('$T/pwned', 'w'):close()" >"$T/evil.lua"
        play
        expect_stopped 2 "'$fn' is not available to stories"
    done
    [ ! -e "$T/pwned" ] || fail "the story ran a file"
}

test_no_string_dump() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local bytes = string.dump(function() end)
EOF
    play
    expect_stopped 2 "attempt to call a nil value (field 'dump')"
}

test_real_globals_unreachable() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local found = rawget(_G, "io") or rawget(_ENV, "os") or rawget(_G, "debug")
  or load("return rawget(_ENV, 'io') or rawget(_ENV, 'require')")()
  or getmetatable(_G) or getmetatable("") or pcall(string.dump, print)
error(found and "escaped" or "sealed")
EOF
    play
    expect_stopped 5 "sealed"
}

test_load_refuses_a_binary_chunk() {
    # The 12-byte header of a Lua 5.4 chunk, then junk a bytecode loader trusts.
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local f = load("\27LuaT\0\25\147\13\10\26\10\4\8\8\120\86\0\0\0\0\0\0\0\0\0\0\0\40\119\64\1\255\255\255\255")
EOF
    play
    expect_stopped 2 "binary"
}

test_load_refuses_mode_b() {
    local mode
    for mode in b bt; do
        printf 'story { id = "t", title = "T", start = "a" }\nlocal f = load("return 1", "x", "%s")\n' "$mode" >"$T/s.lua"
        play
        expect_stopped 2 "mode"
    done
}

test_binary_story_file_is_refused() {
    printf '\033LuaT\000\031\223\r\n\032\n\004\010\010xV\000\000\000\000\000\000\000\000\000\000\000(w@\001' >"$T/s.lua"
    play
    expect_no_crash
    expect_status 1
    expect_err "$T/s.lua: precompiled Lua is not accepted"
}

test_huge_story_file_is_refused_before_reading() {
    { echo 'story { id = "t", title = "T", start = "a" }'; head -c $((5 << 20)) /dev/zero | tr '\0' '-'; } >"$T/s.lua"
    play --memory-limit 16 --time-limit 10
    expect_no_crash
    expect_status 1
    expect_err "too large"
}

# ===================================================================== CPU

# The story gets its 0.3 s of CPU however busy the machine is.
test_cpu_endless_loop_at_load() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
while true do end
EOF
    play --time-limit 0.3
    expect_stopped 2 "time limit (0.3 s of CPU per call; more with --time-limit SECS)"
    expect_cpu_over 280
    expect_cpu_within 2500
}

test_cpu_endless_loop_in_a_scene_function() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
scene "a" {
  function(s)
    while true do end
  end,
  choice "Go" { go = "e" },
}
ending "e" { title = "End", kind = "growth", "Bye." }
EOF
    play --time-limit 0.3
    expect_stopped 4 "time limit"
    expect_cpu_within 2500
}

test_cpu_endless_tail_recursion() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local function f() return f() end f()
EOF
    play --time-limit 0.3
    expect_stopped 2 "time limit"
    expect_cpu_within 2500
}

# One error per 1,000 instructions is not enough: every pcall level catches one.
test_cpu_pcall_recursion() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local function f() while true do pcall(f) end end f()
EOF
    play --time-limit 0.3
    expect_stopped 2 "time limit"
    expect_cpu_within 2500
}

test_cpu_xpcall_recursion() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local function f() while true do xpcall(f, f) end end f()
EOF
    play --time-limit 0.3
    expect_stopped 2 "time limit"
    expect_cpu_within 2500
}

test_cpu_coroutine_resume_recursion() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local function f() while true do coroutine.resume(coroutine.create(f)) end end f()
EOF
    play --time-limit 0.3
    expect_stopped 2 "time limit"
    expect_cpu_within 2500
}

test_cpu_coroutine_wrap_recursion() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local function f() while true do pcall(coroutine.wrap(f)) end end f()
EOF
    play --time-limit 0.3
    expect_stopped 2 "time limit"
    expect_cpu_within 2500
}

test_cpu_coroutine_close_recursion() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local function f()
  while true do
    local co = coroutine.create(function() local x <close> = setmetatable({}, { __close = f }) coroutine.yield() end)
    coroutine.resume(co)
    coroutine.close(co)
  end
end
f()
EOF
    play --time-limit 0.3
    expect_no_crash
    expect_status 1
    grep -qE -- "$T/s.lua:[3-6]: .*time limit" "$T/err" || fail "no s.lua:3..6: ... time limit"
    expect_cpu_within 2500
}

test_cpu_close_handler_recursion() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local function f() while true do pcall(function() local x <close> = setmetatable({}, { __close = f }) end) end end
f()
EOF
    play --time-limit 0.3
    expect_stopped 2 "time limit"
    expect_cpu_within 2500
}

test_cpu_loaded_code() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local code = "local function f() while true do pcall(f) end end f()"
load(code)()
EOF
    play --time-limit 0.3
    expect_stopped 3 "time limit"
    expect_cpu_within 2500
}

# Coroutines copy the hook when created: one made while the file loads must
# still be stopped when a scene resumes it.
test_cpu_coroutine_created_at_load() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local co = coroutine.create(function()
  while true do end
end)
scene "a" {
  function(s) coroutine.resume(co) return "resumed" end,
  choice "Go" { go = "e" },
}
ending "e" { title = "End", kind = "growth", "Bye." }
EOF
    play --time-limit 0.3
    expect_stopped 3 "time limit"
    expect_cpu_within 2500
}

# ================================================================ watchdog

# Pattern backtracking runs inside one C call where no hook fires (7.7 s).
test_watchdog_ends_a_runaway_pattern_match() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local s = ("a"):rep(400)
local found = string.find(s, ".-.-.-x")
EOF
    play --time-limit 0.3
    expect_stopped 3 "time limit"
    expect_err "library call"
    expect_cpu_within 6000
}

# At the default limit, a pattern function gets a short grace (half a
# second of CPU, see docs/security.md), not the long one of a library call
# that may be long (a huge sort): the story ends with the pattern's line,
# the function and the reason. Only the end is checked (play's 60 s
# timeout), never how soon.
test_watchdog_ends_a_runaway_pattern_at_the_default_limit() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
scene "a" {
  function(s)
    local subject = ("a"):rep(400)
    return tostring(string.find(subject, ".-.-.-x"))
  end,
  choice "Go" { go = "e" },
}
ending "e" { title = "End", kind = "growth", "Bye." }
EOF
    play
    expect_stopped 5 "story stopped: a library call (string.find) ran past the time limit (1 s of CPU per call)"
}

# table.move over all the integers gets the same short grace.
test_watchdog_ends_a_runaway_table_move_at_the_default_limit() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
table.move({}, 1, math.maxinteger - 1, 2)
EOF
    play
    expect_stopped 2 "story stopped: a library call (table.move) ran past the time limit (1 s of CPU per call)"
}

# gmatch's iterator, gsub and a method call are watched the same way, and a
# find inside gsub's replacement function is named as the one that ran on.
test_watchdog_ends_runaway_gmatch_gsub_and_methods() {
    local call name
    for call in 'gmatch:for m in subject:gmatch(".-.-.-x") do end' 'gsub:subject:gsub(".-.-.-x", "y")' \
        'match:subject:match(".-.-.-x")' 'find:string.gsub("ab", "%w", function(c) return subject:find(".-.-.-x") end)'; do
        name=${call%%:*}
        story s <<EOF
story { id = "t", title = "T", start = "a" }
local subject = ("a"):rep(400)
${call#*:}
EOF
        play --time-limit 0.3
        expect_stopped 3 "story stopped: a library call (string.$name) ran past the time limit (0.3 s of CPU per call)"
    done
}

test_watchdog_ends_a_runaway_table_move() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
scene "a" {
  function(s)
    table.move({}, 1, math.maxinteger - 1, 2)
  end,
  choice "Go" { go = "e" },
}
ending "e" { title = "End", kind = "growth", "Bye." }
EOF
    play --time-limit 0.3
    expect_stopped 4 "time limit"
    expect_err "library call"
    expect_cpu_within 6000
}

# Sorting millions of numbers fits in the memory cap and takes a second or
# more inside one C call; then the story loops. It ends within seconds (on a
# slow machine the deadline may come while the table is still being filled).
test_huge_table_sort_within_the_memory_cap() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local t = {}
for i = 1, 2e6 do t[i] = (i * 7919) % 2000003 end
while true do table.sort(t, nil) end
EOF
    play --time-limit 0.3
    expect_no_crash
    expect_status 1
    grep -qE -- "^$T/s.lua:[34]: .*time limit" "$T/err" || fail "no s.lua:3 or 4: ... time limit"
    expect_cpu_within 8000
}

# ================================================================== memory

test_memory_huge_string_rep() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local s = string.rep("x", 2^30)
EOF
    play --memory-limit 16 --time-limit 10
    expect_stopped 2 "memory limit"
    expect_cpu_within 5000
}

test_memory_table_growth() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local t = {}
for i = 1, 1e9 do t[i] = i end
EOF
    play --memory-limit 16 --time-limit 10
    expect_stopped 3 "memory limit"
    expect_cpu_within 5000
}

test_memory_concatenation_in_a_loop() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local s = "x"
for i = 1, 100 do s = s .. s end
EOF
    play --memory-limit 16 --time-limit 10
    expect_stopped 3 "memory limit"
    expect_cpu_within 5000
}

test_memory_many_coroutines() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local all = {}
for i = 1, 1e8 do all[i] = coroutine.create(print) end
EOF
    play --memory-limit 16 --time-limit 10
    expect_stopped 3 "memory limit"
    expect_cpu_within 5000
}

test_memory_parser_of_a_huge_loaded_source() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local source = string.rep("a=1 ", 2e6)
local f = load(source)
EOF
    play --memory-limit 16 --time-limit 10
    expect_stopped 3 "memory limit"
    expect_cpu_within 5000
}

# A caught memory error would make a memory bomb a retry loop: it is fatal.
test_memory_error_caught_and_retried_is_fatal() {
    local body
    for body in 'while true do pcall(string.rep, "x", 2^28) end' \
                'while true do coroutine.resume(coroutine.create(string.rep), "x", 2^28) end' \
                'while true do pcall(coroutine.wrap(function() return ("x"):rep(2^28) end)) end' \
                'local t = {} while true do pcall(function() t[#t + 1] = ("x"):rep(1e5 + #t) end) end' \
                'while true do local f, e = load(string.rep("a=1 ", 2e6)) end'; do
        printf 'story { id = "t", title = "T", start = "a" }\n%s\n' "$body" >"$T/s.lua"
        play --memory-limit 16 --time-limit 10
        expect_stopped 2 "memory limit"
        expect_no_err "time limit"
        expect_cpu_within 5000
    done
}

# ============================================= crashes of Lua 5.4.4 itself

# 12,000 nested coroutine.close calls through __close handlers overflow the C
# stack of stock Lua 5.4.4 (segfault); the engine caps the nesting.
test_nested_coroutine_close_does_not_crash() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local cos = {}
for i = 1, 12000 do
  cos[i] = coroutine.create(function()
    local x <close> = setmetatable({}, { __close = function()
      local ok, e = coroutine.close(cos[i + 1] or coroutine.create(print))
      if not ok then error(e, 0) end
    end })
    coroutine.yield()
  end)
  coroutine.resume(cos[i])
end
local ok, e = coroutine.close(cos[1])
error(e, 0)
EOF
    play --time-limit 10
    expect_stopped 6 "too many nested coroutine.close calls"
}

test_weak_table_metatable_is_refused() {
    local mode
    for mode in k v kv; do
        printf 'story { id = "t", title = "T", start = "a" }\nlocal t = setmetatable({}, { __mode = "%s" })\n' "$mode" >"$T/s.lua"
        play
        expect_stopped 2 "weak tables (__mode) are not available"
    done
}

# Adding __mode to the story's table after setmetatable (or with rawset)
# changes nothing: the metatable in force is the engine's copy. (Weak values
# show it: a table with table keys cannot be walked, see pairs below.)
test_mode_added_after_setmetatable_has_no_effect() {
    local add
    for add in 'mt.__mode = "kv"' 'rawset(mt, "__mode", "kv")'; do
        cat >"$T/s.lua" <<EOF
story { id = "t", title = "T", start = "a" }
local mt = {}
local t = setmetatable({}, mt)
$add
assert(getmetatable(t) == mt)
for i = 1, 100 do t[i] = {} end
for i = 1, 3e5 do local garbage = { i } end
local n = 0
for i = 1, 100 do if rawget(t, i) then n = n + 1 end end
error("kept " .. n .. " keys")
EOF
        play --time-limit 10
        expect_stopped 10 "kept 100 keys"
    done
}

test_gc_metamethod_is_refused() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local t = setmetatable({}, { __gc = function() while true do end end })
EOF
    play --time-limit 0.3
    expect_stopped 2 "finalizers (__gc) are not available"
}

# The use-after-free of 5.4.4: a weak table (here made weak too late) as the
# __newindex of another, growing while the memory cap forces emergency
# collections. The table stays strong, and the bomb ends cleanly.
test_weak_newindex_table_under_the_memory_cap() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local mt = {}
local store = setmetatable({}, mt)
mt.__mode = "kv"
local t = setmetatable({}, { __newindex = store })
for i = 1, 100 do t[i] = {} end
for i = 1, 3e5 do local garbage = { i } end
local n = 0 for i = 1, 100 do if rawget(store, i) then n = n + 1 end end
assert(n == 100, "the __newindex table became weak")
local i = 0
while true do i = i + 1 t[{}] = ("x"):rep(i % 100) end
EOF
    play --memory-limit 4 --time-limit 10
    expect_stopped 11 "memory limit"
}

# ================================================ story code cannot break the engine

test_replaced_globals_do_not_break_the_engine() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a", vars = { n = 0 } }
local p, xp, wrap, close, create, resume, ld = pcall, xpcall, coroutine.wrap, coroutine.close, coroutine.create, coroutine.resume, load
pcall, xpcall, error, tostring, tonumber, setmetatable, getmetatable = nil, nil, nil, nil, nil, nil, nil
type, next, pairs, ipairs, select, rawget, rawset, rawequal, rawlen, assert = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
string, table, math, coroutine, utf8, load, print, collectgarbage = {}, {}, {}, {}, {}, 1, 2, 3
local function works()
  local co = create(function() end)
  return p(function() end) and xp(function() end, function() end) and wrap(function() return true end)()
    and resume(co) and close(co) and ld("return true")()
end
scene "a" {
  function(s) s.n = s.n + 1 return "Visit " .. s.n .. (works() and ", wrappers work." or ".") end,
  choice "Go" { go = "e", when = function(s) return s.n > 0 end, effect = function(s) s.n = 10 end },
}
ending "e" { title = "Safe Landing", kind = "growth", "n is {n}." }
EOF
    play
    expect_status 0
    expect_out "Visit 1, wrappers work."
    expect_out "Safe Landing"
    expect_out "n is 10."
}

test_string_metatable_is_sealed() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
getmetatable("").__index = function() return function() return "pwned" end end
EOF
    play
    expect_stopped 2 "attempt to index a boolean value"
    # The story's own string table is a copy: changing it changes only the story.
    story s <<'EOF'
story { id = "t", title = "T", start = "a", vars = { name = "Sam" } }
string.format, string.rep, string.sub, string.gsub, string.find = error, error, error, error, error
string.upper = function() return "pwned" end
scene "a" { function(s) return ("quiet"):upper() .. " {name}" end, choice "Go {name}" { go = "e" } }
ending "e" { title = "End {name}", kind = "growth", "Bye." }
EOF
    play
    expect_status 0
    expect_out "pwned Sam"
    expect_out "End Sam"
}

test_error_object_that_is_a_table() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
error({ code = 1 })
EOF
    play
    expect_stopped 2 "(error object is a table value)"
}

test_error_object_whose_tostring_errors() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
error(setmetatable({}, { __tostring = function() error("from tostring") end }))
EOF
    play
    expect_stopped 2 "(error object is a table value)"
    expect_no_err "from tostring"
}

test_error_object_whose_tostring_loops() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
error(setmetatable({}, { __tostring = function() while true do end end }))
EOF
    play --time-limit 0.3
    expect_stopped 2 "(error object is a table value)"
    expect_cpu_within 2500
}

test_name_with_escape_sequences_in_messages() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local x = setmetatable({}, { __name = "\27]52;c;cGF5bG9hZA==\7\27[6n\194\155evil" })
print(x)
local y = x + 1
EOF
    play
    expect_stopped 4 "attempt to perform arithmetic on a"
    expect_err "evil"
    expect_no_controls
}

test_error_nil() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
error(nil)
EOF
    play
    expect_stopped 2 "(error object is a nil value)"
}

test_error_with_a_huge_string() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
error(string.rep("x", 1e7), 0)
EOF
    play --time-limit 10
    expect_stopped 2 "xxxx"
    local size
    size=$(wc -c <"$T/err")
    [ "$size" -lt 4096 ] || fail "an error message of $size bytes"
}

test_deep_recursion() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local function f(n) return 1 + f(n + 1) end
f(1)
EOF
    play --time-limit 10
    expect_stopped 2 "stack overflow"
}

test_c_stack_exhaustion_through_gsub() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local function g(s) return (s:gsub(".", g)) end
g("ab")
EOF
    play
    expect_stopped 2 "stack overflow"
}

test_c_stack_exhaustion_through_index() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local t = setmetatable({}, { __index = function(t, k) return t[k] end })
local v = t.x
EOF
    play
    expect_stopped 2 "stack overflow"
}

test_c_stack_exhaustion_through_coroutine_wrap() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local function f() while true do coroutine.wrap(f)() end end
f()
EOF
    play --time-limit 0.3
    expect_stopped 2 "stack overflow"
}

# Story tables are read raw: metamethods on them never run during loading.
test_story_tables_are_read_raw() {
    story s <<'EOF'
story(setmetatable({}, { __index = function() while true do end end, __pairs = function() while true do end end }))
EOF
    play --time-limit 0.3
    expect_stopped 1 "missing field 'id'"
    expect_no_err "time limit"
}

test_state_table_is_protected() {
    local body msg
    for body in 'rawset(s, "n", 5)|changed with rawset' 'setmetatable(s, {})|protected metatable' \
                'getmetatable(s).__index = nil|index a boolean' 's.undeclared = 1|not a variable or meter'; do
        msg=${body#*|}
        body=${body%|*}
        cat >"$T/s.lua" <<EOF
story { id = "t", title = "T", start = "a", vars = { n = 0 } }
scene "a" {
  function(s) $body return "x" end,
  choice "Go" { go = "e" },
}
ending "e" { title = "End", kind = "growth", "Bye." }
EOF
        play
        expect_stopped 3 "$msg"
    done
}

# ========================================================== terminal safety

test_controls_in_scene_text_and_labels_never_reach_the_terminal() {
    story s <<'EOF'
story { id = "t", title = "T\27[2J", start = "a", vars = { who = "\27[31mSam\194\155" } }
scene "a" {
  "Clipboard \27]52;c;cGF5bG9hZA==\7 report \27[6n C1 \194\155 raw \1\8\13\127 {who}.",
  function(s) return "computed \27[1;31m red \27]0;title\7 \194\155" end,
  choice "Pick \27[6n me \194\155" { go = "e", note = "note \27]52;c;eA==\7" },
}
ending "e" { title = "End \27[5m", kind = "growth", "Bye \27[0m.", reflection = "r \194\155 \27[6n" }
EOF
    play
    expect_status 0
    expect_out "Clipboard"
    expect_out "Pick"
    expect_no_controls
}

test_controls_in_a_typed_answer_never_reach_the_terminal() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a", vars = { name = "Sam" } }
scene "a" { ask "Name?" { into = "name", go = "b" } }
scene "b" { "Hello {name}.", choice "Bye {name}" { go = "e" } }
ending "e" { title = "End", kind = "growth", "Bye {name}." }
EOF
    set +e
    printf 'R\033]52;c;eA==\007ob\033[6n\302\233in\r\n1\n' | timeout 20 "$REKINDLE" "$T/s.lua" >"$T/out" 2>"$T/err"
    echo $? >"$T/status"
    set -e
    expect_status 0
    expect_out "Hello R"
    expect_no_controls
}

test_controls_in_error_messages_never_reach_the_terminal() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
print("print \27[6n \194\155 \27]52;c;eA==\7")
error("error \27]52;c;cGF5bG9hZA==\7 \27[6n \194\155 \1\13")
EOF
    play
    expect_stopped 3 "error"
    expect_err "print: print"
    expect_no_controls
}

# print is for authors: capped, so a loop cannot flood the terminal.
test_print_output_is_capped() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
for i = 1, 2e4 do print(string.rep("x", 1000)) end
error("printed")
EOF
    play --time-limit 10
    expect_stopped 3 "printed"
    local size
    size=$(wc -c <"$T/err")
    [ "$size" -lt 100000 ] || fail "print wrote $size bytes"
}

# ============================================================= after a stop

test_no_story_code_runs_after_a_stop() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
scene "a" {
  "Text.",
  choice "Loop" { go = "e", when = function(s) while true do end end },
  choice "Later" { go = "e", when = function(s) print("later condition ran") return true end },
}
ending "e" { title = "End", kind = "growth", function(s) print("ending text ran") return "x" end }
EOF
    play --time-limit 0.3
    expect_stopped 4 "time limit"
    expect_no_err "print:"
    # A stop cannot be caught: the rest of the condition never runs either.
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
scene "a" {
  "Text.",
  choice "Loop" { go = "e", when = function(s) pcall(function() while true do end end) print("caught") return true end },
}
ending "e" { title = "End", kind = "growth", "Bye." }
EOF
    play --time-limit 0.3
    expect_stopped 4 "time limit"
    expect_no_err "print:"
}

test_no_close_handler_runs_after_a_stop() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local x <close> = setmetatable({}, { __close = function() print("close handler ran") end })
local y = string.rep("x", 2^30)
EOF
    play --memory-limit 16 --time-limit 10
    expect_stopped 3 "memory limit"
    expect_no_err "print:"
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local x <close> = setmetatable({}, { __close = function() print("close handler ran") end })
while true do end
EOF
    play --time-limit 0.3
    expect_stopped 3 "time limit"
    expect_no_err "print:"
}

# ====================================================== collectgarbage, random

test_collectgarbage_only_counts() {
    local opt
    for opt in '' '"collect"' '"stop"' '"step", 1000' '"incremental"' '"generational"' '"setpause", 1000'; do
        printf 'story { id = "t", title = "T", start = "a" }\nassert(type(collectgarbage("count")) == "number")\ncollectgarbage(%s)\n' "$opt" >"$T/s.lua"
        play
        expect_stopped 3 "collectgarbage: stories may only ask for 'count'"
    done
}

test_math_randomseed_absent() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
math.randomseed(42)
EOF
    play
    expect_stopped 2 "attempt to call a nil value (field 'randomseed')"
}

test_math_random_is_the_engines_seeded_one() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
scene "a" {
  function(s) return "Numbers " .. math.random(1, 1000000000) .. " " .. math.random(1000000000) .. " " .. math.random() end,
  choice "Go" { go = "e" },
}
ending "e" { title = "End", kind = "growth", "Bye." }
EOF
    play --seed 7
    expect_status 0
    grep '^ *Numbers' "$T/out" >"$T/first"
    play --seed 7
    grep '^ *Numbers' "$T/out" | cmp -s - "$T/first" || fail "seed 7 gave different numbers"
    play --seed 8
    grep '^ *Numbers' "$T/out" | cmp -s - "$T/first" && fail "seeds 7 and 8 gave the same numbers"
    # While the file loads there is no playthrough, so no random numbers.
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local n = math.random(6)
EOF
    play --seed 7
    expect_stopped 2 "math.random"
}

# ============================================================ determinism

# Lua seeds its string hash afresh in every process, so the stock pairs
# walks string keys in a different order each run. The story's pairs and
# next have one order: a play is the same in ten processes, seed and answers
# being the same.
test_pairs_order_is_the_same_in_every_process() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local moods = { hope = 1, doubt = 2, anger = 3, calm = 4, grief = 5, joy = 6, fear = 7, trust = 8, shame = 9 }
local function names()
  local r = {}
  for k in pairs(moods) do r[#r + 1] = k end
  return table.concat(r, " ")
end
scene "a" {
  function(s) return "Moods: " .. names() .. ". First: " .. next(moods) .. "." end,
  choice "Feel" {
    go = function(s)
      local n = math.random(9)
      for k in pairs(moods) do n = n - 1 if n == 0 then return k end end
    end,
  },
}
for k in pairs(moods) do ending(k) { title = "Felt " .. k, kind = "growth", "Done." } end
EOF
    local i
    for i in 1 2 3 4 5 6 7 8 9 10; do
        play --seed 1
        expect_status 0
        expect_out "Moods: anger calm doubt fear grief hope joy shame trust. First: anger."
        expect_out "Felt "
        if [ "$i" = 1 ]; then cp "$T/out" "$T/first"; fi
        cmp -s "$T/out" "$T/first" || fail "play $i differs from play 1: $(diff "$T/first" "$T/out" | head -n 5)"
    done
}

# A table whose keys have no order (tables, functions) cannot be walked: the
# error names the story's line and the reason.
test_pairs_refuses_a_table_key() {
    story s <<'EOF'
story { id = "t", title = "T", start = "a" }
local seen = { [{}] = true, [{}] = true }
for k in pairs(seen) do print(k) end
EOF
    play
    expect_stopped 3 "pairs: cannot walk a table with a table as a key: only number, string and boolean keys have an order"
    expect_no_err "print:"
}
