story { id = "sets", title = "Sets", start = "phone", vars = { told = { "Jo" } } }

scene "phone" {
  function(s) s.here.rang = s.told:count() end,
  "The phone has rung {here.rang} time(s) today.",
  choice "Tell Nell" { go = "end", effect = function(s) s.told:add("Nell") end },
}

ending "end" { title = "Told", "You have told {told}." }
