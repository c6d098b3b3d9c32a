-- The Other Side of the Counter.
--
-- Told from the side of the one who left. You are Ade Cole, forty-one, the
-- pastry, the counter and the books of Lowe & Cole, a bakery in Arch Nine
-- under the line into Victoria. Dai (Dafydd) Lowe, forty-six, your husband of
-- twelve years, is trying to win you back. The couple is fixed: no name or
-- pronoun is asked for. British spelling throughout; every paragraph is one
-- line.
--
-- What Dai does is his own: a seeded draw at each turn of the winter, moved
-- by what you have said and done (a line you drew lowers the chance he
-- crosses it; a crossing that got him what he came for raises the chance of
-- the next). When he crosses a line (the van under the window, the texts the
-- night before, the notebook, the counter at your work), the scene shows it
-- and every choice in it is tagged "boundary". Later he may name it and
-- apologise for it in so many words (his mind again: likelier if you told
-- him at the time); then you decide whether that is enough, and only the
-- choice that accepts it is tagged "repair". If he never names it, you can
-- raise it, and he may apologise or may not.
--
-- There is no verdict. At the end you decide. Which endings are on the table
-- follows from what he did and what was mended: the reconciled ones only
-- when every crossing was apologised for and accepted, and fewer than three.
--
-- State is kept small for quicktest: sets of crossings by where they stand
-- (owed, mended, refused, unsaid), a few flags that are cleared once the
-- scene that reads them is past, and `dai`, which carries one reaction of
-- his into the next scene and is cleared there.

-- ---------------------------------------------------------------- helpers

-- The crossings, in the order they can happen.
local ORDER = { "van", "texts", "notebook", "counter", "eve" }

-- Dai's mind: true with a chance of p in ten (kept between one and nine).
local function chance(p)
  if p < 1 then p = 1 elseif p > 9 then p = 9 end
  return math.random(10) <= p
end

local function crossings(s)
  return s.owed:count() + s.mended:count() + s.refused:count() + s.unsaid:count()
end

-- Every crossing apologised for and accepted, and not a pattern.
local function clean(s)
  return s.owed:count() + s.refused:count() + s.unsaid:count() == 0 and s.mended:count() < 3
end

-- Does he name the crossing in s.item without being asked?
local function names_it(s)
  local p = s.named:has(s.item) and 8 or 4
  if s.month == 4 then p = p + 1 end
  if s.item == "notebook" and s.lied then p = p - 3 end
  if s.month == 1 and s.lean == 2 then p = p - 3 end
  return chance(p)
end

-- The next crossing he owes an apology for, and how it comes up.
local function next_owed(s)
  for _, w in ipairs(ORDER) do
    if s.owed:has(w) then
      s.item = w
      if names_it(s) then return "sorry" end
      return "unnamed"
    end
  end
end

local function first_owed(s, a, b)
  if s.owed:has(a) or s.owed:has(b) then return next_owed(s) end
end

-- What becomes of the crossing in s.item.
local function mend(s)
  if s.month == 1 then s.arch:add(s.item) end
  s.owed:remove(s.item); s.named:remove(s.item); s.mended:add(s.item); s.item = ""
end
local function refuse(s)
  s.owed:remove(s.item); s.named:remove(s.item); s.refused:add(s.item); s.item = ""
end
-- Left without an apology: in November it can still come back; in the last
-- reckoning it stays unsaid.
local function leave(s)
  if s.month == 4 then
    s.owed:remove(s.item); s.named:remove(s.item); s.unsaid:add(s.item)
  end
  s.item = ""
end

-- You raised it; does he apologise for it, or explain it?
local function raised(s)
  s.named:add(s.item)
  local p = s.month == 4 and 7 or 6
  if s.item == "notebook" and s.lied then p = p - 3 end
  if chance(p) then s.dai = "raised"; return "sorry" end
  return "excuse"
end

local function second_try(s)
  if chance(5) then s.dai = "pressed"; return "sorry" end
  return "hollow"
end

-- Wednesday night before the arch.
local function wednesday(s)
  local p = 3
  if s.reply == "limit" then p = 1 elseif s.reply == "warm" then p = 4 end
  if math.random(10) > p then return "wed_quiet" end
  if math.random(2) == 1 then s.owed:add("van"); return "wed_van" end
  s.owed:add("texts")
  return "wed_texts"
end

local function listens(s)
  if chance(7) then s.heard = true; return "th_heard" end
  return "th_defends"
end

local function takes_it(s)
  s.dai = chance(s.heard and 2 or 4) and "seized" or "thanks"
  return "th_merthyr"
end

local function year_sorry(s)
  if chance(s.heard and 8 or 5) then return "th_year" end
  return "th_year_but"
end

local function hears_news(s)
  s.dai = chance(6) and "glad" or "hurt"
  return "th_after"
end

-- December: the notebook in the drawer.
local function december(s)
  local p = 2 + s.lean
  if s.nb_ask == "dont" then p = p - 1 end
  if not chance(p) then return "nb_clean" end
  s.owed:add("notebook")
  if chance(s.heard and 7 or 4) then return "nb_told" end
  s.lied = true
  return "nb_lied"
end

local function owns_up(s)
  if chance(6) then s.lied = false; return "nb_admit" end
  return "nb_deny"
end

-- January: the post, then the Saturday.
local function the_post(s)
  if s.owed:has("notebook") then
    s.item = "notebook"
    if names_it(s) then return "jan_letter" end
    s.item = ""
  end
  return "jan_card"
end

local function saturday(s)
  local p = 1 + 2 * s.lean
  if s.jan == "work" then p = p - 1 end
  if not chance(p) then return "jan_quiet" end
  s.owed:add("counter")
  return "jan_counter"
end

-- February: the night before Margate.
local function the_eve(s)
  local p = 3
  if s.reply == "limit" then p = 1 elseif s.reply == "warm" then p = 4 end
  if s.owed:count() + s.refused:count() > 0 then p = p + 1 end
  if s.mended:has("texts") then p = p - 1 end
  if math.random(10) > math.max(p, 1) then return "eve_quiet" end
  s.owed:add("eve")
  return "eve_texts"
end

-- After your no, you ask for friendship; his answer is his.
local function friends(s)
  local p = 6
  if s.refused:count() + s.unsaid:count() > 0 then p = p - 1 end
  if chance(p) then return "coda_other_side" end
  return "dai_no"
end

-- The crossings, as you'd list them at the end.
local SAID = {
  van = "the van under Funmi's window", texts = "the texts the night before the arch",
  notebook = "the notebook", counter = "the Bread Room", eve = "last night's messages",
}

