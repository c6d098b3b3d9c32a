-- The evening of tests/stories/features.lua, in a file of its own: the
-- story includes it (include "features-evening.lua").

scene "street" {
  "Outside, the air is cold and smells of rain. Nell links your arm.",
  "{minutes > 10: \"You took your time.\" | \"Keen,\" she says.}",
  choice "Let the evening decide" { go = storylets "evening" },
}

scene "park" {
  group = "evening",
  "The park is nearly empty. You talk about nothing, and it helps.",
  choice "Walk home" { go = function(s) return s.trust >= 60 and math.random(100) <= 50 and "message" or "home" end },
}

scene "cafe" {
  group = "evening", when = function(s) return s.walked end,
  "The cafe on the corner is still open. Nell orders two hot chocolates.",
  choice "Walk home" { go = function(s) return s.trust >= 60 and math.random(100) <= 50 and "message" or "home" end },
}

scene "their-street" {
  group = "evening", when = function(s) return s.texts > 0 end,
  "Your feet take you to {their} street. Nell steers you round the corner.",
  choice "Keep walking" { go = "home" },
}
