-- A story that trips every check of `rekindle check`, with a planted run-time
-- error for randomtest, a condition that is never true for quicktest and a
-- line that never runs for coverage. tests/suites/tools.sh pins each finding.
story {
  id = "broken", title = "Broken on Purpose", start = "hall",
  meters = { patience = 50, respect = 50 },
  vars = { knocks = 0, lamp = false, unused = 0 },
}

rule "every change of a meter says what it taught" { notes = true }

scene "hall" {
  "A hall with three doors.",
  choice "Knock" {
    go = "hall", patience = -5,
    effect = function(s)
      s.knocks = s.knocks + 1
      if s.knocks == 4 then error("planted: the fourth knock") end
    end,
  },
  choice "Open the red door" { go = "red", note = "Red." },
  choice "Open the red door" { id = "red-again", go = "loop_a" },
  choice "Wait" { go = "end_ok", when = function(s) return s.knocks > 100 end },
}

scene "red" {
  function(s)
    if s.lamp then
      return "The lamp is lit."   -- never runs: nothing lights the lamp
    end
    return "Dark."
  end,
  choice "Go back" { go = "hall", once = true },
  choice "Look up" { go = "end_ok", when = function(s) return s.knocks >= 1 end },
}

scene "loop_a" { "Round.", choice "On" { go = "loop_b" } }
scene "loop_b" { "And round.", choice "On" { go = "loop_a" } }

scene "attic" {
  function(s) return "Nobody counts the " .. s.ghosts .. " ghosts here." end,
  choice "Down" { go = "hall" },
}

ending "end_ok" { title = "Out", kind = "growth", "You leave." }
ending "end_lost" { title = "Lost", kind = "apart", "Nobody finds this." }
