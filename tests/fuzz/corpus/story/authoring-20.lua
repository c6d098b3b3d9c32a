story { id = "after", title = "After", start = "door" }

scene "door" {
  "She opens the door a hand's width.",
  choice "Say sorry" { "'Sorry,' you say, and mean the whole year.", go = "hall" },
  choice "Say nothing" { "You say nothing. The door stays where it is.", go = "hall" },
}

ending "hall" { title = "The Hall", "She lets you into the hall, no further." }
