story { id = "ringtone", title = "Ringtone", start = "sofa" }

scene "sofa" {
  sequence {
    "Their ringtone plays on the radio.",
    "It plays again an hour later.",
    "It rings out again. You know the tune by now.",
  },
  once_only { "You had forgotten you chose that song for them." },
  cycle { "The cat stretches.", "The cat sleeps." },
  choice "Listen" { go = "sofa" },
  choice "Turn it off" { go = "off" },
}

ending "off" { title = "Off", kind = "growth", "Quiet." }
