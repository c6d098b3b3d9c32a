story {
  id = "tagged", title = "Tagged", start = "a",
  tags = { "pressure", "space" },
  covers = { 2, 15 },
}

scene "a" {
  choice "Wait" { go = "z", tags = { "space" } },
  choice "Text again" { go = "z", tags = { "presure" } },
}

ending "z" { title = "Z", kind = "growth", "Done." }
