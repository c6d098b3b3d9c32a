--big
story { id = "big", title = "Big", start = "a" }
scene "a" {
  BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG,
  choice "Back" { go= "a" },
}
