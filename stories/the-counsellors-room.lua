-- The Counsellor's Room: an autumn, a winter and a spring of Thursdays at
-- four, in a room above a vape shop in Ferrisby, with a counsellor called
-- Hilary Pask and a fern that everybody waters.
-- British spelling throughout. Every paragraph is one line: a newline inside a
-- paragraph would be a forced break on screen.
--
-- The sessions are where the player looks at their own part (the shed at the
-- bottom of the garden, and the days spent in it). Counselling used as a
-- tactic (announced to prove a change, quoted at the other person, asked to
-- "tell them", counted up as a debt) is pressure, like turning up at their
-- work or asking their friend for news. Every ending that is not "apart" keeps
-- the player in counselling for themselves, whatever the answer was.
--
-- Meters move by fairmath and are for the player only: no code reads them.
-- What the other person makes of the year is kept in small whole numbers so
-- that `rekindle quicktest` can walk every state:
--   warmth    0..8: good moments raise it by one, careless ones lower it by
--             one, pressure by two;
--   pressure  0..3: pressure choices taken (three means three or more);
--   for_self  the player has said the work is theirs, whatever the answer;
--   said      what was said last, read by the next scene and then cleared.

-- ---------------------------------------------------------------- Helpers

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

-- Effects that remember what was said, for the next scene to answer.
local function say(n, also)
  return function(s)
    s.said = n
    if also then also(s) end
  end
end

-- Effects that forget it again, once it has been answered.
local function heard(also)
  return function(s)
    s.said = 0
    if also then also(s) end
  end
end

-- Chances in percent, by warmth. None of them reaches certainty: even after
-- the best year, {Name} may say no.
local JOINT = { [0] = 0, 5, 15, 35, 55, 70, 80, 88, 90 }   -- yes to coming in together
local SOLO  = { [0] = 0, 0, 10, 20, 40, 55, 65, 72, 75 }   -- offering one session, unasked
local FINAL = { [0] = 0, 0, 10, 25, 45, 60, 70, 76, 78 }   -- yes to trying again

local function clamp(p, hi)
  if p > hi then return hi end
  if p < 0 then return 0 end
  return p
end

-- The answer to the invitation to a joint session.
local function invite_answer(s)
  if s.pressure >= 2 then return "no_joint" end
  local p = JOINT[s.warmth]
  if s.pressure == 1 then p = p - 25 end
  if math.random(100) <= clamp(p, 90) then return "screening" end
  return "no_joint"
end

-- On the pier, when nobody asked: does {Name} offer to come to a session?
local function solo_answer(s, bonus)
  if s.pressure >= 2 then return "the_no" end
  local p = SOLO[s.warmth] + bonus
  if s.pressure == 1 then p = p - 25 end
  p = clamp(p, 75)
  local roll = math.random(100)
  if roll <= p then return "one_session" end
  if roll <= p + 12 and s.warmth >= 3 then return "not_yet" end
  return "the_no"
end

-- The answer in the car park. Two or more pressure choices can never end in
-- a yes, whatever else happened.
local function verdict(s, bonus)
  if s.pressure >= 2 then return "the_no" end
  local p = FINAL[s.warmth] + bonus
  if s.for_self then p = p + 8 end
  if s.pressure == 1 then p = p - 25 end
  p = clamp(p, 80)
  local roll = math.random(100)
  if roll <= p then return "yes_slowly" end
  if roll <= p + 12 and s.warmth >= 3 then return "not_yet" end
  return "the_no"
end

-- Which reconciliation. Checks the pressure counter again so no path can
-- slip past it.
local function together(ending)
  return function(s)
    if s.pressure >= 2 then return "not_yet" end
    return ending
  end
end

-- After a no, taken with thanks.
local function accept_no(s)
  if s.pressure >= 3 then return "the_empty_chair" end
  if s.pressure < 2 and s.warmth >= 5 then return "the_fern" end
  return "thursdays_at_four"
end

-- After a no, taken with thanks only once it had been said twice.
local function accept_no_late(s)
  if s.pressure >= 3 then return "the_empty_chair" end
  return "thursdays_at_four"
end

