-- A story whose text depends on the seeded RNG: determinism tests use it.
story {
  id = "chance", title = "Chance", start = "name",
  meters = { trust = 50 }, vars = { name = "Sam", roll = 0 },
}

scene "name" { ask "Name?" { into = "name", pronouns = true, go = "roll" } }

scene "roll" {
  function(s) s.roll = math.random(1000000) return "You rolled " .. s.roll .. "." end,
  choice "Again" { go = "roll2" },
}

scene "roll2" {
  function(s) return "Then " .. math.random(1000000) .. " and " .. math.random() .. "." end,
  choice "Once more" { go = "roll3", effect = function(s) s.trust = math.random(0, 100) end },
}

scene "roll3" {
  "Trust is now {trust}.",
  choice "Stop" { go = "stop" },
  choice "Continue" { go = function(s) if math.random(2) == 1 then return "stop" else return "roll" end end },
}

ending "stop" { title = "Stopped", kind = "apart", "Done." }
