story {
  id = "promise", title = "The Promise", start = "day",
  vars = { name = "Sam", day = 3 },
}

scene "day" {
  "Day {day} of the week you promised.",
  choice "Call {name}" {
    available = function(s) return s.day >= 7 end,
    reason = "you promised to give {them} a week",
    go = "called",
  },
  choice "Go for a run" { go = "run" },
}

ending "called" { title = "Called", kind = "reconciled", "You call." }
ending "run" { title = "Running", kind = "growth", "The river path is empty." }
