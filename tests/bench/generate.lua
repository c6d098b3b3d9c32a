-- tests/bench/generate.lua N DIR: writes the bench's synthetic story of N
-- scenes twice, the same story in two languages:
--   DIR/story/      for rekindle (and the floor): story.lua, and past
--                   SCENES_PER_FILE scenes, parts/NNN.lua files it includes
--   DIR/story.json  the same story as compiled ink, for inkjs
-- Each scene has one paragraph and three choices: "Left" adds 1 to the
-- meter patience, "Right" is open when steps is even, "On" adds 1 to steps.
-- Every tenth scene's "On" leads to an ending; the endings are about 3% of
-- the story (at least one).
local n, dir = tonumber(arg[1]), arg[2]
assert(n and n >= 1 and dir, "usage: lua5.4 generate.lua N DIR")
local SCENES_PER_FILE = 4000 -- one file of 1 MiB, 8,000 closures: well inside Lua's 131,071 a function
local nend = math.max(1, n * 3 // 100)

local function targets(i)
  local on = (i % 10 == 9) and ("e" .. (i // 10 % nend)) or ("s" .. (i * 31 + 11) % n)
  return "s" .. (i * 7 + 1) % n, "s" .. (i * 13 + 5) % n, on
end

-- rekindle
os.execute("mkdir -p '" .. dir .. "/story/parts'")
local function scene_lua(out, i)
  local a, b, c = targets(i)
  out:write(string.format([[
scene "s%d" {
  "Scene %d. Patience is {patience}.",
  choice "Left" { go = "%s", patience = 1 },
  choice "Right" { go = "%s", when = function(s) return s.steps %% 2 == 0 end },
  choice "On" { go = "%s", effect = function(s) s.steps = s.steps + 1 end },
}
]], i, i, a, b, c))
end
local main = assert(io.open(dir .. "/story/story.lua", "w"))
main:write('story { id = "synthetic", title = "Synthetic", start = "s0",\n',
           '  meters = { patience = 50 }, vars = { steps = 0 } }\n')
for first = 0, n - 1, SCENES_PER_FILE do
  local out = main
  if first > 0 then
    local name = string.format("parts/%03d.lua", first // SCENES_PER_FILE)
    main:write(string.format('include "%s"\n', name))
    out = assert(io.open(dir .. "/story/" .. name, "w"))
  end
  for i = first, math.min(n, first + SCENES_PER_FILE) - 1 do scene_lua(out, i) end
  if out ~= main then out:close() end
end
for e = 0, nend - 1 do
  main:write(string.format('ending "e%d" { title = "End %d", "The end." }\n', e, e))
end
main:close()

-- ink, as inklecate and inkjs's compiler write it for the same story in ink:
--   === s0 ===
--   Scene 0. Patience is {patience}.
--   + [Left]
--     ~ patience = MIN(patience + 1, 100)
--     -> s7
--   + {steps % 2 == 0} [Right]
--     -> s5
--   + [On]
--     ~ steps = steps + 1
--     -> s11
local json = assert(io.open(dir .. "/story.json", "w"))
json:write('{"inkVersion":21,"root":[[{"->":"s0"},["done",{"#n":"g-0"}],null],"done",{')
for i = 0, n - 1 do
  local a, b, c = targets(i)
  json:write(string.format('"s%d":[["^Scene %d. Patience is ","ev",{"VAR?":"patience"},"out","/ev","^.","\\n",'
    .. '"ev","str","^Left","/str","/ev",{"*":".^.c-0","flg":4},'
    .. '"ev","str","^Right","/str",{"VAR?":"steps"},2,"%%",0,"==","/ev",{"*":".^.c-1","flg":5},'
    .. '"ev","str","^On","/str","/ev",{"*":".^.c-2","flg":4},'
    .. '{"c-0":["\\n","ev",{"VAR?":"patience"},1,"+",100,"MIN","/ev",{"VAR=":"patience","re":true},{"->":"%s"},null],'
    .. '"c-1":["\\n",{"->":"%s"},null],'
    .. '"c-2":["\\n","ev",{"VAR?":"steps"},1,"+","/ev",{"VAR=":"steps","re":true},{"->":"%s"},null]}],null],',
    i, i, a, b, c))
end
for e = 0, nend - 1 do json:write(string.format('"e%d":["^The end.","\\n","end",null],', e)) end
json:write('"global decl":["ev",50,{"VAR=":"patience"},0,{"VAR=":"steps"},"/ev","end",null]}],"listDefs":{}}\n')
json:close()
