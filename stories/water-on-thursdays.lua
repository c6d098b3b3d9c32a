-- Water on Thursdays: the default story of rekindle. British spelling; every
-- paragraph is one line (a newline inside one is a forced break on screen).
--
-- A winter in Hollin Bridge, told a Thursday at a time from November to the
-- first day of spring. Each Thursday is a card drawn from the deck "winter":
-- what is in it depends on the week, on what you did, and on what {Name}
-- remembers. A message sent in November puts {their} answer, or silence, in
-- a later week; a night outside {their} house puts the neighbour who saw you
-- in January's deck.
--
-- What {Name} remembers is the set `remembered`, kind and unkind, three
-- things from before the winter. A line you cross goes in as a bare word
-- ("window"); named and apologised for, it becomes "window_owned" if {Name}
-- accepts and "window_refused" if not; raised by {Name} and let pass, it is
-- "window_ignored". When the question comes, a line still held means no;
-- otherwise chance decides which two memories are on top that day, and the
-- answer quotes them. The meters are for the player: no code reads them.

-- ---------------------------------------------------------------- Memory

-- What each remembered word is to {Name}: kind, unkind, a line you crossed
-- and have not mended ("line"), a line owned and forgiven ("owned"), or a
-- thing of {their} own ("hers").
local CAT = {
  gerald_bus = "kind", feathers_sorry = "kind", the_plant = "kind", the_quiet = "kind",
  the_hello = "kind", the_seals = "kind", the_quiz = "kind", priya_fair = "kind",
  heard_out = "kind", your_pace = "kind", door_open = "kind", winter_told = "kind",
  the_feathers = "unkind", the_hours = "unkind", us_first = "unkind", the_speech = "unkind",
  dinner = "unkind", too_soon = "unkind", missed_quiz = "unkind", the_excuse = "unkind",
  the_card = "unkind", nosy = "unkind", the_lie = "unkind", all_at_once = "unkind",
  ravensby = "hers",
}

-- The lines that can be crossed, worst first (a line {Name} raised and you
-- did not say sorry for is "_ignored"): the order in which {Name}
-- raises them, and the one {they} name when a no comes from one.
local CROSSINGS = { "window", "date", "priya", "second", "views", "guilt", "message", "deadline", "bill" }
for _, w in ipairs(CROSSINGS) do
  CAT[w] = "line"; CAT[w .. "_refused"] = "line"; CAT[w .. "_ignored"] = "line"; CAT[w .. "_owned"] = "owned"
end

-- {Name}'s own words for each memory, as {they} would say it at the end.
local SAYS = {
  gerald_bus = "I keep thinking about the day we bought Gerald, and you carried him home on the 592 on your knee and told him the names of all the stops.",
  feathers_sorry = "On the towpath you said sorry for my results night, and then you stopped. You didn't put anything after it.",
  the_plant = "You sent me a photo of Gerald's baby and not one word about us, and I laughed out loud on the bus.",
  the_quiet = "You didn't write. All through January. I kept waiting to be let down, and you kept not doing it.",
  the_hello = "At the market you said hello and let me go. I didn't know you could do that.",
  the_seals = "I told you about Ravensby, and you asked about the seals, and you wanted to know the answer.",
  the_quiz = "You came to the quiz on a Thursday when Tomasz was begging you not to.",
  priya_fair = "Priya says you took her threat about the canal like you'd have made it yourself.",
  heard_out = "You asked me what that night was like, and then you let me tell you all of it, right down to my mum in the car park.",
  your_pace = "You never asked me. You let me get here on my own.",
  door_open = "After that first coffee you said text me if you fancy it, and then you actually waited for me to.",
  winter_told = "You told me what your winter was like, the bad nights too, and you didn't want anything back for it.",
  the_feathers = "I keep seeing the back room at the Feathers, and my mum looking up every time the door opened.",
  the_hours = "Two years of eating my tea with your plate in the oven. I can't not remember that.",
  us_first = "The first thing you sent me in the new year was about us. Not about me. About us.",
  the_speech = "You told me how much you'd changed. You read me the whole list, like specials.",
  dinner = "I said coffee and you said dinner.",
  too_soon = "You told me you loved me on Bridge Street after one coffee, with my bus at the lights.",
  missed_quiz = "You texted me from the walk-in. Crisis at work. There is always going to be a crisis at work.",
  the_excuse = "I tried to tell you about my results night and you told me about the Harcourt booking.",
  the_card = "The hare came on the twenty-eighth with a card that went on for two sides. I loved it, and I hated that you'd sent it.",
  nosy = "Over the first coffee you asked if I was seeing anyone, before you'd even asked about my thumb.",
  the_lie = "Mr Hebden says you told him you were just passing. At two in the morning. On Tanner's Row.",
  all_at_once = "I asked if Gerald was alive and you told me you'd missed me, all of it at once, before I'd had a coffee.",
  ravensby = "And there's Ravensby. If they'll have me, I'm going, and whoever I'm with has to be glad about it.",
  window = "You stood outside my house at two in the morning, and you've never once said so.",
  window_owned = "I think about you under that street lamp. And then I think about you telling me so yourself, without me having to drag it out of you.",
  window_refused = "You said sorry for Tanner's Row, and I believe you. I still look up and down the street before I put the bins out.",
  date = "At the market you told me you had a date, so I'd mind. There wasn't one.",
  date_owned = "You told me the date was made up. You said it before I had to find out.",
  date_refused = "You lied to my face at the market to see what it did to me. Sorry doesn't make me not know you'd do that.",
  priya = "You went to Priya to find out what I was feeling, instead of asking me or leaving it be.",
  priya_owned = "You said sorry for putting Priya in the middle, and you meant Priya as well as me.",
  priya_refused = "You put my best friend in the middle to find out about me. She still brings it up.",
  second = "I asked you not to send another one, and you sent another one.",
  second_owned = "You said sorry for the second message. Not the first one, the second. You'd understood which one mattered.",
  second_refused = "I said please don't send another, plainly, and you did. The sorry came after. It always comes after.",
  views = "Three days after I asked for space, your name was at the top of the list under my story.",
  views_owned = "You owned up about watching my stories. You used the word. Watching.",
  views_refused = "I still check who's seen my stories. Every time. That's what that one night did.",
  guilt = "You wrote to tell me you weren't sleeping. You made it my job to know that.",
  guilt_owned = "You took back the not sleeping. You said it wasn't mine to carry, and it wasn't.",
  guilt_refused = "Every time you go quiet I wonder if you're sleeping. You put that there, and sorry didn't take it out.",
  message = "That message in November. One in the morning, two thousand words, three days after I'd asked.",
  message_owned = "You said sorry for that message in November without me having to explain what was wrong with it.",
  message_refused = "I read that message in November sitting on the bathroom floor. Sorry doesn't reach the bathroom floor.",
  window_ignored = "When I told you what Tanner's Row was like from the inside, you didn't say sorry. That's the bit I can't get past.",
  date_ignored = "When I asked about your date, you didn't tell me it was made up. You let me keep wondering.",
  priya_ignored = "When I told you Priya was upset, you didn't say sorry to either of us.",
  views_ignored = "When I told you about your name under my story, you had nothing to say to it.",
  guilt_ignored = "When I told you I couldn't eat my lunch, you didn't take the not sleeping back. You left it with me.",
  message_ignored = "When I told you I read that message on the bathroom floor, you didn't say sorry for it.",
  deadline = "You gave me till Sunday.",
  deadline_owned = "You gave me till Sunday, and then you took Sunday back.",
  deadline_refused = "You gave me till Sunday. You took it back, but it's said. It'll always be in there.",
  bill = "You said you'd changed everything for me. Like you were handing me the bill.",
  bill_owned = "You said you'd changed for me, and then you took it back and said you'd done it for you. That one I believed.",
  bill_refused = "You said you'd changed everything for me. You took it back. But you had it ready, so it's what you think.",
}

-- How {Name} brings a crossed line up, face to face.
local RAISES = {
  window = [["In December you stood outside my house at two in the morning. Mr Hebden saw you. I saw you. I had the chain on the door for a fortnight. I need you to know that's what it was like from the inside."]],
  date = [["The market. Your date. There wasn't one, was there? You said it so I'd mind. And I did mind, and then I minded that I minded, all the way home."]],
  second = [["I asked you not to send another one, and you sent another one. It was a nice one. That isn't the point."]],
  priya = [["You went to Priya to find out about me. She told me, the same night, on my sofa, and she was more upset about it than I was. I'm not something you get news of."]],
  views = [["You watched my story three days after I asked for space. Top of the list, before my own mum. For weeks after, I kept checking to see if you'd be back, and I hated myself for checking."]],
  guilt = [["You wrote that you weren't sleeping. I read it on my break and I couldn't eat my lunch. I don't want to be the reason you sleep or don't."]],
  message = [["The message in November. Two thousand words, at one in the morning, three days after I asked. I read it on the bathroom floor. I've never read the end."]],
}

-- How it happened, as you would explain it if you tried.
local HOW = {
  window = "the staff party, the beer, the cold",
  date = "the sleet, Priya's face, how it was out before you'd thought",
  second = "the silence, how short the sorry was",
  priya = "the dots, the quiz, how worried you were",
  views = "the one thumb, the eleven seconds",
  guilt = "the nights, the ceiling, how true it all was",
  message = "one in the morning, the telly on mute",
}

-- {Name}'s answer to an apology for a crossed line: enough, or not.
local ACCEPTS = {
  window = [["Thank you," {they} say{s}. "For not making me be the one to say it first. I think I can put it down now. Not forget it. Put it down."]],
  date = [["Okay," {they} say{s}, and laugh once, not unkindly. "You're a terrible liar, you know. It's one of the better things about you."]],
  second = [["All right," {they} say{s}. "Thank you for knowing it was the second one. Most people would have argued about the first."]],
  priya = [["Say it to her as well," {they} say{s}. "But yes. Okay. Thank you."]],
  views = [["Thank you," {they} say{s}. "It sounds so small, said out loud. It didn't feel small."]],
  guilt = [["Thank you," {they} say{s}. "I do hope you're sleeping. I mean that. I just can't be the one in charge of it."]],
  message = [["Okay," {they} say{s}. "Thank you. I might read the end of it one day. Probably not."]],
  deadline = [["Okay," {they} say{s}, slowly. "Then ask me properly. Without a Sunday on it."]],
  bill = [["Okay," {they} say{s}. "Then ask me properly, and leave the bill out of it."]],
}
local REFUSES = {
  window = [["I believe you're sorry," {they} say{s}. "I do. It doesn't stop me looking up and down the street before I put the bins out. I don't know how long that lasts, and I don't think you get to know either."]],
  date = [["You're sorry. I can hear it," {they} say{s}. "But you lied to my face to see what it would do to me. I can't unknow that you'd do that."]],
  second = [["I know," {they} say{s}. "But I said it plainly, and you did it anyway. I need that to count for more than the sorry does."]],
  priya = [["She's my best friend," {they} say{s}. "You made her choose between us so you'd know how I was. Sorry doesn't give her that back."]],
  views = [["I know," {they} say{s}. "But I still check the list. Every time I post anything. That's what it did."]],
  guilt = [["I know," {they} say{s}. "But it's still in there. Every time you go quiet I wonder if you're sleeping. Sorry doesn't take that out."]],
  message = [["I know," {they} say{s}. "But I still read it, on the bathroom floor, at half past one. Sorry doesn't reach the bathroom floor."]],
  deadline = [["No," {they} say{s}. "You can't take a Sunday back. It's said. I'll always know it's in there."]],
  bill = [["You can't unsay it," {they} say{s}. "You had it ready. It's what you think, somewhere, or it wouldn't have come out so easily."]],
}

-- {Name}'s no, when the last push was made here at the bus stop and {they}
-- {have} just answered the sorry for it, or had none: said once, and short.
local AT_THE_STOP = {
  deadline = [["Then it's no," {Name} says, quietly. "Not because of Sunday. Because you'd rather have any answer than wait for mine."]],
  deadline_refused = [[{Name} looks at the timetable, not at you. "So that's my answer. I'm sorry. I'd rather miss you than wonder, every time you go quiet, what day you've got in mind."]],
  bill = [["I know it has," {Name} says. "It's been a lot for me too, and I didn't send you the bill. So it's no. I'm sorry."]],
  bill_refused = [["So it's no," {Name} says, more gently. "To the thing you were going to ask. I'm sorry. I'd rather miss you than owe you."]],
}

-- The set's words, as a list.
local function held_words(s) return s.remembered:words() end

