story { id = "flow", title = "Flow", start = "gate", vars = { in_march = true } }

scene "gate" {
  "The gate is new.",
  call = function(s) if s.in_march then return "march" end end,
  go = "garden",
}

scene "march" { "You were here in March.", back = true }

scene "garden" {
  page_break,
  "The roses are cut back for winter.",
  choice "Leave" { go = "out" },
}

ending "out" { title = "Out", "You close the new gate behind you." }
