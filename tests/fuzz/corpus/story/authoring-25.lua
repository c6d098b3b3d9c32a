story { id = "emph", title = "Emphasis", start = "a" }

scene "a" {
  "You didn't ask her to *wait*. You asked her to **stay**.",
  choice "On" { go = "z" },
}

ending "z" { title = "Z", "Later." }
