-- The Counsellor's Room: an autumn, a winter and a spring of Thursdays at
-- four, in a room above a vape shop in Ferrisby, with a counsellor called
-- Idris Pennant and a fern that nobody is allowed to water.
-- British spelling throughout. Every paragraph is one line: a newline inside a
-- paragraph would be a forced break on screen.
--
-- Getting back together is not the question. {Name} has said {they} {are} not
-- coming back, and the story believes {them}. The questions are whether you
-- can become someone who stays in the room when it gets hard, and what terms
-- you and {Name} end on: friends, decent to each other, or apart.
--
-- What decides it is what you practised. Each session teaches one thing, and
-- each has a test outside the room, when it is hard:
--   staying  staying in the room       session 1; tested on the boiler day
--   owning   your part, with no "but"  session 2; tested in Bron's kitchen
--   saying   what you feel             session 3; tested on the December call
--   asking   instead of guessing       session 4; tested over the house
-- `practised` holds what you did, in the room or outside it; `held` holds
-- what held when it was tested (held is always inside practised). {Name} saw
-- three of the four tests (the boiler, the call, the house) and, if {they}
-- came to the parting session, how you heard {them} there. {Name}'s answer at
-- Easter comes from what {they} saw, from any boundary still standing, and
-- from {their} own life (a seeded roll): see ellis_decides below. Your last
-- words on the pier decide the ending, and some of them are only open to you
-- if you practised them.
--
-- Boundaries (tagged "boundary"): the early swim at {Name}'s work, eleven
-- voice notes sent at dawn, asking Carys for news, and guilt at the very end.
-- Each of the first three is shown, remembered by {Name} later (the December
-- call, the house, the pier), and can be repaired once, in words about that
-- act (tagged "repair"); {Name} decides whether the repair is enough. A
-- boundary not mended rules out the friends ending.
--
-- Meters move by fairmath and are for the player only: no code reads them.
--
-- Kept small enough for quicktest to try every state: the only tags are the
-- two the rules count (the rules' check sees every tag count), no code reads
-- taken() or visits(), and what has done its work is let go (the lengths at
-- the Baths after the December call, the parting session once {Name} has
-- decided).

-- ---------------------------------------------------------------- Helpers

-- The four things the sessions teach, in the order they are taught, and how
-- the ending names them.
local SKILLS = { "staying", "owning", "saying", "asking" }
local SKILL_WORDS = {
  staying = "staying in the room when it got hard",
  owning  = "owning your part without a 'but'",
  saying  = "saying what you felt",
  asking  = "asking instead of guessing",
}

-- Practised, in the room or outside it.
local function practise(word)
  return function(s) s.practised:add(word) end
end

-- Held when it was tested, which is practice too.
local function hold(word)
  return function(s)
    s.practised:add(word)
    s.held:add(word)
  end
end

-- A boundary crossed.
local function cross(word)
  return function(s) s.crossed:add(word) end
end

-- A boundary crossed and not mended: rules out friendship.
local function standing(s)
  for _, w in ipairs(s.crossed:words()) do
    if not s.mended:has(w) then return w end
  end
  return nil
end

-- How {Name} names a boundary.
local BOUNDARY_WORDS = {
  baths = "the Baths",
  memos = "those voice notes",
  carys = "what you asked Carys in the Co-op",
}

-- "a, b and c", in the order the skills were taught.
local function skill_list(set)
  local out = {}
  for _, w in ipairs(SKILLS) do
    if set:has(w) then out[#out + 1] = SKILL_WORDS[w] end
  end
  if #out == 0 then return nil end
  if #out == 1 then return out[1] end
  return table.concat(out, ", ", 1, #out - 1) .. " and " .. out[#out]
end

-- {Name}'s answer to a repair, offered in words about one act. {Name} weighs
-- what the act was and whether {they} {have} seen you stay since.
local function weigh_repair(word, base)
  return function(s)
    local p = base
    if word == "baths" and s.lengths then p = p - 25 end
    if s.held:has("staying") then p = p + 15 end
    if math.random(20) * 5 <= p then s.mended:add(word) else s.refused:add(word) end
  end
end

-- Where the December call goes once "how are you" has been answered: to
-- the Saturday {Name} has not forgotten, if there was one.
local function after_how_are_you(s)
  if s.crossed:has("baths") then return "call_baths" end
  if s.crossed:has("memos") then return "call_memos" end
  return "call_mum"
end

-- {Name}'s answer, at the door of the house, to the parting session: what
-- {they} {have} seen of you, any boundary still standing, and how {they} {were}
-- asked. Idris's name on the question makes a yes less likely.
local function invitation_answer(cost)
  return function(s)
    local p = 30 - cost
    if s.held:has("staying") then p = p + 20 end
    if s.held:has("saying") then p = p + 15 end
    if s.held:has("asking") then p = p + 15 end
    if standing(s) then p = p - 35 end
    if math.random(20) * 5 <= p then return "screening" end
    return "door_no"
  end
end

-- What {Name} saw you do when it was hard.
local function saw_stay(s) return s.held:has("staying") or s.joint == "heard" end
local function saw_any(s)
  return saw_stay(s) or s.held:has("saying") or s.held:has("asking")
end

-- What {Name} has decided, said at the end of the pier. Friendship needs
-- every boundary mended, and needs {Name} to have seen you stay and seen one
-- more thing hold; even then {they} may want a clean start of {their} own.
local function ellis_decides(s)
  local roll = math.random(20) * 5
  if standing(s) then
    s.saw = saw_any(s)
    s.joint = ""
    if s.held:has("asking") and roll <= 50 then return "pier_civil" end
    return "pier_apart"
  end
  local stays, says, asks = saw_stay(s), s.held:has("saying"), s.held:has("asking")
  local friends = 0
  if stays and says and asks then friends = 60
  elseif stays and (says or asks) then friends = 45
  elseif says and asks then friends = 15 end
  if s.joint == "heard" then friends = friends + 15
  elseif s.joint == "argued" then friends = friends - 15 end
  local apart = 15
  if not saw_any(s) then apart = 55 end
  -- Decided. From here what is spoken of is whether {Name} saw the change,
  -- not how the parting session went.
  s.saw = saw_any(s)
  s.joint = ""
  if roll <= friends then return "pier_friends" end
  if roll > 100 - apart then return "pier_apart" end
  return "pier_civil"
end

-- The last Thursday in May: what you practised, and what held.
local function last_thursday(s)
  local did = skill_list(s.practised)
  if not did then
    return [[On the last Thursday in May Idris asks what you practised this year, and you can't name a single thing. "That's where most people start," he says. "In May, or any other month."]]
  end
  local held = skill_list(s.held)
  local text
  if s.practised:count() == 1 then
    text = "On the last Thursday in May Idris asks what you practised this year. One thing, you tell him: " .. did .. ". "
  else
    text = "On the last Thursday in May Idris asks what you practised this year. You count them off on a tuner's fingers: " .. did .. ". "
  end
  local slipped = {}
  for _, w in ipairs(SKILLS) do
    if s.practised:has(w) and not s.held:has(w) then slipped[#slipped + 1] = w end
  end
  if not held then
    text = text .. "Out there, the first time it was hard, " .. (s.practised:count() == 1 and "it didn't hold" or "none of them held") .. ". \"That's what practice is for,\" Idris says."
  elseif #slipped == 0 then
    local one = s.practised:count() == 1
    local all = one and "It held" or "They held"
    text = text .. "He asks how " .. (one and "it" or "they") .. " went out there, when it was hard. \"" .. all .. ",\" you say. \"The first time, anyway.\" Idris writes that down, and underlines it, and for once turns the pad round to show you."
  else
    text = text .. "He asks how they went out there, when it was hard. What held was " .. held .. ". The rest, not yet. He writes that down, NOT YET, in capitals, as if it were good news."
  end
  return text
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
    practised = {},    -- staying, owning, saying, asking: done in the room or out of it
    held = {},         -- those that held when they were tested
    crossed = {},      -- baths, memos, carys: boundaries crossed
    mended = {},       -- repairs {Name} accepted
    refused = {},      -- repairs {Name} could not accept
    lengths = false,   -- at the Baths you stayed and finished your lengths
    joint = "",        -- after the parting session: "heard" or "argued"
    saw = false,       -- at Easter: {Name} saw the change in you, somewhere
    preston = false,   -- {Name} has taken the job in Preston
  },
  kinds  = { "friends", "civil", "growth", "apart" },
  -- boundary: a line crossed; repair: a sorry for one, in words about it.
  -- (The rules' check reads every tag count, so the story keeps no others.)
  tags   = { "boundary", "repair" },
  covers = { 1, 2, 4, 6, 9, 12, 14, 15, 16 },
}

-- The collection's rules, in this story's words and checked by the tools.
rule "a boundary crossed and not mended on screen rules out friendship" {
  never = "friends", after = "boundary", unless = "repair",
}
rule "no friendship after a repair Ellis could not accept" {
  check = function(play, s)
    if play.kind ~= "friends" then return true end
    for _, w in ipairs(s.crossed:words()) do
      if not s.mended:has(w) then
        return false, "a friends ending after '" .. w .. "', which was never mended"
      end
    end
    return true
  end,
}
rule "Ellis has a life and a mind of their own" {
  at_least = 20, of_plays_without = "boundary", end_in = { "growth", "apart" },
}
rule "every playthrough is a story" { min_choices = 12 }
rule "each bar that moves names the lesson behind it" { notes = true }

-- ---------------------------------------------------------------- October

scene "name" {
  [[Ferrisby in October. The pier is shut for the winter, the arcades on the front have their shutters down, and the tide goes out so far you could walk to the wind farm if you didn't mind the mud.]],
  [[Seven weeks ago, the person you have been married to for eleven years packed two suitcases and a box of swimming trophies, and went to sleep in the back bedroom at Carys's, on Jubilee Terrace. It is not a break. That was made very clear, at the door, in a voice you had never heard before: kind, and finished.]],
  ask "Who moved out?" { into = "name", pronouns = true, go = "hallway" },
}

scene "hallway" {
  [[The house on Lowther Road is very tidy now. You hadn't known how much of the mess was {Name}'s: goggles on the radiator, lanyards on the door handles, the rota for Ferrisby Baths on the fridge under a lighthouse magnet.]],
  [[{They} said it in the kitchen, calmly, as if {they}'d practised on the walk home: "I'm lonely in this house, and you're in it." You went down the garden to the shed. When you came back up, {they} had packed. "I'm not coming back," {they} said at the door. "I'm telling you now so you don't spend a year waiting. Spend it on something else."]],
  [[The rota is gone. In its place, under the lighthouse, is a Post-it in your sister's capitals: IDRIS PENNANT, COUNSELLOR, QUAY ST. FOR YOU. NOT FOR GETTING ANYONE BACK. RING HIM OR I WILL. And a number.]],
  choice "Ring the number in the morning" {
    [[You ring at nine, before you can talk yourself out of it. A man's voice, unhurried, with gulls somewhere behind it, offers you Thursday at four.]],
    go = "quay_street", patience = "%+10", respect = "%+6",
    note = "Booking help for yourself, with nothing to prove to anyone, is the first honest step, and it is yours.",
  },
  choice "Ring it, then text {Name}: 'I'm getting help.'" {
    [[You ring at nine and get Thursday at four, and you send the text before the kettle boils. Nine minutes later: "Good. I hope it's for you." You read it more times than it has words.]],
    id = "text-ellis", go = "quay_street", respect = "%-12",
    note = "Announcing therapy to the person who left turns your help into a message for them, and sets you waiting for a reply.",
  },
  choice "Look him up online first" {
    [[The internet has one photo of Idris Pennant: at a lifeboat charity quiz, in a paper crown, looking as if he had been made to wear it and had won anyway. You ring on the Wednesday.]],
    go = "quay_street", patience = "%+4",
    note = "Checking who you are about to trust with the hard things is sensible, as long as it doesn't become a way of not ringing.",
  },
  choice "Leave the Post-it where it is for now" {
    go = "bron", patience = "%-4",
    note = "Putting help off for one more week is how a hard week quietly becomes a hard year.",
  },
}

scene "bron" {
  [[On Saturday a red Corsa with BRON'S SCHOOL OF MOTORING on the doors pulls up outside and toots twice. Your sister doesn't come in. She never comes in when she's on the clock.]],
  [[She winds the window down. "Did you ring him?" You look at the spare brake pedal on her side, the one she uses to stop teenagers hitting bollards. "I'll take that as a no. He's got a cancellation, Thursday at four. I said you'd have it."]],
  [[In the passenger seat, a boy of seventeen studies his knees with great concentration.]],
  choice "'Fine. Thursday at four.'" {
    [["Good," says Bron, and pulls away before you can change your mind. The boy in the passenger seat keeps his eyes on the road, as taught.]],
    go = "quay_street",
  },
  choice "'Leave it with me. I'll ring him myself.'" {
    [["Go on, then," says Bron, and waits with the engine running while you do it, there on the pavement. The boy in the passenger seat gives you a thumbs up.]],
    go = "quay_street", patience = "%+8",
    note = "Taking a step someone pushed you towards, and making the call yourself, still makes the step yours.",
  },
}

-- The first climb. Turning back once is allowed; the second climb is its
-- own scene, so nothing on the stairs is said twice.
scene "quay_street" {
  [[The counselling rooms on Quay Street are up a flight of stairs between Cloud Nine Vapes and a chiropodist's, and the stairwell smells of cherry vapour and foot powder.]],
  page_break,
  [[The waiting room is two chairs and a water cooler. On the inner door is a laminated sign: PLEASE DO NOT WATER THE FERN. THANK YOU. I. PENNANT. In the other chair a man in a council hi-vis is reading a leaflet about sleep as if it might have a twist at the end.]],
  [[It is five to four. Nobody has called your name yet. The water cooler makes a noise like a swallowed remark.]],
  choice "Wait to be called" { go = "first_session" },
  choice "Go back down the stairs" { go = "pier" },
}

scene "pier" {
  [[You walk the length of the front in the wind, past the shuttered Golden Nugget and the kiosk that sells whelks in summer, to the pier gates. They are padlocked. A man fishes off the slipway, catching nothing, entirely content.]],
  [[You tell yourself you'll go next week. You say it in the voice you use for customers who swear they'll move the piano away from the radiator.]],
  choice "Ring Quay Street from the pier and tell him you left" {
    [[He answers on the second ring. "These things happen," he says. "Mostly on the stairs. Next Thursday, then?" It isn't a telling-off. Somehow that is worse, and then it is better.]],
    go = "quay_street_again", patience = "%+6",
    note = "Owning a missed appointment straight away, instead of hoping nobody noticed, is a small rehearsal for bigger things.",
  },
  choice "Say nothing, and see how you feel next Thursday" {
    [[You don't ring. You go home and sit in the shed most of the week, and on Thursday you find you are climbing the stairs again without quite having decided to.]],
    go = "quay_street_again",
  },
}

scene "quay_street_again" {
  [[A week on, the cherry vapour has turned to apple, and the chiropodist has put tinsel round the door, two months early or ten months late.]],
  [[The man in the hi-vis is in the same chair, with a different leaflet. He looks at you over it and nods, as if you are both regulars somewhere neither of you would admit to. You sit down, and this time you stay sat.]],
  page_break,
  go = "first_session",
}

scene "first_session" {
  [[Idris Pennant is somewhere past sixty, a big, slow man in a cardigan darned at both elbows in two different wools, with his reading glasses pushed up into white hair. A certificate by the door says he was a marine engineer on the Holyhead ferries for thirty years. Another says he has been this for twelve.]],
  [[His room has two armchairs that don't match, a tissue box in a knitted cover, a kettle that trips the fuse, and on the filing cabinet a fern in a brass pot, brown at the tips and drooping, as if it has just had bad news.]],
  [["Don't mind the fern," he says. "It came with the room. So did the kettle, and about half my clients." He lowers himself into the worse armchair. "So. Why now?"]],
  choice "'{Name} left. I want {them} back.'" {
    [["That's the one thing I can't help with," Idris says. "Nobody can, in here. {Name} isn't in the room. You are. Shall we start with you?"]],
    patience = "%-3",
    note = "Wanting them back is honest, and it is the one thing in that room nobody can work on.",
  },
  choice "'I think I was hard to live with.'" {
    [[He writes something short on his pad. You would give a great deal to know what it is. "Hard how?"]],
    respect = "%+10",
    note = "Starting with your own part, before anybody asks for it, is where change has room to begin.",
  },
  choice "'My sister made me come.'" {
    [["Sisters do that," he says. "Is she usually right?" You think of Bron, who is right about most things and unbearable about all of them. "Usually," you say. "Then let's assume she is," says Idris, "and see."]],
  },
  gather,
  page_break,
  [[He asks about an ordinary row. Not the last one: a Sunday one. You tell him about the dishwasher, and how {Name} loads it like someone filling a skip, and how it got loud. "And then what did you do?" You went down to the shed, you tell him, till it blew over. "How long?"]],
  [[You don't understand the question, and then you do. The shed has a workbench, a paraffin heater, the action of a Broadwood upright in pieces on a tray, and a camp bed you once told {Name} was for naps.]],
  [["Two days," you say. "Sometimes three." And then Idris says nothing at all. The kettle ticks as it cools. A bus goes by on Quay Street. The silence goes on and on, and it is the worst thing that has happened to you all week.]],
  choice "Say nothing. Look at the fern." {
    [[You count the fronds. Eleven, and one of them broken. When you speak at last, it is not what you planned. "That's a long time to leave someone on their own." Idris nods, once, as if you've handed him something heavy and he means to hold it for a while.]],
    id = "look-at-the-fern", go = "homework", respect = "%+8", trust = "%+6",
    effect = practise("staying"),
    note = "Sitting inside a hard silence, instead of talking your way out of it, is the thing the shed never let you learn.",
  },
  choice "'It always blew over, though.'" {
    [["Did it?" Idris says, and lets that sit there instead.]],
    go = "homework", respect = "%-4",
    note = "A row that ends because one person gives up waiting has not blown over. It has gone underground.",
  },
  choice "'Is it warm in here, or is it me?'" {
    [["It's you," he says, and gets up to open the window anyway, which gives you both somewhere else to look. He takes his time about it.]],
    go = "homework",
    note = "A joke at the worst moment is a door out of the room, and the other person hears it close.",
  },
}

scene "homework" {
  [[At ten to five Idris gives you homework. The next time you want to leave a room, you stay in it for ninety seconds first. You don't have to say anything clever. You just don't go.]],
  page_break,
  [["There's nobody in the house to row with," you say.]],
  [["Then you'll get plenty of practice at the easy level," says Idris, and tears a page off his pad. "And if there are things you want to say to {Name}, say them to your phone. Record them. Don't send them. Your phone can take it."]],
  [[At the door he adds one more thing, as if it has just occurred to him, though you will learn that nothing he says has just occurred to him. "You told me {they} said {they} {were}n't coming back. I believe {them}. Try believing {them} too, and then we can get some work done."]],
  choice "'Same time next week?'" {
    [["Already in," Idris says, and shows you the diary: your name, in pencil, every Thursday until Easter.]],
    go = "boiler_text", patience = "%+10",
    note = "Booking the next session before you leave the first turns help from a gesture into a habit.",
  },
  choice "'How many sessions till I'm sorted?'" {
    [["You're not a boiler," Idris says. He glances at the fern. "Neither is that, and I've tried everything on it. Next Thursday, if you want it."]],
    go = "boiler_text", patience = "%-4",
    note = "Treating counselling as a course to finish by a date is the old hurry, moved into a new room.",
  },
  choice "'Could you drop {Name} a line? Just to say I've started?'" {
    [["No," Idris says, pleasantly, the way a bus driver says no to a fifty-pound note. "I don't write references for the person in the chair, and I don't talk to the person who isn't in it. That's what makes it a room. Next Thursday?"]],
    go = "boiler_text", respect = "%-10",
    note = "Asking your counsellor to vouch for you turns the one room that is yours into an advert aimed at them.",
  },
}

-- ---------------------------------------------------------------- November

scene "boiler_text" {
  [[A Tuesday in November. You are inside a Kemble upright at St Anne's Primary, with Year Two watching through the hall doors as if you were a zoo, when your phone buzzes.]],
  page_break,
  [[It is {Name}: "Boiler service is on the 3rd, 8 till 12. The card's in the drawer by the sink. Can you be in?" Nothing else. No kiss, but there never was one on boiler texts.]],
  [[The old instinct arrives on time: leave it. Answer when it stops stinging, which is Thursday, usually, or never.]],
  choice "'Yes, I'll be in. Thanks for the reminder.'" {
    go = "boiler_day", trust = "%+10",
    note = "A plain, prompt answer to a plain question shows a change better than any speech about it.",
  },
  choice "'Yes. Also, can we talk? Properly?'" {
    [[{They} reply{s} an hour later: "Thanks for being in." The second half of your message sits there unanswered, which is an answer.]],
    go = "boiler_day", patience = "%-6",
    note = "Tucking the biggest question into a text about the boiler asks more of it than it can carry.",
  },
  choice "Leave it until it stops stinging" {
    [[You answer on Thursday. By then there is a second text, a single question mark, and a third: "Never mind, I'll get the boiler man to ring you." He rings. You are in.]],
    go = "boiler_day", trust = "%-6",
    note = "Waiting until it stops stinging is the shed again, carried in your pocket.",
  },
}

-- The test of staying, and {Name} is there to see it.
scene "boiler_day" {
  [[The boiler man is called Gethin, and he talks to the boiler more than to you. At half ten the front door opens with its own key, and {Name} is in the hall in {their} Baths fleece, pink-eyed from chlorine, saying {they} only came for {their} winter coat.]],
  page_break,
  [[{They} find{s} the coat. Then {they} see{s} the camp bed through the kitchen window, down in the shed with the door open, made up with the good duvet. "You're sleeping out there now?" It isn't quite a question, and it isn't kind.]],
  [[Every muscle you own wants to go and check the heater.]],
  choice "Stand at the sink, and start counting" {
    [[One. Two. Gethin swears gently at a valve. Thirty. {Name} is watching you, and you let {them}. Sixty. The tap is still running over your hands. Ninety. "Most nights," you say. "The house is too quiet. I'm not proud of it." {Name} says "Right," and then "Right," and then, to your astonishment, fills the kettle, and stays for a cup of tea {they} {do}n't drink.]],
    id = "start-counting", go = "second_session", trust = "%+12", patience = "%+6",
    effect = hold("staying"),
    note = "Staying in the room when everything in you wants to leave it is a change that can be seen, not just claimed.",
  },
  choice "'I'd better check that heater.'" {
    [[The heater is off. You knew it would be. You stand in the shed with your hand on it anyway, and when you come back up the garden the front door is just closing, gently, the way {Name} always closed doors.]],
    id = "check-the-heater", go = "second_session", trust = "%-6",
    note = "An excuse to leave is still leaving, and {Name} had watched you take that exit for years.",
  },
  choice "'I'm not sleeping out there. Much.'" {
    [[{Name} looks at the good duvet for a long moment, and then at you, and says nothing at all. {They} take{s} the coat and go{es}. Gethin, who has heard every word, becomes extremely interested in a pressure gauge.]],
    id = "not-much", go = "second_session", trust = "%-5",
    note = "A small lie to get out of a hard moment costs more trust than the moment would have.",
  },
}

scene "second_session" {
  [[Idris has a cold and a mug of Lemsip, and the fern has lost another frond. There is water in its saucer again. "Somebody keeps watering it," he says. "Sign or no sign. Nervous people need something to do with their hands."]],
  page_break,
  function(s)
    if s.held:has("staying") then
      return [[You tell him about the coat and the ninety seconds, the longest minute and a half of your life. "And {they} stayed for tea," you say. "Good," says Idris, and blows his nose, and you realise he means you, not the tea.]]
    end
    return [[You tell him about the coat, and about what you did instead of staying, and how the front door sounded afterwards. Idris listens with his eyes shut. When you have finished he says only, "Ninety seconds. It's harder than it sounds."]]
  end,
  [["Today I want the other side," he says. "While you were in the shed. What was {Name} doing, up at the house?"]],
  page_break,
  [[It comes slowly. {Name} up at the house with the telly on for company. {Name} carrying a mug of tea down the garden and leaving it on the shed step, the way you'd leave milk out for a hedgehog. {Name} knocking, the first year. Not knocking, after that. You used to find the mugs in the morning, cold, with a skin on, lined up on the step as if they were queuing.]],
  [["If {Name} were in that chair," Idris says, pointing his biro at the empty one, "what would you say to {them} about the mugs? Not to me. To {them}."]],
  choice "'I left you on your own up there. For days. That's mine.'" {
    [[The empty chair doesn't say anything. Idris doesn't either, for a while. "No 'but'," he says at last. "Did you notice? Most people can't get to the end of that sentence without one."]],
    id = "thats-mine", go = "saturday", respect = "%+10", trust = "%+6",
    effect = practise("owning"),
    note = "Owning your part in full, with nothing bolted on the end, is how the other person knows you saw it.",
  },
  choice "'I left you on your own. But you'd stopped knocking.'" {
    [["Say it again," Idris says, "without the second half." You try. The second half keeps coming back, like a dog that knows the way home.]],
    go = "saturday", respect = "%-4",
    note = "A 'but' after an apology is where the apology goes to die, however true the second half is.",
  },
  choice "'I don't know what {they}'d want me to say.'" {
    [["I didn't ask what {they}'d want to hear," Idris says. "I asked what you'd say." You look at the empty chair until the hour is up.]],
    go = "saturday",
    note = "Wondering what the other person wants to hear is a way of not saying what you know.",
  },
}

-- A restless Saturday. One door here is {Name}'s work.
scene "saturday" {
  [[Saturday, half past six in the morning, and you have been awake since four. Early swim at the Baths starts at seven. {Name} opens up on Saturdays; {they} always {have}. You have had a membership card in your wallet for nine years and used it twice.]],
  page_break,
  [[Bron's sea-swimming lot go in off the slipway at seven too. Your sister has invited you every week since September, mostly as an insult. And on your phone are the memos: a month of Idris's homework, everything you didn't say, recorded and never sent.]],
  [[Your trunks are in the drawer. The car keys are on the hook.]],
  choice "Go to the early swim. You've a card; it's a public pool." {
    id = "early-swim", go = "baths", respect = "%-15", trust = "%-12", tags = { "boundary" },
    effect = cross("baths"),
    note = "Turning up at someone's work puts you where they cannot leave, whatever the card in your wallet says.",
  },
  choice "Go down to the slipway and join Bron" {
    go = "dippers", patience = "%+8",
    note = "Taking a restless morning somewhere that isn't their life keeps the distance they asked for.",
  },
  choice "Stay in bed and play the memos back" { id = "play-the-memos", go = "memos" },
  choice "Turn over and listen to the shipping forecast" {
    [[You turn over. Dogger, Fisher, German Bight. Somewhere around Fastnet you fall asleep, and you sleep till ten, for the first time since August.]],
    go = "carys",
  },
}

scene "baths" {
  [[The pool smells the way {Name}'s hair used to. {They} {are} on the poolside in {their} red polo shirt with a whistle round {their} neck, and {they} see{s} you in the doorway of the changing rooms, and everything about {their} face goes still.]],
  [[Dev, the other lifeguard, looks from {Name} to you and back, and moves his chair a yard nearer the steps. Two of the early regulars stop talking mid-length. You swim slow breaststroke. Every time you look up, {Name} is looking somewhere else, very carefully, which is a hard thing to do when your job is looking at the water.]],
  [[At the end of your fourth length {they} crouch{es} by the steps, close enough to keep it quiet. "I'm at work," {they} say{s}. "You don't swim. Not once in eleven years. And I can't leave. Do you understand? This is the one place I can't walk out of."]],
  choice "Get out, get dressed, and go" {
    [[You get out. You don't say anything, because anything would be one more minute of it. In the car park your hands shake too much for the key, and you sit in the van with your hair dripping onto your collar and understand that {Name} has five more hours in there now, being looked at.]],
    go = "carys",
    note = "Leaving at once does not undo turning up, but it stops it growing.",
  },
  choice "'It's a public pool. I'll finish my lengths.'" {
    [[You do twenty more. After the first few, {Name} climbs to the high chair and sends Dev down to the deep end, and from there, length after length, the person you married sits above you with a whistle in {their} hand, watching the water for everybody but you. When you leave, nobody looks up.]],
    id = "finish-lengths", go = "carys", respect = "%-10",
    effect = function(s) s.lengths = true end,
    note = "Insisting on your right to be somewhere is how a visit becomes a siege.",
  },
}

scene "memos" {
  [[You play them back under the duvet with the volume low, as if someone might hear. Memo one: four minutes about the boiler, and then about nothing. Memo two: mostly breathing, and near the end, "I miss your stupid whistle," and a very fast stop. Memo six is eleven minutes long and nearly all of it is the shed.]],
  [[There are eleven. Everything in them is true. Idris keeps telling you to say what you feel, and {Name} said, at the end, that {they} never once knew what you felt. It is ten to seven. {They}'ll be on the poolside by now, with {their} phone in {their} fleece pocket.]],
  choice "Send {them} all eleven. {They} should hear it, for once." {
    id = "send-them-all", go = "memos_sent", trust = "%-15", respect = "%-12", tags = { "boundary" },
    effect = cross("memos"),
    note = "Forty minutes of feeling, sent at dawn into a quiet someone asked for, is a flood, however true each word of it is.",
  },
  choice "Keep them, and go down to the slipway" {
    go = "dippers", patience = "%+8",
    note = "Saying it out loud to no one lets the feeling move without handing it to someone who asked for quiet.",
  },
  choice "Keep them, and go back to sleep" {
    [[You put the phone face down on the other pillow. When you wake it is gone nine, and the memos are still there, unsent, which is where Idris said to keep them.]],
    go = "carys",
  },
}

scene "memos_sent" {
  [[You send them one after another and watch them go: eleven little bars of sound, forty-one minutes of you, stacked up the screen in the dark. One grey tick each. At twenty past seven the first one turns blue. None of the others do.]],
  [[At ten to eight: "I'm on poolside. My phone went off eleven times in my pocket during the early swim. I listened to the first one in the staff toilet. Please don't send me any more."]],
  [[You read "in the staff toilet" until the words stop meaning anything.]],
  choice "'Sorry. I won't.'" {
    [[You send it. Nothing comes back, which is fair.]],
    go = "carys",
    note = "Stopping when asked is owed; it is not yet an apology.",
  },
  choice "Send nothing back. You've said enough." {
    [[You put the phone in the drawer with your trunks and leave it there till Monday.]],
    go = "carys",
  },
}

scene "dippers" {
  [[At seven the sea is eleven degrees and the grey of a wet slate roof. Bron's lot are six women in long coats and a retired dentist called Pete. They go in shrieking and come out swearing, which Bron says is the point.]],
  [[Mo, who is seventy-eight and swims in a cap covered in rubber flowers, looks you up and down. "The trick is not to get out when it's at its worst," she says. "It's worst at the start. Everybody gets out at the start."]],
  choice "Walk in up to your neck, and stay there" {
    [[It is like walking into a wall. Every part of you says get out, get out, get out. You stand in it up to your neck and count, the way Idris said, and somewhere around sixty the wall turns into water. Mo nods at you as if you've passed something.]],
    id = "up-to-your-neck", go = "carys", patience = "%+10",
    effect = practise("staying"),
    note = "Doing something hard and ordinary for your own sake, and not getting out at the worst of it, is practice for every other room.",
  },
  choice "Hold the towels on the shingle" {
    [[You hold the towels. Bron comes out blue and swearing and takes hers without a word, and you feel, obscurely, that you have let down a seventy-eight-year-old woman in a flowered cap.]],
    go = "carys",
  },
}

scene "carys" {
  [[The Co-op on Harbour Road, a wet Wednesday. You are holding a basket with one lasagne in it when you see Carys in the queue with Tomos, who is nine and has his Grade Two piano exam in three weeks, on the upright you tuned for them in the spring.]],
  page_break,
  [[{Name} has been sleeping in Carys's back bedroom for three months. Carys sees you, and you can watch her deciding to be nice about it. "All right?" she says. Tomos is holding a family bag of Wotsits like a trophy.]],
  choice "Ask Carys how {Name} is really doing" {
    [[You keep your voice low. "How's {Name} doing? Really?" Carys's face changes, not much, the way a door changes when someone leans on it. "Don't," she says. "I'm not doing that. {They} {are} in my back bedroom, not a witness box." Tomos looks from one of you to the other. "I'll have to tell {them} you asked," Carys says, putting the Wotsits on the belt. "I don't keep things from {them}. I'm not starting for you."]],
    id = "ask-carys", go = "third_session", respect = "%-15", trust = "%-10", tags = { "boundary" },
    effect = cross("carys"),
    note = "Asking a friend for news puts them between you, and turns someone's private life into a report.",
  },
  choice "Ask Tomos how the scales are going" {
    [["Contrary motion is evil," Tomos says, with feeling. You agree that it is, and show him on the lid of the chest freezer where the thumb goes under, and Carys laughs, and forgets to be careful.]],
    go = "third_session", respect = "%+8",
    note = "Being easy company for the people around them, asking for nothing, is a kindness that travels.",
  },
  choice "Say hello, and let them go ahead of you" {
    [[You say hello, and wave them ahead of you with the lasagne. Tomos says thank you without being told, and Carys looks at him as if he has won something.]],
    go = "third_session", patience = "%+5",
    note = "A small courtesy to the people closest to them costs nothing and asks for nothing.",
  },
  choice "Study the back of the lasagne until they've gone" {
    [[Beef lasagne, serves one. You read the allergens twice. When you look up they have gone, and Tomos is looking back at you through the window, puzzled.]],
    go = "third_session", trust = "%-3",
    note = "Hiding behind a lasagne buys one easy minute, and spends a chance to be someone ordinary in their world.",
  },
}

-- ---------------------------------------------------------------- December

scene "third_session" {
  [[December. The fern has been moved from the filing cabinet to the windowsill, out of reach of nervous hands, with a new sign taped to its pot: I AM NOT THIRSTY. There is a tin of Quality Street on Idris's desk, which he does not offer you.]],
  page_break,
  function(s)
    if s.crossed:has("baths") then
      return [[You tell him about the Baths, because it has sat in your chest for three weeks like a swallowed stone. He hears all of it. "Did {Name} ask you to come?" "No." "Could {they} leave?" You think of the whistle, and the high chair. "No." He writes that down and says nothing else about it, which does more than a lecture would.]]
    elseif s.crossed:has("memos") then
      return [["I told you to record them," Idris says, when you tell him. "I didn't tell you to post them." He rubs his eyes under his glasses. "What did it feel like, pressing send?" Like being honest, for once, you tell him. "And what do you think it felt like in {their} pocket?"]]
    end
  end,
  function(s)
    if s.crossed:has("carys") then
      return [[You tell him about the Co-op, too. "Carys is a friend who's been asked to be a window," he says. "People don't much like being windows. They get looked through."]]
    end
  end,
  [["Today," he says, "I'm going to ask how you are, and you're not allowed to say fine. Or busy. Or 'not bad, considering'. One word. A feeling, not a thought. 'I feel that' is a thought."]],
  choice "'Ashamed.'" {
    [[It comes out smaller than you meant. Idris doesn't write anything down. "Thank you," he says, and you both sit there with it, and the world doesn't end, which you had half expected it to.]],
    id = "ashamed", go = "december_call", trust = "%+10",
    effect = practise("saying"),
    note = "Naming a feeling in one plain word, out loud, is harder than any speech, and worth more.",
  },
  choice "'I feel like I've made a mess of everything.'" {
    [["That's a thought in a feeling's coat," Idris says. "Try again." You try again. You get as far as "I feel like", every time, and there the words stop.]],
    go = "december_call",
    note = "A thought dressed as a feeling keeps the feeling itself safely out of reach.",
  },
  choice "'Honestly? Busy. It's the Christmas rush for tuners.'" {
    [["One word," Idris says. "You gave me eight, and none of them was it." He lets the clock do the rest.]],
    go = "december_call", patience = "%-4",
    note = "'Busy' is the shed with a diary in it.",
  },
}

-- The test of saying, and {Name} is on the line.
scene "december_call" {
  [[The twenty-second of December. {Name} rings, actually rings, which {they} {have}n't done since August. You are in the van outside the Grand Hotel, with the tuning hammer for the ballroom Bechstein still in your hand.]],
  page_break,
  [["Mum still thinks you're coming on Boxing Day," {they} say{s}. "I haven't told her. I didn't know what to tell her." A pause. "How are you? Actually."]],
  [[Everything in you knows the drill: say fine, get off the phone, go somewhere with a door.]],
  choice "'Lonely. And ashamed, most days. That's how I am.'" {
    [[There's a silence on the line. Not the kind you used to leave: the kind someone leaves while they take something in. "Thank you for telling me," {Name} says at last. "In eleven years I don't think you ever told me how you were. I always had to guess."]],
    id = "lonely-and-ashamed", go = after_how_are_you, trust = "%+12",
    effect = hold("saying"),
    note = "Answering 'how are you' with the truth, and staying on the line for it, is the opposite of the shed.",
  },
  choice "'Fine. Busy. You know what December's like.'" {
    [["Right," {Name} says. "Course." You hear {them} decide not to ask again.]],
    go = after_how_are_you, trust = "%-6",
    note = "'Fine' ends the conversation it was asked to start.",
  },
  choice "'Better, now you've rung.'" {
    [[It's meant to be warm. It lands like a parcel nobody ordered. "Don't," {Name} says, quietly. "Please don't make me the thing that makes you better."]],
    id = "better-now", go = after_how_are_you, trust = "%-4",
    note = "A feeling handed over as a compliment puts its weight on the other person; they have to do something with it.",
  },
}

scene "call_baths" {
  function(s)
    if s.lengths then
      return [[{They} take{s} a breath you can hear. "And I need to say this, or I'll never ring you again. The Baths. You did twenty lengths. I counted every one of them from the chair. Dev walked me to my car after my shift, in case you were in the car park. Ten years I've worked there, and I'd never once wanted to get away from that pool until you swam in it."]]
    end
    return [[{They} take{s} a breath you can hear. "And I need to say this, or I'll never ring you again. The Baths. You got out, and I was grateful. Then I had five hours of the regulars asking if I was all right. Dev walked me to my car after, in case you were in the car park. I've never in my life needed walking to my car."]]
  end,
  choice "'Coming to the Baths was wrong. You couldn't leave. I'm sorry.'" {
    id = "sorry-for-the-baths", go = "call_answer", respect = "%+10", tags = { "repair" },
    effect = weigh_repair("baths", 60),
    note = "An apology that names the act and what it cost them, with no reason attached, is one they can weigh.",
  },
  choice "'I only wanted to see you. I didn't mean anything by it.'" {
    [["I know what you meant," {Name} says. "That's the trouble. You meant it for you." {They} say{s} goodbye, and hang{s} up before you can say anything else.]],
    go = "christmas", respect = "%-6",
    note = "Explaining what you meant asks them to comfort you for what you did.",
  },
  choice "'Can we not do this over the phone?'" {
    [["We're not doing it anywhere else," {Name} says. "That's rather the point." {They} say{s} goodbye kindly, and mean{s} it, and hang{s} up.]],
    go = "christmas", trust = "%-6",
    note = "Putting off the hard part of a call is the shed again, with a signal.",
  },
}

scene "call_memos" {
  [["And the voice notes," {they} say{s}. "I need to say it. Eleven, at seven in the morning, with the early swim in the water and me on the side trying not to look at my pocket. I listened to one. I deleted the rest without listening, and then I sat in the staff toilet feeling like the worst person alive for deleting them. That's what it did. It made me feel bad for not wanting something I never asked for."]],
  choice "'All those notes at once was wrong. I put my homework on you. I'm sorry.'" {
    id = "sorry-for-the-notes", go = "call_answer", respect = "%+10", tags = { "repair" },
    effect = weigh_repair("memos", 60),
    note = "An apology that names the act and what it cost them, with no reason attached, is one they can weigh.",
  },
  choice "'They were honest, though. You always said I never told you anything.'" {
    [["Not like that," {Name} says. "Not at seven in the morning. Not forty minutes of it, all at once, at work." {They} say{s} goodbye, and hang{s} up.]],
    go = "christmas", respect = "%-8",
    note = "Using their old complaint as a licence for a new intrusion turns their own words against them.",
  },
  choice "'Can we not do this over the phone?'" {
    [["We're not doing it anywhere else," {Name} says. "That's rather the point." {They} say{s} goodbye kindly, and mean{s} it, and hang{s} up.]],
    go = "christmas", trust = "%-6",
    note = "Putting off the hard part of a call is the shed again, with a signal.",
  },
}

-- {Name} decides whether the sorry is enough. It may not be.
scene "call_answer" {
  function(s)
    if s.mended:has("baths") or s.mended:has("memos") then
      return [["Okay," {Name} says, after a while. "Okay. That's the first time you've said sorry for a thing and not for a mood. I'll take it." Somewhere behind {them} a kettle clicks off. "Thank you."]]
    end
    return [[There is a long pause. "I hear you," {Name} says. "I do. I'm just not there with it yet, and I don't know if I will be. I'm not saying that to punish you. It's just true." {They} say{s} goodbye, gently, and hang{s} up.]]
  end,
  [[You sit on in the van outside the Grand Hotel after the call, and the tuning hammer is warm from your hand.]],
  go = "christmas",
}

scene "call_mum" {
  function(s)
    if s.crossed:has("carys") then
      return [["And Carys told me about the Co-op," {they} add{s}. "I'm not doing that on the phone. Another time."]]
    end
  end,
  [["So what do I tell Mum?" {Name} asks. "She's bought you a jumper. She'll have wrapped it by now."]],
  choice "'Shall I ring her? It should come from me.'" {
    [[{Name} thinks about it. "Would you? She'd like that. She always liked you better than me, on the phone." You ring Glenys on Christmas Eve, and she cries a bit and so do you, and she says she'll post the jumper anyway.]],
    id = "ring-glenys", go = "christmas_glenys", trust = "%+8",
    note = "Offering to carry the hard part yourself, and letting them decide whether you do, is care without pressure.",
  },
  choice "'Tell her whatever's easiest for you.'" {
    [["There isn't an easiest," {Name} says. "That's why I rang." {They} say{s} {they}'ll think of something.]],
    go = "christmas", trust = "%-4",
    note = "'Whatever's easiest' sounds generous, and leaves the other person to carry every decision alone.",
  },
}

-- The test of owning, with Bron, who has known you longest. Two ways in:
-- one remembers the call to Glenys.
scene "christmas" {
  -- How long you stayed in the pool mattered to the call, and is spent.
  function(s) s.lengths = false end,
  [[Boxing Day at Bron's, because you are not at {Name}'s mother's, and because Bron said so. Her kitchen is very hot, and full of the smell of a turkey being made into a curry against its will.]],
  go = "christmas_row",
}

scene "christmas_glenys" {
  [[Boxing Day at Bron's, because you are not at {Name}'s mother's. "Glenys rang me this morning," Bron says, taking your coat. "To say you'd rung her. She said you cried. She sounded delighted." The kitchen is very hot, and full of the smell of a turkey being made into a curry against its will.]],
  go = "christmas_row",
}

scene "christmas_row" {
  page_break,
  [[It starts over the washing-up, the way it always does, about your mother. The care home in Rhosfach wants a meeting about her tablets in the new year. "You'll come to this one?" Bron says. "Only last time you sat there like a coat on a chair and left me to do all the talking. You always do. You did it at Dad's funeral. You'd have done it at your own wedding if {Name} had let you."]],
  [[The back door is right there. So are the bins.]],
  choice "'You're right. I left it all to you. I'm sorry.'" {
    [[Bron puts down the roasting tin. She looks at you for a long time with her driving-instructor face, the one that has seen everything come at it through a windscreen. "Who are you?" she says. Then she gives you the last mince pie, which in Bron's kitchen is a medal.]],
    id = "bron-youre-right", go = "fourth_session", respect = "%+10",
    effect = hold("owning"),
    note = "Owning your part with someone who isn't the one you lost is where you find out whether the change is real.",
  },
  choice "'I know. But you never let anyone else get a word in.'" {
    [["There it is," says Bron, and goes back to the roasting tin, and the row goes on without you, the way they always did.]],
    go = "fourth_session", respect = "%-6",
    note = "Owning half of it and billing them for the other half is still a 'but'.",
  },
  choice "Take the recycling out, and stay out there a while" {
    [[It's cold by the bins, and quiet, and you stay out there sorting bottles by colour until you hear Bron's radio go on, loud, which is how she has always said she's finished.]],
    go = "fourth_session", trust = "%-4",
    note = "A trip to the bins is a small shed, and everyone in the kitchen knows it.",
  },
}

-- ---------------------------------------------------------------- January

scene "fourth_session" {
  [[January. The fern has put out one new frond, tightly curled, the size of a fingernail. Idris points at it with his biro as if it has done it to spite him.]],
  [["You guess a lot," he says. "Have you noticed? What {Name} wants. What Bron meant. What I think of you. You've spent three months guessing what I write on this pad."]],
  choice "Ask him what he wrote on the first day" {
    [[He turns the pad round without a word and leafs back to October. In square engineer's capitals: STAYS FOR THE SILENCE? And underneath, smaller: BUY FERN FOOD. "The second one was for me," he says.]],
    id = "ask-about-the-pad", trust = "%+8",
    effect = practise("asking"),
    note = "Asking the question you have been guessing at, out loud, is the whole trick, and most people never do it.",
  },
  choice "'I know what you think of me. You don't have to write it down.'" {
    [["Do you," says Idris. It isn't a question. "Then you know more than I do." He doesn't turn the pad round, and you don't ask, and it sits on his knee like something you dropped.]],
    patience = "%-4",
    note = "Deciding what someone thinks of you saves you the risk of asking, and costs you the chance of being wrong.",
  },
  choice "'It's your pad. None of my business.'" {
    [["Fair enough," he says, and writes something else on it, and you spend the rest of the hour guessing what.]],
    note = "Politeness can be a good place to hide a question you are scared of.",
  },
  gather,
  [[Near the end of the hour he says, "I see couples, sometimes. Not to mend them. Some come when they've decided to stop being a couple, to learn how to do it without a war. If {Name} ever wanted to come, once, I'd see you both. I'd see {them} on {their} own first. Only if {they} want{s} to. And only if you do."]],
  [[You don't decide anything on the drive home. Idris's offer goes down, in biro, on a parking ticket from the van, and the ticket rides in your coat pocket into February.]],
  go = "house",
}

-- ---------------------------------------------------------------- February

scene "house" {
  [[February. {Name} texts on a Tuesday: could {they} come round on Saturday, to go through the house? Ten till twelve. {They}'ll bring boxes.]],
  page_break,
  [[{They} arrive{s} at five past with an armful of flat-packed cardboard and a roll of tape on {their} wrist like a bracelet. It is strange to watch {them} knock on {their} own front door. You let {them} in, and for a minute you both stand in the hall as if it belongs to somebody else.]],
  go = function(s)
    if s.crossed:has("carys") then return "house_carys" end
    return "house_question"
  end,
}

scene "house_carys" {
  [["Before we start," {Name} says, putting the boxes down. "Carys told me about the Co-op. You asked her how I was. Really, you said." {They} look{s} at the lighthouse magnet, not at you. "She came home and sat on the stairs. She said she felt like she'd been asked to spy on me in front of her own son. She likes you. That's what made it horrible."]],
  choice "'I put Carys in the middle. That was wrong, to her and to you. I'm sorry.'" {
    id = "sorry-for-carys", go = "house_carys_answer", respect = "%+10", tags = { "repair" },
    effect = weigh_repair("carys", 55),
    note = "Naming exactly who you put in the middle, and saying sorry for it to the one it was about, is what makes a repair specific.",
  },
  choice "'I was worried about you. That's all it was.'" {
    [["Then you could have worried," {Name} says, "at home."]],
    go = "house_question", trust = "%-6",
    note = "Worry is real, and it still gives nobody a right to a report.",
  },
  choice "'Carys didn't have to tell you.'" {
    [["Yes, she did," {Name} says. "That's what friends are for. One of the things."]],
    go = "house_question", respect = "%-10",
    note = "Blaming the friend for being honest moves the fault onto the one person who did nothing wrong.",
  },
}

scene "house_carys_answer" {
  function(s)
    if s.mended:has("carys") then
      return [[{Name} nods, slowly. "Tell her that too. Not through me. She'd like to hear it." You say you will, and you do, that evening, on the phone; Carys says "Right. Good," and then makes Tomos play you his arpeggios down the line, both hands, contrary motion.]]
    end
    return [[{Name} doesn't nod. "I believe you mean it," {they} say{s}. "I don't know that it's enough. Carys isn't sure she wants you in the house to tune Tomos's piano now. That's what it cost, and I can't make it go away by saying okay."]]
  end,
  go = "house_question",
}

-- The test of asking, and {Name} is standing by the piano.
scene "house_question" {
  [[In the front room {Name} stops by the piano and puts {their} hand flat on the lid, the way {they} used to when {they} came in from a shift and wanted you to play something. "So," {they} say{s}. "The house."]],
  [[You have thought about this a great deal. You have thought about it, mostly, on {their} behalf.]],
  choice "'What would you like to happen to it?'" {
    [[{Name} looks at you as if you've started speaking Welsh, which {they} {do}n't. "Nobody's asked me that," {they} say{s}. "Everybody's told me. Carys, Mum, the man at the bank." {They} sit{s} down on the piano stool. "Keep it till the summer. Sell it in the autumn, when the Baths are quiet. And I'd like the lighthouse. Off the fridge. If that's all right." It is all right. It is the easiest thing anyone has asked you for in months.]],
    id = "what-would-you-like", go = "house_door", trust = "%+12",
    effect = hold("asking"),
    note = "Asking what someone wants, and then waiting for the answer, is the change they can see most clearly.",
  },
  choice "'I'll put it on the market. Save you the bother.'" {
    [["You've decided, then," {Name} says. It isn't angry. It's worse: it's familiar. "You always did decide things in the shed and bring them up the garden finished." {They} start{s} making up a box.]],
    go = "house_door", trust = "%-6",
    note = "Deciding on someone's behalf, however kindly meant, tells them their say in it is a bother.",
  },
  choice "'Whatever you want. Honestly. I don't mind.'" {
    [["That isn't an answer," {Name} says. "You always said 'whatever you want', and then went quiet for a week when I chose." {They} start{s} making up a box.]],
    go = "house_door", patience = "%-4",
    note = "'Whatever you want' hands them the whole weight of a decision that was half yours.",
  },
}

-- Idris's offer, at the door: asked once, asked in his name, or not at all.
scene "house_door" {
  [[At twelve you carry the boxes out to Carys's car together. At the door, with a box of {their} winter things under each arm, {Name} waits for you to get the latch. The parking ticket is in your coat pocket.]],
  choice "Tell {them} about Idris's offer, and that you're going either way" {
    [["Idris sees people sometimes who are ending things," you say, "to help them do it well. If you ever wanted to come, once, you could. No's a fine answer. I'm going either way." {Name} shifts the boxes and thinks about it, there on the step.]],
    id = "tell-about-the-offer", go = invitation_answer(0), respect = "%+8",
    note = "An invitation with a real 'no' inside it is the only kind that can be freely accepted.",
  },
  choice "'Idris thinks it would really help if you came in.'" {
    [[It's easier that way: less like asking. {Name}'s eyebrows go up. "Does he," {they} say{s}, "having never met me," and only then do you hear how it sounded, like a prescription with {their} name on it.]],
    id = "idris-thinks", go = invitation_answer(25), respect = "%-10",
    note = "Putting your wish in your counsellor's mouth borrows an authority that was never yours to use.",
  },
  choice "Get the latch, and let {them} go" {
    [[You get the latch. "Thanks," {Name} says, on the step. "For today." You watch {them} all the way to the corner, and then you shut the door, and stay in the hall for ninety seconds for no reason except that you can.]],
    go = "solo_session", patience = "%+6",
    note = "Keeping the room for yourself, without recruiting anybody into it, is patience of a quiet sort.",
  },
}

scene "door_no" {
  [["I'm glad you're going," {Name} says. "I really am. But it's yours, and I think it should stay yours. I don't want to sit in a room and be part of the reason you get better."]],
  choice "'That's fair. Thank you for thinking about it.'" {
    go = "solo_session", respect = "%+8",
    note = "Taking a no to an invitation with good grace shows it really was an invitation.",
  },
  choice "Nod, and watch {them} to the corner" {
    [[You nod. {Name} goes down the path with the boxes, and you watch {them} all the way to the corner, and then go back in to the quiet house.]],
    go = "solo_session",
  },
}

-- ---------------------------------------------------------------- March

-- Before two people share the room, each is asked about fear, alone.
scene "screening" {
  [["Once," {Name} says. "I'd like to see the room you keep going on about." {They} go{es} down the path without looking back, which is how {they} always went down paths, and you stand in the hall for ninety seconds afterwards for no reason except that you can.]],
  page_break,
  [[March. Idris sees you each on your own first. He always does, he says, and he asks everyone the same thing, so nobody need take it personally. "Has either of you ever been frightened of the other? Has anyone checked phones, kept money back, kept the other one from friends or family? If it's yes, for either of you, we don't do this together in a room."]],
  [[On the windowsill the fern has three new fronds, and one of them is nearly open.]],
  choice "Ask what happens if someone says yes" { go = "screening_answer" },
  choice "'No. Nobody was frightened. Just lonely.'" {
    go = "joint", trust = "%+6",
    note = "A counsellor asks about fear before anything else because some rooms are not safe to share; an honest answer makes the rest possible.",
  },
  choice "'Not of each other. I was frightened of rows. I still am.'" {
    [["That's worth knowing," Idris says, and writes it down. "It isn't what I asked, and it's worth knowing."]],
    go = "joint", trust = "%+8",
    note = "Saying the fear that was really there, even when it isn't the one being asked about, is honesty about yourself.",
  },
}

scene "screening_answer" {
  [["Then it stops being this kind of work," Idris says. "Nobody gets sent home to try harder, and nobody gets told to smooth anything over. The one who's frightened gets a number for people who help with exactly that, day or night, and a plan for staying safe. The one doing the frightening, if they want to stop, gets a different number, for a programme that's hard and works. Nobody gets talked into anything in here."]],
  [[He waits, then, for your answer to the first question.]],
  choice "'No. Nobody was frightened. Just lonely.'" {
    go = "joint", trust = "%+6",
    note = "A counsellor asks about fear before anything else because some rooms are not safe to share; an honest answer makes the rest possible.",
  },
  choice "'Not of each other. I was frightened of rows. I still am.'" {
    [["That's worth knowing," Idris says, and writes it down. "It isn't what I asked, and it's worth knowing."]],
    go = "joint", trust = "%+8",
    note = "Saying the fear that was really there, even when it isn't the one being asked about, is honesty about yourself.",
  },
}

scene "joint" {
  [[{Name} sits in the other armchair in {their} Baths fleece, with {their} coat still on, as if {they} might need to leave quickly. Idris gives the rules: one person talks at a time, and everybody gets to finish their sentences. "Nobody here is deciding whether," he says. "You've both told me that's decided. We're here for how."]],
  page_break,
  function(s)
    local w = standing(s)
    if w == "baths" then
      return [["I want to say the Baths first," {Name} says. "Because if I don't say it in here I never will. You came to my work. I still look at the changing-room door every Saturday at seven."]]
    elseif w == "memos" then
      return [["I want to say the voice notes first," {Name} says. "Because if I don't say it in here I never will. I still jump when my phone goes on poolside."]]
    elseif w == "carys" then
      return [["I want to say Carys first," {Name} says. "Because if I don't say it in here I never will. You asked my friend to report on me, in the Co-op, in front of her son. She hasn't forgotten, and neither have I."]]
    end
  end,
  [[Then {they} talk{s} about the shed. The tea on the step, the mugs in the morning. "In the end I stopped knocking," {they} say{s}. "I thought if I stopped, you'd notice. You didn't."]],
  choice "'You did knock. I heard you every time.'" {
    [[You don't say it yet. {Name} says the rest of it first: the winter {they} wore {their} coat indoors because you'd taken the heater down to the shed; the birthday you spent down there. You sit through all of it. Then you say it, and {Name} puts {their} hand over {their} mouth, and Idris pushes the tissue box an inch across the table with one finger and says nothing at all.]],
    id = "i-heard-you", go = "easter", respect = "%+10", trust = "%+8",
    effect = function(s) s.joint = "heard" end,
    note = "Letting someone finish, and then telling them the truth they needed, is what being heard feels like from the other chair.",
  },
  choice "'You'd been shouting, though. To be fair.'" {
    [[{Name} stops. "That," {they} say{s}, to Idris, not to you. "That's what it was like. Every time." Idris writes something down, and for once you don't need to ask what.]],
    go = "easter", respect = "%-6",
    effect = function(s) s.joint = "argued" end,
    note = "'To be fair' usually means 'now let me win', and the other person hears it that way.",
  },
  choice "'Idris, tell {them} what I said about the shed.'" {
    [["No," Idris says, kindly. "You tell {them}. Or don't. But it isn't mine to say." The moment goes by, and you watch it go.]],
    go = "easter", respect = "%-8",
    effect = function(s) s.joint = "argued" end,
    note = "Asking the counsellor to speak for you makes him your advocate, and puts the other person in the dock.",
  },
}

scene "solo_session" {
  [[March, and you keep your Thursdays. The man in the hi-vis finishes his sessions and shakes your hand in the waiting room on his way out, which surprises you both.]],
  page_break,
  function(s)
    if s.held:has("owning") then
      return [[You tell Idris about Boxing Day, and Bron, and the last mince pie. He laughs, properly, for the first time since you've known him, and the fern shakes on the sill.]]
    end
    return [[Some Thursdays you sit in the chair and wonder what it's for. Idris lets you wonder. Once he says, "You can stop whenever you like," and you find you don't want to, which is news.]]
  end,
  [["You'll see {Name} again, one way or another," Idris says. "The house, the Co-op, wherever. What would you want to be to {them}, after? Not what you'd get. What you'd want."]],
  choice "'Someone {they} can say hello to in the Co-op.'" {
    [["That's a good size of want," Idris says. "You can live inside a want that size." He writes it down, and you find you're pleased, absurdly, to be written down.]],
    go = "easter", patience = "%+6",
    note = "Wanting something small and real is a want you can live inside, whatever the answer.",
  },
  choice "'Someone who's glad {they} {are} happy. Even without me.'" {
    [[Idris looks at you for a long moment over his glasses. "Say that again in a month," he says, "and see if it's still true." It is, as it turns out.]],
    go = "easter", respect = "%+6",
    note = "Wanting their good, even where you are not part of it, is respect that asks for nothing back.",
  },
  choice "'I'd still want {them} back. I know I'm not meant to say it.'" {
    [["You're allowed to want it," Idris says. "You're not allowed to make it {their} job. Can you hold both of those?" You don't know. You say so, which is something.]],
    go = "easter",
    note = "You are allowed to want it; you are not allowed to make it their job.",
  },
}

-- ---------------------------------------------------------------- Easter

scene "easter" {
  function(s)
    if s.joint ~= "" then
      return [[At the end Idris asks you both the same question. "When this is over, what would you each like to be to the other?" {Name} looks at the fern for a long time. "I don't know yet," {they} say{s}. "Ask me at Easter."]]
    end
  end,
  page_break,
  [[The week before Easter, {Name} texts. The pier opens again on Saturday. Would you walk to the end of it? To talk about after, {they} say{s}.]],
  [[The pier has had a coat of paint and smells of it. You walk to the end together, past the fortune teller's booth, still boarded up, while the gulls work the bins. At the railings at the very end, where the sea is deep and green, {Name} stops.]],
  -- What {Name} saw, in {their} own words.
  function(s)
    local said = {}
    if s.held:has("staying") then
      said[#said + 1] = "The day of the boiler, you stood at the sink and counted. I watched your lips move."
    else
      said[#said + 1] = "The day of the boiler I asked you a straight question, and you found a way out of it. I knew that look. I'd had eleven years of it."
    end
    if s.held:has("saying") then
      said[#said + 1] = "At Christmas you told me you were lonely. Eleven years, and it was the first time I didn't have to guess."
    end
    if s.held:has("asking") then
      said[#said + 1] = "You asked me what I wanted for the house. Nobody else did."
    end
    if s.joint == "heard" then
      said[#said + 1] = "And in that room, you let me finish."
    elseif s.joint == "argued" then
      said[#said + 1] = "And in that room, when I'd said it, you didn't really answer. I noticed that."
    end
    return [["I've been thinking about this year," {they} say{s}. "]] .. table.concat(said, " ") .. [["]]
  end,
  -- What {Name} has not forgotten.
  function(s)
    local said = {}
    for _, w in ipairs({ "baths", "memos", "carys" }) do
      if s.crossed:has(w) then
        local what = "And " .. BOUNDARY_WORDS[w] .. ". "
        if s.mended:has(w) then
          said[#said + 1] = what .. "I haven't forgotten it. I haven't forgotten the sorry either. That was a proper one."
        elseif s.refused:has(w) then
          said[#said + 1] = what .. "You said sorry, and I believed you, and I still can't get past it. I did try."
        else
          said[#said + 1] = what .. "You never said sorry for it. Not once. I kept waiting for you to."
        end
      end
    end
    if #said > 0 then return "\"" .. table.concat(said, " ") .. "\"" end
  end,
  page_break,
  go = ellis_decides,
}

scene "pier_friends" {
  [["So here's what I want," {Name} says. "I want us to be friends. Not the kind that send a card. I miss you. Not us: you. And I think I could have you as a friend now, because I think you'd stay for the hard bits."]],
  [[{They} say{s} it to the sea, and then {they} turn{s} round and say{s} it again to you, to be sure you heard.]],
  choice "'I'd like that. I'd really like that.'" {
    go = "shallow_end_may", trust = "%+8",
    note = "Taking friendship exactly as it is offered, no bigger and no smaller, is how it stays a gift.",
  },
  choice "'I want to. But I'd be waiting for more, and you'd feel it.'" {
    id = "id-be-waiting", go = "own_door_may", respect = "%+8",
    available = function(s) return s.practised:has("saying") end,
    reason = "you never found the words for a thing like that",
    note = "Telling someone you can't be their friend yet, and why, is saying what you feel in a way that protects you both.",
  },
  choice "'Friends for now. And who knows, in a year?'" {
    id = "who-knows", go = "pier_hope", patience = "%-8",
    note = "Turning an offer of friendship into a waiting room asks them to carry your hope as well as theirs.",
  },
}

scene "pier_hope" {
  [[{Name}'s face closes, not unkindly, the way a shop does at five. "That's the bit I can't do," {they} say{s}. "I can't be your friend and your maybe. I'd spend every coffee wondering if you were counting."]],
  [["Decent, then," {they} say{s}. "Let's be decent to each other. That I can do."]],
  choice "'Decent, then. I'm sorry. I heard you.'" {
    [["Thank you," {Name} says. You walk back along the pier together, not touching, and at the gates {they} go{es} left, and you go right.]],
    go = "keys_may", respect = "%+6",
    note = "Taking back a hope as soon as you see its weight is a late kindness, and still a kindness.",
  },
  choice "Walk back along the pier before you say something you'll regret" {
    go = "empty_chair_pier", trust = "%-10",
    note = "Walking off to spare them something you might say is still walking off, and it leaves them alone at the end of the pier.",
  },
}

scene "pier_civil" {
  function(s)
    local w = standing(s)
    if w then
      return [["Here's what I can do," {Name} says. "Decent. Kind about the house. A nod if we meet in the Co-op. I can't be your friend. Not after ]] .. BOUNDARY_WORDS[w] .. [[. I'm not punishing you. It's just where I've got to, and I've tried to get further."]]
    elseif not s.saw then
      return [["Here's what I can do," {Name} says. "Decent. Kind about the house. A nod if we meet in the Co-op. I don't want to be your friend. I watched all year for you to stay, and I didn't see it often enough to want more than that."]]
    end
    return [["Here's what I can do," {Name} says. "Decent. Kind about the house, kind if we meet in the Co-op, a card at Christmas. I don't want to be your friend. It isn't a verdict on this year; I saw the year. I've got a life at Carys's that I like, and the deputy manager's job at the Baths from June, and I want them to be mine, with no thread back to Lowther Road."]]
  end,
  choice "'All right. Decent I can do.'" {
    [[{Name} nods. You walk back along the pier together, not touching, and at the gates {they} go{es} left, and you go right.]],
    go = "keys_may", respect = "%+8",
    note = "Accepting the terms someone offers, as they offered them, is respect with no hidden clause.",
  },
  choice "'What does decent look like, to you?'" {
    id = "what-does-decent", go = "pier_decent", trust = "%+8",
    available = function(s) return s.practised:has("asking") end,
    reason = "you were never one for asking",
    note = "Asking what the terms mean, instead of guessing, is how you come to keep them.",
  },
  choice "'Couldn't we try being friends? Just try?'" {
    id = "just-try", go = "pier_no", patience = "%-8",
    note = "Asking again for the thing they have just said no to tells them the no was an opening bid.",
  },
}

scene "pier_decent" {
  [[{Name} thinks about it properly, the way {they} always did with real questions. "Emails about the house, not phone calls. If you see me at the gala with someone, a nod. A card at Christmas, and you send one to Mum, because she'd be hurt if you didn't. And if I ring you, it's because something's wrong with the boiler, and nothing else."]],
  [["I can do that," you say, and find that you can. Later you keep to all of it. You send {their} mum, Glenys, a card every year, and every year she writes back, two pages, mostly about her hip.]],
  page_break,
  go = "keys_may",
}

scene "pier_apart" {
  function(s)
    local w = standing(s)
    if w then
      return [["I need you out of my life for a while," {Name} says. "A long while. It's ]] .. BOUNDARY_WORDS[w] .. [[. I keep trying to put it down, and I can't, and I can't carry it and be anything to you as well."]]
    elseif not s.saw then
      return [["I need you out of my life for a while," {Name} says. "A long while. I watched all year for you to stay in a room when it got hard, and I never once saw it. I can't keep watching. It's what I left to stop doing."]]
    end
    s.preston = true
    return [["I need you out of my life for a while," {Name} says. "A long while. It isn't the year. I saw the year. It's me. I've been offered the manager's job at the new leisure centre in Preston, and I've said yes. I start in June. I want to start there as someone with nobody to check on, and nobody checking on me."]]
  end,
  choice "'All right. Thank you for saying it to my face.'" {
    go = "thursdays_may", respect = "%+10",
    note = "A no said plainly took nerve to say; thanking them for it is the last kind thing the question allows.",
  },
  choice "'I'll wait. However long it takes.'" {
    id = "ill-wait", go = "pier_no", patience = "%-10",
    note = "A promise to wait, made to someone who asked you not to, is a weight you have handed them to carry.",
  },
  choice "'After this whole year? I did all of it for you.'" {
    id = "all-for-you", go = "solicitor_pier", respect = "%-20", trust = "%-15", tags = { "boundary" },
    note = "Holding up a year of effort as a reason for a yes turns the effort into guilt, and guilt into the last word.",
  },
  choice "Walk back along the pier before you say something you'll regret" {
    go = "empty_chair_pier", trust = "%-10",
    note = "Walking off to spare them something you might say is still walking off, and it leaves them alone at the end of the pier.",
  },
}

scene "pier_no" {
  [["No," {Name} says. "Please hear it this time. No."]],
  [[{They} {are}n't cross. {They} just look{s} tired, the way {they} used to at the end of a gala weekend, and a little sorry for you, which is harder to stand.]],
  choice "'Okay. I heard you. I'm sorry I pushed.'" {
    go = "thursdays_may", respect = "%+6",
    note = "Stopping late is still stopping, and a no accepted at the second asking still counts.",
  },
  choice "'Then what was this year for?'" {
    id = "what-was-it-for", go = "solicitor_pier", respect = "%-20", trust = "%-10", tags = { "boundary" },
    note = "Asking them to account for your year turns your growth into their debt.",
  },
  choice "Walk back along the pier before you say something you'll regret" {
    go = "empty_chair_pier", trust = "%-10",
    note = "Walking off to spare them something you might say is still walking off, and it leaves them alone at the end of the pier.",
  },
}

-- ---------------------------------------------------------------- Endings

-- Each ending is one screen. The spring and summer after the pier come
-- first, in a scene of their own that flows into the ending after a pause.

scene "shallow_end_may" {
  function(s)
    if s.crossed:has("baths") then
      return [[In May {Name} teaches you to swim. Not at the Baths. "That's my work," {they} say{s}, and you say you know, and that is the whole of that conversation, and it is enough. In the sea, then, off the slipway on Sunday mornings, with Bron's lot shrieking round you and Mo, seventy-eight, in her cap of rubber flowers, shouting advice from the shallows.]]
    end
    return [[In May {Name} teaches you to swim: not at the Baths, which is {their} work, but in the sea, off the slipway on Sunday mornings, with Bron's lot shrieking round you and Mo, seventy-eight, in her cap of rubber flowers, shouting advice from the shallows.]]
  end,
  [[You are very bad at it. {Name} stands waist-deep in eleven-degree water with {their} hands under your back, saying "I've got you, you're fine, I've got you," in the voice {they} use{s} for toddlers, and you are not fine, and you stay in anyway.]],
  last_thursday,
  page_break,
  go = "shallow_end",
}

ending "shallow_end" {
  title = "The Shallow End",
  kind = "friends",
  [[The house sells in the autumn. The lighthouse magnet lives on a fridge on Jubilee Terrace now. You are asked round for tea, sometimes, and when it gets difficult, which now and then it does, you stay at the table.]],
  reflection = [[Nobody won anybody back. What you have is smaller and harder to come by: a friend who watched you stay, and chose to offer it. You took it at the size it was given.]],
}

scene "own_door_may" {
  [[{Name} is quiet for a moment, and then {they} laugh{s}, a little, at the sea. "That's the most honest thing you've ever said to me," {they} say{s}. "All right. Not friends. Not now. If that changes, you tell me, and I'll tell you."]],
  last_thursday,
  [[At the gala in August {Name} waves from the high chair, and you wave back, and you stay for the whole of the under-nines relay.]],
  page_break,
  go = "own_door",
}

ending "own_door" {
  title = "A Door of Your Own",
  kind = "growth",
  [[The house sells in the autumn. You rent a flat over the music shop on Castle Street, with a piano in it and no shed, and find you don't need one.]],
  reflection = [[You were offered the warmest thing on the table and said not yet, out loud, with the reason. That is the opposite of the shed: not leaving, but saying why you can't come in.]],
}

scene "keys_may" {
  last_thursday,
  [[The house sells in the autumn, to a couple with twin boys who want the shed for their bikes. {Name} comes on the last day for the lighthouse magnet. {They} leave{s} the boiler card in the drawer by the sink, for the new people, with Gethin's number underlined twice.]],
  page_break,
  go = "keys",
}

ending "keys" {
  title = "The Card in the Drawer",
  kind = "civil",
  [[Decent turns out to be a thing you can practise: the short email, answered the same day; the nod across the Co-op; a card at Christmas with nothing in it but "Happy Christmas", which is enough.]],
  reflection = [[Decent is what two people who loved each other can offer once one has decided. In the end you took it at the size it was offered, held the door, and let it close.]],
}

scene "thursdays_may" {
  [[So it is over, and you keep your Thursdays at four anyway. Some weeks you talk about {Name}. More and more you talk about your dad, and Bron, and why a shut door has always felt safer to you than an open one.]],
  last_thursday,
  [[When you leave that day, the fern on the windowsill has a new sign: STILL NOT THIRSTY. You laugh all the way down the stairs, which alarms the chiropodist.]],
  page_break,
  go = "thursdays",
}

ending "thursdays" {
  title = "Thursdays at Four",
  kind = "growth",
  function(s)
    if s.preston then
      return [[{Name} goes to Preston in June. The house sells in the autumn, and you answer every email about it the same day, short and polite, and then you stop checking for more.]]
    end
    return [[The house sells in the autumn. {Name} deals with it in emails that are short and polite, and you answer them the same day, every time.]]
  end,
  reflection = [[{Name}'s answer was not the one you hoped for, and in the end you let it stand. The work bought no answer. It made you someone who can hear a hard one and stay in the room.]],
}

scene "solicitor_pier" {
  [[You say it, and you hear it land. {Name} holds your eye for a long moment, and then turns to the sea, and when {they} speak{s} {their} voice is very level. "That's why," {they} say{s}. "That, there. That's why I left." {They} walk{s} back along the pier on {their} own, past the boarded-up booth, and {do}n't look round.]],
  [[A week later a letter comes from a solicitor on Bridge Street: all further contact about the house is to go through the firm. You read it in the shed.]],
  page_break,
  go = "solicitor",
}

ending "solicitor" {
  title = "Through the Solicitor",
  kind = "apart",
  function(s)
    if s.practised:count() > 0 then
      return [[On Thursday you climb the stairs anyway and tell Idris what you said on the pier, word for word. "Right," he says. "Now we know where the work is."]]
    end
    return [[On Thursday you don't go. Idris leaves a message to say the slot is yours until the end of the month. You let the month run out.]]
  end,
  reflection = [[When the answer you didn't want arrived, you held the year up like a bill, as if the work had been a way of being owed. A no deserves thanks, not a reckoning.]],
}

scene "empty_chair_pier" {
  [[You turn and walk back along the pier, fast, past the boarded-up fortune teller's, and you don't look round, because if you looked round you would have to stay. Behind you {Name} is left at the railings with the rest of what {they} came to say.]],
  [[{They} text{s} that evening: "You did it again." Nothing else. {They} {are} right, and you know it, and knowing it doesn't help.]],
  page_break,
  go = "empty_chair",
}

ending "empty_chair" {
  title = "The Empty Chair",
  kind = "apart",
  [[On Thursday at four you are in the shed with the heater on, thinking of the chair on Quay Street, empty. Idris leaves a message: the slot is there if you want it. In June it is still there.]],
  reflection = [[At the hardest moment of the year you left the room, for a decent reason, and it was still the old answer. Staying is a thing you practise, not a thing you decide once.]],
}
