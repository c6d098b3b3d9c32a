story {
  id = "looking", title = "Looking", start = "desk",
  vars = { looks = 0 },
}

scene "desk" {
  "The laptop is open on their profile.",
  function(s)
    if s.looks > 0 then return "You have looked " .. s.looks .. " times." end
  end,
  choice "Look again" { go = "desk", effect = function(s) s.looks = s.looks + 1 end },
  choice "Close the lid" { go = "closed" },
}

ending "closed" { title = "Closed", kind = "growth", "The screen goes dark." }
