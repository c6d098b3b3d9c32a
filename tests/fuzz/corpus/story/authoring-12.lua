story { id = "phone", title = "The Phone", start = "kitchen", meters = { patience = 50 } }

scene "kitchen" {
  "The kitchen again.",
  choice "Check your phone" { call = "phone" },
  choice "Go to bed" { go = "bed" },
}

scene "phone" {
  "No messages. There were never going to be.",
  choice "Put it down" { back = true, patience = 5 },
}

ending "bed" { title = "Bed", kind = "growth", "You sleep, eventually." }
