story {
  id = "doorstep", title = "The Doorstep", start = "night",
  tags = { "boundary", "amends" }, kinds = { "together", "apart" },
  meters = { trust = 50 },
}

rule "a boundary crossed and not mended rules out a together ending" {
  never = "together", after = "boundary", unless = "amends",
}
rule "she has a mind of her own" { at_least = 20, of_plays_without = "boundary", end_in = "apart" }
rule "a real story" { min_choices = 2 }

scene "night" {
  "It is two in the morning. Her window is dark.",
  choice "Walk past her flat anyway" { go = "day", tags = { "boundary" }, trust = -20 },
  choice "Go to bed" { go = "day" },
}

scene "day" {
  "She texts: 'Were you outside last night?'",
  choice "Say you were, and that it was wrong of you" { go = "verdict", tags = { "amends" }, trust = 15 },
  choice "Say nothing about it" { go = "verdict" },
}

scene "verdict" {
  choice "Ask her to tea" {
    go = function(s) if s.trust >= 45 then return "tea" end return "no" end,
  },
}

ending "tea" { title = "Tea", kind = "together", "Tea for two." }
ending "no" { title = "No", kind = "apart", "She says no, and you let it be no." }
