story {
  id = "calls", title = "Calls", start = "hall",
  meters = { patience = 50 },
  vars = { waited = false },
}

scene "hall" {
  "The phone rings once and stops.",
  choice "Call back straight away" {
    go = "hall", patience = -10, tags = { "pressure" },
    note = "A missed call is not a summons.",
  },
  choice "Wait an hour" {
    once = true, go = "hall", patience = 10,
    effect = function(s) s.waited = true end,
    note = "Waiting lets the other person choose the moment.",
  },
  choice "Put your coat on" {
    when = function(s) return s.waited end,
    go = "out",
  },
}

ending "out" {
  title = "Out", kind = "growth",
  "Some calls can wait. You go out into the rain.",
  reflection = "Patience is a choice you make more than once.",
}
