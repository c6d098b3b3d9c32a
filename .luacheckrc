-- .luacheckrc: what luacheck needs to know of rekindle's story language.
--
-- A story runs in rekindle's sandbox, whose environment holds exactly the
-- names below and nothing else: the story language, the functions story
-- code may call, and the safe part of Lua's library. `io`, `os`, a name
-- misspelt or a variable read without `s.` is an error when the story
-- runs; luacheck says so before it does. `make lint` checks the bundled
-- and test stories with this file, and `rekindle new` writes it beside
-- every new story (built in from this copy), so keep it to the language:
-- what one story of the collection needs goes in that story's own file.

stds.rekindle = {
  read_globals = {
    -- The story language (engine/core/lang.c).
    "story", "scene", "ending", "choice", "ask", "rule", "achievement", "include",
    "sequence", "cycle", "shuffle", "once_only", "storylets", "gather", "page_break",
    -- What story code may call (engine/core/script.c).
    "visits", "turns_since", "taken", "achieve",
    -- Lua's base functions, as the sandbox gives them (engine/core/sandbox.c):
    -- no dofile, loadfile, require, warn or unpack; load takes text only.
    "assert", "collectgarbage", "error", "getmetatable", "ipairs", "load", "next",
    "pairs", "pcall", "print", "rawequal", "rawget", "rawlen", "rawset", "select",
    "setmetatable", "tonumber", "tostring", "type", "xpcall", "_VERSION",
    _G = { other_fields = true },
    coroutine = {
      fields = { "close", "create", "isyieldable", "resume", "running", "status", "wrap", "yield" },
    },
    -- math.random is the engine's seeded generator; randomseed is gone.
    math = {
      fields = {
        "abs", "acos", "asin", "atan", "atan2", "ceil", "cos", "cosh", "deg", "exp",
        "floor", "fmod", "frexp", "huge", "ldexp", "log", "log10", "max", "maxinteger",
        "min", "mininteger", "modf", "pi", "pow", "rad", "random", "sin", "sinh", "sqrt",
        "tan", "tanh", "tointeger", "type", "ult",
      },
    },
    -- No string.dump.
    string = {
      fields = {
        "byte", "char", "find", "format", "gmatch", "gsub", "len", "lower", "match",
        "pack", "packsize", "rep", "reverse", "sub", "unpack", "upper",
      },
    },
    table = { fields = { "concat", "insert", "move", "pack", "remove", "sort", "unpack" } },
    utf8 = { fields = { "char", "charpattern", "codepoint", "codes", "len", "offset" } },
  },
}
std = "rekindle"

-- Functions written at the top of a story are globals made while it loads,
-- which the engine allows; a global made any later is an error.
allow_defined_top = true

-- Prose is not code: a paragraph is as long as it needs to be.
max_line_length = false

-- The engine hands every story function the state `s`, and a rule's check
-- `play` before it: a function that needs neither still names them.
ignore = { "212/s", "212/play" }
