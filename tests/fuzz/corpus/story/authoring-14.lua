story {
  id = "saturday", title = "Saturday", start = "morning",
  meters = { trust = 60 },
}

scene "morning" {
  "Saturday, and nothing planned.",
  choice "See what the day brings" { go = storylets "day" },
}

ending "market" { group = "day", title = "Market", kind = "growth", "You buy too many lemons." }
ending "friend" {
  group = "day", when = function(s) return s.trust > 50 end,
  title = "A Friend", kind = "growth", "Nell rings: lunch?",
}
