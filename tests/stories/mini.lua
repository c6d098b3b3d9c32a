-- A small story the command-line tests play.
story {
  id = "mini", title = "Mini", blurb = "A small story for tests.", start = "name",
  meters = { patience = 50, respect = 50 }, show_meters = true,
  vars = { name = "Sam", texts = 0 },
}

scene "name" {
  ask "What is their name?" { into = "name", pronouns = true, go = "kitchen" },
}

scene "kitchen" {
  "It has been three days since {name} said {they} need{s} space.",
  function(s) if s.texts > 0 then return "You have sent " .. s.texts .. " texts." end end,
  choice "Write {them} one more text" {
    go = "kitchen", patience = -10, tags = { "pressure" },
    effect = function(s) s.texts = s.texts + 1 end,
    note = "Every unanswered text asks for an answer.",
  },
  choice "Put the phone away" { go = "quiet", patience = 10, note = "Space is something you give." },
  choice "Write in your journal instead" { go = "kitchen", once = true, patience = 5 },
}

ending "quiet" {
  title = "Quiet Kitchen", kind = "growth",
  "The kettle clicks off. {Name} will call when {they} {are} ready, or {they} won't.",
  reflection = "Waiting without watching is a kind of respect.",
}