local function what_he_did(s)
  local out = {}
  for _, w in ipairs(ORDER) do
    if s.mended:has(w) or s.refused:has(w) or s.unsaid:has(w) then out[#out + 1] = SAID[w] end
  end
  local last = table.remove(out)
  if #out == 0 then return last end
  return table.concat(out, ", ") .. " and " .. last
end

local function set(name, value) return function(s) s[name] = value end end

story {
  id     = "the-other-side",
  title  = "The Other Side of the Counter",
  author = "rekindle",
  blurb  = "A bakery under the railway, told by the one who left: what he does, and what you decide.",
  start  = "message",
  meters = { patience = 50, respect = 60, voice = 30 },
  vars   = {
    reply = "",         -- how you answered him: "plain", "limit" (nothing before), "warm"
    owed = {},          -- lines he crossed and has not yet apologised for
    named = {},         -- of those, the ones you told him about
    mended = {},        -- he named it and said sorry, and you accepted
    refused = {},       -- he said sorry, and you said it was not enough
    unsaid = {},        -- he never said sorry for it
    item = "",          -- the crossing being talked about now
    dai = "",           -- his reaction, carried into the next scene
    topic = "",         -- what you started with at the arch
    month = 1,          -- 1 November, 2 December, 3 January, 4 February
    lean = 1,           -- how far he leans towards crossing, 0..2: a line you drew
                        -- lowers it, a crossing that got him what he came for
                        -- or a door he heard as open raises it (until February)
    heard = false,      -- at the arch, he let you finish (until January)
    own_part = false,   -- you have looked at your own part
    lied = false,       -- he says he never read the notebook
    nb_ask = "",        -- what you told him about the notebook (December)
    crossed = 0,        -- at the end: how many lines he crossed this winter
    arch = {},          -- of those, the ones mended in November, at the arch
    jan = "",           -- what you said at the shutter that January remembers:
                        -- "work" (keep away from the Bread Room), "soft" ("only a flat")
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- boundary: a line crossed in this play (his, or once yours); repair: you
  -- accept his apology for it.
  tags   = { "boundary", "repair" },
  covers = { 1, 2, 4, 5, 6, 7, 12, 15, 16 },
}

achievement "page-four" { title = "Page Four", hint = "Something private, offered instead of taken." }
achievement "four-words" { title = "Four Words", hint = "What you couldn't say for a year, said at the arch." }
achievement "both-ways" { title = "Both Ways", hint = "A no, taken the way you'd want yours taken." }

rule "a line crossed keeps the reconciled endings off the table until its apology is accepted" {
  never = "reconciled", after = "boundary", unless = "repair",
}
rule "no reconciled ending while a crossing stands unapologised or its apology refused" {
  check = function(play, s)
    if play.kind ~= "reconciled" then return true end
    if s.owed:count() + s.refused:count() + s.unsaid:count() > 0 then
      return false, "a reconciled ending with a crossing not mended"
    end
    if s.mended:count() >= 3 then return false, "a reconciled ending after three crossings" end
    return true
  end,
}
rule "he has a mind of his own, and so do you" {
  at_least = 20, of_plays_without = "boundary", end_in = { "growth", "apart" },
}
rule "every playthrough is a story" { min_choices = 10 }
rule "each bar that moves says why" { notes = true }

-- ---------------------------------------------------------------- November

scene "message" {
  [[Catford, a Sunday night at the end of November.]],
  [[Your name is Ade Cole. You are forty-one, you make the best cardamom buns south of the river, and for eleven weeks you have slept in your sister Funmi's back bedroom on a sofa bed, between an exercise bike hung with washing and the cot her son grew out of.]],
  [[You left on a Tuesday in September, while Dai was at the flour merchant's: two bags, the good palette knife, and a note under the dough scraper on the bench. Twelve years married, twelve years of Lowe & Cole in Arch Nine, and the note was four lines long.]],
  [[At ten past nine your phone lights up on the duvet. Dai. The first message in eleven weeks that isn't about the VAT.]],
  page_break,
  [[*I've been thinking about what you wrote. I'd like to talk, properly, if you want to. When and where you say. You don't have to answer this. D.*]],
  [[He has never in his life written *when and where you say*. You read it three times. Through the wall, Funmi is reading Tobi the dinosaur book, doing all the voices.]],
  choice "'Thursday, after close. I'll come to the arch.'" {
    [[You send it before you can make it cleverer. His answer comes inside a minute: *Thursday. Thank you.*]],
    go = wednesday, voice = "%+5", effect = set("reply", "plain"),
    note = "Naming the day and the place yourself keeps the talk as much yours as his.",
  },
  choice "'Thursday, at the arch. Nothing before then, Dai. No calls.'" {
    [[It looks colder on the screen than it felt in your thumbs. You send it anyway. *OK,* he writes. *Understood. Thursday.*]],
    go = wednesday, voice = "%+15",
    effect = function(s) s.reply = "limit"; s.lean = 0 end,
    note = "Saying what you need before it's needed isn't coldness. It gives him a line he can see, and keep.",
  },
  choice "'I've missed you. Thursday?'" {
    [[It's true, which is why it goes before you can stop it. The dots come and go for a long time. *Me too. So much. Thursday x*]],
    go = wednesday, voice = "%+5", patience = "%-5",
    effect = set("reply", "warm"),
    note = "Telling him you miss him is honest. He will also hear a door open wider than you opened it, and that part is his to manage.",
  },
}

scene "wed_quiet" {
  [[Wednesday, twenty to ten. You are ironing a shirt for a conversation, in a back bedroom in Catford, on a board that wobbles if you lean on it.]],
  function(s)
    if s.reply == "limit" then
      return [[Your phone has been quiet since Sunday. Not a word from him: not *how are you*, not a photo of a loaf. You asked him for that and he has done it, and you keep checking anyway, as if to watch him doing it.]]
    elseif s.reply == "warm" then
      return [[There is one message from him, from this morning: *Jordan says hello. See you tomorrow. No need to answer.* Just the one. After what you sent on Sunday you had half expected a flood, and it hasn't come.]]
    end
    return [[There is one message from him, from teatime: *Oven's playing up but I'll be there. No need to answer.* Nothing since.]]
  end,
  [[Funmi puts her head round the door with two mugs. 'So,' she says. 'What are you going to say to him?']],
  choice "Go through the list again in your head" {
    [[You go through it the way you have since April, point by point: the Belgrave, King's, the quiet. Funmi watches you not answer her, and goes to run Tobi's bath.]],
    go = "lena", voice = "%-5",
    note = "Rehearsing in silence is an old habit of yours. A year of it filled a notebook, and reached him as a note.",
  },
  choice "Tell Funmi, out loud, the whole of it" {
    [[You tell her. It comes out in the wrong order and too loud, and you cry once, at King's, and she hands you a tea towel because it's nearest. 'Right,' she says at the end. 'Now say it like that to him.']],
    go = "lena", voice = "%+10",
    note = "Saying it aloud once, to someone safe, is how a list turns into something you can say to a face.",
  },
  choice "Hang the shirt up and go to bed" {
    [[You hang it on the back of the door and turn the lamp off at ten, like a baker, though you haven't been one for eleven weeks.]],
    go = "lena", patience = "%+8",
    note = "Not every night before a hard talk has to be spent on it. Sleep is a kind of patience too.",
  },
}

scene "wed_van" {
  [[Wednesday, twenty to ten. You are ironing a shirt for a conversation, in a back bedroom in Catford, on a board that wobbles if you lean on it.]],
  page_break,
  [[You go to pull the blind, and there it is under the street lamp opposite: the green van. LOWE & COLE along the side in the gold you painted, your own name looking up at the window.]],
  function(s)
    if s.reply == "limit" then
      return [[You asked him for nothing before Thursday. You put it in writing. He wrote back *Understood*.]]
    end
  end,
  [[He doesn't get out. The engine is running; you can see the exhaust in the cold. You stand in the dark with the blind cord in your hand and the iron ticking behind you, and you count. Four minutes. Seven. At nine your hands start to shake, and you are furious with them, because it's only Dai. It's only Dai, outside your sister's house at night, and you didn't ask him to come.]],
  [['Is that him?' Funmi says from the doorway. Tobi is asleep across the landing. She doesn't put the light on.]],
  choice "Text him: 'I can see the van. Go home, Dai.'" {
    [[Your thumbs are clumsy. You send it and watch the windscreen. A phone lights up behind it. For a whole minute nothing happens; then the headlights come on, and the van pulls away, slowly, as if slowly made it better.]],
    id = "van-text", go = "lena", tags = { "boundary" }, voice = "%+15",
    effect = function(s) s.named:add("van") end,
    note = "Telling him plainly that you saw, and that he should go, gives him something true to carry home. He can't guess at it afterwards.",
  },
  choice "Go down to him. He's been sitting out there in the cold." {
    [[You go down in Funmi's slippers. He winds the window down and the heater breathes out at you, and there's a paper bag of buns on the passenger seat, and his face when he sees you is so glad that you get in. 'I just needed to see you were all right,' he says. You sit in the van for twenty minutes and talk about the oven. When you go back up, Funmi doesn't say anything, which is how you know.]],
    id = "van-go-down", go = "lena", tags = { "boundary" }, voice = "%-10",
    effect = set("lean", 2),
    note = "Going down was kind, and it was also the thing he came for. A line you step over for him is a line he learns can be stepped over.",
  },
  choice "Stand in the dark until he goes" {
    [[You don't move. Funmi doesn't either. At eleven minutes the van pulls away, and you find you've wound the blind cord so tight round one finger that it has gone white. You don't tell him you saw. You tell Lena, by text, after midnight.]],
    id = "van-dark", go = "lena", tags = { "boundary" }, voice = "%-5",
    note = "Saying nothing keeps the peace for a night, and leaves him to decide for himself what the dark window meant.",
  },
}

scene "wed_texts" {
  [[Wednesday, ten to eleven. The shirt is ironed and on the back of the door, and you are lying on the sofa bed not sleeping when the phone buzzes on the windowsill.]],
  page_break,
  [[*Still on for tomorrow?*]],
  [[Before you've decided what to say, it goes again. *Ade?* And a minute after that: *You there? Just want to know you're ok.*]],
  function(s)
    if s.reply == "limit" then
      return [[On Sunday you asked him for nothing before Thursday, and he wrote back *Understood*. He has understood it for three days.]]
    elseif s.reply == "warm" then
      return [[You told him you missed him. You meant it. You didn't mean this.]]
    end
    return [[Twelve years, and he has never texted you three times about anything. Not the night at King's. Not the morning after the note.]]
  end,
  [[The phone lies face up on the sill, lit, waiting for you to do something about him.]],
  choice "'Yes. Still on. Stop now, please. Goodnight.'" {
    [[You send it and turn the phone over. It buzzes once more, and you don't look until the morning: *Sorry. Night.*]],
    go = "lena", tags = { "boundary" }, voice = "%+15",
    effect = function(s) s.named:add("texts") end,
    note = "One plain answer, with the stop in it, lets him know where the line was without you having to manage his night.",
  },
  choice "Ring him. He sounds frightened." {
    [[He picks up on the first ring. He's sorry, he says, he's sorry, he just got in his own head, and for forty minutes you talk him down, the way you used to talk down the Belgrave's head chef, and when you hang up it has gone midnight and somehow you're the one who feels he's done something wrong.]],
    go = "lena", tags = { "boundary" }, voice = "%-10", patience = "%-5",
    effect = set("lean", 2),
    note = "Soothing him at midnight made his fright your job. It's the old arrangement, and leaving was how you got out of it.",
  },
  choice "Turn the phone face down and leave it till morning" {
    [[You put it face down on the sill. It buzzes twice more against the paint. You lie there and listen to Funmi's boiler, and sleep at some point after two.]],
    go = "lena", tags = { "boundary" }, voice = "%-5",
    note = "Not answering protects your night. It also means he never hears from you what three messages felt like.",
  },
}

scene "lena" {
  page_break,
  [[Thursday, eleven in the morning. Lena's flower stall outside Denmark Hill station: buckets of eucalyptus, the last of the chrysanthemums, and Lena in fingerless gloves with a flask of something that isn't only tea. You have been friends since catering college, when she set fire to a crêpe pan and you put it out with a baking tray.]],
  function(s)
    if s.owed:has("van") and s.lean < 2 then
      return [['I'm driving you tonight,' she says, before you've said hello. 'I'll park at the bus stop and read my book and I won't come in. Don't argue.' You don't argue.]]
    elseif s.owed:has("van") then
      return [['You got in the van,' she says, and it isn't a question. 'Ade. Love.' She leaves it there, which is worse than if she hadn't.]]
    elseif s.owed:has("texts") then
      return [['Three,' she says, reading your phone upside down. 'This from the man who once took four days to answer me about a wedding cake.']]
    end
  end,
  [['So what are you saying tonight?' she asks. 'And don't give me the list. I know the list. I could do the list at karaoke.']],
  [[You tell her anyway: that he stopped seeing you, that you're not coming back to how it was. She wraps a bunch of ranunculus for a woman in scrubs and takes the money without looking. 'That's all about him,' she says. 'What did you do? In all of it?']],
  choice "'I went quiet. I wrote it down instead of saying it.'" {
    [[It's out before you can dress it. Lena nods slowly, as if you've handed her the right change. 'And then?']],
    [['And then I left a note under a dough scraper.']],
    [['There you go,' she says. 'Say that bit too. It's the bit he won't be expecting.']],
    go = "th_arch", voice = "%+10", respect = "%+8", effect = set("own_part", true),
    note = "Naming your own part, even to a friend at a flower stall, gives a fog of guilt some edges: something you can set on the table beside his.",
  },
  choice "'I waited a year for him to notice. That's what I did.'" {
    [['Fair,' says Lena, with a look over the flask that says it isn't, quite. She lets it go. She's good at that. It's why you're still friends.]],
    go = "th_arch", respect = "%-5",
    note = "Hurt can keep your own part out of sight for a long time. It's still there when you go looking for it.",
  },
  choice "'Not today, Lena.'" {
    [['Okay,' she says, and pours you a cup from the flask, and doesn't mention it again all morning. That's worse.]],
    go = "th_arch", patience = "%+5",
    note = "Putting off a hard question is allowed. It'll be waiting at the arch.",
  },
}

scene "th_arch" {
  page_break,
  [[Thursday, two minutes to seven. Arch Nine.]],
  function(s)
    if s.owed:has("van") and s.lean < 2 then
      return [[Lena parks her red Fiesta at the bus stop, puts the hazards on and opens her book. 'Right here,' she says, without looking up. 'All night, if it comes to it.']]
    end
    return [[You walk from the station the long way, past the chicken shop and the launderette and the tyre place, the way you walked to work for twelve years. A train goes over into Victoria and the brick hums like a held note.]]
  end,
  [[The shutter is down to knee height, with light underneath. Above it the sign still says LOWE & COLE, gold on green. You painted it twelve years ago, up a ladder he held while he complained about the ampersand.]],
  [[Your key is on your ring; it's still half your arch. You knock anyway, twice, the way a delivery driver knocks, and duck under.]],
  page_break,
  [[He has scrubbed the bench; you can smell it. Two stools, two mugs, and a tray of cardamom buns, lopsided, the cardamom ground too coarse. He has been trying to make your buns. He stands up too fast and knocks a stool over, and rights it, and then doesn't know what to do with his hands.]],
  call = function(s) return first_owed(s, "van", "texts") end,
  go = "th_open",
}

-- ------------------------------------------------- his apologies, and yours to judge

-- Entered with s.item set, by a call from the arch, the January post or the
-- reckoning at Margate; every way out goes back there.

scene "sorry" {
  function(s)
    local d = s.dai
    s.dai = ""
    if d == "raised" then
      return [[He doesn't answer straight away. He looks down, and then at you, and you can see him decide not to argue.]]
    elseif d == "pressed" then
      return [[He goes quiet. A long quiet. When he speaks again it's a different voice, the one he uses for bad news about an order.]]
    elseif s.month == 1 then
      return [['Can I say something first?' he says. 'Then it's yours, all of it. But this first.']]
    elseif s.month == 3 then
      return [[The letter is one side of lined paper in his capitals, the ones he uses for labels on the proving trays.]]
    end
    local w = s.item
    if w == "van" or w == "texts" then
      return [[He puts his finger on the third line and reads it out, so you don't have to.]]
    elseif w == "notebook" then
      return [['This one,' he says, and taps a line halfway down, and doesn't look up.]]
    elseif w == "counter" then
      return [[He turns the invoice round so that you can read the next line for yourself.]]
    end
    return [[The last line is in different ink, as if he added it this morning.]]
  end,
  function(s)
    local w = s.item
    if w == "van" and taken("van-go-down") > 0 then
      return [[{month == 4:'The van,' he says. 'The night before the arch.  |'Wednesday,' he says. '}I drove to Funmi's and sat outside with the engine running until you came down in your slippers. You came because you're kind, and I knew you would. You hadn't asked me there. I made the cold your problem, in front of your sister. I'm sorry. I won't come where you're staying unless you ask me to.']]
    elseif w == "van" then
      return [[{month == 4:'The van,' he says. 'The night before the arch.  |'Wednesday,' he says. '}I drove to Funmi's and sat outside with the engine running. I told myself I only wanted to see your light. But you hadn't asked me there, and {named has van:you|if you saw, you} had to stand at the window in the dark and work out what I was going to do.{named has van:  And you had to be the one to say so.|} I'm sorry. I won't come where you're staying unless you ask me to.']]
    elseif w == "texts" then
      return [[{month == 4:'The texts,' he says. 'The night before the arch.  |'Last night,' he says. 'The texts.  }Three of them, at eleven o'clock, when you'd already said Thursday. I made you answer for my nerves, in your sister's house. I'm sorry. If you say a day, that's the day. I won't chase it.']]
    elseif w == "notebook" and s.month == 3 then
      return [[*Ade. Your notebook. I read it. {lied:Then I stood in the hall and told you I hadn't, which was worse than the reading.  |}It was what you'd written for yourself and you hadn't given it to me, and I knew that before I'd read a word. I'm sorry I read it. I won't ask you what else is in it. D.*]]
    elseif w == "notebook" then
      return [['Your notebook,' he says. 'I read it. {lied:Then I lied to you about it, in the hall, with your boxes round us.  |}It was what you'd written for yourself, and you hadn't given it to me. I'm sorry I read it{lied:, and I'm sorry I lied|, and that you had to hear it from me like that}.']]
    elseif w == "counter" then
      return [['The Bread Room,' he says. 'I came to your work. You couldn't walk off; you had a queue and an apron and Fatima's name over the door. I know exactly what that is, standing behind a counter, and I did it to you anyway.{arch has van:  And I'd promised in the arch I wouldn't come where you were without asking. I broke that.|{taken give-me-january:  And you'd asked me to keep away.|}} I'm sorry. I won't come there again.']]
    end
    return [['Last night,' he says. 'The messages. Four of them, when you'd said Sunday and the 9.40.{arch has texts:  I promised you in November I'd stop doing that, and I did it again.|} I made Saturday night about whether you'd meant it. I'm sorry.']]
  end,
  "{cycle: He stops there, and doesn't add anything to it. | That's all. He doesn't dress it up. | He leaves it there, with nothing after it.} {month == 3: There's nothing else on the page.  | He waits for you.}",
  choice "{cycle: 'Thank you for saying it. Don't do it again.' | 'All right. Thank you. Not again, though.' | 'I'll take that. Thank you.'}" {
    id = "accept-it",
    "{month == 3: You text him those words, exactly, and put the letter in the back of the notebook. | {cycle: He nods, once, as if he's signing for a delivery. 'I won't.' | 'I won't,' he says. Just that. | He breathes out, and his shoulders come down an inch.}}",
    back = true, tags = { "repair" }, respect = "%+8", voice = "%+5", effect = mend,
    note = "Accepting an apology that names exactly what he did is a decision, not a duty. You made it, and told him what it was worth.",
  },
  choice "{cycle: 'I hear you. It isn't enough.' | 'I believe you. It still isn't enough.' | 'That's a real sorry. It isn't enough.'}" {
    id = "not-enough",
    "{month == 3: You text him those words, exactly, and put the letter in a drawer. | {cycle: He takes it. He doesn't argue, which is something. | 'Okay,' he says, very quietly. 'That's fair.' | He looks at the table for a long moment, and nods.}}",
    back = true, voice = "%+10", effect = refuse,
    note = "You can hear a real apology and still say it isn't enough. Sorry opens a door; it doesn't oblige you to walk through it.",
  },
  choice "{cycle: 'Why did you do it?' | 'Tell me why, first.' | 'Why, though, Dai?'}" {
    id = "why",
    "{month == 3: You ring him. He picks up on the first ring, and you ask him.}",
    go = "sorry_why", patience = "%+5",
    note = "Asking why before you decide isn't softness. It lets you judge the apology by more than its wording.",
  },
}

scene "sorry_why" {
  function(s)
    local w = s.item
    if w == "van" then
      return [['Because I thought you might not come,' he says. 'And if I saw your light on I'd know you were still there, somewhere I could drive to. That's not a reason. It's just what it was.']]
    elseif w == "texts" or w == "eve" then
      return [['Because when you don't answer I hear the quiet from last year,' he says. 'And I panic, and I try to fill it. It was my panic. I made it yours.']]
    elseif w == "notebook" then
      return [['Because it had *D.* on the first page,' he says. 'And I thought, if I knew what was in it, I'd know what to say, and I'd get it right for once. I wanted the answers before the exam. That's all it was.']]
    end
    return [['Because I wanted to see you somewhere that was yours,' he says. 'And I didn't ask, because you might have said no. Which is the whole reason I should have asked.']]
  end,
  "{cycle: You hear it. It doesn't change what he did; it changes what you know about him. | It's the truth, you think. It isn't an excuse, and he hasn't offered it as one. | You believe him. That was never the question.}",
  choice "'All right. I accept it.'" {
    "{month == 3: On the other end of the line, you hear him breathe out. | {cycle: He nods. He doesn't thank you, and you're glad; it isn't a favour. | 'Okay,' he says, and the word has a lot in it.}}",
    back = true, tags = { "repair" }, respect = "%+10", effect = mend,
    note = "Understanding why he did it, and then deciding his sorry is enough, is forgiveness you chose with your eyes open.",
  },
  choice "'That's why. It still isn't enough.'" {
    "{month == 3: There's a long quiet on the line. 'Okay,' he says at last. 'That's fair.' | {cycle: He nods, slowly. He doesn't ask you to change your mind. | 'I know,' he says. 'I'd say the same.'}}",
    back = true, voice = "%+10", effect = refuse,
    note = "A reason can be true and still not be enough. Saying so is allowed.",
  },
}

scene "unnamed" {
  "{month == 4: {cycle: You read his list twice, to be sure. It isn't on it. | That isn't on the list either. | Nor is that. | Nor that.} | He pours the tea. 'Thanks for coming,' he says, and his hands are steady now, and he doesn't say anything about Wednesday. Nothing at all.}",
  function(s)
    local w = s.item
    if w == "van" and taken("van-go-down") > 0 then
      return [[Twenty minutes in the van in Funmi's slippers, and Funmi on the landing afterwards, not saying anything.]]
    elseif w == "van" then return [[You can still see the exhaust in the cold under the street lamp.]]
    elseif w == "texts" then return [[*Still on for tomorrow? Ade? You there?*]]
    elseif w == "notebook" then return [[Page four, and the line you crossed out and wrote again.]]
    elseif w == "counter" then return [[The queue watching, and the woman with the twins waiting for her change.]]
    end
    return [[Four messages, and the last one: *Sorry. Ignore me. x*]]
  end,
  choice "{taken van-go-down: 'You shouldn't have come to Funmi's {month == 4:that night|on Wednesday}.' | 'You were outside Funmi's {month == 4:the night before the arch|on Wednesday}.'}" {
    id = "raise-van", when = function(s) return s.item == "van" end,
    go = raised, voice = "%+10",
    note = "Naming the thing he hasn't named puts it on the bench between you, where both of you can see it.",
  },
  choice "'Three texts, Dai. The night before.'" {
    when = function(s) return s.item == "texts" end,
    go = raised, voice = "%+10",
    note = "Naming the thing he hasn't named puts it on the bench between you, where both of you can see it.",
  },
  choice "'You haven't said a word about my notebook.'" {
    when = function(s) return s.item == "notebook" end,
    go = raised, voice = "%+10",
    note = "Naming the thing he hasn't named puts it on the table between you, where both of you can see it.",
  },
  choice "'You came to the Bread Room.'" {
    when = function(s) return s.item == "counter" end,
    go = raised, voice = "%+10",
    note = "Naming the thing he hasn't named puts it on the table between you, where both of you can see it.",
  },
  choice "'Last night. The messages.'" {
    when = function(s) return s.item == "eve" end,
    go = raised, voice = "%+10",
    note = "Naming the thing he hasn't named puts it on the table between you, where both of you can see it.",
  },
  choice "{month == 4: Let it go. | Let it go. Not tonight.}" {
    id = "let-it-go", back = true, patience = "%+5", voice = "%-5", effect = leave,
    note = "Letting it go for now is allowed. If he never names it, it stays where it is, between you.",
  },
}

scene "excuse" {
  function(s)
    local w = s.item
    if w == "van" then
      return [['I wasn't going to knock,' he says. 'I only wanted to see your light was on. I'd never have come up.' As if that were the part that mattered.]]
    elseif w == "texts" then
      return [['I just wanted to know you were still coming,' he says. 'Is that so bad?']]
    elseif w == "notebook" and s.lied then
      return [['I didn't read it,' he says, and goes red from the collar up.]]
    elseif w == "notebook" then
      return [['I told you I'd read it,' he says. 'I didn't hide it. What more do you want?']]
    elseif w == "counter" then
      return [['I bought a bun, Ade,' he says. 'I queued like everyone else.']]
    end
    return [['I was nervous,' he says. 'And I said sorry at the end, didn't I? Ignore me, I said.']]
  end,
  choice "Tell him what it was like, from your side" {
    "{cycle: So you tell him: where you were standing, what your hands did, what you had to stop doing to deal with him. You don't raise your voice. You don't need to. | You tell him what it was like from where you were. It comes out steadier than you expected. | You tell him. Plainly, the way you're learning to.}",
    go = second_try, voice = "%+10",
    note = "Telling him what it was like from where you stood is not an attack. It's the information he didn't have.",
  },
  choice "Leave it there" {
    back = true, voice = "%-5", effect = leave,
    note = "Leaving it there spares you both a row, and leaves him believing it was nothing.",
  },
}

scene "hollow" {
  function(s)
    if s.item == "notebook" and s.lied then
      return [['I've said I didn't,' he says, and that's the end of it, because he's decided it is. He has known your face for twelve years; he must know you know.]]
    end
    return [['I'm sorry you felt like that,' he says. It's the wrong sorry, and you both hear it.]]
  end,
  function(s) leave(s) end,
  back = true,
}

-- ---------------------------------------------------------------- the talk

scene "th_open" {
  function(s)
    if crossings(s) == 0 and s.reply == "limit" then
      return [['You said nothing before Thursday,' he says. 'So I didn't. I picked the phone up about forty times. Jordan confiscated it on Tuesday.']]
    elseif crossings(s) == 0 and s.reply == "warm" then
      return [['I nearly rang you after Sunday,' he says. 'After what you wrote. I didn't. I thought it ought to be Thursday, since that's what you said.']]
    end
  end,
  [[He sits on the far stool, the one by the proving cabinet, and leaves you the one nearest the shutter. 'I had a speech,' he says. 'I binned it. You go.']],
  [[A train goes over. He waits for it to pass, and so do you.]],
  choice "'The Belgrave. You said yes on the phone with me standing right there.'" {
    go = listens, voice = "%+10", effect = set("topic", "belgrave"),
    note = "Starting with the plain fact of what hurt, and not with a summary of him, gives him something he can answer.",
  },
  choice "'I want to talk about King's. The chair.'" {
    go = listens, voice = "%+10", effect = set("topic", "kings"),
    note = "Starting with the night that hurt most is brave, and it tells him what this evening is for.",
  },
  choice "'How's the oven?{seen wed_quiet: {reply == plain:  You said it was playing up.|}|}'" {
    id = "oven", go = "th_small", voice = "%-5",
    note = "Small talk first is kind to you both. It's also how the last year went: everything but the thing.",
  },
}

scene "th_small" {
  [[He tells you about the oven: the thermostat, the engineer from Croydon, the part on back order from Italy. Then about Jordan passing his Level 2, and the new flour, and the rent review in March. You nod. It's easy. It's so easy that for ten minutes you forget why it's easy.]],
  [[He runs out. 'You didn't come about the oven,' he says.]],
  choice "'No. The Belgrave.'" {
    go = listens, voice = "%+8", effect = set("topic", "belgrave"),
    note = "Coming back to the thing after the small talk is still coming back to it.",
  },
  choice "'No. King's.'" {
    go = listens, voice = "%+8", effect = set("topic", "kings"),
    note = "Coming back to the thing after the small talk is still coming back to it.",
  },
}

scene "th_defends" {
  function(s)
    if s.topic == "belgrave" then
      return [[You get as far as *standing right there* before he's in. 'We needed it, Ade. The rent went up forty per cent; you did the books, you *saw*.' He's on his feet. He has the numbers. He always has the numbers.]]
    end
    return [['Ade, we were two hundred short,' he says, before you've finished the sentence. 'The mixer tripped the fuse, Jordan was in tears over a tub of dough; if I'd left...' He has told himself this so often that it comes out polished.]]
  end,
  choice "'I know. Let me finish.'" {
    [[He stops with his mouth open. Then he sits down. 'Sorry,' he says. 'Go on.']],
    go = "th_heard", voice = "%+15", achieve = "four-words",
    effect = function(s) s.heard = true; s.dai = "stopped" end,
    note = "'Let me finish' is four words. For a year you couldn't say them; tonight you could.",
  },
  choice "Let him explain. He isn't wrong about the rent." {
    [[So he explains. He's thorough: the rent, the fuse, the head chef, the VAT quarter. By the end you're nodding, and you can't remember what you came in wanting to say, and it feels exactly like the last year.]],
    go = "th_rest", voice = "%-10",
    note = "He wasn't wrong about the rent. That was never what you came to say, and letting him win the facts lost you the rest of it.",
  },
  choice "'You picked a hotel over me. Over my dad.'" {
    [[It lands. You watch it land. He sits down slowly, as if he isn't sure the stool is there. 'That's not fair,' he says, very quietly. And then: 'Go on. I'm listening.']],
    go = "th_heard", respect = "%-15", voice = "%+5",
    effect = function(s) s.heard = true; s.dai = "stung" end,
    note = "The sharpest sentence stops him, and it costs you the fairness you came in with. Hurt told plainly lands harder than hurt thrown.",
  },
}

scene "th_heard" {
  function(s)
    local d = s.dai
    s.dai = ""
    if d == "" then return [[He doesn't interrupt. He puts his mug down, as if it might make a noise.]] end
  end,
  function(s)
    if s.topic == "belgrave" then
      return [[So you tell it. Doing the float in March; him coming through from the back with the phone clamped to his floury shoulder. *Yes. Yes, we can do that. Six hundred a day from April.* The look on his face afterwards, as if he'd brought you flowers. 'I was a yard away,' you say. 'You didn't look at me once.' And then King's, because one led to the other: your dad in the ambulance, the corridor, the chair beside the bed, and his text at midnight. *Belgrave order's gone wrong, 200 short, can't leave Jordan with it. First thing tomorrow. x*]]
    end
    return [[So you tell it. June: your dad's stroke, ringing him from the back of the ambulance, then from a corridor, then from the chair beside the bed on a ward where every machine beeps in a different key. *I'm coming,* at eight and again at ten. At midnight: *Belgrave order's gone wrong, 200 short, can't leave Jordan with it. First thing tomorrow. x* And the Belgrave behind it, because one led to the other: March, the phone on his shoulder, *yes, we can do that*, and you a yard away.]]
  end,
  [[Twice he opens his mouth and shuts it again, and both times he lets you go on.]],
  choice "Tell him about the nurse at four in the morning" {
    [['About four,' you say, 'the night nurse asked if there was nobody for me, love. I said my husband was at work. She said, "At four in the morning?" and I said he's a baker, and she laughed, and I laughed, and then I went and cried in the disabled toilet for twenty minutes.' You shrug. It was meant to come out lighter than that.]],
    go = "th_rest", voice = "%+10",
    note = "The detail you've never told anyone is the one that lets him see the night from your chair.",
  },
  choice "Keep the nurse to yourself. Not tonight." {
    [[You leave the nurse out. He nods, as if he understands there's more and that it isn't his to ask for tonight.]],
    go = "th_rest", patience = "%+8",
    note = "You don't owe him every detail on the first night. Keeping some back is yours to choose.",
  },
}

scene "th_rest" {
  function(s) s.topic = "" end,
  [['And after that it was just quiet,' you say. 'You stopped asking me things. Not big things. What I thought of the new flour. Whether it was raining. I told Mrs Lisowska more about my day than I told you, and she only comes in on Saturdays.']],
  function(s)
    if s.heard then return [['Yes,' he says. 'I did that.']] end
    return [[He opens his mouth, and you wait for the numbers, but he shuts it again.]]
  end,
  "There's the other half of it, though. {own_part: It has been sitting in your chest since Denmark Hill.  | You can feel it there, and you don't look at it.}",
  choice "Tell him your part: the quiet, the list, the note under the dough scraper" {
    available = function(s) return s.own_part end,
    reason = "you haven't let yourself look at your own part yet",
    [['It wasn't all you,' you say. 'I went quiet too. I wrote it all down in a notebook instead of saying it to your face, and then I left with a note under the dough scraper. That was a coward's way to go. I know it was.']],
    go = takes_it, voice = "%+10", respect = "%+10",
    note = "Owning your part doesn't cancel his. It makes the talk a conversation between two people instead of a case against one.",
  },
  choice "'I know I wasn't easy either.'" {
    go = "th_merthyr", respect = "%+3", effect = set("dai", "vague"),
    note = "Half an admission can be a way of not making one.",
  },
  choice "'That's my side. Now I want yours.'" {
    [['Where were you, Dai?' you say. 'This whole year. Because you weren't here, even when you were.']],
    go = "th_merthyr", voice = "%+5", effect = set("dai", "turn"),
    note = "Handing him his turn, and asking for the truth in it, is how a talk stops being a trial.",
  },
}

scene "th_merthyr" {
  function(s)
    local d = s.dai
    s.dai = ""
    if d == "thanks" then
      return [[He's quiet for a long moment. 'Thank you,' he says. 'For saying that. You didn't have to.']]
    elseif d == "seized" then
      return [['It was,' he says, and there's heat in it. 'I came home to a note, Ade. Four lines.' Then he hears himself; you watch him hear himself. 'Sorry. That's not... sorry.']]
    elseif d == "vague" then
      return [['You were fine,' he says, too quickly, and you let him have it, because it's easier than saying more.]]
    end
    return [[He takes a breath, as if he's going under water.]]
  end,
  [[Then he tells you about Merthyr. Lowe's, on the High Street, one name over the door. His dad doing the books at the kitchen table after the boys had gone up, and the night Dai came down for water at fourteen and found him crying into the ledger. The auction that spring. And how his dad never said one word about any of it, to anyone, ever again.]],
  [['When the rent went up,' he says, 'all I could see was that table. I thought if I kept my head down and said yes to everything, we'd never end up there. And I stopped seeing you. I know I did.']],
  [[Twelve years. He has never told you any of this.]],
  choice "'Tell me about the ledger.'" {
    [[So he does: red ink and black, the columns his dad ruled by hand, the pencil that turned to biro as the months went on. He talks for a long time. You don't help him. You just let him.]],
    go = year_sorry, respect = "%+10", patience = "%+5",
    note = "Asking for more of his story, when you came to tell yours, is how you learn what the year looked like from his side of the bench.",
  },
  choice "'Twelve years, Dai. You never said a word.'" {
    [['I know,' he says. 'I didn't know how. I still don't, really. This is me not knowing how.']],
    go = year_sorry, voice = "%+10",
    note = "Saying that it hurts to hear it only now is honest, and it leaves the door open for more.",
  },
  choice "'That was your dad's shop. It wasn't ours.'" {
    [['No,' he says. 'I know.' But something goes out of his face, like a pilot light, and he says no more about Merthyr.]],
    go = year_sorry, respect = "%-10",
    note = "It's true, and it shuts a door he had only just opened. Understanding his fear doesn't excuse the year; it explains it.",
  },
}

scene "th_year" {
  [[When the next train has gone, he says it. 'I'm sorry about King's. I should have been in that chair, and I wasn't, and there's no version where the Belgrave was more important. And I'm sorry for the year. For not asking. That's it. There isn't a but.']],
  choice "'Thank you. I needed to hear that.'" {
    go = "th_deptford", respect = "%+5", voice = "%+5",
    note = "Receiving a clean apology well is a skill too: you let it land without turning it into a verdict.",
  },
  choice "'It's a start. It isn't an answer.'" {
    go = "th_deptford", patience = "%+10",
    note = "An apology can be real and still not settle anything. You're allowed to take it and keep thinking.",
  },
}

scene "th_year_but" {
  [['I'm sorry,' he says. 'About King's, and all of it. But the Belgrave did keep us open, Ade. You know it did.']],
  choice "'Say it again without the but.'" {
    [[He looks at you. Then he says it again, slowly, without the but, and it's a different sentence.]],
    go = "th_deptford", voice = "%+15",
    note = "Asking for the sorry without the but is asking for the real one. He could give it, once he was asked.",
  },
  choice "Let it go. It's near enough." {
    go = "th_deptford", voice = "%-10",
    note = "Near enough is how the last year went.",
  },
}

scene "th_deptford" {
  function(s) s.reply = "" end,
  [[It's nearly nine. The oven has stopped ticking. You have your coat across your knees.]],
  [[There's one more thing, and it has to be tonight or it will reach him through Jordan, who will have it from Instagram. You've taken a flat in Deptford, a one-bed over a Turkish barber's on the high street. You move in on the first of January. Fatima at the Bread Room in Greenwich wants you three days a week on pastry and Saturdays on the counter.]],
  choice "Tell him all of it, plainly" {
    [[You tell him. The barber's, the first of January, the Bread Room, Saturdays. You don't apologise for any of it.]],
    go = hears_news, voice = "%+10",
    note = "A plan you made for yourself doesn't need his permission, and telling it plainly tells him so.",
  },
  choice "Tell him, and soften it: 'It's only a flat.'" {
    [['It's only a flat,' you hear yourself say. 'It doesn't have to mean anything.' You don't know if that's true. It's what his face needed.]],
    go = hears_news, respect = "%-5",
    effect = function(s) s.jan = "soft"; s.lean = math.min(s.lean + 1, 2) end,
    note = "Softening the news to spare him is kind for a minute. It also tells him something you don't know to be true.",
  },
}

scene "th_after" {
  function(s)
    local d = s.dai
    s.dai = ""
    if d == "glad" and s.jan == "soft" then
      return [['Right,' he says, and you watch him hold on to *it doesn't have to mean anything* like a rail on a bus.]]
    elseif d == "glad" then
      return [[He's quiet, and then he says, 'That sounds right. The Bread Room's good. Fatima's good.' You can see him decide to mean it, and then mean it.]]
    end
    return [['Already?' he says. 'You've already...' He stops himself. 'No. Sorry. It's yours to decide. It's just a lot.']]
  end,
  [[He walks you to the shutter and holds it up while you duck under. 'What happens now?' he says. 'You say. I mean it: you say.']],
  choice "'Give me January. Don't come to the flat or the Bread Room. I'll ring you.'" {
    id = "give-me-january",
    [['January,' he says, as if he's writing it up on the whiteboard. He holds the shutter until you're under it, and you go out into the cold without looking back, which is not the same as not wanting to.]],
    go = "december", voice = "%+10", patience = "%+5",
    effect = function(s) s.jan = "work"; s.lean = math.max(s.lean - 1, 0) end,
    note = "Asking for a stretch of time that's only yours, and saying where, gives him a line to keep and you a place to stand.",
  },
  choice "'We do this again. Not soon. But again.'" {
    [['Again,' he says. 'Not soon.' He says it carefully, like a recipe he's been given over the phone. You duck out into the cold, and halfway down the street you find you're not crying, and then you are, a bit, and then you're not.]],
    go = "december", patience = "%+5",
    note = "Agreeing to talk again, without a date, leaves the pace with you both.",
  },
  choice "'I don't know yet. That's the truth.'" {
    [['Okay,' he says. 'That's allowed.' In twelve years he has never said that to you. You think about it all the way back to Catford.]],
    go = "december", voice = "%+5", patience = "%+5",
    note = "'I don't know' is an answer. Saying it plainly is better than a yes or a no you'd have to take back.",
  },
}

-- ---------------------------------------------------------------- December

scene "december" {
  function(s)
    if taken("van-text") + taken("van-dark") > 0 then
      return [[Lena's hazards are still blinking at the bus stop. She puts her book face down on the dashboard, takes one look at you, and drives you back to Catford without asking a thing.]]
    end
  end,
  page_break,
  function(s) s.month = 2 end,
  [[December, the second Sunday. Funmi has lent you the car to fetch the rest of your things from Calder House: the flat on the fourth floor with both your names on the mortgage and twenty-two years still to run.]],
  [[You ring Dai on the Saturday to say what time. He's boxed it all, he says. Whites, books, the good piping bags, your mum's cake tin.]],
  [[Then there's the blue notebook, in your bedside drawer under the chargers. The pastry orders in it stop in April. After that it's the other thing, in smaller writing, pressed hard enough to dent the page behind: *Things to say to D. when he's awake.*]],
  choice "'My blue notebook's in the drawer. Box it, please. Don't read it.'" {
    go = december, voice = "%+10", effect = set("nb_ask", "dont"),
    note = "Saying 'don't read it' aloud feels like admitting there's something in it. It also draws the line where he can see it.",
  },
  choice "'There's a blue notebook in the drawer. It's only the orders.'" {
    go = december, voice = "%-5", effect = set("nb_ask", "orders"),
    note = "A small lie to make it look like nothing is a way of guarding it without asking him to.",
  },
  choice "Say nothing about it. He never read anything you left out." {
    go = december,
  },
}

scene "nb_clean" {
  [[Calder House smells of his coffee and not of yours. The boxes are in the hall, taped and labelled in his capitals: WHITES. BOOKS. KITCHEN (ADE). He's out. He said he would be, so that you could do this without him, and he is.]],
  function(s)
    if s.nb_ask == "dont" then
      return [[On top of the last box is the blue notebook, with an elastic band round it and a yellow sticky note: NOT OPENED. YOU ASKED. D.]]
    elseif s.nb_ask == "orders" then
      return [[On top of the last box is the blue notebook, with an elastic band round it and a sticky note: THE ORDERS BOOK. NOT OPENED. D. He knows it isn't only the orders, of course he does. He has left it shut anyway.]]
    end
    return [[On top of the last box is the blue notebook. You never asked him not to read it. It has an elastic band round it, and a sticky note: FOUND THIS. DIDN'T OPEN IT. D.]]
  end,
  [[You stand in the hall of the flat you left and hold it, and find your eyes have gone hot, over an elastic band.]],
  choice "Text him: 'Thank you for the notebook.'" {
    [[*Thank you for the notebook,* you write, and then, because it's true: *It mattered.* He sends back a thumbs-up, which from Dai is practically a sonnet.]],
    go = "january", respect = "%+5", voice = "%+5",
    note = "Saying thank you for a line kept tells him that keeping it was seen. Respect noticed is respect that lasts.",
  },
  choice "Write on his sticky note: 'Page four's about you. Ask me one day.'" {
    [[You stick it on the kitchen bench, under the salt, and take the notebook with you. You hear nothing about it, and then on Christmas Eve a text: *One day. When you say. D.*]],
    go = "january", voice = "%+10", achieve = "page-four",
    note = "Offering him a page is the opposite of having it read. What's private is yours to share, when and if you choose.",
  },
  choice "Carry the boxes down and go" {
    [[Four trips in the lift. The notebook rides on top, on the passenger seat, all the way to Catford.]],
    go = "january", patience = "%+5",
    note = "Not everything needs an answer. He did the right thing; letting it be that is fine.",
  },
}

scene "nb_told" {
  [[Calder House, fourth floor. He's there, though you'd thought he might not be, with the boxes in the hall, taped and labelled in his capitals. The blue notebook is on the top one, by itself.]],
  [['Before you take it,' he says. His hands are in his back pockets, which means he's rehearsed this. 'I read it. I was boxing your drawer last night and I read the first page, and then I kept turning. Then I shut it. I'm telling you because you'd know anyway. You always know.']],
  function(s)
    if s.nb_ask == "dont" then
      return [[You asked him on the phone, not a day ago. *Don't read it.* He said *course not*.]]
    elseif s.nb_ask == "orders" then
      return [[You told him it was only the orders. He knew it wasn't, and now you both know he knew.]]
    end
  end,
  [[The first page begins *1. The Belgrave. You said yes on the phone while I was standing right there.* Page four has the line you crossed out and then wrote again, more neatly: *I don't think you'd notice if I went.* Every word was true when you wrote it, and none of it was for him. Not yet; maybe not ever. That was supposed to be yours to decide.]],
  choice "'That was mine, Dai. It wasn't yours to open.'" {
    [[He nods. He doesn't argue. You pick up the box and he holds the door, and neither of you says anything else, and the lift takes a year.]],
    go = "january", tags = { "boundary" }, voice = "%+15",
    effect = function(s) s.named:add("notebook") end,
    note = "Telling him it wasn't his to open names the line, even though he has already told you he crossed it.",
  },
  choice "'Which bits?'" {
    [[He tells you: the Belgrave, King's, the question about the rain. Then he stops. 'And page four,' he says. You take the box and go. You can't stand there and hear him say it.]],
    go = "january", tags = { "boundary" }, patience = "%-5",
    note = "Knowing exactly what he read is your right. It doesn't tell him what the reading cost you; only you can do that.",
  },
  choice "Take the box and go without a word" {
    [[You pick the box up with the notebook on top and go. He holds the door. The lift takes a year.]],
    go = "january", tags = { "boundary" }, voice = "%-10",
    note = "Walking out says something. It doesn't say what, and he will fill the gap with whatever he can bear.",
  },
}

scene "nb_lied" {
  [[Calder House, fourth floor. He's there, with the boxes in the hall taped and labelled in his capitals. The blue notebook is on the top one.]],
  function(s)
    if s.nb_ask == "dont" then return [['You said not to,' he says, nodding at it. 'So I didn't.']] end
    return [['Notebook's in there,' he says, nodding at it. 'Didn't look at it.']]
  end,
  [[He carries the heavy box down to Funmi's car for you. At the boot he stops and says, not looking at you, 'I'd have noticed, you know. If you went.' And then, to the tarmac: 'I did notice.']],
  [[Page four. *I don't think you'd notice if I went.* The line you crossed out and wrote again, more neatly, in April. You have never said it aloud to anyone.]],
  [[He hasn't heard what he's just told you. He's wedging the box behind the spare wheel.]],
  choice "'You read it.'" {
    "He straightens up. <>",
    go = owns_up, tags = { "boundary" }, voice = "%+15",
    effect = function(s) s.named:add("notebook") end,
    note = "Saying what you know, out loud, at the car, takes the lie out of the dark where it was doing its work.",
  },
  choice "Shut the boot. Say nothing. Get in the car." {
    [[You shut the boot. You get in. In the mirror he stands in the car park with his hands at his sides until you turn the corner.]],
    go = "january", tags = { "boundary" }, voice = "%-10",
    note = "Letting the lie stand saves a scene in a car park. It also means he gets to believe it worked.",
  },
}

scene "nb_admit" {
  [[He goes red from the collar up. 'Yes,' he says. 'Last night. Page one and... yes. I said I hadn't. I don't know why I said that.' He looks at the spare wheel as if it might help. It doesn't. You get in the car.]],
  go = "january",
}

scene "nb_deny" {
  [['I didn't,' he says. 'I just know you, that's all.' He shuts the boot. You both know. You get in the car.]],
  go = "january",
}

-- ---------------------------------------------------------------- January

scene "january" {
  page_break,
  function(s) s.month = 3; s.nb_ask = ""; s.heard = false end,
  [[January. The stairs up to the flat in Deptford smell of bay rum from the barber's below, and the barber's cat has decided that it lives with you on Tuesdays. You have two rings, a window that looks at the back of a church, and a bed that is yours and nobody else's.]],
  [[The Bread Room is ten minutes' walk down the hill to Greenwich: Fatima's bakery, white tiles, a queue on Saturdays that goes past the pet shop. Three days a week you're on pastry. On Saturdays you're on the counter, in a green apron that isn't yours, being asked where the loo is.]],
  function(s)
    if s.jan == "work" then
      return [[You asked him for January, at the shutter: not the flat, not the Bread Room. He took it down like an order.]]
    end
  end,
  go = the_post,
}

scene "jan_letter" {
  [[On the second Tuesday there's a letter on the mat at the foot of the stairs, in an envelope with the arch's stamp on the back, LOWE & COLE in a circle of wheat.]],
  call = "sorry",
  go = saturday,
}

scene "jan_card" {
  [[On the second Tuesday there's a card on the mat at the foot of the stairs. On the front, in biro, a cardamom pod, badly drawn. Inside:]],
  function(s)
    if s.jan == "work" then
      return [[*Good luck at the Bread Room. I won't come. You asked me not to. But I hope the queue's out the door. D.*]]
    elseif s.jan == "soft" then
      return [[*Good luck at the Bread Room. Jordan says the flat's got a cat. Only a flat, you said, but a cat's not nothing. D.*]]
    end
    return [[*Good luck at the Bread Room. D.*]]
  end,
  function(s)
    if s.owed:has("notebook") then
      return [[It doesn't mention the notebook. You turn it over, as if the back might.]]
    end
  end,
  choice "Send him a photo of your first tray at the Bread Room" {
    [[Forty buns, knotted and glossy, in Fatima's oven. He sends back: *Better than mine. Obviously.*]],
    go = saturday, voice = "%+5",
    note = "A light answer, on your terms and in your time, keeps a door open without walking through it.",
  },
  choice "Stand it on the windowsill. It didn't ask for an answer." {
    [[You stand it on the windowsill, where the barber's cat knocks it over twice a day.]],
    go = saturday, patience = "%+5",
    note = "A message that asks for nothing can be kept without being answered. That's what it was for.",
  },
  choice "Ring him. You want to hear his voice." {
    [[He answers on the second ring, surprised, then careful, then less careful. You talk for an hour about nothing and it's lovely, and when you hang up you realise you've told him which Saturdays you're on.]],
    go = saturday, patience = "%-5", effect = function(s) s.lean = math.min(s.lean + 1, 2) end,
    note = "Ringing because you miss him is allowed. He'll hear more in it than you said; that's his to manage, and it's worth knowing.",
  },
}

scene "jan_counter" {
  [[The third Saturday in January, a quarter past eleven. The queue at the Bread Room goes past the pet shop, and you're alone on the counter because Fatima has gone to the cash and carry.]],
  [[You look up from a box of six for a woman with twins in a double buggy, and there he is, fourth in the queue, in the fleece with flour in the seams, holding his phone as if he might need to look busy.]],
  function(s)
    if s.arch:has("van") then
      return [[In November, in the arch, he promised he wouldn't come where you were unless you asked. The Bread Room is where you are.]]
    elseif s.jan == "work" then
      return [[{seen jan_card:A week ago he sent you a card with a cardamom pod on the front. *I won't come,* it said.|You asked him for January, and not the Bread Room. He didn't argue.}]]
    elseif s.jan == "soft" then
      return [['It's only a flat,' you told him. Perhaps what he heard was *it's only a job*.]]
    end
  end,
  [[He gets to the front. 'Cardamom bun,' he says. 'Please.' He smiles, a little, the way he smiled the day you opened. 'I just wanted to see you here. In your place.' Behind him the woman with the twins is waiting for her change, and the queue is watching, and you can't walk off, because it's a counter and you're behind it.]],
  choice "'Not here, Dai. This is my work. Please go.'" {
    [[You say it quietly, over the bun, so the queue won't hear. He goes red. 'Right,' he says. 'Right. Sorry.' He leaves the bun on the counter and goes. The next woman asks for a sourdough as if nothing happened, and your hands stay steady until she's gone.]],
    go = "jan_after", tags = { "boundary" }, voice = "%+15",
    effect = function(s) s.named:add("counter") end,
    note = "Sending him away from your work, quietly and at once, is a no he can't mistake, and it cost you nothing you owed him.",
  },
  choice "Take your break early and walk him down to the river" {
    [[You ask the Saturday girl to cover and walk him down to the river. It's cold and bright and he's so pleased to be walking next to you that you can't find the sentence. At the Cutty Sark he says, 'This was nice,' and you say yes, because it was, and because it wasn't the point.]],
    go = "jan_after", tags = { "boundary" }, voice = "%-10", patience = "%-5",
    effect = set("lean", 2),
    note = "Giving him your break turned his turning up into a visit. Kindness is yours to give, but this one paid for the crossing.",
  },
  choice "Serve him like anyone else. Two pound eighty." {
    [['Two eighty,' you say. He pays. He stands at the end of the counter and eats it slowly, and you serve eleven people with him watching, and get two orders wrong.]],
    go = "jan_after", tags = { "boundary" }, voice = "%-5",
    note = "Serving him like a stranger keeps your face straight for the queue, and tells him nothing about what it was like.",
  },
}

scene "jan_after" {
  [[Fatima comes back at one with a van full of flour and looks at you and says, 'What happened?' and you say, 'Nothing,' and she says, 'Sit down, then, Nothing, and have a tea,' and you do.]],
  go = "february",
}

scene "jan_quiet" {
  [[The third Saturday in January, a quarter past eleven. The queue at the Bread Room goes past the pet shop, and you're alone on the counter because Fatima has gone to the cash and carry.]],
  function(s)
    if s.jan == "work" then
      return [[He hasn't come. You asked him not to, and he hasn't, and you only notice because some part of you had braced for it.]]
    end
  end,
  [[At the front of the queue is a woman you know: Mrs Lisowska, who has bought a light rye at Arch Nine every Saturday for twelve years. She looks at you, then at the green apron. 'So this is where the other one went,' she says.]],
  choice "'This is where I am now.'" {
    [[You sell her a rye. It isn't as good as his and she tells you so, and you laugh, and it's fine. It's fine.]],
    go = "february", voice = "%+5",
    note = "Saying where you are now, to someone from before, makes it true out loud.",
  },
  choice "'Just helping out,' and ask after her hip" {
    [[She tells you about her hip for some time. You don't correct anything.]],
    go = "february", voice = "%-5",
    note = "'Just helping out' is the old quiet in a new apron. Nobody minds but you.",
  },
}

-- ---------------------------------------------------------------- February

scene "february" {
  page_break,
  function(s)
    s.month = 4
    s.jan = ""; s.lean = 1
  end,
  [[February. The flat in Deptford has a draught under the door that the cat sits in, on purpose.]],
  function(s)
    if crossings(s) >= 2 then
      return [[Funmi has stuck a card to your fridge with one of Tobi's dinosaur magnets: the number of a helpline for people whose exes won't take no for an answer, and the police non-emergency line. 'He's not dangerous,' you told her. 'Then you'll never need it,' she said, and pressed the magnet down with her thumb.]]
    end
  end,
  function(s)
    if s.owed:has("counter") and s.named:has("counter") then
      return [[He hasn't been back to the Bread Room since you sent him away. You haven't heard from him. You have noticed, every Saturday, the particular shape of his not being in the queue.]]
    elseif s.owed:has("counter") then
      return [[He hasn't been back to the Bread Room. Neither of you has said anything about the Saturday he was.]]
    end
  end,
  [[You keep thinking about the last good Sunday. A year ago this month, before the Belgrave, when Sundays were still closed: you slept till nine, which felt like a crime, and took the train to Margate with a bag of Saturday's buns. At the café on the front he told the man at the next table that you were a genius, and on the way home he fell asleep on your shoulder.]],
  [[You want to see him. Not at the arch, where the Belgrave lives, and not at Calder House, where the quiet lives. Somewhere the two of you were glad once, to see what's left.]],
  choice "Text him: 'Margate, last Sunday of the month? The 9.40 from Victoria.'" {
    go = the_eve, voice = "%+5", effect = set("reply", "plain"),
    note = "Asking him somewhere, on a day you chose, is you setting the pace.",
  },
  choice "The same, and: 'Nothing before. I'll see you on the platform.'" {
    go = the_eve, voice = "%+10", effect = set("reply", "limit"),
    note = "Saying 'nothing before' isn't a test. It's the shape you need the day to have, said out loud.",
  },
  choice "Ring him and ask. You want to hear him say yes." {
    [[He picks up on the first ring and says yes before you've finished the question, and then, embarrassed, says it again, more slowly.]],
    go = the_eve, patience = "%-5", effect = set("reply", "warm"),
    note = "Hearing his yes is a pleasure, and it's allowed. A warm call can also read to him as a day that already means more than it does.",
  },
}

scene "eve_texts" {
  [[Saturday, the night before Margate, twenty to eleven. Alarm set, bag packed, and the cat has gone home to the barber's.]],
  [[The phone buzzes. *Still on for tomorrow?* Then: *Shall I bring anything?* Then: *Ade?* Then, four minutes later: *Sorry. Ignore me. x*]],
  function(s)
    if s.mended:has("texts") then
      return [[In November, in the arch, he said: *If you say a day, that's the day. I won't chase it.* You said a day.]]
    elseif s.reply == "limit" then
      return [[*Nothing before,* you wrote. *I'll see you on the platform.*]]
    elseif s.refused:has("texts") or s.unsaid:has("texts") then
      return [[He did this before the arch, too. Nothing about that was ever settled, and here it is again.]]
    end
  end,
  function(s)
    if s.mended:has("texts") or s.refused:has("texts") or s.unsaid:has("texts") then
      return [[Four messages, and you're lying in the dark deciding what to do about his nerves again.]]
    end
    return [[Four messages, and you're lying in the dark deciding what to do about his nerves, the way you did for a year.]]
  end,
  choice "'Yes. Still on. Goodnight, Dai.' Then turn it off." {
    [[You send it, switch the phone off and put it in a drawer, and lie there in the dark feeling oddly clean.]],
    go = "margate", tags = { "boundary" }, voice = "%+10",
    effect = function(s) s.named:add("eve") end,
    note = "One answer and then off: you told him the day still stood, and that the night was yours.",
  },
  choice "Ring him and settle him down" {
    [[It takes twenty minutes. He's sorry; he's so sorry; he just wanted to be sure. You're sure, you tell him, and tell him, until he is.]],
    go = "margate", tags = { "boundary" }, voice = "%-10",
    note = "Settling him down the night before made the day start with you looking after him, which is the thing you're trying to decide about.",
  },
  choice "Leave them unread till the morning" {
    [[You turn the phone over. You don't sleep much, but you don't answer either.]],
    go = "margate", tags = { "boundary" }, voice = "%-5",
    note = "Leaving them unread guards your night. He'll be on the platform tomorrow not knowing what they did.",
  },
}

scene "eve_quiet" {
  [[Saturday, the night before Margate, twenty to eleven. Alarm set, bag packed, and the cat has gone home to the barber's.]],
  function(s)
    if s.reply == "limit" then
      return [[*Nothing before,* you wrote, and there's been nothing. At half ten you catch yourself checking anyway, and laugh at yourself, out loud, to the empty flat.]]
    elseif s.reply == "warm" then
      return [[He rang back on Thursday to check the time of the train, which was fair. Since then, nothing.]]
    end
    return [[One message, at six: *9.40. I'll bring the buns. No need to answer. D.*]]
  end,
  [[Lena rings, because it's Saturday and she's had a glass. 'Whatever you decide tomorrow,' she says, 'you're allowed to decide it. You know that? Even if he's been lovely. Especially if he's been lovely.']],
  choice "'I know. I'm going to decide it tomorrow, not tonight.'" {
    [['Good,' says Lena. 'Then go to sleep.' You do, more or less.]],
    go = "margate", patience = "%+10",
    note = "Deciding when you'll decide is part of deciding. Tomorrow, with him in front of you, is soon enough.",
  },
  choice "'What if I say no and he's been lovely?'" {
    [['Then you'll have said no to a lovely man,' says Lena. 'People do. It's allowed.']],
    go = "margate", voice = "%+10",
    note = "Saying the fear aloud to a friend is how you find out it has an answer: no is allowed even when nothing was wrong.",
  },
}

scene "margate" {
  page_break,
  function(s) s.reply = "" end,
  [[Sunday. The 9.40 from Victoria.]],
  function(s)
    if s.owed:has("eve") then
      return [[He's on the platform at twenty past with a bag of buns and the face of a man who knows he sent four messages.]]
    end
    return [[He's on the platform at twenty past with a bag of buns, and he lifts it when he sees you, like a flag.]]
  end,
  [[Kent goes past the window, flat and silver. Neither of you says much until Faversham, and it's all right; it isn't the old quiet. You can tell the difference now. The old quiet was two people not asking. This is two people waiting to.]],
  [[The café on the front is still there. The man from the next table isn't, obviously, but Dai looks at the empty chair as if he might be. 'I told him you were a genius,' he says. 'Twice. Loudly.']],
  choice "Tell him about the ride home, and the stop you let go by" {
    [['You fell asleep on my shoulder with flour in your eyebrow,' you say, 'and I didn't wake you at our stop. I rode on to Victoria and all the way back, just to keep the weight there.']],
    [[He looks at you for a long time. 'I was awake,' he says. 'From before Victoria. I kept my eyes shut so you wouldn't stop.']],
    go = "margate_list", voice = "%+10",
    note = "Telling him a tender thing you kept to yourself for a year is vulnerability, and it's yours to give or keep.",
  },
  choice "'You did. The whole café heard.'" {
    [[He laughs, and for a second it's the old laugh, the one from before April.]],
    go = "margate_list", patience = "%+5",
    note = "Letting a good memory be just good, for a minute, is allowed. It doesn't commit you to anything.",
  },
  choice "Ask him what he remembers of that day" {
    [[He remembers the wrong things: the wind, the price of the tea, a dog in a coat. Then he says, 'And you let me sleep, on the way home. I woke up before Victoria and kept my eyes shut, there and back, so you wouldn't stop.' So he knew. All this time, he knew.]],
    go = "margate_list", respect = "%+5",
    note = "Asking for his memory of a shared day lets you find out what he kept, instead of guessing.",
  },
}

scene "margate_list" {
  function(s)
    if s.owed:count() > 0 then
      return [[After the tea he takes a folded sheet out of his inside pocket and flattens it on the table between the cups. It's the back of a Belgrave invoice, and on it, in his capitals, numbered, is a list. 1. KING'S. 2. THE YEAR. 'I wrote it down,' he says. 'Things I owe you a proper sorry for. I know. I know what that is. I thought you should see one going the other way.']]
    elseif s.mended:count() > 0 then
      return [[He doesn't bring up the winter. 'I said what I had to say,' he says, 'when I had to say it. I'm not going to say it all again and make you forgive me twice.']]
    elseif crossings(s) > 0 then
      return [[Nothing is said about the winter. It sits at the table with you anyway, like a third cup.]]
    end
    return [[He has brought a second bag of buns and the Saturday crossword, which he hands you, because you were always the one who could do it.]]
  end,
  go = "reckon",
}

-- Goes round once for each crossing still owed, then on to the question.
scene "reckon" {
  call = next_owed,
  go = function(s)
    if s.owed:count() > 0 then return "reckon" end
    return "the_question"
  end,
}

scene "the_question" {
  [[The tide's out. You walk along the front and out along the harbour arm, and the wind does most of the talking.]],
  function(s)
    local n = crossings(s)
    s.crossed = n
    if n >= 3 then
      s.here.why = "he crossed a line three times in three months: that is a pattern, not a slip"
      return "You count without meaning to: " .. what_he_did(s) .. ". Three times or more since November he decided for you where and when you'd have to deal with him. Some of it he said sorry for. Sorry has had to be said a great deal."
    elseif s.refused:count() > 0 then
      s.here.why = "he said sorry, and you told him it wasn't enough, and you meant it"
      if s.refused:count() > 1 then
        return [[He said sorry for what he did, and more than once you told him it wasn't enough. You still think so. Nothing today has changed that, and nothing is supposed to.]]
      end
      return [[He said sorry for what he did, and you told him it wasn't enough. You still think so. Nothing today has changed that, and nothing is supposed to.]]
    elseif s.unsaid:count() > 0 then
      s.here.why = "he never said sorry for the line he crossed"
      return [[There's a thing he did that he has never named. You could see him not naming it, all the way down on the train.]]
    elseif n > 1 then
      return [[He crossed lines this winter, and you can say exactly which: ]] .. what_he_did(s) .. [[. Each time he came back and named it, in so many words, without a but, and each time you decided that was enough.]]
    elseif n > 0 then
      return [[He crossed a line this winter, and you can say exactly which: ]] .. what_he_did(s) .. [[. He came back and named it, in so many words, without a but, and you decided that was enough.]]
    end
    return [[In three months he hasn't once made you hold a door against him. You've noticed. You've noticed yourself noticing.]]
  end,
  [[At the end of the harbour arm he stops and turns his back to the wind. 'I'm not going to ask,' he says. 'I said you'd say, and I meant it. Whatever it is, you say.']],
  choice "'I want to try. From Deptford. Slowly.'" {
    available = clean, reason = "{here.why}",
    go = "coda_tuesdays", patience = "%+10",
    note = "Saying yes on your own terms, at your own pace, is a yes you can keep.",
  },
  choice "'I want to come back to the counter. Not to how it was.'" {
    available = clean, reason = "{here.why}",
    go = "coda_two_names", voice = "%+10",
    note = "Going back with the new terms said out loud is different from going back.",
  },
  choice "'No. But I'd like us to be friends, in time.'" {
    go = friends, voice = "%+10",
    note = "A no with a hope in it is still a no. Asking for the friendship leaves him free to refuse it.",
  },
  choice "'No. I'll sell you my half of the arch.'" {
    go = "coda_one_name", voice = "%+10",
    note = "A clean no, with the practical part offered up front, is a kindness to you both.",
  },
  choice "'No. From now on, anything about the arch goes through a solicitor.'" {
    go = "coda_solicitors", voice = "%+15",
    note = "Putting a solicitor between you isn't spite. You can close a door without a reason anyone else accepts.",
  },
}

scene "dai_no" {
  [[He looks at the sea for a long time. 'I can't,' he says. 'Not friends. Not yet, and maybe not ever. I'd be listening for your knock on the shutter every Saturday for the rest of my life. I need to stop listening for it.']],
  [[It's the first no he has said to you in months. It's a good one. You can see exactly what it costs him.]],
  choice "'All right. Thank you for telling me straight.'" {
    go = "coda_keys", respect = "%+10", achieve = "both-ways",
    note = "He said no to you, plainly, and you took it the way you'd want yours taken. That goes both ways or it isn't respect.",
  },
  choice "Take the arch key off your ring and put it in his hand" {
    go = "coda_keys", respect = "%+8", patience = "%+5", achieve = "both-ways",
    note = "Handing back the key without a speech accepts his no in the language you both speak.",
  },
  choice "'Twelve years, and I don't even get a Saturday?'" {
    go = "coda_shutter", respect = "%-25", tags = { "boundary" },
    note = "Turning twelve years into a bill he owes you is guilt, and it's the one line you crossed yourself.",
  },
}

-- ---------------------------------------------------------------- Endings

-- Each ending is told in two parts: a coda that flows on by itself and stops
-- at a page break, and the ending's own screen, short enough to be read whole
-- with its reflection, the meters and the turning points.

scene "coda_two_names" {
  [[In March you go back behind the counter at Arch Nine: three days there, three at the Bread Room, and Sundays closed again, the shutter down and the two of you somewhere else. You keep the flat in Deptford till the summer. Nobody says *back*. You say *again*, which is different.]],
  [[The Belgrave gets three months' notice. He rings them on speaker with you on the stool beside him, and before he agrees to anything he looks at you. It's a small thing. It's the whole thing.]],
  [[On Mondays you sit in a room in Camberwell with a counsellor called Maggie, whose cat attends every session and judges you both.{mended:  In the second session you tell her about {crossed > 1:the lines|the line} he crossed in the winter, and what he said about {crossed > 1:them|it} after, and he doesn't flinch, and the cat leaves the room as if to give you privacy.|}]],
  page_break,
  go = "two_names_on_the_sign",
}

ending "two_names_on_the_sign" {
  title = "Two Names on the Sign",
  kind = "reconciled",
  [[In April you get the ladder out and repaint the ampersand. He holds the ladder and doesn't complain. Mrs Lisowska, passing with her light rye, says, 'Oh, the other one's back,' and you say, 'We both are.']],
  reflection = [[The yes was yours, and so was every no before it. {crossed:He named {crossed > 1:each line|the line} he crossed, without a but, and accepting was your choice; a no would have been as fair.|He never once made you hold a door against him.} You said what hurt out loud, not in a notebook.]],
}

scene "coda_tuesdays" {
  [[On Tuesdays he closes at two, washes the flour out of his hair and takes the train to Deptford with a loaf under his arm, like a man going courting. Jordan says that is exactly what he is.]],
  [[Your flat over the barber's smells of cardamom and bay rum. You cook on two rings. You talk: about the Bread Room, your dad's physio, whether it's raining. He asks. You notice him asking, and pretend not to.{mended has texts:  Once, in May, his phone turns your name into *Aid*, and he sends three corrections, and catches himself, and sends a fourth: *Sorry. That's the thing I said I'd stop. Stopping.* You laugh out loud on the bus.|}]],
  page_break,
  go = "tuesdays_in_deptford",
}

ending "tuesdays_in_deptford" {
  title = "Tuesdays in Deptford",
  kind = "reconciled",
  [[You aren't coming back to the counter, not this year, maybe not at all. On Sundays you go to the arch anyway, with the shutter down, and the two of you bake for nobody and eat it.]],
  reflection = [[You chose slowly, and he let slowly mean what you meant by it. {crossed:When he crossed a line he named it, and taking his apology was your choice.|He kept to every line you drew.} You heard Merthyr as a reason for the year, not an excuse.]],
}

scene "coda_other_side" {
  [[He's quiet for a while, and then he says, 'Yes. In time. I'd like that.' He says it to the sea, but he means it for you.]],
  [[In March he goes to the bank to borrow enough for your half of the arch, and rings you on the way in to tell you, which is ridiculous. You laugh and say good luck, Dai, and mean it.]],
  [[On Saturdays, from May, you go in like anyone else, stand on the other side of the counter and buy a light rye and two of his cardamom buns, which are nearly as good as yours, and you tell him so. Mrs Lisowska has stopped asking where the other one is. She asks you how Deptford is instead, and you tell her, and he listens.]],
  page_break,
  go = "the_other_side_of_the_counter",
}

ending "the_other_side_of_the_counter" {
  title = "From the Other Side of the Counter",
  kind = "growth",
  [[He repaints the sign himself: LOWE, gold on green. It looks bare. Then Jordan, for a joke, chalks *& CO* underneath, and he leaves it there.]],
  reflection = [[You said no to a man who {crossed:had crossed {crossed > 1:lines|a line} this winter|had kept to every line}, and it didn't need to be cruel to be true.{refused:  Telling him a sorry wasn't enough was allowed too.|}{unsaid:  What he never named, you didn't wait for.|} You asked for a friendship and left it his to give.]],
}

scene "coda_keys" {
  [[On the train home you sit opposite each other, and at Faversham he falls asleep, and this time you wake him at Victoria, gently, and he thanks you, and that's all.]],
  [[The arch is sorted out by spring, through a mediator in Camberwell who keeps a bowl of mints on the table. You sign your half over on a Wednesday. The last key, a spare from an old coat pocket, goes on the bench at Arch Nine, beside the dough scraper, where the note was. This time there's nothing under it.]],
  page_break,
  go = "keys_on_the_bench",
}

ending "keys_on_the_bench" {
  title = "Keys on the Bench",
  kind = "growth",
  [[In April Fatima offers you the Bread Room's pastry full-time, and you say yes out loud, in the kitchen, before you've written anything down.]],
  reflection = [[He said no to a friendship because he needed to stop listening for your knock, and you let his no stand, without a bill. Respect runs both ways across a counter.]],
}

scene "coda_one_name" {
  [[He nods. 'All right,' he says, and then, 'Thank you for telling me here, and not in a note.' It's fair. You let it be fair.]],
  [[The arch is sorted out by spring, through a mediator in Camberwell who keeps a bowl of mints on the table and never lets either of you finish the other's sentence. He buys your half with a loan he signs alone. You sign the last page on a Wednesday and go to work.]],
  [[In April Jordan sends you a photo, without comment: the sign repainted, LOWE, gold on green. You look at it for a long time.]],
  page_break,
  go = "one_name_on_the_sign",
}

ending "one_name_on_the_sign" {
  title = "One Name on the Sign",
  kind = "apart",
  [[Then you go and make forty cardamom buns for a café in Blackheath that has never heard of either of you.]],
  reflection = [[You said no and made it practical, which spared you both a long goodbye.{mended:  Accepting a sorry never meant owing a yes.|}{refused:  Telling him a sorry wasn't enough was allowed.|}{unsaid:  What he never named, you didn't wait for.|}{crossed:|  He had done nothing wrong this winter, and no was still yours to say.}]],
}

scene "coda_solicitors" {
  function(s)
    if crossings(s) > 0 then
      return [[He starts to say something, and stops. 'All right,' he says. 'If that's what you need.' It is.]]
    end
    return [[He looks as if you've hit him, and then he doesn't. 'All right,' he says. 'If that's what you need.' It is. You don't have to be able to explain it to him, and you don't try.]]
  end,
  [[Within a month a letter goes from a solicitor in Lewisham about the flat and the arch, polite and very clear, asking that all contact go through her.]],
  function(s)
    if crossings(s) >= 2 then
      return [[There's a card from Funmi on your fridge, under one of Tobi's dinosaur magnets: the helpline for people whose exes won't take no for an answer, and the police non-emergency line. You never need either. You keep it up anyway. It helps to know where help is.]]
    end
    return [[Lena comes round with a bunch of eucalyptus and a bottle of something that isn't only wine, and you sit on the floor of the flat and don't talk about him at all, which is its own kind of talking.]]
  end,
  page_break,
  go = "through_the_solicitors",
}

ending "through_the_solicitors" {
  title = "Through the Solicitors",
  kind = "apart",
  [[Nothing comes from him all spring that didn't go through Lewisham first. He keeps to it. Whatever else, he keeps to it.]],
  reflection = [[You closed the door, and you didn't owe anyone a reason good enough.{refused:  Judging his sorry not enough was yours to do.|}{unsaid:  What he never named, you didn't wait for.|}{crossed:|  He had kept to every line, and no was still yours to say.}]],
}

scene "coda_shutter" {
  [[He doesn't answer that. He looks at you as if you're someone who has come in off the street wanting something he doesn't sell.]],
  [[The walk back along the front to the station is a mile and a half, and he walks it behind you, a long way behind. On the train he sits in another carriage. At Victoria you look for him on the platform and he has already gone.]],
  page_break,
  go = "the_shutter_comes_down",
}

ending "the_shutter_comes_down" {
  title = "The Shutter Comes Down",
  kind = "apart",
  [[In April the arch is sold, both halves, to a coffee roaster from Peckham. You hear it from Jordan. The sign comes down in a morning.]],
  reflection = [[He said no, and you answered his no with a bill for twelve years. Guilt doesn't change a no; it only changes what's remembered of the person who asked.]],
}
