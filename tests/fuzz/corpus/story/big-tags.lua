--big
story { id = "big", title = "Big", start = "a", tags = { "x" } }
scene "a" {
  "Text.",
  choice "Go" { go = "a", tags = { BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG } },
}
