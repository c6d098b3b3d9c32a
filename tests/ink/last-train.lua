-- The Last Train: tests/ink/last-train.ink in rekindle's language, kept
-- beside it so the two can be compared (tests/suites/ink.sh counts them).
story { id = "last-train", title = "The Last Train", start = "platform", vars = { trust = 0 } }
local function warmer(s) s.trust = s.trust + 1 end

scene "platform" {
  "The 23:40 is late again. Mara is at the far end of platform four, {trust > 0: waving | not looking your way}.",
  choice "Wave" { "You lift a hand. She lifts one back<>", effect = warmer },
  choice "Look at the board" { "You read the board as if it might change its mind<>" },
  gather,
  "<>, and the wind comes down the line.",
  go = "bench",
}

scene "bench" {
  "{shuffle: A pigeon | A crisp packet | Nobody} shares the bench with you.",
  choice "Ask about her mother" {
    "\"How's your mum?\" you say.",
    "\"Better,\" she says. \"{taken wave: Thanks for asking. | She asked after you.}\"",
    go = "bench", once = true, effect = warmer,
  },
  choice "Say nothing" { "You say nothing{taken ask-about-her-mother:  more}.", go = "train" },
  choice "Tell her about the photo" { call = "photo", go = "train", when = function(s) return s.trust >= 2 end },
}

scene "photo" {
  "You tell her about the photo from Whitby, the one still on your fridge.",
  "She laughs, {trust > 1: properly | a little}.",
  back = true,
}

scene "train" {
  call = function(s) if taken("ask-about-her-mother") > 0 then return "remembers" end end,
  go = "arrives",
}

scene "arrives" {
  "The train comes in {cycle: slowly | at last}.",
  choice "Sit with her" { "You sit opposite, not next to.", go = "together" },
  choice "Let her take the next carriage" { "You stay on the bench.", go = "apart" },
}

scene "remembers" { "\"You asked about Mum,\" she says. \"Nobody asks.\"", back = true }

ending "together" { title = "Together, for Now", "It is enough for now." }
ending "apart" { title = "Apart", "You watch her carriage pull away. That is allowed too." }
