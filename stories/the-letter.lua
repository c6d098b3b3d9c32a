-- Kettle Stitch (id "the-letter"): one letter, written over a week in the
-- bindery on Tallow Lane, Inverlea, a firth city that smells of warm
-- biscuits on the days the maltings kiln. You are Bea Lund, bookbinder, 47.
-- Oonagh Kerrigan, 45, your partner of eleven years, takes 999 calls on the
-- night shift at Bankhead Ambulance Control and has gone to her sister
-- Shiv's on Pilot Street, down at the Shore. Her last text: don't ring; if
-- you've something to say, write it down, when you know what it is.
--
-- The shape: the story is the letter. Each evening of the week one paragraph
-- is written, and the drafts that lose are crossed out on screen; the
-- paragraph about how you are is the one that will not come right. On the
-- Saturday the fair copy is read through whole; on the Sunday it is posted,
-- or carried, or put in a drawer. Then the waiting, and then her reply, or
-- your own envelope come back unopened.
--
-- The verdict: her reply is composed from your letter. What each paragraph
-- said is kept (sorry, but, feel, ask, deed, ps) along with how the letter
-- reached her (how), and her reply answers it paragraph by paragraph,
-- quoting you. Whether she offers a walk, a friendship or a no comes from
-- what the letter did (letter_score), from every boundary crossed and
-- whether it was mended and the mending accepted, and from her own life,
-- drawn by chance: where she writes from (a night shift, Shiv's kitchen
-- table, five weeks of thinking) and a mind of her own (one time in four
-- even the best letter gets a friendship, not a walk).
--
-- Boundaries (each choice tagged "boundary" calls cross): posting the first
-- hot draft the night she said not tonight; opening her rota; keeping the
-- page about not sleeping; a date at the foot of the letter; her sister's
-- door at night; the car park at Bankhead; ringing Shiv to ask after her;
-- and, after her answer, arguing with it or going round. Each of the first
-- seven can be mended once, on screen, by a choice tagged "repair" that
-- names it (mend adds its word to s.mends); she decides in her reply whether
-- it is enough (a refusal goes in s.turned). No reconciled ending while any
-- boundary is unmended or a mending was turned down.
--
-- British spelling throughout. Every paragraph is one line.

-- ------------------------------------------------------------ the letter

