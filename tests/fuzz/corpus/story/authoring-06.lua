story {
  id = "letter", title = "The Letter", start = "desk",
  meters = { patience = 40, respect = 50 },
}

scene "desk" {
  "The letter is finished. It says sorry, and nothing after the sorry.",
  choice "Leave out the part about why" {
    go = "sent", respect = 15, turning_point = true,
    note = "An apology that explains itself turns into an argument.",
  },
}

ending "sent" {
  title = "Sent", kind = "growth",
  "You post it on the way to work.",
  reflection = "Saying sorry without a 'but' leaves the other person room to answer.",
}

ending "kept" {
  title = "Kept", kind = "growth", hint = "What if it never leaves the desk?",
  "It stays in the drawer.",
}
