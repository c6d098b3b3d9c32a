---@meta rekindle

-- The story language of rekindle, for an editor's Lua language server
-- (LuaLS): completion, hover help and type checks for `story`, `scene`,
-- `choice` and the rest, every field of each, and what story code may call.
-- Nothing runs this file. It lives in a folder of its own, docs/meta/, and
-- is installed as share/rekindle/meta/rekindle.lua, because the language
-- server is pointed at a folder ("workspace.library") and reads every Lua
-- file in it: beside the stories it would read them all, and the stories'
-- folder would list it as a story. docs/authoring.md, "Editors and
-- linters", shows the .luarc.json; `rekindle new` writes one.
--
-- A story's environment is a sandbox: no io, os, package, require, debug,
-- dofile or loadfile; `load` takes source text only; `collectgarbage` only
-- "count"; `print` writes to stderr; `pairs` and `next` visit keys in one
-- order every time (numbers, then strings in byte order). The .luacheckrc
-- of the source tree lists exactly what it holds.

------------------------------------------------------------------- types

---The state of the playthrough, handed to every story function as `s`:
---`s.NAME` reads and writes a variable or meter declared in `story { vars =
---..., meters = ... }` (an undeclared name is an error; meters stay within
---0 to 100), a variable declared as a list of words is a `rekindle.Set`.
---@class rekindle.State
---@field pronoun "she"|"he"|"they" The player's pick at an `ask { pronouns = true }` (read-only; "they" until then).
---@field here table<string, string|number|boolean> Temporary values that last until the next scene is entered; `{here.name}` in text.
---@field [string] any A variable or meter of the story.

---A variable declared as a list of words (`vars = { told = { "Jo" } }`): a
---set, kept sorted. `#s.told` counts it; `{told}` in text reads "Jo, Nell
---and Sam"; `s.told = { "Nell" }` sets it whole.
---@class rekindle.Set
---@operator len: integer
local Set = {}

---Whether the set holds the word.
---@param word string
---@return boolean
function Set:has(word) end

---Adds a word (at most 10,000 in a set).
---@param word string
function Set:add(word) end

---Removes a word, if it is there.
---@param word string
function Set:remove(word) end

---How many words the set holds.
---@return integer
function Set:count() end

---The words, in order, as a list.
---@return string[]
function Set:words() end

---A finished playthrough, as a rule's `check` sees it.
---@class rekindle.Play
---@field ending string The name of the ending reached.
---@field kind? string The ending's kind.
---@field choices integer How many choices were made.
---@field tags table<string, integer> How many choices carried each tag.

---A paragraph: text (with `{placeholders}`), or a function of the state
---that returns the text, or nil for none.
---@alias rekindle.Text string|fun(s: rekindle.State): string?

---A condition: shown, open or chosen only when it returns true.
---@alias rekindle.Condition fun(s: rekindle.State): boolean?

---A meter's change: points (`-10`), or fairmath (`"%+20"`: a share of the
---way to 100; `"%-20"`: of the way to 0).
---@alias rekindle.Change number|string

---What `choice "label" { ... }` gives its scene.
---@class rekindle.Choice

---What `ask "prompt" { ... }` gives its scene.
---@class rekindle.Ask

---A paragraph that varies with each visit: `sequence`, `cycle`, `shuffle`, `once_only`.
---@class rekindle.Variation

---`storylets "group"`: a `go` that picks a scene of the group whose `when` holds.
---@class rekindle.Storylets

---A marker written bare in a scene: `gather`, `page_break`.
---@class rekindle.Marker

---What a scene's list holds.
---@alias rekindle.Item rekindle.Text|rekindle.Choice|rekindle.Ask|rekindle.Variation|rekindle.Marker

--------------------------------------------------------- the declarations

