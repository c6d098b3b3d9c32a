story {
  id = "answer", title = "The Answer", start = "ask",
  meters = { trust = 60 },
}

scene "ask" {
  "You asked if they would like to meet for coffee.",
  choice "Wait for the reply" {
    go = function(s)
      if s.trust >= 50 and math.random(100) <= 60 then return "yes" end
      return "no"
    end,
  },
}

ending "yes" { title = "Saturday", kind = "reconciled", "They say yes, for Saturday." }
ending "no" {
  title = "Not Now", kind = "growth",
  "They say not now. You say that is all right, and find that it is.",
}
