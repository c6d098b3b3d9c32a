-- Out of Season: months after a breakup, two people meet for coffee "as
-- friends" in Saltham-on-Sea, a seaside town shut up for the winter. A café
-- on the harbour arm, a walk to the lighthouse, a green sofa up a spiral
-- staircase, a gig at the end of the pier.
-- British spelling throughout. Every paragraph is one line: a newline inside a
-- paragraph would be a forced break on screen.
--
-- You mend the machines at Funland, the arcade at the land end of the pier.
-- Four years with the other person ended in July, on Regatta night, because
-- you loved the plan (a spreadsheet called "Us (v4)") more than you seemed to
-- like them. The temptation at every meeting is to push the friendship back
-- towards "us"; the work is to be a friend.
--
-- Meters move by fairmath ("%+10" takes a tenth of the way to 100, "%-30"
-- three tenths of the way to 0): rises are small and falls for pressure are
-- big. The bars are for the player: no code reads them. What the other
-- person makes of the winter is kept in small values instead, so that
-- `rekindle quicktest` can walk every state of the story:
--   warmth    0..8: a good moment raises it by one, a careless one lowers it
--             by one, pressure by two;
--   pressure  0..3: pressure choices taken (three means three or more);
--   swam      you went into the sea in December (and kept going).
-- What only matters for a scene or two (which first message you sent, the
-- tries on the staircase, what was said on the pier) is cleared as soon as it
-- has done its work: only what code reads counts as state, and a cleared
-- value reads alike for all. `asked` (how the big question was put) is set
-- once, near the end. Dot's scene is called, never looped, so it adds no
-- state of its own.

