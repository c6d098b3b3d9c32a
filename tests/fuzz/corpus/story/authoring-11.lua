story { id = "drafts", title = "Drafts", start = "drafts" }

scene "drafts" {
  "Your drafts folder, open.",
  choice "Delete the long one" { once = true, go = "drafts" },
  choice "Delete the angry one" { once = true, go = "drafts" },
  choice "Nothing left to say; close the laptop" { fallback = true, go = "closed" },
}

ending "closed" { title = "Closed", kind = "growth", "The drafts folder is empty." }
