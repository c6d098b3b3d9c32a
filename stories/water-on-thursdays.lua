-- Water on Thursdays: the default story of rekindle.
-- A winter in Hollin Bridge, a spider plant called Gerald, and the long work
-- of leaving someone alone until they choose to come back, or not.
-- British spelling throughout. Every paragraph is one line: a newline inside a
-- paragraph would be a forced break on screen.
--
-- Meters move by fairmath ("%+10" takes a tenth of the way to 100, "%-30"
-- three tenths of the way to 0): a careful choice gains a tenth or so, and a
-- pressure choice loses a third to a half, so the bars at the end tell how
-- the winter was spent. A careful winter ends high but not full; a pushy one
-- leaves patience or respect low.
--
-- The bars are for the player: no code reads them. What the other person
-- makes of the winter is kept in two small whole numbers instead, so that
-- `rekindle quicktest` can walk every state of the story:
--   warmth    0..8: good moments raise it by one (owning your part, listening,
--             a kept promise), careless ones lower it by one, pressure by two;
--   pressure  0..3: pressure choices taken (three means three or more).
-- A flag that only matters for a while (what you said at the canal, whether
-- the first message was a light one) is cleared once it has been used: only
-- what code reads counts as state, and a cleared flag reads alike for all.
-- For the same reason no code asks for visit counts (quicktest would key
-- them), and loops hide a used choice with a flag that is cleared on the way
-- out, rather than with `once` (a used once-only choice is state for good).

-- Helpers (pure functions of the state and the engine's seeded math.random).

-- Warmth moves by n, kept within 0..8.
local function warm(s, n)
  local w = s.warmth + n
  if w > 8 then w = 8 elseif w < 0 then w = 0 end
  s.warmth = w
end

-- Effects for the common cases.
local function up(s) warm(s, 1) end
local function down(s) warm(s, -1) end

-- A pressure choice was taken: the count decides what the other person can
-- still say yes to, and each push costs two steps of warmth.
local function pushed(s)
  if s.pressure < 3 then s.pressure = s.pressure + 1 end
  warm(s, -2)
end

-- The first new message is sent: what led up to it has been said.
local function sent_first(s)
  s.early = false; s.jealous = false; s.hello = false
end

-- Leaving the canal: what was said there has done its work.
local function left_canal(s)
  s.c_sorry = false; s.c_asked = false; s.c_explain = false; s.c_winter = false
  s.canal_last = ""
end

-- Texting Nell: how many times (0, 1, 2 meaning two or more).
local function leaned(s)
  if s.nell < 2 then s.nell = s.nell + 1 end
end

-- How likely the other person is to say yes, in percent, by warmth. Never
-- above 62: even after the best winter there is a real chance of a no.
-- Next to nothing while warmth is under 3: a yes needs a winter of good
-- moments, not one. A single push takes a further 20 off.
local YES = { [0] = 0, 0, 10, 30, 45, 55, 62, 62, 62 }

local function yes_chance(s, bonus)
  local p = YES[s.warmth] + bonus
  if s.pressure == 1 then p = p - 20 end
  if p > 62 then p = 62 end
  if p < 0 then p = 0 end
  return p
end

-- The other person's answer. Two or more pressure choices can never end in
-- reconciliation, whatever else happened.
local function verdict(s, bonus)
  if s.pressure >= 2 then return "the_no" end
  local p = yes_chance(s, bonus)
  local roll = math.random(100)
  if roll <= p then return "yes_terms" end
  if roll <= p + 13 and s.warmth >= 2 then return "not_yet" end
  return "the_no"
end

-- Which reconciliation, if any. Checks the pressure counter again so no path
-- can slip past it.
local function final_yes(s)
  if s.pressure >= 2 then return "not_yet" end
  if s.counselling then return "not_back_forward" end
  return "water_on_thursdays"
end

-- After the first new message: does the door stay open at all?
local function gate(s)
  if s.pressure >= 3 then return "please_stop" end
  if s.pressure == 2 and math.random(100) <= 60 then return "please_stop" end
  return "reply"
end

-- After a no, taken with thanks at once. Only a warm winter without a
-- pattern of pushing leaves enough for a friendship; after three pushes the
-- thanks come too late.
local function accept_no(s)
  if s.pressure >= 3 then return "the_door_you_leaned_on" end
  if s.pressure < 2 and s.warmth >= 7 then return "the_plant_goes_home" end
  return "spring_on_your_own"
end

-- After a no, taken with thanks only once it was said twice.
local function accept_no_again(s)
  if s.pressure >= 3 then return "the_door_you_leaned_on" end
  return "spring_on_your_own"
end

-- After honouring a request for no contact.
local function final_alone(s)
  if s.pressure >= 3 or s.warmth < 1 then return "the_door_you_leaned_on" end
  return "spring_on_your_own"
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
    warmth = 0,            -- 0..8: what the other person makes of the winter
    pressure = 0,          -- pressure choices taken (0..3); two or more rule out reconciliation
    nell = 0,              -- times you texted Nell (0..2)
    -- read for as long as the story lasts
    reflected = false,     -- you have named your own part
    thursdays_off = false, counselling = false,
    -- read for a scene or two, then cleared
    own_part = false, their_side = false, jan_nell = false,
    early = false, casual = false, jealous = false, hello = false, said_love = false,
    c_sorry = false, c_asked = false, c_explain = false, c_winter = false, canal_last = "",
    asked = false, any_answer = false, thanked = false,
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- pressure: a tactic that pushes; apology: saying sorry; space: leaving
  -- room; listening: hearing their side; reflection: naming your own part;
  -- support: asking for help; consistency: a promise kept in deeds.
  tags   = { "pressure", "apology", "space", "listening", "reflection", "support", "consistency" },
  covers = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 },
}

-- The collection's rules, checked by randomtest and quicktest.
rule "two pushes rule out a reconciled ending" { never = "reconciled", after = "pressure", times = 2 }
rule "the other person has a mind of their own" {
  at_least = 20, of_plays_without = "pressure", end_in = { "growth", "apart" },
}
rule "every playthrough is a story" { min_choices = 8 }
rule "every change of a meter says what it taught" { notes = true }

-- ---------------------------------------------------------------- November

scene "name" {
  [[Hollin Bridge, November. The river is high and brown under the old packhorse bridge, and the launderette below your flat has been running its dryers since six this morning.]],
  [[Three days ago, someone you love asked you for space.]],
  ask "Who asked you for space?" { into = "name", pronouns = true, go = "flat" },
}

