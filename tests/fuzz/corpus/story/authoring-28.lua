story { id = "sugar", title = "Sugar", start = "tea", vars = { sugars = 0 } }

scene "tea" {
  ask "How many sugars?" { into = "sugars", number = { 0, 5 }, go = "laugh" },
}

ending "laugh" {
  title = "Sugar",
  "{sugars >= 4: Four sugars. She laughs. | She nods.}",
}
