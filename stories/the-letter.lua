-- Kettle Stitch (id "the-letter"): an apology letter, drafted over a week in
-- a bindery on Tallow Lane, Inverlea, a firth city that smells of warm
-- biscuits on the days the maltings kiln. You are Bea Lund, bookbinder, 47.
-- Oonagh Kerrigan, 45, your partner of eleven years, works nights at
-- Ambulance Control and has gone to her sister's on the Shore. Her last text:
-- don't ring; if you've something to say, write it down, when you know what
-- it is. The story is what goes in the letter, what comes out, whether and how
-- it is sent, and the waiting.
-- British spelling throughout. Every paragraph is one line: a newline inside a
-- paragraph would be a forced break on screen.
--
-- Meters move by fairmath ("%+10" takes a tenth of the way to 100, "%-30"
-- three tenths of the way to 0). No code reads them: they are the bars. What
-- Oonagh makes of it all is kept in two small whole numbers, so that
-- `rekindle quicktest` can walk every state of the story:
--   warmth    0..10: what reaches her. Each good thing in the letter raises
--             it by one (a named sorry, the 'but' cut, one plain line of
--             feeling, no request), as do a change made, a gentle delivery
--             and each quiet week of waiting; a careless line lowers it by
--             one, and pressure by two;
--   pressure  0..3: pressure choices taken (three means three or more).
-- Flags that last: `moved` (the guillotine is out from under the bedroom),
-- `asked` and `but_cut` (what the letter said, until her answer comes) and,
-- once on the prom, `walked`. Every other flag is cleared as soon as it has
-- been used, so that it reads alike for every playthrough afterwards.