-- What Bea writes, paragraph by paragraph: shown as she writes it, again in
-- the fair copy, and quoted back in the reply.
local L = {
  dear = [[*Dear Oonagh,*]],
  hot = [[*Oonagh. You want it on paper, here it is on paper. I'm sorry, but you knew what a bindery was when you moved in above one. I'm sorry, but you never once said it was that bad. I'm sorry, but nine days without a word is its own kind of cruelty, and you of all people should know that.*]],
  hot_owned = [[*The letter you got on Tuesday: I wrote it at one in the morning on the back of the invoice pad, every sorry in it had a but tied on, and I posted it the night you'd said not tonight. The worst line in it was the one about cruelty. I'm sorry I sent it. This is the one I should have waited for.*]],
  everything = [[*I'm sorry for everything. I know I haven't always been easy to live with, and I know you gave me more chances than I ever noticed.*]],
  ifhurt = [[*I'm sorry if I hurt you. I never meant to, and I know that isn't the same thing as not doing it.*]],
  named = [[*I'm sorry for the guillotine at ten in the morning, two hours into your sleep, for eight years, and for every time I said I'd do it in the afternoons and didn't. I'm sorry for the weather: three days without a word from me, and you leaving notes on the kettle to ask if it was still raining. And I'm sorry for what I said the night you left, that you were kinder to strangers on the phone than you'd ever been to me. You keep strangers alive on the phone. I knew that when I said it.*]],
  seen = [[*Marian says that more than once she saw you come down in your dressing gown and sit on our step with your hands over your ears, because the lane was quieter than your own bed, and that one morning you fell asleep out there, sitting up against the boot scraper, and she put her coat over you. I was twelve feet away with the radio on. I didn't know. I should have.*]],
  excuse = [[*But you have to understand what the last two years were like downstairs. The rates went up twice. There was Dad's loan. The university contract was the only thing keeping the lights on, and the mornings were when the light was good.*]],
  blame = [[*And you never once said it was that bad. Not in the last two years. You stopped saying anything at all, and I took the quiet for things getting better.*]],
  pity = [[*I haven't slept since you went. I can't eat. The flat's like a tomb. Morven says I look like death. I don't know how much more of this I can take.*]],
  memories = [[*Do you remember Millport, the caravan with the door that stuck, and the night the stars came out so thick you said somebody had spilt the sugar? I think about that night all the time. We were good, Oonagh. We were so good.*]],
  cold = [[*I'm keeping well. The shop is busy. The Fairlie Bible is mended and goes back to Mrs Moir next week.*]],
  line = [[*I miss you.*]],
  home = [[*Please come home. We can fix this. I'll do anything.*]],
  see = [[*I'd love to see you, when you're ready. Only if you are.*]],
  date = [[*If I've not heard from you by the 31st, I'll take it that the answer's no, and I won't trouble you again.*]],
  told = [[*I've moved the guillotine to the back shop. Darren brought his pallet truck on Saturday, and it took four of us and most of the afternoon. It's done.*]],
  promise = [[*I'm going to move the guillotine to the back shop. I promise you that, whatever you write back.*]],
  dog = [[*P.S. Provost asks after you. Marian says he's gone off his biscuits. He hasn't.*]],
  wait = [[*P.S. I'll wait as long as it takes.*]],
  luck = [[*P.S. Good luck on the 25th.*]],
  owned = [[*P.S. On the Sunday night, before I'd written a word of this, I opened your rota on my phone. I saw the 25th, which you hadn't told me and I'd no business knowing, and I'm sorry. I've taken myself off it.*]],
  owned_late = [[*P.S. On the Sunday night, before I'd written a word of this, I opened your rota on my phone, and I've looked at it every night since. I saw the 25th, which you hadn't told me and I'd no business knowing, and I'm sorry. I took myself off it tonight.*]],
  sign = [[*Bea*]],
}

-- ------------------------------------------------------------ helpers

-- A boundary crossed: every choice tagged "boundary" calls this.
local function cross(s) s.crossed = s.crossed + 1 end

-- A boundary mended on screen: every choice tagged "repair" calls this,
-- with the word for the boundary it names.
local function mend(s, word) s.mends:add(word) end

-- Boundaries crossed and not mended (her acceptance is judged later).
local function unmended(s) return s.crossed - s.mends:count() end

-- What the letter did, as she reads it. The sorry counts most; then the
-- guillotine, moved or not; a but, a request or a date count against it.
local SCORE = {
  sorry = { seen = 3, named = 2, everything = 0, ifhurt = -1 },
  but = { cut = 1, excuse = -1, blame = -2 },
  feel = { line = 1, cold = 0, memories = -1, pity = -1 },
  ask = { none = 1, see = 0, home = -1, date = -1 },
  deed = { quiet = 2, told = 1, kept = 1, none = 0, broken = -2 },
  ps = { none = 0, dog = 0, wait = -1, luck = -1, owned = 0 },
}

local function letter_score(s)
  return SCORE.sorry[s.sorry] + SCORE.but[s.but] + SCORE.feel[s.feel]
    + SCORE.ask[s.ask] + SCORE.deed[s.deed] + SCORE.ps[s.ps]
end

-- How far she is inclined to take a mending, out of four, before her own
-- mind has its say: a mend that cost you something to write counts for
-- more, and so does a letter that named what you did. Never four out of
-- four: she may always find it is not enough.
local MEND_BASE = { hot = 1, rota = 2, call = 2, door = 1, gate = 1, pity = 1, date = 1 }

-- Where her reply is written from: her life, not yours.
local LIFE = { "night", "shiv", "slow" }

-- Her answer, when it comes. Sets s.life, s.turned and s.reply, and names
-- the scene that shows her letter.
local function her_answer(s)
  s.life = LIFE[math.random(3)]
  if s.how == "handed" then
    s.reply = "unopened"
    return "reply_unopened"
  end
  local owned = s.sorry == "seen" or s.sorry == "named"
  for _, word in ipairs(s.mends:words()) do
    local p = MEND_BASE[word] + (owned and 1 or 0)
    if math.random(4) > p then s.turned:add(word) end
  end
  if unmended(s) >= 2 then
    s.reply = "stop"
    return "reply_stop"
  end
  if unmended(s) == 1 or s.turned:count() > 0 then
    s.reply = "no"
    return "reply_no"
  end
  local score = letter_score(s)
  local need = 5
  if s.life == "night" then need = need + 1 end
  if s.life == "shiv" then
    if score >= 6 then need = need - 1 else need = need + 1 end
  end
  local mind = math.random(4)
  if score >= need and mind < 4 then
    s.reply = "yes"
    return "reply_yes"
  end
  if score >= 3 then
    s.reply = "friends"
    return "reply_friends"
  end
  s.reply = "no"
  return "reply_no"
end

-- After a no taken with thanks. A no that came because she could not take a
-- mending, to a letter that was otherwise good, leaves her a door to come
-- back through as a friend; a weak letter, or a line never mended, does not.
local function after_no(s)
  if unmended(s) == 0 and letter_score(s) >= 3 then
    return "missal"
  end
  return "winter"
end

-- The unmended things, as she would name them, for the four-line letter.
local function her_list(s)
  local t = {}
  if s.hot == "posted" and not s.mends:has("hot") then t[#t + 1] = "a letter at one in the morning the night I said not tonight" end
  if s.looked ~= "" and not s.mends:has("rota") then t[#t + 1] = "your name under my rota" end
  if s.feel == "pity" and not s.mends:has("pity") then t[#t + 1] = "a page about how you can't sleep" end
  if s.ask == "date" and not s.mends:has("date") then t[#t + 1] = "a date at the foot of the page" end
  if s.how == "door" then t[#t + 1] = "you on Shiv's step at eleven at night" end
  if s.how == "gate" and not s.mends:has("gate") then t[#t + 1] = "your van in the car park at Bankhead" end
  if s.rang and not s.mends:has("call") then t[#t + 1] = "Shiv on the phone being asked about me" end
  if #t == 0 then return "more than a letter" end
  if #t == 1 then return t[1] end
  return table.concat(t, ", ", 1, #t - 1) .. " and " .. t[#t]
end

-- Her answer to one mending: the words she uses depend on whether she took it.
local function took(s, word) return s.mends:has(word) and not s.turned:has(word) end

-- The mendings she turned down, in her words.
local TURNED = {
  hot = "the first letter", rota = "opening my rota", pity = "the page about not sleeping",
  date = "the 31st", door = "coming to Shiv's door", gate = "the car park", call = "ringing Shiv",
}
local function turned_words(s)
  local t = {}
  for _, word in ipairs(s.turned:words()) do t[#t + 1] = TURNED[word] end
  if #t == 1 then return t[1] end
  return table.concat(t, ", ", 1, #t - 1) .. " and " .. t[#t]
end

story {
  id     = "the-letter",
  title  = "Kettle Stitch",
  author = "rekindle",
  blurb  = "A bookbinder, one letter, and everything she leaves out of it.",
  start  = "bench",
  meters = { patience = 58, respect = 60, trust = 55 },
  vars   = {
    hot = "",          -- the first draft: "", drawer, stove, posted
    looked = "",       -- her rota opened on the Sunday night: "", off (you took yourself off), on
    register = "",     -- the Fairlie register: "", kept (every mark left), cleaned
    heard = false,     -- Marian's story of the step, heard to the end (read once, by the sorry)
    -- the letter, paragraph by paragraph
    sorry = "",        -- seen, named, everything, ifhurt
    but = "",          -- cut, excuse, blame
    feel = "",         -- line, cold, memories, pity
    ask = "",          -- none, see, home, date
    deed = "",         -- quiet, told, promise, none; then kept or broken for a promise
    ps = "",           -- none, dog, wait, luck, owned
    -- how it went, and what came of it
    how = "",          -- post, door, gate, handed, van; drawer while it waits there
    rang = false,      -- you rang Shiv to ask after her
    crossed = 0,       -- boundary choices taken
    mends = {},        -- boundaries mended on screen: hot, rota, pity, date, door, gate, call
    turned = {},       -- mendings she did not accept
    life = "",         -- where her answer was written: night, shiv, slow
    reply = "",        -- yes, friends, no, stop, unopened
    answer = "",       -- what you did with her answer: line, more, and where you went to argue
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- boundary: a line crossed (see the top of the file); repair: one named and
  -- apologised for; apology, space, reflection, listening, vulnerability,
  -- change: what the other choices are.
  tags   = { "boundary", "repair", "apology", "space", "reflection", "listening", "vulnerability", "change" },
  covers = { 1, 2, 4, 5, 6, 9, 12, 15, 16 },
}

achievement "quiet-at-ten" {
  title = "Quiet at Ten",
  hint = "Something heavy, moved without a word about it.",
}
achievement "kept-your-word" {
  title = "Whatever You Write Back",
  hint = "A promise in a letter, kept before the answer came.",
}

-- The collection's rules, in this story's words.
rule "no walk at the Shore after a line crossed, unless it was named and mended" {
  never = "reconciled", after = "boundary", unless = "repair",
}
rule "a mending she turned down mends nothing" {
  check = function(play, s)
    if play.kind == "reconciled" and (s.turned:count() > 0 or unmended(s) > 0) then
      return false, "a reconciled ending after a line crossed whose mending she did not take"
    end
    return true
  end,
}
rule "the best letter is still hers to answer" {
  at_least = 20, of_plays_without = "boundary", end_in = { "growth", "apart" },
}
rule "a week of writing takes more than a few choices" { min_choices = 8 }
rule "each bar that moves says why, in a note" { notes = true }

-- ---------------------------------------------------------------- Sunday night

scene "bench" {
  [[Inverlea, a Sunday night in October. It was a kilning day at Crichton's Maltings, and the whole city still smells of warm digestive biscuits, even in the bindery on Tallow Lane, over the glue pot and the Fairlie Bible lying open on the bench with its spine in two.]],
  [[Nine days since Oonagh left with the blue holdall. She is at her sister Shiv's on Pilot Street, down at the Shore, sleeping days under the glow-in-the-dark stars on her nephew's ceiling. She has taken 999 calls on the night shift at Bankhead for nine years.]],
  [[Her last text is on your phone under the lamp, beside the invoice pad: "Bea. Don't ring me. If you've something to say, write it down. You're good with paper. Not tonight. When you know what it is."]],
  choice "Write to her now, on the invoice pad, while it's all still hot" { go = "hot_draft" },
  choice "Open her rota on your phone, just to know where she is tonight" {
    go = "rota", respect = "%-20", trust = "%-10", tags = { "boundary" }, effect = cross,
    note = "A shared rota is a window into her nights. Opening it after she has asked for distance is watching her, however tender the reason.",
  },
  choice "Finish the Fairlie Bible. It's what your hands know." {
    go = "fairlie", patience = "%+10", tags = { "space" },
    note = "She said not tonight. Doing the work in front of you is one way of keeping to it.",
  },
}

scene "hot_draft" {
  [[You write it fast, the biro tearing the invoice paper on the downstrokes. It runs to eleven sheets. The first is the worst, and the rest are the first again, louder.]],
  L.hot,
  [[It is ten to one. Every sorry on every sheet has a but stuck to it like a burr. The postbox at the end of the lane is emptied at seven.]],
  choice "Post it tonight. She asked for a letter." {
    [[You put your coat on over your pyjamas and walk it to the end of Tallow Lane in your slippers. The slot takes it with a sound like a small door shutting. You had stamped it before you'd finished the address, first class, from the roll in the till. You were that sure.]],
    go = "posted_hot", patience = "%-25", respect = "%-15", tags = { "boundary" },
    effect = function(s) s.hot = "posted"; cross(s) end,
    note = "She said not tonight. A letter written to hurt, sent the same night, is guilt in an envelope, and it lands on her however it is posted.",
  },
  choice "Fold it into the drawer to cool" {
    [[You fold the eleven sheets in half and put them in the bench drawer, under the bone folders and your father's tin of cloves.]],
    go = "marian", patience = "%+10", tags = { "space" },
    effect = function(s) s.hot = "drawer" end,
    note = "Writing it out of you was worth doing. Not sending it kept the one condition she gave.",
  },
  choice "Feed it to the stove, sheet by sheet" {
    [[The invoice paper burns fast and blue. The last sheet curls up on its but and goes.]],
    go = "marian", patience = "%+8", tags = { "space" },
    effect = function(s) s.hot = "stove" end,
    note = "Some first drafts are only for getting the heat out. Burning one is not the same as having nothing to say.",
  },
}

scene "posted_hot" {
  [[The van takes it at seven. You hear it from bed: the squeal of the box door, the thump of the sack, a man whistling. You lie there a long time after he's gone.]],
  go = "marian",
}

scene "rota" {
  [[The Bankhead rota app is still on your phone from the years of planning Sundays round it. Her shifts come up in blue: NIGHTS, 19:00 to 07:00, Sunday to Wednesday.]],
  [[Under each shift, in small grey type, the app keeps a list of who has looked. Under tonight it said *Seen by O. Kerrigan*. It says now *Seen by O. Kerrigan, B. Lund*. She reads this screen on her break, every shift, to see who's swapped what.]],
  [[Under Friday the 25th there is a line in her own words that was never written for you: *Interview 2pm, training college, Rm 4. Not telling anyone yet.*]],
  choice "Take yourself off her rota, now" {
    [[Settings, Shared with me, Remove. The app asks if you're sure. Your name stays under Sunday night. It doesn't take that back.]],
    go = "marian", respect = "%+8",
    effect = function(s) s.looked = "off" end,
    note = "Closing a window you had no business looking through is right. It doesn't unsee what you saw.",
  },
  choice "Stay on it. You'll only look to know she's safe." {
    [[You put the phone face down by the lamp. You will look again tomorrow night, and the night after, at about the time she goes on, to see that she did.]],
    go = "marian", respect = "%-10", trust = "%-8",
    effect = function(s) s.looked = "on" end,
    note = "Checking that someone is safe, when she hasn't asked you to, is still keeping watch on her.",
  },
}

scene "fairlie" {
  [[The Fairlie Bible is 1871, calf over boards, the spine cracked clean through at Lamentations. Mrs Moir brought it in a Co-op bag and said her granddaughter wants it, and it should be fit to be wanted.]],
  [[Inside the front board is the family register: births, marriages, deaths, in a dozen hands and four kinds of ink. The last line is blue biro. "Robert Moir, d. 14 March 2019." Beside it, in pencil, much smaller: "sorely missed, the daft article."]],
  [[There are tea rings on the register, a scorch mark, and a child's red crayon across 1926.]],
  choice "Mend the spine. Leave every mark where it is." {
    [[You work till two. The spine takes a new hollow and a strip of calf dyed to match; the tea rings, the scorch and the crayon stay exactly where the Moirs put them.]],
    go = "marian", patience = "%+6",
    effect = function(s) s.register = "kept" end,
    note = "Slow work that doesn't pretend the damage never happened is good practice for what a letter needs.",
  },
  choice "Clean the register up while you're at it" {
    [[You work till two. The crayon comes off 1926 with a soft eraser and patience, and the tea rings fade to nearly nothing. It looks like a book that has never been dropped.]],
    go = "marian", respect = "%-4",
    effect = function(s) s.register = "cleaned" end,
    note = "Scrubbing out old marks makes a thing look mended. It isn't the same as mending it.",
  },
}

-- ---------------------------------------------------------------- Monday

scene "marian" {
  page_break,
  [[Monday. Marian Swan delivered the post on Tallow Lane for thirty-one years, and since she retired she has delivered her opinions instead. She catches you on the step with Provost, her greyhound, leaning on her leg like a shy coat stand.]],
  [["I've not seen Oonagh's bike in a week," she says. "And you look like a paperback somebody left out in the rain. Kettle's on."]],
  [[Her kitchen smells of toast and dog. She puts a mug in front of you and sits down across the table, which is what Marian does instead of asking.]],
  choice "'She just left. Eleven years, and a holdall.'" {
    [["Did she," says Marian. It isn't a question.]],
    go = "marian_step", respect = "%-6",
    note = "Telling it as something that happened to you leaves out the one part you can change.",
  },
  choice "'I wasn't kind to her. Not for a long time.'" {
    [[Marian nods, the way she'd nod if you told her the time.]],
    go = "marian_step", respect = "%+10", tags = { "reflection" },
    note = "Saying your own part out loud, first, is where an honest apology starts.",
  },
  choice "Ask about Marian's knee" {
    [[You ask about the knee. Marian tells you about the knee, at length, and about the surgeon who looks about twelve, and about Provost's low opinion of the surgeon. At the door she says, "Whatever it is you're not telling me, tell it to somebody," and shuts it before you can answer.]],
    go = "tue", patience = "%-4",
    note = "Changing the subject buys a quiet hour and costs the one thing Marian could have told you.",
  },
}

scene "marian_step" {
  [["Thirty-one years on this lane," she says. "Ten in the morning, every day, I heard that guillotine of yours through the door. And more than once I saw Oonagh come down in her dressing gown and sit on your step with her hands over her ears, because it was quieter out here than in her own bed."]],
  [[She drinks her tea. "She'd been on the phones since seven the night before. Ten in the morning was her middle of the night."]],
  choice "Ask Marian what else she saw" {
    [["Once she fell asleep out there," Marian says. "Sitting up, against the boot scraper, with her hands still over her ears. I put my coat over her and went and did the Crescent. When I came back she'd gone in, and the coat was folded on my wall."]],
    [[Provost sighs and lies down across your feet. You stay till the tea is cold.]],
    go = "tue", trust = "%+10", tags = { "listening" },
    effect = function(s) s.heard = true end,
    note = "Asking what it was like for her, and staying for the answer, is how you learn the part of the story you weren't awake for.",
  },
  choice "'She could have come through and told me.'" {
    id = "could-have-told-me",
    [["She did," says Marian. "You had the radio on." She gets up to put the kettle on again, though nobody wants more tea, and the conversation is over.]],
    go = "tue", respect = "%-8",
    note = "Deciding she should have complained louder puts your part back on her.",
  },
}

-- ---------------------------------------------------------------- Tuesday

scene "tue" {
  page_break,
  function(s)
    if s.hot == "posted" then
      return [[Tuesday, half past six, half an hour before her shift. Your phone buzzes on the bench. "Got your letter. I said when you knew what it was. That wasn't it. O."]]
    end
  end,
  function(s)
    if s.hot == "posted" then
      return [[Morven, your apprentice, who is meant to be sweeping the shop, sweeps the same square foot of floor for a long time.]]
    end
  end,
  [[{hot == posted: That night you begin the real letter | On the Tuesday night you begin the real letter} at the kitchen table, on the cream laid paper, once {hot == posted: Morven | Morven, your apprentice,} has locked up downstairs and gone home. The flat is so quiet you can hear the fridge making up its mind.]],
  go = function(s)
    if s.hot == "posted" then return "tue_first" end
    return "tue_sorry"
  end,
}

scene "tue_first" {
  [[*Dear Oonagh,* and then the pen stops, because the first thing in the way of this letter is the other one. She has it. She has read the line about cruelty, probably twice, on the stairs at Shiv's.]],
  choice "Begin with the first letter: what it said, and that you sent it" {
    [[It takes four goes. What stands, in the end, is this:]],
    L.hot_owned,
    go = "tue_turn", respect = "%+12", trust = "%+6", tags = { "repair" },
    effect = function(s) mend(s, "hot") end,
    note = "Naming the thing you did, the line you wrote and the night you sent it, is a mending. Whether it is enough is hers to say.",
  },
  choice "Begin fresh, as if it had never been sent" {
    [[You leave the first letter out of it. A clean page, a clean start: that seems the least you can give her.]],
    go = "tue_turn", trust = "%-6",
    note = "A fresh start that steps round the last thing you did asks her to do the forgetting for you.",
  },
}

-- A pause between the first letter dealt with and the sorry begun.
scene "tue_turn" { page_break, go = "tue_sorry" }

scene "tue_sorry" {
  [[{mends has hot: Under that paragraph | *Dear Oonagh,* comes easily. Under it} the pen writes, before you have decided anything, what it has written in every birthday card for eleven years: *I'm sorry for everything.*]],
  [[You look at that for a long time. It is big enough to cover anything. At half past eleven at night you can't tell whether that's what is good about it or what is wrong with it.]],
  choice "Leave it. 'Everything' leaves nothing out." {
    [[You finish the paragraph round it:]],
    L.everything,
    go = "wed", respect = "%-8", tags = { "apology" },
    effect = function(s) s.sorry = "everything"; s.heard = false end,
    note = "A sorry for 'everything' leaves the remembering to her. She has to work out which things you mean.",
  },
  choice "Make it 'sorry if I hurt you'. You can't speak for what she felt." {
    [[You draw a line through *everything* and write, more carefully:]],
    L.ifhurt,
    go = "wed", respect = "%-12", trust = "%-6", tags = { "apology" },
    effect = function(s) s.sorry = "ifhurt"; s.heard = false end,
    note = "'Sorry if' puts her hurt in doubt. It apologises for her feelings instead of for what you did.",
  },
  choice "Write them down, one at a time: the mornings, the weather, the night she left" {
    function(s)
      return [[You draw a line through *everything*. It takes until two, and three more sheets of the good paper, but this is what stands:]]
    end,
    L.named,
    function(s) if s.heard then return L.seen end end,
    go = "wed", respect = "%+15", trust = "%+15", tags = { "apology" },
    effect = function(s)
      if s.heard then s.sorry = "seen" else s.sorry = "named" end
      s.heard = false
    end,
    note = "A sorry that names what you did tells her you know. It gives her nothing to remember on your behalf.",
  },
}

-- ---------------------------------------------------------------- Wednesday

scene "wed" {
  page_break,
  [[Wednesday. The malt is on the wind again and the kitchen window smells of biscuits. The page has grown, and halfway down it, without your noticing, a *but* has got in.]],
  function(s)
    if s.hot == "drawer" then
      return [[It has come up from the invoice sheets you left in the bench drawer to cool. You don't need to go down and look. You know the top sheet by heart.]]
    elseif s.hot == "posted" then
      return [[It's the same but as the one in the letter she already has. It has simply put on a better coat.]]
    elseif s.hot == "stove" then
      return [[You burnt the invoice sheets on Sunday. The but came back without them.]]
    end
    return [[Nobody put it there. It was in the pen.]]
  end,
  L.excuse,
  [[Every word of it is true.]],
  choice "Cut it. Every word from 'but' on." {
    [[One line through it, corner to corner, so that you can still read it. Then you copy the page out again without it, and the sorry stops where it stops.]],
    go = "thu", respect = "%+18", tags = { "apology" },
    effect = function(s)
      s.but = "cut"
      if s.hot ~= "posted" then s.hot = "" end
    end,
    note = "An apology ends at the word 'but'. Whatever follows is a defence, however true it is.",
  },
  choice "Keep it. She should have the whole picture." {
    [[You leave it in, and copy it out in your best hand, because it's true.]],
    go = "thu", respect = "%-10", trust = "%-6",
    effect = function(s)
      s.but = "excuse"
      if s.hot ~= "posted" then s.hot = "" end
    end,
    note = "Explaining yourself inside an apology asks her to agree that it wasn't really your fault.",
  },
  choice "Keep it, and say what's also true: she stopped telling you" {
    [[You leave it in, and under it, because it's been sitting in your chest since she left{taken could-have-told-me: , and never mind what Marian said about the radio}, you write:]],
    L.blame,
    go = "thu", respect = "%-18", trust = "%-10",
    effect = function(s)
      s.but = "blame"
      if s.hot ~= "posted" then s.hot = "" end
    end,
    note = "She stopped saying it because saying it never worked. Holding her silence against her hands her your part to carry.",
  },
}

-- ---------------------------------------------------------------- Thursday

-- The paragraph that will not come right: each visit is a new draft, and the
-- one before it is crossed out on screen.
scene "thu" {
  page_break,
  [[Thursday, two in the morning. Down on the Dock Road a siren starts up and fades towards the infirmary, and you think: somebody rang her. Somebody rang, and she answered, and told them what to do until the ambulance came.]],
  [[Somewhere between the sorry and the end there ought to be a paragraph about you: how you are, what this is like. It is the one you can't get right.]],
  go = "thu_draft",
}

scene "thu_draft" {
  function(s)
    if visits("thu_draft") == 2 then
      return [[Half past two. A line through the page, top corner to bottom, and you turn the sheet over.]]
    elseif visits("thu_draft") == 3 then
      return [[Ten to four. Another line, corner to corner. The kitchen bin is full of the good paper.]]
    end
  end,
  sequence {
    [[The first go comes out in a rush, all of it at once:]],
    [[The second comes slower. It comes out as a memory:]],
    [[By four the page says only this:]],
  },
  sequence { L.pity, L.memories, L.cold },
  sequence {
    [[Reading it back, you feel very sorry for the woman who wrote it.]],
    [[You can see the caravan as you write it: the door that stuck, her laughing with a torch in her teeth.]],
    [[It is all true. It would do for a postcard to a cousin.]],
  },
  choice "Keep it. She should know what this has cost." {
    when = function(s) return visits("thu_draft") == 1 end,
    [[You leave it in. At the infirmary end of the Dock Road the siren stops, and you think, for no reason you'd say out loud, of her reading it on her break at four in the morning, between one call and the next, with her headset round her neck.]],
    go = "fri", respect = "%-22", patience = "%-12", tags = { "boundary" },
    effect = function(s) s.feel = "pity"; cross(s) end,
    note = "Telling her how much you are suffering so that she will feel it is guilt, and guilt is pressure, however sad it sounds.",
  },
  choice "Keep it. She should remember that it was good." {
    when = function(s) return visits("thu_draft") == 2 end,
    [[You leave it in. Millport looks very small and bright on the page, like something seen through the wrong end of a telescope.]],
    go = "fri", trust = "%-6",
    effect = function(s) s.feel = "memories" end,
    note = "Reminding her of the good times asks her to weigh them against what she left for. She was there; she remembers.",
  },
  choice "Keep it. At least it asks her for nothing." {
    when = function(s) return visits("thu_draft") == 3 end,
    [[You leave it in and go to bed. It is the first paragraph of the week that took no time at all to copy out fair.]],
    go = "fri", trust = "%-4",
    effect = function(s) s.feel = "cold" end,
    note = "A letter with no feeling in it is safe to send and hard to read: she can't tell if you are sorry or only accurate.",
  },
  choice "Put a line through it and try again" {
    when = function(s) return visits("thu_draft") < 3 end,
    go = "thu_draft", patience = "%+4",
    note = "Crossing out a draft that is about the wrong thing is part of writing the right one.",
  },
  choice "Write one line, with nothing round it: 'I miss you.'" {
    [[Three words, in the middle of a clean sheet, and then nothing. You copy them into the letter on a line of their own:]],
    L.line,
    go = "fri", trust = "%+18", tags = { "vulnerability" },
    effect = function(s) s.feel = "line" end,
    note = "Saying what you feel once, plainly, and asking nothing with it, is vulnerability. Saying it to be rescued is something else.",
  },
}

-- ---------------------------------------------------------------- Friday

scene "fri" {
  page_break,
  [[Friday. Morven marbles endpapers all afternoon, combing blue and ochre across the size, and doesn't once ask about the letter, which is how you know Marian has been talking to her.]],
  [[At the foot of the draft is the line that has been there since Tuesday night, written to end the letter before you knew what would go above it:]],
  L.home,
  [[It is the line you mean most. It is also the only line in the letter that asks her for something.]],
  choice "Cut it. End on the sorry." {
    [[You cross it out. Without it the letter asks her for nothing. After the last line there is only your name.]],
    go = "sat", patience = "%+18", tags = { "space" },
    effect = function(s) s.ask = "none" end,
    note = "Leaving the request out lets the apology be a gift, not the opening move of a negotiation.",
  },
  choice "Keep it. It's the truest line there." {
    [[You leave it where it is, at the bottom, where she'll read it last.]],
    go = "sat", patience = "%-12",
    effect = function(s) s.ask = "home" end,
    note = "Asking her back in the same letter as the sorry makes her answer both at once, and no is the easier answer to both.",
  },
  choice "Soften it to something she could say yes to" {
    [[You cross it out and write instead:]],
    L.see,
    go = "sat", patience = "%-4",
    effect = function(s) s.ask = "see" end,
    note = "A gentler request is still a request. It still asks her to answer two things at once.",
  },
  choice "Give her a date, so neither of you is left hanging" {
    [[You cross it out and write instead:]],
    L.date,
    [[On the calendar by the fridge the 31st is a Thursday. She'll be on nights. You write it anyway, and it sits at the foot of the page like the last line of a bill.]],
    go = "sat", patience = "%-25", respect = "%-12", tags = { "boundary" },
    effect = function(s) s.ask = "date"; cross(s) end,
    note = "A date at the foot of a letter turns it into an ultimatum, however kindly it is meant, and an ultimatum has one quick answer.",
  },
}

-- ---------------------------------------------------------------- Saturday

scene "sat" {
  page_break,
  [[Saturday. The guillotine stands where it has stood since your father's day, straight under the bedroom, bolted to a floor it has been shaking for forty years. It weighs about as much as a piano.]],
  [[Morven's cousin Darren has a pallet truck and a free afternoon. Morven says it as if it's nothing: "We could have it in the back shop by teatime. Your light's worse there, mind."]],
  function(s)
    if s.sorry == "seen" or s.sorry == "named" then
      return [[The guillotine is in the letter, in the sorry. Moving it isn't. It could be.]]
    end
    return [[The guillotine isn't in the letter. It could be.]]
  end,
  choice "Move it today, and leave it out of the letter" {
    [[It takes four of you and most of the afternoon, and a floorboard that nobody will mention to the landlord. By six it's in the back shop under the small window, and the front of the shop has a pale rectangle on the floor the shape of forty years.]],
    go = "fair_copy", trust = "%+18", tags = { "change" }, achieve = "quiet-at-ten",
    effect = function(s) s.deed = "quiet" end,
    note = "A change made without announcing it asks for no credit. It is simply there, the next time she looks.",
  },
  choice "Move it, and add a line to the letter saying so" {
    [[It takes four of you and most of the afternoon. That night you add a paragraph, above the letter's last line:]],
    L.told,
    go = "fair_copy", trust = "%+8", tags = { "change" },
    effect = function(s) s.deed = "told" end,
    note = "Telling her about the change is honest, but it turns the change, a little, into a point in your favour.",
  },
  choice "Write it in as a promise. Darren's free any Saturday." {
    [[Darren is free next Saturday, and the one after. That night you add a paragraph, above the letter's last line:]],
    L.promise,
    go = "fair_copy", trust = "%+4",
    effect = function(s) s.deed = "promise" end,
    note = "A promise in a letter is a change she can't see yet. It becomes one only when it is kept.",
  },
  choice "Leave it. Nobody sleeps upstairs in the mornings now." {
    [[You thank Morven and say another time. She says "Aye," in the voice she uses for customers who want gold tooling on a paperback.]],
    go = "fair_copy", trust = "%-10",
    effect = function(s) s.deed = "none" end,
    note = "A change that waits until she comes home is a bargain, not a change.",
  },
}

-- The letter, read through whole, as it will go.
scene "fair_copy" {
  [[Saturday night. You copy the letter out fair, in the hand you keep for title pages, and read it through once from the top, as if it had come to you.]],
  page_break,
  L.dear,
  function(s) if s.hot == "posted" and s.mends:has("hot") then return L.hot_owned end end,
  function(s) if s.sorry == "seen" then return L.named end return L[s.sorry] end,
  function(s) if s.sorry == "seen" then return L.seen end end,
  page_break,
  function(s) if s.but ~= "cut" then return L.excuse end end,
  function(s) if s.but == "blame" then return L.blame end end,
  function(s) return L[s.feel] end,
  function(s) if s.deed == "told" or s.deed == "promise" then return L[s.deed] end end,
  function(s) if s.ask ~= "none" then return L[s.ask] end end,
  L.sign,
  go = "postscript",
}

scene "postscript" {
  page_break,
  [[There is a hand's width of cream paper left at the foot of the page, and a P.S. is the easiest thing in the world to write.]],
  choice "'P.S. Provost asks after you.'" {
    L.dog,
    go = "sunday", trust = "%+4",
    effect = function(s) s.ps = "dog" end,
    note = "A small, true, ordinary thing at the end of a hard letter gives her somewhere easy to put her eyes.",
  },
  choice "'P.S. I'll wait as long as it takes.'" {
    L.wait,
    go = "sunday", patience = "%-8",
    effect = function(s) s.ps = "wait" end,
    note = "Promising to wait sounds like patience. To her it is a weight left on her side of the scales.",
  },
  choice "'P.S. Good luck on the 25th.'" {
    when = function(s) return s.looked ~= "" end,
    L.luck,
    go = "sunday", trust = "%-10",
    effect = function(s) s.ps = "luck" end,
    note = "Using what you saw on her rota, warmly, tells her you looked without telling her you're sorry you did.",
  },
  choice "Tell her about the rota" {
    when = function(s) return s.looked ~= "" end,
    function(s)
      if s.looked == "on" then return [[You open the app one last time, take yourself off it, and then write:]] end
      return [[You write it small, so it fits:]]
    end,
    function(s) if s.looked == "on" then return L.owned_late end return L.owned end,
    go = "sunday", respect = "%+14", trust = "%+6", tags = { "repair" },
    effect = function(s) s.ps = "owned"; s.looked = "off"; mend(s, "rota") end,
    note = "Telling her you looked, before she has to ask, names the thing and gives it back to her to judge.",
  },
  choice "No P.S. Sign it and fold it." {
    [[You leave the space. It looks like what it is: the end.]],
    go = "sunday", patience = "%+6",
    effect = function(s) s.ps = "none" end,
    note = "Ending a letter where it ends lets the last thing she reads be the last thing you meant.",
  },
}

-- ---------------------------------------------------------------- Sending

scene "sunday" {
  [[Sunday. You fold it in three, the way she folds things, and write on the envelope: Oonagh Kerrigan, c/o 14 Pilot Street, the Shore. A first-class stamp from the roll in the till.]],
  [[Now it only has to get there. The box at the end of the lane is emptied at seven in the morning, and she would have it by Tuesday. Pilot Street is twenty minutes downhill, and Shiv's front-room light is on till all hours. And at seven most mornings this week, Oonagh will come off nights at Bankhead and walk out, tired, into the car park by the tyre depot.]],
  choice "Post it at the end of the lane" {
    [[You walk it to the box at the end of Tallow Lane in the last of the light and hold it in the slot a moment longer than you need to. Then you let go.]],
    go = "waiting", patience = "%+16", tags = { "space" },
    effect = function(s) s.how = "post" end,
    note = "The post puts a day between your writing and her reading, and lets her open it when she chooses.",
  },
  choice "Walk it down to Pilot Street tonight, so it comes from your hand" {
    go = "door_step", respect = "%-22", trust = "%-10", tags = { "boundary" },
    effect = function(s) s.how = "door"; cross(s) end,
    note = "Her sister's door, at night, is the one door she went to so that you wouldn't be on the other side of it.",
  },
  choice "Be at Bankhead at seven, so she has it the minute her shift ends" {
    go = "gate", respect = "%-25", patience = "%-12", tags = { "boundary" },
    effect = function(s) s.how = "gate"; cross(s) end,
    note = "Waiting for her outside her work makes her read your face before she can read your letter.",
  },
  choice "Put it in the drawer. Maybe it was for you." {
    go = "drawer", trust = "%-5",
    effect = function(s) s.how = "drawer" end,
    note = "Not every letter has to be sent. But she did ask for one, and not sending is an answer too.",
  },
}

scene "door_step" {
  [[Pilot Street is four streets back from the harbour, where the fish market smells of diesel and ice even on a Sunday. Shiv's is the house with three scooters chained to the railings. It is ten past eleven.]],
  [[The front-room light is on. You are at the letterbox, envelope in hand, when the door opens and Shiv is there in her slippers with a bag of recycling.]],
  [["Oh," she says. "Bea." Behind her, somewhere upstairs, a door closes quietly.]],
  [[Shiv looks up the stairs and then back at you. "She swapped tonight's shift to get one night's sleep," she says. "She was in her bed."]],
  choice "Turn the envelope over and write on the back of it, there on the step" {
    [[You use Shiv's wall for a desk. On the back flap, small, in biro:]],
    [[*I shouldn't have come to the door at night. I'm sorry. I'm going now. B.*]],
    [[Shiv takes it and reads the back, because it's there to be read, and nods once. The door shuts. You walk back up the hill, and the scooters tick in the wind behind you.]],
    go = "waiting", respect = "%+10", tags = { "repair" },
    effect = function(s) mend(s, "door") end,
    note = "Saying, there on the step, what you did and that it was wrong is a mending. The door upstairs closed all the same.",
  },
  choice "Hand Shiv the letter, and go" {
    [["I'll give it her," says Shiv, and waits with the recycling on the step until you've gone past the scooters, the way you'd wait for a dog you weren't sure of.]],
    go = "waiting", respect = "%-4",
    note = "Leaving quickly doesn't undo having come. It only stops the doorstep getting worse.",
  },
  choice "'Is she up? Could I see her, just for a minute?'" {
    [["No," says Shiv. She puts the recycling down and holds out her hand for the letter, and you give it to her, and she shuts the door with her hip. Upstairs, a light goes off.]],
    go = "waiting", respect = "%-25", trust = "%-10", tags = { "boundary" },
    effect = cross,
    note = "Asking to see her, at her sister's door at night, asks Shiv to choose between you and her sister on the spot.",
  },
}

scene "gate" {
  [[Bankhead Ambulance Control is a low brick building behind a barrier, next to a tyre depot. You park by the recycling bins at twelve minutes to seven with the engine off and the heater dying, the letter on the passenger seat.]],
  [[At six minutes past she comes out with her lanyard still on, hair scraped back, a box of somebody's leaving cake under her arm, talking to a young woman in a Bankhead fleece. She sees the van. She stops.]],
  [[The young woman looks from Oonagh to the van and back, and goes on to her own car without being asked. Oonagh puts the cake on the roof of hers and stands there. When you get out with the envelope, her face does nothing at all. She learned that on the phones.]],
  [["Not here, Bea," she says. "This is my work."]],
  choice "Put the letter in her hand anyway. You've come this far." {
    [[You hold it out until she takes it, because the only other thing she could do is let it fall on the tarmac in front of the day shift. She doesn't look at it. She gets into her car with it on her knee, and you watch her remember the cake at the barrier.]],
    go = "waiting", respect = "%-25", trust = "%-15", tags = { "boundary" },
    effect = function(s) s.how = "handed"; cross(s) end,
    note = "Pressing it on her at work makes the letter something she has to carry, not something she chose to open.",
  },
  choice "Say sorry for coming here, and post it instead" {
    [["You're right. I shouldn't have come to your work," you say. "I'm sorry. I'll post it." You say it once. Then you get in the van and go, and you don't look in the mirror till the roundabout.]],
    [[You post it at the first box you pass, on the Dock Road, and sit in the van in a side street until the windows fog.]],
    go = "waiting", respect = "%+10", tags = { "repair" },
    effect = function(s) mend(s, "gate") end,
    note = "Naming what you did, at the moment she names it, is a mending. It is still hers to say whether it is enough.",
  },
  choice "Get back in the van without a word" {
    [[You get back in the van. It takes three goes to start. You post the letter at the first box on the Dock Road, and sit there in a side street till the windows fog.]],
    go = "waiting", respect = "%-4",
    note = "Leaving without a word stops the car park going on. It doesn't tell her you know what it was.",
  },
}

scene "drawer" {
  [[You put it in the drawer of the bench, under the bone folders and your father's tin of cloves, and shut it.]],
  function(s)
    if s.register == "cleaned" then
      return [[October goes. Mrs Moir collects the Fairlie Bible and turns straight to the register. She runs her thumb over 1926, where the red crayon was, and says, "That was our Jean," and pays, and doesn't tip. The maltings kiln; the city smells of biscuits, and then of rain.]]
    end
    return [[October goes. Mrs Moir collects the Fairlie Bible and cries a little over the spine, in a good way, and tips Morven a fiver. The maltings kiln; the city smells of biscuits, and then of rain.]]
  end,
  [[Some nights you open the drawer and read the letter. It doesn't change. You do, a bit.]],
  page_break,
  go = "her_things",
}

scene "her_things" {
  [[In November, Shiv texts: her Gav will come for the rest of Oonagh's things on Saturday, in his van. Oonagh comes in behind him with flat-pack boxes and a roll of tape. She looks rested, which you were not ready for.]],
  function(s)
    if s.deed == "quiet" or s.deed == "told" then
      return [[At the foot of the stairs she stops and listens, the way she listens to a call. "Where's the guillotine?" "Back shop," you say. She looks at you a second longer than she needs to.]]
    end
    return [[At the foot of the stairs she stops and looks at the guillotine, and then goes up without a word.]]
  end,
  [[It takes two hours. At the van, she says, "I thought you might write. I said you could."]],
  choice "Give her the letter from the drawer" {
    [[You go back in for it. She puts it inside her coat without reading the envelope, and Gav, who has heard every word, starts the engine.]],
    go = "waiting", trust = "%+10", tags = { "apology" },
    effect = function(s) s.how = "van" end,
    note = "Giving her the letter to take away, not to read in front of you, leaves the answering to her.",
  },
  choice "'I wrote. I didn't send it.' And leave it there." {
    go = "drawer_after", patience = "%+10", tags = { "space" },
    note = "Telling her the letter exists, and asking nothing with it, is honest without being a claim.",
  },
  choice "'Don't go. Not yet.'" {
    go = "van_no", patience = "%-20", respect = "%-10",
    note = "Asking her to stay while she carries her own boxes out makes her refuse you to your face.",
  },
}

scene "van_no" {
  [[She puts the box down on the pavement. Gav becomes very interested in one of the van's tyres.]],
  [["Bea. No." She isn't angry. She says it the way she must say it at work, to someone who wants the ambulance to come faster than ambulances come. "I'm going to get in the van now."]],
  choice "'Okay. Sorry. Go safe.'" {
    go = "drawer_after", respect = "%+10", tags = { "apology", "space" },
    note = "It is never too late to let a no be the end of the sentence.",
  },
  choice "'Eleven years, Oonagh. Eleven years.'" {
    go = "answered", respect = "%-25", tags = { "boundary" },
    effect = function(s) s.answer = "van"; cross(s) end,
    note = "Holding up the years as a debt is guilt, and guilt spends the years instead of honouring them.",
  },
}

-- ---------------------------------------------------------------- Waiting

-- After the first week: a promise in the letter comes due.
local function after_week(s)
  if s.deed == "promise" then return "the_promise" end
  return "week2"
end

scene "waiting" {
  page_break,
  function(s)
    if s.how == "post" then
      return [[Monday, seven o'clock: you hear the van empty the box at the end of the lane. She'll have it Tuesday, or Wednesday, depending.]]
    elseif s.how == "door" then
      return [[Shiv has it, on the shelf inside her front door with the bus passes and the car keys. Oonagh has something else already, that isn't in the envelope and can't be taken out of it: Shiv saying your name at the front door at ten past eleven at night.]]
    elseif s.how == "gate" then
      return [[She'll have it Tuesday, from the box on the Dock Road. She has already had the car park.]]
    elseif s.how == "handed" then
      return [[She has it. You watched her take it, and you watched her not look at it.]]
    end
    return [[She has it. It went down Tallow Lane on the passenger seat of Gav's van, between her knees and a box of saucepans.]]
  end,
  [[Dougie, who took the lane over from Marian, comes up Tallow Lane at twenty past eleven every day in shorts, whatever the weather. He is nineteen and has no idea that he is the most important man in your week.]],
  [[On the bench, the Kerr commission: twelve poems for a husband's seventieth, to be bound in green goatskin by the end of the month.]],
  choice "Get on with the Kerr poems" {
    [[You pare the goatskin thin enough to read a newspaper through. It is the best work you do all year, and for whole hours at a time you forget to listen for Dougie.]],
    go = after_week, patience = "%+8", tags = { "space" },
    note = "Waiting well is mostly doing something else, properly.",
  },
  choice "Walk Provost for Marian while her knee mends" {
    [[Provost walks like a folded umbrella and stops at every gatepost on the Crescent to read the news. Marian says nothing about Oonagh when you bring him back. She gives you a bag of windfall apples instead.]],
    go = after_week, patience = "%+6",
    note = "Being useful to someone nearby is a good use of time you can't hurry.",
  },
  choice "Ring Shiv, only to hear that Oonagh's all right" {
    go = "shiv_call", respect = "%-20", patience = "%-10", tags = { "boundary" },
    effect = function(s) s.rang = true; cross(s) end,
    note = "Asking her sister how she is asks Shiv to report on her. It puts Shiv in the middle and Oonagh under watch.",
  },
}

scene "shiv_call" {
  [[It rings. You can picture exactly where Shiv's phone is: on the windowsill over the sink at Pilot Street, buzzing against a jar of the kids' paintbrushes, with Oonagh asleep upstairs.]],
  [[On the fifth ring, Shiv picks up. "Bea?" she says, in a voice that is being careful. You ask if Oonagh got the letter, and if she's read it, and if she's all right, and hear yourself ask all three.]],
  [[A long breath at the Shore end. "She's my sister," Shiv says. "I'm not your letterbox, Bea. Don't ask me what she's doing." Behind her a tap runs and stops.]],
  choice "'You're right. I shouldn't have asked you that. I'm sorry, Shiv.'" {
    [[Shiv is quiet for a second. "Aye, well," she says. "Look after yourself." She hangs up first, but gently, the way you'd close a door on someone sleeping.]],
    go = after_week, respect = "%+8", tags = { "repair" },
    effect = function(s) mend(s, "call") end,
    note = "Naming what you asked of Shiv, and taking it back at once, is a mending. Oonagh will hear of it, and judge it, herself.",
  },
  choice "'Just tell me she read it. That's all.'" {
    [["She read it," says Shiv, and the line goes dead.]],
    go = after_week, respect = "%-8",
    note = "Getting the answer out of Shiv doesn't make it yours. It makes Shiv the one who gave it.",
  },
}

scene "the_promise" {
  [[Saturday. Darren's pallet truck is free, Morven says, to the glue pot rather than to you.]],
  [[The letter says you will move the guillotine whatever she writes back. She hasn't written back.]],
  choice "Ring Darren. Today." {
    [[It takes four of you and most of the afternoon, and a floorboard nobody will mention to the landlord. By six the guillotine is in the back shop under the small window, and the front of the shop has a pale rectangle on the floor the shape of forty years.]],
    go = "week2", trust = "%+16", tags = { "change" }, achieve = "kept-your-word",
    effect = function(s) s.deed = "kept" end,
    note = "A promise kept before you know the answer is a promise kept for its own sake. That is the only kind she can believe.",
  },
  choice "Wait till she's answered. If it's no, it's bad light for nothing." {
    [[You tell Morven another Saturday. The guillotine stays under the bedroom, where nobody sleeps in the mornings now.]],
    go = "week2", trust = "%-16",
    effect = function(s) s.deed = "broken" end,
    note = "A promise that waits on her answer was a bargain all along, and a promise broken in writing is remembered in writing.",
  },
}

scene "week2" {
  page_break,
  [[The second week. The Kerr poems go out in green goatskin, and Mrs Kerr holds the book against her chest in the shop as if it might get away.]],
  function(s)
    if s.how == "post" then
      return [["Second class, was it?" says Morven, sweeping. "My gran's Christmas card got to us at Easter." It wasn't second class. It will have come on the Tuesday.]]
    elseif s.how == "door" then
      return [[Morven doesn't ask whether it got there. Everybody on Tallow Lane knows you walked it down yourself; Marian saw you come back up the hill at midnight.]]
    elseif s.how == "gate" then
      return [[Morven doesn't ask whether it got there. She saw your face when you came in on the Monday with your coat buttoned wrong.]]
    elseif s.how == "handed" then
      return [[Nobody has to wonder whether it got there. You put it in her hand.]]
    end
    return [[Nobody has to wonder whether it got there. Gav's van took it down the lane.]]
  end,
  [[On the Wednesday night you read the rough copy again, the one with the lines through it, the way you'd go over a book you'd already bound, looking for the fault.]],
  function(s)
    if s.feel == "pity" then
      return [[The page about not sleeping is still in it. In the rough copy you can see where the pen nearly went through it, and didn't.]]
    end
  end,
  function(s)
    if s.ask == "date" then
      return [[The 31st is there at the foot of the page. It's eight days away now.]]
    end
  end,
  choice "Write her two lines about the page on not sleeping" {
    when = function(s) return s.feel == "pity" and not s.mends:has("pity") and not s.mends:has("date") end,
    [[On a plain card, in the Thursday post, and nothing else with it:]],
    [[*O. The page about not sleeping: I put it in so you'd feel it, and that was wrong of me. I'm eating. I'm sleeping some. You don't have to check on me. B.*]],
    go = her_answer, respect = "%+12", tags = { "repair" },
    effect = function(s) mend(s, "pity") end,
    note = "Naming the page for what it was, and taking the weight of it back, is a mending. A second envelope is still a second envelope; she will judge it.",
  },
  choice "Write her two lines about the 31st" {
    when = function(s) return s.ask == "date" and not s.mends:has("pity") and not s.mends:has("date") end,
    [[On a plain card, in the Thursday post, and nothing else with it:]],
    [[*O. There is no 31st. I should never have written one. Take whatever time you need, or all of it. B.*]],
    go = her_answer, respect = "%+12", tags = { "repair" },
    effect = function(s) mend(s, "date") end,
    note = "Taking back a deadline, in as few words as it took to set it, is a mending. Whether it is enough is hers to say.",
  },
  choice "Leave it. It's sent; let it be what it is." {
    [[You put the rough copy back in the drawer and get on.]],
    go = her_answer, patience = "%+10", tags = { "space" },
    note = "Letting a silence be hers, without reading it as lost or as an answer, is patience with no deadline in it.",
  },
  choice "Start teaching Morven to sew headbands" {
    [[Silk thread over a core of rolled vellum, a bead at every turn. Morven's first one looks like a caterpillar that has been through something. Her fourth is better than yours.]],
    go = her_answer, patience = "%+6", trust = "%+4",
    note = "Passing on what you know steadies the hands while you wait.",
  },
}

-- ---------------------------------------------------------------- Her answer

-- When it comes, and how it looks on the mat.
local ARRIVAL = {
  night = [[On the eleventh day, at twenty past eleven, Dougie puts a single envelope through the door and it lands face up.]],
  shiv = [[On the sixteenth day, at twenty past eleven, Dougie puts a single envelope through the door and it lands face up.]],
  slow = [[Five weeks. The clocks go back; the Kerr poems are long gone; you stop listening for Dougie and start listening to the radio again. Then on a Tuesday in November, at twenty past eleven, a single envelope comes through the door and lands face up.]],
  slow_van = [[Five weeks. The first hard frost; the Christmas lights go up along the Dock Road, a star short of last year. You stop listening for Dougie and start listening to the radio again. Then on a Tuesday in December, at twenty past eleven, a single envelope comes through the door and lands face up.]],
}
local function arrival(s)
  if s.life == "slow" and s.how == "van" then return ARRIVAL.slow_van end
  return ARRIVAL[s.life]
end

-- A date at the foot of the letter, never taken back, passes first, unless
-- she answers before it.
local function deadline(s)
  if s.ask == "date" and not s.mends:has("date") and s.life ~= "night" and s.how ~= "van" then
    return [[The 31st comes and goes on the calendar by the fridge, and nothing comes through the door.]]
  end
end

local ENVELOPE = [[Green biro, in the capitals she uses for addresses, because call handlers are taught to write so that anybody can read it: MS B. LUND, THE BINDERY, 3 TALLOW LANE.]]
local MORVEN = [[Morven takes one look at your face and goes to make tea in the back shop, and stays there.]]
local SIGNED = [[*O.*]]
local DEAR = [[*Bea,*]]

-- Her answer to a line crossed: never mended, mended and taken, mended and
-- turned down.
local function weighed(s, word, never, taken, turned)
  if not s.mends:has(word) then return never end
  if s.turned:has(word) then return turned end
  return taken
end

-- Her letter, paragraph by paragraph: each answers a part of yours.
local R = {
  head = {
    night = [[It is two sides, written small. At the top: *Bankhead, ten past four in the morning, on my break, so you'll excuse the biro.*]],
    shiv = [[It is three sides, with a tea ring on the last. At the top: *Pilot Street, the kitchen table, with Shiv at my elbow pretending to do the crossword.*]],
    slow = [[It is three sides, and the ink changes twice. At the top: *The wall at the Shore, a Sunday, after the swim. I've had your letter five weeks.*]],
  },
  how = {
    post = [[*It came on the Tuesday. Shiv left it on the stairs for me face down, as if it might go off.*]],
    van = [[*I read it in Gav's van on the way back to the Shore, which I shouldn't have, because Gav drives like the ambulance he wishes he was. You had it all along, then. I'm glad you gave it me. I'm glad you didn't give it me in October, too, and I can't tell you why.*]],
  },
  door = {
    [[*I heard you at the door. Ten past eleven at night, Bea, the one night that week I was trying to sleep like other people. I went into Callum's room and shut the door and sat on his bed under the stars till you'd gone. I came to Shiv's so there would be one door in Inverlea you didn't knock on.*]],
    [[*I heard you at the door, and I shut myself in Callum's room so I wouldn't come down, because I'd have come down angry. Shiv gave me the envelope in the morning back side up, so the first thing I read was you saying you shouldn't have come. You shouldn't. But you knew it before I had to tell you, and that's new. I'll take it.*]],
    [[*I heard you at the door, and I shut myself in Callum's room till you'd gone. Shiv gave me the envelope in the morning back side up, so the first thing I read was you saying you shouldn't have come. I believe you meant it. It doesn't unhear the door. I'd gone to Shiv's so there'd be one door you didn't knock on, and now there isn't one.*]],
  },
  gate = {
    [[*You were in the car park at Bankhead at seven in the morning, after a night I'd not wish on anybody, and then you got back in the van without a word. Precious asked me was that my ex. I said I didn't know. I sat in my car for twenty minutes before I could drive.*]],
    [[*You were in the car park at Bankhead. Precious asked me after was that my ex. You said sorry for coming there the minute I said it, and then you went, and you posted it like you said. I'll take that. Don't ever do it again.*]],
    [[*You were in the car park at Bankhead. You said sorry for it, and you went, and I believe you meant it. But that car park is the one place where I'm nobody's but the callers', and now every morning at seven I look for the van. Sorry doesn't stop me looking.*]],
  },
  hot = {
    [[*You didn't mention the first letter, the one from the invoice pad. I've still got it. The line about cruelty is underlined, by me, twice.*]],
    [[*You said sorry for the first letter, and for the cruelty line by name. Good. I'd have stopped reading this one at the top if you hadn't got to that first.*]],
    [[*You said sorry for the first letter, the cruelty one. I read that, and then I read the first one again, and I'm afraid it's the first one I remember.*]],
  },
  sorry = {
    seen = [[*"The guillotine at ten in the morning." "The weather." "Kinder to strangers." You wrote them all down. And the step. I didn't know anybody had seen me on the step. I thought I'd kept that one. I'm not sorry Marian told you, though I'll be having a word with her.*]],
    named = [[*"The guillotine at ten in the morning." "The weather." "Kinder to strangers." You wrote them down one after the other, like faults in a binding. Eleven years, and I never once heard you say what you were sorry for. Only that you were.*]],
    everything = [[*"Sorry for everything." I read that and thought: which bit? It would have helped to know that you knew which bit.*]],
    ifhurt = [[*"Sorry if I hurt you." If, Bea. I'll leave that there.*]],
  },
  but = {
    cut = [[*You didn't say but. I looked for it all the way down the page. I don't think I've had a sorry off you without one since 2015.*]],
    excuse = [[*I know about the rates, and your dad's loan, and the university contract. I was there. I paid half the rates. That isn't what I asked you to write about.*]],
    blame = [[*I know about the rates. And "you never once said it was that bad." I said it for eight years, every way I knew. Then I stopped, and you took the quiet for things getting better. I'm not going to argue it with you again on paper.*]],
  },
  feel = {
    line = [[*"I miss you." On a line of its own, with nothing round it. I read that line more than the rest. I miss you too, some mornings. It isn't an argument for anything. It's just true, so there it is.*]],
    cold = [[*I looked for you in it and couldn't find you. "The shop is busy." It's a good list of what you did. I still don't know how you are.*]],
    memories = [[*Millport. The sugar. I remember it too, Bea, I was there. I don't need telling it was good. I need to know it could be good at ten in the morning as well.*]],
  },
  pity = {
    [[*The page about not sleeping, not eating, how much more you can take. I read it on a break, and I spent the rest of that night worrying about you instead of the people I'm paid to worry about. I think that was what it was for. If it's true, ring your GP, or the Samaritans on 116 123; they're good, I know some of them. But I can't be the one who checks.*]],
    [[*The page about not sleeping. Then your card a week later, saying you put it in so I'd feel it. I had felt it. But I'm glad you saw what it was before I had to say. I can't be the one who checks, and now we both know that.*]],
    [[*The page about not sleeping, and then your card a week later taking it back. I understand why. But it had done its work by then: I'd spent a whole shift worrying about you instead of the callers. A card doesn't give me the shift back.*]],
  },
  ask = {
    none = [[*You didn't ask me for anything. I noticed. It's the first thing you've given me in a long time that didn't come with a question stapled to it.*]],
    see = [[*You'd love to see me when I'm ready. I'll tell you when I am. Don't ask me again in the meantime; let me be the one.*]],
    home = [[*"Please come home." I can't answer that and the rest of it in the one letter, so I'm not answering it. Don't ask me it again on paper.*]],
  },
  date = {
    [[*"If I've not heard by the 31st." I'm on nights on the 31st. I've been twelve years on the phones and I know a deadline when one's read to me, and I don't answer to them. I'm answering now because I'm ready, not because of the date.*]],
    [[*The 31st, and then your card saying there's no 31st. Good. There isn't. I'd not have answered at all if you hadn't taken it back.*]],
    [[*The 31st, and then a card taking it back. I believe you meant the card. But I spent a week with the 31st, on nights, counting, and that's the week I remember.*]],
  },
  deed = {
    quiet = [[*On the Thursday I came home from Bankhead the long way, up Tallow Lane, at ten in the morning, because I wanted to hear it for myself. It was quiet. I stood at Marian's gate for twenty minutes and it stayed quiet. You never said. I'd have believed it less if you had.*]],
    told = [[*You said you'd moved the guillotine. I came home the long way on the Thursday, up Tallow Lane at ten, to hear for myself, and it was quiet. It's true, then. I wish you'd let me find it out.*]],
    kept = [[*You wrote that you'd move the guillotine whatever I wrote back. I came home the long way one Thursday, up Tallow Lane at ten, and it was quiet. You did it before you knew what I'd say. That counts. That counts more than the rest of the letter.*]],
    broken = [[*You wrote that you'd move the guillotine whatever I wrote back. I came home the long way one Thursday, up Tallow Lane at ten. I heard it from the corner.*]],
    none = [[*I came home the long way one Thursday, up Tallow Lane at ten. I heard it from the corner, same as ever. I don't know why I thought I wouldn't.*]],
  },
  rota = {
    luck = [[*"Good luck on the 25th." Nobody knew about the 25th, Bea. It was on my rota and nowhere else, and under that Sunday it says Seen by B. Lund. I'd rather you'd asked me.*]],
    on = [[*And the rota. Seen by B. Lund, under every shift I've worked since I left. You didn't mention it. I'm mentioning it.*]],
    off = [[*And the rota. Under that Sunday night it says Seen by B. Lund. You didn't mention it. I'm mentioning it.*]],
  },
  owned = {
    [[*You told me about the rota. I'd seen your name under that Sunday already, and I'd been waiting to see whether you'd say. You said. Thank you. The 25th went well, since you know about it. I'll tell you about it some time.*]],
    [[*You told me about the rota. I'd seen your name under that Sunday already. I'm glad you said, but I'd rather you'd never opened it. It was the one thing of mine I thought was still my own.*]],
  },
  call = {
    [[*Shiv told me you rang her to ask about me. She's my sister, Bea. She's not a window.*]],
    [[*Shiv told me you rang, and that you said sorry for asking before she'd half finished telling you off. She was quite put out about that. I'll take it.*]],
    [[*Shiv told me you rang, and that you said sorry for it. She's still cross, and so am I. I went to Shiv's to be somewhere you couldn't see into.*]],
  },
  ps = {
    dog = [[*Tell Provost I ask after him too, and tell Marian she's a liar about his biscuits.*]],
    wait = [[*And don't wait as long as it takes. I don't want to be somebody you're waiting for. That's a weight too, even from the Shore.*]],
  },
  life = {
    night = [[*It's been a night. A man on the Dock Road whose wife stopped breathing, and I kept him doing compressions for eleven minutes till the crew got in, and she's alive, and my hands are still going. So if this is short, that's why, and if it's honest, that's why too.*]],
    shiv_warm = [[*Shiv read it over my shoulder, which she's not allowed to. She said, "That's a woman who knows what she did." Shiv has not said a kind word about you in eleven years, so make of that what you like.*]],
    shiv = [[*Shiv read it over my shoulder, which she's not allowed to. She said, "She's said sorry before." I told her to mind her own business, but I didn't tell her she was wrong.*]],
    slow = [[*I start on days in January, training the new call handlers at the college. I wanted to know who I am in daylight before I answered anything. I'm finding out. She's all right, this one.*]],
  },
}

local function r_head(s) return R.head[s.life] end
local function r_how(s)
  if s.how == "door" or s.how == "gate" then
    local t = R[s.how]
    return weighed(s, s.how, t[1], t[2], t[3])
  end
  return R.how[s.how]
end
local function r_first(s)
  if s.hot == "posted" then return weighed(s, "hot", R.hot[1], R.hot[2], R.hot[3]) end
end
local function r_sorry(s) return R.sorry[s.sorry] end
local function r_but(s) return R.but[s.but] end
local function r_feel(s)
  if s.feel == "pity" then return weighed(s, "pity", R.pity[1], R.pity[2], R.pity[3]) end
  return R.feel[s.feel]
end
local function r_ask(s)
  if s.ask == "date" then return weighed(s, "date", R.date[1], R.date[2], R.date[3]) end
  return R.ask[s.ask]
end
local function r_deed(s) return R.deed[s.deed] end
local function r_rota(s)
  if s.ps == "owned" then return weighed(s, "rota", nil, R.owned[1], R.owned[2]) end
  if s.ps == "luck" then return R.rota.luck end
  return R.rota[s.looked]
end
local function r_call(s)
  if s.rang then return weighed(s, "call", R.call[1], R.call[2], R.call[3]) end
end
local function r_ps(s) return R.ps[s.ps] end
local function r_life(s)
  if s.life == "shiv" and letter_score(s) >= 5 and unmended(s) == 0 then return R.life.shiv_warm end
  return R.life[s.life]
end

-- ---------------------------------------------------------------- Her letters

scene "reply_yes" {
  deadline, arrival, ENVELOPE, MORVEN,
  page_break,
  r_head, DEAR, r_how, r_first, r_sorry,
  page_break,
  r_but, r_feel, r_ask,
  page_break,
  r_deed, r_rota, r_call, r_ps, r_life,
  page_break,
  [[*Walk with me on Sunday. Eight o'clock, the slipway at the Shore, to the old baths and back. I'm not promising anything. It's a walk.*]],
  SIGNED,
  choice "Post one line: 'Sunday. Eight. I'll be there.'" {
    [[You write it on a plain card and post it before Dougie has reached the end of the lane.]],
    go = "slipway_walk", patience = "%+12", tags = { "space" },
    effect = function(s) s.answer = "line" end,
    note = "Answering in her terms, at her length, tells her the terms are safe with you.",
  },
  choice "Say yes, and write the four pages the letter left out" {
    [[It takes you till two. Yes, and Sunday, and then everything else: what you'd have said if you'd dared, what you've thought about since. You post it in the morning.]],
    go = "slipway_walk", patience = "%-12",
    effect = function(s) s.answer = "more" end,
    note = "She offered a walk. Four pages back asks her to carry more than she offered to.",
  },
}

local function close_friends(s)
  if letter_score(s) >= 6 then
    return [[*It's the best thing you ever wrote me, and I've kept it, and I'm not coming back. Not because you haven't changed. Because I have. I've a life on days from January that I'm only starting to see the shape of, and I want to walk into it with nothing pulling the other way. But I'd like to know you, Bea. If that's a thing you can do without it being a road back, write and say so. If it isn't, say that, and I'll understand.*]]
  end
  return [[*I'm not coming back, Bea. Not to Tallow Lane, and not to us; I've turned it every way up. But I'd like to know you, if that's a thing you can do without it being a road back. If it is, write and say so. If it isn't, say that, and I'll understand.*]]
end

scene "reply_friends" {
  deadline, arrival, ENVELOPE, MORVEN,
  page_break,
  r_head, DEAR, r_how, r_first, r_sorry,
  page_break,
  r_but, r_feel, r_ask,
  page_break,
  r_deed, r_rota, r_call, r_ps, r_life,
  page_break,
  close_friends,
  SIGNED,
  choice "Write back: yes, as her friend" {
    [[*O. Yes. As a friend, and nothing folded up inside it. B.*]],
    go = "missal", respect = "%+14", tags = { "space" },
    effect = function(s) s.answer = "friend" end,
    note = "Taking the friendship she offers, as she offers it, honours the answer she gave instead of the one you hoped for.",
  },
  choice "Don't answer this winter. You couldn't do it honestly yet." {
    [[You put her letter in the drawer with the rough copy and leave it there. You know yourself: any letter you wrote this winter would be a road back with a friendship painted on it.]],
    go = "winter", respect = "%+8", tags = { "space" },
    effect = function(s) s.answer = "silent" end,
    note = "Knowing you can't be the friend she asked for yet, and not pretending, is its own respect.",
  },
  choice "'Eleven years, and we're to be pen pals?'" {
    go = "answered", respect = "%-28", patience = "%-10", tags = { "boundary" },
    effect = function(s) s.answer = "letter"; cross(s) end,
    note = "Holding up the years as a reason she owes you more is guilt. It spends the very thing you meant to honour.",
  },
}

local function close_no(s)
  if unmended(s) == 1 then
    local why = "Not because of the letter. Because of "
    if letter_score(s) < 3 then why = "Partly the letter. Mostly " end
    return [[*It's no. ]] .. why .. her_list(s) .. [[. I asked for one thing, a letter, when you knew what it was, and I got that and something else with it. I'm sorry. I'm glad you wrote the rest.*]]
  elseif s.turned:count() > 0 then
    return [[*It's no. The sorry for ]] .. turned_words(s) .. [[ was real, Bea, and it isn't enough. Maybe it will be some day. I can't have you waiting on some day.*]]
  end
  return [[*It's no. I can't find enough of you in it to trust, and I'm too tired to wait and see if more turns up. I'm sorry. I'm glad you wrote, though. I mean that.*]]
end

scene "reply_no" {
  deadline, arrival, ENVELOPE, MORVEN,
  page_break,
  r_head, DEAR, r_how, r_first, r_sorry,
  page_break,
  r_but, r_feel, r_ask,
  page_break,
  r_deed, r_rota, r_call, r_ps, r_life,
  page_break,
  close_no,
  SIGNED,
  [[Outside, the malt is on the wind. It smells exactly as it did yesterday.]],
  choice "Thank her for answering, and stop there" {
    [[*O. Thank you for answering, and for telling me straight. I won't write again unless you do. B.*]],
    go = after_no, respect = "%+14", tags = { "space" },
    effect = function(s) s.answer = "thanks" end,
    note = "A no written down plainly cost her something to write. Thanks, with nothing asked, is the only reply that doesn't send the cost back.",
  },
  choice "Go down to Pilot Street and hear it from her face" {
    go = "answered", respect = "%-28", tags = { "boundary" },
    effect = function(s) s.answer = "shiv"; cross(s) end,
    note = "Going to her door to test her answer tells her it wasn't heard.",
  },
  choice "'Eleven years, and that's it?'" {
    go = "answered", respect = "%-28", patience = "%-10", tags = { "boundary" },
    effect = function(s) s.answer = "letter"; cross(s) end,
    note = "Holding up the years as a reason she owes you a yes is guilt. It spends the very thing you meant to honour.",
  },
}

scene "reply_stop" {
  deadline, arrival, ENVELOPE,
  page_break,
  [[It is four lines long.]],
  function(s)
    return [[*Bea. I asked for one letter, when you knew what it was. I've had ]] .. her_list(s) .. [[ as well. I'm not angry any more, I'm tired. Please stop now. Properly. O.*]]
  end,
  [[The lamp hums. Morven, in the back shop, has stopped pretending to work.]],
  choice "Don't reply. Just stop." {
    go = "keys", respect = "%+10", tags = { "space" },
    effect = function(s) s.answer = "silent" end,
    note = "She asked for an end. Giving it without a last word of your own is the one answer that proves you read hers.",
  },
  choice "Write back 'Understood. I'm sorry.' Then stop." {
    go = "keys", respect = "%+10", tags = { "apology", "space" },
    effect = function(s) s.answer = "understood" end,
    note = "Four words that agree with her, and then nothing at all for as long as nothing is asked for: that is how a stop is kept.",
  },
  choice "Be at Bankhead at seven. She should hear it from you, not a card." {
    go = "answered", respect = "%-30", tags = { "boundary" },
    effect = function(s) s.answer = "gate"; cross(s) end,
    note = "Going to make her hear you tells her that her own words, in her own hand, didn't count. Nothing closes a door faster.",
  },
}

scene "reply_unopened" {
  function(s)
    if s.life == "slow" then
      return [[Five weeks. Then, on a Tuesday in November, at twenty past eleven, Dougie puts an envelope through the door and it lands face up.]]
    end
    return [[On the ninth day, at twenty past eleven, Dougie puts an envelope through the door and it lands face up.]]
  end,
  [[It is your own. Your good hand, your cream laid paper, her name, c/o 14 Pilot Street, the flap still stuck down the way you stuck it on the Sunday. Across the front, in green biro capitals so that anybody can read them: RETURN TO SENDER. NOT OPENED. And under that, in case the post has doubts: 3 TALLOW LANE.]],
  [[Dougie, who can read, doesn't look at you through the glass. He goes on up the lane and doesn't whistle.]],
  choice "Put it in the drawer, still sealed, and leave her be" {
    go = "keys", respect = "%+10", tags = { "space" },
    effect = function(s) s.answer = "sealed" end,
    note = "Sending it back unopened was her answer. Keeping it sealed is the one way left to hear it.",
  },
  choice "Take it down to Pilot Street and put it through the door yourself" {
    go = "answered", respect = "%-30", tags = { "boundary" },
    effect = function(s) s.answer = "door"; cross(s) end,
    note = "A letter she refused, delivered again by hand, tells her no answer of hers will be taken.",
  },
}

-- ---------------------------------------------------------------- Endings

-- What she had to forgive before the walk, as she mentions it at the railings.
local function mended_words(s)
  local t = {}
  if took(s, "hot") then t[#t + 1] = "the first letter" end
  if took(s, "rota") then t[#t + 1] = "the rota" end
  if took(s, "pity") then t[#t + 1] = "the page about not sleeping" end
  if took(s, "date") then t[#t + 1] = "the 31st" end
  if took(s, "door") then t[#t + 1] = "Shiv's door" end
  if took(s, "gate") then t[#t + 1] = "the car park" end
  if took(s, "call") then t[#t + 1] = "the phone call to Shiv" end
  if #t == 0 then return nil end
  if #t == 1 then return t[1] end
  return table.concat(t, ", ", 1, #t - 1) .. " and " .. t[#t]
end

-- The walk, read before its ending screen.
scene "slipway_walk" {
  [[Sunday, eight o'clock, a low sun on the firth and the tide out. She comes up the slipway with her swimming bag and a towel round her hair, pink to the elbows from the cold.]],
  function(s)
    if s.answer == "more" then
      return [[Before good morning she says, "I got your four pages. I've read one. Today's a walk, Bea." You say all right. You find that it is.]]
    end
  end,
  [["Nine years of nights," she says, as you fall into step along the prom. "I'd forgotten what a Sunday morning looks like from the front."]],
  function(s)
    if s.deed == "none" or s.deed == "broken" then
      return [[On the way back she says, "Is it still under the bedroom?" You say it is. She nods, and says nothing else, and you understand that the guillotine is the next letter, and that this one will have to be written with a pallet truck.]]
    end
    return [[At the old baths she leans on the railings where the path runs out. "Marian's been telling the whole Crescent," she says, to the water. "Quiet at ten. You'd think you'd built a cathedral."]]
  end,
  function(s)
    local w = mended_words(s)
    if w then
      return [[She mentions ]] .. w .. [[ once, at the railings, plainly, the way she'd read back an address to a caller. Then she lets it go. You named it before she had to, and it seems that is the difference.]]
    end
  end,
  page_break,
  go = "slipway",
}

ending "slipway" {
  title = "Eight O'Clock at the Slipway",
  kind = "reconciled",
  [[She doesn't take your arm. Near the end of the prom her sleeve brushes yours, and she lets it. It is a walk; the Sunday after, there is another.]],
  reflection = [[Nothing here was won. You wrote the letter and let the answering be hers: the weeks she took, the walk she chose. A yes from someone free to say no holds one Sunday at a time.]],
}

-- The missal, read before its ending screen.
scene "missal" {
  [[In February she comes into the bindery with a parcel: her gran's missal from Donegal, the spine gone, the pages falling out in sections. "You're the only one I'd trust with it," she says, and that is not nothing.]],
  function(s)
    if s.sorry == "seen" or s.sorry == "named" then
      return [[The letter you took a week over is in the box with it, folded in three. "I keep it in with Gran," she says, and doesn't explain, and you don't ask.]]
    end
  end,
  [[You resew it by hand, section by section, with a kettle stitch at the head and tail of each to tie it to the one before. It takes a fortnight. You don't hurry it.]],
  page_break,
  go = "kettle_stitch",
}

ending "kettle_stitch" {
  title = "Kettle Stitch",
  kind = "growth",
  [[When she collects it she tells you about working days, and how strange the light is at four in the afternoon. Neither of you says anything about anything else, and it is fine. It is better than fine.]],
  reflection = [[She didn't come back, and the letter was never meant to make her. You took her answer as she gave it. A kettle stitch doesn't hold a book shut; it ties each part to the next, so the book can open.]],
}

-- The winter, read before its ending screen.
scene "winter" {
  [[It is over, and some time around the new year you notice you've stopped arguing with that, even in your head.]],
  function(s)
    if s.deed == "quiet" or s.deed == "told" or s.deed == "kept" then
      return [[You bind a book for nobody: blank, quarter leather, handmade paper, the best binding you've done in years. You write in it in the mornings at ten, when the shop is quiet because the guillotine lives in the back now.]]
    elseif s.deed == "broken" then
      return [[In January you and Morven and Darren move the guillotine to the back shop, two months after you promised it and to nobody. It should have been there all along. Then you bind a book for nobody, and start writing in it at ten.]]
    end
    return [[One Saturday you and Morven and Darren move the guillotine to the back shop anyway. Nobody sleeps upstairs in the mornings now. It should have been there all along. Then you bind a book for nobody, and start writing in it at ten.]]
  end,
  page_break,
  go = "book_for_nobody",
}

ending "book_for_nobody" {
  title = "A Book for Nobody",
  kind = "growth",
  [[Marian says you look like a hardback these days. From Marian, that is a love letter.]],
  reflection = [[Her answer was hers, and you let it stand without arguing. What you did on your own part was never the price of a yes. It was yours to do, and still is: for whoever comes next, and for you.]],
}

-- The van going, read before its ending screen.
scene "drawer_after" {
  [[The van goes down Tallow Lane, turns at the postbox, and is gone.]],
  function(s)
    if (s.sorry == "seen" or s.sorry == "named") and s.but == "cut" then
      return [[The letter stays in the drawer, under the bone folders and the tin of cloves. Sometimes you read it. It says what you did, and that you're sorry, and it doesn't say but.]]
    elseif s.sorry == "seen" or s.sorry == "named" then
      return [[The letter stays in the drawer, under the bone folders and the tin of cloves. Sometimes you read it. It says what you did, and that you're sorry. Halfway down there is still a but you never cut.]]
    end
    return [[The letter stays in the drawer, under the bone folders and the tin of cloves. Reading it in the winter, you can see which parts of it were true, and which were you asking to be let off.]]
  end,
  page_break,
  go = "the_drawer",
}

ending "the_drawer" {
  title = "The Drawer",
  kind = "growth",
  [[In the spring you start leaving the shop door open in the mornings. The city smells of biscuits. Marian waves from her step.]],
  reflection = [[Not every apology gets sent. Writing it made you see your own part, and {seen van_no: after one 'don't go' you let her go | you didn't use it to hold her at the van}. She asked for it when you knew what it was; perhaps now you do.]],
}

-- Every line crossed, in your own words, for the winter afterwards: a list.
local function your_list(s)
  local t = {}
  if s.hot == "posted" then t[#t + 1] = "the invoice-pad letter posted at one in the morning" end
  if s.looked ~= "" then t[#t + 1] = "her rota opened on your phone" end
  if s.feel == "pity" then t[#t + 1] = "the page about not sleeping" end
  if s.ask == "date" then t[#t + 1] = "the 31st" end
  if s.how == "door" then t[#t + 1] = "Shiv's step at eleven at night" end
  if s.how == "gate" or s.how == "handed" then t[#t + 1] = "the car park at Bankhead" end
  if s.how == "handed" then t[#t + 1] = "the letter held out until she had to take it" end
  if s.rang then t[#t + 1] = "the phone call to Shiv" end
  return t
end

-- The winter after a stop, read before its ending screen.
scene "keys" {
  function(s)
    if s.answer == "sealed" then
      return [[The letter goes in the drawer, still sealed, on top of the rough copy. You know what it says. She never will, and that was hers to decide.]]
    elseif s.answer == "understood" then
      return [[You write the two words and the sorry, and post them, and then you keep to the nothing after. It is harder than the letter was.]]
    end
    return [[You don't write back. It is harder than the letter was.]]
  end,
  [[In December her keys to the flat come back through the door in a padded envelope, with no note. Her capitals on the front, green biro, so that anybody could read them.]],
  function(s)
    local t = your_list(s)
    local head = [[Some nights at the bench you go over it the way you'd go over a bad binding, looking for where it gave]]
    if #t == 1 then
      return head .. [[, and it is always the same place: ]] .. t[1] .. [[. She had asked for a letter, and nothing round it.]]
    elseif #t == 2 then
      return head .. [[: ]] .. t[1] .. [[, and then ]] .. t[2] .. [[. It wasn't either one alone. It was that the second came after the first.]]
    end
    return head .. [[: ]] .. table.concat(t, ", ", 1, #t - 1) .. [[ and ]] .. t[#t] .. [[. It wasn't any one of them. It was that there was always another.]]
  end,
  page_break,
  go = "return_to_sender",
}

ending "return_to_sender" {
  title = "Return to Sender",
  kind = "apart",
  [[When Marian hears, she doesn't say anything clever. She puts the kettle on and lets Provost lean on your leg, which is worse.]],
  reflection = [[It wasn't the letter that ended it but what you did round it, {crossed > 1: each time you | the time you} couldn't wait for her. {answer == sealed: Keeping it sealed | Stopping when she asked} was right. Harder is stopping before anyone has to ask.]],
}

-- What you did with her answer, read before its ending screen.
scene "answered" {
  function(s)
    if s.answer == "van" then
      return [[You say it on the pavement, with Gav pretending to check the tyres. She picks up the box and gets into the van, and doesn't look back.]]
    elseif s.answer == "shiv" then
      return [[Shiv opens the door, and listens, and says Oonagh is asleep, and closes it. You know from her face that Oonagh is not asleep.]]
    elseif s.answer == "gate" then
      return [[At seven the next morning you are in the car park by the tyre depot. She comes out, sees the van, and goes back inside, and a man in a green fleece comes out instead and asks you, politely, to leave the site.]]
    elseif s.answer == "door" then
      return [[You put it through the letterbox at Pilot Street yourself, at midnight, and hear it land on the mat. Two days later it is back on yours, and this time she hasn't written anything on it at all.]]
    end
    return [[You write back that night. It is four pages, with a but in every paragraph, and you post it before you can read it over.]]
  end,
  page_break,
  go = "last_word",
}

ending "last_word" {
  title = "The Last Word",
  kind = "apart",
  function(s)
    if s.answer == "van" then
      return [[The letter stays in the drawer. There is no good reason, now, to take it out.]]
    elseif s.answer == "door" then
      return [[It goes in the drawer with the rough copy, still sealed. The last thing she had from you was the letterbox at midnight.]]
    elseif s.answer == "shiv" then
      return [[She doesn't write again. Somewhere on the Shore is the letter you took a week over. The last thing she had from you was her sister's step.]]
    elseif s.answer == "gate" then
      return [[She doesn't write again. The last thing she had from you was the van in the car park, the morning after she asked you to stop.]]
    end
    return [[She doesn't answer. There is nothing to answer, really. You said it all. Somewhere on the Shore is the letter you took a week over. The last thing she had from you was the other thing.]]
  end,
  reflection = [[Her no wasn't the one you wanted, so you answered it, and the sorry became an invoice with the years added up at the bottom. A no deserves thanks and a silence. You can still learn to give both.]],
}