-- Lines still held against you: crossed and not mended, or mended and refused.
local function lines_held(s)
  local out = {}
  for _, w in ipairs(CROSSINGS) do
    if s.remembered:has(w) then out[#out + 1] = w end
    if s.remembered:has(w .. "_refused") then out[#out + 1] = w .. "_refused" end
    if s.remembered:has(w .. "_ignored") then out[#out + 1] = w .. "_ignored" end
  end
  return out
end

-- Was this line crossed this winter, whatever came of it?
local function crossed(s, w)
  local r = s.remembered
  return r:has(w) or r:has(w .. "_owned") or r:has(w .. "_refused") or r:has(w .. "_ignored")
end

-- How many lines were crossed this winter, mended or not.
local function crossings(s)
  local n = 0
  for _, w in ipairs(CROSSINGS) do
    if crossed(s, w) then n = n + 1 end
  end
  return n
end

-- The worst line crossed and never mentioned: what {Name} raises next.
local function to_raise(s)
  for i = 1, 7 do
    if s.remembered:has(CROSSINGS[i]) then return CROSSINGS[i] end
  end
  return nil
end

-- How many kind memories {Name} holds.
local function kindness(s)
  local n = 0
  for _, w in ipairs(held_words(s)) do if CAT[w] == "kind" then n = n + 1 end end
  return n
end

-- An apology for line w: {Name} decides. The more lines crossed this winter,
-- the less one sorry can carry: seven in ten with one, four with two, one
-- with three, none after that.
local function judge(s, w)
  local chance = 7 - 3 * (crossings(s) - 1)
  s.judged = w
  s.remembered:remove(w)
  if math.random(10) <= chance then
    s.remembered:add(w .. "_owned")
  else
    s.remembered:add(w .. "_refused")
  end
end

-- After an apology: {Name}'s answer, through the scene that says it.
local function outcome(s)
  if s.remembered:has(s.judged .. "_owned") then return "mended" end
  return "not_mended"
end

-- After an ultimatum or a bill taken back: if {Name} took the apology, {they}
-- ask{s} to be asked properly; if not, {their} answer comes now.
local function ask_again(s)
  if s.remembered:has(s.judged .. "_owned") then return "ask_properly" end
  return "answer"
end

-- Before some moments {Name} raises the worst line you never mentioned:
-- over coffee, on the towpath, or at the bus stop.
local function raise_at(place)
  return function(s)
    if not to_raise(s) then return nil end
    s.place = place
    return "she_raises"
  end
end

-- ---------------------------------------------------------------- The deck

-- What has changed since November, as you would list it (here.changes).
local function list_changes(s)
  local items = {}
  if s.owned then items[#items + 1] = "the list on the fridge" end
  if s.ruth then items[#items + 1] = "Ruth on Tuesdays" end
  if s.thursdays then items[#items + 1] = "the Thursdays off" end
  items[#items + 1] = "Gerald's mugful at six every Thursday, not before"
  local text = items[#items]
  if #items > 1 then text = table.concat(items, ", ", 1, #items - 1) .. " and " .. text end
  s.here.changes = text
end

-- Each card: first week, last week, whether it jumps the queue (what you did
-- coming back), and what must be true for it to be in the deck at all.
-- Weeks: 1 = Thursday 14 November ... 14 = Thursday 20 March.
local DECK = {
  her_reply     = { 2, 4, true, function(s) return s.remembered:has("message") end },
  viewers       = { 2, 4, true, function(s) return s.remembered:has("views") end },
  priya_rings   = { 2, 4, true, function(s) return crossed(s, "priya") end },
  nell_sunday   = { 2, 4, false },
  rota          = { 2, 5, false },
  ruth          = { 3, 9, false },
  staff_party   = { 6, 6, false },
  christmas     = { 7, 7, false },
  neighbour     = { 8, 10, true, function(s) return s.remembered:has("window") end },
  baby_plant    = { 8, 10, false, function(s) return s.contact == "none" end },
  ilkley        = { 8, 10, false, function(s) return s.thursdays end },
  reply_first   = { 8, 13, true, function(s) return s.contact == "sent" end },
  market        = { 9, 12, false, function(s) return s.contact ~= "stopped" end },
  her_message   = { 10, 12, false, function(s)
    return s.contact == "none" and s.remembered:has("the_quiet") and #lines_held(s) == 0
  end },
  coffee        = { 9, 13, true, function(s) return s.contact == "open" end },
  quiz          = { 10, 13, false, function(s) return s.contact == "friends" end },
  towpath       = { 10, 13, false, function(s) return s.contact == "friends" end },
  bus_stop      = { 14, 14, false, function(s) return s.contact == "friends" end },
  last_thursday = { 14, 14, false, function(s) return s.contact ~= "friends" end },
}

-- In the deck this week: in its weeks, not yet drawn, and its need holds.
local function in_deck(s, id)
  local c = DECK[id]
  return s.week >= c[1] and s.week <= c[2] and not s.drawn:has(id) and (c[4] == nil or c[4](s))
end

-- Can this card be drawn now? What you did comes first; then any card in its
-- last week; otherwise any card in the deck, at random.
local function can_draw(s, id)
  if not in_deck(s, id) then return false end
  local first, due = false, false
  for other, c in pairs(DECK) do
    if in_deck(s, other) then
      if c[3] then first = true elseif c[2] == s.week then due = true end
    end
  end
  local c = DECK[id]
  if first then return c[3] end
  if due then return c[2] == s.week end
  return true
end

-- A quiet week: nothing in the deck at all.
local function quiet_week(s)
  for id in pairs(DECK) do
    if in_deck(s, id) then return false end
  end
  return true
end

-- The calendar turns over to the next Thursday with something in the deck;
-- the Thursdays passed over on the way are counted, to be told in a line.
-- Cards whose weeks are past are forgotten.
local function turn(s)
  s.place = ""
  repeat
    s.week = s.week + 1
    for _, id in ipairs(s.drawn:words()) do
      if DECK[id][2] < s.week then s.drawn:remove(id) end
    end
    local empty = s.week < 14 and quiet_week(s)
    if empty then s.skipped = s.skipped + 1 end
  until not empty
end

-- Effects: remember some words, then (for the last choice of a week) turn.
local function keep(...)
  local words = { ... }
  return function(s) for _, w in ipairs(words) do s.remembered:add(w) end end
end
local function keep_turn(...)
  local words = { ... }
  return function(s)
    for _, w in ipairs(words) do s.remembered:add(w) end
    turn(s)
  end
end

-- Each Thursday's first line.
local HEADS = {
  [2] = [[**Thursday 21 November.** Gerald gets his mugful at six, as the note says. Not before.]],
  [3] = [[**Thursday 28 November.** There is frost on the inside of the bathroom window. Gerald gets water from the kettle, left to go cold first, because you read somewhere that they sulk.]],
  [4] = [[**Thursday 5 December.** Three weeks. Gerald has put out a new leaf, pale and folded, like a note nobody has finished writing.]],
  [5] = [[**Thursday 12 December.** The launderette has put tinsel round its change machine. Gerald gets his mugful and no tinsel.]],
  [6] = [[**Thursday 19 December.** {thursdays: Your Thursday off, except for the staff party, whose canapés are yours, as agreed. | Last service before Christmas.} You water Gerald at six in the morning instead of six at night, which the note does not allow for, and tell him it's an emergency.]],
  [7] = [[**Thursday 26 December.** Boxing Day. Gerald is the only one in the flat who has had a quiet Christmas.]],
  [8] = [[**Thursday 9 January.** Last Thursday you forgot Gerald altogether, the first time since November. Today he gets his mugful and an apology.]],
  [9] = [[**Thursday 23 January.** {thursdays: The sixteenth you slept till ten, which is what Thursdays are for now. | The sixteenth went by in a double shift.} The river has frozen at the edges, and Gerald drinks in the thin sun off the launderette roof.]],
  [10] = [[**Thursday 6 February.** Twelve Thursdays. You could water Gerald in your sleep now, and one night you nearly do.]],
  [11] = [[**Thursday 13 February.** Every shop on Bridge Street has gone red for tomorrow. Gerald, who has no views on Valentine's Day, gets his mugful.]],
  [12] = [[**Thursday 27 February.** Nine days of rain. Gerald gets his mugful anyway; rules are rules.]],
  [13] = [[**Thursday 13 March.** Light at six in the evening again. You water Gerald, and he looks, if a plant can, smug.]],
  [14] = [[**Thursday 20 March.** The first day of spring, the radio says, as if it could tell. Gerald has flowered: small white stars at the ends of his runners.]],
}

-- What a Thursday with nothing in the deck was like, told in passing.
local QUIET = {
  [2] = [[Thursday the 21st goes by in a double shift and a mugful for Gerald.]],
  [3] = [[The 28th is nothing: {thursdays: a lie-in | work}, the mugful, the dryers downstairs.]],
  [4] = [[On the 5th you take Alfie to the swings in Victoria Park, and he tells you gravely that the big slide is for big boys.]],
  [5] = [[{thursdays: The 12th is your first Thursday off in two years. You don't know what to do with it, so you clean the oven. | On the 12th Marrow does forty covers of Christmas turkey that nobody wants, and you plate every one.}]],
  [8] = [[The 9th you spend mostly asleep.]],
  [9] = [[On the 23rd you make bread, on your own, for no reason. It comes out like a paving slab, and Mr Ahmed from the launderette says it's the worst he's ever had and asks for more.]],
  [10] = [[On the 6th Nell rings to say Alfie has learned the word *actually* and uses it on everyone.]],
  [11] = [[The thirteenth of February you spend {thursdays: walking | at work}, not looking at the florist's on Bridge Street, much.]],
  [12] = [[On the 27th you go a whole day without checking your phone for {Name}, and then, of course, you check it.]],
  [13] = [[By the middle of March it's light when you leave work, and you walk home the long way by the river for no reason except that it's there.]],
}

-- A card's first paragraph: it is drawn, and this is its Thursday, after a
-- line for any Thursdays that went by with nothing in them.
local function card(id)
  return function(s)
    s.drawn:add(id)
    local text = HEADS[s.week]
    if s.skipped > 0 then
      local gone = {}
      for w = s.week - s.skipped, s.week - 1 do gone[#gone + 1] = QUIET[w] end
      text = table.concat(gone, " ") .. "\n\n" .. text
      s.skipped = 0
    end
    return text
  end
end

-- The kind of no that follows a word {Name} will not get past.
local function settle_no(s, w)
  s.top1 = w
  s.top2 = ""
end

-- The answer to the question, weighed from what {Name} remembers. Any line
-- still held is a no, and {they} say{s} which. Otherwise two memories are on
-- top today, at random from the set: a yes needs no unkind one among them
-- and at least one kind one.
local function weigh(s)
  local held = lines_held(s)
  if #held > 0 then
    settle_no(s, held[1])
    return "the_no"
  end
  local w = held_words(s)
  local i = math.random(#w)
  s.top1 = w[i]
  table.remove(w, i)
  s.top2 = w[math.random(#w)]
  local a, b = CAT[s.top1], CAT[s.top2]
  if a ~= "unkind" and b ~= "unkind" and (a == "kind" or b == "kind") then
    if s.ruth then return "yes_forward" end
    return "yes_slowly"
  end
  return "the_no"
end

-- {Name}'s answer to the first message of the new year, weighed the same
-- way: two lines held is a no; one is a no if it is what is on top today.
local function answer_first(s)
  local held = lines_held(s)
  if #held >= 2 then return "please_stop" end
  if #held == 1 then
    local w = held_words(s)
    if CAT[w[math.random(#w)]] == "line" then return "please_stop" end
  end
  return "reply_yes"
end

-- After a no, said thank you to: a friendship if there is enough to build on
-- and no line still held.
local function after_thanks(s)
  if kindness(s) >= 4 and #lines_held(s) == 0 then return "plant_home" end
  return "spring"
end

-- The memories on top, in {Name}'s words: the kind first, the unkind last.
local function on_top(s)
  local a, b = s.top1, s.top2
  if b ~= "" and (CAT[a] == "unkind" or (CAT[a] ~= "kind" and CAT[b] == "kind")) then a, b = b, a end
  return a, b
end

story {
  id     = "water-on-thursdays",
  title  = "Water on Thursdays",
  author = "rekindle",
  blurb  = "A winter, a spider plant, and the hardest thing: waiting.",
  start  = "name",
  meters = { patience = 40, respect = 50, trust = 30 },
  vars   = {
    name = "Jude",
    week = 1,                 -- which Thursday: 1 is 14 November, 14 is 20 March
    skipped = 0,              -- Thursdays just gone by with nothing in the deck
    drawn = {},               -- cards drawn whose weeks are not over
    -- what {Name} remembers; three things from before the winter
    remembered = { "gerald_bus", "the_feathers", "the_hours" },
    contact = "none",         -- none, sent, open (a coffee agreed), friends, stopped
    owned = false,            -- you have said your own part out loud
    thursdays = false,        -- your Thursdays are your own
    ilkley = false,           -- you took the job in Ilkley
    ruth = false,             -- you have been seeing Ruth, the counsellor
    asked_plainly = false,    -- you asked the question and said no was an answer
    judged = "",              -- the line an apology was just made for
    place = "",               -- where {Name} brings a line up: coffee, towpath, bus
    top1 = "", top2 = "",     -- the memories on top when {Name} answered
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- boundary: a line crossed; repair: naming it and saying sorry for it;
  -- space, support, listening, apology, reflection, consistency: the rest.
  tags   = { "boundary", "repair", "space", "support", "listening", "apology", "reflection", "consistency" },
  covers = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 },
}

-- The collection's rules, in this story's words.
rule "a line crossed rules out getting back together, unless it is owned and forgiven" {
  never = "reconciled", after = "boundary", unless = "repair",
}
rule "no yes while Name still holds a line against you" {
  check = function(play, s)
    if play.kind == "reconciled" and #lines_held(s) > 0 then
      return false, "a reconciled ending while " .. lines_held(s)[1] .. " is still held"
    end
    return true
  end,
}
rule "even a careful winter can end apart, because Name decides" {
  at_least = 20, of_plays_without = "boundary", end_in = { "growth", "apart" },
}
rule "a winter has at least eight Thursdays' worth of choosing" { min_choices = 8 }
rule "every change of a meter says what it taught" { notes = true }

achievement "the-long-way-home" {
  title = "The Long Way Home", hint = "A night when the short way home was the wrong one.",
}
achievement "he-was-mine-first" {
  title = "He Was Mine First", hint = "Something green, carried across the river, by invitation.",
}
achievement "every-thursday" {
  title = "Every Thursday", hint = "A promise to yourself, kept when a better offer came.",
}

-- ---------------------------------------------------------------- November

scene "name" {
  [[Hollin Bridge, November. The river is high and brown under the old packhorse bridge, and the launderette below your flat has been running its dryers since six this morning.]],
  [[Three days ago, someone you love stood at a bus stop in the rain and asked you for space.]],
  ask "What is their first name?" { into = "name", pronouns = true, go = "flat" },
}

scene "flat" {
  [[**Thursday 14 November.** A quarter to midnight.]],
  [[It was the stop on Bridge Street, the one with the cracked timetable. {Name} had {their} hood up so you couldn't see {their} face. "I need you not to ring me. Not for a while. Please." It wasn't one thing, {they} said. Then {they} said "the Feathers", meaning the night of {their} results, and you had nothing to say back.]],
  [[{Their} boxes went to Tanner's Row in Priya's car on Monday. Gerald, the spider plant, would not fit, and sits on your windowsill with a note taped to his pot in {their} capitals: WATER THURSDAYS. NOT BEFORE. HE LIKES BEING IGNORED A BIT.]],
  [[You watered him at six. Your phone lies face-up on the arm of the sofa.]],
  choice "Write it all down for {them}, tonight, while you can still feel it" { go = "drafts" },
  choice "Open {their} stories, only to see {they}'d got home all right" {
    go = "watching", respect = "%-30", trust = "%-20", tags = { "boundary" }, effect = keep("views"),
    note = "Watching someone's days through a screen, after they have asked for distance, keeps you close in a way they never agreed to.",
  },
  choice "Ring Nell on the ward" {
    go = "nell_night", patience = "%+12", tags = { "support" }, note = "When the urge to reach out is loudest, another voice can carry you through to morning.",
  },
}

scene "drafts" {
  [[By one o'clock the note on your phone is two thousand words long. It starts with sorry. Somewhere in the fourth paragraph it turns into a list of the times {Name} was unfair to you, and it never quite turns back.]],
  [[You read it through with the telly on mute. Some of it is true. Some of it is the kind of true that only sounds right at one in the morning.]],
  [[Your thumb is on the arrow.]],
  choice "Send it. {They} should know all of it." {
    id = "send-the-long-one",
    go = "sent", patience = "%-40", respect = "%-20", tags = { "boundary" }, effect = keep("message"),
    note = "A message written at one in the morning asks someone to carry your night on their time, three days after they asked for quiet.",
  },
  choice "Send it to Nell instead" {
    [[You send it to Nell. At ten to four, on her break, she answers: "Read it. Half of this is good and half of it is you being a barrister. Don't send either half. Go to sleep."]],
    go = storylets "winter", patience = "%+10", tags = { "support" }, effect = turn, note = "Giving the words to someone who can hold them, instead of someone who asked not to, lets them out without breaking anything.",
  },
  choice "Leave it in your notes and go to bed" {
    [[You leave it in your notes, where it can't hurt anybody. It takes an hour to fall asleep, and then you do.]],
    go = storylets "winter", patience = "%+14", tags = { "space" }, effect = turn, note = "Writing it down let the feelings out; leaving it unsent kept the quiet you were asked for.",
  },
}

scene "sent" {
  [[Delivered, 1:14. Then, at 1:20, the small word underneath it changes: Read.]],
  [[You sit on the edge of the bath and watch the screen until it dims, and touch it awake, and watch it dim. Nothing comes. Downstairs somebody's duvet finishes its cycle, the dryer stops, and the quiet is worse.]],
  [[At 1:40 you have typed *Please. Just say something.* You delete it one letter at a time, which takes longer than writing it did.]],
  [[Across the river, you think, {Name} is lying awake with two thousand words {they} never asked for.]],
  choice "Put the phone in the bread bin and go to bed" {
    [[The lid of the bread bin closes on it with a small tin clap. You lie awake until the dryers start again at six, and you don't get up to check.]],
    go = storylets "winter", patience = "%+8", tags = { "space" }, effect = turn, note = "Silence after a mistake does not undo it, but it stops the mistake from growing.",
  },
  choice "Text Nell: 'I've done something stupid.'" {
    [["Is anyone bleeding?" Nell writes. "No? Then it'll keep till morning. Phone in the bread bin. I mean it."]],
    go = storylets "winter", patience = "%+6", tags = { "support" }, effect = turn, note = "Telling someone you trust about a mistake, straight away, is how it stops being a secret you keep making.",
  },
}

scene "watching" {
  [[{Their} story tonight is from the Feathers: the Thursday quiz, a table of empty glasses, and {Name} at the edge of the frame, laughing at something you can't see, head tipped back the way it used to go at your jokes.]],
  [[It lasts eleven seconds. You watch it four times.]],
  [[Under it, in a list {they} can open with one thumb, is everyone who has seen it. Your name is at the top. *Seen 11:52 p.m.* {They} always check{s} the list. You used to tease {them} about it.]],
  [[Priya is in the picture too, holding up the answer sheet. Her name is one tap from a message.]],
  choice "Message Priya: 'Is {Name} really okay?'" {
    go = "priya_asked", respect = "%-30", trust = "%-15", tags = { "boundary" }, effect = keep("priya"), note = "Asking a friend to report back makes them choose a side, and turns someone's private hurt into news.",
  },
  choice "Mute {their} stories and put the phone on charge in the kitchen" {
    [[You mute {them}. It is a small button and it takes a surprising amount of thumb.]],
    go = storylets "winter", patience = "%+10", tags = { "space" }, effect = turn, note = "Muting someone is a small way of leaving them be, and it still counts after the first look.",
  },
}

scene "priya_asked" {
  [[You send it before you can think: *Is {Name} really okay? Don't tell {them} I asked.*]],
  [[Read, almost at once. Then the dots that mean Priya is typing. Then no dots. Then the dots again, for a long time.]],
  [[Nothing arrives. Watching the dots come and go, you understand that you have just asked {Name}'s best friend to keep a secret from {them}, and that Priya has never kept one from {Name} in her life.]],
  choice "Turn the phone off" {
    [[You hold the button down until the screen goes black. It doesn't unsend anything. It only means you don't have to watch.]],
    go = storylets "winter", effect = turn,
  },
  choice "Ring Nell on the ward" {
    [[Nell listens, then says, "Oh, you absolute plank," and then, more gently, "Go to bed. You can't unsend it by staying up."]],
    go = storylets "winter", patience = "%+6", tags = { "support" }, effect = turn, note = "Saying out loud what you have done, to someone who will tell you the truth about it, is the start of owning it.",
  },
}

scene "nell_night" {
  [[Nell is on nights on the labour ward this month. She has you in her phone as THE BABY (DO NOT ANSWER), and she answers on the second ring.]],
  [["Whatever you're about to do," she says, over a monitor beeping somewhere behind her, "don't. Tell me three things you can see."]],
  choice "Tell her three things" {
    [[Gerald. The note. A mug with a tide-mark of cold tea. "Good," Nell says. "Now go to bed. And in the morning, don't either."]],
    go = storylets "winter", patience = "%+10", tags = { "support" }, effect = turn, note = "Naming what is in the room brings you back into it, out of the message you were about to write.",
  },
  choice "'I'm fine. I just wanted to hear a voice.'" {
    [["Liar," she says, kindly. "Go to bed anyway. I've got a woman here who's been at it for nineteen hours, so you've got nothing to complain about."]],
    go = storylets "winter", patience = "%+6", effect = turn, note = "Reaching for someone is most of the help, even before you can say what for.",
  },
}

-- ---------------------------------------------------------------- The deck: November and December

scene "her_reply" {
  group = "winter", when = function(s) return can_draw(s, "her_reply") end,
  page_break, card("her_reply"),
  function(s)
    s.here.answered = math.random(2) == 1
    if s.here.answered then
      return [[{Name}'s answer came on Monday at ten past seven in the morning, which is when {they} get{s} the bus to the practice. "I read it. All of it. I'm not going to answer what's in it. Please don't send another one."]]
    end
    return [[A week, and nothing. The thread still ends where you left it: two thousand words, and under them, *Read 1:20*. Silence, it turns out, has a weight you can feel in your pocket.]]
  end,
  [[Tonight you have a reply half-written before you notice you're doing it. It is short. It only says sorry.]],
  choice "Send the short one" {
    [[Sent. It is three lines. Reading it back afterwards, you see that the third line asks {them} to write back.]],
    [[Nothing comes. Of course nothing comes. You have answered {their} one request with the one thing {they} asked you not to do, and wrapped it in sorry so that it would be harder to mind.]],
    go = storylets "winter", patience = "%-30", respect = "%-20", tags = { "boundary" }, effect = keep_turn("second"),
    note = "A sorry sent into a silence someone asked for is still one more message; the apology that helps is the one that can wait.",
  },
  choice "Delete the sorry, and leave the thread alone" {
    [[You delete it. {here.answered: {Their} message stays the last one in the thread, where {they} put it. | The thread stays as it is, and the silence stays {theirs}.}]],
    go = storylets "winter", respect = "%+14", patience = "%+10", tags = { "space" }, effect = turn, note = "Letting someone's silence, or their last word, stand is respect nobody sees you keep, and it counts.",
  },
}

scene "viewers" {
  group = "winter", when = function(s) return can_draw(s, "viewers") end,
  page_break, card("viewers"),
  [[On Tuesday {Name}'s stories stopped appearing for you. So did Priya's. Where they used to be there is nothing, which is its own kind of message.]],
  [[Then, as you fill the mug for Gerald, one from {Name}: "I can see who watches, you know. Top of the list, three days after I asked for space. Please don't."]],
  choice "'You're right. I was watching. I'm sorry, and I've stopped.'" {
    [[You send it, and then you delete the app, so that it will be true.]],
    go = storylets "winter", call = outcome, tags = { "repair" },
    effect = function(s) turn(s); judge(s, "views") end,
    note = "Naming what you did in plain words, and making it true straight away, is an apology the other person can check.",
  },
  choice "Don't answer. Delete the app." {
    [[You delete it without a word. {They}'ll know from the list going quiet, you tell yourself, and that will have to be enough for now.]],
    go = storylets "winter", patience = "%+8", tags = { "space" }, effect = turn, note = "Stopping is the first half of putting it right; the other half, saying so, can come later.",
  },
  choice "'I only wanted to know you were all right.'" {
    [[Read. Nothing else. It is true, and it is no answer to what {they} asked.]],
    go = storylets "winter", respect = "%-15", effect = turn, note = "A good reason for crossing a line is still a reason, not an apology.",
  },
}

scene "priya_rings" {
  group = "winter", when = function(s) return can_draw(s, "priya_rings") end,
  page_break, card("priya_rings"),
  [[Priya never answered your message. Tonight she rings instead, which she has never once done.]],
  [["I'm not doing it," she says. "I'm not your spy, and I'm not a secret from {Name}. I told {them} you asked. I tell {them} everything. You knew that when you sent it."]],
  [[Behind her a dog is barking in a cage, and somebody is laughing. She's at the practice. {Name} might be in the next room.]],
  choice "'You're right. I'm sorry, Priya. I shouldn't have asked you.'" {
    [[There's a pause. "Okay," Priya says. "Look after yourself. I mean it." She hangs up before either of you can make it worse.]],
    go = storylets "winter", respect = "%+12", tags = { "apology" }, effect = turn, note = "Apologising to the friend you put in the middle matters on its own, even though it settles nothing with the person you love.",
  },
  choice "'I only wanted to know {they} {were} all right.'" {
    [["{They} {are} all right," Priya says. "That's your lot." She hangs up.]],
    go = storylets "winter", respect = "%-10", effect = turn, note = "Explaining why you asked a friend to report back does not make the asking any lighter for them.",
  },
}

scene "nell_sunday" {
  group = "winter", when = function(s) return can_draw(s, "nell_sunday") end,
  page_break, card("nell_sunday"),
  [[Sunday lunch on Crook Lane. Nell's terrace is too warm and smells of gravy, and Alfie, who is three, is feeding his peas to the dog one at a time while Dev pretends not to see.]],
  function(s)
    if crossed(s, "message") then
      return [[Nell has heard about the message. You can tell because she gives you the biggest Yorkshire pudding, which in this family is how you say *you idiot*.]]
    end
  end,
  [[She waits until Dev takes Alfie up for his nap. Then she hangs the tea towel over the oven door and looks at you the way she looks at first-time fathers at four in the morning. "Right. What happened? Not the version where {Name} went cold on you. The real one."]],
  choice "'I wasn't there. Even when I was there.'" {
    [[It comes out before you can make it into anything better. Nell sits down. "Go on," she says, and you do: Whitby, cancelled twice. Your phone face-up at every meal. *I'll sort it*, and never sorting it. The Feathers. She doesn't interrupt once.]],
    [[Afterwards you write it on the back of a Marrow prep sheet, your side only, and stick it to the fridge under the lemon magnet, where you will have to look at it.]],
    go = storylets "winter", respect = "%+16", trust = "%+10", tags = { "reflection" },
    effect = function(s) s.owned = true; turn(s) end,
    note = "Naming your own part, plainly and first, is where any honest repair begins.",
  },
  choice "'{They} went cold on me, Nell.'" {
    go = "nell_pushes", respect = "%-10", note = "Starting the story with what the other person did is the easiest way to skip your own part in it.",
  },
  choice "Say something about the gravy" {
    [["It's got a skin on it," you say. "Like a pond."]],
    go = "nell_pushes", patience = "%-8", note = "A joke can be a door you shut on a conversation you need to have.",
  },
}

scene "nell_pushes" {
  [[{taken say-something-about-the-gravy: Nell doesn't laugh. | Nell doesn't argue.} She makes two mugs of tea nobody asked for.]],
  [["The night of {their} results," she says. "Three years of nights and exams, and {they} finally qualified. {They} booked the back room at the Feathers. {Their} mum drove over from Skipton. And you were twenty minutes away for four hours."]],
  [["The Harcourt party ran late."]],
  [["It always ran late." She puts your tea down in front of you. "I love you. But you were a ghost in that flat."]],
  choice "'Yeah. That was me.'" {
    [[Nell nods, once, and pushes the biscuits across. Later, at home, you write it down on the back of a prep sheet, your side only, and stick it to the fridge under the lemon magnet.]],
    go = storylets "winter", respect = "%+14", tags = { "reflection" },
    effect = function(s) s.owned = true; turn(s) end,
    note = "Letting someone who loves you say a hard thing, without arguing, is its own kind of strength.",
  },
  choice "'You weren't there, Nell.'" {
    [["No," Nell says. "Neither were you." She takes the biscuits back.]],
    go = storylets "winter", respect = "%-12", effect = turn, note = "Defending yourself can feel like clarity, but it leaves the real question where it was.",
  },
}

scene "rota" {
  group = "winter", when = function(s) return can_draw(s, "rota") end,
  page_break, card("rota"),
  [[At Marrow the Christmas rota is taped up by the pass. Tomasz has pencilled your name into every box, the way he always does, the way you always let him.]],
  [[Thursday is quiz night at the Feathers. In two years you went twice.]],
  choice "Find Tomasz and ask for your Thursdays" { go = "walk_in" },
  choice "Leave it. Nobody asks for time off in December." {
    [[You leave it. Every box has your name in it, and it looks, from across the kitchen, like something you chose.]],
    go = storylets "winter", effect = turn,
  },
}

scene "walk_in" {
  [[Tomasz is in the walk-in counting ducks, his breath coming out in clouds.]],
  [["Thursdays," he says. "In December." He looks at you over a crate of clementines for a long moment. "This is about {Name}."]],
  [["It's about me," you say, and hear that it's true.]],
  [["Then I want you every Sunday instead. And you do the canapés for the staff party."]],
  choice "'Deal. Thursdays are mine.'" {
    [[He holds out a hand so cold it hurts to shake. On the rota by the pass, he rubs out Thursday with his thumb.]],
    go = storylets "winter", trust = "%+14", patience = "%+8", tags = { "consistency" },
    effect = function(s) s.thursdays = true; turn(s) end,
    note = "Changing the thing that did the damage, before anyone is watching, is change made of actions rather than promises.",
  },
  choice "'Forget I asked.'" {
    [[Tomasz shrugs and goes back to the ducks. He doesn't mention it again, and neither do you.]],
    go = storylets "winter", effect = turn,
  },
}

scene "ruth" {
  group = "winter", when = function(s) return can_draw(s, "ruth") end,
  page_break, card("ruth"),
  [[A while ago Nell texted you a name: Ruth Okafor, above the chemist on Market Street. This week, for reasons you can't quite explain, you ring the number.]],
  [[Her room has a box of tissues, a clock you can see and she can't, and a window onto the back of the bus station. "When someone you love is upset with you," she asks, "what do you do?"]],
  [["Make toast," you say. "Or a joke." She writes nothing down, which is somehow worse than if she had.]],
  choice "Tell her the rest" {
    [[You tell her the rest. It takes the whole hour and a bit of the next person's. At the end she asks what you'll do if the answer is no, and you haven't got one, and she says that's all right, that's what the Tuesdays are for.]],
    go = storylets "winter", trust = "%+12", respect = "%+10", tags = { "support", "reflection" },
    effect = function(s) s.ruth = true; turn(s) end,
    note = "Talking to someone trained to listen helps you see the pattern, not only the heartbreak.",
  },
  choice "Tell her you're fine, really" {
    [[She lets you. At the door she gives you a card with next Tuesday pencilled on it, and you put it in your wallet behind the one for the dentist.]],
    go = storylets "winter", effect = turn,
  },
}

scene "staff_party" {
  group = "winter", when = function(s) return can_draw(s, "staff_party") end,
  page_break, card("staff_party"),
  [[The Marrow staff party ends the way it always does, with Tomasz singing Polish carols to the dishwasher. At ten to two you walk home along Wharf Street with four beers in you and frost on every windscreen.]],
  [[Tanner's Row, where {Name} lives now, is a five-minute detour past the church. Your feet already know the way.]],
  choice "Go past the church. Only to see {their} light." {
    go = "tanners_row", respect = "%-35", trust = "%-25", tags = { "boundary" }, effect = keep("window"),
    note = "Turning up where someone lives, uninvited, at night, can frighten as much as it hurts, however gently it is meant.",
  },
  choice "Take the river path home" {
    achieve = "the-long-way-home",
    [[The river path is longer and colder and goes nowhere near Tanner's Row. You take it. Somewhere near the weir a heron lifts off the water, complaining, and you say sorry to it out loud.]],
    go = storylets "winter", patience = "%+12", tags = { "space" }, effect = turn, note = "Choosing the longer way home, on purpose, is what keeping your distance looks like at two in the morning.",
  },
  choice "Text Nell: 'Talk me out of something.'" {
    [[Nell is at work. "Whatever it is, no," she writes, four seconds later. "Go home. Text me when you're in." You do both.]],
    go = storylets "winter", patience = "%+10", tags = { "support" }, effect = turn, note = "Saying out loud that you are about to do something daft is most of the way to not doing it.",
  },
}

scene "tanners_row" {
  [[Tanner's Row is a terrace of old dyers' cottages with the bins out for the morning. {Their} window, second from the end, is lit.]],
  [[You stand across the road under a street lamp that has been broken since the summer. Five minutes. Ten. The light stays on. You think: {they} can't sleep either. You think it as if it were a kind thing.]],
  [[Then a dog barks, and the door of number four opens, and an old man in a dressing gown and a flat cap looks straight across the road at you. "Can I help you?"]],
  [[Up at {their} window the curtain moves. The light goes out.]],
  [[You understand, too late and very clearly, what you look like from in there.]],
  choice "'No. Sorry. I'm going.'" {
    [[You go. You don't look back at the window, which is the only decent thing left to do, and not much of one.]],
    go = storylets "winter", respect = "%+6", effect = turn, note = "Once a line is crossed, leaving at once is the one kind thing left, and it does not uncross it.",
  },
  choice "'I'm just passing.'" {
    [["At two in the morning," the old man says. It isn't a question. He waits on his step until you've turned the corner.]],
    go = storylets "winter", trust = "%-10", effect = keep_turn("the_lie"), note = "A small lie to cover a big mistake costs trust twice.",
  },
}

scene "christmas" {
  group = "winter", when = function(s) return can_draw(s, "christmas") end,
  page_break, card("christmas"),
  [[Christmas was at Nell's, because Mum's hip is bad again: paper hats, a burnt parsnip, Alfie asleep under the table by four.]],
  function(s)
    if crossed(s, "window") then
      return [[Over the pudding Dev said he'd seen you on Wharf Street at two on Friday morning, going the wrong way for home. Nell didn't say anything. She didn't have to.]]
    end
  end,
  [[In your bag, still, is what you bought {Name} in October: a small print of a hare, from the woman with the stall at the Saturday market. {They} stopped at that stall every week for a year and never bought it.]],
  [[Mum finds it while she's looking for the bottle opener. "Oh, that's lovely, love. Who's that for?"]],
  choice "Give it to Mum. She loves hares." {
    [["For you," you say. Mum props it on the mantelpiece between the cards and keeps looking at it all afternoon, and you don't mind where it's gone.]],
    go = storylets "winter", patience = "%+10", respect = "%+8", tags = { "space" },
    effect = turn,
    note = "Letting a gesture go, instead of using it, is a way of letting go a little yourself.",
  },
  choice "'It'll keep.' Put it back in the bag." {
    [[Mum looks at you, and at the hare, and puts it back in the bag herself, very carefully, and asks nobody anything for the rest of the afternoon.]],
    go = storylets "winter", patience = "%+8", tags = { "space" }, effect = turn, note = "Some things are better given later, or not at all, and keeping them is not the same as giving up.",
  },
  choice "Post it to {Name} tomorrow, with a card" {
    [[The card runs to two sides. You post it first thing the next morning, and hear it drop, and wish for a long arm.]],
    go = storylets "winter", patience = "%-20", effect = keep_turn("the_card"), note = "A present with a long card still breaks a silence someone asked for; it just wraps it up first.",
  },
}

-- ---------------------------------------------------------------- The deck: January and February

scene "neighbour" {
  group = "winter", when = function(s) return can_draw(s, "neighbour") end,
  page_break, card("neighbour"),
  [[Saturday lunch at Marrow. Table six is a birthday, booked under Hebden: a girl turning ten, her mum, and an old man in a tweed cap who keeps passing the girl his chips when her mum isn't looking.]],
  [[You take the cake out yourself, because the new commis is frightened of sparklers. The old man looks up at you, and keeps looking, and you know him a second after he knows you.]],
  [["Tanner's Row," he says quietly, under the singing. "Two in the morning. I had the dog out." He isn't angry. He says it the way you'd tell someone their shoelace was undone. "{They} had the chain on the door for a fortnight after, you know. {They} asked me if I'd seen who it was. I told {them}."]],
  choice "'Thank you for telling {them}.'" {
    [["Good," Mr Hebden says, and turns back to the cake. The girl blows out nine candles and he leans in and does the tenth.]],
    go = storylets "winter", respect = "%+10", effect = turn, note = "Being told plainly what your act cost is hard to hear; thanking the person who told you is how you start to take it.",
  },
  choice "'What did {they} say, when you told {them}?'" {
    [["That's {theirs}, not mine," he says, and blows out a candle the girl missed.]],
    go = storylets "winter", respect = "%-10", effect = turn, note = "Asking a neighbour what someone said is one more way of looking in through their window.",
  },
}

scene "baby_plant" {
  group = "winter", when = function(s) return can_draw(s, "baby_plant") end,
  page_break, card("baby_plant"),
  [[Gerald has sent out a long pale runner, and at the end of it, dangling over the radiator, is a baby plant with roots of its own. It turns slowly in the warm air, as if it's looking for somebody.]],
  function(s)
    local weeks = { [8] = "Eight", [9] = "Ten", [10] = "Twelve" }
    return weeks[s.week] .. [[ weeks since the bus stop. It feels like long enough. It also feels like nothing at all.]]
  end,
  [[You take a photo of the baby plant before you know why you're doing it.]],
  choice "Send {Name} the photo, and nothing else" {
    [[You send it with no words at all, and then, because that feels rude, one: *Gerald's.* Then you put the phone in the bread bin, which is where it lives now when it needs to.]],
    go = storylets "winter", trust = "%+14", patience = "%+8", tags = { "space" },
    effect = function(s) s.remembered:add("the_plant"); s.contact = "sent"; turn(s) end,
    note = "A light message about something you share opens a door without asking anyone to walk through it.",
  },
  choice "Write: 'I've been thinking about us. A lot.'" {
    [[You send it, and it sits there on the screen, the word *us* doing all the work.]],
    go = storylets "winter", patience = "%-12",
    effect = function(s) s.remembered:add("us_first"); s.contact = "sent"; turn(s) end,
    note = "Leading with 'us' puts the biggest question in the first line, before there is any ground to stand on.",
  },
  choice "Write: 'I'm not sleeping. I miss you so much.'" {
    [[It is true, every word. You send it at twenty past midnight, and only afterwards, reading it back, do you see what it asks: that {they} do something about it.]],
    go = storylets "winter", respect = "%-30", patience = "%-15", tags = { "boundary" },
    effect = function(s) s.remembered:add("guilt"); s.contact = "sent"; turn(s) end,
    note = "Offering your suffering as a reason to reply is guilt, even when every word of it is true.",
  },
  choice "Not yet. Pot the baby in a yoghurt pot, and wait." {
    [[You pot it in a yoghurt pot with a hole punched in the bottom, and stand it next to Gerald, and write nothing to anybody.]],
    go = storylets "winter", patience = "%+16", tags = { "space" }, effect = keep_turn("the_quiet"), note = "Waiting with no deadline, and living your own life meanwhile, is what patience looks like from the inside.",
  },
}

scene "ilkley" {
  group = "winter", when = function(s) return can_draw(s, "ilkley") end,
  page_break, card("ilkley"),
  [[On Friday Tomasz calls you into the office, which is a cupboard with a calendar in it. He is opening a second Marrow in Ilkley in the spring, and he wants you to run the kitchen. Head chef. Your name at the bottom of the menu, small.]],
  [["Six nights to start," he says. "Thursdays too, for the first year. After that, we see."]],
  [[It is the job you have wanted since you were nineteen.]],
  choice "Take it. It's the job." {
    [[You shake his hand. On the bus home you're already writing the menu in your head, and it's Crook Lane before you notice that the first thing you crossed out was Thursday.]],
    go = storylets "winter",
    effect = function(s) s.ilkley = true; s.thursdays = false; turn(s) end,
  },
  choice "'Not with Thursdays in it.'" {
    achieve = "every-thursday",
    [[Tomasz looks at you for a long time. "Then I give it to Kasia," he says, "and you train her." It's the first time you have ever turned down more work, and your hands shake a little on the way back to the pass.]],
    go = storylets "winter", respect = "%+10", trust = "%+8", tags = { "consistency" }, effect = turn,
    note = "Keeping a promise you made to yourself, when a better offer comes, is what change looks like from the outside.",
  },
}

scene "reply_first" {
  group = "winter", when = function(s) return can_draw(s, "reply_first") end,
  page_break, card("reply_first"),
  [[Friday service. You put your phone in your locker at Marrow and work with your whole body listening for it.]],
  [[At twenty to midnight, scrubbing down the pass, you feel the locker hum through the wall. It could be anyone. It isn't anyone.]],
  go = answer_first,
}

scene "reply_yes" {
  page_break,
  function(s)
    local r = s.remembered
    if r:has("guilt") then
      return [["Please don't tell me things like that. I can't be the reason you sleep or don't. I'll have a coffee with you, because I think we should talk, but it's a coffee. Sorting Office, Saturday, ten."]]
    elseif r:has("us_first") then
      return [["I'm not ready to talk about us. I don't know if I will be. If you want a coffee, it's a coffee. Sorting Office, Saturday, ten."]]
    end
    return [["Ha. Is it as ugly as its dad? I'd like it, actually. I'm at the Sorting Office most Saturdays about ten, if you want to bring it."]]
  end,
  [[You read it three times in the walk-in, where the signal is worst and nobody can see your face.]],
  choice "'Saturday at ten. I'll be there.'" {
    [[You send it, and put the phone back in the locker, and scrub down the pass a second time, because you weren't looking the first.]],
    go = storylets "winter", patience = "%+10", respect = "%+8", tags = { "space" },
    effect = function(s) s.contact = "open"; turn(s) end,
    note = "Agreeing to someone's terms, in their words, tells them their terms are safe with you.",
  },
  choice "'Could we make it dinner instead?'" {
    [[Twenty minutes later: "Coffee." Just that.]],
    go = storylets "winter", patience = "%-10", respect = "%-8",
    effect = function(s) s.remembered:add("dinner"); s.contact = "open"; turn(s) end,
    note = "Bargaining a small yes up into a bigger one teaches someone to say yes less often.",
  },
}

scene "please_stop" {
  page_break,
  [[You read it on the night bus home, forehead against the cold window. It is long, for {Name}. {They} must have written it more than once.]],
  function(s)
    local what = {
      window = "the night outside my house", date = "the date at the market", priya = "asking Priya",
      second = "the second message", views = "watching my stories", guilt = "telling me you're not sleeping",
      message = "that message in November",
    }
    local list = {}
    for _, w in ipairs(lines_held(s)) do
      local base = w:match("^%a+")
      if what[base] then list[#list + 1] = what[base] end
    end
    local named = list[1]
    if #list >= 2 then named = table.concat(list, ", ", 1, #list - 1) .. " and " .. list[#list] end
    return [["I've thought about it. I don't want to meet, and I need the messages to stop. Not for a week. Properly. It's ]] .. named .. [[. I kept waiting for you to see it, and you didn't. I'm not angry any more. I'm just tired. Please look after yourself."]]
  end,
  [[The bus stops at the top of Wharf Street. You don't get off until the driver calls back to ask if you're all right.]],
  choice "Reply 'Understood. I'm sorry.' Then stop." {
    [[You write it, and read it, and send it: *Understood. I'm sorry.* Then you do the harder half, which is nothing, for as long as it takes.]],
    go = storylets "winter", respect = "%+12", tags = { "apology", "space" },
    effect = function(s) s.contact = "stopped"; s.week = 13; turn(s) end,
    note = "A last reply that only agrees, and then a silence that keeps to it, is respect you can see.",
  },
  choice "Don't reply. Just stop." {
    [[You don't reply. You put the phone in the bread bin when you get in, and in the morning you take it out, and don't reply again.]],
    go = storylets "winter", respect = "%+12", patience = "%+8", tags = { "space" },
    effect = function(s) s.contact = "stopped"; s.week = 13; turn(s) end,
    note = "Sometimes the most respectful answer is none at all, kept for as long as it takes.",
  },
  choice "Ring {them}. {They} can't mean it." {
    go = "ring_anyway", patience = "%-40", respect = "%-20", tags = { "boundary" }, note = "Deciding that someone cannot mean their no is the surest way to make it final.",
  },
}

scene "ring_anyway" {
  [[It rings four times. You picture the phone lighting up on the arm of {their} sofa, and {Name} looking at it, deciding.]],
  [[{They} pick{s} up. {They} {do}n't say hello.]],
  [["I asked you," {Name} says, very quietly. "I asked you in the nicest way I know. Please don't make me block you."]],
  choice "'Just tell me why. That's all I want.'" {
    [["I did," {they} say{s}, and the line goes dead.]],
    go = "door_closes", respect = "%-20", note = "Asking for reasons after a clear no is asking the other person to argue for their own boundary.",
  },
  choice "Hang up" {
    [[You hang up. The phone is hot in your hand.]],
    go = "door_closes",
  },
}

scene "market" {
  group = "winter", when = function(s) return can_draw(s, "market") end,
  page_break, card("market"),
  [[Saturday, and sleet coming sideways across the market square. You are buying a wedge of Lancashire at the cheese van when you hear {their} laugh.]],
  list_changes,
  [[{Name} is three stalls down with Priya, holding a bag of oranges, {their} hair shorter than you have ever seen it. {They} see{s} you in the same moment. Priya's face does something complicated.]],
  [[{contact == friends: {remembered has too_soon: {Name} lifts a hand, and then, as if remembering Bridge Street, puts it in {their} pocket. | {Name} waves, properly, with the hand that isn't holding the oranges.} | {Name} lifts a hand. Not quite a wave.}]],
  choice "Say hello, keep it short, and go" {
    [["Hiya," you say. "Your hair's good." {They} say{s} thanks, and that the oranges are for Priya's mum, and you say give her my love, and then you go, with your cheese, before anyone has to think of a second thing to say. At the corner you stop and study the key-cutter's window until your face is your own again.]],
    go = storylets "winter", trust = "%+14", tags = { "space" }, effect = keep_turn("the_hello"), note = "A short, easy hello tells someone that running into you does not have to cost them anything.",
  },
  choice "Tell {them} what's changed since November" {
    id = "tell-changes-at-market",
    [[{taken tell-changes-at-coffee: You tell {them} again, there by the cheese van, in the sleet, everything you told {them} over coffee, in case {they} missed any of it. | You tell {them}, there by the cheese van, in the sleet: {here.changes}.} {Name} nods in the right places. Priya looks at her watch, then at the sky, then at her watch.]],
    go = storylets "winter", patience = "%-10", effect = keep_turn("the_speech"), note = "Announcing a change asks to be believed; living it does not need to.",
  },
  choice "'Can't stop. I've got a date tonight.'" {
    [[There is no date. There is a wedge of Lancashire in a paper bag and an evening of washing up. But you say it lightly, the way people say true things, and you watch it land.]],
    [[{Name}'s hand comes down. "Oh," {they} say{s}. "Good. Have a nice time." Priya looks at you as if she's memorising your face for a police sketch.]],
    [[All the way home the lie rides on your shoulder. You wanted {them} to mind. {They} did. It doesn't feel the way you thought it would.]],
    go = storylets "winter", respect = "%-35", trust = "%-25", tags = { "boundary" }, effect = keep_turn("date"), note = "Inventing a rival to get a reaction is a game, and games are how trust gets spent.",
  },
  choice "Look hard at the cheese until {they} {have} gone" {
    [[You study a Wensleydale with cranberries in it as if it might be on the exam. When you look up, the oranges have gone.]],
    go = storylets "winter", effect = turn,
  },
}

scene "her_message" {
  group = "winter", when = function(s) return can_draw(s, "her_message") end,
  page_break, card("her_message"),
  [[At six, with the mug still in your hand, your phone goes. It's {Name}.]],
  [["Priya says {thursdays: you've been taking Thursdays off | {ilkley: you're going to Ilkley | you've stopped working every hour there is}}. Is that true? Also: is Gerald alive. Also: coffee? Sorting Office, Saturday, ten. Just coffee."]],
  [[You read it four times standing at the sink, with Gerald dripping.]],
  choice "'Gerald is alive and insufferable. Saturday, ten.'" {
    [[A thumbs up comes back, and then, a minute later: "Bring a photo of him." You water him again out of nerves, which the note would not allow.]],
    go = storylets "winter", trust = "%+10", tags = { "space" },
    effect = function(s) s.contact = "open"; turn(s) end,
    note = "Answering the question that was asked, lightly, lets the other person keep the pace they set.",
  },
  choice "'I've missed you so much. I've had so long to think.'" {
    [[Read. Then, after a while: "Saturday, ten." Nothing about the rest.]],
    go = storylets "winter", patience = "%-10",
    effect = function(s) s.remembered:add("all_at_once"); s.contact = "open"; turn(s) end,
    note = "Pouring out everything in answer to a light question puts the whole weight back on the one who asked it.",
  },
}

scene "coffee" {
  group = "winter", when = function(s) return can_draw(s, "coffee") end,
  page_break, card("coffee"),
  [[Saturday, ten o'clock. The Sorting Office used to be the post office. The brass PO boxes still line one wall, and the coffee comes in cups too wide to hold with one hand.]],
  list_changes,
  [[{Name} is there first, at the window, with a plaster round {their} thumb. "A cat called Duchess," {they} say{s}. "Don't."]],
  function(s)
    if s.remembered:has("the_plant") then
      return [[You've brought the baby plant in its yoghurt pot. {They} turn{s} it round to look at it from every side, the way {they} look{s} at a new patient.]]
    end
  end,
  [[{They} tell{s} you about a beagle who ate a whole sock and was very pleased with himself. And then, not quite looking at you, that {they} {have} applied for a job at the seal hospital in Ravensby. The interview is in June.]],
  choice "Ask about the seals" {
    [[You ask what a seal hospital actually does, and {they} tell{s} you, for twenty minutes, with {their} hands: grey pups, mostly, washed up thin after the storms, fed fish soup through a tube until they're fat enough to go back. You don't look at your phone once.]],
    go = "after_coffee", call = raise_at("coffee"), trust = "%+20", respect = "%+10", tags = { "listening" },
    effect = keep("the_seals", "ravensby"),
    note = "Asking about someone's life, and staying with the answer, is the listening that was missing before.",
  },
  choice "Tell {them} what's changed with you since November" {
    id = "tell-changes-at-coffee",
    [[{taken tell-changes-at-market: You tell {them} again what you told {them} at the market, and this time you leave nothing out: | You tell {them}:} {here.changes}. {They} nod{s} in the right places. Somewhere in the middle {they} stop{s} asking questions.]],
    go = "after_coffee", call = raise_at("coffee"), patience = "%-10",
    effect = keep("the_speech", "ravensby"),
    note = "Change is easier to believe when someone notices it than when it is read out to them.",
  },
  choice "'Are you seeing anyone?'" {
    [["No," {they} say{s}, a bit too evenly. "Are you going to ask about my thumb, or just that?"]],
    go = "after_coffee", call = raise_at("coffee"), respect = "%-15",
    effect = keep("nosy", "ravensby"),
    note = "A question asked to settle your own nerves can land as a claim on someone's private life.",
  },
}

scene "after_coffee" {
  [[Outside, the rain has stopped without anyone noticing. The pavement on Bridge Street steams in a thin sun.]],
  function(s)
    if s.remembered:has("nosy") and #lines_held(s) == 0 then
      return [["Thanks for the coffee," {Name} says, on the step. The thumb doesn't come up again. {remembered has the_plant: {They} tuck{s} the yoghurt pot inside {their} coat.  | }{Their} bus is the 592, and it is already at the lights.]]
    end
    if #lines_held(s) > 0 then
      return [["Thanks for coming," {Name} says, and means it, mostly. {remembered has the_plant: {They} tuck{s} the yoghurt pot inside {their} coat.  | }{Their} bus is the 592, and it is already at the lights.]]
    end
    return [["This was nice," {Name} says, and sounds surprised about it. {remembered has the_plant: {They} tuck{s} the yoghurt pot inside {their} coat like a kitten.  | }{Their} bus is the 592, and it is already at the lights.]]
  end,
  choice "'Text me if you fancy doing it again.'" {
    [["I will," {Name} says, and gets on the bus. Four days later, {they} do{es}.]],
    go = storylets "winter", respect = "%+16", patience = "%+10", tags = { "space" },
    effect = function(s) s.remembered:add("door_open"); s.contact = "friends"; turn(s) end,
    note = "Leaving the next step in the other person's hands shows that the door opens from their side too.",
  },
  choice "'Same time next week?'" {
    [[{They} hesitate{s}, one foot on the bus. "Maybe," {they} say{s}. "I'll text you."]],
    go = storylets "winter", patience = "%-8",
    effect = function(s) s.contact = "friends"; turn(s) end,
    note = "Fixing the next meeting before the first one is over can feel like being booked.",
  },
  choice "'I still love you. I had to say it.'" {
    [[{Name} looks at you for a second with something like alarm, and then the bus doors fold open and {they} get{s} on without answering. Through the window {they} lift{s} a hand, not quite a wave.]],
    go = storylets "winter", patience = "%-12", trust = "%-8",
    effect = function(s) s.remembered:add("too_soon"); s.contact = "friends"; turn(s) end,
    note = "Saying what you feel is honest, but it has a right time, and the pavement after the first coffee is not it.",
  },
}

-- ---------------------------------------------------------------- The deck: March

scene "quiz" {
  group = "winter", when = function(s) return can_draw(s, "quiz") end,
  page_break, card("quiz"),
  [[On Tuesday a text from {Name}: "Team's a person down for the quiz Thursday. You in? You're useless at sport but you know all the cheeses."]],
  function(s)
    if s.thursdays then
      return [[An hour later Tomasz rings. Lauren has walked out, Thursday is a sixty-cover private party, and he has nobody else. "I know," he says. "I know it's your Thursday. I'm asking anyway."]]
    elseif s.ilkley then
      return [[An hour later Tomasz rings. Ilkley's opening night has moved to Thursday, sixty covers, and it's your kitchen. "You can't not be there," he says. "It's your name on the menu."]]
    end
    return [[An hour later Tomasz rings. Lauren has walked out, Thursday is a sixty-cover private party, and he has nobody else. "Please," he says, and Tomasz has never once said please.]]
  end,
  choice "Tell Tomasz no, and go to the quiz" {
    [["No," you say. "I'm sorry. I can't." {thursdays: Tomasz swears in Polish for a while and then rings Kasia. | Tomasz is silent for so long you think he's gone. "Fine," he says at last. "Fine. Go."}]],
    go = "feathers", trust = "%+20", tags = { "consistency" }, effect = keep("the_quiz"), note = "A promise kept when keeping it costs you something says more than any apology.",
  },
  choice "Take the shift. {They}'ll understand." {
    [[You text {Name} from the walk-in at six: "So sorry. Crisis at work. Next time?" The reply takes an hour. "No worries." Two words, and both of them worry you.]],
    go = storylets "winter", trust = "%-20", effect = keep_turn("missed_quiz"), note = "Counting on someone to understand one more time is how the old pattern comes back dressed as a favour.",
  },
}

scene "feathers" {
  [[The Feathers on quiz night: a carpet that sticks, a landlord called Bri who reads the questions like the shipping forecast, and {Name}'s team in the back room, the room where you once failed to turn up.]],
  [[You get the cheese question. You also, to everybody's surprise including yours, get one about the moons of Jupiter. {Name} laughs at your wrong answer about the Tudors, the real laugh, the one you haven't had aimed at you since the summer.]],
  function(s)
    if crossed(s, "priya") then
      return [[At the break Priya follows you to the bar. "Just so you know," she says pleasantly, "if you mess {them} about again, I'll put you in the canal. And if you ever ask me to spy on {them} again, I'll put you in first."]]
    end
    return [[At the break Priya follows you to the bar. "Just so you know," she says pleasantly, "if you mess {them} about again, I'll put you in the canal."]]
  end,
  choice "'Fair. I'd do the same.'" {
    [[Priya looks at you for a moment, then nods and takes two of the pints back to the table, which from Priya is practically a hug.]],
    go = storylets "winter", respect = "%+14", effect = keep_turn("priya_fair"), note = "Accepting that the people who love someone are wary of you is part of earning a place back.",
  },
  choice "'What has {they} said about me?'" {
    when = function(s) return not crossed(s, "priya") end,
    [[Priya's face closes like a door. "Nothing I'll be telling you," she says, and takes the drinks back on her own. You watch her lean down and say something in {Name}'s ear, and you watch {Name} look across the room at you, and look away.]],
    go = storylets "winter", respect = "%-30", trust = "%-15", tags = { "boundary" }, effect = keep_turn("priya"),
    note = "Using a friend as a window into someone's heart is checking up on them, however friendly the pub.",
  },
  choice "'That's between me and {Name}.'" {
    [["It's really not," Priya says, and goes back to the table.]],
    go = storylets "winter", respect = "%-10", effect = turn, note = "Brushing off the people around someone forgets that a breakup happens to a whole circle.",
  },
}

scene "towpath" {
  group = "winter", when = function(s) return can_draw(s, "towpath") end,
  page_break, card("towpath"),
  [[On Sunday, {Name}'s day off, {they} suggest{s} a walk: out along the towpath to Salter's Lock, all mud and catkins, a heron standing in the shallows pretending to be a post.]],
  [[Halfway there {they} stop{s}. "Can we talk about the Feathers? My results night. I've carried it round all winter, and I'm tired of carrying it."]],
  choice "'I'm sorry about that night.'" {
    [[{owned: "I'm sorry about that night," you say. "You'd worked three years for it. Your mum drove from Skipton. I was twenty minutes away, plating canapés for people I'll never see again, and I chose them." You stop there. There isn't a but, so you don't go looking for one. | "I'm sorry about that night," you say. "About all of it. I was rubbish." It comes out general, like weather, and {Name} waits for the rest of it. There isn't any. You never sat down and worked out what the rest was.}]],
    [[{owned: {Name} looks at the water for a long time. "Okay," {they} say{s}. "Okay. Thank you." | "Rubbish how?" {they} ask{s}, and you can't say.}]],
    go = storylets "winter", call = raise_at("towpath"), trust = "%+16", tags = { "apology" },
    effect = function(s)
      if s.owned then s.remembered:remove("the_feathers"); s.remembered:add("feathers_sorry") end
      turn(s)
    end,
    note = "A specific apology, with no excuse in its tail, needs the thinking done first; a general one asks the other person to fill it in.",
  },
  choice "Ask what that night was like for {them}" {
    [[You ask, and then you don't say anything for a long time. {They} tell{s} you: the back room, the buffet going warm under its cling film, {their} mum asking at half nine and at ten and at half ten, the third text from you that said twenty minutes. "It wasn't that night," {they} say{s} at last. "It was every night. That one just had my mum in it."]],
    go = storylets "winter", call = raise_at("towpath"), trust = "%+18", respect = "%+12", tags = { "listening" },
    effect = keep_turn("heard_out"),
    note = "Asking for the other side of the story, and letting it be long, shows you what actually needs mending.",
  },
  choice "Explain about the Harcourt booking" {
    [[You explain: the Harcourt party ran over, two chefs were off sick, Tomasz was on his own. {Name}'s face closes a little at a time, like a shop at the end of the day. "I know it was busy," {they} say{s}. "It was always busy."]],
    go = storylets "winter", call = raise_at("towpath"), trust = "%-15",
    effect = keep_turn("the_excuse"),
    note = "Context offered too early sounds like a defence, however true it is.",
  },
  choice "Tell {them} how the winter was for you" {
    [[You tell {them} about the winter: Gerald on Thursdays, Nell on the end of the phone, {owned: your side of things on the back of a prep sheet on the fridge,  | }the nights you wanted to write and {taken send-the-long-one: once did | didn't}. Some Thursdays watering Gerald was the only thing you did right. You don't ask for anything back. {Name} is quiet for a while, watching the heron. "Me too," {they} say{s}. "Some of that."]],
    go = storylets "winter", call = raise_at("towpath"), trust = "%+14", tags = { "reflection" },
    effect = keep_turn("winter_told"),
    note = "Saying how it has been for you, without asking for anything in return, invites the same honesty back.",
  },
}

-- ---------------------------------------------------------------- The question

scene "bus_stop" {
  group = "winter", when = function(s) return can_draw(s, "bus_stop") end,
  page_break, card("bus_stop"),
  [[After tea at the Sorting Office you walk {Name} back to the stop on Bridge Street: the same stop, the same cracked timetable. The 592 is due in eleven minutes.]],
  [[You told {them} on the way about Gerald's flowers, and {they} said you were making it up.]],
  call = raise_at("bus"), go = "question",
}

scene "question" {
  [[The question has been sitting in your chest since February. Nine minutes, says the timetable, and the timetable is lying, as usual.]],
  choice "'Can I ask you something? You can say no.'" {
    [["Do you want to try again? Us, I mean. Properly, slowly, whatever that turns out to be. No is an answer. I'll still come to the quiz."]],
    [[{Name} looks at the timetable for a long time, as if the 592 might have changed its habits.]],
    go = "answer", respect = "%+14",
    effect = function(s) s.asked_plainly = true end,
    note = "A question asked once, in plain words, with room left for no, is a question someone is free to answer.",
  },
  choice "Say nothing, and let the bus be the bus" {
    go = "her_turn", patience = "%+16", tags = { "space" }, effect = keep("your_pace"), note = "Leaving a question with the person it belongs to is patience at its hardest.",
  },
  choice "'I need to know by Sunday. I can't keep doing this.'" {
    go = "deadline", patience = "%-40", respect = "%-20", tags = { "boundary" }, effect = keep("deadline"),
    note = "A deadline turns a question into an ultimatum, and an ultimatum leaves no room for any honest answer but no.",
  },
  choice "'I changed everything for you, you know.'" {
    go = "bill", respect = "%-40", patience = "%-15", tags = { "boundary" }, effect = keep("bill"), note = "Presenting your change as something owed turns it into a bill, and guilt is no ground for a yes.",
  },
}

scene "her_turn" {
  [[The 592 comes round the corner, and {Name} watches it come, and lets it go.]],
  [["I'll get the next one," {they} say{s}. And then: "Are we going to talk about it? Or are we going to keep being careful with each other until one of us moves to the coast?"]],
  choice "'Only if you want to.'" {
    [[{Name} laughs, a bit shakily. "I just said I did."]],
    go = "answer", patience = "%+8", tags = { "space" }, note = "Handing the question back, gently, lets the other person set the pace of the answer too.",
  },
  choice "'I'd like to. Whatever you say after.'" {
    [[{Name} nods, and looks at the timetable for a long time, as if the next bus might have changed its habits.]],
    go = "answer", respect = "%+10", note = "Saying what you want, and that you can bear any answer to it, is vulnerability without pressure.",
  },
}

scene "deadline" {
  [["Sunday," {Name} says. {They} say{s} it the way you'd read out a word in a language you don't speak.]],
  [[A woman with a tartan shopping trolley joins the queue behind you, and then, tactfully, stands a bit further back.]],
  [["If I have to answer by Sunday," {Name} says, "then it's no. You know that. You've always known that about me."]],
  choice "'Forget Sunday. I was frightened, and I put it on you. I'm sorry.'" {
    go = ask_again, call = outcome, tags = { "repair" },
    effect = function(s) judge(s, "deadline") end,
    note = "Taking back an ultimatum out loud, and saying why you made it, is the only way to stop it standing between you.",
  },
  choice "'I mean it. I can't do another month of this.'" {
    go = "the_no", patience = "%-20",
    effect = function(s) settle_no(s, "deadline") end,
    note = "Holding to a deadline you set in fear only proves that it was a deadline.",
  },
}

scene "bill" {
  [["For me," {Name} says. "Did I ask you to?" {They} {are}n't angry. {They} look{s} like somebody handed a bill for a meal {they} never ordered.]],
  [[Somewhere behind you a car alarm starts and stops.]],
  choice "'That wasn't fair. I changed for me. I'm sorry I made it sound like a bill.'" {
    go = ask_again, call = outcome, tags = { "repair" },
    effect = function(s) judge(s, "bill") end,
    note = "Unsaying a guilt trip means naming it as one, not explaining what you really meant.",
  },
  choice "'I'm only saying. It's been a lot.'" {
    go = "the_no", respect = "%-15",
    effect = function(s) settle_no(s, "bill") end,
    note = "Insisting on what your effort cost you asks the other person to pay for it.",
  },
}

scene "ask_properly" {
  [[So you do. It is harder the second time, with the first still hanging in the air between you and the timetable.]],
  choice "'Do you want to try again? No is an answer. It really is.'" {
    go = "answer", respect = "%+10",
    effect = function(s) s.asked_plainly = true end,
    note = "Asking again, without the pressure this time, shows that you heard what was wrong with the first way.",
  },
  choice "'You don't have to answer. Not today. Not ever, if you'd rather.'" {
    [["I know," {Name} says. "I'm going to anyway."]],
    go = "answer", patience = "%+10", tags = { "space" }, note = "Taking the question off the table entirely is sometimes the only way to show it was never a demand.",
  },
}

-- {Name}'s answer, weighed: no choice here, only what {they} remember{s}.
scene "answer" { go = weigh }

scene "the_no" {
  function(s)
    local a, b = on_top(s)
    -- A push made here at the stop has just been answered: no second speech.
    if AT_THE_STOP[a] then return AT_THE_STOP[a] end
    if CAT[a] == "line" then
      return [["No," {Name} says. "I'm sorry. I've tried to think about the good bits, and there are good bits. But I keep coming back to one thing. ]]
        .. SAYS[a] .. [[ I can't spend my life bracing for the next time. I'd rather miss you."]]
    elseif CAT[b] == "unkind" and CAT[a] == "unkind" then
      return [["No," {Name} says, gently. "I've liked this. The coffees. But today all I can see is the old stuff. ]]
        .. SAYS[a] .. " " .. SAYS[b] .. [[ I don't trust that it's gone, and I don't think I can wait to find out."]]
    elseif CAT[b] == "unkind" then
      local first, turn_to = [[There's good in this winter. ]] .. SAYS[a], [[ But then there's this. ]]
      if CAT[a] == "owned" then first = [[I know you've tried. ]] .. SAYS[a]
      elseif CAT[a] == "hers" then
        first, turn_to = SAYS[a]:gsub("^And there's Ravensby%.", "There's Ravensby, for a start."), [[ And then there's this. ]]
      end
      return [["No," {Name} says, and {their} eyes fill, which you did not expect. "]] .. first
        .. turn_to .. SAYS[b] .. [[ That's what's on top today, and I think today is telling me something."]]
    end
    local why = [[Not because of anything you did wrong this winter.]]
    if CAT[a] == "owned" or CAT[b] == "owned" then why = [[Not because of anything you haven't owned up to.]] end
    return [["No," {Name} says. "]] .. why .. " " .. SAYS[a] .. " " .. SAYS[b]
      .. [[ It's all still too close to the surface, and I want to go into the spring with nothing pulling either way."]]
  end,
  [[The 592 pulls in. The driver waits with the doors open and doesn't look at either of you. {Name} lets it go.]],
  choice "Thank {them} for telling you" {
    [["Thank you," you say. "For telling me straight." You mean it, and that surprises you more than it surprises {them}.]],
    go = after_thanks, respect = "%+12", tags = { "space" }, note = "Thanking someone for an honest no honours the courage it took to say it.",
  },
  choice "'After everything I did this winter?'" {
    id = "after-everything",
    go = "bus_gone", respect = "%-40", patience = "%-20", tags = { "boundary" }, note = "Holding up your own effort as a reason someone owes you a yes is guilt, and it undoes the effort.",
  },
  choice "'Will you think about it a bit longer?'" {
    available = function(s) return not s.asked_plainly end,
    reason = "you told {them} no was an answer",
    go = "no_again", patience = "%-25", note = "Asking someone to reconsider a considered answer tells them it was not heard.",
  },
}

scene "no_again" {
  [["I have thought about it," {Name} says. "All winter. That's what the winter was."]],
  [[{They} {are}n't angry, and that is the worst part. {They} just look{s} tired, and a bit sorry for you, like someone who has said this sentence in {their} head a hundred times before saying it out loud.]],
  choice "'Okay. I hear you. Thank you.'" {
    go = "spring", respect = "%+10", tags = { "space" }, note = "It is never too late to stop pushing and let a no stand.",
  },
  choice "'You're making a mistake.'" {
    id = "a-mistake",
    go = "bus_gone", respect = "%-30", note = "Telling someone their own heart has got it wrong is an argument nobody wins.",
  },
}

-- ---------------------------------------------------------------- Her answer to a sorry

-- Called when {Name} brings up the worst line you have not owned.
scene "she_raises" {
  page_break,
  function(s)
    local place = s.place
    if place == "letter" then
      return [[Tonight, for the first time since November, {Name}'s name lights up your phone. "I'm not writing to start anything. I just need to have said this, once."]]
    elseif place == "coffee" then
      return [[{Name} puts {their} cup down in its saucer, carefully, as if it might go off. "Before anything else. I need to say something, and I need you to let me say it."]]
    elseif place == "towpath" then
      return [[A little further on, by the overflow weir, {Name} stops again. "While we're being honest. There's something else, and I need you to let me say it."]]
    end
    return [[Before you can say anything, {Name} turns from the timetable. "Before you ask me anything. There's something I need to say, and I need you to let me say it."]]
  end,
  function(s)
    local w = to_raise(s)
    s.here.how = HOW[w]
    return RAISES[w]
  end,
  choice "'I stood outside your house at two in the morning. I'm sorry. It won't happen again.'" {
    when = function(s) return to_raise(s) == "window" end,
    go = outcome, tags = { "repair" }, effect = function(s) judge(s, "window") end, note = "An apology that names the act, the hour and the place leaves nothing for the other person to drag out of you.",
  },
  choice "'There was no date. I said it so you'd mind. I'm sorry.'" {
    when = function(s) return to_raise(s) == "date" end,
    go = outcome, tags = { "repair" }, effect = function(s) judge(s, "date") end, note = "Saying out loud that the date was invented, and why, takes the game off the table for both of you.",
  },
  choice "'I asked Priya to report on you. That was wrong, to you and to her. I'm sorry.'" {
    when = function(s) return to_raise(s) == "priya" end,
    go = outcome, tags = { "repair" }, effect = function(s) judge(s, "priya") end, note = "An apology for checking up through a friend has to include the friend you used.",
  },
  choice "'You asked me not to send another one, and I did. I'm sorry.'" {
    when = function(s) return to_raise(s) == "second" end,
    go = outcome, tags = { "repair" }, effect = function(s) judge(s, "second") end,
    note = "Saying sorry for the exact request you ignored shows that you heard the request.",
  },
  choice "'I watched your story after you'd asked for space. I'm sorry. I've stopped.'" {
    when = function(s) return to_raise(s) == "views" end,
    go = outcome, tags = { "repair" }, effect = function(s) judge(s, "views") end, note = "Using the plain word for what you did, watching, is what makes an apology believable.",
  },
  choice "'What I wrote about not sleeping wasn't yours to carry. I'm sorry I put it on you.'" {
    when = function(s) return to_raise(s) == "guilt" end,
    go = outcome, tags = { "repair" }, effect = function(s) judge(s, "guilt") end, note = "Taking back a guilt trip means handing back the weight, not explaining why you were heavy.",
  },
  choice "'That message in November. It was one in the morning and you'd asked me not to. I'm sorry.'" {
    when = function(s) return to_raise(s) == "message" end,
    go = outcome, tags = { "repair" }, effect = function(s) judge(s, "message") end, note = "A specific apology, with the hour and the request in it, tells someone you understood what the message cost.",
  },
  choice "Tell {them} how it happened, so {they} understand{s}" {
    [[{place == letter: You write back a long explanation: {here.how}, the way these things happen. The answer is one line. "I didn't ask how. I know how. I was telling you what." | You start to explain: {here.how}, the way these things happen. {Name} holds up a hand. "I didn't ask how," {they} say{s}. "I know how. I'm telling you what."}]],
    back = true, trust = "%-15", effect = function(s) local w = to_raise(s); s.remembered:remove(w); s.remembered:add(w .. "_ignored") end,
    note = "Explaining how a line came to be crossed, when someone is telling you what it cost, is a way of not hearing them.",
  },
  choice "Say nothing. Let {them} have said it." {
    [[{place == letter: You read it until you know it by heart, and don't answer. Nothing else comes. | You say nothing. {Name} waits a moment longer, then nods, as if that is an answer of a kind, and not the one {they} wanted.}]],
    back = true, effect = function(s) local w = to_raise(s); s.remembered:remove(w); s.remembered:add(w .. "_ignored") end,
  },
}

scene "mended" {
  function(s)
    if s.contact == "none" then return [[{Name}'s answer comes an hour later.]] end
  end,
  function(s) local w = s.judged; s.judged = ""; return ACCEPTS[w] end,
  back = true,
}

scene "not_mended" {
  function(s)
    if s.contact == "none" then return [[{Name}'s answer comes the next morning.]] end
  end,
  function(s) local w = s.judged; s.judged = ""; return REFUSES[w] end,
  back = true,
}

-- ---------------------------------------------------------------- The last Thursday, without {Name}

scene "last_thursday" {
  group = "winter", when = function(s) return can_draw(s, "last_thursday") end,
  page_break, card("last_thursday"),
  function(s)
    if s.contact == "stopped" then
      return [[You haven't written since February. Some weeks that has been easy, and some weeks it has been the hardest thing you did, and you did it anyway. {Name}'s last message is still the last one in the thread. You have stopped reading it.]]
    end
    local since = [[Since November there has been nothing between you and {Name}, not a word either way]]
    if s.remembered:has("the_card") then since = [[Since the hare at Christmas there has been nothing between you and {Name}, not a word either way]] end
    return since .. [[. Some weeks that felt like cowardice and some weeks like the bravest thing you'd done, and by March you've stopped being able to tell which.]]
  end,
  call = function(s) if s.contact == "none" then return raise_at("letter")(s) end end,
  go = "spring_thursday",
}

scene "spring_thursday" {
  [[{thursdays: Nell has started leaving Alfie with you on Thursday evenings. | Nell's childminder is off sick, and for once you have a Thursday evening free, so Alfie is yours till nine.} He calls you Chef and refuses every vegetable on principle, and tonight, for the first time, he waters Gerald himself, with great ceremony and most of it on the floor.]],
  choice "Give Alfie Gerald's baby, for his windowsill" {
    [["Is it mine?" Alfie asks. "For ever?" You tell him yes, and that it likes being ignored a bit, and he looks at it so hard that ignoring it seems unlikely.]],
    go = "spring", patience = "%+8", tags = { "space" }, note = "Passing something on, instead of keeping it as a reason to get in touch, is letting go in a small, practical way.",
  },
  choice "Find Gerald a bigger pot" {
    [[You repot Gerald in the kitchen sink with Alfie supervising. His roots have filled the old pot to the shape of it. He needed more room, and nobody noticed, and now he's got it.]],
    go = "spring", patience = "%+8", note = "Looking after what is in front of you is how a life starts to fill back in.",
  },
}

-- ---------------------------------------------------------------- Endings

-- {Name}'s yes, in {their} words: the two memories on top today.
local function yes_words(s)
  local a, b = on_top(s)
  return [["Yes," {Name} says. "I think yes." And then, because {they} {have} plainly been keeping a list of {their} own all winter: "]]
    .. SAYS[a] .. " " .. SAYS[b] .. [["]]
end

-- What the winter taught, for the reconciled endings: whether a line was
-- crossed on the way decides which.
local function yes_kind(s)
  if crossings(s) > 0 then s.here.k = "mended"
  elseif s.remembered:has("the_card") then s.here.k = "card"
  else s.here.k = "clean" end
end
-- After a yes: what you both want next, said out loud for once.
local function plans(s)
  local yours = [[a kitchen of your own one day, one that closes at ten]]
  if s.ilkley then yours = [[Ilkley, with a Thursday on the rota that nobody gets to pencil over]] end
  return [[On the wall by the stop, with the next bus coming and going, you talk about what you both want instead of what went wrong: for {them}, Ravensby, if the seals will have {them}; for you, ]] .. yours
    .. [[; Thursdays for both of you, wherever you end up. None of it is promised. All of it is said out loud, which is new.]]
end

-- What the winter taught, for the reconciled endings (here.k, set by
-- yes_kind): a winter without a line crossed, one with the hare in it, or
-- one with a line crossed and mended.
local YES_SLOWLY = "{here.k == clean: Nothing here was won. It was waited for: a winter of leaving the phone alone, {owned: of owning your part out loud,  | }of small kindnesses nobody asked for. The yes came from someone free to say no, and it could have gone the other way. | {here.k == card: Nothing here was won. It was waited for: a winter of leaving {Name} alone, the hare at Christmas aside, {owned: of owning your part out loud,  | }of small kindnesses nobody asked for. The yes came from someone free to say no. | You crossed a line this winter, then walked back over it in daylight: named it, said sorry for exactly that, and let {Name} decide. The rest was patience{owned: , your own part owned out loud, | } and small kindnesses. The yes came from someone free to say no.}}"
local YES_FORWARD = "{here.k == clean: Nothing here was won. It was waited for: a winter of leaving the phone alone, {owned: of owning your part out loud,  | }of small kindnesses nobody asked for. The yes was free to be a no; going forward, not back, means the help you had already learned to ask for. | {here.k == card: Nothing here was won. It was waited for: a winter of leaving {Name} alone, the hare aside, {owned: of owning your part,  | }of small kindnesses. The yes was free to be a no; going forward, not back, means the help you had already learned to ask for. | You crossed a line this winter, then walked back over it in daylight: named it, said sorry for exactly that, and let {Name} decide. The yes was free to be a no; going forward, not back, means the help you had already learned to ask for.}}"

-- Each ending is one short last screen. The scene before it tells the rest
-- and waits for Enter, so that the ending, its lesson and the meters fit on
-- one screen together.
scene "yes_slowly" {
  yes_words,
  [["Slowly, though," {they} say{s}. "Properly slowly." {They}'ll stay at Tanner's Row. {They} want{s} Thursdays, and Sundays when you can get them, and the right to change {their} mind.]],
  page_break,
  plans,
  [[In June you drive {them} to the interview in Ravensby and wait in a café by the harbour, and when {they} come{s} out {they} can't tell yet how it went. You don't mind not knowing.]],
  page_break,
  go = "water_on_thursdays",
}

ending "water_on_thursdays" {
  title = "Water on Thursdays",
  kind = "reconciled",
  [[Gerald flowers again in July. {Name} says it doesn't count; he's showing off.]],
  yes_kind,
  reflection = YES_SLOWLY,
}

scene "yes_forward" {
  yes_words,
  [["But not like before," {they} say{s}. "I want us to see someone. Both of us. I'm not doing the same two years again with better manners."]],
  page_break,
  plans,
  [[You tell {them} about Ruth, above the chemist, and {they} look{s} at you as if you'd grown an inch. Ruth, when you ask, says couples are not her department, and gives you the name of a man in Halifax on Wednesday evenings, with enormous eyebrows, who makes you both say "I felt" instead of "you did". It is mortifying, and it works.]],
  page_break,
  go = "not_back_forward",
}

ending "not_back_forward" {
  title = "Not Back. Forward.",
  kind = "reconciled",
  [[Gerald stays on your windowsill. {remembered has the_plant: His baby lives on {Name}'s. | By summer one of his babies lives on {Name}'s.} Between the two of them, you reckon, the town is covered.]],
  yes_kind,
  reflection = YES_FORWARD,
}

scene "plant_home" {
  function(s)
    if s.remembered:has("the_plant") then
      return [[A week later {Name} texts: "Can I have Gerald back? He was mine first. His baby's fine, by the way. It's taken over the bathroom windowsill."]]
    end
    return [[A week later {Name} texts: "Can I have Gerald back? He was mine first. You can keep one of his babies."]]
  end,
  function(s)
    achieve("he-was-mine-first")
    local carry = [[You carry him across the river in his pot, in both arms, runners trailing, ]]
    if crossed(s, "window") then
      return carry .. [[and knock at Tanner's Row at eleven in the morning, as arranged. This time you were invited. {Name} opens the door wide, and Mr Hebden, taking his bins in, gives you a nod you will think about for weeks.]]
    end
    return carry .. [[and hand him over on the step at Tanner's Row. {Name} holds him up to the light as if checking him for greenfly, and then hugs you, briefly and properly.]]
  end,
  [[On your own windowsill {remembered has the_plant: a second of Gerald's babies | Gerald's baby}, in a yoghurt pot, gets a mugful on Thursdays and is ignored a bit, as instructed. In June {Name} goes to Ravensby, and sends you a photo of a seal pup with a head like a wet thumb.]],
  page_break,
  go = "the_plant_goes_home",
}

ending "the_plant_goes_home" {
  title = "The Plant Goes Home",
  kind = "growth",
  [[You send back your Thursday: an answer sheet from the Feathers, {remembered has the_quiz: where {Name}'s team has kept you on for the cheeses | where your own new team has come fourth again}.]],
  reflection = [[{Name} said no, and you thanked {them} and meant it. The winter's work ({owned: owning your part,  | }the waiting, the kindnesses) was never payment for a yes. It made you someone who can hear no and stay a friend.]],
}

scene "spring" {
  [[It is over, and somewhere in April you notice that you have stopped telling yourself otherwise, even in your head.]],
  function(s)
    if s.contact == "friends" then
      return [[{Name} got the next bus, in the end. You've seen {them} twice since, at the market, and both times it was fine, and the second time it was nearly easy.]]
    elseif s.contact == "stopped" then
      return [[{Name} asked you to stop, and you stopped. Once, by accident, you hear from Priya that {they} {are} well. You are glad, plainly, with nothing attached.]]
    end
    local text = [[{They} {are} across the river living {their} life, and you are on this side living yours, and the bridge between is just a bridge.]]
    if s.place == "letter" then
      return [[{Name} wrote once, in March, to say what {they} needed to say, and that was all, and it was enough to be going on with. ]] .. text
    end
    return [[{Name} is across the river living {their} life, and you are on this side living yours, and the bridge between is just a bridge.]]
  end,
  function(s)
    local whitby = [[In May you take Nell, Dev and Alfie to Whitby, the weekend you cancelled twice, and Alfie is sick on the coach and it is still a good weekend.]]
    if s.ilkley then
      return [[Ilkley opens in May with your name at the bottom of the menu, small, and you put a Thursday on the rota for yourself, because you've learned that much. ]] .. whitby:gsub('^In May', 'At Whitsun')
    elseif s.thursdays then
      return [[You keep your Thursdays. ]] .. whitby
    end
    return [[You ask Tomasz for Thursdays off, months late, and he gives them to you without a word. ]] .. whitby
  end,
  page_break,
  go = "spring_on_your_own",
}

ending "spring_on_your_own" {
  title = "Spring, On Your Own",
  kind = "growth",
  [[Gerald lives on your windowsill. On Thursdays you water him, and that is all it means now.]],
  function(s)
    if s.contact == "none" and (crossings(s) > 0 or s.remembered:has("the_card")) then s.here.k = "crossed" end
  end,
  reflection = "{contact == friends: {Name} said no, and you let {them} say it without a fight. Being ready for any answer, and meaning it when it comes, is the growth under all the wanting; the winter made you steadier. | {contact == stopped: When {Name} asked you to stop, you stopped, and kept stopping: the only apology left that {they} could accept. Respecting a no that hurts, and building a life that doesn't hang on it, is not losing. | {here.k == crossed: Some of this winter you got wrong early, and {Name} carried it; the rest you left {them} alone and did the work on your own side of the river. Not every mistake gets mended. Some you only stop repeating, and that counts. | You left {Name} the whole winter to {themself} and did the work on your own side of the river: your own part, {thursdays: your Thursdays,  | }the people who love you. Nobody answered a question you never asked, and you could live without the answer.}}}",
}

scene "door_closes" {
  [[{Name} blocks your number on Saturday{taken hang-up:  anyway}, and you can't find it in you to blame {them}. When you pass Priya on the market, she looks through you like a window.]],
  function(s)
    local what = {
      window = "a figure under a broken street lamp", date = "a date that never existed", priya = "a question for Priya",
      second = "a second message after {they} asked for none", views = "your name at the top of a list",
      guilt = "a message about your sleep", message = "two thousand words at one in the morning",
    }
    local list = {}
    for _, w in ipairs(lines_held(s)) do
      local base = w:match("^%a+")
      if what[base] then list[#list + 1] = what[base] end
    end
    local named = list[1] or "very little"
    if #list >= 2 then named = table.concat(list, ", ", 1, #list - 1) .. " and " .. list[#list] end
    return [[What {they} {have} to remember this winter by is ]] .. named .. [[, and a phone ringing after {they} asked you, in writing, to stop.]]
  end,
  [[You tell Nell it came out of nowhere. Nell, who has never once let you get away with anything, says nothing at all, and that is how you know.]],
  page_break,
  go = "the_door_you_leaned_on",
}

ending "the_door_you_leaned_on" {
  title = "The Door You Leaned On",
  kind = "apart",
  [[Gerald gets watered when you remember. Thursdays come and go.]],
  reflection = [[Each push this winter was a way of not waiting, and each one told {Name} that your need came first. When {they} asked you plainly to stop, you rang. Taking a no as an answer, not an opening, is still ahead of you, and still worth learning.]],
}

scene "bus_gone" {
  function(s)
    if taken("after-everything") > 0 then
      return [["After everything I did this winter?" It comes out louder than you meant. {Name} flinches, and then {their} face does something worse than flinching: it settles. "There it is," {they} say{s}. "The bill. I wondered when it'd come."]]
    end
    return [["You're making a mistake," you say. {Name} holds your eye until you look away first. "Maybe," {they} say{s}. "It's mine, though."]]
  end,
  [[{They} get{s} on the next 592 without looking back, and you stand at the stop with the cracked timetable for a long time after it has gone.]],
  page_break,
  go = "last_word",
}

ending "last_word" {
  title = "The Last Word",
  kind = "apart",
  function(s)
    if crossed(s, "message") then
      return [[Later you will replay it, the way you replayed that first message in November, and find that every other thing you could have said was kinder than the thing you did.]]
    end
    return [[Later you will replay it, over and over, on the night bus and in the walk-in, and find that every other thing you could have said was kinder than the thing you did.]]
  end,
  reflection = [[A winter of patience can be undone in a sentence. When the no came, you argued with it, and turned your care into a debt. An honest no deserves thanks, not a verdict; that is still worth learning.]],
}
