story { id = "fields", title = "Fields", start = "a", meters = { patience = 50 } }

scene "a" {
  choice "Wait" { go = "b", pateince = 10 },
}

ending "b" { title = "B", kind = "growth", "Done." }
