-- The yardstick for randomtest: a bare Lua loop walking random choices
-- through the same synthetic story (tests/bench/synthetic.sh), with its
-- conditions and effects, and nothing else: no engine, no text.
local n, runs = tonumber(arg[1]) or 100, tonumber(arg[2]) or 20000
local scenes = {}
for i = 0, n - 1 do
  local a, b, c = (i * 7 + 1) % n, (i * 13 + 5) % n, (i * 31 + 11) % n
  scenes[i] = {
    { go = a, patience = 1 },
    { go = b, when = function(s) return s.respect > 10 end },
    { go = (i % 10 == 9) and -1 or c, effect = function(s) s.steps = s.steps + 1 end },
  }
end
local choices, t0 = 0, os.clock()
for run = 1, runs do
  math.randomseed(run)
  local s, at = { patience = 50, respect = 50, steps = 0 }, 0
  while at >= 0 do
    local open = {}
    for _, c in ipairs(scenes[at]) do
      if not c.when or c.when(s) then open[#open + 1] = c end
    end
    local c = open[math.random(#open)]
    if c.patience then s.patience = math.min(100, s.patience + c.patience) end
    if c.effect then c.effect(s) end
    at = c.go
    choices = choices + 1
  end
end
local dt = os.clock() - t0
print(string.format("bare Lua: %d runs, %d choices, %.2f s, %.0f choices/s on one core", runs, choices, dt, choices / dt))
