-- The day after: a small story that uses every feature of the story
-- language, played to each of its endings by tests/suites/language.sh.
--
--   ask + pronouns          name
--   sequence, cycle,
--   shuffle, once_only      flat
--   visits, turns_since     flat, phone
--   once, when, note,
--   effect, tags            flat, nell
--   fairmath                "Text {them}" (%-20), "Make tea" (%+20), "Say yes" (%+20)
--   closed choice           "Delete {their} number" (open from patience 60)
--   fallback                "Go to bed early" (when all else is used up)
--   call + back             "Check your phone" (back to the flat)
--   call + go + back        "Ring Nell" (back to the street, the call's go)
--   storylets               "Let the evening decide" (park, cafe, their-street)
--   go function + random    the walk home (message or home)
--   text after a choice     "Make tea", "Say yes"
--   gather, glue, back      nell: "Say yes" runs on into the gather, which returns
--   go, conditional call    coat: flows on to the wait, by way of the ache if you texted
--   page_break              coat
--   inline conditions,
--   alternatives, emphasis  flat, home
--   taken, s.here, sets     flat, home (kept)
--   one_of question         drink
--   number question         wait: how long you give Nell
--   achievement             "Say yes" earns said-yes
--   include                 features-evening.lua: the street and the evening
--   chapters                flat ("The flat"), coat ("The evening")
story {
  id = "features", title = "The Day After", start = "name",
  blurb = "The day after a breakup, in one flat and one evening.",
  meters = { patience = 50, trust = 50 },
  vars = { name = "Sam", texts = 0, walked = false, drink = "tea", kept = {}, minutes = 10 },
  tags = { "pressure", "space", "kindness" },
  covers = { 2, 15 },
}

scene "name" {
  "You wake before the alarm. The other side of the bed is cold.",
  ask "Whose name is still at the top of your messages?" { into = "name", pronouns = true, go = "drink" },
}

achievement "said-yes" { title = "Coat On", hint = "Somebody rings; let them in." }

scene "drink" {
  ask "Tea or coffee?" { into = "drink", one_of = { "tea", "coffee" }, go = "flat" },
}

scene "flat" {
  chapter = "The flat",
  sequence {
    "Morning. {Name}'s mug is still on the draining board.",
    "Noon. The mug has not moved.",
    "Evening. You have stopped counting the hours.",
  },
  cycle { "The fridge hums.", "The tap drips.", "A bus goes past." },
  once_only { "You slept in your clothes.", "You still have not changed." },
  shuffle { "A radio next door plays something sad.", "Someone laughs in the street below." },
  function(s) s.here.cold = visits("flat") > 1 end,
  "{here.cold: The {drink} has gone *cold*. | The {drink} is still too hot.} "
    .. "{taken make-tea: You made it yourself, which **counts**. | {cycle: Nobody made it for you. | Nobody will.}}",
  function(s)
    local n = visits("phone")
    if n > 0 then
      return "Phone checks so far: " .. n .. ". Turns since the last: " .. turns_since("phone") .. "."
    end
  end,
  choice "Check your phone" {
    when = function(s) return visits("phone") < 3 end,
    call = "phone",
  },
  choice "Text {them}" {
    once = true, go = "flat", patience = "%-20", tags = { "pressure" },
    effect = function(s) s.texts = s.texts + 1 end,
    note = "A text the day after asks {them} to carry your evening too.",
  },
  choice "Make tea" {
    "You make the {drink} the way {they} never liked it, and keep the mug.",
    once = true, go = "flat", patience = "%+20", tags = { "kindness" },
    effect = function(s) s.kept:add("the mug") end,
    note = "Small kindnesses to yourself count.",
  },
  choice "Ring Nell" {
    when = function(s) return visits("flat") <= 4 end,
    call = "nell", go = "coat",
  },
  choice "Delete {their} number" {
    available = function(s) return s.patience >= 60 end,
    reason = "not yet; your hands are shaking",
    go = "deleted", tags = { "space" },
  },
  choice "Go to bed early" { fallback = true, go = "early" },
}

scene "phone" {
  function(s) return "Phone check number " .. visits("phone") .. ". Nothing from {name}." end,
  choice "Put it down" { back = true },
}

scene "nell" {
  "Nell picks up on the first ring. \"Coat on. I'm outside in ten.\"",
  choice "Say yes" {
    "\"Yes,\" you say<>",
    trust = "%+20", achieve = "said-yes",
    effect = function(s) s.walked = true end,
    note = "Letting a friend in is not the same as moving on.",
  },
  gather,
  "<>, and go to find your coat.",
  back = true,
}

scene "coat" {
  chapter = "The evening",
  "Your coat is where {they} left it, on the hook by the door.",
  page_break,
  call = function(s) if s.texts > 0 then return "ache" end end,
  go = "wait",
}

scene "wait" {
  ask "Nell said ten minutes. How many do you give her before you go down?" {
    into = "minutes", number = { 1, 30 }, go = "street",
  },
}

scene "ache" { "You think of the text you sent. Nell doesn't ask.", back = true }

include "features-evening.lua"

ending "message" {
  title = "A Message", kind = "reconciled",
  "At eleven your phone lights up: {name}. \"Hope you're OK.\" You write back: \"Getting there.\"",
  reflection = "An answer you did not chase is an answer you can trust.",
}

ending "home" {
  title = "The Long Way Home", kind = "growth",
  "You walk home the long way. The flat is quiet, and the quiet is all right.",
  "{kept: You have {kept}, and that is yours.}",
  reflection = "A good evening can be one without {them} in it.",
}

ending "deleted" {
  title = "Deleted", kind = "apart",
  "You delete the number. It is still in your head, but not in your pocket.",
  reflection = "Space you choose is easier to keep than space you are given.",
}

ending "early" {
  title = "An Early Night", kind = "growth",
  "You go to bed at eight with the phone in another room. Tomorrow is another day.",
  reflection = "Some days the bravest thing is to let them end.",
}
