story { id = "weave", title = "Weave", start = "cafe" }

scene "cafe" {
  "She looks up when you come in.",
  choice "Sit down" { "You sit across from her." },
  choice "Stand" { "You stay by the door." },
  gather,
  "'Well,' she says.",
  choice "'Sorry.'" { "'Sorry,' you say." },
  choice "Say nothing" {},
  gather,
  "She waits.",
  go = "out",
}

ending "out" { title = "Out", "The coffee goes cold." }
