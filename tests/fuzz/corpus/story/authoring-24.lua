story { id = "inline", title = "Inline", start = "window", meters = { trust = 70 } }

scene "window" {
  "You knock {sequence: once | again | a third time, and she counts it}, "
    .. "{trust >= 60: at the window | at the door}.",
  choice "Knock" { go = "window", when = function(s) return visits("window") < 3 end },
  choice "Wait" { go = "done", fallback = true },
}

ending "done" { title = "Done", "{seen window: She opens it. | Nobody comes.}" }