---The story's fields (`story { ... }`).
---@class rekindle.StoryFields
---@field id string Names the story in saves: lowercase letters, digits and `-`.
---@field title string Shown at the top of every scene and in `rekindle list`.
---@field author? string
---@field blurb? string The one line `rekindle list` shows.
---@field start string The name of the first scene.
---@field meters? table<string, number> Named measures from 0 to 100, with their start values.
---@field vars? table<string, string|number|boolean|string[]> Variables and their initial values; a list of words is a set.
---@field kinds? string[] The kinds of ending the story uses; then every ending names one.
---@field tags? string[] The words choices may carry as `tags`; then no other.
---@field covers? integer[] Numbers the story's collection gives a meaning to (`rekindle list --markdown`).
---@field show_meters? boolean Show the meters while playing, not only at the ending.

---A scene's fields (`scene "name" { ... }`): its paragraphs, choices or ask
---in order, and these.
---@class rekindle.SceneFields
---@field [integer] rekindle.Item
---@field group? string Joins a storylet group (`go = storylets "group"`).
---@field when? rekindle.Condition For a storylet: whether it can be picked.
---@field go? string|fun(s: rekindle.State): string For a scene without choices: where it moves on to.
---@field call? string|fun(s: rekindle.State): string? A scene to visit first (nil: none); its `back` returns here.
---@field back? boolean For a scene without choices: return to the scene that called it.
---@field chapter? string The play is in this chapter from this scene on (the status line).

---An ending's fields (`ending "name" { ... }`): its paragraphs, and these.
---@class rekindle.EndingFields
---@field [integer] rekindle.Text|rekindle.Variation|rekindle.Marker
---@field title string
---@field kind? string What sort of ending: one of the story's `kinds` (required when it declares them).
---@field reflection? string What the playthrough taught, shown under the ending.
---@field hint? string A clue the `endings` command shows until this ending is found.
---@field group? string Joins a storylet group.
---@field when? rekindle.Condition For a storylet: whether it can be picked.
---@field chapter? string

