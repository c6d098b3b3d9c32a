story {
  id = "asking", title = "Asking", start = "name",
  vars = { name = "Sam" },
}

scene "name" {
  ask "What is their name?" { into = "name", pronouns = true, go = "kitchen" },
}

scene "kitchen" {
  "It has been three days since {name} said {they} need{s} space.",
  choice "Let {them} have it" { go = "done" },
}

ending "done" { title = "Space", kind = "growth", "You leave the phone alone." }
