-- A story with a real memory, for the tools: sixteen flags that last the
-- whole story, two meters that the conditions and the ending read, a counter,
-- and an error planted where only one mix of earlier choices leads. Far too
-- many states to try them all: quicktest must say so, and still find the
-- error and every ending. tests/suites/tools.sh pins what it reports.
story {
  id = "memory", title = "What She Remembers", start = "station",
  meters = { trust = 40, ease = 50 },
  vars = {
    station_wave = false, station_coffee = false, card_kept = false, card_returned = false,
    soup = false, flowers = false, waited_outside = false, texted_twice = false,
    asked_about_work = false, told_the_truth = false, joked = false, cried = false,
    met_sister = false, lent_book = false, fixed_bike = false, forgot_birthday = false,
    visits_made = 0,
  },
  tags = { "boundary", "amends" },
}

rule "a boundary crossed and not mended rules out a together ending" {
  never = "together", after = "boundary", unless = "amends",
}

local function remember(flag) return function(s) s[flag] = true end end

scene "station" {
  "Platform two, the 8:14. She is three carriages down.",
  choice "Wave" { go = "cafe", trust = 5, effect = remember("station_wave") },
  choice "Buy her a coffee from the kiosk" { go = "cafe", ease = 10, effect = remember("station_coffee") },
  choice "Look at your phone" { go = "cafe" },
}

scene "cafe" {
  "The café by the river. She has your library card.",
  choice "Keep the card she found" { go = "market", effect = remember("card_kept") },
  choice "Let her post it back" { go = "market", trust = 5, effect = remember("card_returned") },
}

scene "market" {
  "Saturday market. Her stall sells soup.",
  choice "Buy soup" { go = "bridge", ease = 5, effect = remember("soup") },
  choice "Buy flowers from the next stall" { go = "bridge", effect = remember("flowers") },
  choice "Walk past" { go = "bridge" },
}

scene "bridge" {
  "The bridge at dusk.",
  choice "Wait outside her building" {
    go = "phone", trust = -20, tags = { "boundary" }, effect = remember("waited_outside"),
  },
  choice "Go home" { go = "phone", ease = 5 },
}

scene "phone" {
  "Your phone. Her name.",
  choice "Text twice more" { go = "office", trust = -10, tags = { "boundary" }, effect = remember("texted_twice") },
  choice "Ask how work is going" { go = "office", trust = 5, effect = remember("asked_about_work") },
  choice "Leave it" { go = "office" },
}

scene "office" {
  "She calls. She asks what happened in March.",
  choice "Tell her the truth" { go = "park", trust = 10, effect = remember("told_the_truth") },
  choice "Make a joke of it" { go = "park", ease = 10, effect = remember("joked") },
  choice "Say you're sorry you waited outside" {
    go = "park", trust = 15, tags = { "amends" },
    when = function(s) return s.waited_outside end,
  },
}

scene "park" {
  "The park. Her sister is there.",
  choice "Say hello to her sister" { go = "library", effect = remember("met_sister") },
  choice "Cry, a little" { go = "library", ease = -10, effect = remember("cried") },
}

scene "library" {
  "The library. The card works again.",
  choice "Lend her the book you finished" { go = "yard", effect = remember("lent_book") },
  choice "Read alone" { go = "yard", ease = 5 },
}

scene "yard" {
  function(s)
    s.visits_made = s.visits_made + 1
    return "The bike yard behind her flat."
  end,
  choice "Fix her chain" { go = "day", trust = 5, effect = remember("fixed_bike") },
  choice "Ask first whether she wants help" { go = "day", trust = 10 },
}

-- Twelve days of May, each spent one of five ways: the meters take many
-- values, and the flags many mixes.
local function next_day(s)
  s.visits_made = s.visits_made + 1
  if s.visits_made >= 12 then return "june" end
  return "day"
end

scene "day" {
  function(s) return "A day in May, the " .. (s.visits_made + 1) .. "th." end,
  choice "Walk by the river" { go = next_day, ease = "%+7" },
  choice "Call her" { go = next_day, trust = "%+5", ease = -2, when = function(s) return not s.texted_twice end },
  choice "Cook for one" { go = next_day, ease = "%+11" },
  choice "Visit her sister" { go = next_day, trust = "%+3", when = function(s) return s.met_sister end },
  choice "Stay in with the book" { go = next_day, ease = -3, when = function(s) return not s.lent_book end },
}

scene "june" {
  "June the ninth. Her birthday.",
  choice "Forget it" { go = "late", trust = -10, effect = remember("forgot_birthday") },
  choice "Send one line" { go = "late", trust = 5 },
}

scene "late" {
  "Late. She rings once more.",
  choice "Answer" {
    go = "verdict",
    effect = function(s)
      if s.station_coffee and s.card_kept and s.soup and s.ease > 60 then
        error("planted: the coffee, the card and the soup")
      end
    end,
  },
  choice "Let it ring" { go = "verdict", ease = -5 },
}

-- She remembers: every flag comes back here.
local memories = {
  { "station_wave", "the wave on platform two" }, { "station_coffee", "the kiosk coffee" },
  { "card_kept", "the library card you kept" }, { "card_returned", "the card she posted" },
  { "soup", "the soup" }, { "flowers", "the flowers from the next stall" },
  { "waited_outside", "you outside her building" }, { "texted_twice", "the two texts" },
  { "asked_about_work", "you asking about work" }, { "told_the_truth", "the truth about March" },
  { "joked", "the joke" }, { "cried", "you crying in the park" }, { "met_sister", "her sister" },
  { "lent_book", "the book" }, { "fixed_bike", "the chain" }, { "forgot_birthday", "June the ninth" },
}

scene "verdict" {
  function(s)
    local said = {}
    for _, m in ipairs(memories) do
      if s[m[1]] then said[#said + 1] = m[2] end
    end
    if #said == 0 then return "She says she has been thinking." end
    return "She remembers " .. table.concat(said, ", ") .. "."
  end,
  choice "Listen" {
    go = function(s)
      if s.trust >= 75 and s.met_sister then return "together" end
      if s.trust >= 45 then return "friends" end
      return "apart"
    end,
  },
}

ending "together" { title = "Together", kind = "together", "You walk to the station together." }
ending "friends" { title = "Friends", kind = "friends", "Coffee on Thursdays, as friends." }
ending "apart" { title = "Apart", kind = "apart", "She says no, kindly, and you let it be no." }
