story { id = "earned", title = "Earned", start = "a" }

achievement "kept-the-card" { title = "The Card", hint = "Something lost, found, given back." }

scene "a" {
  "A library card on the café floor, her name on it.",
  choice "Post it back to her" { go = "home", achieve = "kept-the-card" },
}

ending "home" { title = "Home", "The postbox takes it." }
