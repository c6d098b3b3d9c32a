story {
  id = "kettle",
  title = "The Kettle",
  start = "kitchen",
}

scene "kitchen" {
  "It has been three days. Your phone lies face-down on the counter.",
  choice "Pick it up" { go = "kitchen" },
  choice "Make tea instead" { go = "tea" },
}

ending "tea" {
  title = "Tea",
  kind = "growth",
  "The kettle clicks off. The phone stays where it is.",
}
