-- tests/bench/floor.lua: the floor the engine is measured against, plain
-- lua5.4 with no engine, doing the least the same work takes.
--   lua5.4 floor.lua first DIR              loads DIR/story.lua (the story
--                                           generate.lua wrote), prints the
--                                           first scene's text
--   lua5.4 floor.lua walk DIR RUNS          random playthroughs, choices/s
--   lua5.4 floor.lua checksum DIR RUNS SEED the walk rekindle's randomtest
--                                           takes with --seed SEED: its
--                                           generator, seeding and draws
-- "walk" draws with math.random (xoshiro256** in C, as rekindle draws) and
-- fills in no text, as randomtest does not; "checksum" fills in every
-- paragraph to count what a player would see.
local mode, dir, runs, seed = arg[1], arg[2], tonumber(arg[3] or 1000), tonumber(arg[4] or 1)

-- The story language, as little of it as the synthetic story uses.
local meta, scenes = nil, {}
function story(t) meta = t end
function choice(label) return function(t) t.label = label; return t end end
local function declare(name, t)
  local s = { name = name, paras = {}, choices = {} }
  for _, v in ipairs(t) do
    if type(v) == "string" then s.paras[#s.paras + 1] = v else s.choices[#s.choices + 1] = v end
  end
  scenes[name] = s
end
function scene(name) return function(t) declare(name, t) end end
function ending(name) return function(t) declare(name, t); scenes[name].ending = true end end
function include(file) assert(loadfile(dir .. "/" .. file))() end
include("story.lua")
local meters = meta.meters

local function fill(text, st)
  return (text:gsub("{(%w+)}", function(k) return tostring(math.tointeger(st[k]) or st[k]) end))
end
local function fresh()
  local st = {}
  for k, v in pairs(meta.meters) do st[k] = v end
  for k, v in pairs(meta.vars) do st[k] = v end
  return st
end
local function take(st, c)
  for k in pairs(meters) do
    if c[k] then st[k] = math.max(0, math.min(100, st[k] + c[k])) end
  end
  if c.effect then c.effect(st) end
  return scenes[c.go]
end

if mode == "first" then
  print(fill(scenes[meta.start].paras[1], fresh()))
  os.exit(0)
end

-- Wall-clock seconds, as randomtest and ink.js count them (os.clock is CPU
-- time, which a busy machine would not charge to the floor).
local function now()
  local p = io.popen("date +%s.%N")
  local t = tonumber(p:read("l"))
  p:close()
  return t
end

if mode == "walk" then
  local choices, t0 = 0, now()
  local open = {}
  for run = 1, runs do
    math.randomseed(run)
    local st, at = fresh(), scenes[meta.start]
    while not at.ending do
      local k = 0
      for _, c in ipairs(at.choices) do
        if not c.when or c.when(st) then k = k + 1; open[k] = c end
      end
      at = take(st, open[math.random(k)])
      choices = choices + 1
    end
  end
  local dt = now() - t0
  print(string.format("floor: %d runs, %d choices, %.3f s, %.0f choices/s", runs, choices, dt, choices / dt))
  os.exit(0)
end

assert(mode == "checksum", "mode: first, walk or checksum")
-- rekindle's chooser (engine/core/rng.c): xoshiro256** seeded through
-- splitmix64 from (seed + run) ~ 0x9e3779b97f4a7c15; a draw in [0, n-1]
-- rejects the biased tail. Lua's integers wrap as uint64_t does; only
-- comparisons and remainders need care to be unsigned.
local function umod(x, m) return ((x >> 1) % m * 2 + (x & 1)) % m end
local function rotl(x, k) return (x << k) | (x >> (64 - k)) end
local function seeded(x)
  local s = {}
  for i = 1, 4 do
    x = x + 0x9e3779b97f4a7c15
    local z = x
    z = (z ~ (z >> 30)) * 0xbf58476d1ce4e5b9
    z = (z ~ (z >> 27)) * 0x94d049bb133111eb
    s[i] = z ~ (z >> 31)
  end
  return s
end
local function next64(s)
  local result = rotl(s[2] * 5, 7) * 9
  local t = s[2] << 17
  s[3] = s[3] ~ s[1]; s[4] = s[4] ~ s[2]; s[2] = s[2] ~ s[3]; s[1] = s[1] ~ s[4]
  s[3] = s[3] ~ t; s[4] = rotl(s[4], 45)
  return result
end
local function range(s, n) -- in [0, n-1]
  local limit = -1 - umod(-1, n)
  local x
  repeat x = next64(s) until math.ult(x, limit)
  return umod(x, n)
end

-- The checksum, as randomtest --checksum prints it: choices taken,
-- characters of paragraph text seen, and a hash of both in the order they
-- came (per run, summed over runs: the same whatever the workers).
local choices, chars, total = 0, 0, 0
for run = 0, runs - 1 do
  local rng = seeded((seed + run) ~ 0x9e3779b97f4a7c15)
  local st, at, h = fresh(), scenes[meta.start], 0
  while true do
    for _, p in ipairs(at.paras) do
      local len = #fill(p, st)
      chars = chars + len
      h = (h * 31 + len) & 0xffffffff
    end
    if at.ending then break end
    local open = {}
    for _, c in ipairs(at.choices) do
      if not c.when or c.when(st) then open[#open + 1] = c end
    end
    local k = range(rng, #open)
    h = (h * 31 + k + 1) & 0xffffffff
    choices = choices + 1
    at = take(st, open[k + 1])
  end
  total = (total + h) & 0xffffffff
end
print(string.format("checksum: %d runs, %d choices, %d characters, hash %d", runs, choices, chars, total))