story {
  id     = "the-counsellors-room",
  title  = "The Counsellor's Room",
  author = "rekindle",
  blurb  = "Thursdays at four, a drowning fern, and learning to stay in the room.",
  start  = "name",
  meters = { patience = 50, respect = 50, trust = 50 },
  vars   = {
    name = "Ellis",
    warmth = 2,          -- 0..8: what {Name} makes of the year (eleven years count for something)
    pressure = 0,        -- pressure choices taken (0..3); two or more rule out a yes
    for_self = false,    -- the player has said the counselling is theirs, whatever happens
    said = 0,            -- what was just said, for the next scene; cleared once answered
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- pressure: a tactic that pushes; space: leaving room; support: asking for
  -- help; reflection: naming your own part; listening: hearing their side;
  -- vulnerability: saying what you feel; apology: saying sorry; consistency:
  -- a change shown in deeds.
  tags   = { "pressure", "space", "support", "reflection", "listening", "vulnerability", "apology", "consistency" },
  covers = { 1, 2, 4, 6, 9, 12, 14, 15, 16 },
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
  [[Ferrisby in October. The pier is shut for the winter, the arcades on the front have their shutters down, and the tide goes out so far you could walk to the wind farm if you didn't mind the mud.]],
  [[Seven weeks ago, the person you have been married to for eleven years packed two suitcases and a box of swimming trophies, and moved into a friend's box room on Jubilee Terrace.]],
  ask "Who moved out?" { into = "name", pronouns = true, go = "hallway" },
}

scene "hallway" {
  [[The house on Lowther Road is very tidy now. You hadn't known how much of the mess was {Name}'s: goggles drying on the radiator, lanyards on every door handle, the rota for Ferrisby Baths on the fridge under a magnet shaped like a lighthouse.]],
  [[{They} said it in the kitchen, calmly, as if {they}'d practised on the walk home: "I'm lonely in this house, and you're in it." You went down the garden to the shed. When you came back up, {they} had packed.]],
  [[The rota is gone. In its place, under the lighthouse, is a Post-it in your sister's capitals: HILARY PASK, COUNSELLOR, QUAY ST. RING HER OR I WILL. And a number.]],
  choice "Ring the number in the morning" {
    go = "quay_street", patience = "%+11", respect = "%+8", tags = { "support" }, effect = up,
    note = "Booking help because you cannot yet see your own part clearly is the first honest step, and it is yours.",
  },
  choice "Ring it, then text {Name}: 'I'm getting help.'" {
    go = "quay_street", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Announcing therapy to the person who left turns your help into a message for them, and waits for their reply.",
  },
  choice "Look her up online first" {
    go = "quay_street", patience = "%+6",
    note = "Checking who you are about to trust with the hard stuff is sensible, as long as it doesn't become a way of not ringing.",
    effect = function(s) s.said = 9 end,
  },
  choice "Leave the Post-it where it is for now" {
    go = "bron", patience = "%-4",
    note = "Putting help off for one more week is how a hard week quietly becomes a hard year.",
  },
}

scene "bron" {
  [[On Saturday a red Corsa with BRON'S SCHOOL OF MOTORING on the doors pulls up outside and toots twice. Your sister doesn't come in. She never comes in when she's on the clock.]],
  [[She winds the window down. "Did you ring her?" You look at the spare brake pedal on her side, the one she uses to stop teenagers hitting bollards. "I'll take that as a no. She's got a cancellation Thursday at four. I said you'd have it."]],
  [[In the passenger seat, a boy of seventeen studies his knees with great concentration.]],
  choice "'Fine. Thursday at four.'" { go = "quay_street" },
  choice "'Leave it with me. I'll ring her myself.'" {
    go = "quay_street", patience = "%+8", tags = { "support" }, effect = up,
    note = "Taking a step someone pushed you towards, and making the call yourself, still makes the step yours.",
  },
}

scene "quay_street" {
  [[The counselling rooms on Quay Street are up a flight of stairs between Cloud Nine Vapes and a chiropodist's, and the stairwell smells of cherry vapour and foot powder.]],
  [[The waiting room is two chairs and a water cooler. On the inner door is a laminated sign: PLEASE DO NOT WATER THE FERN. THANK YOU. H. PASK. In the other chair a man in a council hi-vis is reading a leaflet about sleep as if it might have a twist at the end.]],
  function(s)
    if s.said == 9 then
      return [[The internet had one photo of Hilary Pask: at a lifeboat charity quiz, in a paper crown, looking as if she had been made to wear it and had won anyway.]]
    end
  end,
  sequence {
    [[It is five to four. Nobody has called your name yet. The water cooler makes a noise like a swallowed remark.]],
    [[A week later: the same chairs, the same man, the same leaflet. He nods at you as if you have both been caught at something.]],
  },
  choice "Wait for her to call you" { go = "first_session", effect = heard() },
  choice "Go back down the stairs" { once = true, go = "pier", effect = heard() },
}

scene "pier" {
  [[You walk the length of the front in the wind, past the shuttered Golden Nugget and the kiosk that sells whelks in summer, to the pier gates. They are padlocked. A man fishes off the slipway, catching nothing, entirely content.]],
  [[You tell yourself you'll go next week. You say it in the voice you use for customers who swear they'll move the piano away from the radiator.]],
  choice "Go back next Thursday, and stay in the chair" {
    go = "quay_street", patience = "%+6",
    note = "Turning back once is human. Climbing the same stairs the next week is what counts.",
  },
}

scene "first_session" {
  [[Hilary Pask is somewhere past sixty, in a cardigan the colour of porridge, with her glasses on a chain. Her room has two armchairs that don't match, a tissue box in a knitted cover, and on the filing cabinet a fern in a brass pot, brown at the tips and drooping, as if it has just had bad news.]],
  [["Don't mind him," she says. "He came with the room. So did the kettle, which trips the fuse, and about half of my clients."]],
  [[She settles her glasses. "So. Why now?"]],
  choice "'{Name} left. I want {them} back.'" {
    go = "the_shed", patience = "%-3", effect = say(1),
    note = "Wanting them back is honest, but it is the one thing in that room you cannot work on.",
  },
  choice "'I think I was hard to live with.'" {
    go = "the_shed", respect = "%+14", trust = "%+8", tags = { "reflection" }, effect = say(2, up),
    note = "Starting with your own part, before anybody asks for it, is where change has room to begin.",
  },
  choice "'My sister made me come.'" { go = "the_shed", effect = say(3) },
}

scene "the_shed" {
  function(s)
    if s.said == 1 then
      return [["Then you want a locksmith or a miracle," Hilary says, "and I'm neither. What I do is you. That's the whole menu."]]
    elseif s.said == 2 then
      return [[She writes one word on her pad. You would give a great deal to know what it is. "Hard how?"]]
    end
    return [["Sisters do that," she says. "Is she usually right?" You think of Bron, who is right about most things and unbearable about all of them. "Usually," you say. "Then let's assume she is."]]
  end,
  [[She asks about an ordinary row. Not the last one: a Sunday one. You tell her about the dishwasher, and how {Name} loads it like someone filling a skip, and how it got loud.]],
  [["And then what did you do?"]],
  choice "'I went down to the shed till it blew over.'" {
    go = "homework", respect = "%+11", trust = "%+11", tags = { "reflection" }, effect = heard(up),
    note = "Naming what you do when it gets hard, plainly, is the start of being able to do something else.",
  },
  choice "'{Name} shouts. I don't. Someone has to be calm.'" {
    go = "how_long", respect = "%-4", effect = heard(),
    note = "Calling your own retreat 'staying calm' leaves the other person as the only one with a problem.",
  },
  choice "'I gave us both a bit of space.'" { go = "how_long", effect = heard() },
}

scene "how_long" {
  [["How long?" Hilary asks.]],
  [[You don't understand the question, and then you do. The shed is at the bottom of the garden. It has a workbench, a paraffin heater, the action of a Broadwood upright in pieces on a tray, and a camp bed you once told {Name} was for naps.]],
  [["Two days," you say. "Sometimes three." Hilary says nothing at all, for long enough that you hear it too.]],
  choice "'That's a long time to leave someone on their own.'" {
    go = "homework", respect = "%+11", trust = "%+8", tags = { "reflection" }, effect = up,
    note = "Hearing your own words come back, and letting them land, is half of what that room is for.",
  },
  choice "'It always blew over, though.'" {
    go = "homework", respect = "%-4",
    note = "A row that ends because one person gives up waiting has not blown over. It has gone underground.",
  },
}

scene "homework" {
  [[At ten to five Hilary gives you homework. The next time you want to leave a room, you stay in it for ninety seconds first. You don't have to say anything clever. You just don't go.]],
  [["There's nobody in the house to row with," you say. "Then you'll get plenty of practice at the easy level," says Hilary, and tears a page off her pad. "And if you've things to say to {Name}, say them to your phone. Record them. Your phone won't mind."]],
  choice "'Same time next week?'" {
    go = "boiler_text", patience = "%+11", tags = { "support", "consistency" }, effect = up,
    note = "Booking the next session before you leave the first turns help from a gesture into a habit.",
  },
  choice "'Could you write to {Name}? Say I've started?'" {
    go = "doorway", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = say(4, pushed),
    note = "Asking your counsellor to vouch for you turns the one room that is yours into an advert aimed at them.",
  },
  choice "'How many sessions till I'm sorted?'" {
    go = "doorway", patience = "%-4", effect = say(5),
    note = "Treating counselling as a course to finish by a date is the old hurry, moved into a new room.",
  },
}

scene "doorway" {
  function(s)
    if s.said == 4 then
      return [["No," Hilary says, pleasantly, the way a bus driver says no to a fifty-pound note. "I don't write references for the person in the chair, and I don't talk to the person who isn't in it. Ever. That's what makes it a room."]]
    end
    return [["You're not a boiler," Hilary says. She glances at the fern. "Neither is he, and I've tried everything on him."]]
  end,
  [[She opens her diary, an actual paper diary with a biro in the spine. "Next Thursday at four, then. If you want it."]],
  choice "'I want it.'" {
    go = "boiler_text", patience = "%+7", tags = { "support" }, effect = heard(),
    note = "Saying yes to the next session after a no you didn't like is a small promise kept to yourself.",
  },
}

-- The voice memos: Hilary's idea, and where the urge to reach out can go.
scene "memo" {
  sequence {
    [[You sit in the van with the engine off and press the red circle. "Hi. It's me. This is daft." You talk for four minutes about the boiler, and then about nothing, and then you stop.]],
    [[Memo two. Most of it is you breathing. Near the end you say, "I miss your stupid whistle," and then you press stop very fast.]],
    [[By now the memos have numbers instead of names. This one is eleven minutes long and nearly all of it is about the shed. You don't play it back.]],
    [[Another memo. You are getting better at these. You say the thing, and then you leave it there, unsent, like a letter in a drawer.]],
  },
  [[The phone asks what you would like to do with the recording.]],
  choice "Save it, and put the phone in the glovebox" {
    back = true, patience = "%+8", tags = { "space" },
    note = "Saying it out loud to no one lets the feeling move without handing it to someone who asked for quiet.",
  },
  choice "Send it to {Name}" {
    back = true, patience = "%-25", respect = "%-15", tags = { "pressure" }, effect = pushed,
    note = "A voice note sent into a silence is a knock on a door that was closed on purpose.",
  },
}

-- ---------------------------------------------------------------- November

scene "boiler_text" {
  [[A Tuesday in November. You are inside a Kemble upright at St Anne's Primary, with Year Two watching through the hall doors as if you were a zoo, when your phone buzzes.]],
  [[It is {Name}: "Boiler service is on the 3rd, 8 till 12. The card's in the drawer by the sink. Can you be in?" Nothing else. No kiss, but there never was one on boiler texts.]],
  [[Your first instinct is the old one: leave it. Answer when it stops stinging, which is Thursday, usually, or never.]],
  choice "'Yes, I'll be in. Thanks for the reminder.'" {
    go = "boiler_day", trust = "%+14", patience = "%+8", tags = { "consistency" }, effect = up,
    note = "A plain, prompt answer to a plain question shows a change better than any speech about it.",
  },
  choice "'Yes. Also, can we talk? Properly?'" {
    go = "boiler_day", patience = "%-4", effect = down,
    note = "Tucking the biggest question into a text about the boiler asks more of it than it can carry.",
  },
  choice "Leave it until it stops stinging" {
    go = "boiler_day", trust = "%-5", effect = down,
    note = "Waiting until it stops stinging is the shed again, carried in your pocket.",
  },
}

scene "boiler_day" {
  [[The boiler man is called Gethin, and he talks to the boiler more than to you. At half ten the front door opens with its own key, and {Name} is in the hall in {their} Baths fleece, pink-eyed from chlorine, saying {they} only came for {their} winter coat.]],
  [[{They} find{s} the coat. Then {they} see{s} the camp bed through the kitchen window, down in the shed, made up with the good duvet. "You're sleeping out there now?" It isn't quite a question, and it isn't kind.]],
  [[Every muscle you own wants to go and check the heater.]],
  choice "Stay where you are. Count to ninety." {
    go = "second_session", trust = "%+14", patience = "%+8", tags = { "consistency" }, effect = say(1, up),
    note = "Staying in the room when everything in you wants to leave it is a change that can be seen, not just claimed.",
  },
  choice "'I'd better check that heater.'" {
    go = "second_session", trust = "%-5", effect = say(2, down),
    note = "An excuse to leave is still leaving, and {Name} had watched you take that exit for years.",
  },
  choice "'I'm not sleeping out there. Much.'" {
    go = "second_session", trust = "%-4", effect = say(3, down),
    note = "A small lie to get out of a hard moment costs more trust than the moment would have.",
  },
}

scene "second_session" {
  [[Hilary has a cold and a mug of Lemsip, and the fern has lost another frond. There is water in its saucer again. "Somebody keeps watering him," she says. "Sign or no sign. Nervous people need something to do with their hands."]],
  function(s)
    if s.said == 1 then
      return [[You tell her about the coat and the ninety seconds, the longest minute and a half of your life. {Name} said "Right," and then "Right," and then stayed for a cup of tea {they} didn't drink. "Good," Hilary says, and blows her nose.]]
    elseif s.said == 2 then
      return [[You tell her about the coat, and the heater you went to check, which was off. She doesn't say anything. She doesn't need to.]]
    end
    return [[You tell her about the coat, and what you said about the camp bed, which was a lie with "much" on the end. {Name} looked at the duvet and said nothing. Hilary shuts her eyes, briefly, like someone watching a parallel park go wrong.]]
  end,
  [["Today I want the other side," she says. "While you were in the shed. What was {Name} doing, up at the house?"]],
  choice "Try to tell it the way {Name} would" {
    go = "their_side", respect = "%+11", patience = "%+8", tags = { "listening" }, effect = heard(up),
    note = "Telling the story from the other side is how you learn what your habit cost the person living beside it.",
  },
  choice "'I don't know. I was in the shed.'" {
    go = "their_side", respect = "%+6", effect = heard(),
    note = "Admitting you never saw their side is a start, as long as it isn't where you stop.",
  },
  choice "'{They}'d say I'm a monster. {They} exaggerate{s}.'" {
    go = "their_side", respect = "%-5", effect = heard(),
    note = "Guessing the other person's story only to wave it away is a way of not hearing it twice.",
  },
}

scene "their_side" {
  [[It comes slowly. {Name} up at the house with the telly on for company. {Name} carrying a mug of tea down the garden and leaving it on the shed step, the way you'd leave milk out for a hedgehog. {Name} knocking, the first year. Not knocking, after that.]],
  [[You remember the mugs. You used to find them in the morning, cold, with a skin on, lined up on the step as if they were queuing.]],
  [["Eleven years," Hilary says. Not unkindly. She is looking at the fern, not at you, which makes it easier and worse.]],
  choice "Sit with it. Don't explain." {
    go = "saturday", respect = "%+11", patience = "%+8", tags = { "reflection" }, effect = up,
    note = "Letting a hard truth sit, without rushing to explain it away, gives it the chance to change you.",
  },
  choice "'I never asked {them} to wait up there.'" {
    go = "saturday", respect = "%-4",
    note = "Never asking someone to wait is not the same as never making them.",
  },
}

scene "saturday" {
  [[Saturday, half past six in the morning, and you have been awake since four. Early swim at the Baths starts at seven. {Name} opens up on Saturdays; {they} always {have}. You have had a membership card in your wallet for nine years and used it twice.]],
  [[Bron's sea-swimming lot go in off the slipway at seven too. She has invited you every week since September, mostly as an insult.]],
  [[Your trunks are in the drawer. The car keys are on the hook.]],
  choice "Go for an early swim at the Baths" {
    go = "baths", respect = "%-25", trust = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Turning up at someone's work means turning up where they cannot leave, however much you call it a swim.",
  },
  choice "Go down to the slipway and join Bron" {
    go = "dippers", patience = "%+11", tags = { "space" }, effect = up,
    note = "Taking a restless morning somewhere that isn't their life keeps the distance they asked for.",
  },
  choice "Talk to your phone first, then go to Bron's" {
    call = "memo", go = "dippers",
  },
  choice "Turn over and listen to the shipping forecast" { go = "carys" },
}

scene "baths" {
  [[The pool smells the way {Name}'s hair used to. {They} {are} on the poolside in {their} red polo shirt with a whistle, and {they} see{s} you in the doorway of the changing rooms, and everything about {their} face goes still.]],
  [[You swim four lengths of slow breaststroke. Every time you look up, {they} {are} looking somewhere else, very carefully. At the end {they} crouch{es} by the steps. "You don't swim," {they} say{s}, low. "Not once in eleven years."]],
  choice "'You're right. I'm going. Sorry.'" {
    go = "carys", respect = "%+8", tags = { "apology" },
    note = "Leaving at once, and saying sorry, does not undo turning up, but it stops it growing.",
  },
  choice "'I've been going to counselling, you know.'" {
    go = "carys", respect = "%-20", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Holding up your therapy as a reason to be let back in turns it from help into a ticket.",
  },
}

scene "dippers" {
  [[The sea at seven is the colour of a filing cabinet and eleven degrees. Bron's lot are six women in long coats and a retired dentist called Pete. They go in shrieking and come out swearing, which Bron says is the point.]],
  [[Mo, who is seventy-eight and swims in a cap covered in rubber flowers, looks you up and down. "First time's the worst," she says. "After that it's just every time."]],
  choice "Walk in up to your neck, and stay" {
    go = "carys", patience = "%+11", respect = "%+6", effect = up,
    note = "Doing something hard and ordinary for your own sake builds the patience the bigger things will need.",
  },
  choice "Hold the towels on the shingle" { go = "carys" },
}

scene "carys" {
  [[The Co-op on Harbour Road, a wet Wednesday. You are holding a basket with one lasagne in it when you see Carys in the queue with Tomos, who is nine and has his Grade Two piano exam in three weeks, on the upright you tuned for them in the spring.]],
  [[{Name} has been living in Carys's box room for three months. Carys sees you, and you can watch her deciding to be nice about it. "All right?" she says. Tomos is holding a family bag of Wotsits like a trophy.]],
  choice "Ask Carys how {Name} is really doing" {
    go = "third_session", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Asking a friend for news puts them between you, and turns someone's private life into a report.",
  },
  choice "Ask Tomos about his exam, and nothing else" {
    go = "third_session", respect = "%+11", trust = "%+8", effect = up,
    note = "Being easy company for the people around them, asking for nothing, is a kindness that travels.",
  },
  choice "Say hello, and let them go ahead of you" {
    go = "third_session", patience = "%+6", respect = "%+6",
    note = "A small courtesy to the people closest to them costs nothing and asks for nothing.",
  },
  choice "Study the back of the lasagne until they've gone" {
    go = "third_session", trust = "%-3",
    note = "Hiding spares you one awkward minute and costs a chance to show you can be ordinary.",
  },
}

-- ---------------------------------------------------------------- December

scene "third_session" {
  [[December. The fern has been moved to the windowsill, away from the water cooler, and has a new sign taped to its pot: I AM NOT THIRSTY. Hilary's cold has gone. There is a tin of Quality Street on her desk, which she does not offer you.]],
  [[She asks the question you have been walking round for three months. "Say {they} {do}n't come back. Then what?"]],
  choice "'Then I'd still want to stop living in the shed.'" {
    go = "quality_street", patience = "%+14", respect = "%+11", tags = { "reflection" },
    effect = say(1, function(s) s.for_self = true; up(s) end),
    note = "Wanting the change for its own sake, whatever the answer, is what turns counselling from a tactic into help.",
  },
  choice "'Then what's the point of all this?'" {
    go = "quality_street", patience = "%-4", effect = say(2),
    note = "Counselling done only to win someone back has a deadline built into it, and the deadline is their answer.",
  },
  choice "'{They} will. I'm doing everything right.'" {
    go = "quality_street", respect = "%-4", patience = "%-4", effect = say(3),
    note = "Doing everything right is not a contract. The other person never signed it.",
  },
}

scene "quality_street" {
  function(s)
    if s.said == 1 then
      return [[Hilary looks at you over her glasses for a while. Then she takes the lid off the tin and holds it out. You take a green triangle. It seems important to get it right.]]
    elseif s.said == 2 then
      return [["Good," Hilary says. "That's the first thing you've said in here that you didn't practise in the van." She doesn't answer it. She lets it sit there between you, like the fern.]]
    end
    return [["Everything," Hilary says. "That's a lot to be doing." She writes something down, and for once you can read it upside down: EVERYTHING.]]
  end,
  [[At the door she tells you she is retiring in May. "Leeks," she says. "Don't look like that. You'll be done with me long before."]],
  choice "'See you in January.'" { go = "december_call", effect = heard() },
}

scene "december_call" {
  [[The twenty-second of December. {Name} rings, actually rings, which {they} {have}n't done since August. You are in the van outside the Grand Hotel, with the tuning hammer for the ballroom Bechstein still in your hand.]],
  [["Mum still thinks you're coming on Boxing Day," {they} say{s}. "I haven't told her. I didn't know what to tell her." A pause. "How are you? Actually."]],
  [[The old reflex arrives on time: say fine, say whatever's easiest, get off the phone, go somewhere with a door.]],
  choice "Stay on the line, and tell {them} how you are" {
    go = "the_invitation", trust = "%+14", respect = "%+8", tags = { "vulnerability" }, effect = up,
    note = "Answering 'how are you' with the truth, and staying on the line for it, is the opposite of the shed.",
  },
  choice "'Fine. Tell your mum whatever's easiest.'" {
    go = "the_invitation", trust = "%-4", effect = down,
    note = "'Whatever's easiest' sounds generous, and leaves the other person to carry every decision alone.",
  },
  choice "'Shall I ring her? I don't mind. I should.'" {
    go = "the_invitation", trust = "%+11", respect = "%+8", tags = { "consistency" }, effect = up,
    note = "Offering to carry the hard part yourself, and letting them decide whether you do, is care without pressure.",
  },
  choice "'Hilary reckons you avoid things too.'" {
    go = "the_invitation", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Quoting your counsellor's view of someone who has never sat in the room is a verdict, not a conversation.",
  },
}

-- ---------------------------------------------------------------- January

scene "the_invitation" {
  [[January. The fern has put out one new frond, tightly curled, the size of a fingernail. Hilary points at it with her biro as if it has done it to spite her.]],
  function(s)
    if s.for_self then
      return [[You have been coming for three months. Last week you told her a thing about your dad that you have never told anyone, and she said "Hm," and you both knew that was a lot.]]
    end
    return [[You have been coming for three months, mostly on time. Some weeks you are not sure what for, and say so, and she writes that down too.]]
  end,
  [[Near the end you ask whether she sees couples. "When both people want to be in the room," she says. "Both, mind. Not one person and a hostage."]],
  choice "Ask {Name} once, and say no is a fine answer" {
    go = "asking", respect = "%+11", tags = { "space" }, effect = say(1),
    note = "An invitation with a real 'no' inside it is the only kind that can be freely accepted.",
  },
  choice "Don't ask. Keep coming on your own." {
    go = "solo_winter", patience = "%+11", tags = { "space" },
    effect = function(s) s.for_self = true; up(s) end,
    note = "Keeping the room for yourself, without recruiting anybody into it, is patience of a quiet sort.",
  },
  choice "Tell {Name} that Hilary wants {them} to come" {
    go = "asking", respect = "%-25", trust = "%-15", tags = { "pressure" }, effect = say(2, pushed),
    note = "Putting your wish in your counsellor's mouth borrows an authority that was never yours to use.",
  },
}

scene "asking" {
  function(s)
    if s.said == 1 and s.for_self then
      return [[You send it on a Sunday afternoon, after three drafts: "Hilary sees couples sometimes. Would you ever want to come, once? No is a completely fine answer. I'm going either way."]]
    elseif s.said == 1 then
      return [[You send it on a Sunday afternoon, after three drafts: "Hilary sees couples sometimes. Would you ever want to come, once? No is a completely fine answer."]]
    end
    return [[You send it on a Sunday afternoon: "Hilary wants you to come in. She thinks it would really help."]]
  end,
  [[Then you put the phone face down on the piano in the front room, and wash up things that are already clean.]],
  [[The first evening: nothing. The next morning: nothing. {Name} is on earlies this week, you remember, and then on a course in Preston.]],
  choice "Wait. Don't send anything else." {
    go = invite_answer, patience = "%+8", tags = { "space" }, effect = heard(),
    note = "Two days of quiet from them is not a verdict. It is their time, and they are using it.",
  },
  choice "Talk to your phone instead" {
    call = "memo", go = invite_answer, effect = heard(),
  },
}

scene "no_joint" {
  function(s)
    if s.pressure >= 2 then
      return [[{Name}'s answer is short. "No. I'm not coming to your counsellor. And please stop bringing her into things. It makes me feel like your homework."]]
    end
    return [[{Name}'s answer, when it comes, is long for {them}. "I'm glad you're going. I really am. But it's yours, and I think it should stay yours. I don't want to sit in a room and be the reason you get better."]]
  end,
  [[You read it in the van, twice, with the wipers going.]],
  choice "'That's fair. I'm going anyway.'" {
    go = "solo_winter", respect = "%+11", tags = { "space" },
    effect = function(s) s.for_self = true; up(s) end,
    note = "Taking a no to an invitation with good grace shows it really was an invitation.",
  },
  choice "'Then what am I even doing it for?'" {
    go = "solo_winter", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Telling someone your help depends on them hands them the blame for whether you get better.",
  },
  choice "Don't answer for three days" {
    go = "solo_winter", trust = "%-4", effect = down,
    note = "Three days of silence after a no is the shed, sent by text.",
  },
}

-- ---------------------------------------------------------------- Spring, alone

scene "solo_winter" {
  [[February, and then March. You keep your Thursdays. The man in the hi-vis finishes his sessions and shakes your hand in the waiting room on his way out, which surprises you both.]],
  function(s)
    if s.for_self then
      return [[You stay in rooms now, mostly. You stayed in Bron's kitchen through a whole row about your mother's care home, and at the end of it Bron said, "Who are you?" and gave you the last biscuit.]]
    end
    return [[Some Thursdays you sit in the chair and wonder what it's for. Hilary lets you wonder. Once she says, "You can stop whenever you like," and you find you don't want to, which is news.]]
  end,
  [[The week before Easter, {Name} texts. The pier reopens on Saturday. Would you like a walk? To talk about the house, {they} say{s}. And other things.]],
  choice "'I'd like that. Saturday.'" {
    go = "spring_walk", trust = "%+8",
    note = "A plain yes to a plain offer leaves it the size they made it.",
  },
  choice "'Only if you're sure you want to.'" {
    go = "spring_walk", respect = "%+8", tags = { "space" },
    note = "Checking that someone really wants what they offered leaves the door in their hands.",
  },
  choice "Ring {them} now to ask what 'other things' means" {
    go = "spring_walk", patience = "%-4", effect = down,
    note = "Rushing to pin down a loose offer can squeeze the life out of it.",
  },
}

scene "spring_walk" {
  [[The pier has had a coat of paint and smells of it. You walk to the end with {Name}, past the fortune teller's booth, still boarded up, while the gulls work the bins. {They} talk{s} about the house first: keep it, sell it, not yet.]],
  [[Then {they} stop{s} at the railings at the very end, where the sea is deep and green. "You seem different," {they} say{s}. "I don't know what to do with that yet."]],
  choice "'You don't have to do anything with it.'" {
    go = function(s) return solo_answer(s, 5) end, patience = "%+11", tags = { "space" },
    note = "Letting your change be something the other person can simply notice, without owing it an answer, is patience.",
  },
  choice "Tell {them} what the shed was, from inside" {
    go = function(s) return solo_answer(s, 5) end, trust = "%+11", tags = { "vulnerability" },
    note = "Saying what you felt, and asking for nothing back, lets someone see you instead of your case.",
  },
  choice "'I've done six months of counselling for this.'" {
    go = function(s) return solo_answer(s, 0) end,
    respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Presenting months of therapy as something done for them turns the work into a bill.",
  },
}

scene "one_session" {
  [[{Name} watches a gull take a whole chip carton off the end of the pier.]],
  [["I'd come to one," {they} say{s}. "One session. With your Hilary. Not to be fixed. I'd just like to see the room."]],
  choice "'I'd like that. No strings.'" {
    go = "screening", respect = "%+8", tags = { "space" },
    note = "Taking an offer exactly as it is made, and no bigger, is how it stays an offer.",
  },
  choice "'Only one?'" {
    go = "screening", patience = "%-4", effect = down,
    note = "Bargaining over the size of a gift makes it smaller.",
  },
}

-- ---------------------------------------------------------------- Two chairs

scene "screening" {
  once_only {
    [[Hilary sees you each on your own first. She always does, she says, and she asks everyone the same thing, so nobody needs to take it personally.]],
  },
  function(s)
    if s.said == 3 then
      return [["Then it stops being couples work," Hilary says. "Nobody gets sent home to try harder, and nobody gets told to win anybody back. The one who's frightened gets a number for people who help with exactly that, day or night, and a plan for staying safe. The one doing the frightening, if they want to stop, gets a different number, for a programme that's hard and works. Neither of them gets talked into anything in here."]]
    end
    return [["Has either of you ever been frightened of the other? Has anyone checked phones, kept money back, kept the other one from friends or family? If it's yes, for either of you, we don't do this together in a room."]]
  end,
  [[On the windowsill the fern has three new fronds, and one of them is nearly open.]],
  choice "'No. Nobody was frightened. Just lonely.'" {
    go = "joint_one", trust = "%+8", effect = heard(),
    note = "A counsellor asks about fear before anything else because some rooms are not safe to share. An honest answer makes the rest possible.",
  },
  choice "Ask what happens when someone says yes" {
    once = true, go = "screening", effect = say(3),
  },
  choice "'What did {Name} say, when you asked {them}?'" {
    go = "joint_one", respect = "%-25", trust = "%-15", tags = { "pressure" }, effect = say(2, pushed),
    note = "Asking a counsellor what the other person said in confidence asks her to break the one promise that makes the room work.",
  },
}

scene "joint_one" {
  function(s)
    if s.said == 2 then
      return [["I'm not going to answer that," Hilary said, in your half hour, "and I'm going to write down that you asked." She did. You watched her.]]
    end
  end,
  [[{Name} sits in the other armchair in {their} Baths fleece, with {their} coat still on, as if {they} might need to leave quickly. Hilary gives the rules: one person talks at a time, and everybody gets to finish their sentences.]],
  [[{Name} talks about the shed. The tea on the step, the mugs in the morning. "In the end I stopped knocking," {they} say{s}. "I thought if I stopped, you'd notice. You didn't."]],
  choice "Listen to the end. Don't fix it." {
    go = "joint_two", respect = "%+11", patience = "%+8", tags = { "listening" }, effect = heard(up),
    note = "Hearing someone out to the end, without a correction ready, lets their account stand.",
  },
  choice "'You'd been shouting, though. To be fair.'" {
    go = "joint_two", respect = "%-5", trust = "%-4", effect = heard(down),
    note = "'To be fair' usually means 'now let me win', and the other person hears it that way.",
  },
  choice "'Hilary, tell {them} what I said about the shed.'" {
    go = "joint_two", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = heard(pushed),
    note = "Asking the counsellor to speak for you makes her your advocate, and puts the other person in the dock.",
  },
}

scene "joint_two" {
  [[Half an hour in, Hilary turns to you. "{Name} has told us what the shed looked like from the house. What did it look like from inside?"]],
  [[{Name} looks at the fern. You look at your hands, which are a tuner's hands, good at tiny adjustments and no use at all for this.]],
  choice "'I was scared that if I stayed, I'd end us.'" {
    go = "car_park", trust = "%+14", respect = "%+8", tags = { "vulnerability" }, effect = up,
    note = "Saying the fear underneath the habit lets the other person see a person, not a pattern.",
  },
  choice "'I'm sorry for every mug on that step.'" {
    go = "car_park", respect = "%+11", trust = "%+8", tags = { "apology" }, effect = up,
    note = "An apology that names exactly what you did, with no 'but', is one the other person can believe.",
  },
  choice "'It's how I was brought up. We didn't talk.'" {
    go = "car_park", respect = "%-4", effect = down,
    note = "Where a habit came from can explain it, but offered first, it sounds like a reason to keep it.",
  },
}

scene "car_park" {
  [[Afterwards you stand in the car park behind Cloud Nine Vapes, where the harbour wall keeps off the worst of the wind. {Name} has {their} keys out and doesn't use them.]],
  [["Can I ask you something?" {they} say{s}. "If I said no. To us. Would you keep going? To her?"]],
  choice "'Yes. It's mine now. I'd keep going.'" {
    available = function(s) return s.for_self end,
    reason = "you haven't decided that yet",
    go = function(s) return verdict(s, 5) end, trust = "%+11", respect = "%+8", tags = { "space" }, effect = up,
    note = "Meaning it when you say the work is yours, whatever the answer, leaves the other person free to give any answer.",
  },
  choice "'I don't know. Honestly.'" {
    go = function(s) return verdict(s, 0) end, trust = "%+6",
    note = "An honest 'I don't know' is worth more than a confident answer you could not stand behind.",
  },
  choice "'I've done twenty sessions. Doesn't that count?'" {
    go = function(s) return verdict(s, 0) end,
    patience = "%-20", respect = "%-25", tags = { "pressure" }, effect = pushed,
    note = "Counting your sessions at someone turns the work into a debt, and asks them to pay it off with their life.",
  },
}

-- ---------------------------------------------------------------- The answer

scene "yes_slowly" {
  [[{Name} is quiet for so long that a gull lands on the bonnet of the nearest car, considers you both, and leaves.]],
  [["Yes," {they} say{s}. "I think yes. But slowly. I'm at Carys's till the summer at least. We keep coming here, the two of us. And you keep your Thursdays on your own as well. Not for me. For you."]],
  choice "Ask what 'slowly' means to {them}" {
    go = together("two_front_doors"), trust = "%+11", tags = { "listening" },
    note = "Asking someone to describe the pace they need, instead of guessing at it, is how you keep to it.",
  },
  choice "'I'll keep my Thursdays. They're mine.'" {
    go = together("the_long_way_round"), respect = "%+11",
    note = "Keeping your own help going once things look better is how you show it was never only for them.",
  },
  choice "'Can we drop the joint sessions, now?'" {
    go = function(s)
      if s.pressure < 2 and math.random(100) <= 65 then return "the_long_way_round" end
      return "not_yet"
    end,
    respect = "%-12", effect = say(7),
    note = "Brushing aside the help someone has asked for tells them the old way of doing things is still in charge.",
  },
}

scene "not_yet" {
  function(s)
    if s.said == 7 then
      return [[{Name} looks at you for a long moment. "Then maybe it isn't yes," {they} say{s}. "Maybe it's I don't know. The Baths have the busiest summer in years coming, and I don't want to decide this tired. Ask me in September. Or don't, and I'll tell you."]]
    end
    return [[{Name} doesn't say yes, and {they} {do}n't say no. "I don't know," {they} say{s}. "The Baths have the busiest summer in years coming, and I don't want to decide this tired. Ask me in September. Or don't, and I'll tell you."]]
  end,
  [[Out on the water a trawler is coming in, slowly, with the gulls behind it like an argument.]],
  choice "'September, then. Or whenever.'" {
    go = "after_the_season", patience = "%+11", tags = { "space" }, effect = heard(),
    note = "Taking 'I don't know yet' as a real answer, and not a delay to be managed, is patience with no clock on it.",
  },
  choice "'I can't wait till September.'" {
    go = "the_no", patience = "%-25", respect = "%-15", tags = { "pressure" }, effect = heard(pushed),
    note = "Pushing an honest 'not yet' for a date makes no the easiest answer to give.",
  },
}

scene "the_no" {
  function(s)
    if s.pressure >= 2 then
      return [["No," {Name} says. "I'm sorry. I can't be with someone I have to keep asking to stop." {They} {do}n't say it unkindly, which is worse.]]
    elseif s.warmth <= 4 then
      return [["No," {Name} says, gently. "I can see you're trying. I just don't trust it yet, and I don't want to spend another year finding out if I will."]]
    end
    return [["No," {Name} says, and {their} voice goes, just for a second. "It isn't that you haven't changed. You have. It's that I've spent a year learning to live on my own, and I like who I am there. I'm not ready to give that up."]]
  end,
  [[The wind comes in off the harbour and finds the gap in your collar.]],
  choice "Thank {them} for saying it straight" {
    go = accept_no, respect = "%+11", tags = { "space" },
    note = "A no said plainly took nerve to say. Thanking them for it is the last kind thing the question allows.",
  },
  choice "Nod, and let that be the answer" {
    go = accept_no,
    note = "Sometimes the kindest answer to a no is to make it easy to have said.",
  },
  choice "'Come to one more session. Then decide.'" {
    go = "no_again", patience = "%-25", respect = "%-10", tags = { "pressure" }, effect = pushed,
    note = "Asking someone to think again about a thought-through answer tells them they weren't heard the first time.",
  },
}

scene "no_again" {
  [["I have decided," {Name} says. "That's what this whole year was. Me, deciding."]],
  [[{They} {are} not cross. {They} just look{s} tired, the way {they} used to at the end of a gala weekend, and a little sorry for you, which is harder to stand.]],
  choice "'Okay. I heard you. Thank you.'" {
    go = accept_no_late, respect = "%+8", tags = { "space" },
    note = "Stopping late is still stopping, and a no let be at the second asking still counts.",
  },
  choice "'After everything I've done this year?'" {
    go = "the_file_closed", respect = "%-30", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Holding up a year of effort as a reason for a yes turns the effort into guilt, and guilt into the last word.",
  },
}

-- ---------------------------------------------------------------- Endings

ending "the_long_way_round" {
  title = "The Long Way Round",
  kind = "reconciled",
  [[{Name} moves back in August, the week the Baths close for the deep clean, with two suitcases and the box of trophies, which goes in the loft this time. The camp bed goes to the tip. The shed goes back to being a place where pianos get mended.]],
  [[You keep your Thursdays at four. On the first Monday of the month you go together, until Hilary retires, and then to the woman who takes over her room and, to everyone's surprise, her fern.]],
  [[Some nights it still gets loud. You stay in the kitchen: ninety seconds, and then as long as it takes.]],
  reflection = [[You went to counselling to look at your own part, and somewhere along the way you started going for yourself. That is what {Name} could say yes to: not a promise, but a year of staying in the room. The help that got you here is the help that keeps you, and you kept it.]],
}

ending "two_front_doors" {
  title = "Two Front Doors",
  kind = "reconciled",
  [[Slowly, it turns out, means two front doors. {Name} takes a flat of {their} own on Jubilee Terrace, three doors down from Carys, and you take turns to cook. Some nights you walk home along the front afterwards, on your own, and it isn't lonely. It's a walk.]],
  [[On the first Monday of the month you both climb the stairs past Cloud Nine Vapes. On Thursdays you climb them alone.]],
  [[In May Hilary retires to her leeks. She gives the fern to {Name}, who was a lifeguard for ten years and knows a drowning when {they} see{s} one.]],
  reflection = [[Asking what 'slowly' meant, and taking the answer as it came, let {Name} set a pace {they} could trust. Going back was never the point; going on was. You kept a room of your own through all of it, and that is why there is room now for two.]],
}

ending "the_fern" {
  title = "The Fern",
  kind = "growth",
  [[It is over, and in the weeks after, you notice you have stopped saying "for now", even in your head. You still climb the stairs on Thursdays. The man in the hi-vis is back for a top-up, he says, and you nod at each other like colleagues.]],
  [[On her last Thursday in May, Hilary hands you the fern in its brass pot, greener than you have ever seen it. "He's yours," she says. "Don't water him. Everybody waters him."]],
  [[{Name} sends a photo from the Baths' summer gala: a toddler in armbands, furious with joy. You send back the fern.]],
  reflection = [[The answer was no, and you let it be no. You kept going to counselling anyway, because by then it was yours: the shed, the ninety seconds, the staying. It didn't buy a yes, and it was never meant to. It made you someone who can stay in a hard room, and every room from now on will be better for it.]],
}

ending "thursdays_at_four" {
  title = "Thursdays at Four",
  kind = "growth",
  [[It is over. The house on Lowther Road goes on the market in June and sells to a couple with twin boys who want the shed for their bikes.]],
  [[You keep your Thursdays at four. Some weeks you talk about {Name}. More and more, you talk about your dad, and Bron, and why a shut door has always felt safer to you than an open one.]],
  function(s)
    if s.pressure >= 1 then
      return [[You weren't always kind this year. Hilary doesn't let you pretend otherwise, and you find you are glad of that, mostly.]]
    end
  end,
  [[On your last visit before she retires, the fern has a new sign: STILL NOT THIRSTY. You laugh all the way down the stairs, which alarms the chiropodist.]],
  reflection = [[Letting {Name} go once {they} had decided, and keeping on with the counselling for your own sake, is not losing. Your part in what went wrong is still yours to work on, and you are working on it. That is the growth that was waiting underneath the wish to win {them} back.]],
}

ending "after_the_season" {
  title = "After the Season",
  kind = "growth",
  [[You leave it with {them} until September, and find that you can carry a question without shaking it.]],
  [[The summer happens. The Baths have a gala, a heatwave and a lost-property crisis involving forty towels. You keep your Thursdays. You tune the ballroom Bechstein for a wedding and stay to hear the first dance: badly played, perfectly in tune.]],
  [[Whatever September brings, you will be in the room for it.]],
  reflection = [[Being ready for any outcome includes not knowing yet. You didn't turn "ask me in September" into a deadline, and you didn't stop going to Hilary because the answer wasn't yes. Patience without a clock is what that room taught you, and it stays yours whatever September says.]],
}

ending "the_empty_chair" {
  title = "The Empty Chair",
  kind = "apart",
  [[{Name} asks you, through Carys, to send anything about the house to {their} solicitor from now on. You let the no stand, at the end, and you meant it. After the year you had given {them}, {they} had no way of knowing that.]],
  [[On Thursday you climb the stairs and sit in the chair, and for the first time you tell Hilary all of it: every push, in order, with no "but". She listens to all of it. "Right," she says. "Now we're working."]],
  reflection = [[Each push this year, whatever shape it took, turned the help you were getting into pressure on {Name}, and each one told {them} your need came first. Pressure brings nobody closer; it teaches them that distance is the only thing you will respect. The room on Quay Street is still there. What you do in it now is for you.]],
}

ending "the_file_closed" {
  title = "The File Closed",
  kind = "apart",
  [[You say it, and there is no taking it back. {Name} turns and walks away without looking round, and you stand where {they} left you until the wind wins.]],
  [[On Thursday you don't go. Hilary leaves one message, brief and dry, to say the slot is yours until the end of the month if you want it. You let the month run out.]],
  reflection = [[When the answer you didn't want arrived, you argued with it, and turned a year of counselling into something owed. That is what it had been, then: a way to win rather than a way to change. A no deserves thanks, not a verdict. The stairs on Quay Street are still there, if you ever climb them for yourself.]],
}
