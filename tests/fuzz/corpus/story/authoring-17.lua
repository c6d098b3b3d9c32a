story { id = "typo", title = "Typo", start = "hall" }

scene "hall" {
  "A door to the garden.",
  choice "Stay" { go = "hall" },
  choice "Go to the garden" { go = "gardn" },
}

ending "garden" { title = "Garden", kind = "growth", "Roses." }