---A choice's fields (`choice "label" { ... }`): the text shown when it is
---taken, then these; any other field names a meter and how the choice
---changes it (`patience = -10`).
---@class rekindle.ChoiceFields
---@field [integer] rekindle.Text|rekindle.Variation
---@field [string] rekindle.Change
---@field go? string|rekindle.Storylets|fun(s: rekindle.State): string Where it leads (none: on to the scene's next `gather`).
---@field call? string|fun(s: rekindle.State): string? Visit a scene and come back (to `go`, if given).
---@field back? boolean Return to the scene that called this one.
---@field when? rekindle.Condition Shown only when it returns true.
---@field available? rekindle.Condition Shown but closed, with its `reason`, when it returns false.
---@field reason? string Why it is closed.
---@field effect? fun(s: rekindle.State) Run when it is taken, after the meter changes.
---@field once? boolean Gone once taken.
---@field fallback? boolean Shown only when nothing else of the scene can be taken.
---@field note? string The lesson it touched, shown in the recap at the ending.
---@field turning_point? boolean One of the turning points shown at the ending, first.
---@field tags? string[] Words that say what it is, for the story's rules and the tools.
---@field id? string A stable name (a-z, 0-9 and `-`); made from the label when not given.
---@field achieve? string The achievement it earns.

---An ask's fields (`ask "prompt" { ... }`).
---@class rekindle.AskFields
---@field into string The variable the answer goes in: a string, or a number with `number`.
---@field go string The scene after the answer.
---@field pronouns? boolean Then ask she/her, he/him or they/them for the person.
---@field number? number[] `{ lowest, highest }`: a whole number in that range.
---@field one_of? string[] One of these words, in any case.

---A rule's fields (`rule "what it promises" { ... }`): one of `never`,
---`at_least`, `min_choices`, `check` or `notes`, with its own fields.
---@class rekindle.RuleFields
---@field never? string|string[] No ending of this kind (or kinds) after a choice tagged `after`.
---@field after? string The tag, for `never`.
---@field times? integer For `never`: only after this many such choices.
---@field unless? string For `never`: a later choice with this tag repairs one.
---@field at_least? number A percentage of the plays that took no choice tagged `of_plays_without`...
---@field of_plays_without? string The tag, for `at_least`.
---@field end_in? string|string[] ...end in this kind (or kinds), for `at_least`.
---@field min_choices? integer Every playthrough makes at least this many choices.
---@field check? fun(play: rekindle.Play, s: rekindle.State): boolean, string? True, or false and why.
---@field notes? boolean `true`: every choice that changes a meter has a `note`.

---An achievement's fields (`achievement "id" { ... }`).
---@class rekindle.AchievementFields
---@field title string
---@field hint? string What the player sees of it until it is earned.

---Declares the story: first, once, in the story's own file.
---@param fields rekindle.StoryFields
function story(fields) end

---Declares a scene: `scene "kitchen" { "text", choice "..." { ... }, ... }`.
---@param name string
---@return fun(fields: rekindle.SceneFields)
function scene(name) end

---Declares an ending: a scene with no choices, `ending "tea" { title = "Tea", "text" }`.
---@param name string
---@return fun(fields: rekindle.EndingFields)
function ending(name) end

---Offers the player something to do: `choice "Wait" { go = "hall" }`.
---@param label string
---@return fun(fields: rekindle.ChoiceFields): rekindle.Choice
function choice(label) end

---Asks a free-text question: `ask "What is their name?" { into = "name", go = "kitchen" }`.
---@param prompt string
---@return fun(fields: rekindle.AskFields): rekindle.Ask
function ask(prompt) end

---Declares a rule every playthrough keeps; randomtest and quicktest check it.
---@param name string
---@return fun(fields: rekindle.RuleFields)
function rule(name) end

---Declares something to earn besides an ending (`achieve = "id"` on a choice).
---@param id string
---@return fun(fields: rekindle.AchievementFields)
function achievement(id) end

---Runs another file of the story's folder where it stands, once: `include "parts/two.lua"`.
---@param file string
function include(file) end

---The next text at each visit, then stays on the last.
---@param texts string[]
---@return rekindle.Variation
function sequence(texts) end

---The next text at each visit, round and round.
---@param texts string[]
---@return rekindle.Variation
function cycle(texts) end

---One text at random at each visit, from the seeded generator.
---@param texts string[]
---@return rekindle.Variation
function shuffle(texts) end

---The next text at each visit, then nothing.
---@param texts string[]
---@return rekindle.Variation
function once_only(texts) end

---A `go` that lets the engine pick one scene of the group whose `when` holds.
---@param group string
---@return rekindle.Storylets
function storylets(group) end

---Starts a new part of the scene: choices before it with nowhere to go lead on to it.
---@type rekindle.Marker
gather = {}

---Stops the text here until the player presses Enter.
---@type rekindle.Marker
page_break = {}

------------------------------------------------------ what story code calls

---How many times the scene has been entered, counting the current visit.
---@param scene string
---@return integer
function visits(scene) end

---How many choices have been made since the scene was last entered: 0
---while in it, -1 if never.
---@param scene string
---@return integer
function turns_since(scene) end

---How many times a choice was taken: its id, or "scene/id" where several
---scenes have a choice of that id.
---@param id string
---@return integer
function taken(id) end

---Earns an achievement the story declares.
---@param id string
function achieve(id) end

---The playthrough's seeded generator, so that a play replays exactly:
---`math.random()` a float in [0, 1), `math.random(n)` 1 to n,
---`math.random(lo, hi)` lo to hi. quicktest tries every outcome up to 100.
---@overload fun(): number
---@overload fun(n: integer): integer
---@param lo integer
---@param hi integer
---@return integer
function math.random(lo, hi) end

---Not available to stories: chance comes from the playthrough's seed.
---@deprecated
function math.randomseed(...) end
