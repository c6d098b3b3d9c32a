-- Small Promises: a summer in the city, a second-hand piano, a box of books,
-- and trust rebuilt (or not) one kept promise at a time.
-- British spelling throughout. Every paragraph is one line: a newline inside a
-- paragraph would be a forced break on screen.
--
-- You tune pianos. Eight months ago you lied to the person you loved about
-- money you had lost gambling, and then disappeared for three days. Now they
-- have asked for one small thing, and then another. Each week brings a small
-- promise and something that competes with it.
--
-- Meters move by fairmath ("%+16" takes a tenth of the way to 100, "%-30"
-- three tenths of the way to 0): rises are small and falls for pressure are
-- big. The bars are for the player: no code reads them. What the other
-- person makes of the summer is kept in small values instead, so that
-- `rekindle quicktest` can walk every state of the story:
--   warmth    0..8: a kept promise, a truth told, a moment of listening
--             raise it by one; a careless moment lowers it by one, a lie or
--             a push by two;
--   pressure  0..3: pressure choices taken (three means three or more);
--   lied      you lied about the money and have not yet taken it back
--             ({Name} already knew: a lie never taken back ends in a no);
--   course    you sat the exam you promised to finish;
--   any_answer  you said any answer would be all right.
-- A few short-lived strings (how you arrived, what you said last on the walk)
-- are cleared as soon as the scene that reads them is left.

