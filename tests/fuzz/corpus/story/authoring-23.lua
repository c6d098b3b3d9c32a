story { id = "glue", title = "Glue", start = "corner" }

scene "corner" {
  choice "Walk" { "You take the long way<>", go = "bakery" },
}

ending "bakery" { title = "Bakery", "<>, past the bakery." }