scene "flat" {
  [[Three nights since {Name} said it at the bus stop on Bridge Street, in the rain, with {their} hood up so you couldn't see {their} face: "I need you not to ring me. Not for a while. Please."]],
  [[It wasn't one thing, {they} said. Then {they} said "the Feathers", meaning the night of {their} exam results, and you had nothing to say.]],
  [[The flat still smells of {their} shampoo. On the windowsill sits Gerald, the spider plant that wouldn't fit in Priya's car, a note taped to the pot in {their} capitals: WATER THURSDAYS. NOT BEFORE. HE LIKES BEING IGNORED A BIT.]],
  [[It is Thursday. You watered him at six. Now it is a quarter to midnight, and your phone lies face-up on the arm of the sofa.]],
  choice "Write it all down for {them}, tonight" { go = "drafts" },
  choice "See what {Name} posted tonight" {
    go = "scroll", respect = "%-35", patience = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Watching someone's life through a screen after they have asked for distance is still a way of not giving it.",
  },
  choice "Ring Nell instead" {
    go = "nells", patience = "%+14", tags = { "space", "support" },
    note = "When the urge to reach out is loudest, another voice can carry you through to morning.",
  },
}

scene "drafts" {
  [[By one o'clock the note on your phone is two thousand words long. It starts with sorry and turns, somewhere in the fourth paragraph, into a list of the times {Name} was unfair to you.]],
  [[You read it back with the telly on mute. Some of it is true. Some of it is the kind of true that only sounds right at one in the morning.]],
  [[Your thumb hovers over the arrow.]],
  choice "Send it. {They} should know." {
    go = "sent", patience = "%-45", respect = "%-20", trust = "%-20", tags = { "pressure" }, effect = pushed,
    note = "A message written at one in the morning asks someone to carry your feelings on your timetable, not theirs.",
  },
  choice "Leave it in your notes and go to bed" {
    go = "nells", patience = "%+16", tags = { "space" },
    note = "Writing it down let the feelings out; leaving it unsent kept the space you were asked for.",
  },
}

scene "sent" {
  [[Delivered, at 1:14. Then, at 1:20: Read.]],
  [[You sit on the edge of the bath and watch the screen until it dims, then touch it awake, then watch it dim again. Downstairs, somebody's duvet finishes its cycle and the dryer goes quiet.]],
  [[At 1:40 you have a second message typed: Please. Just say something. Anything.]],
  choice "Send it" {
    go = "sent_again", patience = "%-50", respect = "%-20", tags = { "pressure" }, effect = pushed,
    note = "A second message into a silence is not a question any more; it is a demand.",
  },
  choice "Delete it and text Nell instead" {
    call = "nell_texts", go = "nells", tags = { "support" },
    note = "Sending the words to someone who can hold them, instead of someone who asked not to, is a way of keeping faith.",
  },
  choice "Put the phone in the bread bin and go to bed" {
    go = "nells", patience = "%+12", tags = { "space" },
    note = "Silence is an answer too, and letting it stand is a kindness.",
  },
}

scene "sent_again" {
  [[The reply comes at 1:52. It is one line long.]],
  [["I asked you for one thing."]],
  [[You read it until the words stop looking like words. Then the little green dot beside {Name}'s name goes grey.]],
  choice "'You're right. I'm sorry. I'll stop.'" {
    go = "nells", respect = "%+14", tags = { "apology" }, effect = up,
    note = "Owning it at once, and then actually stopping, is how an apology proves itself.",
  },
  choice "'I just need to understand why'" {
    go = "nells", respect = "%-45", patience = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Needing to understand is real, but it is not a claim on someone else's night.",
  },
}

scene "scroll" {
  [[Priya has posted a story from the Feathers: the Thursday quiz, a table of empty glasses, somebody holding up an answer sheet. And there at the edge of the frame is {Name}, laughing at something off camera, head tipped back the way it used to go at your jokes.]],
  [[You zoom in. You zoom in further, until {their} face is a smudge of pixels.]],
  [[Priya's name sits at the top of the screen, one tap from a message.]],
  choice "Ask Priya how {Name} is really doing" {
    go = "priya", respect = "%-45", patience = "%-20", trust = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Asking friends to report back makes them pick a side, and turns someone's private hurt into news.",
  },
  choice "Close the app and ring Nell" {
    go = "nells", patience = "%+12", tags = { "space", "support" },
    note = "Closing the app is a small act, and it still counts.",
  },
}

scene "priya" {
  [[Priya takes eleven minutes to answer.]],
  [["Not doing this, sorry. I'm not the go-between. Leave {Name} be for a bit, yeah? And look after yourself."]],
  [[A moment later she adds a heart, which is somehow worse.]],
  choice "'Fair enough. Sorry, Priya.'" {
    go = "nells", respect = "%+12", tags = { "apology" }, effect = up,
    note = "Backing off gracefully when someone draws a line keeps more than one door from closing.",
  },
  choice "'Just tell me if {they} {are} okay'" {
    go = "nells", respect = "%-45", patience = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Pressing a friend who has already said no is pressure by proxy.",
  },
}

-- Texting Nell: called from wherever the urge is loudest, and back again.
scene "nell_texts" {
  once_only {
    [[Nell is on nights on the labour ward this month. She has you in her phone as LITTLE BRO (DO NOT ANSWER), and she answers anyway.]],
  },
  sequence {
    [["Whatever you're about to do, don't," she writes, four seconds later. "Go home, or go to bed, or both. Text me, not {them}."]],
    [["Again?" she writes. "Fine. Tell me three things you can see." You tell her three things. She says one of them is a lie, and she's right.]],
    [["Proud of you," she writes. Then: "Don't let it go to your head."]],
    [[Nell sends a photo of Alfie asleep in a laundry basket, and nothing else. It is enough.]],
  },
  choice "Do what Nell says" {
    back = true, patience = "%+16", tags = { "space" }, effect = leaned,
    note = "Asking for help at the worst moment is how the worst moment passes.",
  },
  choice "'I'm fine. Night, Nell.'" {
    back = true, effect = leaned,
    note = "Saying you're fine gets you off the phone; it does not get you through the night.",
  },
}

scene "nells" {
  [[Sunday lunch on Crook Lane. Nell's terrace is too warm and smells of gravy, and Alfie, who is three, is feeding his peas to the dog one at a time while Dev pretends not to see.]],
  [[Nell waits until Dev takes Alfie up for his nap. Then she hangs the tea towel over the oven door and looks at you the way she looks at first-time fathers on the ward.]],
  [["Right. What happened? Not the version where {Name} went cold on you. The real one."]],
  choice "'{They} just went cold on me, Nell.'" {
    go = "nell_pushes", respect = "%-15",
    note = "Starting the story with what the other person did is the easiest way to skip your own part in it.",
  },
  choice "'I wasn't there. Even when I was there.'" {
    go = "the_list", respect = "%+20", trust = "%+12", tags = { "reflection" },
    effect = function(s) s.reflected = true; up(s) end,
    note = "Naming your own part, plainly and first, is where any honest repair begins.",
  },
  choice "Make a joke about Nell's gravy" {
    go = "nell_pushes", patience = "%-10",
    note = "A joke can be a door you shut on a conversation you need to have.",
  },
}

scene "nell_pushes" {
  [[Nell doesn't laugh. She makes two mugs of tea nobody asked for.]],
  [["The night of {their} results," she says. "{They} finally qualified. A proper veterinary nurse. {They} booked the back room at the Feathers, {their} mum drove over from Skipton, and you were twenty minutes away for four hours."]],
  [["The Harcourt party ran late," you say.]],
  [["It always ran late." She puts your tea down in front of you. "I love you. But you were a ghost in that flat."]],
  choice "'Yeah. That was me.'" {
    go = "the_list", respect = "%+14", tags = { "reflection" },
    effect = function(s) s.reflected = true; up(s) end,
    note = "Letting someone who loves you say a hard thing, without arguing, is its own kind of strength.",
  },
  choice "'You weren't there, Nell.'" {
    go = "thursday", respect = "%-15", patience = "%-10", effect = down,
    note = "Defending yourself can feel like clarity, but it leaves the real question unanswered.",
  },
}

scene "the_list" {
  sequence {
    [[That night you take a Marrow prep sheet out of your coat pocket, turn it over on the kitchen table and draw a line down the middle. {Name} on the left. You on the right.]],
    [[The kettle clicks off behind you. You don't get up.]],
    [[It is past one. Downstairs, the last dryer of the day thumps to a stop.]],
  },
  function(s)
    if s.own_part and s.their_side then
      return [[Both columns are full now, and the right-hand one is longer. You are not sure when that happened, or why it took until tonight to see it.]]
    elseif s.own_part then
      return [[Your column: Whitby, cancelled twice. The phone face-up at every meal. "I'll sort it," and never sorting it. A joke every time {they} tried to be serious. The Feathers.]]
    elseif s.their_side then
      return [[You try to write it as {Name} would. It comes slowly. I kept the peace and hated it. I stopped asking, because asking felt like begging. I went quiet, and you didn't notice.]]
    end
    return [[The biro hovers over the paper for a long time.]]
  end,
  choice "Fill in your own column, all of it" {
    when = function(s) return not s.own_part end,
    go = "the_list", trust = "%+12", respect = "%+12", tags = { "reflection" },
    effect = function(s) s.own_part = true; s.reflected = true; up(s) end,
    note = "Writing your part down without a 'but' turns a vague guilt into something you can work on.",
  },
  choice "Write {their} column the way {they} would" {
    when = function(s) return not s.their_side end,
    go = "the_list", respect = "%+12", patience = "%+8", tags = { "listening" },
    effect = function(s) s.their_side = true; up(s) end,
    note = "Telling the story from the other side is how you learn what the breakup cost the other person.",
  },
  choice "Pin it to the fridge and go to bed" {
    go = "thursday",
    effect = function(s) s.own_part = false; s.their_side = false end,
  },
}

-- ---------------------------------------------------------------- December

scene "thursday" {
  [[December comes in on a hard frost. On Thursday you water Gerald, a mugful from the tap, and he drinks it like he has been waiting all week.]],
  [[At Marrow, where you have been sous-chef for three years, the Christmas bookings are taped up by the pass. Tomasz has pencilled your name into every box on the rota, the way he always does, the way you always let him.]],
  [[Thursday is quiz night at the Feathers. In two years you went twice.]],
  function(s)
    if s.reflected then return [[Your list is still on the fridge, under the magnet shaped like a lemon.]] end
  end,
  choice "Ask Tomasz to take you off Thursdays" { go = "tomasz" },
  choice "Take every shift going. Keep busy." {
    go = "december_night",
    note = "Filling every hour keeps the feelings at bay, but it is also the old habit that emptied the flat.",
  },
  choice "Ring the counsellor Nell texted you about" { go = "counsellor", tags = { "support" } },
}

scene "tomasz" {
  [[You find Tomasz in the walk-in, counting ducks, his breath coming out in clouds.]],
  [["Thursdays," he says. "In December." He looks at you over a crate of clementines for a long moment. "This is about {Name}."]],
  [["It's about me," you say, and are surprised to find you mean it.]],
  [["Then I need you every Sunday instead. And you're doing the canapés for the staff party."]],
  choice "'Deal. Thursdays are mine.'" {
    go = "december_night", trust = "%+16", patience = "%+12", tags = { "consistency" },
    effect = function(s) s.thursdays_off = true; up(s) end,
    note = "Changing the thing that did the damage, before anyone is watching, is change made of actions rather than promises.",
  },
  choice "'Forget it. It's December.'" {
    go = "december_night",
    note = "Putting change off until a more convenient month is how an old pattern keeps its hold.",
  },
}

scene "counsellor" {
  [[Ruth Okafor's room is above the chemist on Market Street. There is a box of tissues, a clock you can see and she can't, and a window onto the back of the bus station.]],
  [["When someone you love is upset with you," she asks, "what do you do?"]],
  [["Make toast," you say. "Or a joke." She writes nothing down, which is somehow worse than if she had.]],
  choice "Tell her the whole of it" {
    go = "december_night", trust = "%+12", respect = "%+12", tags = { "reflection", "support" },
    effect = function(s) s.counselling = true; s.reflected = true; up(s) end,
    note = "Talking to someone trained to listen helps you see the pattern, not only the heartbreak.",
  },
  choice "Tell her you're fine, really" {
    go = "december_night",
    note = "Saying you're fine to the one person paid to hear otherwise keeps the hard part locked away.",
  },
}

scene "december_night" {
  [[The twenty-third of December, ten to two in the morning. The Marrow staff party has ended the usual way, with Tomasz singing Polish carols to the dishwasher.]],
  [[You walk home along Wharf Street with four beers in you and frost on every windscreen. Tanner's Row, where {Name} has a flat now, is a five-minute detour past the church.]],
  [[Your phone is warm in your hand. {Their} name is still at the top of your recent calls.]],
  choice "Ring {them}. It's nearly Christmas." {
    go = "voicemail", patience = "%-50", respect = "%-20", trust = "%-20", tags = { "pressure" }, effect = pushed,
    note = "A call at two in the morning asks someone to handle your feelings at the hour they are least able to.",
  },
  choice "Walk past {their} flat, just to see the light" {
    go = "window", respect = "%-50", patience = "%-20", trust = "%-30", tags = { "pressure" }, effect = pushed,
    note = "Turning up where someone lives, uninvited, can frighten as much as it hurts, however gently it is meant.",
  },
  choice "Text Nell: 'Talk me down.'" {
    call = "nell_texts", go = "christmas", tags = { "support" },
    note = "Saying out loud that you are about to do something daft is most of the way to not doing it.",
  },
}

scene "voicemail" {
  [[It rings six times. You picture the phone lighting up on {their} bedside table, and {Name} looking at it, deciding.]],
  [["Hi, it's {Name}. Leave me something good."]],
  [[The beep.]],
  choice "Say happy Christmas and hang up" {
    go = "christmas",
    note = "Keeping it short does not undo the call, but it stops a mistake from growing.",
  },
  choice "Tell {them} everything until the beep cuts you off" {
    go = "christmas", patience = "%-45", respect = "%-20", tags = { "pressure" }, effect = pushed,
    note = "A voicemail full of everything you feel leaves someone a weight they never agreed to hold.",
  },
  choice "Hang up without a word and text Nell" {
    call = "nell_texts", go = "christmas", tags = { "support" },
    note = "Stopping halfway is still stopping.",
  },
}

scene "window" {
  [[Tanner's Row is a terrace of old dyers' cottages with the bins out for the morning. {Their} window, second from the end, is lit.]],
  [[You stand across the road under a dead street lamp. Then the door opens and {Name} comes out in a dressing gown with a bag of recycling, and stops dead.]],
  [["What are you doing here?" {They} {do}n't come any closer. {Their} hand stays on the door.]],
  choice "'I was just passing.'" {
    go = "christmas", trust = "%-20", effect = down,
    note = "A small lie to cover a big mistake costs trust twice.",
  },
  choice "'I shouldn't be here. I'm going.'" {
    go = "christmas", respect = "%+12", tags = { "apology", "space" },
    note = "Once you have crossed a line, leaving at once is the one kind thing left to do.",
  },
  choice "'Five minutes. Please. Just talk to me.'" {
    go = "christmas", respect = "%-45", patience = "%-20", trust = "%-30", tags = { "pressure" }, effect = pushed,
    note = "A request made on someone's doorstep at two in the morning is not one they can freely refuse.",
  },
}

scene "christmas" {
  [[Christmas is at Nell's, because Mum's hip is bad again. Paper hats, a burnt parsnip, Alfie asleep under the table by four.]],
  [[In your bag is the thing you bought {Name} in October: a small print of a hare by the woman with the stall at the Saturday market. {They} stopped at that stall every week for a year and never bought it.]],
  [[Mum spots it while you are looking for your keys. "Oh, that's lovely, love. Who's that for?"]],
  choice "Post it to {Name} with a long card" {
    go = "january", patience = "%-35", respect = "%-20", tags = { "pressure" }, effect = pushed,
    note = "A present with a long card still breaks a silence someone asked for; it just wraps it up first.",
  },
  choice "'It'll keep,' and put it back in the bag" {
    go = "january", patience = "%+12", tags = { "space" },
    note = "Some things are better given later or not at all, and keeping them is not the same as giving up.",
  },
  choice "Give it to Mum. She loves hares." {
    go = "january", patience = "%+12", respect = "%+12", tags = { "space" },
    note = "Letting a gesture go, instead of using it, is a way of letting go a little yourself.",
  },
}

-- ---------------------------------------------------------------- New year

scene "january" {
  sequence {
    [[January. The river freezes at the edges and the launderette puts up a sign about its pipes. Gerald has sent out a long pale runner, and at the end of it, dangling over the radiator, is a baby plant with roots of its own.]],
    [[The baby plant turns slowly on its runner in the warm air off the radiator, as if it is looking for something.]],
  },
  function(s)
    if s.jan_nell then return nil end -- back from texting Nell
    local t = {}
    if s.thursdays_off then t[#t + 1] = [[You have had five Thursdays off. You spent one learning to make bread you will never sell, and one asleep.]] end
    if s.counselling then t[#t + 1] = [[You have seen Ruth four times. Last week she asked what you would do if the answer was no, and you didn't have one.]] end
    return table.concat(t, " ")
  end,
  sequence {
    [[Seven weeks since the bus stop. It feels like long enough. It also feels like nothing at all.]],
    [[Nell's last text is still on the screen. Seven weeks. It still feels like long enough, and like nothing at all.]],
  },
  choice "Message {them} now. Seven weeks is enough." {
    go = "first_message", patience = "%-15",
    effect = function(s) s.early = true; s.jan_nell = false; down(s) end,
    note = "Deciding that enough time has passed is a decision only one of you is making.",
  },
  choice "Not yet. Pot the baby plant, and wait." {
    go = "february", patience = "%+20", tags = { "space" },
    effect = function(s) s.jan_nell = false end,
    note = "Waiting with no deadline, and living your own life meanwhile, is what patience looks like from the inside.",
  },
  choice "Text Nell: 'I want to message {them}.'" {
    when = function(s) return not s.jan_nell end,
    call = "nell_texts", tags = { "support" },
    effect = function(s) s.jan_nell = true end,
    note = "Telling someone you trust what you are about to do, before you do it, gives the wish somewhere to go.",
  },
  choice "Book in with Ruth, the counsellor, after all" {
    when = function(s) return not s.counselling end,
    go = "counsellor_jan", tags = { "support" },
    effect = function(s) s.jan_nell = false end,
  },
}

scene "counsellor_jan" {
  [[Ruth Okafor's room is above the chemist on Market Street: a box of tissues, a clock you can see and she can't, the back of the bus station through the window.]],
  [[You talk for forty minutes. She listens to all of it.]],
  [["You keep saying 'when {they} come{s} back'," she says. "I notice you never say 'if'."]],
  [[Outside, a bus reverses, beeping, for a very long time.]],
  choice "Say 'if' out loud, and see how it feels" {
    go = "february", patience = "%+14", respect = "%+14", tags = { "reflection" },
    effect = function(s) s.counselling = true; s.reflected = true; up(s) end,
    note = "Making room for 'if' is how you get ready for any answer, not only the one you want.",
  },
  choice "'It's when. I know {them}.'" {
    go = "february", respect = "%-10",
    effect = function(s) s.counselling = true end,
    note = "Being certain about someone else's heart is a way of not listening to it.",
  },
}

scene "february" {
  [[A Saturday in February, sleet coming sideways across the market square. You are buying a wedge of Lancashire at the cheese van when you hear {their} laugh.]],
  [[{Name} is three stalls down with Priya, holding a bag of oranges, {their} hair shorter than you have ever seen it. {They} see{s} you in the same moment. Priya's face does something complicated.]],
  [[{Name} lifts a hand. Not quite a wave.]],
  choice "Say hello, keep it short, and let {them} go" {
    go = "first_message", trust = "%+16", respect = "%+8", tags = { "space" },
    effect = function(s) s.hello = true; up(s) end,
    note = "A short, easy hello tells someone that bumping into you does not have to cost them anything.",
  },
  choice "Tell {them} you've changed. Loads." {
    go = "first_message", trust = "%-10", patience = "%-8", effect = down,
    note = "Announcing a change asks to be believed; living it does not need to.",
  },
  choice "Mention your date tonight (there isn't one)" {
    go = "first_message", respect = "%-45", patience = "%-20", trust = "%-35", tags = { "pressure" },
    effect = function(s) pushed(s); s.jealous = true end,
    note = "Inventing a rival to get a reaction is a game, and games are how trust gets spent.",
  },
  choice "Pretend you haven't seen {them}" {
    go = "first_message",
    note = "Hiding spares you one awkward minute and costs a chance to show you can be easy company.",
  },
}

scene "first_message" {
  function(s)
    if s.early then
      return [[Seven weeks and a day. You sit on the back step of the launderette, where the extractor fan breathes warm air, and open a new message to {Name}.]]
    end
    return [[The last week of February. You sit on the back step of the launderette, where the extractor fan breathes warm air, and open a new message to {Name}.]]
  end,
  function(s)
    if s.jealous then return [[You think about the date that doesn't exist, and what {their} face did, and what yours did.]] end
    if s.hello then return [[You think about the oranges, and the hand {they} lifted.]] end
  end,
  [[The last message in the thread is still from November. Gerald's baby sits beside you in a yoghurt pot: three leaves and a great deal of nerve.]],
  choice "'Gerald's had a baby. Do you want it?'" {
    go = "waiting", trust = "%+16", patience = "%+12",
    effect = function(s) sent_first(s); s.casual = true; up(s) end,
    note = "A light message about something you share opens a door without asking anyone to walk through it.",
  },
  choice "'I've been thinking about us. A lot.'" {
    go = "waiting", patience = "%-15",
    effect = function(s) sent_first(s); down(s) end,
    note = "Leading with 'us' puts the biggest question in the first line, before there is any ground to stand on.",
  },
  choice "Send everything you've learned since November" {
    go = "waiting", patience = "%-15", respect = "%-8",
    effect = function(s) sent_first(s); down(s) end,
    note = "A long account of your growth is still about you; growth shows better than it reads.",
  },
  choice "'I'm not sleeping. I miss you so much.'" {
    go = "waiting", respect = "%-45", patience = "%-20", tags = { "pressure" },
    effect = function(s) sent_first(s); pushed(s) end,
    note = "Offering your suffering as a reason to reply is guilt, even when every word of it is true.",
  },
}

scene "waiting" {
  [[Delivered. You put the phone in your locker at Marrow and work the Friday service with your whole body listening for it.]],
  [[Table nine sends back a perfectly good risotto. The new commis, Lauren, cuts her thumb and bleeds quietly into a blue plaster rather than say anything. You know the feeling.]],
  choice "Leave it in the locker until close" {
    go = "buzz", patience = "%+16", tags = { "space" },
    note = "Letting a reply come in its own time is patience practised on an ordinary Friday night.",
  },
  choice "Check if {they} {have} been online" {
    go = "buzz", respect = "%-35", patience = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Watching for someone's last-seen time is checking up on them, even through a screen.",
  },
  choice "Send a '??' on your break" {
    go = "buzz", patience = "%-45", respect = "%-20", tags = { "pressure" }, effect = pushed,
    note = "A nudge after a few hours turns an invitation into an expectation.",
  },
}

scene "buzz" {
  [[At twenty to midnight, scrubbing down the pass, you feel the locker hum through the wall.]],
  [[It could be anyone. It could be Nell, or the bank, or the group chat about Dev's fortieth. It is not anyone.]],
  choice "Open it now, still in your whites" { go = gate },
  choice "Finish the pass first" { go = gate },
}

scene "reply" {
  function(s)
    if s.casual and s.warmth >= 4 then
      return [["Ha. Is it as ugly as its dad? Yes please. I'm at the Sorting Office most Saturdays about ten, if you want to bring it."]]
    elseif s.casual then
      return [["Keep it. Actually, no. I'll have it. Sorting Office, Saturday, ten? I can't stay long."]]
    end
    return [["I'm not ready to talk about us. I don't know if I will be. If you want a coffee, it's a coffee. Sorting Office, Saturday, ten."]]
  end,
  [[You read it three times in the walk-in, where the signal is worst and nobody can see your face.]],
  choice "'Saturday at ten. I'll be there.'" {
    go = "handover", patience = "%+12", respect = "%+8", tags = { "space" },
    effect = function(s) s.casual = false end,
    note = "Agreeing to someone's terms, in their words, tells them their terms are safe with you.",
  },
  choice "'Could we make it dinner instead?'" {
    go = "handover", patience = "%-10", respect = "%-10",
    effect = function(s) s.casual = false; down(s) end,
    note = "Bargaining a small yes up into a bigger one teaches someone to say yes less often.",
  },
}

scene "please_stop" {
  [[You read it on the night bus home, forehead against the cold window. It is long, for {Name}. {They} must have written it more than once.]],
  [["I've thought about it. I don't want to meet, and I need the messages to stop. Not for a week. Properly. I'm not angry any more, I'm just tired. Please look after yourself."]],
  [[The bus stops at the top of Wharf Street. You don't get off until the driver calls back to ask if you're all right.]],
  choice "Reply 'Understood. I'm sorry.' Then stop." {
    go = "april_alone", respect = "%+12", tags = { "apology", "space" },
    effect = function(s) s.casual = false end,
    note = "A last reply that only agrees, and then a silence that keeps to it, is respect you can see.",
  },
  choice "Don't reply. Just stop." {
    go = "april_alone", respect = "%+12", patience = "%+8", tags = { "space" },
    effect = function(s) s.casual = false end,
    note = "Sometimes the most respectful answer is none at all, kept for as long as it takes.",
  },
  choice "Ring {them}. {They} can't mean it." {
    go = "the_door_you_leaned_on", patience = "%-50", respect = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Deciding that someone cannot mean their no is the surest way to make it final.",
  },
  choice "Ask Priya to talk {them} round" {
    go = "the_door_you_leaned_on", respect = "%-50", patience = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Sending a friend to argue your case treats a boundary as the start of a negotiation.",
  },
}

scene "april_alone" {
  [[Spring comes to Hollin Bridge the way it always does, late and then all at once. The towpath goes green. Tomasz puts wild garlic on everything.]],
  [[You don't write to {Name}. Some days that is easy, and some days it is the hardest thing you do, and you do it anyway.]],
  function(s)
    if s.counselling then
      return [[On Tuesdays you sit in Ruth's room above the chemist and find yourself talking about your dad, which you did not expect.]]
    end
    return [[Nell starts leaving Alfie with you on Thursday evenings. He calls you Chef and refuses every vegetable on principle.]]
  end,
  choice "Give Gerald's baby to Alfie for his windowsill" {
    go = final_alone, tags = { "space" },
    note = "Passing something on, instead of keeping it as a reason to get in touch, is letting go in a small, practical way.",
  },
  choice "Put Gerald out on the fire escape for the sun" {
    go = final_alone,
    note = "Looking after what is in front of you is how a life starts to fill back in.",
  },
  choice "Write to {Name}, just once" {
    available = function(s) return false end,
    reason = "you said you'd stop, and you meant it",
    go = "the_door_you_leaned_on",
  },
}

-- ---------------------------------------------------------------- March

scene "handover" {
  [[The Sorting Office used to be the post office. The old brass PO boxes still line one wall, and the coffee comes in cups too wide to hold with one hand.]],
  [[{Name} is already there by the window, with a plaster round {their} thumb. "A cat called Duchess," {they} say{s}. "Don't." {They} turn{s} the yoghurt pot round to look at the baby plant from every side.]],
  [[{They} tell{s} you about a beagle who ate a whole sock, and then, almost shyly, that {they} {have} applied for a job at the seal hospital in Ravensby.]],
  choice "Ask about the seal hospital, and listen" {
    go = "after_coffee", trust = "%+24", respect = "%+16", tags = { "listening" }, effect = up,
    note = "Asking about someone's life, and staying with the answer, is the listening that was missing before.",
  },
  choice "Tell {them} about everything you've changed" {
    go = "after_coffee", patience = "%-10",
    note = "Change matters more when someone notices it than when you point it out.",
  },
  choice "Ask if {they} {are} seeing anyone" {
    go = "after_coffee", respect = "%-20", trust = "%-10", effect = down,
    note = "A question asked to settle your own nerves can land as a claim on someone's private life.",
  },
}

scene "after_coffee" {
  [[Outside, the rain has stopped without anyone noticing. The pavement on Bridge Street steams in a thin sun.]],
  [["This was nice," {Name} says, sounding surprised about it. {They} tuck{s} the yoghurt pot inside {their} coat like a kitten.]],
  [[{Their} bus is the 592, and it is already at the lights.]],
  choice "'Text me if you fancy doing it again.'" {
    go = "friendship", respect = "%+24", patience = "%+16", tags = { "space" }, effect = up,
    note = "Leaving the next step in the other person's hands shows that the door opens from their side too.",
  },
  choice "'Same time next week?'" {
    go = "friendship", patience = "%-10",
    note = "Fixing the next meeting before the first one is over can feel like being booked.",
  },
  choice "'I still love you. I had to say it.'" {
    go = "friendship", patience = "%-15", trust = "%-8",
    effect = function(s) s.said_love = true; down(s) end,
    note = "Saying what you feel is honest, but it has a right time, and the pavement after the first coffee is not it.",
  },
}

scene "friendship" {
  [[Through March {Name} texts now and then. A hedgehog in a shoebox at the practice. A song you used to argue about. You send back Gerald, looking smug on the windowsill.]],
  function(s)
    if s.said_love then return [[Neither of you mentions what you said on Bridge Street. It sits in every message anyway, like a coat nobody will hang up.]] end
  end,
  [[Then, on a Tuesday: "Team's a person down for the quiz Thursday. You in? You're useless at sport but you know all the cheeses."]],
  function(s)
    if s.thursdays_off then
      return [[An hour later Tomasz rings. Lauren has walked out, Thursday is a sixty-cover private party, and he has nobody else. "I know," he says. "I know it's your Thursday."]]
    end
    return [[An hour later Tomasz rings. Lauren has walked out, Thursday is a sixty-cover private party, and he has nobody else.]]
  end,
  choice "Keep your word to {Name}" {
    go = "quiz", trust = "%+30", tags = { "consistency" },
    effect = function(s) s.said_love = false; up(s) end,
    note = "A promise kept when it costs you something says more than any apology.",
  },
  choice "Ring round for cover, then go to the quiz" {
    go = "quiz", trust = "%+24", respect = "%+12", tags = { "consistency" },
    effect = function(s) s.said_love = false; up(s) end,
    note = "Solving the clash, instead of sliding back into the old choice, shows the change is real.",
  },
  choice "Take the shift. {They}'ll understand." {
    available = function(s) return not s.thursdays_off end,
    reason = "Thursdays are yours; you told Tomasz so in December",
    go = "quiz_missed", trust = "%-25",
    effect = function(s) s.said_love = false; down(s) end,
    note = "Counting on someone to understand one more time is how the old pattern comes back dressed as a favour.",
  },
}

scene "quiz" {
  [[The Feathers on quiz night: a carpet that sticks, a landlord called Bri who reads the questions like the shipping forecast, and {Name}'s team in the back room where you once failed to turn up.]],
  shuffle {
    [[You get the cheese question. You also get one about Bolivia, which surprises everybody. {Name} laughs at your wrong answer about the Tudors, the real laugh, the one you haven't heard since the summer.]],
    [[You get the cheese question, and one about the moons of Jupiter that nobody can explain. {Name} laughs at your wrong answer about the Tudors, the real laugh, the one you haven't heard since the summer.]],
    [[You get the cheese question, and you know what a group of owls is called and refuse to say how. {Name} laughs at your wrong answer about the Tudors, the real laugh, the one you haven't heard since the summer.]],
  },
  [[At the break Priya follows you to the bar. "Just so you know," she says pleasantly, "if you do it again, I'll put you in the canal."]],
  choice "'Fair. I'd say the same.'" {
    go = "canal", respect = "%+20", effect = up,
    note = "Accepting that the people who love someone are wary of you is part of earning a place back.",
  },
  choice "Ask Priya what {Name} has said about you" {
    go = "canal", respect = "%-45", patience = "%-20", trust = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Using a friend as a window into someone's heart is checking up, however friendly the pub.",
  },
  choice "'That's between me and {Name}.'" {
    go = "canal", respect = "%-10", effect = down,
    note = "Brushing off the people around someone forgets that a breakup happens to a whole circle.",
  },
}

scene "quiz_missed" {
  [[You text {Name} from the walk-in at six: "So sorry. Crisis at work. Next time?"]],
  [[The reply takes an hour. "No worries."]],
  [[Two words, and both of them worry you. You plate sixty portions of halibut and think about the back room at the Feathers, and the last time you weren't in it.]],
  choice "Ring {them} tomorrow and say sorry, no excuses" {
    go = "canal", trust = "%+12", respect = "%+8", tags = { "apology" }, effect = up,
    note = "An apology with no explanation attached leaves room for the other person's feelings.",
  },
  choice "Send a long text explaining about Lauren" {
    go = "canal", trust = "%-10", patience = "%-8", effect = down,
    note = "Explaining why you let someone down again mostly asks them to agree it wasn't your fault.",
  },
}

-- ---------------------------------------------------------------- April

scene "canal" {
  once_only {
    [[In April {Name} suggests a walk, on a Sunday off from the practice. The towpath out to Salter's Lock is all mud and catkins, and a heron stands in the shallows pretending to be a post.]],
  },
  once_only {
    [[Halfway there {they} stop{s}. "Can we talk about the Feathers? The exam night. I've carried it round all winter."]],
  },
  function(s)
    if s.canal_last == "sorry" then
      if s.reflected then
        return [[{They} listen{s} all the way through. When you finish {they} nod{s} slowly. "You've actually thought about it," {they} say{s}. "Huh."]]
      end
      return [[{They} listen{s}. "Okay," {they} say{s}, and you can see {them} weighing it.]]
    elseif s.canal_last == "asked" then
      return [[{They} tell{s} you: the waiting, {their} mum asking, the third text that said twenty minutes. "It wasn't that night. It was every night. And I should have said so in the summer, instead of going quiet on you."]]
    elseif s.canal_last == "explain" then
      return [[{Name}'s face closes a little. "I know it was busy," {they} say{s}. "It was always busy."]]
    elseif s.canal_last == "winter" then
      return [[{They} {are} quiet for a while, watching the water. Then {they} say{s}, "Me too. Some of that."]]
    end
  end,
  sequence {
    [[Out in the shallows, the heron has not moved.]],
    [[You walk on, slower than either of you needs to. The heron has not moved.]],
    [[The heron gives up on the shallows and flaps off downstream, low and offended.]],
    [[The lock is in sight now: black gates, white rails, a boy fishing for nothing at all.]],
    [[You have slowed almost to a stop. Neither of you minds.]],
  },
  choice "Say sorry for that night, with no 'but'" {
    when = function(s) return not s.c_sorry end,
    go = "canal", trust = "%+30", tags = { "apology" },
    effect = function(s) s.c_sorry = true; s.canal_last = "sorry"; up(s) end,
    note = "A specific apology with no excuse in its tail lets the other person stop defending their hurt.",
  },
  choice "Ask what that night was like for {them}" {
    when = function(s) return not s.c_asked end,
    go = "canal", trust = "%+20", respect = "%+16", tags = { "listening" },
    effect = function(s) s.c_asked = true; s.canal_last = "asked"; up(s) end,
    note = "Asking for the other side of the story, and letting it be long, shows you what actually needs mending.",
  },
  choice "Explain how hard things were at Marrow" {
    when = function(s) return not s.c_explain end,
    go = "canal", trust = "%-15",
    effect = function(s) s.c_explain = true; s.canal_last = "explain"; down(s) end,
    note = "Context offered too early sounds like a defence, however true it is.",
  },
  choice "Tell {them} how the winter was for you" {
    when = function(s) return not s.c_winter end,
    go = "canal", trust = "%+16",
    effect = function(s) s.c_winter = true; s.canal_last = "winter"; up(s) end,
    note = "Being honest about your own hurt, without asking for anything back, invites the same honesty in return.",
  },
  choice "Walk on to the lock" { go = "question", effect = left_canal },
}

scene "question" {
  [[The end of April. You walk {Name} back to the bus stop on Bridge Street: the same stop, the same cracked timetable. The 592 is due in eleven minutes.]],
  [[Gerald flowered this week, tiny white stars at the ends of his runners. You told {Name} on the way, and {they} laughed and said you were making it up.]],
  [[The question has been sitting in your chest since February.]],
  choice "Ask plainly, and say any answer is all right" {
    go = "the_pause", respect = "%+24",
    effect = function(s) s.asked = true; s.any_answer = true end,
    note = "Asking the big question plainly, and meaning that any answer is allowed, is the only fair way to ask it.",
  },
  choice "Don't ask. Let {them} choose the moment." {
    go = "letting_be", patience = "%+20", tags = { "space" },
    note = "Leaving the question with the person it belongs to is patience at its hardest.",
  },
  choice "'I need to know by Sunday. I can't keep doing this.'" {
    go = "the_pause", patience = "%-50", respect = "%-20", trust = "%-20", tags = { "pressure" },
    effect = function(s) pushed(s); s.asked = true end,
    note = "A deadline turns a question into an ultimatum, and an ultimatum leaves little room for any honest answer but no.",
  },
  choice "'I changed everything for you.'" {
    go = "the_pause", respect = "%-50", patience = "%-20", tags = { "pressure" },
    effect = function(s) pushed(s); s.asked = true end,
    note = "Presenting your change as something owed turns it into a bill, and nobody says yes to a bill.",
  },
}

scene "the_pause" {
  [[{Name} looks at the timetable for a long time, as if the 592 might have changed its habits.]],
  [[A woman with a tartan shopping trolley joins the queue behind you and then, tactfully, stands a bit further back.]],
  choice "Wait, however long it takes" {
    go = function(s) return verdict(s, 0) end, patience = "%+12", tags = { "space" },
    note = "Letting a silence run as long as it needs to respects the thinking going on inside it.",
  },
  choice "Fill the silence with something, anything" {
    go = function(s) return verdict(s, -5) end,
    note = "Rushing to fill a silence can feel kind, but it often takes up room someone was using.",
  },
}

scene "letting_be" {
  [[You don't ask. The bus comes, and {Name} gets on it, and waves from the top deck the way {they} used to.]],
  [[May. Thursdays at the Feathers. A Sunday walk to Salter's Lock, and then another. Gerald keeps flowering, showing off.]],
  [[Then one evening, on the steps outside the Feathers, {Name} turns to you. "Are we going to talk about it, or not?"]],
  choice "'Only if you want to.'" {
    go = function(s) return verdict(s, 5) end, tags = { "space" },
    note = "Handing the question back, gently, lets the other person set the pace of the answer too.",
  },
  choice "'I didn't want to push.'" {
    go = function(s) return verdict(s, 0) end,
    note = "Saying why you held back is honest, and it also asks, a little, to be thanked for it.",
  },
}

-- ---------------------------------------------------------------- The answer

scene "yes_terms" {
  function(s)
    if s.asked then
      return [[{Name} breathes out. "Yes," {they} say{s}. "I think yes. But slowly."]]
    end
    return [["I want to try again," {Name} says. "Slowly. Properly slowly."]]
  end,
  [[{They} {are} very clear about slowly. {They} {are}n't moving back into the flat above the launderette. {They} want{s} Thursdays, and Sundays when you can, and the two of you to talk to someone, together, about the things you both did.]],
  [[And {they} {are} going to the interview in Ravensby in June whatever happens, and {they} would like you to be glad about it.]],
  choice "Ask what 'slowly' means to {them}" {
    go = final_yes, trust = "%+16", tags = { "listening" },
    note = "Asking someone to describe the pace they need, instead of guessing at it, is how you keep to it.",
  },
  choice "'I'm glad. Let's work out Ravensby together.'" {
    go = final_yes, respect = "%+16", trust = "%+12",
    note = "Making plans with room in them for both your lives is how a future stops being one person's project.",
  },
  choice "'Do we need a counsellor? We know what went wrong.'" {
    go = function(s)
      if s.pressure < 2 and math.random(100) <= 40 then return "water_on_thursdays" end
      return "not_yet"
    end,
    respect = "%-20",
    note = "Brushing aside the help someone asks for tells them the old way of doing things is still in charge.",
  },
}

scene "not_yet" {
  [[{Name} doesn't say yes. {They} {do}n't say no, either.]],
  [["I don't know," {they} say{s}. "I honestly don't. I've got Ravensby in June, and I don't want to decide this and then decide that, or the other way round. Can it be a don't-know? For the summer?"]],
  function(s)
    if s.asked then return [[The 592 pulls in. The driver waits, engine shuddering, and doesn't look at either of you.]] end
    return [[Inside the Feathers, Bri announces the picture round to a cheer.]]
  end,
  choice "'Yes. Let it be a don't-know.'" {
    go = "ask_me_in_june", patience = "%+12", tags = { "space" },
    note = "Accepting 'I don't know' as a real answer, and not as a delay, is patience without conditions.",
  },
  choice "'How long is a summer, exactly?'" {
    go = "the_no", patience = "%-45", respect = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Pushing an honest 'I don't know' for a date forces the answer that is easiest to give, which is no.",
  },
}

scene "the_no" {
  function(s)
    if s.pressure >= 2 then
      return [["No," {Name} says. "I'm sorry. I can't be with someone I have to keep asking to stop."]]
    elseif s.warmth <= 5 then
      return [["No," {Name} says, gently. "I've liked this. The coffees. But I don't trust it yet, and I don't think I can wait to find out if I will."]]
    end
    return [["No," {Name} says, and {their} eyes fill, which you did not expect. "It isn't that you haven't changed. You have. It's that I have too, and the person I am now doesn't want to go back. I want to go to Ravensby with nothing pulling the other way."]]
  end,
  [[Somewhere a car alarm starts and stops. Everything smells of rain on warm stone.]],
  choice "Thank {them} for telling you, and mean it" {
    go = accept_no, tags = { "space" },
    effect = function(s) s.thanked = true end,
    note = "Thanking someone for an honest no honours the courage it took to say it.",
  },
  choice "'After everything I did this winter?'" {
    go = "last_word", respect = "%-50", patience = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Holding up your own effort as a reason someone owes you a yes is guilt, and it undoes the effort.",
  },
  choice "'Will you think about it a bit longer?'" {
    available = function(s) return not s.any_answer end,
    reason = "you said any answer was all right",
    go = "no_again", patience = "%-30", respect = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Asking someone to reconsider a considered answer tells them it was not heard.",
  },
}

scene "no_again" {
  [["I have thought about it," {Name} says. "All winter. That's what the winter was."]],
  [[{They} {are}n't angry, and that is the worst part. {They} just look{s} tired, and a bit sorry for you, like someone who said this sentence in {their} head a hundred times before saying it out loud.]],
  choice "'Okay. I hear you. Thank you.'" {
    go = accept_no_again, respect = "%+12", tags = { "space" },
    effect = function(s) s.thanked = true end,
    note = "It is never too late to stop pushing and let a no be a no.",
  },
  choice "'You're making a mistake.'" {
    go = "last_word", respect = "%-35", patience = "%-20", tags = { "pressure" }, effect = pushed,
    note = "Telling someone their own heart has got it wrong is an argument nobody can win.",
  },
}

-- ---------------------------------------------------------------- Endings

ending "water_on_thursdays" {
  title = "Water on Thursdays",
  kind = "reconciled",
  [[You do it slowly, the way {Name} asked. Thursdays at the Feathers, where the team comes fourth more often than anyone likes. Sundays when you can get them, which is more often now.]],
  [[{They} {do}n't move back in. {They} come{s} round, and {they} go{es} home again, and some nights that is the best part.]],
  [[In June you drive {them} to the interview in Ravensby and wait in a café by the harbour, and when {they} come{s} out {they} can't tell yet how it went. You find you don't mind not knowing. Gerald flowers again in July. {Name} says it doesn't count; he's showing off.]],
  reflection = [[Nothing here was won. It was waited for: a winter of leaving the phone alone, of looking honestly at your own part, of changing your habits before anyone could see you do it. The yes came from someone who was free to say no, and that is the only kind of yes worth having.]],
}

ending "not_back_forward" {
  title = "Not Back. Forward.",
  kind = "reconciled",
  [[You and {Name} start again, which turns out not to be the same thing as going back. There is a counsellor in Halifax on Wednesday evenings, a man with enormous eyebrows who makes you both say "I felt" instead of "you did". It is mortifying, and it works.]],
  [[Your first proper date in two years is at the Sorting Office, Saturday, ten. You are early. So is {Name}.]],
  [[Gerald stays on your windowsill. His baby lives on {Name}'s. Between the two of them, you reckon, the town is covered.]],
  reflection = [[Going back would have meant the same flat, the same hours, the same silence. Going forward meant help from outside, slow weeks, and saying what you felt instead of cooking over it. Patience made room for the yes; respect, and the help you both asked for, are what will keep it.]],
}

ending "the_plant_goes_home" {
  title = "The Plant Goes Home",
  kind = "growth",
  [[A week later you carry Gerald across the river in his pea-soup pot, both arms round him, runners trailing, and hand him over on the step at Tanner's Row. This time you were invited.]],
  [["He was always yours," you say. {Name} laughs, and then hugs you, briefly and properly.]],
  [[In June {they} go{es} to Ravensby. {They} send{s} you a photo of a seal pup with a head like a wet thumb. You send back your Thursday: an answer sheet from the Feathers, where you have joined a team of your own.]],
  reflection = [[The answer was no, and you let it be no. You did the work anyway: the honest list, the quiet months, the small promises kept. It did not buy a yes, and it was never meant to. It made you someone who can hear a no and stay kind, which is worth more than winning.]],
}

ending "ask_me_in_june" {
  title = "Ask Me in June",
  kind = "growth",
  [[You let it be a don't-know. It turns out that you can.]],
  [[June comes. {Name} goes to Ravensby for the interview and sends you a photo of the harbour, nothing else. You keep your Thursdays. You teach Alfie to crack an egg. Gerald puts out more babies than anybody needs.]],
  [[You don't know how this ends. For the first time in a long while, that is bearable.]],
  reflection = [[Being ready for any outcome includes the outcome of not knowing yet. You did not turn an honest "I don't know" into a deadline. Whatever comes in the summer, you will meet it as someone who can wait without keeping score.]],
}

ending "spring_on_your_own" {
  title = "Spring, On Your Own",
  kind = "growth",
  [[It is over, and somewhere in May you notice you have stopped telling yourself otherwise, even in your head.]],
  function(s)
    local whitby = [[You take Nell, Dev and Alfie to Whitby, the weekend you cancelled twice, and Alfie is sick on the coach and it is still a good weekend.]]
    if s.thursdays_off then return [[You keep your Thursdays. ]] .. whitby end
    return [[You ask Tomasz for Thursdays off, months late, and he gives them to you without a word. ]] .. whitby
  end,
  function(s)
    if s.nell >= 2 then
      return [[On the beach Nell reads out the texts you sent her this winter, in a voice, until Dev makes her stop. You laugh harder than you have since the autumn.]]
    end
  end,
  [[Gerald lives on your windowsill. On Thursdays you water him, and that is all it means now.]],
  reflection = [[Letting someone go when they have asked you to, and building a life that does not hang on their answer, is not losing. It is the growth that was waiting underneath the wish to win them back. The respect you showed at the end is what you carry into whatever comes next.]],
}

ending "the_door_you_leaned_on" {
  title = "The Door You Leaned On",
  kind = "apart",
  [[{Name} blocks your number in May. When you pass Priya on the market, she looks through you like a window.]],
  function(s)
    if s.thanked then
      return [[You did thank {them} in the end, and you meant it. After the winter you had given {them}, {they} had no way of knowing that.]]
    end
  end,
  [[You tell Nell it came out of nowhere. Nell, who has never once let you get away with anything, says nothing at all, and that is how you know.]],
  [[Gerald gets watered when you remember. Thursdays come and go.]],
  reflection = [[Each push this winter, whatever shape it took, was a way of not waiting, and each one said your need came first. Pressure does not bring anyone closer; it teaches them that distance is the only thing you will respect. Learning to give that distance freely is still ahead of you, and still worth doing.]],
}

ending "last_word" {
  title = "The Last Word",
  kind = "apart",
  [[You get the last word. It is not a good one. {Name} walks away without looking back, and you stand where {they} left you for a long time.]],
  [[Later you will replay it, the way you replayed that first message in November, and find that every other thing you could have said was kinder than the thing you did.]],
  reflection = [[A winter of patience can be undone in a sentence. When the answer you did not want finally came, you argued with it, and turned the effort you had made into something owed. An honest no deserves a thank-you, not a verdict. That is worth learning, even now, even late.]],
}