-- Helpers (pure functions of the state and the engine's seeded math.random).

-- Warmth moves by n, kept within 0..8.
local function warm(s, n)
  local w = s.warmth + n
  if w > 8 then w = 8 elseif w < 0 then w = 0 end
  s.warmth = w
end

local function up(s) warm(s, 1) end
local function down(s) warm(s, -1) end

-- A pressure choice: counted (up to 3), and two steps of warmth lost.
local function pushed(s)
  if s.pressure < 3 then s.pressure = s.pressure + 1 end
  warm(s, -2)
end

-- How likely the other person is to say yes, in percent, by warmth. Never
-- above 70: even after the best summer there is a real chance of a no.
local YES = { [0] = 0, 0, 5, 10, 20, 30, 45, 60, 70 }

local function yes_chance(s, bonus)
  local p = YES[s.warmth] + bonus
  if s.pressure == 1 then p = p - 20 end
  if p > 70 then p = 70 end
  if p < 0 then p = 0 end
  return p
end

-- The other person's answer on the viaduct. Two or more pressure choices can
-- never end in reconciliation, whatever else happened.
local function verdict(s, bonus)
  if s.pressure >= 2 then return "the_no" end
  -- A lie about the money, never taken back, when {Name} knew the answer.
  if s.lied then return "the_no" end
  local p = yes_chance(s, bonus)
  local roll = 5 * math.random(20)   -- 5, 10, ... 100: chance in steps of 5%
  if roll <= p then return "yes_terms" end
  if roll <= p + 10 and s.warmth >= 3 then return "not_yet" end
  return "the_no"
end

-- Which reconciliation. Checks the pressure counter again so no path can
-- slip past it.
local function final_yes(s, ending)
  if s.pressure >= 2 then return "not_yet" end
  return ending
end

-- After the quiet week: does {Name} still want to walk and talk at all?
local function gate(s)
  if s.pressure >= 3 then return "please_stop" end
  if s.pressure == 2 and math.random(2) == 1 then return "please_stop" end
  return "reply"
end

-- After a no, taken with thanks at once: a warm, honest summer with at most
-- one push leaves room for a friendship; three pushes leave none.
local function accept_no(s)
  if s.pressure >= 3 then return "closed_account" end
  if s.pressure < 2 and s.warmth >= 6 and not s.lied then return "the_piano_holds" end
  return "your_own_ledger"
end

-- After a no, taken with thanks only once it was said twice.
local function accept_no_again(s)
  if s.pressure >= 3 then return "closed_account" end
  return "your_own_ledger"
end

-- After honouring a request to stop.
local function final_alone(s)
  if s.pressure >= 3 or s.warmth < 1 then return "closed_account" end
  return "your_own_ledger"
end

story {
  id     = "small-promises",
  title  = "Small Promises",
  author = "rekindle",
  blurb  = "A piano, a box of books, and trust rebuilt seven o'clock at a time.",
  start  = "name",
  meters = { patience = 55, respect = 60, trust = 35 },
  vars   = {
    name = "Dara",
    warmth = 1,            -- 0..8: what {Name} makes of the summer
    pressure = 0,          -- pressure choices taken (0..3); two or more rule out reconciliation
    lied = false,          -- you lied about the envelope and have not taken it back
    course = false,        -- you sat the bookkeeping exam
    any_answer = false,    -- on the viaduct you said any answer was all right
    thanked = false,       -- at the very end you accepted the answer
    -- read for a scene, then cleared
    arrival = "", rang = "", books = "", told = "", bernied = false,
    walk_last = "", w_ask = false, w_plans = false, w_days = false, w_move = false,
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- pressure: a tactic that pushes; apology: saying sorry; space: leaving
  -- room; listening: hearing their side; honesty: telling the truth when it
  -- costs; consistency: a promise kept in deeds; support: asking for help.
  tags   = { "pressure", "apology", "space", "listening", "honesty", "consistency", "support" },
  covers = { 2, 4, 5, 6, 7, 8, 9, 11, 13, 14, 15, 16 },
}

-- The collection's rules, checked by randomtest and quicktest.
rule "two pushes rule out a reconciled ending" { never = "reconciled", after = "pressure", times = 2 }
rule "the other person has a mind of their own" {
  at_least = 20, of_plays_without = "pressure", end_in = { "growth", "apart" },
}
rule "every playthrough is a story" { min_choices = 8 }
rule "every change of a meter says what it taught" { notes = true }

-- ---------------------------------------------------------------- May

scene "name" {
  [[May, and the city has finally stopped raining. Your van smells of felt and tuning-pin oil, and tucked behind the sun visor is the card Bernie gave you at the Tuesday group: 240 DAYS, in his biro capitals.]],
  [[Eight months ago you lost the person you loved, and nobody did it but you. On a Tuesday evening in May, a text arrives from them.]],
  ask "Who is the text from?" { into = "name", pronouns = true, go = "the_text" },
}

scene "the_text" {
  [["Aoife's been given a piano by a neighbour. It sounds like a drawer of cutlery falling downstairs. Would you look at it? Thursday, 7. This isn't anything. It's a piano."]],
  [[Nine years, you and {Name}. Then last September you took two thousand eight hundred pounds out of the savings pot you'd both labelled CORK, for {their} dad's eightieth, and lost it on a roulette app in eleven nights. You told {them} the bank had frozen the account.]],
  [[When it came out, you drove to the lay-by at Carrow reservoir and sat in the van for three days with your phone off. {Name} rang the hospitals, then your sister Jo, then the police.]],
  choice "'Thursday at seven. I'll be there.'" {
    go = "thursday_job", trust = "%+15", tags = { "consistency" }, effect = up,
    note = "A short yes to a small request, with nothing added, is a promise sized so it can be kept.",
  },
  choice "'I'll be there. And I'll make it all up to you.'" {
    go = "thursday_job", trust = "%-6", effect = down,
    note = "A promise to make up for everything is too big to keep and too big to check; it asks to be believed on credit.",
  },
  choice "Write back about the group, the app blocker, all of it" {
    go = "thursday_job", patience = "%-7",
    note = "Listing your changes asks {them} to take your word for them. The piano was a chance to show one instead.",
  },
}

scene "thursday_job" {
  [[Thursday, ten past four. You are on your back under a baby grand in a dentist's front room when your phone goes: Mrs Adeyemi, head of music at St Bride's Primary.]],
  [["It's the hall piano. It's dropped a whole semitone and the summer concert's tomorrow. Could you come at six? I'll pay the call-out." Ninety pounds. St Bride's is forty minutes across the city from {Name}'s, in a good week.]],
  [[You are paying {Name} back at a hundred and fifty pounds a month. Ninety pounds is most of a month's petrol.]],
  choice "Offer Mrs Adeyemi eight tomorrow morning instead" {
    go = "aoifes_piano", trust = "%+15", patience = "%+12", tags = { "consistency" },
    effect = function(s) s.arrival = "on_time"; s.bernied = false; up(s) end,
    note = "Moving the new job instead of the promise kept the promise whole. The money could wait a night; trust couldn't.",
  },
  choice "Take it, and tell {Name} now you'll be at 7:45" {
    go = "aoifes_piano", trust = "%-3",
    effect = function(s) s.arrival = "told"; s.bernied = false end,
    note = "Saying early and plainly that you'll be late is honest, but it still told {them} the first small promise came second.",
  },
  choice "Take it. If the traffic's kind, you'll make seven." {
    go = "aoifes_piano", trust = "%-10",
    effect = function(s) s.arrival = "late"; s.bernied = false; down(s) end,
    note = "Hoping to squeeze both in is how the old promises broke: not by deciding, but by gambling on the traffic.",
  },
  choice "Ring Bernie before you ring Mrs Adeyemi back" {
    when = function(s) return not s.bernied end,
    call = "bernie", tags = { "support" },
    effect = function(s) s.bernied = true end,
  },
}

-- Ringing Bernie: called from wherever the pull is strongest, and back again.
scene "bernie" {
  once_only {
    [[Bernie drove the number 9 bus for thirty-one years and hasn't placed a bet in nineteen. He answers on the second ring, always, as if he's been sitting by the phone, which he says he hasn't.]],
  },
  sequence {
    [["Go on," he says. "What's the hard bit?" You tell him. He lets you finish. "Right. And what did you say you'd do?" You tell him that too. "Then that's the job. Not the feeling. The job."]],
    [["You again," he says, pleased. "Good. That's what the phone's for." He tells you about his first year: the bookmaker's on Chapel Road he passed every morning on the way to the depot, and how the pull stayed exactly the same size while he slowly got bigger.]],
    [["Still here," he says, before you've said a word. "So are you. That's two of us."]],
  },
  choice "Say out loud what you're tempted to do" {
    back = true, patience = "%+15", tags = { "support" },
    note = "Saying the pull out loud to someone who knows it takes away half its strength.",
  },
  choice "'Just wanted to hear a voice, Bernie.'" {
    back = true, patience = "%+7", tags = { "support" },
    note = "Ringing for help without naming it still counts. Next time, name it.",
  },
}

scene "aoifes_piano" {
  function(s)
    if s.arrival == "on_time" then
      return [[You park on Lisle Street at six minutes to seven and sit in the van until the dashboard says 6:58. The blue door you had a key to for nine years. The second-floor window with the crack in the corner the landlord never fixed.]]
    elseif s.arrival == "told" then
      return [[{Name} answers your text with "ok", nothing else. At 7:44 you park on Lisle Street, under the second-floor window with the crack the landlord never fixed.]]
    end
    return [[The ring road is solid from the Fenwick roundabout. At 7:26 you run up the stairs with your tool roll under your arm. {Name} opens the blue door and looks at the time on {their} phone, not at you.]]
  end,
  [[The piano is a Challen upright with a cigarette burn on the lid, wedged between the sofa and the radiator. Aoife, {Name}'s niece, who is fifteen and stays here while her mum works nights, watches you take the front off as if you're defusing it.]],
  [[Then {Name}'s phone goes, work, and {they} take{s} it into the kitchen. Aoife waits until the door shuts. "So are you two getting back together, or what?"]],
  choice "'I'm here to fix a piano.'" {
    go = "doorstep", respect = "%+15", effect = up,
    note = "Keeping a teenager out of the grown-ups' business protected her, and kept to the limits {Name} had set.",
  },
  choice "'I hope so. I'm working on it.'" {
    go = "doorstep", respect = "%-6", effect = down,
    note = "Telling a fifteen-year-old your hopes makes her a messenger, whether you meant it or not.",
  },
  choice "'Why, what's {Name} said about me?'" {
    go = "doorstep", respect = "%-25", trust = "%-10", tags = { "pressure" }, effect = pushed,
    note = "Asking family what someone says about you is checking up on them through the back door.",
  },
}

scene "doorstep" {
  [[By nine the Challen is at pitch, or near enough for a piano that has lived beside a radiator for forty years. Aoife plays "Chopsticks" at it, badly, and then something slow by Einaudi, rather well.]],
  [[{Name} walks you down to the street door. "It'll drift," you say. "They do after a move. It wants another tuning in a month." {Name} nods. "Ring me Sunday, then. Eight o'clock. We'll find a day."]],
  function(s)
    if s.arrival == "late" then
      return [[{They} {have}n't said a word about the time. {They} won't, you realise. {They} used to.]]
    end
  end,
  choice "'Sunday at eight.'" {
    go = "sunday", trust = "%+12", tags = { "consistency" },
    effect = function(s) s.arrival = ""; up(s) end,
    note = "Saying the promise back, and nothing more, told {them} you'd heard the terms as they were given.",
  },
  choice "'Let me take you for dinner, to say thanks.'" {
    go = "sunday", patience = "%-7",
    effect = function(s) s.arrival = ""; down(s) end,
    note = "Turning a small arrangement into a bigger one asks for more than was offered.",
  },
  choice "'Did you notice I was bang on time?'" {
    when = function(s) return s.arrival == "on_time" end,
    go = "sunday", respect = "%-8",
    effect = function(s) s.arrival = ""; down(s) end,
    note = "Keeping a promise and then asking for credit turns it back into a bargain.",
  },
  choice "'Sorry I was late tonight. No excuses.'" {
    when = function(s) return s.arrival ~= "on_time" end,
    go = "sunday", respect = "%+15", tags = { "apology" },
    effect = function(s) s.arrival = ""; up(s) end,
    note = "A short apology with no excuse attached is the kind that can be believed.",
  },
}

scene "sunday" {
  [[Sunday, twenty to eight. You have eaten, washed up, and put the phone on the table face-up, the way Bernie says to do things now: in the open.]],
  [[It rings, and it isn't {Name}. It's Jo. "Don't panic. The car's died on the ring road at the Fenwick roundabout, the twins are in the back, and the recovery people say two hours."]],
  [[Jo, who holds your bank card and goes through your statements with you on the first of every month. Jo, who drove out to Carrow reservoir to fetch you home.]],
  choice "Go. Text {Name} now: 'Can I ring at nine?'" {
    go = "the_call", trust = "%+18", tags = { "consistency", "honesty" },
    effect = function(s) s.rang = "nine"; up(s) end,
    note = "When a real need collides with a promise, saying so before the promise falls due is still keeping faith.",
  },
  choice "Go, and ring {Name} when you can" {
    go = "the_call", trust = "%-8",
    effect = function(s) s.rang = "late"; down(s) end,
    note = "Silence while you deal with something real still leaves the other person waiting, and waiting was the old wound.",
  },
  choice "Tell Jo to sit tight for the recovery van" {
    go = "the_call", respect = "%-7",
    effect = function(s) s.rang = "eight" end,
    note = "Keeping a promise to the letter while your sister sits on a ring road is rigid, not reliable; one honest text would have kept both.",
  },
}

scene "the_call" {
  function(s)
    if s.rang == "nine" then
      return [[You ring at nine exactly, from Jo's kitchen, the twins asleep upstairs in the clothes they were rescued in. "Thanks for the text," {Name} says. "Is Jo all right?"]]
    elseif s.rang == "late" then
      return [[It's twenty to eleven when Jo's car is finally on the back of a lorry. {Name} answers on the sixth ring. "I thought you'd forgotten," {they} say{s}, flatly. You explain. "Okay," {they} say{s}. "Okay."]]
    end
    return [[You ring at eight exactly. Jo texts you twice from the hard shoulder while you talk, and you don't look.]]
  end,
  [[{Name} tells you about {their} week in the kitchen at Larchfield House: a resident turning a hundred, and a birthday cake shaped like a Morris Minor. Then, carefully: "Are you still doing that bookkeeping course?" You are. The exam's in June. You'll finish it, you say.]],
  [["And I want my books back," {they} add{s}. "Mum's recipe book's in that box."]],
  choice "'Saturday, by twelve. I'll bring them round.'" {
    go = "saturday_books", trust = "%+12", tags = { "consistency" },
    effect = function(s) s.rang = ""; up(s) end,
    note = "A small promise with a day and a time in it is one the other person can actually watch you keep.",
  },
  choice "'Saturday. And I'll paint that hallway for you.'" {
    go = "saturday_books", patience = "%-6", trust = "%-4",
    effect = function(s) s.rang = ""; down(s) end,
    note = "Adding a favour to a promise makes it bigger than it needs to be, and bigger than it was asked for.",
  },
  choice "'Did the standing order come through all right?'" {
    go = "saturday_books", respect = "%-8",
    effect = function(s) s.rang = ""; down(s) end,
    note = "Asking whether your repayment was noticed turns paying back what you owe into a bid for praise.",
  },
}

scene "saturday_books" {
  [[Saturday, half past nine. {Name}'s books have been behind your seat since October: paperbacks swollen by the leak in the van roof, a road atlas of Ireland, and {their} mum's recipe book, a school exercise book fat with cuttings and Sellotape.]],
  [[The leak got to it. The last twenty pages have dried into one wavy block, the ink run to blue clouds. Soda bread. Christmas cake. Auntie Bernadette's Emergency Pudding.]],
  [[There's a bookbinder on Cheapside who might be able to part the pages. It would take a fortnight.]],
  choice "Take the box at twelve, and show {them} the damage" {
    go = "books_door", trust = "%+18", tags = { "honesty", "consistency" },
    effect = function(s) s.books = "shown"; up(s) end,
    note = "Handing back something damaged and saying so straight away is transparency in its smallest, hardest form.",
  },
  choice "Take the recipe book to Cheapside first" {
    go = "books_door", trust = "%-7",
    effect = function(s) s.books = "late"; down(s) end,
    note = "A grand gesture that breaks a small promise still breaks it. Being reliable would have meant more than being impressive.",
  },
  choice "Put the recipe book at the bottom of the box" {
    go = "books_door", trust = "%-10",
    effect = function(s) s.books = "hidden"; down(s) end,
    note = "Hiding a small damage to skip a hard minute is the habit that hid the money, in miniature.",
  },
  choice "Add flowers, and a card saying you miss {them}" {
    go = "books_door", patience = "%-10", respect = "%-4",
    effect = function(s) s.books = "flowers"; down(s) end,
    note = "Tucking your feelings into a box of returned books turned an errand {they} asked for into a message {they} didn't.",
  },
}

scene "books_door" {
  function(s)
    if s.books == "shown" then
      return [[At eight minutes to twelve you carry the box up to the blue door and lift the recipe book out first, so {Name} sees the damage from you and not on {their} own. {They} turn{s} it over in {their} hands. "Her writing's still on the front," {they} say{s}. "That's the bit I wanted."]]
    elseif s.books == "late" then
      return [[The bookbinder says three weeks, maybe four. It's half past one when you reach the blue door. {Name} texted at twenty past twelve: "Still coming?" Now {they} just take{s} the box. "You said twelve."]]
    elseif s.books == "hidden" then
      return [[At eight minutes to twelve you carry the box up to the blue door. {Name} kneels right there in the hall to go through it, and reaches the bottom in under a minute. {They} hold{s} up the recipe book, the last pages one wavy block, and say{s} nothing at all.]]
    end
    return [[At eight minutes to twelve you carry the box up to the blue door, the flowers on top. {Name} reads the card on the landing and puts it in {their} back pocket without a word. The flowers {they} hand{s} to Aoife, who looks at them as if they might go off.]]
  end,
  [[From the front room comes the Challen, still holding its tune: Aoife working through a scale in D flat with grim determination.]],
  [["I swim at the lido on Sundays," {Name} says. "Seven. I'm out by eight, and the café does a decent coffee. There's something I need to ask you."]],
  choice "'Eight o'clock. I'll be there.'" {
    go = "lido", patience = "%+15", tags = { "space" },
    effect = function(s) s.books = ""; up(s) end,
    note = "Letting {them} choose the time and place for a hard question gave {them} back a little of the control you once took.",
  },
  choice "'Ask me now. I'd rather know.'" {
    go = "lido", patience = "%-8",
    effect = function(s) s.books = ""; down(s) end,
    note = "Insisting on hearing it now takes the timing of a hard conversation away from the person who asked for it.",
  },
  choice "'Is it about us?'" {
    go = "lido", patience = "%-6",
    effect = function(s) s.books = "" end,
    note = "Rushing to the question you want asked leaves less room for the one {they} actually {have}.",
  },
}

scene "lido" {
  [[The Wells Road lido at eight on a Sunday: steam off the water, a lifeguard in a fleece, a woman of eighty doing lengths in a flowered cap. {Name} sits down opposite you with wet hair and both hands round {their} tea.]],
  [["The money," {they} say{s}. "The two thousand eight hundred. Was that all of it? I want the real answer. I won't ask again."]],
  [[It wasn't all. In the kitchen drawer on Lisle Street there had been an envelope with three hundred and fifty pounds in it: Aoife's school trip to Barcelona, left by her mum. {Name} thought {they}'d lost it. {They} paid the school out of {their} own wages.]],
  choice "Tell {them} about the envelope, plainly" {
    go = "the_truth", trust = "%+28", tags = { "honesty" },
    effect = function(s) s.told = "plain"; up(s) end,
    note = "The truth told plainly, when a lie would have been easy and safe, is the promise {they} needed most.",
  },
  choice "Tell {them}, and explain what that night was like" {
    go = "the_truth", trust = "%+7", tags = { "honesty" },
    effect = function(s) s.told = "explained" end,
    note = "The truth with an explanation attached asks to be understood before it has even been heard.",
  },
  choice "'That was all of it.'" {
    go = "the_itch", trust = "%-30",
    effect = function(s) s.lied = true; warm(s, -2) end,
    note = "A lie told to protect a fragile new trust spends it. This was the question {they} most needed a true answer to.",
  },
}

scene "the_truth" {
  function(s)
    if s.told == "explained" then
      return [[You tell {them}, and then you keep going: the losing run, the Friday you meant to put it back by. {Name} holds up a hand. "I don't need the why," {they} say{s}. "I've had eight months of the why."]]
    end
    return [[You tell {them}: the envelope, the night, the eleven minutes it took to lose. You don't explain. {Name} looks at the water for a long time.]]
  end,
  [["I took the cushions off the sofa," {they} say{s} at last. "Twice. I thought I was losing my mind. Then in March Aoife told me she'd seen you at that drawer. She'd carried it since she was fourteen. I needed to hear you say it."]],
  choice "'I'm sorry. I'll pay Aoife's mum back, if you'll let me.'" {
    go = "the_itch", respect = "%+15", trust = "%+12", tags = { "apology" },
    effect = function(s) s.told = ""; up(s) end,
    note = "An apology with a specific repair, offered rather than imposed, leaves the other person the say.",
  },
  choice "Say sorry, then nothing. Let {them} be angry." {
    go = "the_itch", patience = "%+18", tags = { "apology", "space" },
    effect = function(s) s.told = ""; up(s) end,
    note = "Letting someone's anger run its course, without defending yourself, shows it is safe to be angry with you now.",
  },
  choice "'After everything I've done since, this is what counts?'" {
    go = "the_itch", respect = "%-30", patience = "%-15", tags = { "pressure" },
    effect = function(s) s.told = ""; pushed(s) end,
    note = "Holding up your recovery as a reason someone shouldn't be hurt turns your change into a debt they owe.",
  },
  choice "'Are we still all right?'" {
    go = "the_itch", patience = "%-7",
    effect = function(s) s.told = ""; down(s) end,
    note = "Asking for reassurance straight after a confession asks the hurt person to look after you.",
  },
}

scene "the_itch" {
  function(s)
    if s.lied then
      return [[You walk home the long way, round the back of the park. The lie sits in your chest like a swallowed stone. It was so easy. It was exactly as easy as it always was.]]
    end
    return [[You walk home the long way, round the back of the park, scraped out and oddly light, the way you feel after the Tuesday group on a week you've actually said something.]]
  end,
  [[Outside the bookmaker's on Dalby Road a man in a work fleece is reading the racing page in the window. Your hand finds the phone in your pocket: the old reflex, an itch in the thumb.]],
  choice "Ring Bernie" { call = "bernie", go = "course", tags = { "support" } },
  choice "Keep walking, and don't look in the window" {
    go = "course", patience = "%+12",
    note = "Walking past is a small thing, and small things done every day are what change is made of.",
  },
  choice "Open the app, just to look" {
    available = function(s) return false end,
    reason = "you deleted it in October, and the blocker holds until March",
    go = "course",
  },
  choice "Ring {Name} tonight and take the lie back" {
    when = function(s) return s.lied end,
    go = "late_truth",
  },
}

scene "late_truth" {
  [[{Name} answers on the fourth ring. You tell {them} about the envelope: the drawer, the night, the three hundred and fifty pounds. You tell {them} you lied at the lido this morning, because it was easier.]],
  [[A long silence. Aoife's scale in D flat somewhere behind {them}, and then a door closing on it. "I know," {Name} says. "Aoife saw you at the drawer. She told me in March. I was waiting to see if you'd ever say it."]],
  choice "'I'm sorry. Goodnight, {Name}.'" {
    go = "course", trust = "%+18", tags = { "honesty", "apology" },
    effect = function(s) s.lied = false; up(s) end,
    note = "A lie taken back the same day heals slower than the truth told first, but it is where healing starts.",
  },
  choice "'Please don't hang up yet.'" {
    go = "course", patience = "%-10",
    effect = function(s) s.lied = false end,
    note = "Holding someone on the phone after a hard truth asks them to manage your fear as well as their hurt.",
  },
}

-- ---------------------------------------------------------------- June

scene "course" {
  [[June. Since January you've spent two evenings a week at Ashgrove College, Level 2 Bookkeeping, in a room that smells of whiteboard pens, with a retired policeman and two women from a hair salon. You signed up because money was something you hid from.]],
  [[The exam is Thursday the nineteenth, six till nine. On Monday {Name} texts: "Aoife's playing at the school concert Thursday, 7pm. She asked if you'd come. Her idea, not mine. No pressure either way."]],
  [[You read it three times. Thursday the nineteenth.]],
  choice "Sit the exam; ask Aoife to play it for you Saturday" {
    go = "exam", trust = "%+15", respect = "%+12", tags = { "consistency" },
    effect = function(s) s.course = true; up(s) end,
    note = "Keeping the promise you made to yourself is part of becoming someone whose promises hold.",
  },
  choice "Skip the exam. You can resit in December." {
    go = "concert", respect = "%-7",
    effect = function(s) s.course = false; down(s) end,
    note = "Dropping your own commitment to please someone is the old pattern in new clothes: it makes your word worth less, to yourself included.",
  },
}

scene "exam" {
  [[The exam is in the sports hall, forty desks on a floor marked out for badminton. You do the trial balance twice. The accruals question you'd have got wrong in March, you get right, and you know you've got it right, which is new.]],
  [[On Saturday Aoife plays it for you in the front room on Lisle Street: Satie, the first Gymnopédie, slow as a held breath. {Name} listens from the kitchen doorway with a tea towel over {their} shoulder. The Challen has drifted in the heat, and the F sharp is flat.]],
  choice "Clap, and ask Aoife how long she's been learning it" {
    go = "quiet_week", respect = "%+12", tags = { "listening" }, effect = up,
    note = "Attention given to someone else's moment, asking nothing back, is quality time at its plainest.",
  },
  choice "Tell {Name} how the exam went. Then tell {them} again." {
    go = "quiet_week", respect = "%-7", effect = down,
    note = "Telling the story of your good choice twice is asking for it to be admired.",
  },
  choice "Mention that the F sharp is flat. It is." {
    go = "quiet_week", respect = "%-4",
    note = "Being right about a note is not the point of a fifteen-year-old's performance.",
  },
}

scene "concert" {
  [[Hawthorn Academy's hall smells of floor polish and oranges. Aoife plays fourth, after a boy with a trombone: Satie, the first Gymnopédie, slow as a held breath, on a school piano that badly needs you.]],
  [[Halfway through, {Name} leans over. "Wasn't your exam tonight?"]],
  choice "'It was. I skipped it.'" {
    go = "quiet_week", trust = "%+15", tags = { "honesty" },
    note = "Telling the truth about a choice you're not proud of, with a kinder lie right there, is transparency where it costs.",
  },
  choice "'They moved it. It's fine.'" {
    go = "quiet_week", trust = "%-10", effect = function(s) warm(s, -2) end,
    note = "A small lie to smooth over a small mistake is how the big ones used to start.",
  },
  choice "'I wanted to be here for her.'" {
    go = "quiet_week", respect = "%-6", effect = down,
    note = "Presenting what you gave up as a gift asks to be thanked for it.",
  },
}

scene "quiet_week" {
  [[Then {Name} goes quiet. Your Monday message, a photo of a piano you tuned in a barn with swallows nesting in the rafters, sits there with two grey ticks. Tuesday. Wednesday. Thursday.]],
  function(s)
    if s.course then
      return [[On Wednesday your result comes by email: a pass, eighty-one per cent. The first person you want to tell is {Name}.]]
    end
    return [[On Wednesday the college emails about the December resit. The fee is forty-five pounds.]]
  end,
  [[Friday night, and your thumb is over {their} name again.]],
  choice "Leave it. {They} know{s} where you are." {
    go = gate, patience = "%+18", tags = { "space" }, effect = function(s) s.bernied = false; up(s) end,
    note = "Silence from someone rebuilding their trust in you is not a test to pass. Leaving it alone is what trustworthy looks like.",
  },
  choice "Send one more: 'No need to reply!'" {
    go = gate, patience = "%-7",
    effect = function(s) s.bernied = false; down(s) end,
    note = "A message that says no reply is needed still asks for one; silence was the kinder thing to send.",
  },
  choice "Send another message, and another" {
    go = gate, patience = "%-30", respect = "%-10", tags = { "pressure" }, effect = function(s) s.bernied = false; pushed(s) end,
    note = "A second and third message into a silence turn a hello into a demand for an answer.",
  },
  choice "Wait outside Larchfield House after {their} shift" {
    go = gate, respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = function(s) s.bernied = false; pushed(s) end,
    note = "Turning up where someone works, however gently, takes away their choice about when to see you.",
  },
  choice "Check {their} Instagram for signs of life" {
    go = gate, respect = "%-25", tags = { "pressure" }, effect = function(s) s.bernied = false; pushed(s) end,
    note = "Looking someone up when they've gone quiet is checking up on them, even if no one ever knows.",
  },
  choice "Ring Bernie" {
    when = function(s) return not s.bernied end,
    call = "bernie", tags = { "support" },
    effect = function(s) s.bernied = true end,
  },
}

scene "reply" {
  [[Sunday morning, a message from {Name}: "Sorry. Inspection week at Larchfield, and I needed to think. Walk on Saturday? The old railway line, out to the viaduct. I want to talk about what this is."]],
  function(s)
    if s.pressure >= 1 then
      return [[A minute later: "And I need it to be calm. No pushing. I can't do pushing any more."]]
    end
  end,
  choice "'Saturday. I'll bring the flask.'" {
    go = "long_walk", patience = "%+12", effect = up,
    note = "Answering warmly and simply, with no questions about the silence, let the silence be what {they} said it was.",
  },
  choice "'Where were you all week?'" {
    go = "long_walk", respect = "%-10", effect = down,
    note = "Asking for an account of someone's silence treats their time as something they owe you.",
  },
}

-- ---------------------------------------------------------------- July

scene "long_walk" {
  once_only {
    [[The old railway line runs out of the city between allotments and the backs of warehouses, then into fields. Cow parsley up to your elbows. {Name} walks fast, the way {they} always did.]],
  },
  once_only {
    [["Dad's eighty in August," {they} say{s}. "I'm going to Cork. I've paid for it myself. I'm not telling you to hurt you. I'm telling you because it's true."]],
  },
  function(s)
    local w = s.walk_last
    if w == "ask" then
      return [[{They} take{s} a while. "Catering manager, across both Larchfield homes. Aoife every summer, properly. And boring money. I want money to be the most boring thing in my life."]]
    elseif w == "plans" and s.course then
      return [[{They} listen{s} all the way through: the pass, the Tuesdays, the standing order until every penny is back. "Keep going to Bernie's lot," {they} say{s}. "Whatever happens with us. That's the one I'd believe."]]
    elseif w == "plans" then
      return [[{They} listen{s} all the way through: the resit, the Tuesdays, the standing order until every penny is back. "Keep going to Bernie's lot," {they} say{s}. "Whatever happens with us. That's the one I'd believe."]]
    elseif w == "days" then
      return [["The first night I sat up with the phone on the table, and every time a car slowed outside I thought it was the police," {they} say{s}. "The second day I rang the hospitals again, in the same order. Aoife made me toast I couldn't eat. I still can't stand the smell of toast at night."]]
    elseif w == "move" then
      return [[{Name} stops walking. "I've got the flat the way I want it," {they} say{s}. "I'm not ready to think about that. Please don't make me the one who says no to everything."]]
    elseif w == "envelope" then
      return [[{Name} stops on the path. "I know," {they} say{s}. "Aoife saw you at the drawer. She told me in March." {They} start{s} walking again. "I asked you at the lido to see if you'd lie. Thank you for not lying now."]]
    end
  end,
  sequence {
    [[A blackbird is going off in the hawthorn like a car alarm.]],
    [[The path bends towards the river. You have slowed down without meaning to.]],
    [[Far ahead, the viaduct: twelve brick arches striding over the water.]],
    [[The viaduct is close now. Neither of you is hurrying.]],
  },
  choice "Ask what {they} want{s} from the next year" {
    when = function(s) return not s.w_ask end,
    go = "long_walk", trust = "%+15", respect = "%+12", tags = { "listening" },
    effect = function(s) s.w_ask = true; s.walk_last = "ask"; up(s) end,
    note = "Asking about someone's own goals, before yours or any shared ones, is how a future starts to be planned together.",
  },
  choice "Tell {them} your own plans for the year" {
    when = function(s) return not s.w_plans end,
    go = "long_walk", trust = "%+15",
    effect = function(s) s.w_plans = true; s.walk_last = "plans"; up(s) end,
    note = "Goals of your own that don't hang on the answer show you're building a life, not a case.",
  },
  choice "Ask what those three days were like for {them}" {
    when = function(s) return not s.w_days end,
    go = "long_walk", respect = "%+15", trust = "%+12", tags = { "listening" },
    effect = function(s) s.w_days = true; s.walk_last = "days"; up(s) end,
    note = "Asking to hear the hurt you caused, and letting it be told in full, is understanding their side instead of defending yours.",
  },
  choice "Suggest moving back in by the autumn" {
    when = function(s) return not s.w_move end,
    go = "long_walk", patience = "%-10",
    effect = function(s) s.w_move = true; s.walk_last = "move"; down(s) end,
    note = "A big plan offered early is a promise you can't back yet, and it hands the other person the job of refusing.",
  },
  choice "Tell {them} the truth about the envelope, at last" {
    when = function(s) return s.lied end,
    go = "long_walk", trust = "%+15", tags = { "honesty" },
    effect = function(s) s.lied = false; s.walk_last = "envelope"; up(s) end,
    note = "A truth told late costs more than one told early, but it still costs less than a lie kept.",
  },
  choice "Walk on to the viaduct" {
    go = "viaduct",
    effect = function(s)
      s.walk_last = ""; s.w_ask = false; s.w_plans = false; s.w_days = false; s.w_move = false
    end,
  },
}

scene "viaduct" {
  [[From the top of the viaduct you can see the whole city: the hospital chimney, the gasholder, the flat blue rectangle of the lido. {Name} leans on the parapet, warm brick under {their} forearms.]],
  [["So," {they} say{s}. "What is this? You and me. I want to hear you say what you want, and then I'll say what I want."]],
  choice "'To try again, slowly. Any answer is all right.'" {
    go = "the_pause", respect = "%+18",
    effect = function(s) s.any_answer = true end,
    note = "Saying plainly what you want, and meaning that any answer is allowed, is the only fair way to ask.",
  },
  choice "'You first. I'll go at your pace.'" {
    go = "the_pause", patience = "%+18", tags = { "space" }, effect = up,
    note = "Handing the question back lets the person who was hurt set the terms of any answer.",
  },
  choice "'I promise it will never happen again.'" {
    go = "the_pause", trust = "%-7", effect = down,
    note = "The biggest promise is the one {they} can least check. It asks {them} to trust the very thing that broke.",
  },
  choice "'I need to know before you go to Cork.'" {
    go = "the_pause", patience = "%-30", respect = "%-10", tags = { "pressure" }, effect = pushed,
    note = "A deadline tied to someone else's trip turns their plans into your leverage.",
  },
}

scene "the_pause" {
  [[{Name} looks down at the river for a long time. A train crosses the new bridge downstream, eight carriages, and you count them.]],
  [[A cyclist rattles past behind you and rings her bell at nobody.]],
  choice "Count the carriages, and wait" {
    go = function(s) return verdict(s, 0) end, patience = "%+12", tags = { "space" },
    note = "Letting a silence run as long as it needs respects the thinking going on inside it.",
  },
  choice "Start listing everything you've changed" {
    go = function(s) return verdict(s, -8) end, patience = "%-6",
    note = "Filling a silence with your own case takes up the room someone was using to decide.",
  },
}

-- ---------------------------------------------------------------- The answer

scene "yes_terms" {
  [["Yes," {Name} says. "I think yes. Slowly. Really slowly. And on conditions."]],
  [[{They} count{s} them off on {their} fingers. Separate money, for good: no joint account, no pots called CORK. You keep your Tuesdays whatever happens between you. And {they} go{es} to Cork on {their} own in August, and you don't make that mean anything.]],
  function(s)
    if s.course then
      return [["And I want to see that certificate," {they} add{s}. "Framed. In the downstairs loo, where everyone has to look at it."]]
    end
    return [["And the resit in December," {they} add{s}. "I'm not nagging. I'm just telling you I'll ask."]]
  end,
  choice "Agree to all of it, and ask if there's more" {
    go = function(s) return final_yes(s, "seven_sharp") end, trust = "%+15", respect = "%+12", tags = { "listening" },
    note = "Welcoming conditions, instead of bargaining over them, shows they are safe with you.",
  },
  choice "Ask if {they}'d see a counsellor with you, too" {
    go = function(s) return final_yes(s, "two_accounts") end, trust = "%+15", tags = { "support" },
    note = "Asking for outside help alongside your own shows you know repair is work for two, and that help is allowed.",
  },
  choice "'Separate money forever? That's a bit much.'" {
    go = function(s)
      if s.pressure < 2 and math.random(5) <= 2 then return "seven_sharp" end
      return "not_yet"
    end,
    respect = "%-14",
    note = "Haggling over the terms of someone's trust tells them the old way of doing things is still in the room.",
  },
}

scene "not_yet" {
  [["I don't know," {Name} says. "I honestly don't. Ask me when I'm back from Cork. Can you live with a don't-know until September?"]],
  [[Below you a narrowboat noses under the arches, a dog standing on its roof like a figurehead.]],
  choice "'Yes. I can live with that.'" {
    go = "after_cork", patience = "%+15", tags = { "space" },
    note = "Accepting 'I don't know' as a real answer, and not a delay, is patience without conditions.",
  },
  choice "'September? That's another two months.'" {
    go = "the_no", patience = "%-25", respect = "%-10", tags = { "pressure" }, effect = pushed,
    note = "Pushing an honest 'I don't know' for a date forces the easiest answer to give, which is no.",
  },
}

scene "the_no" {
  function(s)
    if s.pressure >= 2 then
      return [["No," {Name} says. "I'm sorry. Every time I start to relax, you push, and then I feel the way I did in September. I'm not living like that again."]]
    elseif s.lied then
      return [["No," {Name} says. "Aoife saw you at that drawer. She told me in March. I asked you at the lido, and you looked me in the eye." {They} shake{s} {their} head. "I can't."]]
    elseif s.warmth <= 5 then
      return [["No," {Name} says, gently. "I've liked this. The piano, the books, the walk. But I keep waiting for the catch, and I don't want to spend my life waiting for the catch."]]
    end
    return [["No," {Name} says, and {their} voice goes. "It isn't that you haven't changed. You have. It's that I've built something on my own this year, and I like who I am in it. I don't want to go back. Not even to a better version."]]
  end,
  [[Downstream a goods train crawls over the new bridge, wagon after wagon of gravel.]],
  choice "Thank {them} for telling you, and mean it" {
    go = accept_no, tags = { "space" },
    effect = function(s) s.thanked = true end,
    note = "Thanking someone for an honest no honours the courage it took to say it.",
  },
  choice "'After everything I've done this year?'" {
    go = "after_everything", respect = "%-35", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Holding up your own effort as a reason someone owes you a yes is guilt, and it undoes the effort.",
  },
  choice "'Will you think about it over the summer?'" {
    available = function(s) return not s.any_answer end,
    reason = "you said any answer was all right",
    go = "no_again", patience = "%-20", respect = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Asking someone to reconsider a considered answer tells them it wasn't heard.",
  },
}

scene "no_again" {
  [["I have thought about it," {Name} says. "Since September. That's what this whole year has been."]],
  [[{They} {are}n't angry, which is the worst part. {They} just look{s} tired, and a little sorry for you, like someone who has said this sentence in {their} head a hundred times before saying it out loud.]],
  choice "'Okay. I hear you. Thank you.'" {
    go = accept_no_again, respect = "%+12", tags = { "space" },
    effect = function(s) s.thanked = true end,
    note = "It is never too late to stop pushing and let a no be a no.",
  },
  choice "'You're wrong about me.'" {
    go = "after_everything", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Telling someone their own heart has got it wrong is an argument nobody wins.",
  },
}

scene "please_stop" {
  [[The reply comes on Sunday, long for {Name}. {They} must have written it more than once.]],
  [["I need you to stop. I asked for small things, and every time I let you a bit closer, you push. I'm not angry. I'm tired, and I've been this tired before, and I'm not doing it again. Please don't contact me for a while. I mean that kindly."]],
  choice "Reply 'Understood. I'm sorry.' Then stop." {
    go = final_alone, respect = "%+15", tags = { "apology", "space" },
    effect = function(s) s.thanked = true end,
    note = "A last reply that only agrees, and a silence that keeps to it, is respect the other person can see.",
  },
  choice "Don't reply. Keep your Tuesdays, and stop." {
    go = final_alone, respect = "%+15", patience = "%+7", tags = { "space" },
    effect = function(s) s.thanked = true end,
    note = "Sometimes the most respectful answer is none at all, kept for as long as it takes.",
  },
  choice "Ring {them}. {They} can't mean it." {
    go = "closed_account", patience = "%-30", respect = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Deciding that someone can't mean their no is the surest way to make it final.",
  },
}

-- ---------------------------------------------------------------- Endings

ending "seven_sharp" {
  title = "Seven Sharp",
  kind = "reconciled",
  [[It goes slowly, the way {Name} asked. Thursdays at seven, at Lisle Street or at yours, and you are there at seven, and after a while neither of you notices, which was the point.]],
  [[In August {they} go{es} to Cork on {their} own and send{s} you one photo: {their} dad in a paper crown behind eighty candles' worth of smoke. You tune pianos all week and go to the group on Tuesday, and {Name} being away means nothing but that {they} {are} away.]],
  [[Every month the standing order goes out, reference CORK. You never mention it. One evening in January, {Name} does.]],
  reflection = [[Nothing here was a grand gesture. Trust came back the way it had drained away, in small amounts: a time kept, a call made when you said you'd make it, a truth told when a lie would have been easier. {Name} said yes freely, on {their} own terms, and keeping to those terms is what will hold it.]],
}

ending "two_accounts" {
  title = "Two Accounts, One Calendar",
  kind = "reconciled",
  [[The counsellor is called Maureen and works from a room above a travel agent's, which {Name} finds funnier than you do. Alternate Wednesdays. She makes you both say what you were afraid of, and it takes four sessions before you can.]],
  [[You keep your Tuesdays. {Name} keeps {their} flat, {their} account and {their} August in Cork. Between you there are two bank accounts, one shared calendar, and a rule that money gets talked about at the kitchen table, in daylight.]],
  [[Aoife, told the news, rolls her eyes so hard she nearly falls off the piano stool. "Finally," she says. "Can someone fix the F sharp now?"]],
  reflection = [[A yes after a betrayal is where the work starts, not where it ends. You kept small promises until they added up to something {Name} could lean on, and then you asked for help with the part neither of you could mend alone. Separate money and shared plans are not a lack of trust: they are the room trust needs to grow back.]],
}

ending "the_piano_holds" {
  title = "The Piano Holds",
  kind = "growth",
  [[You say thank you, and you mean it, and {Name} hugs you on the viaduct, briefly and hard.]],
  [[In September {they} ring{s}, a bit awkwardly: the Challen has drifted again, and Aoife has her grade five. Would you? You would. You are there at seven. You are always there at seven now, and it has stopped being something you do for {Name}.]],
  function(s)
    if s.course then
      return [[You keep the books now for two other tuners and a man who restores harps. It is very boring. You love it.]]
    end
    return [[In December you sit the resit, in the same sports hall, and pass.]]
  end,
  reflection = [[The answer was no, and you let it be no. The small promises did not buy a yes, and were never a price. They made you someone whose word holds, which is worth having whoever you give it to. That {Name} still rings when the piano drifts is trust rebuilt, even though love did not come back with it.]],
}

ending "your_own_ledger" {
  title = "Your Own Ledger",
  kind = "growth",
  [[It is over. It settles in you somewhere in August, the week {Name} is in Cork, and to your surprise it feels less like losing and more like a bill finally paid.]],
  function(s)
    if s.course then
      return [[Your certificate comes in the post, in a cardboard sleeve. You pin it above the workbench in the van, next to Bernie's card.]]
    end
    return [[You book the December resit, pay the forty-five pounds, and put the date in your diary in pen.]]
  end,
  function(s)
    if s.lied then
      return [[Some nights you are back at the lido, steam on the water, answering a question {Name} already knew the answer to. It was the one small promise {they} asked of you that mattered most. You tell Bernie. You tell the group. It is a start.]]
    end
  end,
  [[You keep your Tuesdays. In October someone new sits in the corner chair with his coat still on, the way you did, and Bernie nods at you, and you go and sit next to him.]],
  reflection = [[Letting someone go when they have asked you to, and keeping the changes anyway, is the proof that the changes were yours. Whatever you got wrong this summer, you can go on getting right with nobody watching and nothing to win. That is the growth underneath the wish to be forgiven.]],
}

ending "after_cork" {
  title = "After Cork",
  kind = "growth",
  [[You let it be a don't-know, and find that you can.]],
  [[{Name} goes to Cork. You don't text. A postcard comes to your flat: the English Market, and on the back in {their} square capitals, DAD SAYS HELLO. DON'T READ ANYTHING INTO THE POSTCARD. (READ A BIT INTO IT.)]],
  [[September is three weeks off. You have a piano in a barn to tune on Thursday, and you will be there at seven.]],
  reflection = [[Being ready for any answer includes "not yet". You did not turn an honest don't-know into a deadline, or make {their} trip about you. Whatever {Name} says in September, you will hear it as someone who keeps small promises without keeping score.]],
}

ending "after_everything" {
  title = "After Everything",
  kind = "apart",
  [[You say it, and watch it land.]],
  [["There it is," {Name} says quietly. "That voice. You did all of it so I'd owe you." {They} walk{s} back along the railway line alone, fast, the way {they} always did.]],
  [[It takes you a long time to get home. Bernie, when you ring him, listens to all of it and says only, "Tuesday, then."]],
  reflection = [[The summer of small promises was real, and one sentence turned it into an invoice. Effort held up as a reason someone owes you a yes is guilt, and guilt undoes the trust it claims to have earned. Keeping your word was never meant to buy anything. That is worth learning, even now, even late.]],
}

ending "closed_account" {
  title = "Closed Account",
  kind = "apart",
  [[{Name} blocks your number in July. When the bus goes past Larchfield House you look the other way, because you have finally understood that the looking was part of it.]],
  function(s)
    if s.thanked then
      return [[You did stop when {they} asked, and you meant it. But by then {they} had learned to go by what you did before the asking, not after.]]
    end
  end,
  [[On the first of the month Jo goes through your statements with you at her kitchen table, as always. Everything is in order. "Money was never the only thing," she says, not unkindly, and puts the kettle on.]],
  reflection = [[Every push this summer, whatever shape it took, said your need to know came before {Name}'s need to feel safe. Trust broken by disappearing cannot be rebuilt by crowding. The promises you kept were real; the pressure is what {they} will remember. Learning to stand back is still ahead of you, and still worth doing.]],
}
