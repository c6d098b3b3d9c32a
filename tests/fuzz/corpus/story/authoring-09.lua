story { id = "window", title = "Window", start = "window" }

scene "window" {
  function(s)
    local n = visits("window")
    if n == 3 then return "Third time at the window." end
    return "You look out of the window."
  end,
  choice "Look again" { go = "window" },
  choice "Sit down" { when = function(s) return visits("window") >= 3 end, go = "sit" },
}

ending "sit" {
  title = "Sitting", kind = "growth",
  function(s) return "It has been " .. turns_since("window") .. " turn since the window." end,
}
