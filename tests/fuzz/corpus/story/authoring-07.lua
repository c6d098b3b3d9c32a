story { id = "months", title = "Months", start = "first" }

scene "first" {
  chapter = "November",
  "The river is high under the bridge.",
  choice "Walk on" { go = "last" },
}

ending "last" { title = "Spring", kind = "growth", "It goes down again." }
