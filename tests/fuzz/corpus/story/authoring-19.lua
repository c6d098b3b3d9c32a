story { id = "bare", title = "Bare", start = "a", vars = { teacup = 0 } }

scene "a" {
  function(s)
    if teacup > 0 then return "The cup is warm." end
  end,
  choice "Wait" { go = "b" },
}

ending "b" { title = "B", "Done." }
