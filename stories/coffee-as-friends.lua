-- Out of Season: one evening in Saltham-on-Sea, a seaside town shut for the
-- winter. Seven months after a breakup, two people meet for coffee "as
-- friends" at six o'clock, and the story is that one evening, told close to
-- real time: the café on the harbour arm, the walk out to the lighthouse at
-- low water, the band at the end of the pier, the last bus from the Clock
-- Tower. It ends where the evening ends.
-- Spelling is British. Each paragraph sits on a single source line, since a
-- line break inside one would show on screen.
--
-- You mend the machines at Funland, the arcade at the land end of the pier.
-- Four years ended on Regatta night in July, because you loved the plan (a
-- spreadsheet called Us (v4), with a tab for the other person's career) more
-- than you seemed to like the person it was for.
--
-- How the other person decides. There is no verdict at the end. The evening
-- is cut into hours, and at the end of each hour they offer the next small
-- step, or quietly withdraw it: another coffee, the walk to the lighthouse,
-- the spare ticket for the gig, walking them to the bus, and, at the bus, a
-- step beyond tonight. What they offer comes from what they heard in the
-- hour just gone, kept as a set of words (`heard`: "listened", "blamed",
-- "sorry_for_the_plan", "read_my_phone"...), which is emptied when a new
-- hour starts. More warm words than cold ones, and they offer; fewer, and
-- they don't; as many, and it is up to them (the seeded chance). Chance also
-- gives them a life of their own: their sister rings, the weather turns, the
-- last bus goes early. The story ends where the offers stop.
--
-- Lines crossed. A boundary (reading their phone, touch they did not ask for,
-- a made-up rival, a deadline, following them, waiting for them, guilt, a
-- flood of messages) is added to `crossed` and to what they heard. While it
-- is not mended, every offer stops. A repair (tagged "repair") is offered
-- only after the act, in words about it; the other person decides, with the
-- seeded chance, whether it is enough (`mended` or `refused`). Nothing
-- reconciles while anything in `crossed` is not in `mended`.
--
-- What lasts beyond an hour is kept small: `july` (what they heard when they
-- raised July), `kept` (a few things that come back later), `rain`, `missed`.
-- Only the player reads the meters; the story's code never does.

-- Words the other person counts for and against an hour.
local WARM = {
  listened = true, laughed = true, owned_it = true, sorry_for_the_plan = true,
  asked_her_side = true, honest = true, looked_after = true, cheered = true,
  let_it_be = true, left_it_alone = true,
}
local COLD = {
  spreadsheet = 1, broke_the_rule = 1, said_youd_changed = 1,
  ordered_for_me = 1, angled = 1, fishing = 1, explained = 1,
  blamed = 1, claimed = 1, pushed_us = 1, planned_for_me = 1,
  told_me_off = 1, went_to_the_bar = 1, sulked = 1, stretched_it = 1,
  sure_of_me = 1,
  -- the lines weigh twice against the hour they were crossed in, so that a
  -- repair (one warm "owned_it") makes room, and does not wipe the slate
  read_my_phone = 2, took_my_hands = 2, made_someone_up = 2,
  kissed_my_head = 2, deadline = 2,
}

-- What the other person says, when asked, about each cold word.
local WHY = {
  spreadsheet = [[You told me you'd deleted the spreadsheet like you were handing in homework for a mark.]],
  broke_the_rule = [[We had one rule, and it lasted four minutes.]],
  said_youd_changed = [[You told me you'd changed. People who have don't usually need to say.]],
  ordered_for_me = [[You ordered for the person I was in July.]],
  angled = [[You went after the ticket. I could see you doing it.]],
  fishing = [[You wanted to know who the spare was for.]],
  explained = [[You explained the spreadsheet to me. I was there.]],
  blamed = [[You said I should have told you. I did tell you.]],
  claimed = [[You wanted your twenty quid's worth of sofa.]],
  pushed_us = [[You kept walking us back to before.]],
  planned_for_me = [[You brought up the council job. On the beach.]],
  told_me_off = [[You told me off about gloves, like it was still your job.]],
  went_to_the_bar = [[You went to the bar while Kit was dying up there.]],
  sulked = [[You went quiet about Jules, like I'd done something to you.]],
  stretched_it = [[I said the bus, and you tried to make it the Anchor.]],
  sure_of_me = [[You said you knew I'd come. I didn't know I'd come.]],
}

-- And about the warm ones, so that a no is never only a list of faults.
local WELL = {
  listened = [[You did listen, though. I noticed.]],
  laughed = [[And you made me laugh. I'd forgotten you could.]],
  left_it_alone = [[And you turned my phone over. I saw you through the hatch.]],
  looked_after = [[And you were kind. You were.]],
  honest = [[And you told me the truth about the autumn. That wasn't nothing.]],
  cheered = [[And you laughed first, for Kit. I'll tell him.]],
  let_it_be = [[And you let me have the song.]],
  sorry_for_the_plan = [[And you said sorry for the tab. Properly.]],
  asked_her_side = [[And you asked what it was like. Nobody's asked me that.]],
}

-- The order the cold and warm words are told in, so it is the same every time.
local COLD_ORDER = {
  "broke_the_rule", "spreadsheet", "ordered_for_me", "angled", "fishing",
  "said_youd_changed", "blamed", "explained", "claimed", "pushed_us",
  "planned_for_me", "told_me_off", "went_to_the_bar", "sulked",
  "stretched_it", "sure_of_me",
}
local WARM_ORDER = {
  "sorry_for_the_plan", "asked_her_side", "listened", "honest", "laughed",
  "left_it_alone", "looked_after", "cheered", "let_it_be",
}

-- Warm and cold words heard in the hour now ending.
local function tally(s)
  local w, c = 0, 0
  for _, word in ipairs(s.heard:words()) do
    if WARM[word] then w = w + 1 elseif COLD[word] then c = c + COLD[word] end
  end
  return w, c
end

-- A line crossed and not mended.
local function open(s)
  local lines = s.crossed:words()
  for i = 1, #lines do
    if not s.mended:has(lines[i]) then return true end
  end
  return false
end

-- A line is crossed: they heard it, and it stays crossed.
local function cross(id)
  return function(s) s.crossed:add(id); s.heard:add(id) end
end

-- A word they heard this hour.
local function hear(word)
  return function(s) s.heard:add(word) end
end

-- A new hour: what they heard in the last one has done its work.
local function new_hour(h, word)
  return function(s)
    s.hour = h
    s.heard = {}
    s.kept:remove("ordered")
    if h >= 4 then s.rain = false end
    if word then s.heard:add(word) end
  end
end

-- They decide whether a repair is enough: n in ten, by the seeded chance.
local function decide(id, n, yes, no)
  return function(s)
    if math.random(10) <= n then
      s.mended:add(id)
      s.heard:add("owned_it")
      return yes
    end
    s.refused:add(id)
    return no
  end
end

-- The repair for a line is on offer while it is crossed and not yet answered.
local function unanswered(id)
  return function(s)
    return s.crossed:has(id) and not s.mended:has(id) and not s.refused:has(id)
  end
end

-- The end of an hour: the next step offered, or withdrawn.
local STEP = { "another", "tide", "spare", "walk_me" }
local function turn(s)
  if open(s) then return "goes" end
  local w, c = tally(s)
  local yes = w > c or (w == c and math.random(2) == 1)
  if not yes then return "goes" end
  if s.hour == 2 and math.random(6) == 1 then return "bex_rings" end
  return STEP[s.hour]
end

-- The last hour, at the bus: a step beyond tonight, a good night and no
-- more, or nothing. A step beyond tonight needs July to have been heard
-- (the apology for the plan, or the question about it), a warm last hour,
-- and their own mind.
local function last_turn(s)
  if open(s) then return "goes" end
  local w, c = tally(s)
  if c > w then return "goes" end
  local heard_july = s.july == "sorry" or s.july == "asked"
  if heard_july and w > c and math.random(10) <= 6 then return "ring_me" end
  return "just_tonight"
end

-- Where the evening ends, once they have gone.
-- Each ending has a lead: the night's last scene, read before the ending's
-- own screen, so that the ending, its reflection and the meters fit on one.
local function last_scene(s)
  if s.crossed:has("flood") then return "low_tide_lead" end
  if s.crossed:has("guilt") and not s.mended:has("guilt") then return "closing_time_lead" end
  if s.kept:has("argued") then return "closing_time_lead" end
  if open(s) then return "low_tide_lead" end
  if visits("bex_rings") > 0 then return "bex_rings_end_lead" end
  if visits("just_tonight") > 0 then return "as_it_is_lead" end
  return "early_night_lead"
end

story {
  id     = "coffee-as-friends",
  title  = "Out of Season",
  author = "rekindle",
  blurb  = "One evening in a seaside town shut for the winter: coffee 'as friends', hour by hour, to the last bus.",
  start  = "name",
  meters = { patience = 62, respect = 65, trust = 52 },
  vars   = {
    name = "Ellis",
    hour = 1,         -- the hour of the evening, 1 to 5
    heard = {},       -- what they heard in this hour; emptied when the next begins
    july = "",        -- when they raised July: "sorry", "asked", "explained" or "blamed"
    kept = {},        -- what comes back later: dot_has_phone, broke_rule, gloves, next_saturday...
    crossed = {},     -- lines crossed
    mended = {},      -- lines whose repair they accepted
    refused = {},     -- lines whose repair they did not accept
    rain = false,     -- the weather turned on the Ness
    missed = false,   -- the last bus went early
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- boundary: a line crossed; repair: naming one and saying sorry for it;
  -- space: leaving them room; listening: hearing their side; apology: saying
  -- sorry; support: leaning on someone else; friendship: being a friend to
  -- them and their people; memories: a new one made; honesty: saying what
  -- you feel.
  tags   = { "boundary", "repair", "space", "listening", "apology", "support", "friendship", "memories", "honesty" },
  covers = { 3, 4, 5, 6, 7, 9, 10, 11, 12, 15, 16 },
}

-- The rules every story of the collection keeps, in this story's words.
rule "a line crossed rules out a reconciled ending unless it is mended on screen" {
  never = "reconciled", after = "boundary", unless = "repair",
}
rule "no reconciled ending after a repair they did not accept" {
  check = function(play, s)
    if play.kind ~= "reconciled" then return true end
    local lines = s.crossed:words()
    for i = 1, #lines do
      if not s.mended:has(lines[i]) then
        return false, "a reconciled ending with '" .. lines[i] .. "' crossed and not mended"
      end
    end
    return true
  end,
}
rule "they have an evening of their own, however well it goes" {
  end_in = { "growth", "apart" }, of_plays_without = "boundary", at_least = 25,
}
rule "a whole evening is at least eight choices long" { min_choices = 8 }
rule "each meter that moves says why" { notes = true }

achievement "laughed-first" {
  title = "Laughed First",
  hint = "Somebody has to, when a room goes quiet.",
}

-- ---------------------------------------------------------------- Six o'clock

scene "name" {
  [[**Saturday, 7 February, 5.51 pm.** Saltham-on-Sea is shut for the winter. The beach huts are padlocked, the ice-cream kiosk is boarded, and the pier has shrunk to its winter size: Funland at the land end, open weekends only, then a gate and a quarter of a mile of dark planks out to the Pavilion, where tonight, for the first time since October, there is a band.]],
  [[You mend the machines at Funland. For four years you were with someone, and on Regatta night in July, with the fireworks going off over the harbour, they told you it was over. You had a spreadsheet about the two of you. It was called Us (v4). It had seven tabs.]],
  [[On Wednesday you sent a photo of one of Madame Zora's new fortune cards, and nothing else. The answer came inside the hour: "Coffee Saturday? Nuno's at six. As friends. I mean the friends bit."]],
  ask "Who are you meeting at six? (a name)" { into = "name", pronouns = true, go = "funland" },
}

scene "funland" {
  [[The penny falls go quiet one by one as you switch them off at the wall. Madame Zora you leave lit. She has been back in her glass booth since Thursday with a new turban of red felt and a stack of cards you wrote yourself, because the firm that printed her old ones went bust in 2011, and she looks better with her eyes on.]],
  [[Dot is cashing up in the change kiosk. She has run it since 1983, swims off the groyne every morning of the winter with the Blue Tits, and can bag coppers by weight without ever being wrong. She looks at your clean shirt, and then at your face. "Nuno's?" she says. "With {Name}?"]],
  choice "Hand Dot your phone until the morning" {
    [["Sensible," says Dot, and drops it in the drawer under the till with the foreign coins. "Seven o'clock at the groyne if you want it back. Bring a towel."]],
    go = "harbour", patience = "%+8", tags = { "support" },
    effect = function(s) s.kept:add("dot_has_phone") end,
    note = "Giving your phone to someone you trust for a night is a promise to yourself that somebody else helps you keep.",
  },
  choice "'It's only a coffee, Dot.'" {
    [["Course it is," says Dot, and weighs a bag of twos. "That's why you've ironed your collar."]],
    go = "harbour",
  },
  choice "Ask Dot what you should say" {
    [[Dot thinks about it for longer than you would like. "Less than you want to," she says. "And don't you bring up July. If it wants bringing up, let {them} do it."]],
    go = "harbour",
  },
}

scene "harbour" {
  [[**5.58 pm.** Nuno's is a shipping container painted the blue of a Lisbon tile, wedged on the harbour arm between the lobster pots and the lifeboat slip. In winter it opens at weekends; on a gig night Nuno keeps the heaters going till eight and charges for the privilege.]],
  [[You are early. You were always early; it used to drive {Name} up the wall. Nuno leans out of the hatch. "For two? The usual for the other one? Galão and a custard tart?"]],
  choice "'Yes. The usual.'" {
    [["The usual," you say, and Nuno writes it on the back of his hand.]],
    go = function(s)
      s.kept:add("ordered")
      if math.random(2) == 1 then s.heard:add("ordered_for_me") end
      return "nunos"
    end,
  },
  choice "'I'll wait. {They}'ll want to choose.'" {
    [[Nuno shrugs. He has seen every kind of first coffee there is.]],
    go = "nunos",
  },
}

scene "nunos" {
  [[**6.03 pm.** {Name} comes along the harbour arm straight from work, a brush stuck through the knot of {their} hair, blue paint to the wrist.]],
  function(s)
    if s.heard:has("ordered_for_me") then
      return [[There is a galão waiting for {them}. {They} look{s} at it, and then at you. "I drink tea now," {they} say{s}. "Since August." {They} sit{s} down and drink{s} it anyway, to be polite, and you watch {them} not enjoy it.]]
    elseif s.kept:has("ordered") then
      return [[There is a galão waiting for {them}, and a custard tart. {They} look{s} at them, and then at you. "You remembered," {they} say{s}, and {do}n't sound entirely pleased about it.]]
    end
    return [[{They} order{s} at the hatch without asking you: tea for {them}self, which is new, and a flat white for you, which is right. {They} come{s} back to the table looking annoyed to have got it right.]]
  end,
  [["Ground rules," {they} say{s}. "We don't do July. Not unless I start it. Deal?" You say deal. {They} hold{s} the cup in both hands and look{s} at you over it, the way you'd look at a dog that used to bite.]],
  [[Then the news, fast, to get it on the table: {they} got the carousel. Twenty-four wooden horses from the end of the pier, to be stripped and repainted by Easter in a railway arch behind the station.]],
  choice "Ask about the horses" {
    [[You ask which one is hardest. {Name} puts the cup down. "Colonel. The lead horse. A man called Alfred Moss painted his face in 1952 and it's the best thing on the whole pier, and I've got to take it back to the wood." {They} talk{s} for ten minutes without stopping, mostly with {their} hands.]],
    go = "nunos_phone", trust = "%+11", tags = { "listening" }, effect = hear("listened"),
    note = "Asking about the thing they love, and staying with the answer, gives a friendship something to stand on.",
  },
  choice "Tell {them} about Madame Zora's new cards" {
    id = "zora-cards",
    [[You tell {them} you wrote the new cards yourself. YOU WILL FIND YOUR KEYS. SOMEONE IS PLEASED TO SEE YOU. A DOG WILL LOOK AT YOU WITH RESPECT. {Name} laughs, properly, with {their} head back, and then looks as if {they} wish{es} {they} hadn't.]],
    go = "nunos_phone", trust = "%+8", tags = { "friendship" }, effect = hear("laughed"),
    note = "Something daft from your own life, offered lightly, lets them enjoy your company without having to decide anything about it.",
  },
  choice "Tell {them} you deleted the spreadsheet" {
    [["I deleted it," you say. "The spreadsheet. In September. Properly, not just into the bin." {Name} nods slowly. "Okay," {they} say{s}. "Good. Thanks." {They} turn{s} the cup round by its handle, and round again.]],
    go = "nunos_phone", patience = "%-10", effect = hear("spreadsheet"),
    note = "News of your own change, delivered first, asks to be marked; change is easier to believe when it is seen and not announced.",
  },
  choice "'Can I say one thing about Regatta night?'" {
    [["We said," {Name} says. "Four minutes ago. We said." {They} {are}n't angry. {They} just pull{s} {their} coat back up onto {their} shoulders, as if there were a draught.]],
    go = "nunos_phone", patience = "%-15", respect = "%-8",
    effect = function(s) s.heard:add("broke_the_rule"); s.kept:add("broke_rule") end,
    note = "The worst night between you is theirs to raise as much as yours; breaking the one rule they set tells them their terms are only loaned.",
  },
}

scene "nunos_phone" {
  [[**6.17 pm.** The custard tarts on Nuno's counter are, according to {Name}, Thursday's. According to Nuno they are this morning's. {Name} goes into the container to settle it.]],
  [[{Their} phone is lying face up beside your cup. It lights: BEX: is it weird?? say pineapple if u need extrac...]],
  [[Out on the slip the lifeboat crew are hosing down the boat under the floodlights, and nobody is looking at you at all.]],
  choice "Turn the phone face down" {
    [[You turn it over. Through the hatch, {Name} sees you do it, and pretends not to have.]],
    go = "nunos_ticket", respect = "%+11", tags = { "space" }, effect = hear("left_it_alone"),
    note = "Not reading what was never meant for you is a small thing nobody is supposed to see, and it is trust in miniature.",
  },
  choice "Read the rest of Bex's message" {
    go = "phone_read", respect = "%-25", trust = "%-15", tags = { "boundary" },
    effect = cross("read_my_phone"),
    note = "A phone is someone's life with the door left open; reading it without asking is checking up on them from six inches away.",
  },
  choice "Go in and take Nuno's side about the tarts" {
    [[You go in and swear the tarts are today's. Nuno kisses you on both cheeks. {Name} says you're both liars, and the three of you eat one each to find out, and nobody can tell.]],
    go = "nunos_ticket", patience = "%+6", tags = { "friendship" }, effect = hear("laughed"),
    note = "Joining in the nonsense, instead of guarding the table, makes you easy company, which is most of friendship.",
  },
  choice "Watch the lifeboat crew" {
    [[You watch the crew coil the hose in long loops on the slip. When you look back, the screen has gone dark on its own.]],
    go = "nunos_ticket",
  },
}

scene "phone_read" {
  [[You slide it an inch towards you with one finger. BEX: is it weird?? say pineapple if u need extracting. also bet u a fiver they mention the spreadsheet]],
  [[When you look up, {Name} is in the doorway of the container with two custard tarts on a napkin. {They} put{s} the tarts down on the table, pick{s} up the phone, and zip{s} it into the inside pocket of {their} coat.]],
  [["That's mine," {they} say{s}. Not loudly. Out on the slip, the hose has stopped.]],
  choice "'I read your message. It wasn't mine to read. I'm sorry.'" {
    go = decide("read_my_phone", 7, "phone_mended", "phone_refused"),
    respect = "%+8", tags = { "repair", "apology" },
    note = "Naming a wrong the moment you are caught in it, with no reason tacked on, is the only way to keep it small.",
  },
  choice "'It lit up. I didn't mean to see it.'" {
    [["Right," says {Name}. {They} sit{s} down. {They} {do}n't believe you, and {they} {do}n't say so, and the not saying so sits between you like a third cup.]],
    go = "nunos_ticket", trust = "%-20",
    note = "A cover story told to someone who watched it happen costs trust twice: once for the act, once for the lie.",
  },
  choice "'Pineapple?'" {
    [["That's not funny, actually," {Name} says, and sits down on the edge of the seat, with {their} hand on the zipped pocket.]],
    go = "nunos_ticket", respect = "%-8",
    note = "A joke about what you were caught reading asks them to laugh off something that happened to them.",
  },
}

scene "phone_mended" {
  [[{Name} looks at you for a long moment. Then {they} sit{s}, and push{es} a custard tart across the table. "Okay," {they} say{s}. "Thank you for not pretending. I'd have known, you know. You've got a face like a fruit machine." The phone stays zipped in {their} pocket, and you both know why.]],
  go = "nunos_ticket",
}

scene "phone_refused" {
  [["I know you're sorry," {Name} says. "I can see you are." {They} sit{s} on the edge of the seat, {their} hand on the zipped pocket. "I came tonight to find out if I could sit across a table from you without checking my pockets. And now I'm checking my pockets."]],
  go = "nunos_ticket",
}

scene "nunos_ticket" {
  [[**6.31 pm.** {Name} lays a ticket on the table between the cups. "The Dunes, tonight, at the Pavilion. They announced it in November and I got two the morning they went on sale, for me and my sister. Bex has cried off. Lloyd's done his back again, and she says they sound like a washing machine full of shoes anyway." {They} put{s} it away. "Kit's on first. I'm only saying so you know where I'll be at nine. I'm not asking anything."]],
  [[Kit, who shares the railway arch with {them}, works nights on the desk at the Premier Inn and wants, more than anything on earth, to be a comedian.]],
  choice "Ask what Kit's set is about" {
    [["A sofa," says {Name}. "Carrying a sofa up a spiral staircase. It's eight minutes of sofa and two of his mum. He's been trying it out on the horses all week. The horses don't laugh either."]],
    go = "nunos_you", trust = "%+6", tags = { "listening", "friendship" }, effect = hear("listened"),
    note = "Taking an interest in the people in their life now shows you can stand near it without needing to be in the middle of it.",
  },
  choice "'I love the Dunes, me.'" {
    [[{Name} gives you a look that goes on a beat too long. "You said they sounded like a washing machine full of shoes," {they} say{s}. "That's where Bex got it. From you."]],
    go = "nunos_you", patience = "%-10", effect = hear("angled"),
    note = "Angling for an invitation they have just said they are not making puts them in the position of refusing you.",
  },
  choice "'Who gets the spare, then?'" {
    [["Nobody," {they} say{s}. "It's a ticket, not a rose."]],
    go = "nunos_you", respect = "%-8", effect = hear("fishing"),
    note = "Asking who a spare ticket is for is asking who they are seeing, in a coat that doesn't quite fit it.",
  },
}

scene "nunos_you" {
  [[**6.40 pm.** "Your turn," {Name} says. "I've done horses and Bex and Kit. What about you? What's it been like?" {They} ask{s} it carefully, the way you'd lift the lid on a pan that might boil over.]],
  function(s)
    if s.mended:has("read_my_phone") then
      return [[{Their} hand has come off the zipped pocket. You notice it, and you don't say so.]]
    elseif s.crossed:has("read_my_phone") then
      return [[{Their} hand is still on the zipped pocket.]]
    end
  end,
  choice "Tell {them} about August, and Dot, and the sea" {
    [[So you tell {them}. Cereal for tea for most of August. The Sunday in September when Dot marched you into the sea off the groyne and you came out swearing and, for ten whole minutes, not thinking about anything at all. You don't make it sound better than it was, and you don't ask {them} for anything with it. {Name} listens without looking away.]],
    go = turn, trust = "%+11", tags = { "honesty" }, effect = hear("honest"),
    note = "Saying how it really was for you, and asking nothing back for it, gives them honesty without a bill attached.",
  },
  choice "'Fine. Busy. Funland keeps me going.'" {
    [["Fine," you say. "Busy." {Name} nods as if {they}'d expected that, and looks out at the harbour, where there is nothing to look at.]],
    go = turn,
  },
  choice "'I've changed. I'm honestly not that person now.'" {
    [["Okay," {Name} says, in the voice people use for a weather forecast they don't believe.]],
    go = turn, patience = "%-10", effect = hear("said_youd_changed"),
    note = "Announcing that you have changed invites them to check; living it, for one evening, would have shown them.",
  },
}

-- ---------------------------------------------------------------- What they say when they go

-- Their reasons, in their words, from what they heard this hour.
local function reasons(s)
  local said = {}
  for _, word in ipairs(COLD_ORDER) do
    if s.heard:has(word) and #said < 2 then said[#said + 1] = WHY[word] end
  end
  for _, word in ipairs(WARM_ORDER) do
    if s.heard:has(word) then said[#said + 1] = WELL[word]; break end
  end
  if #said == 0 then
    return [["No," {Name} says. "Honestly. Nothing you said. I'm just done for tonight, the way you're done with a book for the night. Is that allowed?"]]
  end
  return [[{Name} thinks about it properly, which you did not expect. "]] .. table.concat(said, " ") .. [["]]
end

-- What they say about a line still crossed, when they go.
local function the_line(s)
  local c = s.crossed
  local function still(id) return c:has(id) and not s.mended:has(id) end
  if still("deadline") then
    return [["You gave me a clock," {they} say{s}. "At a bus stop. I'm not answering a clock."]]
  elseif still("kissed_my_head") then
    return [["The kiss," {they} say{s}. "In there. I leaned on you because I was tired. I can't lean on you if that's what leaning gets."]]
  elseif still("made_someone_up") then
    return [["Someone from the bingo," {they} say{s}, tiredly. "You wanted to see what my face would do. Well. That's what it did."]]
  elseif still("took_my_hands") then
    return [["It's the beach," {they} say{s}. "My hands. I said friends, and you took my hands like I'd said something else."]]
  elseif still("read_my_phone") then
    return [["It's the phone," {they} say{s}, before you can ask. "I know it's only a phone. It isn't only a phone."]]
  end
end

-- How they go, by the hour.
local function going(s)
  local h = s.hour
  if h == 1 then
    return [[**6.46 pm.** {Name} looks into {their} empty cup, and then at the clock over Nuno's hatch. "I'm going to get off," {they} say{s}. "I want to change before the Dunes."]]
  elseif h == 2 then
    return [[**7.15 pm.** "I'm going to head off," {Name} says, standing, winding {their} scarf twice round. "I want some food in me before the gig." {They} {do}n't say what {they}'ll do till then.]]
  elseif h == 3 then
    return [[**8.21 pm.** At the foot of the pier, under the Funland sign, {Name} stops. "I'm going to go in on my own," {they} say{s}. "Kit'll want me near the front, and I want to be—" {They} {do}n't finish. The ticket stays in {their} coat.]]
  elseif h == 4 then
    return [[**10.21 pm.** The crowd streams back along the pier towards the town. "Kit's walking me," {Name} says. "We're going to the Anchor first, with the drummer. It's been a long night." {They} {are} already half turned towards the crowd.]]
  elseif s.missed then
    return [[**10.51 pm.** {Name} crosses the road to the taxi rank and knocks on the window until the driver wakes. "Night, then," {they} say{s}, with the back door open and one foot in.]]
  end
  return [[**10.52 pm.** The 34 comes round the Clock Tower, lit up and nearly empty, and sighs down to the kerb. "Night, then," {Name} says, with one foot on the step.]]
end

scene "goes" {
  function(s)
    if visits("goes") == 1 then return going(s) end
  end,
  function(s)
    if visits("goes") == 1 and open(s) then return the_line(s) end
  end,
  function(s)
    if visits("goes") == 1 and not open(s) then
      local _, c = tally(s)
      if c == 0 then
        return [[Nothing is wrong, exactly. {They} {are} just done for tonight, and {they} say{s} so, and it is {their} evening too.]]
      end
    end
  end,
  function(s)
    if visits("goes") > 1 then return reasons(s) end
  end,
  choice "Say goodnight, and let {them} go" {
    go = "alone", patience = "%+8", tags = { "space" },
    note = "Letting someone end the evening when they choose, without a last bid for more, tells them the door opens from their side.",
  },
  choice "'Was it something I said?'" {
    id = "was-it-something-i-said",
    when = function(s) return not open(s) end,
    once = true, go = "goes",
    note = "Asking once, and taking the answer without arguing with it, is how you find out what they actually heard.",
  },
  choice "'I read Bex's message. I'm sorry, for that and for what I said after.'" {
    when = unanswered("read_my_phone"),
    go = decide("read_my_phone", 4, "goes_mended", "goes_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "An apology that comes late still has to name the thing; naming the cover story too is what makes it believable.",
  },
  choice "'I took your hands on the beach without asking. I'm sorry.'" {
    when = unanswered("took_my_hands"),
    go = decide("took_my_hands", 5, "goes_mended", "goes_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "Saying 'without asking' is the whole apology: it names the part that was wrong.",
  },
  choice "'There's nobody from the bingo. I made it up. I'm sorry.'" {
    when = unanswered("made_someone_up"),
    go = decide("made_someone_up", 4, "goes_mended", "goes_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "Taking back a jealousy game, out loud, is the only way to stop it working on them after you've gone.",
  },
  choice "'I kissed your head when you hadn't asked me to. I'm sorry.'" {
    when = unanswered("kissed_my_head"),
    go = decide("kissed_my_head", 5, "goes_mended", "goes_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "Touch they did not ask for is mended by naming it, not by explaining what it meant to you.",
  },
  choice "'There's no deadline. I'm sorry I gave you one.'" {
    when = unanswered("deadline"),
    go = decide("deadline", 5, "goes_mended", "goes_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "An ultimatum taken back plainly gives them their own time back, whatever they decide to do with it.",
  },
  choice "Buy a ticket on the door and go in anyway" {
    when = function(s) return s.hour == 3 end,
    go = "followed", respect = "%-30", trust = "%-15", tags = { "boundary" }, effect = cross("followed_me"),
    note = "A public gig is still their evening; following them into it after they said 'on my own' is turning up uninvited.",
  },
  choice "Wait for {them} at the Clock Tower stop" {
    when = function(s) return s.hour == 4 end,
    go = "waited", respect = "%-30", trust = "%-15", tags = { "boundary" }, effect = cross("waited_for_me"),
    note = "Waiting where you know they will have to pass is not a goodnight; it is a door they cannot choose not to open.",
  },
  choice "'I've waited since July for tonight.'" {
    when = function(s) return s.hour <= 2 end,
    go = "guilt", respect = "%-25", patience = "%-15", tags = { "boundary" }, effect = cross("guilt"),
    note = "Holding up what the waiting cost you turns an evening they gave freely into a debt.",
  },
  choice "'After tonight? After all of it?'" {
    go = "guilt", when = function(s) return s.hour == 5 end, respect = "%-25", patience = "%-15", tags = { "boundary" }, effect = cross("guilt"),
    note = "Holding up a good evening as a reason they owe you more turns everything good in it into an invoice.",
  },
}

scene "goes_mended" {
  [["Okay," {Name} says, after a while. "Thank you. I mean that. I'm still going, but I'm going with that, and not the other thing." {They} almost smile{s}. "It makes a difference, what you go home with."]],
  go = "alone",
}

scene "goes_refused" {
  [[{Name} listens to all of it. "I believe you," {they} say{s}. "I do. It's just that sorry is the end of it for you, and it's the start of it for me." {They} go{es}, and {do}n't look back, which is {their} right.]],
  go = "alone",
}

scene "followed" {
  [[**8.44 pm.** The woman on the Pavilion door sells you the last ticket from a roll, as if it were a raffle. Inside, you stand at the back by the radiator, behind four hundred parkas. Kit is already on, dying by inches under half a glitter ball.]],
  [[At the end of his set {Name} turns to clap, and sees you. {They} come{s} back through the crowd, and {their} face does not do anything at all. "I said I'd go in on my own," {they} say{s}. "I said it to your face, on the pier, twenty minutes ago." {Their} voice is low and very steady. "Is this what it's going to be? I say no to a thing, and you find another door into it?"]],
  choice "'You said it. I bought a ticket to get round it. I'm sorry. I'm going.'" {
    go = decide("followed_me", 5, "followed_mended", "followed_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "Leaving at once, having named exactly what you did, is the one part of a crossed line still in your hands.",
  },
  choice "'It's a public gig. I'm allowed to like the Dunes.'" {
    [["You are," {Name} says. "Enjoy them." {They} go{es} back to the front, and for the rest of the night {they} {do}n't turn round once, and you know, because you watch {them} not do it.]],
    go = "alone", trust = "%-10", effect = function(s) s.kept:add("stayed_at_gig") end,
    note = "A rule that technically allows what you did is not an answer to the person it was done to.",
  },
}

scene "followed_mended" {
  [[{Name} looks at you for a long moment while the Dunes tune up. "Go on, then," {they} say{s}. "And thank you for saying *get round it*. That's what it was." {They} go{es} back to the front. At the door you look back once, and {they} {are} laughing at something Kit has said, which is how it should be.]],
  go = "alone",
}

scene "followed_refused" {
  [["Go, then," {Name} says. "I'll still be looking over my shoulder all night. That's what it's done." {They} {do}n't raise {their} voice. {They} just turn{s} {their} back and go{es} to the front, and you go, and the band starts up behind you before you reach the door.]],
  go = "alone",
}

scene "waited" {
  [[**10.49 pm.** The Clock Tower stop smells of chips and diesel. You stand under the timetable and watch the front. You only want to say goodnight properly; that's what you tell yourself, the first ten minutes.]],
  [[{Name} comes along the front with Kit, still laughing at something, and sees you, and stops laughing. Kit takes in the pair of you, says, "Mate," very quietly, and goes to stand by the bin. "How long have you been stood here?" {Name} says. "I told you Kit was walking me. I told you."]],
  choice "'I shouldn't have waited for you. I'm sorry. I'm going home.'" {
    go = decide("waited_for_me", 5, "waited_mended", "waited_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "An apology made where you should not be ends with you walking away; that part is the proof.",
  },
  choice "'I just wanted to say goodnight properly.'" {
    [["You could have said goodnight on the pier," {Name} says. "That would have been the goodnight." The 34 comes round the Clock Tower, and {they} get{s} on it without another word, and Kit, who lives on the front, walks off home shaking his head.]],
    go = "alone", trust = "%-10",
    note = "A wish to say goodnight does not change what it is like to find someone waiting for you in the dark.",
  },
}

scene "waited_mended" {
  [["Yeah," {Name} says. "Go home." Then, as you turn: "Thank you for not making me say it twice." When you look back from the corner, {they} {are} sitting in the shelter with Kit, and Kit is doing the sofa bit again, with actions.]],
  go = "alone",
}

scene "waited_refused" {
  [["I know you are," {Name} says. {They} sit{s} at the far end of the shelter with Kit between you like a wall. "I'm going to be looking out for you at bus stops now. Do you see? That's what it's done." You go. Behind you the 34 comes round the Clock Tower, and you don't turn round to watch it.]],
  go = "alone",
}

scene "guilt" {
  function(s)
    if s.hour == 5 then
      return [["After all of it?" you say. "After the whole night?" You hear it as it comes out: the invoice, the tab opening. {Name} goes very still {missed: by the taxi | on the step}. "All of what?" {they} say{s}. "A good night? I didn't know I was paying for it."]]
    end
    return [["I've waited since July for tonight," you say, and then you can't stop: the weeks, the swimming, the spreadsheet you deleted for {them}. You can hear the list starting, the old tab opening. {Name} stands very still. "I didn't ask you to wait," {they} say{s}. "I asked you for a coffee."]]
  end,
  choice "'That wasn't fair. You don't owe me anything for tonight. I'm sorry.'" {
    go = decide("guilt", 5, "guilt_mended", "guilt_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "Taking back a guilt trip, and saying they owe you nothing, gives the evening back to the person who gave it.",
  },
  choice "'Well, it's true.'" {
    [["I know it's true," {Name} says. "That's why I can't do anything with it." {They} go{es}, and the not-looking-back is as clear as any door.]],
    go = "alone", patience = "%-10",
    note = "A true thing used as a lever is still a lever.",
  },
}

scene "guilt_mended" {
  [["Okay," {Name} says. "Thank you. I know it's been hard. I'm not made of wood." {They} go{es} anyway, because {they} {were} going anyway, but {they} touch{es} your arm on the way, briefly, which {they} {were} not going to do.]],
  go = "alone",
}

scene "guilt_refused" {
  [["I know you're sorry," {Name} says. "But you said it, and now I'll wonder what every coffee's costing me." {They} go{es}.]],
  go = "alone",
}

-- ---------------------------------------------------------------- Seven o'clock

scene "another" {
  function(s)
    if s.heard:has("honest") then
      return [["Cereal for tea," {they} say{s}, shaking {their} head. "For a month. You."]]
    end
  end,
  [[**6.46 pm.** {Name} looks into the bottom of {their} cup, and then at the harbour, where the lifeboat is being winched back into its house for the night. "I could do another," {they} say{s}. "If you could. Nuno's got the good beans out for the gig crowd."]],
  function(s)
    if s.heard:has("honest") then return nil end
    if taken("zora-cards") > 0 then
      return [[{They} {are} still smiling at something. You think it might be the dog that will look at {them} with respect.]]
    elseif s.heard:has("laughed") then
      return [[{They} {are} still smiling at something. You think it might be Nuno's tarts.]]
    end
  end,
  choice "'Go on, then. My round.'" {
    [[You go to the hatch. Nuno raises his eyebrows at you, a whole conversation's worth, and does not say a word of it.]],
    go = "july", effect = new_hour(2),
  },
  choice "'Another, and then I'll walk you to the Pavilion?'" {
    [["One coffee at a time," says {Name}, and gets up to order it {them}self.]],
    go = "july", patience = "%-10", effect = new_hour(2, "stretched_it"),
    note = "Reaching for the next step before this one is finished tells them you are already somewhere else in the evening.",
  },
  choice "'I'll let you get off. You've got the Dunes.'" {
    [["Oh," {Name} says. "Right. Yes." {They} put{s} the cup down, and {their} coat on, and {they} {are} gone along the harbour arm before you can tell whether you were being kind or only careful.]],
    go = "alone", patience = "%+6",
    effect = function(s) s.kept:add("you_ended_it") end,
    note = "Leaving while it is still good is kind, and it is also safe; it is worth knowing which of the two you were being.",
  },
}

scene "july" {
  [[**6.52 pm.** The second cup is better. Nuno really has got the good beans out.]],
  function(s)
    if s.kept:has("broke_rule") then
      return [["Since we're doing July anyway," {Name} says, not looking at you.]]
    end
    return [["I'm starting it," {Name} says. "July. You kept to the deal, so I'm starting it."]]
  end,
  [["It wasn't the spreadsheet. Well. It was the spreadsheet. There was a tab with my name on it: {Name}, Proper Job. With a date on it, for when I'd be on the council's design team with a pension. I found it the week the carousel came up." {They} look{s} at the table. "I hid my brushes in the boot of the car for a year so there wouldn't be a conversation about them. In my own car."]],
  choice "Say sorry for the tab with {their} name on it" {
    [["I'm sorry," you say. "For the tab with your name on it. For putting a date on your life without asking you. For you having to hide your brushes in your own car." You stop there. There is a reason on the end of your tongue, a good one, and you leave it there.]],
    go = "frog", trust = "%+17", tags = { "apology" },
    effect = function(s) s.heard:add("sorry_for_the_plan"); s.july = "sorry" end,
    note = "A specific apology, naming the thing and adding no reason, lets them put the hurt down instead of guarding it.",
  },
  choice "Ask what it was like, being on a tab" {
    [[{Name} takes a long time. "Like being a row," {they} say{s} at last. "A row in someone else's spreadsheet, that kept getting moved down. You never asked me what I wanted. You asked me when." {They} look{s} up. "Nobody's asked me what it was like. Not even Bex."]],
    go = "frog", trust = "%+11", respect = "%+8", patience = "%+6", tags = { "listening" },
    effect = function(s) s.heard:add("asked_her_side"); s.july = "asked" end,
    note = "Asking for their side of it, and letting it take as long as it takes, tells you which part is still sore.",
  },
  choice "Explain that you only ever wanted a future for you both" {
    [["I know you did," {Name} says. "That was the trouble. You wanted it for both of us."]],
    go = "frog", trust = "%-12",
    effect = function(s) s.heard:add("explained"); s.july = "explained" end,
    note = "A good reason offered too soon sounds like a defence, and a defence tells them their side is being argued with.",
  },
  choice "'You could have said, instead of Regatta night.'" {
    [[{Name}'s face goes still. "I did say. I said in March, in the car park at Gorringe's. I said in May. You put it on a tab called Issues." {They} breathe{s} out. "There was a tab called Issues."]],
    go = "frog", respect = "%-15", trust = "%-10",
    effect = function(s) s.heard:add("blamed"); s.july = "blamed" end,
    note = "Blaming them for how they left answers a question they didn't ask and skips the one they did.",
  },
}

scene "frog" {
  [[**7.08 pm.** "Practical question," {Name} says, in a different voice, the way people change the subject by changing chairs. "I'm looking at a flat. Above the bakery on Harbour Street, the one with the blue door. If I get it, I've got a bed and a kettle and nothing to sit on. Is the Frog still in your front room?"]],
  [[The Frog is a green corduroy sofa the two of you bought at Gorringe's auction rooms for forty pounds, the first winter. {Name} named it for the way it sits: squat, and pleased with itself.]],
  choice "'It's yours. Say when, and I'll borrow Nuno's van.'" {
    [["When I've got the keys," {they} say{s}. "If I get it." {They} look{s} surprised that it was that easy, and then a little annoyed to be surprised.]],
    go = turn, respect = "%+8", tags = { "friendship" }, effect = hear("looked_after"),
    note = "Giving up a shared thing without haggling shows, rather than says, that you are not keeping a tally.",
  },
  choice "'We paid half each, to be fair.'" {
    [["Twenty pounds," {Name} says. "I'll give you twenty pounds." And {they} would; you can see {them} getting ready to count it out on the table in coins.]],
    go = turn, patience = "%-10", effect = hear("claimed"),
    note = "Claiming your half of the furniture is a way of claiming a share in their new life.",
  },
  choice "'Come round tomorrow and have a look at it.'" {
    [["I know what it looks like," {they} say{s}. "I named it."]],
    go = turn, respect = "%-8", effect = hear("pushed_us"),
    note = "An invitation back to the old front room, however practical, asks them to walk into the past to collect their future.",
  },
}

scene "bex_rings" {
  [[**7.14 pm.** {Name}'s phone rings in {their} coat. Bex. {They} listen{s}, saying "okay" at intervals, each one a little lower than the last.]],
  [["Lloyd's back has gone completely. He's on the kitchen floor and he can't get up, and she can't shift him on her own, and the boys are doing a war round him." {They} {are} already standing, winding {their} scarf. "I've got to go. I'm sorry. I was—" {They} stop{s}. "I was having a nice time. That's annoying, isn't it."]],
  function(s)
    if s.july == "sorry" then
      return [["And thank you," {they} add{s}. "For the tab. For saying it like that. I'll be thinking about that in the taxi."]]
    elseif s.july == "asked" then
      return [["And thank you," {they} add{s}. "For asking what it was like. I'll be thinking about that in the taxi."]]
    end
  end,
  choice "'Go. I'll get Nuno to ring his cousin for a cab.'" {
    [[Nuno's cousin is there in four minutes, because Nuno's cousin is always there in four minutes. {Name} gets in the back and winds the window down. "Next Saturday," {they} say{s}. "Six. Here. I'll tell you if I got the flat."]],
    go = "alone", respect = "%+8", tags = { "friendship" },
    effect = function(s) s.kept:add("next_saturday") end,
    note = "When their life calls them away, helping them go is the most friendly thing you can do with an evening cut short.",
  },
  choice "'Can't Bex call an ambulance? Stay for one more.'" {
    [["For a back?" {Name} stares at you. "She needs a pair of hands, not an ambulance. She's my sister." {They} go{es} to find a cab {them}self, and {do}n't say anything about next Saturday, or any Saturday.]],
    go = "alone", patience = "%-20", respect = "%-10",
    effect = function(s) s.kept:add("argued") end,
    note = "Weighing their family's need against your evening tells them where they would come in your plans.",
  },
  choice "'Do you want me to come and help lift him?'" {
    [["God, no," says {Name}, and laughs for the first time since the phone rang. "Bex would rather lie down on the lino next to him. But thank you." When the cab comes {they} wind{s} the window down. "Next Saturday? Six. Here. I'll tell you if I got the flat."]],
    go = "alone", trust = "%+6",
    effect = function(s) s.kept:add("next_saturday") end,
    note = "Offering help and taking no for an answer, with good grace, is both halves of being useful.",
  },
}

scene "tide" {
  [[**7.16 pm.** Outside, the harbour arm shines wet under the lamps, but the rain has held off. {Name} checks the tide on {their} phone. "Low water's at half seven. You can walk right round the end of the Ness on the sand to the lighthouse. I haven't done it all winter." {They} wind{s} {their} scarf round twice. "Doors aren't till half eight. You coming?"]],
  function(s)
    if s.heard:has("asked_her_side") then
      return [[At the door {they} say{s}, out of nowhere, "You asked, though. About the tab. I keep thinking about that."]]
    elseif s.heard:has("sorry_for_the_plan") then
      return [[{They} say{s} it looking at you, which {they} {have}n't done much tonight.]]
    end
  end,
  choice "'I'm coming. I even brought a hat.'" {
    [[You produce it from your pocket. {Name} stares at it. "You never bring a hat," {they} say{s}.]],
    go = "ness", effect = new_hour(3),
  },
  choice "'Like every Sunday, remember?'" {
    [["Not like every Sunday," {Name} says. "Like tonight."]],
    go = "ness", patience = "%-12", effect = new_hour(3, "pushed_us"),
    note = "Steering a new walk back onto the old ones asks them to go on living in the past alongside you.",
  },
  choice "'You go. I'll only slow you down on the sand.'" {
    [["Oh," {Name} says. "Right." {They} stand{s} there a second longer than {they} need{s} to, and then {they} go{es} off along the harbour arm towards the Ness on {their} own, getting smaller under the lamps.]],
    go = "alone", patience = "%+6",
    effect = function(s) s.kept:add("you_ended_it") end,
    note = "Stepping back from an invitation is allowed; it is worth knowing whether it was for them or to keep yourself safe.",
  },
}

-- ---------------------------------------------------------------- Eight o'clock

scene "ness" {
  [[**7.31 pm.** The Ness is a mile of shingle running out into the sea with the lighthouse at the end of it, and at low water a strip of hard sand shows along its seaward side, ribbed and shining, that you can walk on all the way round. The beam goes over every ten seconds. Far out, the wind farm blinks red, as if it were thinking something over.]],
  [[{Name} walks on the wet edge where the sand is firmest, hands deep in {their} pockets. Halfway out, {they} start{s} talking about Colonel's face again, and then stop{s}. "What if I strip him back and there's nothing there? What if I paint him and he's just a horse?"]],
  choice "Ask what frightens {them} about it" {
    [["That everyone was right," {they} say{s}. "Everyone who thought I should take the council job. That I'll get to Easter with twenty-four horses and no Colonel." {They} kick{s} a razor shell. "I haven't said that to anyone. Not even Kit."]],
    go = function(s) s.rain = math.random(2) == 1; return "lighthouse" end,
    trust = "%+11", patience = "%+6", tags = { "listening" }, effect = hear("listened"),
    note = "Asking about a fear, instead of hurrying to fix it, treats them as the expert on their own life.",
  },
  choice "'You could still apply for the council job. As a back-up.'" {
    [[{Name} walks on for a bit. "There it is," {they} say{s}, quite gently. "Tab seven."]],
    go = function(s) s.rain = math.random(2) == 1; return "lighthouse" end,
    respect = "%-15", effect = hear("planned_for_me"),
    note = "A sensible back-up plan, offered for someone else's life, tells them the life they left is still waiting for them.",
  },
  choice "'You'll be brilliant. You always are.'" {
    [["Thanks," {they} say{s}, and the subject closes like a door in a draught.]],
    go = function(s) s.rain = math.random(2) == 1; return "lighthouse" end,
  },
}

scene "lighthouse" {
  function(s)
    if s.rain then
      return [[**7.52 pm.** The weather turns just as you reach the lighthouse. One minute the sky is clear; the next a squall comes in off the sea like a tray of gravel thrown in your faces, and you run for the lee of the old coastguard hut under the light and stand pressed against its wall with the water coming off your noses.]]
    end
    return [[**7.52 pm.** At the lighthouse you sit on the concrete apron with your backs against the tower. The sky has cleared right out, and the cold has come in behind it: the kind that finds the gap between your scarf and your collar.]]
  end,
  [[{Name} blows into {their} hands. {They} forgot gloves. {They} always forget{s} gloves, and {they} {are} shaking a little, and {they} {are} pretending not to be.]],
  function(s)
    if s.mended:has("read_my_phone") then
      return [["You know what I keep thinking about?" {they} say{s}, through {their} fingers. "Not that you read Bex's text. That you said you had. You could have lied, and I'd never have been able to prove it."]]
    end
  end,
  choice "Give {them} your gloves" {
    [[You hold them out. {They} hesitate{s}, then take{s} them and put{s} them on, and they are far too big, and {they} flap{s} the empty fingers at you like a walrus.]],
    go = turn, trust = "%+8", tags = { "friendship" },
    effect = function(s) s.heard:add("looked_after"); s.kept:add("gloves") end,
    note = "A small kindness handed over, with nothing asked for it, is a friend's kind of care.",
  },
  choice "Take {their} hands in yours to warm them" {
    [[You take both of {their} hands between yours and rub them, the way you always did on this beach. For a second {they} let{s} you. Then {they} take{s} them back, one and then the other, and tuck{s} them under {their} arms. "Don't," {they} say{s}. "Please don't."]],
    go = "hands", trust = "%-15", respect = "%-20", tags = { "boundary" }, effect = cross("took_my_hands"),
    note = "Touch that used to be easy has to be offered again, not taken; on a friends' walk, taking it crosses the line they drew.",
  },
  choice "'You never remember gloves.'" {
    [["And you always said so," {Name} says. {They} tuck{s} {their} hands up {their} sleeves and look{s} at the sea instead of at you.]],
    go = turn, patience = "%-8", effect = hear("told_me_off"),
    note = "An old teasing line can carry an old job with it: keeping them in order.",
  },
}

scene "hands" {
  [[The beam goes over you both, and over, and over. {Name} has moved a step further away than {they} {were} a minute ago, and the step is the whole of the conversation.]],
  [["I said friends," {they} say{s}. "I meant it with my whole chest. I need to be able to be cold on a beach with you without it being an opening."]],
  choice "'I took your hands without asking. I'm sorry. It won't happen again.'" {
    go = decide("took_my_hands", 6, "hands_mended", "hands_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "Saying 'without asking' names exactly what was wrong; that is what makes an apology for touch believable.",
  },
  choice "'They were freezing. I was only warming them up.'" {
    [["I know what you were doing," {Name} says, and starts back along the sand ahead of you.]],
    go = turn, trust = "%-10",
    note = "Explaining the kindness you meant talks over the line you crossed.",
  },
  choice "Put your hands in your own pockets and say nothing" {
    [[You put your hands in your pockets. Neither of you says anything. The beam goes over, and over.]],
    go = turn,
  },
}

scene "hands_mended" {
  [[{Name} looks at you for a while with the light going over. "Okay," {they} say{s}. "Thank you for saying it like that. With the *without asking* in." {They} hold{s} out a hand, palm up, and you look at it. "Gloves," {they} say{s}. "Give us your gloves, then."]],
  go = function(s) s.kept:add("gloves"); return turn(s) end,
}

scene "hands_refused" {
  [["I believe you," {Name} says. "I do. I just—" {They} {are} quiet for a moment. "I'd like to walk back now. On my own bit of sand."]],
  go = turn,
}

scene "spare" {
  function(s)
    if s.rain then
      return [[**8.20 pm.** You walk back round the Ness soaked to the knees, the squall gone over as fast as it came, towards the lights of the pier. Halfway, {Name} stops, and takes the ticket out of {their} coat again. It has survived, just.]]
    end
    return [[**8.20 pm.** You walk back round the Ness on the shining sand, towards the lights of the pier. Halfway, {Name} stops, and takes the ticket out of {their} coat again.]]
  end,
  [["Bex's," {they} say{s}. "It's going spare. Kit's on at twenty to nine and I need somebody to laugh in the right places, because I'll be too nervous to." {They} hold{s} it out. "As friends. Don't go making it into a rose."]],
  function(s)
    if s.mended:has("took_my_hands") then
      return [["Hands in pockets," {they} add{s}, "and you can have it." {They} {are} only half joking.]]
    elseif s.kept:has("gloves") then
      return [[{They} {are} holding it out in your glove.]]
    end
  end,
  choice "'As friends. I'll laugh in the right places.'" {
    go = "pavilion", effect = new_hour(4),
  },
  choice "'So is this a date?'" {
    [["It's a ticket," {Name} says. "I literally just said."]],
    go = "pavilion", patience = "%-12", effect = new_hour(4, "pushed_us"),
    note = "Asking whether it is a date makes them defend the word they chose, again.",
  },
  choice "'Take someone who likes the Dunes. I'd only spoil it.'" {
    [["Oh," {they} say{s}. "Right. Fair enough." {They} put{s} the ticket back in {their} pocket, slowly, and at the foot of the pier {they} go{es} through the gate with the crowd, and you walk home along the front on your own.]],
    go = "alone", patience = "%+6",
    effect = function(s) s.kept:add("you_ended_it") end,
    note = "Turning down an invitation is allowed; it is worth knowing whether you did it for them or to keep yourself safe.",
  },
}

-- ---------------------------------------------------------------- Nine o'clock

scene "pavilion" {
  [[**8.34 pm.** The gate beyond Funland is open for the first time since October. You walk the quarter-mile of pier in the dark with four hundred people in parkas, the sea loud under the planks, and behind you, in the Funland window, Madame Zora's red eyes watch you go.]],
  [[The Pavilion smells of damp velvet, and the glitter ball has lost half its mirrors. At twenty to nine Kit walks on in his Premier Inn fleece, knocks the mic stand over, picks it up, and starts the sofa. For three whole minutes nobody laughs at anything. {Name} has hold of your sleeve, and {they} {do}n't seem to know it.]],
  choice "Laugh first, and loudest" {
    [[You laugh at the next line whether it is funny or not, a big daft bark of a laugh. The man in front turns round. Then someone at the back laughs at you laughing, and then the room goes. Kit finds his feet. By the spiral staircase the sofa bit is killing. {Name} lets go of your sleeve to clap.]],
    go = "interval", trust = "%+8", tags = { "friendship" }, effect = hear("cheered"), achieve = "laughed-first",
    note = "Backing the people they love, loudly, when it costs you nothing but your dignity, is friendship at its plainest.",
  },
  choice "Slip out to the bar till he's done" {
    [[You spend Kit's set at the bar, reading the list of cocktails nobody has ordered since 1994. When you come back {Name} has {their} arms folded. "He rallied," {they} say{s}. "You missed it."]],
    go = "interval", effect = hear("went_to_the_bar"),
  },
  choice "Whisper: 'Our first date was in here.'" {
    [["I know where our first date was," {Name} whispers back, not taking {their} eyes off Kit.]],
    go = "interval", patience = "%-12", effect = hear("pushed_us"),
    note = "A memory whispered in the dark to make a point turns a night out into a test of what they remember.",
  },
}

scene "interval" {
  [[**9.20 pm.** In the interval you queue at the bar behind a man carrying six pints in a cardboard tray like a baby. {Name} leans on the rail. "Confession," {they} say{s}. "I went on a date. Last Friday. A baker called Jules, from Harbour Street." {They} pull{s} a face. "Jules brought a pedometer. Checked it twice during the starter."]],
  [[You have not been on a date since July. You have been to Dot's for Sunday dinner twice, and to the Blue Tits' Christmas swim, where you won a tin of travel sweets.]],
  choice "'Twice? During the starter?' Ask for all of it" {
    [[{They} tell{s} you all of it: the pedometer, the step count read out over the soup, the walk afterwards that was clearly for the numbers. You laugh until the man with the pints asks what's so funny, and {Name} tells him too.]],
    go = "song", trust = "%+8", respect = "%+8", tags = { "friendship" }, effect = hear("laughed"),
    note = "Hearing about their dates the way a friend would, with interest and without a wince, shows the friendship is not a waiting room.",
  },
  choice "'Good for you,' and go quiet" {
    [["Right," says {Name}, after a bit. "Okay." {They} watch{es} the stage for the rest of the interval, though there is nothing on it but a roadie and a roll of tape.]],
    go = "song", trust = "%-10", effect = hear("sulked"),
    note = "A sulk is a message too, and it tells them the friendship came with conditions.",
  },
  choice "'I've been seeing someone as well, as it goes.'" {
    [[You hear yourself say it. {Name}'s face does something quick, and then nothing at all. "Oh," {they} say{s}. "Good. That's— good. Who?"]],
    [["Someone from the bingo," you say, because the bingo is the first thing you can see, lit up across the front through the Pavilion window. {Name} nods, and does not take your sleeve again.]],
    go = "made_up", respect = "%-20", trust = "%-15", tags = { "boundary" }, effect = cross("made_someone_up"),
    note = "A rival invented to see their face is a jealousy game, and games with someone's feelings are paid for in trust.",
  },
}

scene "made_up" {
  [[The bell goes for the second half. {Name} picks up {their} drink and looks at it, not at you. "Funny," {they} say{s}. "I told you about Jules because it was a laugh. I think you told me about the bingo to see what my face would do."]],
  choice "'There isn't anyone. I made it up to see your face. I'm sorry.'" {
    go = decide("made_someone_up", 5, "made_up_mended", "made_up_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "Owning a jealousy game by its name, straight away, stops it working on them after the lights go down.",
  },
  choice "'Her name's Carla. She calls the numbers.'" {
    [["Lovely," says {Name}, and goes in to the second half a step ahead of you.]],
    go = "song", trust = "%-15",
    note = "Keeping a lie going to save face makes it a second lie, and they can usually count.",
  },
  choice "Let the band start, and say nothing" {
    [[The lights go down. The band starts. Whatever it was stays where you left it.]],
    go = "song",
  },
}

scene "made_up_mended" {
  [[{Name} lets out a breath that might be a laugh. "You absolute— okay. Okay. Thank you for un-saying it." {They} shake{s} {their} head. "The bingo. Honestly." {They} go{es} in to the second half beside you, not ahead.]],
  go = "song",
}

scene "made_up_refused" {
  [["Right," says {Name}. "Thanks for telling me." {They} {are} polite about it, which is worse than anything {they} could have said. The lights go down.]],
  go = "song",
}

scene "song" {
  [[**10.04 pm.** The Dunes are older and slower and louder than they were. For the encore the singer says, "This one's for anyone who ever got off at the wrong stop," and they play "Lighthouse Keeper", which was on in the car the night you drove {Name} home from your first date, three times in a row, because neither of you would be the one to reach for the dial.]],
  [[Halfway through the second verse, {Name} leans {their} head on your shoulder. Just leans it there, tired, the way you'd lean on a wall at the end of a long day.]],
  function(s)
    if s.mended:has("made_someone_up") then
      return [[The bingo is still somewhere in the room. {They} let it go, and {they} {are} leaning on you anyway.]]
    end
  end,
  choice "Stand still till the song ends" {
    [[You stand still. Four hundred people sing the chorus, badly and all at once, and {Name} stays where {they} {are} until the last note, and then straightens up and says, "Well," and nothing after it.]],
    go = turn, respect = "%+11", patience = "%+8", tags = { "space" }, effect = hear("let_it_be"),
    note = "Some moments want room; standing quietly beside someone lets them have an old song without being asked what it means.",
  },
  choice "Kiss the top of {their} head" {
    [[You turn your face and kiss the top of {their} head, in the parting, where you always did. {Name} straightens at once, as if something has stung {them}.]],
    go = "kissed", trust = "%-15", respect = "%-20", tags = { "boundary" }, effect = cross("kissed_my_head"),
    note = "A head on your shoulder is not a question; a kiss given in answer to it is touch they did not ask for.",
  },
  choice "'They're playing our song.'" {
    [[{Name} lifts {their} head off your shoulder. "It's not ours," {they} say{s}. "It's theirs. They wrote it."]],
    go = turn, patience = "%-12", respect = "%-8", effect = hear("pushed_us"),
    note = "Calling a song 'ours' after the 'us' has ended asks them to grieve on cue, in a crowd.",
  },
  choice "Sing every word, badly, until {they} laugh{s}" {
    [[You sing it. You have never been able to sing. {Name} lifts {their} head to stare at you, and then {they} {are} laughing, and then {they} {are} singing too, worse, and the song is a different song by the end of it: one from tonight.]],
    go = turn, trust = "%+8", patience = "%+6", tags = { "memories" }, effect = hear("laughed"),
    note = "Meeting an old song with a new, daft moment lets it belong to now, and not only to then.",
  },
}

scene "kissed" {
  [["Don't," {they} say{s}, and {they} say{s} it quietly, because four hundred people are singing. "I leaned on you because I'm tired and it's a sad song. It wasn't a door." {They} fold{s} {their} arms and watch{es} the band, with a clear foot of air between your shoulder and {theirs}, and the song you used to have goes on without either of you.]],
  choice "'I'm sorry. You leaned on me and I took it for more. I shouldn't have.'" {
    go = decide("kissed_my_head", 6, "kissed_mended", "kissed_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "Saying what you took a gesture for, and that you were wrong to, is an apology they can check against what happened.",
  },
  choice "'It was only a kiss on the head.'" {
    [["I know what it was," {Name} says, and doesn't look round.]],
    go = turn, trust = "%-10",
    note = "Making a crossed line small in words does not make it small for the person it crossed.",
  },
  choice "Say nothing, and let the song finish" {
    [[The song finishes. The lights come up on the glitter ball and its missing mirrors.]],
    go = turn,
  },
}

scene "kissed_mended" {
  [[{Name} doesn't look at you, but {they} nod{s}, once, in time with the drum. When the lights come up {they} say{s}, "Thank you for saying *took it for more*. That's exactly what it was." {They} {do}n't lean on you again. {They} {do}n't move away, either.]],
  go = turn,
}

scene "kissed_refused" {
  [["I know," {Name} says. The song finishes. The lights come up on the glitter ball and its missing mirrors, and {they} {are} already putting {their} coat on.]],
  go = turn,
}

-- ---------------------------------------------------------------- Ten o'clock

scene "walk_me" {
  [[**10.21 pm.** The crowd streams back along the pier towards the town. Kit goes past in his fleece, carried on a tide of the drummer's friends towards the Anchor, and shouts, "Was I good? Don't answer that," over his shoulder.]],
  [[{Name} checks {their} phone. "Last 34 is eight minutes to eleven, from the Clock Tower." {They} look{s} at you sideways. "Walk me?"]],
  function(s)
    if s.mended:has("kissed_my_head") then
      return [["Hands in pockets," {they} add{s}. "Heads to yourself."]]
    elseif s.heard:has("cheered") then
      return [["Kit says you're the best audience he's ever had," {they} add{s}. "Kit says you can come again."]]
    end
  end,
  choice "'Course.'" {
    go = function(s) s.missed = math.random(4) == 1; return "front" end,
    effect = new_hour(5),
  },
  choice "'Come to the Anchor with Kit first. Get a taxi later.'" {
    [["No," {Name} says. "Bus. I've got the boys in the morning; Bex has got Lloyd."]],
    go = function(s) s.missed = math.random(4) == 1; return "front" end,
    patience = "%-10", effect = new_hour(5, "stretched_it"),
    note = "Stretching the night past the end they named tells them their plans are a starting offer.",
  },
  choice "'Kit'll want you at the Anchor. Go on. It's been a good one.'" {
    [["Oh," says {Name}. "Yeah. Okay." {They} look{s} at you a moment longer, then go{es} after Kit into the crowd, and you walk back along the pier on your own.]],
    go = "alone", patience = "%+6",
    effect = function(s) s.kept:add("you_ended_it") end,
    note = "Ending a good night on a high is a kind of care; it can also be a way of not finding out what comes next.",
  },
}

scene "front" {
  [[**10.30 pm.** Back along the pier, past Funland, shut up and dark except for Madame Zora in her glass booth, lit up and red-eyed and hopeful. "You left her on," {Name} says. "You always leave her on."]],
  [[Then the front: the shelters, the padlocked beach huts, the ice-cream kiosk boarded up with SEE YOU AT EASTER! across the boards in {Name}'s own lettering, from the summer before last. A gull is asleep on the exclamation mark.]],
  function(s)
    if s.kept:has("gloves") then
      return [[{They} {are} still wearing your gloves. {They} seem{s} to have forgotten they are yours.]]
    end
  end,
  [["I nearly didn't come tonight," {Name} says, out of nowhere, by the kiosk. "I had my coat on and off three times."]],
  choice "Ask what nearly stopped {them}" {
    [["Being back in the same place," {they} say{s}. "Finding I'd never left. I've only just got to where I like who I am at Bex's, with her boys and the horses and Kit. I didn't want to fit back into anything." {They} look{s} at you. "I don't, by the way. Fit back. I checked."]],
    go = "clock_tower", trust = "%+8", tags = { "listening" }, effect = hear("listened"),
    note = "Asking what nearly kept them away, and hearing the answer out, shows you care what tonight cost them as well as what it gave you.",
  },
  choice "'I'm glad you did.'" {
    [["Yeah," {they} say{s}. "Me too. So far."]],
    go = "clock_tower",
  },
  choice "'I knew you'd come.'" {
    [[{Name} stops walking. "Did you," {they} say{s}. It isn't a question.]],
    go = "clock_tower", respect = "%-10", effect = hear("sure_of_me"),
    note = "Being sure of someone else's mind is the old plan in a new coat.",
  },
}

scene "clock_tower" {
  function(s)
    if s.missed then
      return [[**10.44 pm.** The Clock Tower, and the bus shelter beside it. The timetable behind the scratched plastic is last year's. The new one, taped inside the glass, says the last 34 went at 10.40. You watched its lights go up Marine Parade from the pier, and didn't know. Across the road, at the taxi rank, one car sits with its engine running and its driver asleep.]]
    end
    return [[**10.44 pm.** The Clock Tower, and the bus shelter beside it, and the timetable behind its scratched plastic. Eight minutes.]]
  end,
  [[The question that has been sitting in your chest since six o'clock gets to the top of it and stays there.]],
  choice "Tell {them} you still love {them}" {
    [["I still love you," you say. "I'm not asking you for anything with it. I just didn't want the night to end without you knowing." Then you stop, which is the hard part.]],
    go = last_turn, trust = "%+11", tags = { "honesty" }, effect = hear("honest"),
    note = "Saying what you feel without a request attached leaves them free to do nothing with it, which is what makes it safe to hear.",
  },
  choice "Ask if {they}'d ever want to try again" {
    [["Would you ever want to try again?" you say. "Not tonight. Ever. You can say no. I'd rather have a no than a yes I leaned on."]],
    go = last_turn, respect = "%+8",
    note = "Asking the big question once, plainly, and meaning the no, is the only fair way to ask it.",
  },
  choice "'{missed: I need to know tonight. | I need to know tonight. Before that bus.}'" {
    [[It comes out harder than you meant it to. "I can't spend the rest of the winter wondering," you say. "I need to know tonight." {Name} takes a step back, into the shelter, as if out of the rain.]],
    go = "deadline", patience = "%-25", respect = "%-15", tags = { "boundary" }, effect = cross("deadline"),
    note = "Putting a time limit on their answer makes the question a demand, and the quickest answer to a demand is whatever gets them away from it.",
  },
  choice "Say nothing, and read the timetable with {them}" {
    [[You read the timetable together as if it were interesting. Neither of you says the thing. It stands in the shelter with you, like a third person waiting for the 34.]],
    go = last_turn, patience = "%+8",
    note = "Leaving the big question unasked for one more night is a choice too; it lets them decide whether it gets asked at all.",
  },
}

scene "deadline" {
  [["Tonight," {Name} says. {They} look{s} at the timetable{missed: , at the bus that has already gone | , at the minutes left on it}, and you watch {them} do the sum: what {they} could say, and how fast, that would get {them} away from here without a scene. "That's not a question," {they} say{s}. "That's a clock."]],
  choice "'Forget tonight. There's no clock. I'm sorry I put one on you.'" {
    go = decide("deadline", 6, "deadline_mended", "deadline_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "An ultimatum taken back, in plain words, returns their own time to them.",
  },
  choice "'I mean it. I can't keep doing this.'" {
    [[{Name} looks at you for a long time. {They} {do}n't answer. That is the answer.]],
    go = last_turn, patience = "%-15",
    note = "Insisting on a deadline tells them the question was never really a question.",
  },
  choice "Say nothing, and wait for {their} answer" {
    go = last_turn,
  },
}

scene "deadline_mended" {
  [["Okay," {Name} says, after a while. "Okay. Thank you for taking it back. I'd have said no, you know. Just to get away." {They} sit{s} down on the narrow red bench in the shelter. You sit at the other end of it. Neither of you asks anything for a while.]],
  go = last_turn,
}

scene "deadline_refused" {
  [["I know you're sorry," {they} say{s}. "But you said it, and I heard it, and now anything I say tonight is an answer to it." {They} look{s} up the road for headlights.]],
  go = last_turn,
}

-- ---------------------------------------------------------------- The bus

-- What the other person carries from the evening, in their words, at the end.
local function carried(s)
  local bits = {}
  if s.july == "sorry" then
    bits[#bits + 1] = [[You said sorry for the tab, and you didn't put a *but* on the end of it.]]
  elseif s.july == "asked" then
    bits[#bits + 1] = [[You asked me what it was like. On a tab.]]
  end
  if s.kept:has("broke_rule") then
    bits[#bits + 1] = [[Even after you went for July in the first four minutes.]]
  else
    bits[#bits + 1] = [[And you kept to the deal. I gave you a rule and you kept it.]]
  end
  if s.mended:has("read_my_phone") then
    bits[#bits + 1] = [[And you told me about the phone.]]
  end
  if s.mended:has("took_my_hands") then
    bits[#bits + 1] = [[And on the beach you said *without asking*.]]
  end
  if s.mended:has("made_someone_up") then
    bits[#bits + 1] = [[And you un-said the bingo.]]
  end
  if s.mended:has("kissed_my_head") then
    bits[#bits + 1] = [[And in there, you said what you'd taken it for.]]
  end
  return table.concat(bits, " ")
end

scene "ring_me" {
  function(s)
    if s.missed then
      return [[**10.51 pm.** {Name} looks across the road at the taxi, with its sleeping driver, and then at the dark line of the cliff path going up beyond the last of the street lights towards Kingsgate. Three miles.]]
    end
    return [[**10.52 pm.** The 34 comes round the Clock Tower, lit up and nearly empty, and sighs down to the kerb. {Name} gets on, and pays, and then turns round on the step, with the doors still open.]]
  end,
  function(s) return [["]] .. carried(s) .. [["]] end,
  function(s)
    if s.missed then
      return [["Walk me," {they} say{s}. "The cliff path. It's three miles and you'll moan the whole way. And then ring me tomorrow. Not as a friend." {They} think{s} about it. "Well. As a friend as well."]]
    end
    return [["Ring me tomorrow," {they} say{s}. "Not as a friend." {They} think{s} about it. "Well. As a friend as well. After ten; I've got Bex's boys till then."]]
  end,
  choice "'{missed: I'll moan the whole way. | After ten.}'" {
    go = function(s) if s.missed then return "long_way_lead" end return "last_bus_lead" end,
    trust = "%+11", patience = "%+8", tags = { "space" },
    note = "Taking the step they offered, exactly as they offered it, shows them you can be trusted with a small yes.",
  },
  choice "'And Sunday lunch? And next Saturday? We could—'" {
    [[You hear it as it comes out, the old machine starting up: dates, times, a column for each. {Name} laughs, but only partly.]],
    go = function(s)
      if math.random(2) == 1 then
        s.kept:add("pushed_at_door")
        if s.missed then return "long_way_lead" end
        return "last_bus_lead"
      end
      s.kept:add("planned_again")
      return "just_tonight"
    end,
    respect = "%-15",
    note = "Reaching for a timetable on the night of the first yes tells them the plan is still in charge.",
  },
  choice "Kiss {them} before {they} can go" {
    [[You lean in. {Name} turns {their} face, so that it lands on {their} cheek, and stands back. "Ask," {they} say{s}. "Next time. Ask me." {Their} voice is not angry. It is very careful, which is worse. {missed: The taxi door shuts. | The doors fold shut.} {They} sit{s} on the far side and {do}n't lift a hand.]],
    go = "alone", trust = "%-20", respect = "%-20", tags = { "boundary" }, effect = cross("kissed_at_the_door"),
    note = "An offer to ring tomorrow is not an offer of a kiss; taking one that was not offered crosses the line on the night it was redrawn.",
  },
}

scene "just_tonight" {
  function(s)
    if s.kept:has("planned_again") then
      return [["Actually," {Name} says. "Let's not. Let's just leave it at tonight. I don't want a timetable. I've had a timetable."]]
    elseif s.missed then
      return [[**10.51 pm.** {Name} looks across the road at the taxi with its sleeping driver, and sighs, and smiles. "Well. That's the universe telling me to get a cab."]]
    end
    return [[**10.52 pm.** The 34 comes round the Clock Tower, lit up and nearly empty, and sighs down to the kerb. {Name} gets on, and pays, and then turns round on the step, with the doors still open.]]
  end,
  function(s)
    if s.kept:has("planned_again") then return nil end
    if s.heard:has("honest") then
      return [["You said it. I heard it. I'm not going to say it back, and I'm not going to pretend I didn't hear it, either."]]
    end
  end,
  function(s)
    if s.kept:has("planned_again") then return nil end
    return [["I've had a really good night," {they} say{s}. "I mean that. I don't want it to be the start of anything. Can it just be a good night?"]]
  end,
  function(s)
    if s.kept:has("planned_again") or s.heard:has("honest") then return nil end
    return [["You're good company again," {they} add{s}. "I didn't think you would be. That's a lot for one night."]]
  end,
  choice "'{kept has planned_again: All right. Just tonight. | It can.} Get home safe.'" {
    [[{missed: You knock on the taxi window for {them}, and the driver wakes with a snort. {Name} gets in the back and lifts a hand as the cab pulls away up Marine Parade. | The doors fold shut. {Name} sits on the far side, by the window, and lifts a hand as the 34 pulls away up Marine Parade.} You lift one back.]],
    go = "alone", patience = "%+11", respect = "%+11", tags = { "space" },
    note = "Taking a kind no as kindly as it was given is the last good thing you can do for an evening, and the hardest.",
  },
  choice "'Can I ring you anyway? As a friend?'" {
    [["Give it a week," {Name} says. "Then yes. As a friend." {They} mean{s} it; you can tell, because {they} say{s} it without looking away. Then {missed: the taxi | the bus} takes {them} off up Marine Parade.]],
    go = "alone", trust = "%+6", tags = { "friendship" },
    effect = function(s) s.kept:add("in_a_week") end,
    note = "Asking whether the friendship can stay, and taking their timing for it, keeps the best of the evening without bargaining.",
  },
  choice "'After tonight? After all of it?'" {
    go = "guilt", respect = "%-25", patience = "%-15", tags = { "boundary" }, effect = cross("guilt"),
    note = "Holding up a good evening as a reason they owe you more turns everything good in it into an invoice.",
  },
}

-- ---------------------------------------------------------------- Alone

scene "alone" {
  function(s)
    local h = s.hour
    if h == 1 then return [[**6.55 pm.** You walk home the long way, along the front.]] end
    if h == 2 then return [[**7.25 pm.** You walk home the long way, along the front, past the padlocked beach huts.]] end
    if s.kept:has("stayed_at_gig") then return [[**10.25 pm.** You walk back along the pier after the encore in the middle of four hundred people, on your own, and home along the front.]] end
    if h == 3 then return [[**8.50 pm.** You walk home along the front with the Pavilion lit up behind you at the end of the pier, and the band, faintly, coming over the water.]] end
    if s.crossed:has("waited_for_me") then return [[**10.55 pm.** You walk home along the front. The pier lights are going off behind you, a section at a time.]] end
    if h == 4 then return [[**10.40 pm.** You walk home along the front. The pier lights go off behind you, a section at a time.]] end
    return [[**11.05 pm.** You walk home along the front. The pier is dark now, all of it, except for Madame Zora's eyes in the Funland window.]]
  end,
  [[You let yourself in. {seen frog: The Frog | The Frog, the green corduroy sofa the two of you bought at Gorringe's for forty pounds,} is in the front room, squat and pleased with itself, with the dip in the left-hand cushion where {Name} used to sit.]],
  function(s)
    if s.kept:has("dot_has_phone") then
      return [[Your phone is in Dot's drawer, under the change kiosk, among the foreign coins. Dot lives above the kiosk. Her light is still on.]]
    end
    return [[Your phone is in your hand before your coat is off.]]
  end,
  choice "Send one line: 'Thanks for tonight. Get home safe.'" {
    when = function(s) return not s.kept:has("dot_has_phone") end,
    [[You send it, and put the phone face down on the arm of the Frog, and leave it there.]],
    go = last_scene, patience = "%+6",
    note = "One short message that asks for nothing, and then a phone left alone, is a goodnight they can answer or not.",
  },
  choice "Write {them} everything you didn't get to say" {
    when = function(s) return not s.kept:has("dot_has_phone") end,
    [[You write it all. It takes till half eleven and it is very long, and when it says Delivered and not Read you write a shorter one to explain the long one, and at ten to twelve a third, to say sorry for the first two, and at midnight a fourth, which just says *are you awake*.]],
    go = last_scene, patience = "%-30", respect = "%-25", tags = { "boundary" },
    effect = function(s) s.crossed:add("flood") end,
    note = "Four messages to someone asleep is a flood, however much each one means; it asks them to wake up to your night.",
  },
  choice "'What I said before you went was unfair. I'm sorry.'" {
    when = function(s)
      return not s.kept:has("dot_has_phone") and unanswered("guilt")(s)
    end,
    [[You send it, and nothing else.]],
    go = decide("guilt", 4, "last_scene_mended", "last_scene_refused"), respect = "%+8", tags = { "repair", "apology" },
    note = "A late apology, sent once and left alone, names the thing and asks nothing more.",
  },
  choice "Go and knock on Dot's door for your phone" {
    when = function(s) return s.kept:has("dot_has_phone") end,
    [[Dot opens her window over the kiosk in a hairnet. "No," she says, before you have said anything. "Seven o'clock. Groyne. Towel." The window shuts.]],
    go = last_scene,
  },
  choice "{kept has dot_has_phone: Leave it in Dot's drawer till the morning | Leave it till the morning}" {
    [[You leave it. You put the kettle on instead, and sit on the Frog with your tea, and the house is very quiet, and you let it be quiet.]],
    go = last_scene, patience = "%+8", tags = { "space" },
    note = "The first night after is where the urge to reach out is loudest; sitting through it is a kind of care for both of you.",
  },
}

scene "last_scene_mended" {
  [[At twenty past eleven your phone lights up. "Thank you. It was a good night, mostly. Night."]],
  go = last_scene,
}

scene "last_scene_refused" {
  [[Your phone stays dark. At half past eleven it says Read, and that is all.]],
  go = last_scene,
}

-- ---------------------------------------------------------------- Endings

-- A line the other person mended, remembered in an ending.
local function mended_line(s)
  local m = s.mended
  if m:has("read_my_phone") then return [[You read {their} phone and said so.]] end
  if m:has("took_my_hands") then return [[You took {their} hands on the Ness, and named it without being asked to.]] end
  if m:has("made_someone_up") then return [[You made someone up at the bar, and then owned that you had.]] end
  if m:has("kissed_my_head") then return [[You kissed {their} head in the Pavilion and said what you had taken it for.]] end
  if m:has("deadline") then return [[You put a clock on {them} at the bus stop, and took it off again.]] end
  if m:has("followed_me") then return [[You followed {them} into the Pavilion, and then walked out of it.]] end
  if m:has("waited_for_me") then return [[You waited at the bus stop, and then went home.]] end
  if m:has("guilt") then return [[You made {them} pay for the evening, and then you took the bill back.]] end
end


-- Said once, after a line mended: part of the night's last scene.
local function mended_too(s)
  local line = mended_line(s)
  if line then return line .. [[ That is part of tonight too, and {they} let it be mended.]] end
end

scene "last_bus_lead" {
  [[The doors fold shut. The 34 pulls away up Marine Parade, and {Name} doesn't look out of the window, because {they} {are} bent over {their} phone, typing.]],
  function(s)
    if s.kept:has("dot_has_phone") then
      return [[Whatever it says, it is going into Dot's drawer, among the foreign coins. You walk home along the front not knowing, and find you can stand it. On the way you let yourself into Funland and switch Madame Zora off at the wall. Her eyes go out. You say goodnight to her anyway.]]
    end
    return [[Your phone buzzes in your pocket: "After ten. I mean it." You walk home along the front. On the way you let yourself into Funland and switch Madame Zora off at the wall. Her eyes go out. You say goodnight to her anyway.]]
  end,
  mended_too,
  page_break,
  go = "last_bus",
}

ending "last_bus" {
  title = "The Last Bus",
  kind = "reconciled",
  function(s)
    if s.kept:has("dot_has_phone") then
      return [[**Sunday, 7.04 am.** At the groyne Dot hands you your phone in a bread bag: "After ten. I mean it," and a photo of Colonel's new eye, the paint still wet. Dot says "Hm," and walks into the sea.]]
    end
    return [[**Sunday, 8.02 am.** A photo: Colonel's new eye, the paint still wet. Underneath, "Morning. Still after ten, though."]]
  end,
  reflection = [[You let {Name} start July, {july == sorry: said sorry without a but, | asked what the tab was like,} and took each hour only when {they} offered it{kept has pushed_at_door: , bar one reach for Sunday lunch | }. That is what a yes sounds like from someone free to say no.]],
}

scene "long_way_lead" {
  [[You walk {them} home the long way: up the cliff path past the last street light, with the lighthouse beam going over behind you and the sea loud and invisible below. You moan the whole way, as promised. {Name} laughs at you the whole way, which was the point.]],
  [[At the gate of Bex's house in Kingsgate, at ten to midnight, {they} stop{s}. There is a light on in the kitchen, and the shape of Lloyd lying on the floor with a cushion. {Name} doesn't ask you in, and you don't expect to be asked. "Tomorrow," {they} say{s}. "After ten." The door shuts. The kitchen light goes off, and an upstairs one comes on.]],
  mended_too,
  page_break,
  go = "long_way",
}

ending "long_way" {
  title = "The Long Way Round",
  kind = "reconciled",
  function(s)
    if s.kept:has("gloves") then
      return [[It is only at the bottom of the cliff path, an hour later, that you realise {they} still {have} your gloves. Good. {They} can give them back tomorrow.]]
    end
    return [[You walk back the three miles with your hands in your pockets and the beam going over, and you don't mind any of it.]]
  end,
  reflection = [[The bus went early, and you took the three miles as they were offered{kept has pushed_at_door: , after one reach for Sunday lunch | , and nothing more}. You let {Name} start July and {july == sorry: said sorry without a but. | asked, and listened.} Being trusted with a walk is how more trust begins.]],
}

scene "as_it_is_lead" {
  function(s)
    local line = mended_line(s)
    if s.mended:has("guilt") then
      return [[You said a thing at the bus you had to take back, and you took it back, and {they} let you. The night survived it, just.]]
    elseif line then
      return line .. [[ {They} let it be mended. It didn't make the night any bigger, and it wasn't meant to.]]
    elseif s.kept:has("in_a_week") then
      return [[A week, {they} said. You write it nowhere. You will remember without writing it down.]]
    end
    return [[It was a good night. It was only a good night. You find, on the Frog, in the quiet, that both of those are true, and that the second doesn't spoil the first.]]
  end,
  page_break,
  go = "as_it_is",
}

ending "as_it_is" {
  title = "A Good Night",
  kind = "growth",
  function(s)
    if s.kept:has("dot_has_phone") then
      return [[**Sunday, 7.02 am.** Dot gives you back your phone at the groyne. "Well?" "A good night," you say. "Just a good night." Dot nods, as if that were the right answer, and you go into the sea together, shrieking.]]
    end
    return [[**Sunday, 7.02 am.** You go down to the groyne and swim with the Blue Tits. It is seven degrees. Dot says you are getting less pathetic, and from Dot that is a medal.]]
  end,
  reflection = [[{Name} said no to more than tonight, kindly, and you let the no be an answer and not an opening bid. You were good company, and you stopped where {they} stopped. That is the evening working, not failing.]],
}

scene "early_night_lead" {
  function(s)
    local h = s.hour
    if s.kept:has("you_ended_it") then
      return [[You were the one who stopped it. {Name} offered the next thing, and you said no, kindly, and went. You don't know yet whether that was care or cowardice. Possibly it was a bit of both, which is allowed.]]
    elseif h == 1 then
      return [[One coffee. That was all the evening had in it, in the end, and you didn't try to make it hold a second.]]
    elseif h == 2 then
      return [[Two coffees, and then {they} went, and you didn't follow {them} out onto the harbour arm.]]
    elseif h == 3 then
      return [[A coffee, a second one, the lighthouse at low water. Then {they} went to the gig on {their} own, and you let {them}.]]
    elseif h == 4 then
      return [[Coffee, the lighthouse, the Dunes, Kit dying and rallying. Then {they} went to the Anchor with Kit, and you went home.]]
    end
    return [[The whole evening, right to the Clock Tower. And then nothing past it, and you let that be the end of it.]]
  end,
  function(s)
    local line = mended_line(s)
    if line then return line .. [[ {They} took the apology. It didn't buy you another hour, and it wasn't meant to.]] end
    if taken("was-it-something-i-said") > 0 then
      return [[You asked {them} why, once, and {they} told you, and you didn't argue with a word of it. You will be thinking about it for a while. That is what it is for.]]
    end
  end,
  page_break,
  go = "early_night",
}

ending "early_night" {
  title = "Where the Evening Stopped",
  kind = "growth",
  function(s)
    if s.kept:has("dot_has_phone") then
      return [[**Sunday, 7.00 am.** Dot hands you your phone out of a bread bag on the groyne. Nothing from {Name}. You go into the sea, and the cold takes the whole night off you for ten minutes, as it always does.]]
    end
    return [[**Sunday, 9.15 am.** You open Funland for the Sunday families. The first card Madame Zora gives out says SOMEONE IS PLEASED TO SEE YOU. You wrote it in January, and you still believe it, about someone, eventually.]]
  end,
  reflection = [[{kept has you_ended_it: {Name} offered more, and you went home without a speech. Leaving while it is good can be kindness, or a way of never risking the next hour; it is worth knowing which. | The evening stopped where {Name} stopped offering it, and you let it stop there: no argument, no last push. Letting {them} end {their} own evening is respect; going home with it is patience.}]],
}

scene "bex_rings_end_lead" {
  [[After the cab had gone, Nuno came out with a cloth and wiped down your table very slowly, so as to say something, and then didn't.]],
  function(s)
    if s.kept:has("next_saturday") then
      return [[Next Saturday, {they} said. Six. Here. You do not text to confirm it. It was said; that is enough.]]
    end
    return [[Nobody said anything about next Saturday. You go home.]]
  end,
  page_break,
  go = "bex_rings_end",
}

ending "bex_rings_end" {
  title = "Bex Rings",
  kind = "growth",
  function(s)
    if s.kept:has("dot_has_phone") then
      return [[**Sunday, 7.05 am.** Dot gives you your phone at the groyne: "Lloyd's upright. Bex says thank you for lending me. That's the nicest thing she's said about you ever." Dot says "Hm," which is Dot for hope.]]
    end
    return [[**Sunday, 12.45 am.** Your phone, on the arm of the Frog: "Lloyd's upright. Bex says thank you for lending me. That's the nicest thing she's said about you ever."]]
  end,
  reflection = [[The evening ended for a reason that had nothing to do with you. You helped {Name} go to {their} sister and left the next step where {they} put it. A friend makes room for the rest of a life.]],
}

-- A line crossed, and every one of them named and said sorry for, even
-- where the sorry was not taken.
local function owned_up(s)
  if s.crossed:has("flood") or s.refused:count() == 0 then return false end
  local lines = s.crossed:words()
  for i = 1, #lines do
    if not s.mended:has(lines[i]) and not s.refused:has(lines[i]) then return false end
  end
  return true
end

scene "low_tide_lead" {
  function(s)
    if owned_up(s) then s.kept:add("owned_up") end
    if s.crossed:has("flood") then
      return [[**Sunday, 8.30 am.** One message, in answer to four: "Please stop. I'll message if I want to. I had a nice time until midnight." It is the *until midnight* you will keep.]]
    elseif s.crossed:has("kissed_at_the_door") then
      return [[*Ask*, {they} said, on the way out of the evening. It was a small word, and it had the whole evening in it.]]
    elseif s.kept:has("stayed_at_gig") then
      return [[You stayed for all of it, at the back by the radiator, and watched {Name} not turn round, not even for "Lighthouse Keeper", which was on in the car the night of your first date.]]
    elseif s.crossed:has("followed_me") then
      return [[You left the Pavilion as the Dunes started, and heard them all the way along the pier, coming over the water after you, playing for everybody else.]]
    elseif s.crossed:has("waited_for_me") then
      return [[You walked home from the Clock Tower without turning round. {Name} will look at bus stops differently now; that is the thing you did, whatever you meant by it.]]
    end
    return [[The evening stopped at the line you crossed. {Name} said so in {their} own words, before {they} went, and you heard {them}.]]
  end,
  function(s)
    local line = mended_line(s)
    if s.crossed:has("flood") then
      if line then
        return line .. [[ {They} took that apology. The four messages came after it, and you never said sorry for those.]]
      elseif s.refused:count() > 0 then
        return [[You said sorry once, and {they} did not take it, and then you sent four messages after it.]]
      end
      return [[You never said sorry for the four messages. A fifth would only have been more of them.]]
    elseif s.kept:has("owned_up") then
      return [[You said sorry, and meant it, and {they} did not take it. You find you have no argument with that, which is new.]]
    elseif s.refused:count() > 0 then
      return [[You said sorry for one of the things you did tonight, and {they} did not take it. The other you never named at all.]]
    end
    return [[You never said sorry for it, not in words that named it, and so {they} took it home with {them} as it was.]]
  end,
  page_break,
  go = "low_tide",
}

ending "low_tide" {
  title = "Low Tide",
  kind = "apart",
  [[**Sunday, 9.10 am.** You open Funland for the Sunday families. The first card Madame Zora gives out says YOU WILL FIND YOUR KEYS. You put it in your pocket, and you do not send {Name} a photo of it.]],
  reflection = [[{kept has owned_up: You crossed a line, then named it and said sorry, and {Name} decided that was not enough for tonight. That was {theirs} to decide; a sorry is owed, not traded, and you made it anyway. | One line crossed stopped the offers: it told {Name} that {their} no was something to work your way round. A friend hears "not like that" and changes course; that is still worth learning.}]],
}

scene "closing_time_lead" {
  function(s)
    if s.kept:has("argued") then
      return [[You argued with {their} going, while {their} sister waited on a kitchen floor. {Name} went anyway. Of course {they} did.]]
    end
    return [[You tried to make {Name} pay for the evening on {their} way out of it, and {they} left with the bill. You can still hear yourself saying it.]]
  end,
  function(s)
    if s.refused:has("guilt") then
      return [[You said sorry for it, once, and {they} did not take it. That was {theirs} to decide, and you let it be {theirs}.]]
    end
  end,
  page_break,
  go = "closing_time",
}

ending "closing_time" {
  title = "Closing Time",
  kind = "apart",
  [[You will go over it for weeks, the way you went over Regatta night, and every version you try in its place is kinder than what you said, and shorter.]],
  reflection = [[When the evening ended in a way you did not want, you tried to make {Name} owe you for it. A goodnight needs thanks, not a rebuttal; the hours {they} gave were gifts, not instalments.]],
}
