--big
story { id = "big", title = "Big", start = "a" }
scene "a" {
  sequence { BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG, BIG },
  choice "Go" { go = "a" },
}
