story { id = "counts", title = "Counts", start = "kitchen" }

scene "kitchen" {
  "{taken ask-about-the-letter: You asked once already. | The letter is on the table.}",
  choice "Ask about the letter" { go = "kitchen", once = true },
  choice "Leave it" { go = "out" },
}

ending "out" {
  title = "Out",
  function(s) return "You asked " .. taken("ask-about-the-letter") .. " time(s)." end,
}