-- Helpers (pure functions of the state and the engine's seeded math.random).

-- Warmth moves by n, kept within 0..8.
local function warm(s, n)
  local w = s.warmth + n
  if w > 8 then w = 8 elseif w < 0 then w = 0 end
  s.warmth = w
end

local function up(s) warm(s, 1) end
local function down(s) warm(s, -1) end

-- A pressure choice: counted (up to three) and two steps of warmth lost.
local function pushed(s)
  if s.pressure < 3 then s.pressure = s.pressure + 1 end
  warm(s, -2)
end

-- Up the stairs at last: the tries on the staircase have done their work.
local function up_stairs(s) s.s_feet = false; s.s_end = false end

-- Leaving the pier: what was said there has done its work.
local function left_pier(s)
  s.last = ""; s.p_sorry = false; s.p_asked = false; s.p_explain = false; s.p_autumn = false
end

-- Between meetings: after a pattern of pushing, the other person may call
-- the friendship off. Three pushes always; two, about half the time.
local function gate(s, next_scene)
  if s.pressure >= 3 then return "tide_out" end
  if s.pressure == 2 and math.random(100) <= 50 then return "tide_out" end
  return next_scene
end

-- How likely a yes is, in percent, by warmth. Never above 72: even after the
-- best winter the other person may well say no. Nothing under warmth 3.
local YES = { [0] = 0, 0, 0, 10, 25, 38, 52, 64, 72 }

-- The other person's answer. Two or more pressure choices can never end in
-- reconciliation, whatever else happened.
local function verdict(s, bonus)
  if s.pressure >= 2 then return "the_no" end
  local p = YES[s.warmth] + bonus
  if s.pressure == 1 then p = p - 20 end
  if p > 72 then p = 72 end
  if p < 0 then p = 0 end
  local roll = math.random(100)
  if roll <= p then return "yes" end
  if roll <= p + 12 and s.warmth >= 4 then return "not_yet" end
  return "the_no"
end

-- Which reconciliation. Checks the pressure counter again so no path can
-- slip past it.
local function final_yes(s)
  if s.pressure >= 2 then return "ask_me_in_september" end
  if s.swam then return "in_together" end
  return "carousel_opens"
end

-- After a no, taken with thanks at once. Only a warm winter with at most
-- one push leaves a friendship standing.
local function accept_no(s)
  if s.pressure >= 3 then return "low_tide" end
  if s.pressure < 2 and s.warmth >= 6 then return "friends_properly" end
  return "your_own_weather"
end

-- After a no, taken with thanks once it was said twice.
local function accept_no_again(s)
  if s.pressure >= 3 then return "low_tide" end
  return "your_own_weather"
end

-- After honouring a request to stop.
local function final_alone(s)
  if s.pressure >= 3 or s.warmth < 1 then return "low_tide" end
  return "your_own_weather"
end

story {
  id     = "coffee-as-friends",
  title  = "Out of Season",
  author = "rekindle",
  blurb  = "Coffee 'as friends' in a seaside town shut for the winter.",
  start  = "name",
  meters = { patience = 62, respect = 65, trust = 52 },
  vars   = {
    name = "Ellis",
    warmth = 0,       -- 0..8: what the other person makes of the winter
    pressure = 0,     -- pressure choices taken (0..3); two or more rule out reconciliation
    swam = false,     -- you went into the sea with the Blue Tits
    msg = "",         -- the first message: "light", "us", "long" or "dig"; cleared at the reply
    last = "",        -- what you said last on the pier; cleared on leaving it
    asked = "",       -- how the big question was asked: "", "plain" or "pushed"
    -- read for a scene, then cleared: tries on the staircase, what was said on the pier
    s_feet = false, s_end = false,
    p_sorry = false, p_asked = false, p_explain = false, p_autumn = false,
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- pressure: a tactic that pushes; space: leaving room; listening: hearing
  -- their side; apology: saying sorry; support: leaning on someone else;
  -- friendship: being a friend to them and their people; memories: making
  -- a new one together.
  tags   = { "pressure", "space", "listening", "apology", "support", "friendship", "memories" },
  covers = { 3, 4, 5, 6, 7, 9, 10, 11, 12, 15, 16 },
}

-- The collection's rules, checked by randomtest and quicktest.
rule "two pushes rule out a reconciled ending" { never = "reconciled", after = "pressure", times = 2 }
rule "the other person has a mind of their own" {
  at_least = 20, of_plays_without = "pressure", end_in = { "growth", "apart" },
}
rule "every playthrough is a story" { min_choices = 8 }
rule "every change of a meter says what it taught" { notes = true }

-- ---------------------------------------------------------------- October

scene "name" {
  [[Saltham-on-Sea, the last week of October. The clocks went back on Sunday, and the pier has shrunk to its winter size: Funland at the land end, open weekends only, then a locked gate and a quarter of a mile of dark planks out to the Pavilion.]],
  [[Fourteen weeks ago, on Regatta night, with the fireworks going off over the harbour, someone you had loved for four years told you it was over.]],
  ask "Who was it?" { into = "name", pronouns = true, go = "workshop" },
}

scene "workshop" {
  [[Monday, the back room at Funland. Madame Zora is in pieces on your bench: the fortune-teller in the glass booth by the door, with a turban, a chipped smile, and eyes that light up red for a pound.]],
  [[The firm that printed her cards went bust in 2011. The last card in the stack says A TALL STRANGER WILL OWE YOU MONEY. {Name} used to feed her a pound every Saturday just to hear what she'd say.]],
  [[You deleted the spreadsheet in August, got it back out of the bin, and deleted it again in September, properly. It was called Us (v4). It had seven tabs. The last one was called {Name}: Proper Job.]],
  [[Your phone is in the pocket of your overalls, warm against your leg.]],
  choice "Send {Name} a photo of Zora's last card" {
    go = "waiting", trust = "%+11", patience = "%+8", tags = { "friendship" },
    effect = function(s) s.msg = "light"; up(s) end,
    note = "A light message about something you both loved opens a door without asking anyone to walk through it.",
  },
  choice "'Can we talk? About us?'" {
    go = "waiting", patience = "%-15",
    effect = function(s) s.msg = "us"; down(s) end,
    note = "Opening with 'us' puts the heaviest question in the first line, before there is any ground to stand on.",
  },
  choice "Write {them} everything you've worked out" {
    go = "waiting", patience = "%-12", respect = "%-8",
    effect = function(s) s.msg = "long"; down(s) end,
    note = "Pages about how much you have grown are still pages about you; change is easier to believe when it is seen.",
  },
  choice "'Saw you at the Anchor with someone. Good for you.'" {
    go = "waiting", respect = "%-30", trust = "%-15", tags = { "pressure" },
    effect = function(s) s.msg = "dig"; pushed(s) end,
    note = "A dig dressed as good wishes tells them you are keeping watch, and asks them to feel it.",
  },
}

-- Dot at the change kiosk: called whenever the phone gets loud, and back.
scene "dot" {
  once_only {
    [[Dot has run the change kiosk at Funland since 1983. She is seventy-one, swims in the sea all winter, and bags coppers by weight without ever being wrong.]],
  },
  sequence {
    [["Go on, then," she says, without looking up from her coppers. You tell her. She hears the whole thing out, weighs a bag, and says, "And what do you want me to say? Because I'm not saying it."]],
    [["You again." Dot opens the drawer under the till. "Tell me something that isn't about {Name}. Anything. The weather. The claw." You tell her about the claw. She says that'll do.]],
    [["When my Ray went off with the woman from the Co-op," Dot says, "I took up the accordion. Badly. Drove the whole street mad for a year. Best year I had." She doesn't say what this has to do with anything, and doesn't need to.]],
    [[Dot just opens the drawer under the till and waits. It has turned into a habit, like the tide.]],
  },
  choice "Put your phone in Dot's drawer" {
    back = true, patience = "%+11", tags = { "support" },
    note = "Handing your phone to someone you trust, for an afternoon, is a promise to yourself that someone else helps you keep.",
  },
  choice "'I'm all right, Dot. Honestly.'" {
    back = true,
    note = "Saying you are fine gets you out of the conversation, not out of the feeling.",
  },
}

scene "waiting" {
  [[Saturday, and Funland is open: eleven children, four dads, and a hen party from Maidstone in entirely the wrong season. The penny falls shove their coppers to the edge and never quite let go.]],
  [[Your message says Delivered. It has said Delivered since Monday.]],
  [[The bride-to-be has spent six pounds failing to win a plush lobster, and wants a word with whoever is in charge of the claw.]],
  choice "Put the phone in your locker and fix the claw" {
    go = "reply", patience = "%+11", tags = { "space" },
    note = "Getting on with your own Saturday lets a reply arrive in its own time, if it arrives at all.",
  },
  choice "Scroll {their} sister Bex's Facebook for news" {
    go = "reply", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Combing someone's family's posts for news of them is checking up, even when nobody ever finds out.",
  },
  choice "Reread what you sent, eleven times" {
    go = "reply", patience = "%-10",
    note = "Rereading a message changes nothing in it; it only keeps you standing at the door.",
  },
  choice "Give Dot your phone to mind till close" { call = "dot", go = "reply", tags = { "support" } },
}

scene "reply" {
  function(s)
    if s.msg == "light" then
      return [[It comes at ten to six, as you lock up. "HA. She's been threatening me with that stranger since 2019. Tell her I want my money." Then, a minute later: "Coffee sometime? As friends. I mean the friends bit."]]
    elseif s.msg == "us" then
      return [["I don't want to talk about us," {Name} writes, on Thursday. "I don't know if I ever will." The dots come and go for a long time. "I'd do a coffee, though. Just a coffee."]]
    elseif s.msg == "long" then
      return [["That's a lot," {Name} writes, two days later. "I read it twice. I don't know what to say to most of it." A gap. "I'd do a coffee. If it's just a coffee."]]
    end
    return [["I was at the Anchor with Bex's netball team," {Name} writes, the next morning. "That was a weird message. If you want a coffee, it's a coffee. Don't make it weird."]]
  end,
  [[Nuno's, on the harbour arm. Saturday week, eleven o'clock.]],
  choice "'Friends suits me. See you there.'" {
    go = "cafe", patience = "%+8", respect = "%+8", tags = { "space" },
    effect = function(s) s.msg = "" end,
    note = "Taking the word they chose, without haggling over it, tells them their terms are safe with you.",
  },
  choice "'Friends? Is that what we are now?'" {
    go = "cafe", respect = "%-12", trust = "%-6",
    effect = function(s) s.msg = ""; down(s) end,
    note = "Questioning the word someone chose makes them defend it before you have even sat down.",
  },
}

-- ---------------------------------------------------------------- November

scene "cafe" {
  [[Nuno's is a shipping container painted the blue of a Lisbon tile, wedged on the harbour arm between the lobster pots and the lifeboat slip. In winter it opens at weekends, for fishermen, dog walkers and people with something to prove.]],
  [[{Name} arrives on {their} bike with a crate of paint tins strapped to the front, hair up, a brush stuck through the knot. {They} order{s} for both of you without asking, get{s} yours right, and look{s} annoyed about it.]],
  [[{They} got the carousel, {they} tell{s} you: twenty-four wooden horses to strip and repaint by Easter, in a railway arch behind the station. And in January {they}'ll move out of Bex's spare room, into the Grand, with a man called Kit who works nights at the Premier Inn and wants to be a comedian.]],
  choice "Ask about the horses, and listen" {
    go = "cafe_phone", trust = "%+14", respect = "%+8", tags = { "listening", "friendship" }, effect = up,
    note = "Asking about the thing someone loves, and staying with the answer, is how a friendship starts to have something in it.",
  },
  choice "Tell {them} you deleted the spreadsheet" {
    go = "cafe_phone", patience = "%-10",
    note = "News of your own change, delivered first, asks to be marked; it is stronger when it is simply lived.",
  },
  choice "Mention a date you went on (you didn't)" {
    go = "cafe_phone", respect = "%-30", trust = "%-15", tags = { "pressure" }, effect = pushed,
    note = "A rival invented to get a reaction is a game, and games played with someone's feelings are paid for in trust.",
  },
  choice "Bring up Regatta night" {
    go = "cafe_phone", patience = "%-15", effect = down,
    note = "The worst night between you is not a first coffee's opening topic; it needs ground under it first.",
  },
}

scene "cafe_phone" {
  [[{Name} goes inside to argue with Nuno about whether the custard tarts are yesterday's. Nuno says today's. {Name} says Thursday's.]],
  [[{Their} phone lies face up on the counter by your cup. It lights: BEX: is it weird?? say pineapple if u need extrac...]],
  [[On the harbour wall, two gulls start a fight over a crust.]],
  choice "Turn the phone face down" {
    go = "cafe_end", respect = "%+11", tags = { "space" }, effect = up,
    note = "Not reading what was never meant for you is a small thing nobody sees, and it is trust in miniature.",
  },
  choice "Read the rest of Bex's message" {
    go = "cafe_read", respect = "%-30", trust = "%-15", tags = { "pressure" }, effect = pushed,
    note = "A phone is someone's life with the door open; reading it without asking is checking up at the closest range.",
  },
  choice "Go in and take Nuno's side about the tarts" {
    go = "cafe_end", patience = "%+6",
    note = "Joining in the nonsense instead of guarding the table makes you easy company, which is most of friendship.",
  },
  choice "Watch the gulls" {
    go = "cafe_end",
    note = "Looking away is not quite the same as turning it over, but it is a long way from reading it.",
  },
}

scene "cafe_read" {
  [[You slide it an inch closer. BEX: is it weird?? say pineapple if u need extracting. also bet u a fiver they mention the spreadsheet]],
  [[When you look up, {Name} is standing in the doorway with two custard tarts on a napkin, watching you.]],
  choice "'I read your message. Sorry. That was out of order.'" {
    go = "cafe_end", respect = "%+8", tags = { "apology" }, effect = up,
    note = "Owning a small wrong the moment you are caught is the only way to keep it small.",
  },
  choice "'It lit up. I wasn't looking.'" {
    go = "cafe_end", trust = "%-20", effect = down,
    note = "A cover story told to someone who saw what happened costs trust twice: once for the act, once for the lie.",
  },
}

scene "cafe_end" {
  [[You walk {them} back along the front to where {their} bike is chained to the ice-cream kiosk. The kiosk is boarded up for winter, and across the boards, in {Name}'s lettering, it says SEE YOU AT EASTER! A gull is sitting on the exclamation mark.]],
  [["That was all right," {Name} says, undoing the lock. {They} sound{s} surprised. "I thought it might be awful."]],
  choice "'Text me if you fancy doing it again.'" {
    go = function(s) return gate(s, "walk") end,
    respect = "%+14", patience = "%+11", tags = { "space" }, effect = up,
    note = "Leaving the next step in their hands says the door opens from their side, and you will not stand in it.",
  },
  choice "'Same time next week?'" {
    go = function(s) return gate(s, "walk") end, patience = "%-10",
    note = "Booking the next meeting before this one is over can feel, to the other person, like being booked.",
  },
  choice "'I miss us. I had to say it.'" {
    go = function(s) return gate(s, "walk") end, patience = "%-15", trust = "%-10", effect = down,
    note = "Saying what you feel is honest, but beside a bike lock after one coffee it lands as a request.",
  },
}

-- ---------------------------------------------------------------- December

scene "walk" {
  [[December. {Name} texts on a Wednesday: "Low tide Sunday is 11.40. Walk to the Ness? Bring a hat. You never bring a hat."]],
  [[You bring a hat. The Ness is a mile of shingle with a lighthouse at the end, sea kale gone to black stalks, and on the horizon the wind farm turning slowly, as if it were thinking.]],
  [[{Name} talks about Colonel, the lead horse. His face was painted in 1952 by a man called Alfred Moss, it is the best thing on the pier, and {they} {have} to strip it to the wood. "What if I do him and he's just a horse?"]],
  choice "Ask what frightens {them} about it" {
    go = "swimmers", trust = "%+11", respect = "%+8", tags = { "listening" }, effect = up,
    note = "Asking about a fear, instead of hurrying to fix it, treats them as the expert on their own life.",
  },
  choice "'You could still apply for the council job.'" {
    go = "swimmers", respect = "%-20", effect = down,
    note = "Offering the old plan again, however kindly, tells them the thing they left is still waiting for them.",
  },
  choice "'We used to walk here every Sunday. Remember?'" {
    go = "swimmers", patience = "%-25", respect = "%-12", tags = { "pressure" }, effect = pushed,
    note = "Steering a new walk back to the old ones asks them to go on living in the past with you.",
  },
  choice "Tell {them} {they}'ll be brilliant" {
    go = "swimmers",
    note = "Reassurance is kind, but it closes a subject that a question would have opened.",
  },
}

scene "swimmers" {
  [[Below the lighthouse, at the last groyne, the Saltham Blue Tits are coming out of the sea: nine pensioners in matching bobble hats, pink as prawns, shouting at each other about biscuits. One of them is Dot.]],
  [["Well, look who it is," she says. She looks from you to {Name} and back and says nothing else, which for Dot is a speech. "In or out? It's nine degrees. Practically a bath."]],
  [[{Name} looks at you. You can see {them} wondering whether you are the sort of person who would.]],
  choice "Go in. Both of you, shrieking." {
    go = "walk_back", trust = "%+14", patience = "%+8", tags = { "memories" },
    effect = function(s) s.swam = true; up(s) end,
    note = "Something new and slightly ridiculous, done together, makes a memory that belongs to who you both are now.",
  },
  choice "Hold the towels and heckle" {
    go = "walk_back", patience = "%+6",
    note = "Staying on the shingle is allowed; you were there, and laughing, and that counts for something.",
  },
  choice "'Only if {Name} holds my hand.'" {
    go = "walk_back", trust = "%-12", respect = "%-8", effect = down,
    note = "A joke that asks for touch hides a question inside the laugh, and they have to answer it in front of everyone.",
  },
}

scene "walk_back" {
  function(s)
    if s.swam then
      return [[Afterwards you sit in the lee of a beach hut called Dunroamin, drinking Dot's tea out of the lid of her flask, teeth going like typewriters. {Name}'s lips are blue and {they} can't stop laughing.]]
    end
    return [[Afterwards you sit in the lee of a beach hut called Dunroamin while the Blue Tits pass round a flask. {Name} is still laughing at the noise Dot made going back in for a second dip.]]
  end,
  [["I'd forgotten you could be fun," {Name} says. Then: "Sorry. That came out wrong." It didn't, quite.]],
  choice "'I'd forgotten too.'" {
    go = function(s) return gate(s, "sofa_garage") end,
    respect = "%+8", trust = "%+11", effect = up,
    note = "Agreeing with a hard truth, lightly and without defending yourself, shows you have already looked at it.",
  },
  choice "'I'm fun all the time now. I've changed.'" {
    go = function(s) return gate(s, "sofa_garage") end, patience = "%-10",
    note = "Announcing that you have changed invites them to check; showing it doesn't.",
  },
  choice "Take {their} cold hand to warm it" {
    go = function(s) return gate(s, "sofa_garage") end, trust = "%-15", effect = down,
    note = "Touch that used to be easy has to be offered again, not taken; on a friends' walk it blurs the line they drew.",
  },
}

-- ---------------------------------------------------------------- January

scene "sofa_garage" {
  [[The first Saturday in January. Bex's garage on Fennel Close smells of paraffin and football boots. Under a dust sheet, between the boys' bikes and a chest freezer full of Lloyd's fishing bait, is the Frog.]],
  [[The Frog is a green corduroy sofa that you and {Name} bought at Gorringe's auction rooms for forty pounds, the first winter. {Name} named it for the way it sat: squat, and pleased with itself.]],
  [[Bex is {Name}'s big sister. She teaches PE at the Academy, was never sure about you, and is now sure. "Lloyd's done his back," she says. "I want it noted that I asked everyone else first."]],
  choice "'Noted. Which end do you want me on?'" {
    go = "sofa_stairs", respect = "%+11", tags = { "friendship" }, effect = up,
    note = "Taking a cool welcome without needing it warmed up shows the people around them you are not there to collect.",
  },
  choice "Ask Bex if {Name} is seeing anyone" {
    go = "sofa_stairs", respect = "%-30", trust = "%-12", tags = { "pressure" }, effect = pushed,
    note = "Asking someone's family about their love life turns a favour into reconnaissance and puts the family in the middle.",
  },
  choice "Move the boys' bikes out of the way first" {
    go = "sofa_stairs", trust = "%+6",
    note = "Clearing the way without being asked is help that needs no thanks and asks for none.",
  },
  choice "Lie on the Frog and tell the story of buying it" {
    go = "sofa_stairs", patience = "%-10", effect = down,
    note = "A shared memory told to get a feeling back weighs more than it looks, and Bex is not who it is really for.",
  },
}

scene "sofa_stairs" {
  sequence {
    [[The Grand was built in 1887 for people who arrived with trunks and left with gout. Its staircase curls up four floors like the inside of a shell, and Flat 9 is at the top. The Frog jams solid at the first turn.]],
    [[You try again. The Frog gives an inch on the turn, then takes it back, and Bex says a word she would give a detention for.]],
    [[Third go. Everyone is sweating, including, somehow, the Frog.]],
  },
  once_only {
    [[A young man in a Premier Inn fleece leans over the banister two floors up. "Is that the sofa? I was told there'd be a sofa. I've already got about four minutes on it." This is Kit.]],
  },
  choice "Take the feet off" {
    when = function(s) return not s.s_feet end,
    go = "sofa_stairs", effect = function(s) s.s_feet = true end,
  },
  choice "Stand it on end, the way Kit says" {
    when = function(s) return not s.s_end end,
    go = "sofa_stairs", effect = function(s) s.s_end = true end,
  },
  choice "'Right. Everybody listen. Here's the plan.'" {
    go = "sofa_in", respect = "%-15", effect = function(s) up_stairs(s); down(s) end,
    note = "Taking charge of someone else's move is the old habit in overalls: it was never your flat to plan.",
  },
  choice "Ask {Name} how {they} want{s} to do it" {
    go = "sofa_in", respect = "%+14", trust = "%+8", tags = { "friendship" },
    effect = function(s) up_stairs(s); up(s) end,
    note = "Letting them lead on their own life, even on a staircase, is change that can be seen rather than announced.",
  },
}

scene "sofa_in" {
  [[It goes in at twenty past two, upside down, without its feet, and with a new scar on one arm. Flat 9 has a bay window full of sea, a kitchen the size of a phone box, and a Scalextric track running the length of the hall.]],
  [[Kit makes tea and tries a joke on you. "What's the difference between a sofa and an ex? Hang on. I haven't got the end yet. That's where you come in."]],
  [[On the fridge, under a magnet shaped like a crab, is a photo-booth strip: {Name} and someone with a fringe, cheek to cheek, laughing at something out of the frame.]],
  choice "Help Kit find the end of his joke" {
    go = "sofa_evening", patience = "%+8", respect = "%+8", tags = { "friendship" }, effect = up,
    note = "Being good company to the people in their new life shows you can belong around them without laying claim to them.",
  },
  choice "Tell Kit the Frog was half yours, really" {
    go = "sofa_evening", patience = "%-10", effect = down,
    note = "Staking a claim on the furniture in someone's new home is a way of saying you still have a share in their life.",
  },
  choice "Fix the cupboard door that's hanging off" {
    go = "sofa_evening", trust = "%+8",
    note = "A small useful thing, done unasked and unannounced, says more about who you are now than a speech would.",
  },
}

scene "sofa_evening" {
  [[By four it is dark. Bex has gone home to Lloyd's back, and Kit has left for the Premier Inn in a clip-on tie, like a man going to war. {Name} fetches chips from the Golden Plaice, and you eat them on the Frog in the bay window while the wind farm blinks red across the water.]],
  [[Halfway through a sentence about undercoat, {Name} falls asleep against your shoulder.]],
  [[It is very quiet. The Frog, which was always a sofa for two, creaks.]],
  choice "Sit still until {they} wake{s}, then go home" {
    go = function(s) return gate(s, "gig_tickets") end,
    patience = "%+14", tags = { "space" }, effect = up,
    note = "Letting a tired friend sleep, and asking nothing of the moment, keeps it as much theirs as yours.",
  },
  choice "Kiss the top of {their} head" {
    go = function(s) return gate(s, "gig_tickets") end,
    trust = "%-15", respect = "%-10", effect = down,
    note = "A kiss given to someone asleep is a question they had no chance to answer.",
  },
  choice "Wake {them} gently and say you'd better go" {
    go = function(s) return gate(s, "gig_tickets") end, respect = "%+8",
    note = "Going home while the day is still good lets it end on the note it earned.",
  },
}

-- ---------------------------------------------------------------- February

scene "gig_tickets" {
  [[February. {Name} rings, which {they} never {do}. "Weird question. The Dunes are playing the Pavilion on the fourteenth. Yes, I know what day that is. No, it's not on purpose. The band booked it before Christmas."]],
  [["I've still got the two tickets I bought last March. Bex says the Dunes sound like a washing machine full of shoes. And Kit's on before them, ten minutes, God help us all. Come as friends? Or it's a wasted ticket."]],
  choice "'As friends. I'll bring earplugs for Bex.'" {
    go = "gig", patience = "%+8", tags = { "friendship" },
    note = "Saying yes to an invitation as it was offered, and not as you might wish it, keeps a friendship honest.",
  },
  choice "'Valentine's Day, though. That means something.'" {
    go = "gig", patience = "%-15", trust = "%-8", effect = down,
    note = "Reading a sign into a date on the calendar turns their kindness into a message they never sent.",
  },
  choice "Say yes, then go and tell Dot" { call = "dot", go = "gig", tags = { "support" } },
}

scene "gig" {
  [[On the fourteenth, the gate beyond Funland is unlocked for the first time since October. You walk the quarter-mile of pier in the dark with four hundred people in parkas, the sea loud under the planks.]],
  [[The Pavilion smells of damp velvet, and the glitter ball has lost half its mirrors. Kit walks on at eight, knocks over the mic stand, and for three whole minutes nobody laughs at anything. {Name} has hold of your sleeve.]],
  choice "Cheer Kit on like it's the Apollo" {
    go = "gig_song", respect = "%+8", trust = "%+8", tags = { "friendship" }, effect = up,
    note = "Backing the people they love, loudly, when it costs you nothing but dignity, is friendship at its plainest.",
  },
  choice "Slip out to the bar till it's over" {
    go = "gig_song",
    note = "Sparing yourself the awkward part also spares you the chance to be on their side in it.",
  },
  choice "Whisper: 'Our first date was in here.'" {
    go = "gig_song", patience = "%-12", effect = down,
    note = "A memory whispered in the dark to make a point turns a night out into a test of what they remember.",
  },
}

scene "gig_song" {
  [[Kit rallies. He does four minutes on carrying a sofa up a spiral staircase, and it kills. {Name} laughs until {they} {have} to hold on to the seat in front.]],
  [[The Dunes are older and slower and louder than they were. For the encore the singer says, "This one's for anyone who ever got off at the wrong stop," and plays "Lighthouse Keeper", which was on in the car the night you drove {Name} home from your first date, three times in a row.]],
  [[{Name} goes very still beside you.]],
  choice "Dance, badly, until {they} laugh{s}" {
    go = "pier_night", trust = "%+14", patience = "%+8", tags = { "memories" }, effect = up,
    note = "Meeting an old song with a new, daft moment lets it mean something now, not only then.",
  },
  choice "'They're playing our song.'" {
    go = "pier_night", patience = "%-25", respect = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Calling a song 'ours' after the 'us' has ended asks them to grieve on cue, in a crowd.",
  },
  choice "Sing every word, like everyone else" {
    go = "pier_night", patience = "%+6",
    note = "Singing along with four hundred strangers keeps an old song light; tonight it belongs to the whole room.",
  },
  choice "Stand beside {them} and let {them} have it" {
    go = "pier_night", respect = "%+11", tags = { "space" }, effect = up,
    note = "Some memories want room; standing quietly beside someone shares one without claiming it.",
  },
}

scene "pier_night" {
  [[Afterwards the crowd streams back along the pier towards the lights of the town. You and {Name} hang back at the rail. The wind has dropped, and the sea is doing something quiet and silver. Kit has gone to the Anchor with the drummer.]],
  [["I went on a date," {Name} says. "Last week. With a baker called Jules." {They} pull{s} a face. "Jules brought a pedometer. Checked it twice during the starter."]],
  choice "'Twice? During the starter?' Ask for all of it." {
    go = "pier_talk", respect = "%+11", trust = "%+11", tags = { "friendship" }, effect = up,
    note = "Hearing about their dates the way a friend would, with interest and without a wince, shows the friendship is not a stopgap.",
  },
  choice "'Good for you,' and go quiet" {
    go = "pier_talk", trust = "%-10", effect = down,
    note = "A sulk is a message too, and it tells them the friendship came with conditions.",
  },
  choice "'Are you seeing Jules again?'" {
    go = "pier_talk", respect = "%-12", effect = down,
    note = "Skipping straight to what happens next makes a funny story into a report you are waiting on.",
  },
}

scene "pier_talk" {
  once_only {
    [[{Name} laughs, and then stops laughing, and looks down at the water between the planks. "Can I say something about before? I've been carrying it round since July."]],
  },
  function(s)
    if s.last == "sorry" then
      return [[{They} listen{s} to all of it, watching the water. "You named the tabs," {they} say{s} at last. "Even the one with my name on it." A long breath out. "Okay. Thank you."]]
    elseif s.last == "asked" then
      return [[It comes slowly. Feeling like a row in somebody else's spreadsheet. Hiding {their} brushes in the boot of the car so there wouldn't be a conversation about them. "You never asked what I wanted," {they} say{s}. "You asked when."]]
    elseif s.last == "explain" then
      return [[{Name}'s face closes a little. "I know you did," {they} say{s}. "That was the trouble. You wanted it for both of us."]]
    elseif s.last == "autumn" then
      return [[{They} {are} quiet for a while. "Me too," {they} say{s}. "Some of that. Not the bit about Madame Zora. That's just you."]]
    end
  end,
  sequence {
    [[Behind you, the Pavilion lights go off one section at a time.]],
    [[You walk on, slower than either of you needs to.]],
    [[Funland is dark ahead, except for Madame Zora's eyes, glowing red. You left her on again.]],
    [[The taxi rank is in sight now: one car, engine running, the driver asleep.]],
  },
  choice "Say sorry for the spreadsheet, and all it stood for" {
    when = function(s) return not s.p_sorry end,
    go = "pier_talk", trust = "%+17", tags = { "apology" },
    effect = function(s) s.last = "sorry"; s.p_sorry = true; up(s) end,
    note = "A specific apology, naming the thing and adding no reason, lets them put the hurt down instead of guarding it.",
  },
  choice "Ask what it was like, being in the plan" {
    when = function(s) return not s.p_asked end,
    go = "pier_talk", trust = "%+11", respect = "%+11", tags = { "listening" },
    effect = function(s) s.last = "asked"; s.p_asked = true; up(s) end,
    note = "Asking for their side, and letting it take as long as it takes, shows you what actually needs mending.",
  },
  choice "Explain you only wanted a future for you both" {
    when = function(s) return not s.p_explain end,
    go = "pier_talk", trust = "%-12",
    effect = function(s) s.last = "explain"; s.p_explain = true; down(s) end,
    note = "A good reason offered too soon sounds like a defence, and a defence tells them their side is being argued with.",
  },
  choice "Tell {them} what the autumn was like for you" {
    when = function(s) return not s.p_autumn end,
    go = "pier_talk", trust = "%+11", patience = "%+6",
    effect = function(s) s.last = "autumn"; s.p_autumn = true; up(s) end,
    note = "Saying how it was for you, in a moment they opened, and asking nothing back, invites honesty in return.",
  },
  choice "Walk {them} to the taxi rank" {
    go = function(s) return gate(s, "march") end, effect = left_pier,
  },
}

-- ---------------------------------------------------------------- March

scene "march" {
  [[March. The railway arch smells of linseed oil and paraffin, and the radio only gets the shipping forecast. Twenty-four horses stand on trestles with gold on their manes, and at the front is Colonel with his new face, which is not Alfred Moss's face and is, everyone agrees, better.]],
  function(s)
    if s.swam then
      return [[You have swum with the Blue Tits every Sunday since December. Dot has given you a bobble hat, which means you are in.]]
    end
    return [[You have spent the winter putting Madame Zora back together. She has new cards now. You wrote them yourself.]]
  end,
  [[{Name} is up a stepladder doing Peggy's eyelashes. The question has been sitting in your chest since the pier.]],
  choice "Ask plainly, and say any answer is all right" {
    go = "the_pause", respect = "%+14",
    effect = function(s) s.asked = "plain" end,
    note = "Asking the big question once, plainly, and meaning that no is allowed, is the only fair way to ask it.",
  },
  choice "Don't ask. Hold the ladder." {
    go = "letting_be", patience = "%+14", tags = { "space" },
    note = "Leaving the question with the person it belongs to is patience at its hardest and its simplest.",
  },
  choice "'I need to know by Easter. I can't keep doing this.'" {
    go = "the_pause", patience = "%-30", respect = "%-15", tags = { "pressure" },
    effect = function(s) s.asked = "pushed"; pushed(s) end,
    note = "A deadline turns a question into an ultimatum, and the quickest answer to an ultimatum is no.",
  },
  choice "Go and talk to Dot instead of asking" { call = "dot", go = "letting_be", tags = { "support" } },
}

scene "the_pause" {
  [[{Name} puts the brush in a jar of white spirit, slowly, and wipes {their} hands on a rag that used to be your T-shirt.]],
  [[Overhead a train goes over, and twenty-four horses tremble on their trestles.]],
  choice "Wait, however long it takes" {
    go = function(s) return verdict(s, 0) end, patience = "%+8", tags = { "space" },
    note = "The silence after a big question belongs to the person answering it; waiting it out says so.",
  },
  choice "Start talking about Peggy's eyelashes" {
    go = function(s) return verdict(s, -5) end,
    note = "Chatter in a pause eases your nerves at the price of their thinking time.",
  },
}

scene "letting_be" {
  [[You don't ask. You hold the ladder while {Name} does Peggy's eyelashes, and then Colonel's reins, and then you go and fetch chips.]],
  [[Easter Saturday. The carousel turns for the first time in two years, the organ wheezing out "Daisy Bell", and half of Saltham queues along the pier to ride a horse {Name} painted.]],
  [[At the rail, in the crowd, {Name} turns to you. "Are we going to talk about it, then? Or not?"]],
  choice "'Only if you want to.'" {
    go = function(s) return verdict(s, 5) end, tags = { "space" },
    note = "Giving the question back, lightly, lets the answer arrive at the speed they choose.",
  },
  choice "'I didn't want to push you.'" {
    go = function(s) return verdict(s, 0) end,
    note = "Pointing out your own restraint is true, and it also quietly asks for credit.",
  },
}

-- ---------------------------------------------------------------- The answer

scene "yes" {
  function(s)
    if s.asked == "plain" then
      return [[{Name} climbs down off the ladder. "Yes," {they} say{s}. "I think yes. But not like before."]]
    elseif s.asked == "pushed" then
      return [[{Name} looks at you for a long moment. "Yes," {they} say{s}. "Not because of Easter. Because I want to. But not like before."]]
    end
    return [["I want to try," {Name} says, under the organ music. "Slowly. And not like before."]]
  end,
  [[{They} {are} very clear about not like before. {They} {are} staying at the Grand: Kit needs {them}, and anyway {they} like{s} it there. No spreadsheets. No tabs. You come to {their} things, the dull ones too, and {they}'ll come to yours.]],
  choice "Ask what 'not like before' looks like to {them}" {
    go = final_yes, trust = "%+11", tags = { "listening" },
    note = "Asking them to describe the pace they need, instead of guessing at it, is how you manage to keep to it.",
  },
  choice "'No spreadsheets. Not even a small one.'" {
    go = final_yes, respect = "%+11",
    note = "A promise that names the old habit and gives it up, with a smile, is easy to believe because it is specific.",
  },
  choice "'We could look at houses, though. In the summer.'" {
    go = function(s)
      if s.pressure < 2 and math.random(100) <= 50 then return final_yes(s) end
      return "not_yet"
    end,
    respect = "%-20",
    note = "Reaching for the next stage on the day of the first yes tells them the plan is still in charge.",
  },
}

scene "not_yet" {
  [[{Name} doesn't say yes. {They} {do}n't say no, either.]],
  [["I don't know," {they} say{s}. "Honestly. I've got the lido sign after this, and the beach huts, and I don't want to decide this in a hurry and spend the summer deciding it again. Can it be a don't-know? Till the end of the season?"]],
  function(s)
    if s.asked == "" then return [[Behind you the carousel organ starts up again: "Daisy Bell", for the eleventh time.]] end
    return [[Overhead another train goes over. The horses tremble, and settle.]]
  end,
  choice "'Yes. Let it be a don't-know.'" {
    go = "ask_me_in_september", patience = "%+8", tags = { "space" },
    note = "Taking 'I don't know' as a real answer, and not as a delay to be managed, is patience with no conditions attached.",
  },
  choice "'How long is a season, exactly?'" {
    go = "the_no", patience = "%-30", respect = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Pressing an honest 'don't know' for a date forces the answer that is quickest to give.",
  },
}

scene "the_no" {
  function(s)
    if s.pressure >= 2 then
      return [["No," {Name} says. "I'm sorry. I wanted us to be friends, and you kept turning it into something else. I can't keep explaining where the line is."]]
    elseif s.warmth <= 5 then
      return [["No," {Name} says, gently. "I've liked the coffees. I have. But I don't trust it yet, and I don't think I want to wait and see if I will."]]
    end
    return [["No," {Name} says, and {their} eyes fill, which you did not expect. "It isn't that you haven't changed. You have. It's that I've changed too, and I like who I am at the Grand, with Kit and the horses. I don't want to fit back into anything."]]
  end,
  function(s)
    if s.asked == "" then return [[Out on the water a fishing boat is coming in, with gulls wheeling over it like bits of torn paper.]] end
    return [[On the radio the shipping forecast has reached Dogger and Fisher, calm as ever.]]
  end,
  choice "Thank {them} for telling you, and mean it" {
    go = accept_no, tags = { "space" },
    note = "A no said kindly is a gift of honesty; thanking them for it, and meaning it, gives the kindness back.",
  },
  choice "'Can we still do Saturdays at Nuno's?'" {
    go = accept_no, tags = { "friendship" },
    note = "Asking whether the friendship can stay, and leaving the answer to them, keeps the best of the winter without bargaining.",
  },
  choice "'After this whole winter?'" {
    go = "closing_time", respect = "%-35", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Holding up the winter you put in as a reason they owe you a yes turns every good thing you did into an invoice.",
  },
  choice "'Will you think about it a bit longer?'" {
    available = function(s) return s.asked ~= "plain" end,
    reason = "you said any answer was all right",
    go = "no_again", patience = "%-20", respect = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Asking them to reconsider a considered answer tells them it was not heard the first time.",
  },
}

scene "no_again" {
  [["I have thought about it," {Name} says. "Since July. That's partly what the coffees were."]],
  [[{They} {are}n't angry. {They} just look{s} tired, and a little sorry for you, which is worse.]],
  choice "'Okay. I hear you. Thank you.'" {
    go = accept_no_again, respect = "%+8", tags = { "space" },
    note = "It is never too late to stop pushing; letting the second no be the last one still counts.",
  },
  choice "'You're making a mistake.'" {
    go = "closing_time", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Telling someone their own heart has got it wrong is an argument with no winner and one certain loser.",
  },
}

-- ---------------------------------------------------------------- Called off

scene "tide_out" {
  [[The message comes on a Tuesday night, while you are closing up Funland. It is long, for {Name}. {They} must have written it more than once.]],
  [["I thought we could do the friends thing. I don't think we can, not like this. Please don't message for a while. I mean it kindly. But I mean it."]],
  [[Madame Zora's eyes glow red in the dark arcade. You switch her off at the wall.]],
  choice "Reply 'Understood. I'm sorry.' Then stop." {
    go = "winter_alone", respect = "%+8", tags = { "apology", "space" },
    note = "One reply that only agrees, and then a silence that keeps to it, is respect they can actually see.",
  },
  choice "Don't reply. Just stop." {
    go = "winter_alone", respect = "%+8", patience = "%+6", tags = { "space" },
    note = "Sometimes the kindest answer is none at all, kept for as long as it is needed.",
  },
  choice "Go to the railway arch and explain in person" {
    go = "arch_door", respect = "%-35", trust = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Turning up at someone's work after they have asked for distance can frighten as much as it hurts.",
  },
  choice "Ask Bex to put in a word for you" {
    go = "bex_call", respect = "%-30", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Sending family to plead your case treats a boundary as an opening offer.",
  },
}

scene "arch_door" {
  [[The arch door is propped open for the fumes. {Name} is up the stepladder doing Colonel's mane. {They} see{s} you and go{es} very still.]],
  [["You can't be here," {they} say{s}, not coming down. "I asked you. I asked you nicely."]],
  choice "'You're right. I'm going.' And go." {
    go = "winter_alone", respect = "%+8", tags = { "apology", "space" },
    note = "Once you have crossed a line, leaving at once is the one kind thing still in your hands.",
  },
  choice "'Five minutes. Please. Just hear me out.'" {
    go = "low_tide", respect = "%-30", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "A request made in someone's workplace, after they asked for distance, is not one they can freely refuse.",
  },
}

scene "bex_call" {
  [[Bex rings back within the hour, which is how you know it's bad.]],
  [["No," she says. "I'm not doing that. If {Name} says stop, you stop. That's the whole rule. There isn't a clever bit." In the background one of the boys is asking what's for tea.]],
  choice "'You're right. I'm sorry, Bex.'" {
    go = "winter_alone", respect = "%+8", tags = { "apology" },
    note = "Hearing a no from the people around them, and taking it, is the start of hearing it from them.",
  },
  choice "'Just tell {them} I—'" {
    go = "low_tide", respect = "%-30", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Pressing a sister who has already refused turns the whole family into a wall you are leaning on.",
  },
}

scene "winter_alone" {
  [[The weeks go on without {Name} in them. Funland opens at weekends. The hen parties stop, the dog walkers thin out, and even the gulls start to look bored.]],
  function(s)
    if s.swam then
      return [[On Sundays you swim with the Blue Tits. Nine degrees, then eight, then seven. Dot says you are getting less pathetic.]]
    end
    return [[You put Madame Zora back together, properly this time, and write her new cards yourself. Dot reads them all and says two are good.]]
  end,
  [[You don't message {Name}. Some days that is easy. Some days it is the one thing you do right, and you do it.]],
  choice "Give Dot your phone on Sundays, for the day" {
    go = final_alone, patience = "%+8", tags = { "support" },
    note = "A small routine that keeps your hands off the phone is how a promise survives the hard days.",
  },
  choice "Take the extra Sunday shifts and save up" {
    go = final_alone,
    note = "Looking after your own life is how it starts to fill in again.",
  },
}

-- ---------------------------------------------------------------- Endings

ending "carousel_opens" {
  title = "The Carousel Opens",
  kind = "reconciled",
  function(s)
    if s.asked == "" then
      return [[Later, when the queue has thinned, you ride Colonel while {Name} rides Peggy beside you, both of you too old and too tall for it and nobody minding.]]
    end
    return [[Easter Saturday. The carousel turns for the first time in two years, organ wheezing, and you ride Colonel while {Name} rides Peggy beside you, both of you too old and too tall for it and nobody minding.]]
  end,
  [[You go slowly, the way {Name} asked. {They} stay{s} at the Grand. You go to {their} things: the lido unveiling, Kit's Tuesday open mics, Bex's netball final, where Bex shakes your hand like it is a test. It might be.]],
  [[There is no spreadsheet. There is a calendar on Kit's fridge in three kinds of handwriting, and that turns out to be plenty.]],
  reflection = [[You didn't talk your way back; you turned up, a coffee and a walk and a staircase at a time. You kept it light when light was what was offered, became someone {Name} liked being around again, and let {them} set the pace. The yes came from someone who was free to say no, which is the only kind worth having.]],
}

ending "in_together" {
  title = "In Together",
  kind = "reconciled",
  [[Easter Sunday, seven in the morning. The Blue Tits gather at the groyne below the lighthouse in their bobble hats, and {Name} is with you, in a borrowed one.]],
  [["In or out?" Dot shouts.]],
  [["In," you both say, and go, shrieking, into a sea that has not warmed up one degree for the occasion. Afterwards, on the shingle, {Name} drinks tea from the lid of Dot's flask, teeth chattering, and says, "Slowly, remember." You say you remember, and you do.]],
  reflection = [[What brought you here was not the past but what you made new: a freezing sea in December, a sofa up a staircase, a daft dance to an old song. The friendship came first and stays first. Whatever happens next, you will meet it as two people who like each other, not a plan with two names on it.]],
}

ending "friends_properly" {
  title = "Friends, Properly",
  kind = "growth",
  [[You tell {them} it's all right, and find that you mean it. {Name} hugs you on the spot, briefly and properly, paint on {their} hands and all.]],
  [[In May {they} repaint{s} the sign over Funland for Mr Pagett, for nothing, because the old one was an insult to the letter F. You hold the ladder. Kit does a new five minutes about a sofa and you are in it, and it is fond.]],
  [[On Saturdays you still meet at Nuno's. Sometimes Jules comes too, and you find you don't mind, which surprises you more than anyone.]],
  reflection = [[The answer was no, and you let it be no. By then you had already done what the winter was really for: you had become a friend worth having, without keeping a tally. It did not buy a yes and was never meant to. It left you both with something real.]],
}

ending "ask_me_in_september" {
  title = "Ask Me in September",
  kind = "growth",
  [[You let it be a don't-know. It turns out that you can.]],
  [[The season comes. Funland opens seven days a week and the pier fills with buckets and pushchairs and the smell of doughnuts. {Name} paints the lido sign and then the beach huts, and sends you a photo of one called Seas the Day, with the caption "I'm so sorry".]],
  [[You don't know how this ends. Some evenings the two of you eat chips on the sea wall and don't talk about it, and that is all right.]],
  reflection = [["Don't know" is an answer too, and you took it as one. You didn't turn it into a deadline, and you didn't treat the friendship as a waiting room for something else. Whatever September brings, you will meet it as someone who can wait without keeping score.]],
}

ending "your_own_weather" {
  title = "Your Own Weather",
  kind = "growth",
  [[It is over, and one morning in April you notice you have stopped telling yourself otherwise.]],
  function(s)
    if s.swam then
      return [[You keep swimming with the Blue Tits. At Easter you go in at seven with the rest of them, and Dot says, to nobody in particular, that you'll do.]]
    end
    return [[You finish Madame Zora. Her new cards say things like YOU WILL FIND YOUR KEYS and SOMEONE IS PLEASED TO SEE YOU, and children queue for her.]]
  end,
  [[In May Mr Pagett puts you in charge of Funland's summer hours. You make a rota. It is the first plan in years with only your name on it, and it is a good one.]],
  reflection = [[You learned to stop planning a future with someone who hadn't agreed to it, and to take a no as an answer rather than an obstacle. What's left is a life with room in it, arranged by you, with space for whoever walks into it next.]],
}

ending "low_tide" {
  title = "Low Tide",
  kind = "apart",
  [[In March {Name} blocks your number. It might just be tidying up. It doesn't feel like it. When you pass Bex outside the Co-op she looks straight through you, the way she looks at a boy with no PE kit.]],
  [[Kit does a new five minutes at the Anchor about someone who wouldn't take a hint. You hear about it from Dot. You don't go.]],
  [[Madame Zora's eyes still light up red for a pound. Nobody you know feeds her on Saturdays now.]],
  reflection = [[Every push this winter put your need in front of {Name}'s comfort, and a friendship can't carry that weight. A friend is someone who can hear "not like this" and change course. That is still ahead of you to learn, and still worth learning.]],
}

ending "closing_time" {
  title = "Closing Time",
  kind = "apart",
  [[You get the last word. It isn't a good one. {Name} turns away without answering, and you walk back along the front on your own and stand at the pier gates until the Funland bell goes for closing.]],
  [[Later you will replay it, the way you used to replay Regatta night, and find that every other thing you could have said was kinder.]],
  reflection = [[You were a good friend for most of a winter, and then, at the moment it mattered most, you weren't. Arguing with a no turned the coffees, the walk and the sofa into a bill, and nobody settles a bill with love. A no needs thanks, not a rebuttal; that is still worth learning, even late.]],
}
