-- The Other Side of the Counter.
-- Twelve years of marriage, a bakery in a railway arch in south London, and
-- one conversation after close. Some scenes are told from Ade's side, in the
-- second person, each marked "ADE ·" at the top; "YOU ·" marks the way back.
-- British spelling throughout. Every paragraph is one line: a newline inside
-- a paragraph would be a forced break on screen.
--
-- The couple is fixed: you are Dafydd (Dai) Lowe, forty-six, the bread half of
-- Lowe & Cole; he is Ade Cole, forty-one, the pastry and the counter and the
-- books. No name or pronoun is asked for.
--
-- Meters move by fairmath and no code reads them: they are the bars. What Ade
-- makes of the week is kept in small whole numbers instead, so that
-- `rekindle quicktest` can walk every state of the story:
--   warmth    0..8: a moment Ade sees go well raises it by one, one that goes
--             badly lowers it by one, a pressure choice by two;
--   pressure  0..3: pressure choices taken (three means three or more).
-- A few flags matter for a scene or two and are cleared once used, so that
-- only what code still reads counts as state.

-- Helpers (pure functions of the state and the engine's seeded math.random).

local function warm(s, n)
  local w = s.warmth + n
  if w > 8 then w = 8 elseif w < 0 then w = 0 end
  s.warmth = w
end

local function up(s) warm(s, 1) end
local function down(s) warm(s, -1) end

-- A pressure choice: it counts towards what Ade can still say yes to, and it
-- costs two steps of warmth.
local function pushed(s)
  if s.pressure < 3 then s.pressure = s.pressure + 1 end
  warm(s, -2)
end

-- How likely Ade is to say yes, in percent, by warmth. Never above 60: even
-- after the best evening there is a real chance of a no.
local YES = { [0] = 0, 0, 4, 12, 22, 36, 48, 56, 60 }

local function verdict(s)
  if s.pressure >= 2 then return "the_no" end
  local p = YES[s.warmth]
  if s.pressure == 1 then p = p - 20 end
  if p > 62 then p = 62 end
  if p < 0 then p = 0 end
  local roll = math.random(100)
  if roll <= p then return "yes_terms" end
  if roll <= p + 12 and s.warmth >= 4 then return "not_yet" end
  return "the_no"
end

-- Which reconciliation: checks the pressure counter again, so that no path
-- can slip past it.
local function final_yes(ending)
  return function(s)
    if s.pressure >= 2 then return "not_yet" end
    return ending
  end
end

-- After a no, taken with thanks at once.
local function accept_no(s)
  if s.pressure >= 3 then return "through_the_solicitors" end
  if s.pressure < 2 and s.warmth >= 6 then return "the_other_side_of_the_counter" end
  return "one_name_on_the_sign"
end

-- After a no, taken with thanks only once it was said twice.
local function accept_no_again(s)
  if s.pressure >= 3 then return "through_the_solicitors" end
  return "one_name_on_the_sign"
end

-- Effects that clear a flag once it has done its work.
local function hub(s) s.mem = s.mem + 1; s.wed = "" end
local function arrived(s) s.van = false end
local function half_said(s) s.his_part = false; s.read_book = false end
local function turn_taken(s) s.reflected = false end

story {
  id     = "the-other-side",
  title  = "The Other Side of the Counter",
  author = "rekindle",
  blurb  = "A bakery under the railway, one talk, and his side of the year.",
  start  = "arch",
  meters = { patience = 60, respect = 60, trust = 50 },
  vars   = {
    warmth = 1,            -- 0..8: what Ade makes of you this week
    pressure = 0,          -- pressure choices taken (0..3); two or more rule out reconciliation
    mem = 0,               -- memories Ade has gone back to (0..3)
    -- read for a scene or two, then cleared
    read_book = false,     -- you read Ade's notebook
    wed = "",              -- what you did on Wednesday night that Ade saw: "", "texts"
    van = false,           -- you drove to Catford; Lena drives Ade and waits
    reflected = false,     -- you have looked at your own part before the talk
    his_part = false,      -- Ade told Lena his own part, and brings it with him
    any_answer = false,    -- you asked plainly and said any answer was allowed
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- pressure: a tactic that pushes; apology: saying sorry; space: leaving
  -- room; listening: hearing his side; reflection: naming your own part;
  -- vulnerability: saying what you feel.
  tags   = { "pressure", "apology", "space", "listening", "reflection", "vulnerability" },
  covers = { 1, 2, 4, 5, 6, 7, 12, 15, 16 },
}

-- The collection's rules, checked by randomtest and quicktest.
rule "two pushes rule out a reconciled ending" { never = "reconciled", after = "pressure", times = 2 }
rule "the other person has a mind of their own" {
  at_least = 20, of_plays_without = "pressure", end_in = { "growth", "apart" },
}
rule "every playthrough is a story" { min_choices = 8 }
rule "every change of a meter says what it taught" { notes = true }

-- ---------------------------------------------------------------- Sunday

scene "arch" {
  [[Arch Nine, a quarter past two on a Sunday. The shutter is halfway down, the last of the sourdough has gone to the food bank van, and every few minutes a train goes over into Victoria and the brick ceiling hums like a held note.]],
  [[The sign above the shutter still says LOWE & COLE, gold on green. Ade painted it twelve years ago, up a ladder you held while you complained about the ampersand.]],
  [[He left eleven weeks ago, on a Tuesday, while you were at the flour merchant's: two bags, the good palette knife, and a note under the dough scraper on the bench.]],
  [[Now your phone buzzes against the scales. Ade: Dai. Can I come to the arch Thursday after close? I think we should actually talk. Properly. Not the VAT.]],
  choice "'Thursday's good. I'll be here.'" {
    go = "jordan", patience = "%+10", trust = "%+10", tags = { "space" }, effect = up,
    note = "Taking the talk on the day he offered, in as few words as he used, tells him it is his conversation as much as yours.",
  },
  choice "Ring him back now and get it over with" {
    go = "jordan", patience = "%-15", effect = down,
    note = "He chose a day and a way. Ringing at once turns his invitation into your emergency.",
  },
  choice "'Is this about selling the arch?'" {
    go = "jordan", trust = "%-12", effect = down,
    note = "Reading the worst into a message answers a question nobody has asked yet.",
  },
}

scene "jordan" {
  [[Monday, ten to four in the morning. Jordan lets himself in with his hood up and one earbud in: nineteen, six months into his apprenticeship, and the only person in south London who is cheerful at this hour. He starts weighing out the rye without being asked, which is new.]],
  [['Ade's coming in Thursday,' you say, before you have decided to say it.]],
  [[Jordan takes the earbud out. 'For real? Is he coming back?' He waits. 'Mr Pask asked again Saturday. "Where's the other one?" Like you're a pair of gloves.']],
  choice "'I don't know. I think I stopped talking to him.'" {
    go = "drawer", respect = "%+8", trust = "%+4", tags = { "reflection" },
    effect = function(s) s.reflected = true end,
    note = "Naming your own part out loud, even to an apprentice over a sack of rye, turns a vague guilt into something you can look at.",
  },
  choice "'He left me a bakery to run on my own.'" {
    go = "drawer", respect = "%-12",
    note = "Telling it as something done to you skips the year that came before the note.",
  },
  choice "'Weigh the rye, Jordan.'" {
    go = "drawer",
    note = "Shutting a question down at work keeps up the same quiet that helped empty the flat.",
  },
}

scene "drawer" {
  [[Calder House, fourth floor: the flat with both your names on the mortgage and twenty-two years still to run. You are going through Ade's bedside drawer for the spare van key.]],
  [[Under a tangle of chargers is his blue notebook, the one he kept the pastry orders in. The orders stop in April. After that the writing is smaller, pressed hard enough to dent the page behind.]],
  [[You see the top line before you can stop seeing it: Things to say to D. when he's awake.]],
  choice "Just the first page. Then stop." {
    go = "pages", respect = "%-25", trust = "%-15", tags = { "pressure" },
    effect = function(s) pushed(s); s.read_book = true end,
    note = "Reading what someone wrote for himself is checking up on him, however the drawer came to be open, and a page is as much as a book.",
  },
  choice "Put it in the box of his things, unread" {
    go = "wednesday", respect = "%+10", tags = { "space" },
    note = "Leaving his private words private means you will hear them only if he chooses to say them, which is the only way that counts.",
  },
  choice "Shut the drawer. Leave it where he left it." {
    go = "wednesday", respect = "%+6",
    note = "Leaving it exactly where he put it is a small way of saying it is still his.",
  },
}

scene "pages" {
  [[1. The Belgrave. You said yes on the phone while I was standing right there.]],
  [[2. King's. The chair.]],
  [[3. You don't ask me anything now. Not even if it's raining.]],
  [[4. I don't think you'd notice if I went. The line is crossed out, and then written again underneath, more neatly, as if he wanted to get it right.]],
  choice "Close it. Put it in the box with his things." {
    go = "wednesday",
    note = "Stopping late is still stopping; what you do with what you read is the next choice.",
  },
  choice "Turn the page" {
    go = "wednesday", respect = "%-15", effect = down,
    note = "One page was already too many; the second turns a lapse into a decision.",
  },
}

-- ---------------------------------------------------------------- Wednesday

scene "wednesday" {
  [[Wednesday, nine at night. You should have been asleep an hour ago; the alarm has gone at half three for twelve years. Instead you are on the sofa with the telly on mute and your phone on your chest.]],
  function(s)
    if s.read_book then
      return [[Page four won't leave you alone. I don't think you'd notice if I went. You did notice. It took you a day, and a note.]]
    end
  end,
  [[In your head there is a speech for tomorrow. It gets better every time you go through it, and longer, and it is mostly about the rent.]],
  [[Funmi's flat in Catford is twenty minutes away in the van. The box room is at the back, over the bins. You would be able to see if his light was on.]],
  choice "Drive over. Just to see his light." {
    go = "ade_window", respect = "%-30", patience = "%-15", tags = { "pressure" },
    effect = function(s) pushed(s); s.van = true end,
    note = "Turning up outside where someone is staying, even without knocking, takes away his say in when he sees you.",
  },
  choice "Text to check he's still coming. Then again." {
    go = "ade_boxroom", patience = "%-25", respect = "%-10", tags = { "pressure" },
    effect = function(s) pushed(s); s.wed = "texts" end,
    note = "Three texts the night before a talk he asked for turn his invitation into something he has to manage.",
  },
  choice "Bin the speech. Write down your own part instead." {
    go = "ade_boxroom", patience = "%+8", respect = "%+6", tags = { "reflection" },
    effect = function(s) s.reflected = true end,
    note = "Swapping the case for yourself for a plain list of your own part makes room for his side before he has said a word.",
  },
  choice "Go to bed. You're a baker." {
    go = "ade_boxroom", patience = "%+6", tags = { "space" },
    note = "Letting the night be a night, and not a rehearsal, is patience you can practise in your sleep.",
  },
}

-- ---------------------------------------------------------------- Ade's side

scene "ade_window" {
  [[ADE · Wednesday, 9.40 p.m., Catford]],
  [[You are Ade Cole, forty-one, maker of the best cardamom buns south of the river, ironing a shirt for a conversation in your sister's box room.]],
  [[You go to close the blind, and there it is under the street lamp: the green van. LOWE & COLE, in the gold you painted. Your own name, looking up at you.]],
  [[He doesn't get out. The engine runs for eleven minutes; you count every one, standing in the dark while the iron ticks as it cools. When the van pulls away your hands are shaking, and you are furious with them for it.]],
  [[Funmi, in the doorway: 'Was that him?' You text Lena: Can you drive me tomorrow, and wait outside? She sends a thumbs-up and a knife, which is Lena.]],
  choice "Close the blind" {
    go = "ade_boxroom",
    note = "From his side of the glass, a van idling outside isn't devotion. It is someone else deciding when he'll see you.",
  },
}

scene "ade_boxroom" {
  function(s)
    if s.mem == 0 and not s.van then return [[ADE · Wednesday, 9.40 p.m., Catford]] end
  end,
  function(s)
    if s.mem == 0 and s.van then
      return [[The blind is down. The shirt is on its hanger. Funmi has made you tea you won't drink, and Tobi has drawn you a picture of a dinosaur eating a van.]]
    elseif s.mem == 0 then
      return [[You are Ade Cole, forty-one, maker of the best cardamom buns south of the river. For eleven weeks you have slept in your sister's box room, between a rowing machine and a cot.]]
    elseif s.mem == 1 then
      return [[The heating ticks. Through the wall, Funmi is reading Tobi the same dinosaur book for the third night running, doing all the voices.]]
    end
    return [[It's gone eleven. The rowing machine creaks when you lean on it, as if it has opinions.]]
  end,
  function(s)
    if s.wed == "texts" then
      return [[Your phone buzzes on the windowsill. Still on for tomorrow? Then: Ade? Then: You there? He has never texted you three times about anything. Not even the night you sat in the chair at King's.]]
    end
  end,
  function(s)
    if s.mem == 0 then
      return [[You left the blue notebook in the drawer at the flat, meaning to bring it. He won't read it; he never read anything you left out, not even the notes on the fridge. You'll have to remember it yourself. What keeps coming back?]]
    end
    return [[What else keeps coming back?]]
  end,
  choice "The Belgrave contract, in March" {
    once = true, call = "ade_contract", effect = hub,
    note = "It is rarely the decision itself that does the damage; it is being in the room and not being asked.",
  },
  choice "The night at King's, in June" {
    once = true, call = "ade_ward", effect = hub,
    note = "A breakup often turns on a night the other person barely remembers, because for him it was only a busy one.",
  },
  choice "The last good Sunday" {
    once = true, call = "ade_sunday", effect = hub,
    note = "What was good is part of his side too; you can't understand what he lost without it.",
  },
  choice "Turn off the lamp" { go = "ade_months" },
}

scene "ade_contract" {
  [[ADE · March, behind the counter]],
  [[You are doing the float when Dafydd comes through from the back with the phone clamped to his floury shoulder. 'Yes,' he says. 'Yes, we can do that. Six hundred a day from April.' He hangs up and looks at you as if he has brought you flowers.]],
  [[Six hundred rolls a day for the Belgrave's four hotels. He would be in at one in the morning instead of half three. You would be on the counter alone till two, and on the books every night after.]],
  [['We need it,' he said, and you did; the arch rent had gone up again. That wasn't it. It was that you were standing right there, a yard away, and he said yes before he looked at you.]],
  choice "Put it away for now" { back = true },
}

scene "ade_ward" {
  [[ADE · June, King's]],
  [[Your dad's stroke. You ring Dafydd from the back of the ambulance, then from a corridor at King's, then from the chair beside the bed, on a ward where every machine beeps in a different key.]],
  [[He says he's coming. He says it at eight and again at ten. At midnight: Belgrave order's gone wrong, 200 short, can't leave Jordan with it. First thing tomorrow. x]],
  [[Your dad is fine, in the end: slower, and furious about the tea. What you can't put down is the chair next to yours, empty till morning, and the thought you had in it. So this is how it's going to be. Me, on my own, in chairs.]],
  choice "Put it away for now" { back = true },
}

scene "ade_sunday" {
  [[ADE · February, the train back from Margate]],
  [[Sundays were still closed then. You both slept till nine, which felt like a crime, and took the train to Margate with a bag of Saturday's buns. In the café on the front Dafydd told the man at the next table that the buns were yours, 'and he's a genius', loudly, twice.]],
  [[On the way home he fell asleep on your shoulder with flour still in one eyebrow. You didn't wake him at your stop. You rode on to Victoria and all the way back, just to keep the weight there.]],
  [[After April there were no more closed Sundays.]],
  choice "Put it away for now" { back = true },
}

scene "ade_months" {
  [[ADE · Thursday, a quarter past one in the morning]],
  function(s)
    if s.mem == 0 then
      return [[You don't let yourself go back to any of it, and it comes anyway, in the dark: his voice on the phone in March saying yes to someone else, the empty chair at King's.]]
    end
  end,
  [[You lie in the dark and count the small things, because the big things were never really the problem. He stopped saying night, love and started saying alarm's set. He ate standing up at the bench. He laughed at the radio and not at you.]],
  [[When Mr Pask asked where the other one was, you said in the back, and it was true, and it wasn't. You noticed all of it for months. You said none of it. You wrote it down and waited for him to be awake.]],
  choice "Go through it again, point by point" {
    go = "ade_lena",
    note = "The one who left rehearses too; he walks into the talk as frightened of it as you are.",
  },
  choice "Let it go round until it lets you sleep" {
    go = "ade_lena",
    note = "Months of noticing and not saying are part of his story, not a charge to bring against him.",
  },
}

scene "ade_lena" {
  [[ADE · Thursday, 11 a.m., Denmark Hill]],
  [[Lena's flower stall outside the station: buckets of eucalyptus, the last of the chrysanthemums, and Lena in fingerless gloves with a flask of something that isn't only tea. You have been friends since catering college, when she set fire to a crêpe pan and you put it out with a tea towel.]],
  [['So what are you saying tonight?' she asks. 'And don't give me the list. I know the list. I could do the list at karaoke.']],
  [['That he stopped seeing me. That I'm not coming back to how it was.' She wraps a bunch of ranunculus for a woman in scrubs and takes the money without looking. 'That's all about him. What did you do, in all of it?']],
  choice "'I went quiet. I wrote it down instead of saying it.'" {
    go = "arch_wait",
    effect = function(s) s.his_part = true end,
    note = "The one who left has a part too, and naming it is his to do, in his own words and his own time.",
  },
  choice "'I waited a year for him to wake up. That's what.'" {
    go = "arch_wait",
    note = "Hurt can hide a person's own part from him for a while, and that is not yours to point out in the middle of his.",
  },
}

-- ---------------------------------------------------------------- Thursday

scene "arch_wait" {
  [[YOU · Thursday, 6.30 p.m., Arch Nine]],
  [[You have scrubbed the bench twice. The deck oven ticks as it cools, the proving cabinet hums to itself, and in the corner of the whiteboard, in Ade's capitals, is the thing you haven't had the heart to wipe: BUY MORE CARDAMOM!!!]],
  [[Two stools. Two mugs. The box of his things by the shutter: his whites, the good piping bags, the blue notebook on top.]],
  function(s)
    if s.read_book then return [[You know what's on page four. It sits in your mouth like a stone.]] end
    return [[You haven't opened the notebook. You have looked at it a great deal.]]
  end,
  choice "Sit on a stool and wait. Just wait." {
    go = "ade_walk", patience = "%+8", tags = { "space" },
    note = "Arriving at a hard talk ready to listen, not to win, is a decision you can make before anyone walks in.",
  },
  choice "Run through the speech one more time" {
    go = "ade_walk", patience = "%-10",
    note = "A speech rehearsed to the last line leaves no room for the half of the conversation that isn't yours.",
  },
  choice "Bake a tray of his cardamom buns" {
    go = "ade_walk",
    note = "A kindness is a kindness when it asks for nothing back; the test is whether you would mind if he didn't eat one.",
  },
}

scene "ade_walk" {
  [[ADE · Thursday, 6.58 p.m., under the arches]],
  function(s)
    if s.van then
      return [[Lena parks by the bus stop and puts her hazards on. 'I'm right here,' she says. 'I've got a book and a flask and all night.']]
    end
    return [[You walk from the station the long way, past the chicken shop and the launderette and the tyre place, the way you walked to work for twelve years.]]
  end,
  function(s)
    if s.his_part then
      return [['Say that bit too,' Lena told you this morning. 'The bit about you. It's the bit he won't be expecting.']]
    end
    return [['Just don't let him make it about the rent,' Lena told you this morning, and pushed a bunch of ranunculus at you that you left on Funmi's hall table.]]
  end,
  [[The shutter of Arch Nine is down to knee height with light underneath. Your key is on your ring; it is still half your arch, and your name is still over the door. A train goes over, and you realise you have been holding your breath since Catford.]],
  choice "Knock on the shutter" {
    go = "arrival",
    note = "Even with a key, he knocks: from his side, coming back into the old room is a question, not a right.",
  },
}

scene "arrival" {
  [[YOU · Thursday, 7.02 p.m., Arch Nine]],
  [[Two knocks on the shutter, the way a delivery driver knocks. He has a key. He has always had a key.]],
  function(s)
    if s.van then
      return [[Through the gap you can see a red Fiesta at the bus stop with its hazards going. Lena's. She is reading. She doesn't look at the arch; she doesn't need to.]]
    end
  end,
  [[Ade ducks under in the grey coat he bought in a sale and never let you forget. He has had his hair cut short at the sides. He looks at the two stools and doesn't sit on either. 'I don't know how to start,' he says.]],
  choice "'Start anywhere. I'm listening.'" {
    go = "beat_contract", trust = "%+12", respect = "%+10", tags = { "listening" },
    effect = function(s) arrived(s); up(s) end,
    note = "Handing him the start of the conversation tells him, before anything else, that you came to hear it.",
  },
  choice "Start with the apology you rehearsed" {
    go = "beat_contract", patience = "%-15",
    effect = function(s) arrived(s); down(s) end,
    note = "An apology offered before you've heard what hurt can only say sorry for what you guessed.",
  },
  choice "'Is that Lena out there? What did you think I'd do?'" {
    when = function(s) return s.van end,
    go = "beat_contract", respect = "%-15",
    effect = function(s) arrived(s); down(s) end,
    note = "When someone brings a friend to meet you, asking why defends you and forgets what gave him the reason.",
  },
  choice "'So. Are we selling the arch, or what?'" {
    go = "beat_contract", trust = "%-15",
    effect = function(s) arrived(s); down(s) end,
    note = "Jumping to the practical question is a way of skipping the one he came to ask.",
  },
}

scene "beat_contract" {
  [[Ade sits at last, on the stool nearest the shutter, with his coat still on. 'The Belgrave,' he says. 'You said yes on the phone while I was standing right there. Like I was the radio.']],
  [[A train goes over. He waits for it to pass. He always did; he never once shouted over a train.]],
  choice "'You're right. I didn't even look at you.'" {
    go = "beat_ward", trust = "%+12", respect = "%+10", effect = up,
    note = "Agreeing with the plain fact of what he says, without adding to it, tells him he was seen.",
  },
  choice "'I did it for us. The rent had gone up.'" {
    go = "beat_ward", respect = "%-15", trust = "%-6", effect = down,
    note = "Defending the decision answers a complaint he didn't make: it was never the contract, it was not being asked.",
  },
  choice "'You never said you minded!'" {
    go = "beat_ward", respect = "%-15", effect = down,
    note = "Pointing out what he didn't say turns his hurt into his fault.",
  },
  choice "Say nothing. Let him go on." {
    go = "beat_ward", patience = "%+12", tags = { "listening" }, effect = up,
    note = "A silence that is listening, not hiding, gives the other person room to finish.",
  },
}

scene "beat_ward" {
  [['And King's,' Ade says. He is looking at the oven, not at you.]],
  [[You remember that night: the Belgrave order two hundred short, the mixer tripping the fuse, Jordan close to tears over a tub of dough. You remember it as the night you saved the contract.]],
  [['I sat in that chair till six,' he says. 'And I thought, this is it now. This is what it's going to be.']],
  choice "'Ade, we were two hundred short, the mixer...'" {
    go = "beat_quiet", respect = "%-20", trust = "%-8", effect = down,
    note = "Interrupting with the facts of your night tells him his was the smaller one.",
  },
  choice "'I should have been in that chair.'" {
    go = "beat_quiet", trust = "%+15", respect = "%+10", effect = up,
    note = "Naming what you should have done, plainly, is different from explaining what you did.",
  },
  choice "'What was it like? In the chair?'" {
    go = "ward_more", trust = "%+12", respect = "%+12", tags = { "listening" }, effect = up,
    note = "Asking what a night was like for him, and wanting the long answer, is how you learn what actually needs mending.",
  },
}

scene "ward_more" {
  [[He tells you. The tea from the machine that tasted of soup. His dad asking for you, twice, and Ade saying you were on your way. The night nurse, about four, asking if there was nobody for him, love, and Ade saying his husband was at work.]],
  [['She said, "At four in the morning?" And I said he's a baker, and she laughed, and I laughed, and then I went and cried in the disabled toilet for twenty minutes.' He shrugs, as if it happened to someone else. 'There. Now you know.']],
  choice "Stay with it. Don't try to fix it." {
    go = "beat_quiet", patience = "%+12", tags = { "listening" }, effect = up,
    note = "Letting a hard story sit, without rushing in to make it better, shows it was heard.",
  },
  choice "Reach across the bench for his hand" {
    go = "beat_quiet", patience = "%-12",
    note = "Comfort he didn't ask for can be comfort for you; let him choose when he wants to be reached for.",
  },
}

scene "beat_quiet" {
  [['And then just the quiet,' Ade says. 'You stopped asking me things. Not big things. What I thought of the new flour. Whether it was raining. I told Mr Pask more about my day than I told you.']],
  [['So I wrote it down. Things to say when you were awake.' He nods at the box by the shutter, at the blue cover on top. 'Did you read it?']],
  choice "'Yes. Some of it. I'm sorry. I shouldn't have.'" {
    when = function(s) return s.read_book end,
    go = "the_other_half", respect = "%+12", trust = "%+10", tags = { "apology" },
    effect = function(s) s.read_book = false; up(s) end,
    note = "Owning a wrong the moment you are asked, with nothing added, is the start of being trusted with the next thing.",
  },
  choice "'No. Course not.'" {
    when = function(s) return s.read_book end,
    go = "the_other_half", trust = "%-25",
    effect = function(s) warm(s, -2) end, -- read_book stays set: the lie is seen
    note = "A lie told to keep the talk safe is the thing that makes it unsafe, and he has known your face for twelve years.",
  },
  choice "'No. It's yours. It's there in the box.'" {
    when = function(s) return not s.read_book end,
    go = "the_other_half", trust = "%+12", effect = up,
    note = "Privacy kept when nobody would have known is trust built in the dark, and it shows in the light.",
  },
  choice "'Why write it down? Why not just tell me?'" {
    go = "the_other_half", respect = "%-12",
    effect = function(s) s.read_book = false; down(s) end,
    note = "Asking why he didn't speak up turns his hurt into his failing.",
  },
}

scene "the_other_half" {
  function(s)
    if s.read_book then
      return [[He looks at you for a long moment, then at the box, then back at you. He has known your face for twelve years. He doesn't say anything about it, and that is worse.]]
    end
  end,
  function(s)
    if s.his_part then
      return [[Ade turns his mug round by the handle. 'It wasn't all you,' he says. 'I went quiet too. I wrote it down instead of saying it, and then I left with a note under the dough scraper, which...' He stops. 'That was a coward's way to go. I know it was.']]
    end
    return [[Ade goes quiet. A train goes over and the mugs shiver on the bench. And there it is in your mouth, the other half of it: the note under the dough scraper. Eleven weeks. A year of him going quiet while you were supposed to guess why.]]
  end,
  choice "Let it sit. Tonight is his turn." {
    go = "your_turn", patience = "%+15", tags = { "space" },
    effect = function(s) half_said(s); up(s) end,
    note = "Your side of it has a right time, and the middle of his is not it; letting his words stand on their own is part of hearing them.",
  },
  choice "'Thank you for saying that.'" {
    when = function(s) return s.his_part end,
    go = "your_turn", respect = "%+12", trust = "%+10",
    effect = function(s) half_said(s); up(s) end,
    note = "Taking someone's share of the blame with thanks, not triumph, keeps it safe for him to have said it.",
  },
  choice "'It was. I came home to a note, Ade.'" {
    when = function(s) return s.his_part end,
    go = "your_turn", respect = "%-20",
    effect = function(s) half_said(s); down(s) end,
    note = "Seizing on his admission turns his honesty into evidence against him.",
  },
  choice "'Don't. It was all me.'" {
    when = function(s) return s.his_part end,
    go = "your_turn", trust = "%-10", effect = half_said,
    note = "Refusing his part of it can sound generous and still not hear what he said.",
  },
  choice "'But you also just left. With a note.'" {
    when = function(s) return not s.his_part end,
    go = "your_turn", respect = "%-20", trust = "%-8",
    effect = function(s) half_said(s); down(s) end,
    note = "'But you also' can be true and still be the wrong sentence: it turns his turn into a trade.",
  },

  choice "'There's my side too. Another day?'" {
    when = function(s) return not s.his_part end,
    go = "your_turn", patience = "%+10", respect = "%+10",
    effect = function(s) half_said(s); up(s) end,
    note = "Asking for a later turn, instead of taking one now, keeps both sides of the story alive without a fight.",
  },
}

scene "your_turn" {
  [['Your turn,' Ade says. 'And not sorry. Not yet. I want to know where you were this year. Because you weren't here, Dai. Even when you were.']],
  [[Behind him the proving cabinet hums. Another train goes over, a long one; you know them all by now, the way other people know birdsong.]],
  choice "Tell him about your dad's bakery in Merthyr" {
    available = function(s) return s.reflected end,
    reason = "you haven't let yourself look at that yet",
    go = "merthyr", trust = "%+15", respect = "%+10", tags = { "vulnerability" },
    effect = function(s) turn_taken(s); up(s) end,
    note = "Saying what frightened you, instead of what you did, lets him see the man behind the silence.",
  },
  choice "'Honestly? Frightened. I still am.'" {
    go = "apology", trust = "%+10", tags = { "vulnerability" },
    effect = function(s) turn_taken(s); up(s) end,
    note = "Saying the feeling, even without the whole story behind it, is a door opened from your side.",
  },
  choice "'I've been all right. Busy. Managing.'" {
    go = "apology", trust = "%-15",
    effect = function(s) turn_taken(s); down(s) end,
    note = "Telling the person who came for the truth that you're fine shuts the door he has just opened.",
  },
  choice "'I haven't slept since you left. The shop's dying.'" {
    go = "apology", patience = "%-25", respect = "%-15", tags = { "pressure" },
    effect = function(s) turn_taken(s); pushed(s) end,
    note = "Offering your suffering as a reason for him to come back is guilt, even when every word of it is true.",
  },
}

scene "merthyr" {
  [[So you tell him. Lowe's, on the High Street in Merthyr, one name over the door. Your dad doing the books at the kitchen table after you'd gone up, and the night you came down for water and found him crying into the ledger. The auction. And how he never said one word about any of it, to anyone, ever again.]],
  [['When the rent went up,' you say, 'all I could see was that table. I thought if I kept my head down and said yes to everything, we'd never end up there. And I stopped seeing you. I know I did.']],
  [[Ade is quiet for a long time. 'Twelve years,' he says at last. 'You never told me any of that.']],
  choice "'I didn't know how. I'm trying now.'" {
    go = "apology", trust = "%+10", tags = { "vulnerability" }, effect = up,
    note = "Admitting you never knew how to say it is already a way of saying it.",
  },
  choice "'It's not an excuse. It's just why.'" {
    go = "apology", respect = "%+10", effect = up,
    note = "Giving the reason and refusing to use it as a defence keeps your apology your own.",
  },
}

scene "apology" {
  [[When the train has gone, the arch is so quiet you can hear the fan in the proving cabinet, and the drip from the sink Ade always said he'd fix.]],
  [[There is a thing you owe him, and you have owed it since June. Now, you think, is the time for it. It may be the only one.]],
  choice "Say sorry for King's and for the year. No 'but'." {
    go = "deptford", trust = "%+18", tags = { "apology" }, effect = up,
    note = "A sorry that names the night and the year, and stops there, lets him put down what he has been carrying.",
  },
  choice "'I'm sorry. But the Belgrave kept us open.'" {
    go = "deptford", respect = "%-12", trust = "%-6", effect = down,
    note = "A sorry with a 'but' in it is a defence wearing an apron.",
  },
  choice "'I'm sorry for everything. All of it.'" {
    go = "deptford", trust = "%-12", effect = down,
    note = "Sorry for everything is sorry for nothing in particular; it leaves him to do the remembering.",
  },
}

scene "deptford" {
  [[Ade is quiet for a moment, weighing it. Then he puts his mug down. 'I need to tell you something, and I need you to just hear it.']],
  [['I've taken a flat in Deptford. A one-bed over a Turkish barber's on the high street. I move in on the first of January, and Fatima at the Bread Room in Greenwich wants me three days a week on pastry.' He takes a breath. 'Whatever we say tonight. That's happening.']],
  choice "'That sounds right. Tell me about the flat.'" {
    go = "the_ask", respect = "%+15", tags = { "listening" }, effect = up,
    note = "Being glad of a plan he made without you shows him his life is his own, which is the only ground anything new can stand on.",
  },
  choice "'Already? You've already decided?'" {
    go = "the_ask", trust = "%-12", patience = "%-12", effect = down,
    note = "Hearing his plans as a verdict on you makes them about you.",
  },
  choice "'So you came to tell me you're gone.'" {
    go = "the_ask", respect = "%-12", effect = down,
    note = "Turning his news into your loss asks him to comfort you for his own decision.",
  },
}

scene "the_ask" {
  [[It's nearly nine. The oven has stopped ticking. Ade has his coat across his knees, but he hasn't stood up.]],
  [[The question has been in you since September, under everything, like a stone under a loaf.]],
  choice "Ask him plainly what he wants. Any answer is allowed." {
    go = "ade_deciding", respect = "%+18",
    effect = function(s) s.any_answer = true end,
    note = "Asking the big question plainly, and meaning that no is allowed, is the only fair way to ask it.",
  },
  choice "Don't ask. Say you'd like to talk again, some time." {
    go = "letting_be", patience = "%+15", tags = { "space" },
    note = "Leaving the big question with the person it belongs to is patience at its hardest.",
  },
  choice "'Come back, or we sell the arch. I can't do both.'" {
    go = "ade_deciding", patience = "%-35", respect = "%-15", tags = { "pressure" }, effect = pushed,
    note = "An ultimatum turns a question into a threat, and leaves no honest answer but no.",
  },
  choice "'Come home tonight. Please. We'll sort the rest.'" {
    go = "ade_deciding", patience = "%-20", effect = down,
    note = "Asking for everything at once, tonight, skips all the slow parts that would make a yes safe to give.",
  },
}

scene "letting_be" {
  [[You don't ask. Ade picks up the box, the blue notebook on top, and at the shutter he stops. 'Thank you for tonight,' he says. 'I mean it.' Then he ducks out, and a train goes over, and you are alone with two mugs.]],
  [[On the first of January he moves to Deptford. You hear about the barber's cat from Jordan, who heard about it on Instagram and is embarrassed to say so.]],
  choice "Send him one photo: your first decent cardamom buns" {
    go = "february", trust = "%+10", patience = "%+6", effect = up,
    note = "One light message about something you share opens a door without asking him to walk through it.",
  },
  choice "Text him every night after close, just to say night" {
    go = "february", patience = "%-30", respect = "%-10", tags = { "pressure" }, effect = pushed,
    note = "A message every night is a message he has to answer or ignore every night; either way, it's weight.",
  },
  choice "Leave it. He knows where the arch is." {
    go = "february", patience = "%+12", tags = { "space" },
    note = "Trusting him to come back in his own time, if he wants to, is what space actually means.",
  },
}

scene "february" {
  [[February. A Saturday, ten to two, the shutter halfway down. Ade ducks under it in the grey coat, buys a light rye from Jordan like any other customer, and then doesn't leave.]],
  function(s)
    if s.pressure >= 1 then return [[He keeps his coat buttoned, and his phone in his hand.]] end
    return [[Mr Pask, on his way out, pats Ade's arm as if he has come home from a war.]]
  end,
  [[When Jordan has gone, he turns to you. 'Are we going to talk about it,' he says, 'or not?']],
  choice "'Only if you want to.'" {
    go = "ade_deciding", patience = "%+6", tags = { "space" },
    note = "Handing the question back, gently, lets him set the pace of the answer too.",
  },
  choice "'I didn't want to push.'" {
    go = "ade_deciding",
    note = "Saying why you held back is honest, and it also asks, a little, to be thanked for it.",
  },
}

-- ---------------------------------------------------------------- The answer

scene "ade_deciding" {
  [[ADE · the same moment]],
  function(s)
    if s.pressure >= 2 then
      return [[You look at him across the bench and the old tiredness comes up through your feet. He has pushed, more than once, and you have had to hold the door shut even here, in your own arch, with your own name over it.]]
    elseif s.warmth >= 6 then
      return [[He listened. You keep turning that over like a coin. Train after train went over the arch and he let you finish under every one. You had forgotten he could do that.]]
    elseif s.warmth >= 4 then
      return [[Some of it landed. Some of it was the old Dai, reaching for the facts like a rolling pin. You can't tell yet which of them you'd be going home to.]]
    end
    return [[You came to be heard, and mostly you were answered. It isn't cruelty. It is the same wall you have been talking to since March.]]
  end,
  [[Whatever you say now, you'll be carrying it home with you.]],
  choice "Tell him what you actually feel" {
    go = verdict,
    note = "His answer was never yours to make; from his side, it isn't even quite his until he hears himself say it.",
  },
}

scene "yes_terms" {
  [[YOU · Arch Nine]],
  [['I want to try,' Ade says. 'Not back. I'm not coming back to back.' He holds up a hand before you can say anything. 'Deptford's happening. I'm keeping the flat. Tuesdays and Sundays, to start. And someone to talk to, the two of us, who isn't Lena or Jordan.']],
  [['And the Belgrave's your call,' he says. 'I mean that. But make it out loud, with me in the room.']],
  choice "Ask what 'to start' looks like, to him" {
    go = final_yes("tuesdays_in_deptford"), trust = "%+12", tags = { "listening" },
    note = "Asking him to describe the pace he needs, instead of guessing at it, is how you manage to keep to it.",
  },
  choice "'Then let's decide about the Belgrave. Together.'" {
    go = final_yes("two_names_on_the_sign"), respect = "%+12", trust = "%+10",
    note = "Making the big decision with him in the room, out loud, is the change he asked for, done instead of promised.",
  },
  choice "'Do we need a counsellor? We've talked now.'" {
    go = function(s)
      if s.pressure < 2 and math.random(100) <= 40 then return "tuesdays_in_deptford" end
      return "not_yet"
    end,
    respect = "%-20",
    note = "Brushing aside the help he asks for tells him the old way of doing things is still in charge.",
  },
}

scene "not_yet" {
  [[YOU · Arch Nine]],
  [[Ade doesn't say yes. He doesn't say no either. 'I don't know,' he says. 'I honestly don't. I've got Deptford and the Bread Room, and I don't want to decide this and then decide that. Can it be a don't-know? Till Easter?']],
  [[A train goes over. He waits for it, the way he always does.]],
  choice "'Yes. Let it be a don't-know.'" {
    go = "ask_me_at_easter", patience = "%+12", tags = { "space" },
    note = "Taking 'I don't know' as a real answer, and not as a delay to be managed, is patience without conditions.",
  },
  choice "'Easter's months away, Ade. I need more than that.'" {
    go = "no_tonight", patience = "%-30", respect = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Pushing an honest 'I don't know' for a date forces the answer that is easiest to give, which is no.",
  },
}

scene "the_no" {
  [[YOU · Arch Nine]],
  function(s)
    if s.pressure >= 2 then
      return [['No,' Ade says. He says it to the bench, quietly, as if he has been carrying it all evening. 'I can't be with someone I have to keep holding the door against, Dai. Not even you.']]
    elseif s.warmth <= 4 then
      return [['No,' Ade says, gently. 'I'm glad we talked. I am. But I kept waiting for you to be here, and half the time you were somewhere else, getting your side ready.']]
    end
    return [['No,' Ade says, and his eyes fill, which you did not expect. 'It isn't that you haven't changed. You have; I can see it. It's that I have too, and the man I'm turning into doesn't want to go back. I want to find out who he is without the arch.']]
  end,
  [[A train goes over. Neither of you waits for it to pass.]],
  choice "Thank him for telling you, and mean it" {
    go = accept_no, respect = "%+10", tags = { "space" },
    note = "Thanking someone for an honest no honours what it cost him to say it.",
  },
  choice "Nod. You can't trust your voice yet." {
    go = accept_no,
    note = "A quiet nod can accept a no too, though a thank-you would have told him what it cost you to hear it.",
  },
  choice "'After everything I've said to you?'" {
    go = "the_shutter_comes_down", respect = "%-35", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Holding up your own effort as a reason he owes you a yes is guilt, and it undoes the effort.",
  },
  choice "'Will you think about it a bit longer?'" {
    available = function(s) return not s.any_answer end,
    reason = "you told him any answer was allowed",
    go = "no_again", patience = "%-20", respect = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Asking someone to reconsider a considered answer tells him it wasn't heard.",
  },
}

scene "no_tonight" {
  [[Ade looks at you for a long moment. Then he nods, as if you have answered something he didn't ask out loud.]],
  [['Then it's no,' he says. 'If it has to be an answer tonight, it's no. I'm sorry, Dai.' He reaches for his coat.]],
  choice "'Okay. I'm sorry I pushed. Thank you for telling me.'" {
    go = accept_no_again, respect = "%+6", tags = { "apology", "space" },
    note = "Owning the push the moment you see it, and then taking the answer it brought, still counts for something.",
  },
  choice "'So the last twelve years count for nothing?'" {
    go = "the_shutter_comes_down", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Putting the whole marriage on the scale to win one evening's argument is guilt, and it tips the answer further away.",
  },
}

scene "no_again" {
  [['I have thought about it,' Ade says. 'For a year. That's what the notebook was.']],
  [[He isn't angry, which is the worst part. He just looks tired, and a bit sorry for you, like a man who has said this sentence in his head a hundred times before saying it out loud.]],
  choice "'Okay. I hear you. Thank you.'" {
    go = accept_no_again, respect = "%+10", tags = { "space" },
    note = "It is never too late to stop pushing and let a no be a no.",
  },
  choice "'You're making a mistake.'" {
    go = "the_shutter_comes_down", respect = "%-25", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Telling a man his own heart has got it wrong is an argument nobody wins.",
  },
}

-- ---------------------------------------------------------------- Endings

ending "two_names_on_the_sign" {
  title = "Two Names on the Sign",
  kind = "reconciled",
  [[The next Monday you ring the Belgrave and give them three months' notice. Ade sits on the stool beside you while you do it, and halfway through he puts his hand flat on the bench next to yours: not touching, just there.]],
  [[He keeps the flat in Deptford. He does three days at the Bread Room and three on your counter, and on Mondays you both sit in a room in Camberwell with a counsellor called Maggie, whose cat attends every session and judges you both. Sundays are closed again.]],
  [[In April Ade gets the ladder out and repaints the ampersand. You hold the ladder, and this time you don't complain about it. Mr Pask, passing with his light rye, says, 'Oh, the other one's back,' and Ade says, 'We both are.']],
  reflection = [[Nothing here was won. He came to be heard about the contract, the chair at King's and the year of quiet, and a yes only became possible once he had been. Listening before defending, owning your part without a 'but', and asking in a way that left him free to say no are what he said yes to, and they are what will have to keep it.]],
}

ending "tuesdays_in_deptford" {
  title = "Tuesdays in Deptford",
  kind = "reconciled",
  [[On Tuesdays you close at two, wash the flour out of your hair and take the train to Deptford with a loaf under your arm, like a man going courting. Jordan says that is exactly what you are.]],
  [[Ade's flat over the barber's smells of cardamom and aftershave. He cooks on two rings. You talk: about the Bread Room, his dad's physio, whether it's raining. You ask. He notices you asking, and pretends not to.]],
  [[He isn't coming back to the counter, not this year, maybe not at all. On Sundays he comes to the arch anyway, with the shutter down, and the two of you bake for nobody and eat it.]],
  reflection = [[He asked for slowly, and you let slowly mean what he meant by it. A talk like the one in the arch works when the listening outweighs the talking: his side heard before yours is told, his hurt never traded for your grievances, his new life left his own. Whatever this grows into, it is growing from two people, not one.]],
}

ending "the_other_side_of_the_counter" {
  title = "The Other Side of the Counter",
  kind = "growth",
  [[Ade keeps the flat in Deptford. In March you go to the bank to borrow enough for his half of the arch, and on the way in you ring him first and tell him, which is ridiculous. He laughs and says, 'Good luck, Dai,' and means it.]],
  [[On Saturdays he comes in like anyone else, stands on the other side of the counter and buys a light rye and two of your cardamom buns, which are nearly as good as his, and he tells you so. Mr Pask has stopped asking where the other one is. He asks Ade how Deptford is instead, and Ade tells him, and you listen.]],
  [[You repaint the sign yourself: LOWE, gold on green. It looks bare. Then Jordan, for a joke, chalks & CO underneath, and you leave it there.]],
  reflection = [[The answer was no, and you let it be no. What you did in the arch still mattered: you heard his side, you named your own part, and when his answer came you let it be his. It didn't buy a yes; it was never meant to. It left two people who can stand on either side of a counter and be glad to see each other.]],
}

ending "one_name_on_the_sign" {
  title = "One Name on the Sign",
  kind = "growth",
  [[The flat and the arch are sorted out by spring, through a mediator in Camberwell who keeps a bowl of mints on the table and never lets either of you finish the other's sentence. You buy his half of the arch with a loan you sign alone, and this time that is right, because it is yours now.]],
  [[You close on Sundays. On the first one you drive to Merthyr and sit in your dad's front room and tell him about Ade, and the Belgrave, and the chair at King's. At the end he tells you about the ledger, for the first time in thirty-four years. It takes him all afternoon.]],
  [[Back at the arch you repaint the sign: LOWE, gold on green. Most days it looks like a start.]],
  reflection = [[He said no, and in the end you let it stand. Not everything you did helped: there were moments you defended where you could have listened, pushed where you could have waited, or reached for your side while he was still on his. But you stopped, and let his answer be his, and you carried what you learned home to your own father's table, which is where the silence started.]],
}

ending "ask_me_at_easter" {
  title = "Ask Me at Easter",
  kind = "growth",
  [[You let it be a don't-know. It turns out that you can.]],
  [[Spring comes to the arches the way it always does, late and then all at once. You take Sundays back and spend one of them learning his cardamom buns from a video, badly. Jordan calls them structurally interesting.]],
  [[On Good Friday, at five in the morning, when he knows you are up, there is a text from Deptford: How are the hot cross buns? Just that. You send him a photo. You don't know yet how this ends, and for the first time in a long while, that is all right.]],
  reflection = [[Being ready for any answer includes the answer 'I don't know yet'. You didn't turn his honesty into a deadline or his doubt into a debate. Whatever comes after Easter, you will meet it as someone who can wait without keeping score.]],
}

ending "through_the_solicitors" {
  title = "Through the Solicitors",
  kind = "apart",
  [[Ade stops answering. Within a month a letter comes from a solicitor in Lewisham about the flat and the arch, polite and very clear, asking that all contact go through her.]],
  [[Lena still has the flower stall at Denmark Hill. When you walk past, she doesn't say anything. She just moves a bucket of eucalyptus, slightly, so it is between you.]],
  [[Mr Pask asks where the other one is. 'In the back,' you say, out of habit, and then you have to go in the back yourself for a minute.]],
  reflection = [[Pressure comes in many shapes: a page that wasn't yours to read, a van under a street lamp, a hurt handed over for him to fix, a deadline on his answer. Each of yours was a way of not waiting. Each told Ade your need came first, and taught him that distance was the only thing you would respect. Learning to give that distance freely is still ahead of you, and still worth doing.]],
}

ending "the_shutter_comes_down" {
  title = "The Shutter Comes Down",
  kind = "apart",
  [[You get the last word. It isn't a good one. Ade stands, puts on the grey coat, picks up the box with the notebook on top, and ducks out under the shutter without looking back.]],
  [[You pull the shutter down after him, all the way, hard, and the noise goes up into the brick and comes back. Then a train goes over and drowns it, and you stand in the dark arch with two mugs and the drip from the sink he always said he'd fix.]],
  reflection = [[However the evening had gone until then, one sentence settled it. When the answer you didn't want finally came, you argued with it, and turned everything you had said into something he owed you. An honest no deserves a thank-you, not a verdict. That is worth learning, even now, even late.]],
}
