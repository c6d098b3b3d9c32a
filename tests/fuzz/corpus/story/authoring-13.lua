story { id = "fair", title = "Fair", start = "a", meters = { patience = 50 } }

scene "a" {
  "Patience is {patience}.",
  choice "Breathe" { go = "a", patience = "%+20" },
  choice "Stop" { go = "z" },
}

ending "z" { title = "Z", kind = "growth", "Patience ended at {patience}." }