-- Helpers (pure functions of the state and the engine's seeded math.random).

-- Warmth moves by n, kept within 0..10.
local function warm(s, n)
  local w = s.warmth + n
  if w > 10 then w = 10 elseif w < 0 then w = 0 end
  s.warmth = w
end

local function up(s) warm(s, 1) end
local function down(s) warm(s, -1) end

-- A pressure choice was taken: counted (up to three), and it costs two steps
-- of warmth.
local function pushed(s)
  if s.pressure < 3 then s.pressure = s.pressure + 1 end
  warm(s, -2)
end

-- Leaving the ledger: what was written there has done its work for the night.
local function shut_ledger(s)
  s.e_guillotine = false; s.e_said = false; s.e_quiet = false; s.e_hers = false
end

-- Her answer to the letter, in percent, by warmth. Nothing under 3: a yes
-- needs a week of good choices, not one. Never above 82, and the walk that
-- follows a yes has its own chance of ending in "not yet": even the best
-- letter is answered no, or not yet, about one time in four.
local LETTER_YES = { [0] = 0, 0, 0, 18, 38, 60, 72, 78, 80, 82, 82 }

local function letter_verdict(s, bonus)
  local roll = math.random(100)
  if s.pressure >= 2 then
    if s.pressure >= 3 or roll <= 60 then return "her_stop" end
    return "her_no"
  end
  local p = LETTER_YES[s.warmth] + bonus
  if s.pressure == 1 then p = p - 25 end
  if p > 82 then p = 82 end
  if roll <= p then return "her_yes" end
  if roll <= p + 8 and s.warmth >= 3 then return "her_not_yet" end
  return "her_no"
end

-- Her letter arrives: what the letter said has done its work, except for the
-- reply that answers it.
local function open_letter(s)
  local answer = letter_verdict(s, 0)
  if answer ~= "her_yes" then s.but_cut = false; s.asked = false end
  return answer
end

-- At the old baths, after the walk: does she say yes? Two or more pressure
-- choices can never end in reconciliation, whatever else happened.
local BATHS_YES = { [0] = 0, 0, 0, 50, 68, 82, 90, 92, 92, 92, 92 }

local function baths_verdict(s, bonus)
  if s.pressure >= 2 then return "her_not_yet" end
  local p = BATHS_YES[s.warmth] + bonus
  if s.pressure == 1 then p = p - 30 end
  if p > 92 then p = 92 end
  if math.random(100) <= p then
    if s.moved then return "sunday_tea" end
    return "slowly"
  end
  return "her_not_yet"
end

-- After a no, taken with thanks. A warm autumn without a pattern of pushing
-- leaves room for a friendship; three pushes leave none.
local function accept_no(s)
  if s.pressure >= 3 then return "return_to_sender" end
  if s.pressure < 2 and s.warmth >= 7 then return "kettle_stitch" end
  return "a_book_for_nobody"
end

-- After she asks you to stop, and you do.
local function accept_stop(s)
  if s.pressure >= 3 then return "return_to_sender" end
  return "a_book_for_nobody"
end

story {
  id     = "the-letter",
  title  = "Kettle Stitch",
  author = "rekindle",
  blurb  = "A bookbinder, one letter, and everything she leaves out of it.",
  start  = "bench",
  meters = { patience = 58, respect = 60, trust = 55 },
  vars   = {
    warmth = 0,            -- 0..10: what reaches Oonagh of it all
    pressure = 0,          -- pressure choices taken (0..3); two or more rule out reconciliation
    asked = false,         -- the letter asks her to come home
    moved = false,         -- the guillotine is in the back shop
    walked = false,        -- you walked the prom with her
    -- read for a scene or two, then cleared
    reflected = false,     -- something is written in the ledger
    e_guillotine = false, e_said = false, e_quiet = false, e_hers = false,
    but_cut = false,       -- the 'but' came out of the letter
    pity = "",             -- what became of the self-pity page: "", kit, kept
    how = "",              -- how the letter went: post, shiv, gate, gate_post, late
    where = "",            -- where the last word was said
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- pressure: a tactic that pushes; apology: saying sorry; space: leaving
  -- room; reflection: naming your own part; listening: her side of it;
  -- vulnerability: saying what you feel; change: a change made in deeds.
  tags   = { "pressure", "apology", "space", "reflection", "listening", "vulnerability", "change" },
  covers = { 1, 2, 4, 5, 6, 9, 12, 15, 16 },
}

-- The collection's rules, checked by randomtest and quicktest.
rule "two pushes rule out a reconciled ending" { never = "reconciled", after = "pressure", times = 2 }
rule "the other person has a mind of their own" {
  at_least = 20, of_plays_without = "pressure", end_in = { "growth", "apart" },
}
rule "every playthrough is a story" { min_choices = 8 }
rule "every change of a meter says what it taught" { notes = true }

-- ---------------------------------------------------------------- Sunday

scene "bench" {
  [[Inverlea, a Sunday night in October. It was a kilning day at Crichton's Maltings, and the whole city still smells of warm digestive biscuits, even in the bindery on Tallow Lane, over the glue pot and the Fairlie Bible lying open on the bench with its spine in two.]],
  [[Nine days since Oonagh left with the blue holdall. She is at her sister Shiv's on the Shore, sleeping days in a box room with glow-in-the-dark stars on the ceiling. She has worked nights at Ambulance Control since she was thirty-six.]],
  [[Her last text is on your phone under the lamp: "Bea. Don't ring me. If you've something to say, write it down. You're good with paper. Not tonight. When you know what it is."]],
  choice "Write to her now, while it's all still hot" { go = "hot_draft" },
  choice "Open her work rota on your phone" {
    go = "rota", respect = "%-20", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "A shared calendar is a window into her days. Looking through it after she has asked for distance is checking up, however ordinary it feels.",
  },
  choice "Go to bed. It will keep till morning." {
    go = "marian", patience = "%+8", tags = { "space" },
    note = "Sleeping on it is the plainest way to take 'not tonight' at its word.",
  },
  choice "Finish the Fairlie Bible first" {
    go = "fairlie", patience = "%+10", tags = { "space" },
    note = "She said not tonight. Doing the work in front of you is one way of keeping to it.",
  },
}

scene "hot_draft" {
  [[You write it on the back of an invoice pad, fast, the biro tearing the paper on the downstrokes. It runs to eleven sheets.]],
  [["Oonagh. You want it on paper, here it is on paper. I'm sorry, but you knew what a bindery was when you moved in above one. I'm sorry, but you never once said it was that bad. I'm sorry, but nine days without a word is its own kind of cruelty, and you of all people should know that."]],
  [[It is ten to one. The postbox at the end of the lane is emptied at seven.]],
  choice "Post it tonight. She asked for a letter." {
    go = "posted_hot", patience = "%-30", respect = "%-10", tags = { "pressure" }, effect = pushed,
    note = "She asked for a letter when you knew what it was. Sending the first hot thing you wrote answers on your clock, not hers.",
  },
  choice "Put it in the drawer and go to bed" {
    go = "marian", patience = "%+10", tags = { "space" },
    note = "Writing it out of you was worth doing. Not sending it kept the one condition she gave.",
  },
  choice "Tear it up and go back to the Bible" {
    go = "fairlie", patience = "%+8", tags = { "space" },
    note = "Some first drafts are only for getting the heat out. Tearing one up is not the same as having nothing to say.",
  },
}

scene "posted_hot" {
  [[The van takes it at seven. You hear it from bed: the squeal of the box door, the thump of the sack.]],
  [[Tuesday, half past six, half an hour before her shift. Your phone buzzes on the bench. "Got your letter. I said when you knew what it was. That wasn't it."]],
  [[Morven, your apprentice, who is meant to be sweeping the shop, sweeps the same square foot of floor for a long time.]],
  choice "'You're right. I'm sorry. I'll take my time.'" {
    go = "marian", respect = "%+11", tags = { "apology" }, effect = up,
    note = "Owning a mistake at once, in one line, and then keeping to it, is how an apology starts to mean something.",
  },
  choice "'That IS what it is.'" {
    go = "marian", respect = "%-25", patience = "%-10", tags = { "pressure" }, effect = pushed,
    note = "Arguing with the one condition she set tells her it was never going to hold.",
  },
}

scene "rota" {
  [[The shared calendar is still there, left over from years of planning Sundays round it. Her shifts sit in blue: Sun, Mon, Tue, Wed. NIGHTS. BANKHEAD. 19:00-07:00.]],
  [[Under Friday there is a new one, in her words: "Interview, Rm 4, 2pm." Interview for what, the calendar doesn't say.]],
  [[She is on tonight. Bankhead is twenty minutes in the van, and her shift ends at seven.]],
  choice "Drive out to Bankhead for seven, just to see her" {
    go = "car_park", respect = "%-30", trust = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Turning up at someone's work after she has asked you not to ring is pressure in its plainest form, however quietly you sit in the van.",
  },
  choice "Take yourself off her calendar" {
    go = "fairlie", respect = "%+17", trust = "%+8", tags = { "space" }, effect = up,
    note = "Closing your own window into her days gives her back a privacy she shouldn't have had to ask for.",
  },
}

scene "car_park" {
  [[Bankhead Ambulance Control is a low brick building behind a barrier, next to a tyre depot. You park by the recycling bins at 06:48 with the engine off and the heater dying.]],
  [[At six minutes past seven she comes out with her lanyard still on, hair scraped back, a box of somebody's leaving cake under her arm. She sees the van. She stops.]],
  [[She doesn't come over. She puts the cake on the roof of her car and stands there, and after a while you understand that she is waiting for you to go.]],
  choice "Go. Now, without getting out." {
    go = "marian", respect = "%+8", tags = { "space" },
    note = "Leaving at once doesn't undo turning up, but it stops it becoming a scene she has to manage.",
  },
  choice "Get out and walk over to her" {
    go = "marian", respect = "%-30", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Crossing a car park towards someone who has stopped still asks her to deal with you at the end of a twelve-hour night.",
  },
}

scene "fairlie" {
  [[The Fairlie Bible is 1871, calf over boards, the spine cracked clean through at Lamentations. Mrs Moir brought it in a Co-op bag and said her granddaughter wants it, and it should be fit to be wanted.]],
  [[Inside the front board is the family register: births, marriages, deaths, in a dozen hands and four kinds of ink. The last line is blue biro. "Robert Moir, d. 14 March 2019." Beside it, in pencil, much smaller: "sorely missed, the daft article."]],
  [[There are tea rings on the register, a scorch mark, and a child's red crayon across 1926.]],
  choice "Mend the spine. Leave every mark where it is." {
    go = "marian", patience = "%+6",
    note = "Slow work that doesn't pretend the damage never happened is good practice for what a letter needs.",
  },
  choice "Clean the page up while you're at it" {
    go = "marian", respect = "%-4",
    note = "Scrubbing out old marks makes things look mended. It isn't the same as mending them.",
  },
}

-- ---------------------------------------------------------------- Your part

scene "marian" {
  [[Marian Swan delivered the post on Tallow Lane for thirty-one years, and since she retired she has delivered her opinions instead. She catches you on the step with Provost, her retired greyhound, leaning on her leg like a shy coat stand.]],
  [["I've not seen Oonagh's bike in a week," she says. "And you look like a paperback somebody left out in the rain. Kettle's on."]],
  [[Her kitchen smells of toast and dog. She puts a mug in front of you and sits down across the table, which is what Marian does instead of asking.]],
  choice "'She just left. Eleven years, and a holdall.'" {
    go = "marian_pushes", respect = "%-6",
    note = "Telling it as something that happened to you leaves out the one part you can change.",
  },
  choice "'I wasn't kind to her. Not for a long time.'" {
    call = "ledger", go = "draft_sorry", respect = "%+12", tags = { "reflection" },
    note = "Saying your own part out loud, first, is where an honest apology starts.",
  },
  choice "Ask about Marian's knee instead" {
    go = "marian_pushes", patience = "%-4",
    note = "Changing the subject buys a minute and costs the conversation.",
  },
}

scene "marian_pushes" {
  [[Marian lets the silence run until Provost sighs and lies down.]],
  [["Thirty-one years on this lane," she says. "Ten in the morning, every day, I heard that guillotine of yours through the door. And more than once I saw Oonagh come down in her dressing gown and sit on your step with her hands over her ears, because it was quieter out here than in her own bed."]],
  [[She drinks her tea. "She'd been on the phones since seven the night before. Ten in the morning was her middle of the night."]],
  choice "'I know. I always said I'd move it.'" {
    call = "ledger", go = "draft_sorry", respect = "%+11", tags = { "reflection" },
    note = "Letting someone who saw it all tell you the hard part, without arguing, is a start on seeing it yourself.",
  },
  choice "'She could have said how bad it was.'" {
    go = "draft_sorry", respect = "%-6",
    note = "Deciding she should have complained louder puts your part back on her.",
  },
}

-- The ledger: called from Marian's, or from the first real draft, and back.
scene "ledger" {
  once_only {
    [[At the back of the stock cupboard there is a ledger from 1958, green cloth, ruled in red for pounds, shillings and pence. Your father bought a box of them at a roup and never found a use for one.]],
  },
  [[You open it on the bench under the lamp. Debit on the left.]],
  function(s)
    local t = {}
    if s.e_guillotine then t[#t + 1] = [[The guillotine, at ten in the morning, two hours into her sleep. Eight years of "I'll do it in the afternoons."]] end
    if s.e_said then t[#t + 1] = [[The night she left: "You're kinder to strangers on the phone than you've ever been to me." Said to a woman who keeps strangers alive for a living.]] end
    if s.e_quiet then t[#t + 1] = [[The weather. Three days without a word was the record. She used to leave notes on the kettle: "Still raining?"]] end
    if s.e_hers then t[#t + 1] = [[On the right, in her voice, as near as you can get it: "I asked nicely for eight years. Then I stopped asking, and you never noticed I'd stopped."]] end
    if #t == 0 then return [[The pen hovers over the first red line.]] end
    return table.concat(t, " ")
  end,
  choice "Write down the guillotine" {
    when = function(s) return not s.e_guillotine end,
    go = "ledger", trust = "%+8", tags = { "reflection" },
    effect = function(s) s.e_guillotine = true; s.reflected = true end,
    note = "One plain thing you did again and again is worth more than a general sense of having been difficult.",
  },
  choice "Write down what you said the night she left" {
    when = function(s) return not s.e_said end,
    go = "ledger", respect = "%+11", tags = { "reflection" },
    effect = function(s) s.e_said = true; s.reflected = true end,
    note = "Writing down the worst thing you said, word for word, stops memory from softening it.",
  },
  choice "Write down the silences" {
    when = function(s) return not s.e_quiet end,
    go = "ledger", trust = "%+8", tags = { "reflection" },
    effect = function(s) s.e_quiet = true; s.reflected = true end,
    note = "A habit costs something even when nobody shouts. Counting it is the start of changing it.",
  },
  choice "Write her column, in her words" {
    when = function(s) return not s.e_hers end,
    go = "ledger", respect = "%+8", patience = "%+6", tags = { "listening" },
    effect = function(s) s.e_hers = true; s.reflected = true; up(s) end,
    note = "Telling it from her side shows you what the years cost her, not only what the last night cost you.",
  },
  choice "Close the ledger" { back = true, effect = shut_ledger },
}

-- ---------------------------------------------------------------- The drafts

scene "draft_sorry" {
  sequence {
    [[The real draft you start at the kitchen table, on the good paper, once Morven has locked up the shop downstairs and gone home. The flat is so quiet you can hear the fridge making up its mind.]],
    [[You come back to the kitchen table. The draft is where you left it, one sentence long.]],
  },
  [[It begins: "Dear Oonagh, I'm sorry for everything. I know I haven't always been easy to live with, and I'm sorry if I hurt you."]],
  [[It is the kind of sentence that could be posted to anyone, about anything.]],
  choice "Name it: the guillotine, the silences, the words" {
    available = function(s) return s.reflected end,
    reason = "you haven't looked at what you did yet",
    go = "draft_but", trust = "%+17", respect = "%+14", tags = { "apology" },
    effect = function(s) s.reflected = false; up(s) end,
    note = "A sorry that names what you did tells her you know. A sorry for 'everything' leaves the remembering to her.",
  },
  choice "Open the ledger first" {
    when = function(s) return not s.reflected end,
    call = "ledger",
  },
  choice "Keep 'sorry if I hurt you'. It covers it." {
    go = "draft_but", respect = "%-12",
    effect = function(s) s.reflected = false; down(s) end,
    note = "'Sorry if' puts her hurt in doubt. It apologises for her feelings instead of your actions.",
  },
}

scene "draft_but" {
  [[The next night the malt is on the wind again and the kitchen window smells of biscuits. The page has grown, and halfway down it, without your noticing, a "but" has got in.]],
  [["...but you have to understand what the last two years were like downstairs. The rates went up twice. Dad's loan. The university job was the only thing keeping the lights on, and the mornings were when the light was good."]],
  [[Every word of it is true.]],
  choice "Cut it. Every word after 'but'." {
    go = "draft_pity", respect = "%+20", tags = { "apology" },
    effect = function(s) s.but_cut = true; up(s) end,
    note = "An apology stops at the word 'but'. Whatever follows is a defence, however true it is.",
  },
  choice "Keep it. She needs the whole picture." {
    go = "draft_pity", respect = "%-12", trust = "%-6", effect = down,
    note = "Explaining yourself inside an apology asks her to agree it wasn't really your fault.",
  },
  choice "Change 'but' to 'though'" {
    go = "draft_pity", trust = "%-8",
    note = "A 'but' in a different coat is still a 'but'.",
  },
}

scene "draft_pity" {
  [[Thursday, two in the morning. Down on the Dock Road a siren starts up and fades towards the infirmary, and you think: somebody rang her. Somebody rang, and she answered, and told them what to do until the ambulance came.]],
  [[The new page is about you. "I haven't slept since you went. I can't eat. The flat's like a tomb. Morven says I look like death. I don't know how much more of this I can take."]],
  [[Reading it back, you feel sorry for the woman who wrote it. That is the trouble with it.]],
  choice "Tear the page out" {
    go = "draft_feel", patience = "%+14", effect = up,
    note = "Self-pity in an apology quietly hands her the job of comforting you.",
  },
  choice "Cut it down to one paragraph" {
    go = "draft_feel", patience = "%-8",
    effect = function(s) s.pity = "kept" end,
    note = "A shorter helping of self-pity is still self-pity; it still asks her to look after you.",
  },
  choice "Ask Morven in the morning what she thinks of it" {
    go = "draft_feel", patience = "%+12",
    effect = function(s) s.pity = "kit"; up(s) end,
    note = "A second reader can see what you are too close to. Asking for one is a way of slowing down.",
  },
  choice "Keep it. She should know what this has cost." {
    go = "draft_feel", respect = "%-25", patience = "%-15", tags = { "pressure" },
    effect = function(s) s.pity = "kept"; pushed(s) end,
    note = "Telling her how much you are suffering so that she'll feel it is guilt, and guilt is pressure, however sad it sounds.",
  },
}

scene "draft_feel" {
  function(s)
    if s.pity == "kit" then
      return [[In the morning Morven reads the page at the bench, hands it back, and says, "That's a hostage note." You take it out. The letter is cleaner without it. It is also colder: a list of wrongs, signed, that could have come from a solicitor.]]
    elseif s.pity == "kept" then
      return [[Read through from the top, the letter swings between a list of wrongs and a plea, as if two different women wrote it and neither of them trusted the other to finish.]]
    end
    return [[Without that page the letter is cleaner. It is also colder: a list of wrongs, signed. It could have come from a solicitor.]]
  end,
  [[Underneath all the self-pity there is one thing that isn't. It is true at any hour.]],
  choice "Add one plain line: that you miss her" {
    go = "draft_ask", trust = "%+20", tags = { "vulnerability" },
    effect = function(s) s.pity = ""; up(s) end,
    note = "Saying what you feel once, plainly, and asking nothing with it, is vulnerability. Saying it to be rescued is something else.",
  },
  choice "Leave feelings out. Keep it to what you did." {
    go = "draft_ask", trust = "%-8",
    effect = function(s) s.pity = "" end,
    note = "An apology with no feeling in it reads like an invoice: she can't tell whether you are sorry or only accurate.",
  },
  choice "Tell her everything you feel, all of it" {
    go = "draft_ask", patience = "%-10",
    effect = function(s) s.pity = ""; down(s) end,
    note = "Pages of feeling at once ask her to carry all of it. One honest line can be carried.",
  },
}

scene "draft_ask" {
  [[Friday. Morven marbles endpapers all afternoon, combing blue and ochre across the size, and doesn't once ask about the letter, which is how you know Marian has been talking to her.]],
  [[The last line of the draft is the one you wrote first, before any of the others: "Please come home. We can fix this. I'll do anything."]],
  [[It is the line you mean most. It is also the only line in the letter that asks her for something.]],
  choice "Cut it. End with the sorry." {
    go = "draft_act", patience = "%+20", tags = { "space" }, effect = up,
    note = "Leaving the request out lets the apology be a gift, not the opening move of a negotiation.",
  },
  choice "Keep 'Please come home'" {
    go = "draft_act", patience = "%-12",
    effect = function(s) s.asked = true; down(s) end,
    note = "Asking her back in the same letter as the sorry makes her answer both at once, and no is the easier answer to both.",
  },
  choice "Soften it: 'I'd love to see you, some time.'" {
    go = "draft_act", patience = "%-8",
    effect = function(s) s.asked = true end,
    note = "A softer request is still a request. It still asks her to answer two things at once.",
  },
  choice "Add: 'If I've not heard by the 31st, I'll know.'" {
    go = "draft_act", patience = "%-30", respect = "%-10", tags = { "pressure" },
    effect = function(s) s.asked = true; pushed(s) end,
    note = "A deadline turns a letter into an ultimatum, and an ultimatum leaves one quick answer. It isn't yes.",
  },
}

scene "draft_act" {
  [[Saturday. The guillotine stands where it has stood since your father's day, straight under the bedroom, bolted to a floor it has been shaking for forty years. It weighs about as much as a piano.]],
  [[Morven's cousin Darren has a pallet truck and a free afternoon. Morven says it as if it's nothing: "We could have it in the back shop by teatime. Your light's worse there, mind."]],
  [[The guillotine isn't in the letter. It could be.]],
  choice "Move it today, and leave it out of the letter" {
    go = "sunday_send", trust = "%+20", tags = { "change" },
    effect = function(s) s.moved = true; up(s) end,
    note = "A change made without announcing it asks for no credit. It is simply there, the next time she looks.",
  },
  choice "Move it, and add a paragraph saying so" {
    go = "sunday_send", trust = "%+8", tags = { "change" },
    effect = function(s) s.moved = true end,
    note = "Telling her about the change is honest, but it turns the change, a little, into a point in your favour.",
  },
  choice "Leave it till she's back. Why move it for nothing?" {
    go = "sunday_send", trust = "%-12", effect = down,
    note = "A change that waits on her coming home is a bargain, not a change.",
  },
}

-- ---------------------------------------------------------------- Sending

scene "sunday_send" {
  function(s)
    if s.warmth >= 5 then
      return [[Sunday. The letter is a page and a half in your good hand, the one you keep for title pages. It says what you did, plainly, in the order you did it, and that you are sorry, and that you miss her. It doesn't say but.]]
    elseif s.warmth >= 2 then
      return [[Sunday. The letter is three pages. Some of it is what you meant to say. Some of it, reading it back, is what you meant to be forgiven for.]]
    end
    return [[Sunday. The letter is five pages, rewritten so often that the paper has gone soft at the folds. You are no longer sure what it is for.]]
  end,
  function(s)
    if s.asked then return [[The last line still asks her for something.]] end
    return [[It ends with the sorry, and your name.]]
  end,
  [[You fold it in three, the way she folds things, and write on the envelope: Oonagh Kerrigan, c/o 14 Pilot Street, the Shore. Now it only has to get there.]],
  choice "Post it first class in the morning" {
    go = "waiting", patience = "%+17", tags = { "space" },
    effect = function(s) s.how = "post"; up(s) end,
    note = "The post puts a day between your writing and her reading, and lets her open it when she chooses.",
  },
  choice "Take it to her by hand" { go = "end_of_lane" },

  choice "Put it in the drawer. Maybe it was for you." {
    go = "drawer", trust = "%-5",
    note = "Not every letter has to be sent. But she did ask for one, and not sending is an answer too.",
  },
}

scene "end_of_lane" {
  [[You put your coat on over your apron and take the envelope out into the dark. At the end of Tallow Lane the postbox stands under the street light with its mouth open, next collection 7 a.m.]],
  [[Left is downhill to the Shore, and Shiv's, and whoever answers Shiv's door. Right is the ring road, and Bankhead, where her shift finishes at seven and she'll come out tired into the car park.]],
  choice "Go down to Shiv's" { go = "shivs_door" },
  choice "Wait, and be at Bankhead for seven" {
    go = "control_gate", respect = "%-30", patience = "%-15", tags = { "pressure" }, effect = pushed,
    note = "Delivering it at her work makes her read your face before she can read your letter.",
  },
  choice "Put it in the postbox after all" {
    go = "waiting", patience = "%+12", tags = { "space" },
    effect = function(s) s.how = "post"; up(s) end,
    note = "Turning back to the postbox with the letter still in your hand is patience catching up with you, and it counts.",
  },
}

scene "shivs_door" {
  [[Pilot Street is four streets back from the harbour, where the fish market smells of diesel and ice even on a Sunday. Shiv's is the house with three scooters chained to the railings.]],
  [[The front room light is on. You are at the letterbox, envelope in hand, when the door opens and Shiv is there in her slippers with a bag of recycling.]],
  [["Oh," she says. "Bea." Behind her, somewhere upstairs, a door closes quietly.]],
  choice "Give Shiv the letter, say thanks, and go" {
    go = "waiting", respect = "%+11", tags = { "space" },
    effect = function(s) s.how = "shiv"; up(s) end,
    note = "Handing it over and leaving straight away lets the letter do the talking, not the doorstep.",
  },
  choice "Ask Shiv to give it to her when the time's right" {
    go = "waiting", trust = "%+11", tags = { "space" },
    effect = function(s) s.how = "shiv"; up(s) end,
    note = "Leaving the when to the people who can see her face is a way of letting her choose it.",
  },
  choice "'Is she in? Could I just see her?'" {
    go = "waiting", respect = "%-25", trust = "%-10", tags = { "pressure" },
    effect = function(s) s.how = "shiv"; pushed(s) end,
    note = "Asking at the door to see her turns a delivery into a visit she never agreed to.",
  },
}

scene "control_gate" {
  [[Bankhead, five to seven, the barrier arm going up and down for the day shift. You stand by the intercom with the envelope, because sitting in the van felt like lurking.]],
  [[She comes out at seven minutes past with her lanyard still on and her eyes red from twelve hours of other people's worst nights. When she sees you, her face does nothing at all. She learned that on the phones.]],
  [["Not here, Bea," she says. "This is my work."]],
  choice "'Sorry. I'll post it.' And go." {
    go = "waiting", respect = "%+11", tags = { "apology" },
    effect = function(s) s.how = "gate_post" end,
    note = "Stopping the moment she names the line is the one good thing left to do at the gate.",
  },
  choice "Put the letter in her hand anyway" {
    go = "waiting", respect = "%-25", trust = "%-15", tags = { "pressure" },
    effect = function(s) s.how = "gate"; pushed(s) end,
    note = "Pressing it on her at work makes the letter something she has to carry, not something she chose to open.",
  },
}

scene "drawer" {
  [[You put it in the drawer of the bench, under the bone folders and a tin of cloves that was your father's, and shut it.]],
  [[October goes. Mrs Moir collects the Fairlie Bible and cries a little over the spine, in a good way, and tips Morven a fiver. The maltings kiln; the city smells of biscuits, and then of rain.]],
  [[Some nights you open the drawer and read the letter. It doesn't change. You do, a bit.]],
  choice "Leave it there" { go = "her_things" },
  choice "Post it after all, a month late" {
    go = "waiting", patience = "%+8", tags = { "space" },
    effect = function(s) s.how = "late" end,
    note = "Sending when you are ready, not when you are desperate, is its own patience. She did say to wait until you knew.",
  },
}

scene "her_things" {
  [[In November, Shiv texts: they'll come for the rest of Oonagh's things on Saturday, in Gav's van. Oonagh comes in behind him with flat-pack boxes and a roll of tape. She looks rested, which you were not ready for.]],
  function(s)
    if s.moved then
      return [[At the foot of the stairs she stops and listens, the way she listens to a call. "Where's the guillotine?" "Back shop," you say. She looks at you a second longer than she needs to.]]
    end
    return [[At the foot of the stairs she stops and looks at the guillotine, and then goes up without a word.]]
  end,
  [[It takes two hours. At the van, she says, "I thought you might write. I said you could."]],
  choice "Give her the letter from the drawer" {
    go = "waiting_week", trust = "%+11", tags = { "apology" },
    effect = up,
    note = "Giving her the letter to take away, not to read in front of you, leaves the answering to her.",
  },
  choice "'I wrote. I didn't send it.' Leave it there." {
    go = "the_drawer", patience = "%+11", tags = { "space" },
    note = "Telling her the letter exists, and asking nothing with it, is honest without being a claim.",
  },
  choice "'Don't go. Not yet.'" {
    go = "stay_no", patience = "%-25", respect = "%-10", tags = { "pressure" }, effect = pushed,
    note = "Asking her to stay while she carries her own boxes out makes her refuse you to your face.",
  },
}

scene "stay_no" {
  [[She puts the box down on the pavement. Gav becomes very interested in one of the van's tyres.]],
  [["Bea. No." She isn't angry. She says it the way she must say it at work, to someone who wants the ambulance to come faster than ambulances come. "I'm going to get in the van now."]],
  choice "'Okay. Sorry. Go safe.'" {
    go = "the_drawer", respect = "%+11", tags = { "apology", "space" },
    note = "It is never too late to let a no be a no.",
  },
  choice "'Eleven years, Oonagh. Eleven years.'" {
    go = "last_word", respect = "%-25", tags = { "pressure" },
    effect = function(s) s.where = "van"; pushed(s) end,
    note = "Holding up the years as a debt is guilt, and guilt spends the years instead of honouring them.",
  },
}

-- ---------------------------------------------------------------- Waiting

-- The post: checked from any day of the waiting, and back again.
scene "doormat" {
  sequence {
    [[The mat: a gas bill, a seed catalogue for somebody who moved out in 2017, and a takeaway menu with a lucky cat on it. Nothing in her hand.]],
    [[The mat: a postcard for Morven from her gran in Millport, with a picture of the Crocodile Rock. Nothing in Oonagh's hand.]],
    [[The mat: nothing at all. Dougie waves through the glass anyway.]],
  },
  choice "Put the post on the bench" { back = true },
}

scene "waiting" {
  function(s)
    if s.how == "post" then
      return [[Monday, seven o'clock: you watch the van empty the box at the end of the lane. She'll have it Tuesday, or Wednesday, depending.]]
    elseif s.how == "shiv" then
      return [[Shiv has it, on the shelf inside her front door with the bus passes and the car keys. Oonagh will have it when Shiv hands it over, and not before.]]
    elseif s.how == "gate_post" then
      return [[You post it on the way back from Bankhead, in the box outside the tyre depot, and sit in the van for a while afterwards.]]
    elseif s.how == "gate" then
      return [[She has it, whichever way it reached her.]]
    elseif s.how == "late" then
      return [[It goes in the box at the end of the lane on a wet Monday, a month after you wrote it.]]
    end
    return [[Dougie has been and gone. You can hear him whistling two closes down.]]
  end,
  once_only {
    [[Dougie, who took the lane over from Marian, comes up Tallow Lane at twenty past eleven every day in shorts, whatever the weather. He is nineteen and has no idea that he is the most important man in your week.]],
  },
  [[On the bench, the Kerr commission: twelve poems for a husband's seventieth, to be bound in green goatskin by the end of the month.]],
  choice "Check the mat" { once = true, call = "doormat", effect = function(s) s.how = "" end },
  choice "Get on with the Kerr poems" {
    go = "waiting_week", patience = "%+8", tags = { "space" },
    effect = function(s) s.how = ""; up(s) end,
    note = "Waiting well is mostly doing something else, properly.",
  },
  choice "Walk Provost for Marian while her knee's bad" {
    go = "waiting_week", patience = "%+6",
    effect = function(s) s.how = ""; up(s) end,
    note = "Being useful to someone nearby is a good use of time you can't hurry.",
  },
  choice "Go to the Thursday ceilidh with Morven's lot" {
    go = "waiting_week", patience = "%+6",
    effect = function(s) s.how = ""; up(s) end,
    note = "A night out that has nothing to do with her is a night she doesn't have to carry.",
  },
  choice "Write a P.S., just a short one" {
    go = "postscript", effect = function(s) s.how = "" end,
  },

}

scene "postscript" {
  [[It comes out in one go, on a postcard of the Forth Bridge from the rack by the till.]],
  [["P.S. I should have said: I'll wait as long as it takes. I only need to know you got it. Just a word. B."]],
  [[It is four lines long. The last two are the problem. Dougie will be up the lane at twenty past eleven, and he'll take it if you hand it to him.]],
  choice "Give it to Dougie. It's only a postcard." {
    go = "waiting_week", patience = "%-30", respect = "%-10", tags = { "pressure" },
    effect = pushed,
    note = "A second letter behind the first says the first wasn't allowed to be enough.",
  },
  choice "Pin it above the bench instead" {
    go = "waiting_week", patience = "%+8", tags = { "space" }, effect = up,
    note = "Writing the extra thing down, and keeping it, lets the first letter stand on its own.",
  },
}

scene "waiting_week" {
  [[A week. Sunday again, and the malt on the wind. Marian comes by with Provost and an invitation: the Sunday swim at the Shore, eight o'clock, "the old women and the mad".]],
  [["Oonagh goes, mind," Marian says. "Every Sunday since she's been at Shiv's. You'd want to know that before you said yes."]],
  [[The water will be nine degrees. You haven't swum since school.]],
  choice "Tell Marian thanks, but not the Shore" {
    go = "waiting_fortnight", patience = "%+8", respect = "%+6", tags = { "space" },
    effect = up,
    note = "Keeping out of her places while she thinks gives her somewhere to think.",
  },
  choice "Spend Sunday at the bench, binding nothing for anyone" {
    go = "waiting_fortnight", patience = "%+5",
    effect = up,
    note = "An ordinary day kept for yourself is part of waiting well.",
  },
  choice "Drive up the coast to Crail on your own" {
    go = "waiting_fortnight", patience = "%+6",
    effect = up,
    note = "Taking yourself somewhere new, alone, is practice at a life that doesn't wait on her answer.",
  },
  choice "Go anyway. It's a free firth." {
    go = "the_shore", respect = "%-8", effect = down,
    note = "Going to the one place you know she'll be, while she's thinking, is a step towards her that she didn't ask for.",
  },

}

scene "the_shore" {
  [[Eight o'clock at the slipway, the tide halfway in and the firth the colour of a filing cabinet. Marian's friends are peeling off dryrobes and shrieking. Provost is tied to the railings, appalled.]],
  [[Oonagh's bike is chained beside him, green, with the basket she put on it herself. She is already out past the marker buoy, swimming steadily away from you, her head a dark dot in a white cap.]],
  [[She hasn't seen you. Not yet.]],
  choice "Go home before she turns round" {
    go = "waiting_fortnight", respect = "%+8", tags = { "space" }, effect = up,
    note = "Catching yourself halfway, and leaving before you are seen, still gives her the morning back.",
  },
  choice "Get in the water and swim out" {
    go = "waiting_fortnight", respect = "%-30", trust = "%-10", tags = { "pressure" }, effect = pushed,
    note = "Swimming out to her in the one hour she keeps for herself is showing up uninvited, with a towel.",
  },
}

scene "waiting_fortnight" {
  once_only {
    [[Fifteen days. The Kerr commission goes out in green goatskin, twelve poems for a husband's seventieth, and Mrs Kerr holds the book against her chest in the shop as if it might get away.]],
  },
  once_only {
    [[Morven, sweeping: "Maybe it got lost. The post's a disgrace. My gran sent my birthday card to Millport, and she lives in Millport."]],
  },
  [[It didn't get lost. Shiv would know. Shiv's number is in your phone, and Shiv has never been able to keep a thing to herself.]],
  choice "Check the mat" { once = true, call = "doormat" },
  choice "Leave it. She'll answer when she answers, or not." {
    go = "her_letter", patience = "%+10", tags = { "space" },
    effect = up,
    note = "Letting a silence be hers, without reading it as lost or as an answer, is patience with no deadline in it.",
  },
  choice "Start teaching Morven to sew headbands" {
    go = "her_letter", patience = "%+5", trust = "%+4",
    effect = up,
    note = "Passing on what you know steadies the hands while you wait.",
  },
  choice "Read your rough copy again, hunting for mistakes" {
    go = "her_letter", patience = "%-4",
    effect = up,
    note = "Combing what you have already sent for mistakes is a way of waiting that never lets go of the thing it waits for.",
  },
  choice "Ring Shiv, just to ask if it arrived" { go = "shiv_call" },
}

scene "shiv_call" {
  [[It rings. You can picture exactly where Shiv's phone is: on the windowsill over the sink at Pilot Street, buzzing against a jar of the kids' paintbrushes, with Oonagh asleep upstairs.]],
  [[Three rings. Four. On the fifth, somebody picks it up. "Bea?" says Shiv, in a voice that is being careful.]],
  choice "'Did she get it? Is she all right?'" {
    go = "her_letter", respect = "%-25", patience = "%-10", tags = { "pressure" }, effect = pushed,
    note = "Asking her sister to report back puts Shiv in the middle, and turns Oonagh's reading into something watched.",
  },
  choice "'Sorry, Shiv. Wrong button. Never mind.'" {
    go = "her_letter", respect = "%+4",
    note = "Stopping before the question is asked still spares Shiv the middle. It is a small save, and saves count.",
  },
}

scene "her_letter" {
  [[On the seventeenth day, at twenty past eleven, Dougie puts a single envelope through the door and it lands face up.]],
  [[Green biro, in the capitals she uses for addresses, because call handlers are taught to write so anybody can read it: MS B. LUND, THE BINDERY, 3 TALLOW LANE.]],
  [[Morven takes one look at your face and goes to make tea in the back shop, and stays there.]],
  choice "Open it at the bench, under the lamp" { go = open_letter },
  choice "Take it up to the kitchen table" { go = open_letter },
}

-- ---------------------------------------------------------------- Her answer

scene "her_yes" {
  [[It is one side of a page.]],
  function(s)
    local first
    if s.but_cut then
      first = [["Bea. I read it on the wall at the Shore after my shift, with my hair wet. You didn't say but. Eleven years, and I can't remember a sorry of yours without one. ]]
    else
      first = [["Bea. I read it on the wall at the Shore after my shift, with my hair wet. Some of it I had to read twice to find you in it. But you wrote it. ]]
    end
    return first .. [[I've a new job from January, days, training the new call handlers at the college. I don't know what that means for anything. Walk with me on Sunday, eight o'clock, the Shore to the old baths. I'm not promising. O."]]
  end,
  function(s)
    if s.asked then return [[There is nothing in it about coming home. You asked, and she hasn't answered that part, and not answering is an answer for now.]] end
  end,
  choice "Write back one line: 'Sunday. I'll be there.'" {
    go = "the_walk", patience = "%+11", tags = { "space" },
    effect = function(s) s.but_cut = false; s.asked = false; up(s) end,
    note = "Answering in her terms, at her length, tells her the terms are safe with you.",
  },
  choice "Ring her to say yes" {
    go = "the_walk", patience = "%-6",
    effect = function(s) s.but_cut = false; s.asked = false; down(s) end,
    note = "She asked for letters, not calls. The quickest way to answer isn't always the kindest.",
  },
}

scene "the_walk" {
  [[Sunday, eight o'clock, a low sun on the firth and the tide out. She comes up the slipway with her swimming bag and a towel round her hair, pink to the elbows from the cold.]],
  [["Nine years of nights," she says as you fall into step along the prom. "I'd forgotten what a Sunday morning looks like from the front."]],
  [[She tells you about the new job in pieces: the training room, the headsets, eighteen-year-olds who will take their first cardiac arrest call with her sitting beside them.]],
  choice "Ask about the job, and listen to all of it" {
    go = "the_baths", trust = "%+17", respect = "%+8", tags = { "listening" },
    effect = function(s) s.walked = true; up(s) end,
    note = "Asking about her life and staying with the answer is the listening your silences used to crowd out.",
  },
  choice "Tell her you moved the guillotine" {
    when = function(s) return s.moved end,
    go = "the_baths", trust = "%-4",
    effect = function(s) s.walked = true end,
    note = "Pointing out a change asks for it to be counted. A change counts for more when she finds it herself.",
  },
  choice "'So what does it mean for us?'" {
    go = "the_baths", patience = "%-8",
    effect = function(s) s.walked = true; down(s) end,
    note = "Pulling every subject back to 'us' tells her the walk was a way of getting an answer.",
  },
}

scene "the_baths" {
  [[The old baths at the end of the prom are boarded up, with a notice about a community trust. She stops at the railings where the path runs out.]],
  [["I don't know what I want," she says. "I know what I don't. I don't want the weather. I don't want to be the one who asks for eight years for something small." She looks at the water. "And I don't know yet if I miss you or if I miss being used to you."]],
  choice "'Take as long as you need. I mean it.'" {
    go = function(s) return baths_verdict(s, 8) end, patience = "%+14", tags = { "space" },
    note = "Time given with no deadline in it is the only kind that's really given.",
  },
  choice "'Come for tea one Sunday. Just tea.'" {
    go = function(s) return baths_verdict(s, 0) end, trust = "%+6",
    note = "A small invitation she can turn down easily is an easier one to accept.",
  },
  choice "'I need to know where we stand, Oonagh.'" {
    go = function(s) return baths_verdict(s, -30) end, patience = "%-25", respect = "%-10", tags = { "pressure" },
    effect = pushed,
    note = "Asking her to decide at the end of one walk is an ultimatum in a quiet voice.",
  },
}

scene "her_not_yet" {
  function(s)
    if s.walked then
      return [[She doesn't say yes. She doesn't say no. "Can it be a don't-know?" she says. "Till the new year? I want to start the job and find out who I am on days. I can't decide that and this at once."]]
    end
    return [[It is short. "Bea. I've read it more times than I'm telling you. I don't know. I start days in January, and I want to find out who I am awake in daylight before I decide anything else. Can you not know with me, for a while? O."]]
  end,
  function(s)
    if s.walked then return [[A dog chases a gull the length of the beach and catches nothing.]] end
    return [[In the back shop Morven drops something and swears, quietly, to give you privacy.]]
  end,
  choice "Tell her yes: let it be a don't-know" {
    go = "not_yet", patience = "%+11", tags = { "space" },
    note = "Accepting 'I don't know' as a real answer, not a delay, is patience without conditions.",
  },
  choice "Answer with news of the Kerr poems, and nothing else" {
    go = "not_yet", patience = "%+6",
    note = "Ordinary news, with no question in it, tells her you can stand in a don't-know without pulling at it.",
  },
  choice "'How long is a while?'" {
    go = "her_no", patience = "%-25", respect = "%-10", tags = { "pressure" }, effect = pushed,
    note = "Pinning an honest 'I don't know' to a date forces the answer that's easiest to give.",
  },
}

scene "her_no" {
  function(s)
    if s.walked then
      return [["Then it's no," she says. "If you need an answer today, that's the one I've got." She picks up her swimming bag. "I'm sorry, Bea. I am."]]
    elseif s.pressure >= 2 then
      return [["Bea. I'll be straight with you, because you deserve that. It's no. Not because of the letter. Because of everything round it. I can't go back to watching for you. O."]]
    elseif s.warmth <= 6 then
      return [["Bea. Thank you for writing. I can see you tried. It's no. I don't trust it yet, and I don't think I want to wait and find out whether I will. O."]]
    end
    return [["Bea. It's the best thing you ever wrote me, and I've kept it, and it's no. Not because you haven't changed. Because I have. I've a job on days from January and a life I'm only starting to see the shape of, and I want to walk into it with nothing pulling the other way. I'm sorry. O."]]
  end,
  [[Outside, the malt is on the wind. It smells exactly the same as it did yesterday.]],
  choice "Thank her, mean it, and ask for nothing" {
    go = accept_no, respect = "%+14", tags = { "space" },
    note = "Thanking someone for an honest no honours the courage it took to give it.",
  },
  choice "Put her letter in the ledger, and don't answer" {
    when = function(s) return not s.walked end,
    go = accept_no, respect = "%+8", tags = { "space" },
    note = "Not every answer needs a reply. Keeping hers carefully, and leaving it be, says it was heard.",
  },
  choice "'Eleven years, and that's it?'" {
    go = "last_word", respect = "%-30", patience = "%-10", tags = { "pressure" },
    effect = function(s) s.where = s.walked and "baths" or "letter"; pushed(s) end,
    note = "Holding up the years as a reason she owes you a yes is guilt. It spends the very thing you meant to honour.",
  },
  choice "Go round to Shiv's to hear it to your face" {
    when = function(s) return not s.walked end,
    go = "last_word", respect = "%-30", tags = { "pressure" },
    effect = function(s) s.where = "shiv"; pushed(s) end,
    note = "Going to her door to test her answer tells her it wasn't heard.",
  },
}

scene "her_stop" {
  [[It is four lines long.]],
  [["Bea. I asked for one letter, when you knew what it was. I've had everything else as well. I'm not angry any more, I'm tired. Please stop now. Properly. O."]],
  [[The lamp hums. Morven, in the back shop, has stopped pretending to work.]],
  choice "Don't reply. Just stop." {
    go = accept_stop, respect = "%+11", tags = { "space" },
    note = "Sometimes the most respectful answer is none at all, kept for as long as it takes.",
  },
  choice "Write back 'Understood. I'm sorry.' Then stop." {
    go = accept_stop, respect = "%+11", tags = { "apology", "space" },
    note = "A last reply that only agrees, and a silence that keeps to it, is respect she can see.",
  },
  choice "Go to Bankhead and make her listen" {
    go = "return_to_sender", respect = "%-35", tags = { "pressure" }, effect = pushed,
    note = "Deciding she can't mean it is the surest way to make it final.",
  },
}

-- ---------------------------------------------------------------- Endings

ending "sunday_tea" {
  title = "Sunday Tea on Tallow Lane",
  kind = "reconciled",
  [[She comes for tea one Sunday, and then the next. She doesn't move back. By January she has two rooms of her own off the Shore and a bed she sleeps in at night, like a person.]],
  [[The first time she comes, she stands at the foot of the stairs and listens. Then she goes through to the back shop and lays her hand flat on the guillotine's iron bed, the way you'd say hello to a horse.]],
  [[In the spring she writes you a letter for no reason: two lines in green biro about a trainee called Precious, who took her first cardiac arrest call without her voice shaking. You bind it into the back of the ledger, on the right-hand side.]],
  reflection = [[Nothing here was won. She said yes in her own time, to someone who had moved the guillotine before anyone was looking. You named your own part, said what you felt once and plainly, and let the waiting be hers. A yes from someone free to say no is the only kind that holds.]],
}

ending "slowly" {
  title = "Slowly, by the Water",
  kind = "reconciled",
  [[You do it slowly, because she asks you to. Walks on the prom after her last night of the week, and then, from January, Sunday mornings that are only mornings.]],
  [[The first time she comes back to Tallow Lane, she stands at the foot of the stairs and looks at the guillotine, still bolted under the bedroom, and then at you. The next Saturday you and Morven and Darren move it to the back shop. She isn't there to see it. That is the point.]],
  [[She keeps her own two rooms on the Shore. Some nights you both think that might be the best part.]],
  reflection = [[The letter did what a letter can: it said sorry, and then it let her answer in her own time. The rest is the slow part: changes made and kept, Sundays turned up to, quiet that is only quiet. Patience made room for her yes; what you do next, in deeds, is what will keep it.]],
}

ending "kettle_stitch" {
  title = "Kettle Stitch",
  kind = "growth",
  [[In February she comes into the bindery with a parcel: her gran's missal from Donegal, the spine gone, the pages falling out in sections. "You're the only one I'd trust with it," she says, and that is not nothing.]],
  [[You resew it by hand, section by section, with a kettle stitch at the head and tail of each to tie it to the one before. It takes a fortnight. You don't hurry it.]],
  [[When she collects it she tells you about the training room. You tell her about the Kerr poems. Neither of you says anything about anything else, and it is fine. It is better than fine.]],
  reflection = [[She said no, and you let it be no. The letter didn't buy a yes, and it was never for sale: it was an apology, and it stayed one. Owning your part, saying what you felt once, and thanking her for an honest answer left a door between you that opens from both sides, even if only onto friendship.]],
}

ending "a_book_for_nobody" {
  title = "A Book for Nobody",
  kind = "growth",
  [[It is over, and some time around the new year you notice you've stopped arguing with that, even in your head.]],
  function(s)
    if s.moved then
      return [[You bind a book for nobody: blank, quarter leather, handmade paper, the best work you've done in years. You write in it in the mornings at ten, when the shop is quiet because the guillotine lives in the back now.]]
    end
    return [[One Saturday you and Morven and Darren move the guillotine to the back shop anyway. Nobody sleeps upstairs in the mornings now. It should have been there all along. Then you bind a book for nobody, and start writing in it at ten.]]
  end,
  [[Marian says you look like a hardback these days. From Marian, that is a love letter.]],
  reflection = [[Letting someone go when she has said no, and making a life that doesn't wait on her answer, isn't losing. The work on your own part was never the price of a yes. It was yours to do, and it still is, for whoever comes next and for yourself.]],
}

ending "not_yet" {
  title = "Not Yet",
  kind = "growth",
  [[You let it be a don't-know. It turns out that you can.]],
  [[January. She starts on days. A postcard comes of the training college, which is the ugliest building in Inverlea, with one line on the back in green biro: "Day one. Daylight is overrated. O."]],
  [[You prop it against the glue pot. You don't know how this ends. For the first time in a long while, that is bearable.]],
  reflection = [[Being ready for any answer includes the answer 'not yet'. You took her honest 'I don't know' as an answer, not as a delay to be argued down. Whatever the new year brings, you can meet it without keeping score.]],
}

ending "the_drawer" {
  title = "The Drawer",
  kind = "growth",
  [[The van goes down Tallow Lane, turns at the postbox, and is gone.]],
  function(s)
    if s.warmth >= 5 and s.but_cut then
      return [[The letter stays in the drawer, under the bone folders and the tin of cloves. Sometimes you read it. It says what you did, and that you're sorry, and it doesn't say but.]]
    elseif s.warmth >= 5 then
      return [[The letter stays in the drawer, under the bone folders and the tin of cloves. Sometimes you read it. It says what you did, and that you're sorry. Halfway down there is still a 'but' you never quite cut.]]
    end
    return [[The letter stays in the drawer, under the bone folders and the tin of cloves. Reading it in the winter, you can see which parts of it were true, and which were you asking to be let off.]]
  end,
  [[In the spring you start leaving the shop door open in the mornings. The city smells of biscuits. Marian waves from her step.]],
  reflection = [[Not every apology gets sent. Writing this one made you look straight at your own part, and when she came for her things you didn't use it to hold her at the van. She asked for a letter when you knew what it was. Perhaps you know now, and what you do with that is yours.]],
}

ending "return_to_sender" {
  title = "Return to Sender",
  kind = "apart",
  [[In December her keys to the flat come back through the door in a padded envelope, with no note. Her capitals on the front, green biro, so that anybody could read them.]],
  [[Shiv doesn't answer your texts. When Marian hears, she doesn't say anything clever. She puts the kettle on and lets Provost lean on your leg, which is worse.]],
  [[The ledger goes back into the stock cupboard. You don't open it again that winter.]],
  reflection = [[Every push, whatever shape it took, was a way of not waiting: a car park, a doorstep, a second envelope behind the first. Each one told her your need came first. Pressure doesn't bring anyone closer; it teaches them that distance is the only thing you'll respect. Learning to give it freely is still ahead of you, and still worth learning.]],
}

ending "last_word" {
  title = "The Last Word",
  kind = "apart",
  function(s)
    if s.where == "van" then
      return [[You say it on the pavement, with Gav pretending to check the tyres. She picks up the box and gets into the van, and doesn't look back.]]
    elseif s.where == "baths" then
      return [[You say it at the railings. She walks back along the prom alone, with her swimming bag over her shoulder, and you don't follow, which is the one right thing you do that morning.]]
    elseif s.where == "shiv" then
      return [[Shiv opens the door, and listens, and says Oonagh is asleep, and closes it. You know from her face that Oonagh is not asleep.]]
    end
    return [[You write back that night. It is four pages, with a 'but' in every paragraph, and you post it before you can read it over.]]
  end,
  [[She doesn't answer. There is nothing to answer, really. You said it all.]],
  function(s)
    if s.where == "van" then return [[The letter stays in the drawer. There is no good reason, now, to take it out.]] end
    return [[Somewhere on the Shore is the letter you took a week over. The last thing she had from you was the other thing.]]
  end,
  reflection = [[An apology can be undone by what comes after it. When the answer you didn't want arrived, you argued with it, and turned your sorry into a bill. An honest no deserves a thank-you, not a reply. That is worth learning, even now, even late.]],
}
