-- Small Promises: one summer told in a phone thread. British spelling.
--
-- You tune pianos. Last September you took the money the two of you had
-- saved for a birthday in Cork, lost it on a roulette app, lied about it and
-- then vanished for three days with your phone off. In May the person you
-- lost sends one message, about a piano. Everything after that happens on
-- the phone: their messages, yours, the times in between, the read receipts,
-- the drafts you type and delete. What happens off the phone reaches you only
-- through the thread.
--
-- Seven o'clock is the small promise. The verdict is a LEDGER OF PROMISES:
-- every promise you make is written down (Bernie tells you to, and the Notes
-- app shows it), and each is later kept or broken. The other person keeps
-- the same ledger in the back of a work rota book, and their answer in
-- August reads it: how many were kept, whether the last one was, and whether
-- the broken ones were owned (said before they fell due, or apologised for
-- plainly after). Their own life comes from the seeded chance: the Sunday
-- they miss seven o'clock themselves (a double shift, or a friend's child in
-- A&E), a father's fall in Cork, whether a repair is enough for them.
--
-- What the code reads, and so what the tools must search, is kept small:
--   kept              promises kept so far (counted up to five)
--   clean             no promise broken yet
--   unowned           broken promises not yet owned
--   last              "kept" or "broken": the last promise of the summer
--   open              boundaries crossed and not yet answered by a repair
--   refused           repairs offered that were not enough for them
--   lie_open          the lie about the money stands, not yet taken back
--   dad, owe, just, why   short-lived or late facts, cleared when used
-- Everything the other person remembers in words (which promise, which way,
-- what you sent on the night they went quiet) is kept in words that only the
-- text reads, with inline conditions.

-- ------------------------------------------------------------------ helpers

-- The ledger. A promise kept; a promise broken (owned when you said so
-- before it fell due); a broken promise owned afterwards.
local function keep(s)
  if s.kept < 5 then s.kept = s.kept + 1 end
end

local function breach(s, owned)
  s.clean = false
  if not owned then s.unowned = s.unowned + 1 end
end

local function own(s)
  if s.unowned > 0 then s.unowned = s.unowned - 1 end
  achieve("owned-it")
end

-- A boundary crossed: it stays open until a repair answers it.
local function cross(s, act)
  s.open:add(act)
  s["x_" .. act] = "crossed"
  s.crossed_any = "yes"
end

-- What the ledger shows them of your word: promises kept, less the broken
-- ones never owned, as a level: 0 (nothing yet), 1 (a little), 2 (three or
-- more), 3 (five or more). Once the summer's promises have all fallen due,
-- settle() fixes it.
local function shown_level(s)
  if s.level >= 0 then return s.level end
  local shown = s.kept - s.unowned
  if shown >= 5 then return 3 elseif shown >= 3 then return 2 elseif shown >= 1 then return 1 end
  return 0
end

-- A repair: the act named and apologised for. Whether it is enough is
-- theirs to say, and they read the ledger to say it. A repair made in the
-- last conversation, just before you ask for something, is weighed harder.
-- Their own mind decides the cases in between.
local function mend(s, act, late)
  s.open:remove(act)
  s.said = act
  local lv = shown_level(s)
  local enough
  if late then
    enough = lv == 3 or (lv == 2 and math.random(2) == 1)
  else
    enough = lv >= 2 or (lv == 1 and math.random(2) == 1)
  end
  if enough then
    s.heard = "yes"
    s["x_" .. act] = "forgiven"
    s.forgave_any = "yes"
  else
    s.heard = "no"
    s["x_" .. act] = "refused"
    if s.refused < 2 then s.refused = s.refused + 1 end
  end
end

-- When the last promise of the summer has fallen due, the ledger is read
-- once into its standing: "clean" (not one broken), "owned" (every broken
-- one owned, at least three kept, and the last kept), "short" (anything
-- less), or "cork" (their father's fall has decided for them). The numbers
-- are then let go; what the text needs of them is kept in words.
local function settle(s)
  s.level = shown_level(s)
  if s.clean then s.all_kept = "yes"; achieve("clean-page") end
  if s.unowned == 0 then s.all_owned = "yes" end
  if s.dad then s.standing = "cork"
  elseif s.clean then s.standing = "clean"
  elseif s.unowned == 0 and s.last == "kept" and s.kept >= 3 then s.standing = "owned"
  else s.standing = "short" end
  s.kept = 0; s.clean = true; s.unowned = 0; s.last = ""; s.dad = false
end

-- Their answer in August: what is still unmended first, then the lie, then
-- the ledger's standing, with their own mind where the ledger is good but
-- not clean.
local function answer(s)
  local unanswered = s.open:count() + s.refused
  if unanswered >= 2 then return "stop" end
  if unanswered == 1 then return "act" end
  if s.lie_open then return "lie" end
  if s.standing == "cork" then return "cork" end
  if s.standing == "clean" then return "yes" end
  if s.standing == "owned" then
    if math.random(2) == 1 then return "yes" end
    return "mind"
  end
  return "ledger"
end

-- The Notes page Bernie tells you to keep. Each line appears once the
-- promise is made; a box until it falls due, then a tick or a cross.
local LEDGER = "*Notes · Promises*"
  .. "{piano:\n{piano == due: ☐ | {piano == kept: ✓ | ✗}} Thu 15 May, 7pm. The piano."
  .. "{piano == warned:  Told {them} at 16:25. There before 9.}"
  .. "{piano == late:  There at 7:26.}{piano == owned:  There at 7:26. Said sorry.}}"
  .. "{sun1:\n{sun1 == due: ☐ | {sun1 == moved: ✓ | {sun1 == letter: ✓ | ✗}}} Sun 18 May, 7pm. Text {Name}."
  .. "{sun1 == moved:  Moved to 9 before 7, for Jo.}{sun1 == letter:  7 sharp. Jo waited.}"
  .. "{sun1 == late:  Sent 21:52.}{sun1 == owned:  Sent 21:52. Owned it.}}"
  .. "{books:\n{books == due: ☐ | {books == binder: ✗ | ✓}} Sat 24 May, 12:00. {Their} books."
  .. "{books == shown:  Sent the photo first.}{books == binder:  13:30, via the bindery.}"
  .. "{books == hidden:  On time. Recipe book at the bottom.}{books == owned:  On time. Hid the recipe book. Said so.}}"
  .. "{exam:\n{exam == due: ☐ | {exam == skipped: ✗ | ✓}} Thu 19 June, 6pm. Sit the exam."
  .. "{exam == reminded:  {They} had to remind me.}{exam == skipped:  Skipped it. Said so first.}}"
  .. "{siobhan:\n{siobhan == due: ☐ | {siobhan == paid: ✓ | ✗}} By 31 July. £350 to Siobhan."
  .. "{siobhan == asked:  Asked for August, before.}{siobhan == late:  Paid the clutch first.}"
  .. "{siobhan == owned:  Paid the clutch first. Owned it.}}"
  .. "{cork:\n{cork == due: ☐ | {cork == quiet: ✓ | {cork == stories: ✓ | ✗}}} 8 to 17 Aug. Leave {them} be."
  .. "{cork == birthday:  One message, on the birthday.}{cork == owned:  One message, on the birthday. Owned it.}"
  .. "{cork == stories:  Not a word. Watched every story.}}"

story {
  id     = "small-promises",
  title  = "Small Promises",
  author = "rekindle",
  blurb  = "A piano, a box of books, and trust rebuilt seven o'clock at a time.",
  start  = "name",
  meters = { patience = 55, respect = 60, trust = 35 },
  vars   = {
    name = "Dara",
    -- the ledger, read by the code
    kept = 0, clean = true, unowned = 0, last = "",
    -- boundaries, read by the code
    open = {}, refused = 0, lie_open = false,
    -- late or short-lived facts, read by the code
    dad = false, owe = false, just = "", why = "",
    retracted = "", her_seven = "", bern = "", all_kept = "", all_owned = "", standing = "", level = -1,
    -- memory in words, read only by the text
    first = "", piano = "", sun1 = "", week = "", books = "", lie = "", aoife = "",
    exam = "", reason = "", met = "", said = "", heard = "", july = "", siobhan = "",
    cork = "",
    -- each boundary act: "" (never), "crossed", "forgiven" or "refused"
    x_aoife = "", x_flood = "", x_outside = "", x_guilt = "", x_stories = "", x_deadline = "",
    crossed_any = "", forgave_any = "",
  },
  kinds  = { "reconciled", "growth", "apart" },
  -- boundary: one of the acts that rule out getting back together unless
  -- repaired (an uninvited visit, waiting outside, watching their accounts,
  -- asking family to report, an ultimatum, a flood of messages, guilt);
  -- repair: naming that act and apologising for it; pressure: pushing that
  -- is not a boundary. (Only these three: every tag's count is part of the
  -- state the tools search, since the story's check rules may read them.)
  tags   = { "boundary", "repair", "pressure" },
  covers = { 2, 4, 5, 6, 7, 8, 9, 11, 13, 14, 15, 16 },
}

-- ------------------------------------------------------------------ rules

rule "one boundary crossed and not repaired rules out getting back together" {
  never = "reconciled", after = "boundary", unless = "repair",
}
rule "a repair they did not accept mends nothing" {
  check = function(play, s)
    if play.kind == "reconciled" and (s.refused > 0 or s.open:count() > 0) then
      return false, "a reconciled ending after a boundary whose repair was not accepted"
    end
    return true
  end,
}
rule "a lie stays a lie until it is taken back" {
  check = function(play, s)
    if play.kind == "reconciled" and s.lie_open then
      return false, "a reconciled ending with the lie about the money still standing"
    end
    return true
  end,
}
rule "a careful summer still meets a mind of its own" {
  at_least = 20, of_plays_without = "boundary", end_in = { "growth", "apart" },
}
rule "every summer is a story" { min_choices = 10 }
rule "each bar that moves says why" { notes = true }

-- ------------------------------------------------------------------ achievements

achievement "kitchen-drawer" {
  title = "The Kitchen Drawer",
  hint = "A Sunday when seven o'clock came and went on their side, and you let it.",
}
achievement "clean-page" {
  title = "A Clean Page",
  hint = "Every promise of the summer, ticked.",
}
achievement "owned-it" {
  title = "Owned",
  hint = "A promise broken, and then owned in so many words.",
}

-- ------------------------------------------------------------------ May

scene "name" {
  [[May, and the city has stopped raining at last. You are parked on Cobden Street, twenty minutes early for the Tuesday group, and behind the sun visor is the card Bernie gave you last week: 240 DAYS, in his biro capitals.]],
  [[There is one thread on your phone that you have neither deleted nor opened since September. It has sunk below the garage and the dentist, and your thumb still knows exactly where it is.]],
  ask "Whose name is at the top of that thread?" { into = "name", pronouns = true, go = "september" },
}

scene "september" {
  "— Saturday 14 September —",
  [[23:58  **{Name}:** Where are you
01:40  **{Name}:** The bank says nothing was ever frozen. Ring me.
03:14  **{Name}:** Please. One word. Just so I know.]],
  "— Sunday 15 September —",
  [[09:02  **{Name}:** I've rung Jo. I've rung the hospitals.
16:47  **{Name}:** The police have the van's registration.]],
  "— Tuesday 17 September —",
  [[10:48  **You:** I'm at Jo's. I'm safe. I'm so sorry.
11:31  **{Name}:** I'm glad you're safe. Don't come to the flat. Your things will be at Jo's by Friday.]],
  page_break,
  go = "may",
}

scene "may" {
  "— Tuesday 13 May —",
  [[18:52  **{Name}:** Aoife's been given a piano by a neighbour. It sounds like a drawer of cutlery going down the stairs. Would you look at it? Thursday, 7. This isn't anything. It's a piano.
*Read 18:52*]],
  [[*Read at once, and {they} will have seen that. Through the windscreen, Bernie is carrying chairs out of the Meeting House cupboard, two at a time.*]],
  choice "Thursday at 7. I'll be there." {
    "18:55  **You:** Thursday at 7. I'll be there.",
    go = "may_reply", trust = "%+10",
    effect = function(s) s.first = "short"; s.piano = "due" end,
    note = "A short yes to a small request, with nothing added, is a promise sized so that it can be kept.",
  },
  choice "Thursday at 7. And I'm going to make all of it up to you." {
    "18:56  **You:** Thursday at 7. And I'm going to make all of it up to you. Every penny, every day.",
    go = "may_reply", trust = "%-6",
    effect = function(s) s.first = "vow"; s.piano = "due" end,
    note = "A promise to make up for everything is too big to keep and too big to check. It asks to be believed on credit.",
  },
  choice "Tell {them} first: the group, the 240 days, Bernie, the blocker" {
    go = "may_draft",
  },
}

scene "may_draft" {
  [[*Draft:* Before Thursday there are things you should know. I go to a group on Tuesdays, at the Meeting House on Cobden Street. It's 240 days. The man who runs it drove the number 9 bus for thirty-one years. There's a blocker on my phone, Jo holds my bank card, and we go through my statements together on the first of every month. I'm not asking for anything. I just want you to know I'm not who I was in September.▌]],
  [[*19:24. Bernie has the chairs in a circle now. He taps his watch at you through the glass.*]],
  choice "Send it" {
    "19:25  **You:** Before Thursday there are things you should know… *(108 words)*",
    go = "may_reply", patience = "%-8",
    effect = function(s) s.first = "long"; s.piano = "due" end,
    note = "Listing your changes asks {them} to take your word for them. The piano was a chance to show one instead.",
  },
  choice "Delete it, and send: Thursday at 7. I'll be there." {
    "19:26  **You:** Thursday at 7. I'll be there.",
    go = "may_reply", patience = "%+10", trust = "%+6",
    effect = function(s) s.first = "cut"; s.piano = "due" end,
    note = "Everything in the draft was true. Keeping it back let the changes be seen rather than announced.",
  },
}

scene "may_reply" {
  "{first == short: 18:58  **{Name}:** Good. Aoife will be in. She's with me for the summer while Siobhan does nights.}",
  "{first == vow: 19:03  **{Name}:** Just the piano.\n19:03  **{Name}:** Aoife will be in. She's with me for the summer while Siobhan does nights.}",
  "{first == long: 20:14  **{Name}:** That's a lot to read on the bus. I know about the money. I see it come in on the first.\n20:15  **{Name}:** Thursday?\n21:40  **You:** Thursday at 7.\n21:41  **{Name}:** Aoife will be in. She's with me for the summer while Siobhan does nights.}",
  "{first == cut: 19:27  **{Name}:** Good. Aoife will be in. She's with me for the summer while Siobhan does nights.}",
  "— Wednesday 14 May —",
  [[07:15  **Bernie:** GOOD TO SEE YOU LAST NIGHT. THAT THING ABOUT THURSDAY. WRITE IT DOWN. EVERY PROMISE YOU MAKE, IN YOUR PHONE. TICK OR CROSS. NO RUBBING OUT.]],
  LEDGER,
  page_break,
  go = "thursday",
}

scene "thursday" {
  sequence {
    [[— Thursday 15 May —
16:10  **Mrs Adeyemi (St Bride's):** Hello, it's Grace Adeyemi. The hall piano has dropped a whole semitone and the summer concert is tomorrow at two. I know it's a long job. Could you possibly come at six this evening? Call-out paid, of course.
16:11  **Northway Bank:** Your balance is £61.40. Standing order of £150.00, ref CORK, due 1 June.]],
    [[*Mrs Adeyemi's message is still open: six o'clock, a semitone, the concert tomorrow at two.*]],
  },
  once_only {
    [[*A semitone is two passes, two hours at the least. St Bride's is forty minutes from Lisle Street in a good week. The call-out is ninety pounds.*]],
  },
  choice "Ask Mrs Adeyemi whether eight tomorrow morning would do" {
    "16:24  **You → Mrs Adeyemi:** I'm booked this evening. Could I come at eight tomorrow, before the children are in? It'll be ready by two.",
    go = "thursday_night", trust = "%+12", patience = "%+8",
    effect = function(s) s.piano = "kept"; s.just = "ontime"; keep(s) end,
    note = "Moving the new job instead of the promise kept the promise whole. The money could wait a night.",
  },
  choice "Take the job, and tell {Name} now that you'll be late" {
    "16:25  **You:** A school's called me out at six, an emergency. I can't be with you till nine. I'm sorry. Is 9 still all right, or would another day be better?",
    go = "thursday_night", trust = "%-4",
    effect = function(s) s.piano = "warned"; s.just = ""; breach(s, true) end,
    note = "Saying early and plainly that you'll be late is honest. It still told {them} the first small promise came second.",
  },
  choice "Take the job. One pass instead of two, and you might still make seven." {
    "16:23  **You → Mrs Adeyemi:** See you at six.",
    go = "thursday_night", trust = "%-10",
    effect = function(s) s.piano = "late"; s.just = "late"; breach(s, false) end,
    note = "Hoping to squeeze both in is how the old promises broke: not by deciding, but by betting on the traffic.",
  },
  choice "Ring Bernie before you answer anyone" {
    when = function(s) return s.just ~= "bernie" end,
    effect = function(s) s.just = "bernie"; s.bern = "thursday" end,
    call = "bernie", patience = "%+8",
    note = "Ringing someone who knows the pull, before the pull decides, is what the Tuesday group is for.",
  },
}

-- Bernie, rung from wherever the pull is strongest; then back again.
scene "bernie" {
  "{bern == thursday: *Outgoing call · Bernie · 6 min*\n16:19  **Bernie:** WHAT I SAID ON THE PHONE, SO YOU'VE GOT IT WRITTEN. THE JOB IS DOING WHAT YOU SAID YOU'D DO. NOT THE FEELING. NOT THE MONEY.}",
  "{bern == sunday: *Outgoing call · Bernie · 2 min*\n19:48  **Bernie:** YOU RANG. GOOD. THAT'S WHAT THE PHONE'S FOR. A QUIET PHONE IS NOT A VERDICT. PUT IT IN A DRAWER AND WATCH SOMETHING WITH A CAR CHASE IN.}",
  "{bern == cork: *Outgoing call · Bernie · 9 min*\n21:40  **Bernie:** THE PULL STAYS THE SAME SIZE. YOU GET BIGGER. NINETEEN YEARS AND IT'S STILL THE SIZE OF A BETTING SLIP. SO IS A PHONE SCREEN.}",
  back = true,
}

scene "thursday_night" {
  "{piano == kept: 16:30  **Mrs Adeyemi:** The caretaker opens at half seven. Bless you.\n18:57  **You:** Outside.\n18:57  **{Name}:** Door's on the latch. Mind the third stair.}",
  "{piano == warned: 16:41  **{Name}:** ok. 9 then.\n20:52  **You:** Outside. Sorry again.\n20:53  **{Name}:** Door's on the latch.}",
  "{piano == late: 19:00\n19:12  **{Name}:** ?\n19:26  **You:** Outside. I'm so sorry. The ring road.\n19:27  **{Name}:** ok}",
  "{piano == late: 22:10  **{Name}:** Thank you for the piano. | {piano == warned: 23:02  **{Name}:** Aoife stayed up to play it. Chopsticks, mostly, then something slow I didn't know she could play. Thank you. | 21:48  **{Name}:** Aoife's played it for two hours. Chopsticks, mostly, then something slow I didn't know she could play. Thank you.}}",
  [[{piano == late: 22:11 | {piano == warned: 23:03 | 21:49}}  **{Name}:** You said it'll drift after the move. Text me on Sunday? Seven. Just how your week was. Nothing heavy.]],
  choice "Sunday at seven." {
    "{piano == late: 22:13 | {piano == warned: 23:05 | 21:52}}  **You:** Sunday at seven.",
    go = "sunday", trust = "%+8",
    effect = function(s) s.sun1 = "due"; s.just = "" end,
    note = "Saying a promise back exactly as it was asked, and nothing more, tells {them} you heard the terms.",
  },
  choice "Sorry I was late tonight. No excuse. Sunday at seven." {
    when = function(s) return s.just == "late" end,
    "22:14  **You:** Sorry I was late tonight. No excuse. Sunday at seven.",
    go = "sunday", respect = "%+12",
    effect = function(s) s.piano = "owned"; s.sun1 = "due"; s.just = ""; own(s) end,
    note = "A short apology with no excuse attached is the kind that can be believed. It owned the broken promise.",
  },
  choice "Sunday at seven. And were you counting? Six fifty-seven." {
    when = function(s) return s.just == "ontime" end,
    "21:53  **You:** Sunday at seven. And were you counting? Six fifty-seven.\n21:58  **{Name}:** I noticed.",
    go = "sunday", respect = "%-8",
    effect = function(s) s.sun1 = "due"; s.just = "" end,
    note = "Keeping a promise and then asking for credit turns it back into a bargain.",
  },
  choice "Sunday at seven. And a coffee some time? My treat." {
    "{piano == late: 22:13 | {piano == warned: 23:05 | 21:53}}  **You:** Sunday at seven. And a coffee some time? My treat.\n{piano == late: 22:20 | {piano == warned: 23:11 | 21:59}}  **{Name}:** Let's do Sunday.",
    go = "sunday", patience = "%-8",
    effect = function(s) s.sun1 = "due"; s.just = "" end,
    note = "Turning a small arrangement into a bigger one asks for more than was offered.",
  },
}

scene "sunday" {
  "— Sunday 18 May —",
  [[18:31  **Jo:** Don't panic. The car's died on the ring road at the Fenwick roundabout. Twins in the back. Recovery says two hours.
18:32  **Jo:** They're fine. Ruby is narrating it like a war film.]],
  [[*18:33. The ring road is twenty-five minutes away. Jo is the one who drove out to Carrow reservoir in September and brought you home.*]],
  choice "Tell {Name} now that you're going for Jo. Could it be nine?" {
    "18:35  **You:** Jo's broken down on the ring road with the twins. I'm going to get them. Could I text you at nine instead of seven? Sorry.\n18:41  **{Name}:** Go! Nine's fine. Give Jo my love.",
    go = "sunday_week", trust = "%+12",
    effect = function(s) s.sun1 = "moved"; keep(s) end,
    note = "When a real need collides with a promise, saying so before the promise falls due is still keeping faith with it.",
  },
  choice "Go now. Text {them} from Jo's once the twins are in bed." {
    "18:36  **You → Jo:** On my way. Twenty-five minutes.",
    go = "sunday_late", trust = "%-8",
    effect = function(s) s.sun1 = "late"; breach(s, false) end,
    note = "Silence while you deal with something real still leaves the other person waiting, and waiting was the old wound.",
  },
  choice "Tell Jo to sit tight for the recovery truck. You said seven." {
    "18:34  **You → Jo:** Can you sit tight for the recovery lot? I've said I'll do something at seven. I'll come after if they're not there.\n18:35  **Jo:** Fine.",
    go = "sunday_week", respect = "%-8",
    effect = function(s) s.sun1 = "letter"; keep(s) end,
    note = "A promise kept to the letter while your sister sits on the hard shoulder is rigid, not reliable. One honest message would have kept both.",
  },
}

scene "sunday_late" {
  [[19:00
19:40  **{Name}:** ?
*Delivered*]],
  [[21:52  **You:** Sorry. Jo's car died on the ring road with the twins in it. I've just got them home.
21:58  **{Name}:** I thought you'd forgotten. I sat here with the phone in my hand.]],
  choice "'I should have told you before seven. I'm sorry.'" {
    "22:01  **You:** I should have told you before seven. There was time. I'm sorry.\n22:03  **{Name}:** Thank you for saying that. Is Jo all right?",
    go = "sunday_week", respect = "%+12",
    effect = function(s) s.sun1 = "owned"; own(s) end,
    note = "The emergency explained the lateness. Only owning the silence answered the hour {they} spent waiting.",
  },
  choice "'It was an emergency, {Name}.'" {
    "22:00  **You:** It was an emergency.\n22:06  **{Name}:** I know it was. Is Jo all right?",
    go = "sunday_week", respect = "%-8",
    note = "A good reason for being late is not the same as an apology for leaving someone waiting without a word.",
  },
}

local AT_SUNDAY = "{sun1 == moved: 21:00 | {sun1 == letter: 19:00 | 22:08}}"
local AFTER_SUNDAY = "{sun1 == moved: 21:09 | {sun1 == letter: 19:09 | 22:15}}"
local ASKED_SUNDAY = "{sun1 == moved: 21:10 | {sun1 == letter: 19:10 | 22:16}}"
local ANSWERED_SUNDAY = "{sun1 == moved: 21:14 | {sun1 == letter: 19:14 | 22:20}}"
local AGAIN_SUNDAY = "{sun1 == moved: 21:17 | {sun1 == letter: 19:17 | 22:23}}"

scene "sunday_week" {
  [[*Your week, then, for {Name}. {They} asked for nothing heavy.*]],
  choice "A barn piano out past Hollins, with swallows in the rafters" {
    AT_SUNDAY .. "  **You:** The week: a Broadwood in a barn out past Hollins, with swallows nesting in the rafters. The farmer's wife sang hymns at it while I worked. It held.",
    go = "sunday_reply", patience = "%+10",
    effect = function(s) s.week = "barn" end,
    note = "Something small and true from your week, with no hook in it, was exactly the size {they} had asked for.",
  },
  choice "What you said at group on Tuesday, out loud, for the first time" {
    AT_SUNDAY .. "  **You:** The week: at group on Tuesday I talked about September out loud for the first time. Bernie says it's the first time he's seen me take my coat off.",
    go = "sunday_reply", trust = "%+6", patience = "%-4",
    effect = function(s) s.week = "group" end,
    note = "Honest and brave, and still heavier than {they} had asked for. Going at {their} pace is part of listening.",
  },
  choice "That it's been quiet without {them}" {
    AT_SUNDAY .. "  **You:** Honestly? The week was quiet. Everything's quiet without you.",
    go = "sunday_reply", patience = "%-10",
    effect = function(s) s.week = "quiet" end,
    note = "Missing someone is real. Sending it, when {they} had asked for nothing heavy, handed {them} the weight of it.",
  },
}

scene "sunday_reply" {
  "{week == group: " .. AFTER_SUNDAY .. "  **{Name}:** Thank you for telling me that. Can the heavy things stay on Tuesdays for now? I'm not there yet.}",
  "{week == quiet: " .. AFTER_SUNDAY .. "  **{Name}:** Nothing heavy, I said.}",
  ASKED_SUNDAY .. "  **{Name}:** {week == barn: A barn!  }Mine: Mrs Pell turned a hundred on Friday and we made her a cake shaped like a Morris Minor. She cried at the number plate.\n"
    .. ASKED_SUNDAY .. "  **{Name}:** Are you still doing the bookkeeping course?\n"
    .. ASKED_SUNDAY .. "  **{Name}:** And I'd like my books back. Mum's recipe book is in that box.",
  choice "'The exam's on the 19th of June, and I'll sit it. Books on Saturday, by twelve.'" {
    ANSWERED_SUNDAY .. "  **You:** The exam's on the 19th of June, and I'll sit it. Books on Saturday, by twelve.",
    go = "books", trust = "%+8",
    effect = function(s) s.exam = "due"; s.books = "due" end,
    note = "Two small promises, each with a day on it: things {they} could watch you keep.",
  },
  choice "'The 19th of June. Books on Saturday, and I'll paint that hallway while I'm there.'" {
    ANSWERED_SUNDAY .. "  **You:** The exam's the 19th of June. I'll bring the books on Saturday, and I'll paint that hallway while I'm there.\n" .. AGAIN_SUNDAY .. "  **{Name}:** Just the books.",
    go = "books", trust = "%-4", patience = "%-4",
    effect = function(s) s.exam = "due"; s.books = "due" end,
    note = "Adding a favour made the promise bigger than it was asked to be, and offered you a way into {their} hallway that {they} had not offered.",
  },
  choice "'The 19th of June. Could I bring the books on Sunday, and we'd get a coffee?'" {
    ANSWERED_SUNDAY .. "  **You:** The exam's the 19th of June. Could I bring the books on Sunday instead, and we'd get a coffee?\n" .. AGAIN_SUNDAY .. "  **{Name}:** Saturday. If I'm out, leave them with Aoife.",
    go = "books", patience = "%-8",
    effect = function(s) s.exam = "due"; s.books = "due" end,
    note = "Trading an errand for time together bargains with something {they} had asked for plainly.",
  },
}

scene "books" {
  "{sun1 == letter: 21:10  **Jo:** Home. Recovery came at ten to nine. The twins are asleep in their clothes. You could have come, you know.}",
  page_break,
  "— Saturday 24 May —",
  [[09:31  *Camera:* [Photo: {their} mum's recipe book on the van seat. The last twenty pages have dried into one wavy block, the ink run into blue clouds.]
09:34  *Search:* book repair water damage → **Cheapside Bindery** · open till 1 · "We can often part stuck pages" · two to three weeks]],
  [[*The van roof has leaked onto the box since October. You can still read the tops of three pages: Soda Bread. Christmas Cake. Auntie Bernadette's Emergency Pudding.*]],
  choice "Send {them} the photo now, before you drive over" {
    "09:37  **You:** [Photo] The van roof leaked onto the box. I only found it this morning. I'm so sorry. Everything else is all right. Still with you at 12.",
    go = "books_after", trust = "%+15",
    effect = function(s) s.books = "shown"; keep(s) end,
    note = "Telling {them} about the damage before {they} found it is transparency in its smallest and hardest form.",
  },
  choice "Take it to the Cheapside Bindery first. They might save it." {
    "12:12  *Cheapside Bindery · ticket 0412 · ready in about three weeks*",
    go = "books_after", trust = "%-8",
    effect = function(s) s.books = "binder"; breach(s, false) end,
    note = "A grand gesture that breaks a small promise still breaks it. Being there at twelve would have meant more than being impressive.",
  },
  choice "Put the recipe book at the bottom of the box, and be there at twelve" {
    "11:58  **You:** Outside.",
    go = "books_after", trust = "%-10",
    effect = function(s) s.books = "hidden"; s.just = "hidden"; keep(s) end,
    note = "The time was kept and the damage was hidden. That is the habit that hid the money, in miniature.",
  },
}

scene "books_after" {
  "{books == shown: 11:58  **You:** Outside.\n12:36  **{Name}:** Her writing's still on the cover. That was the bit I wanted. Thank you for telling me before I found it.}",
  "{books == binder: 12:20  **{Name}:** Still coming?\n12:26  **You:** I'm at the bindery on Cheapside with your mum's book. The van leaked on it. They think they can part the pages. Half one?\n12:27  **{Name}:** You said twelve.\n13:41  **{Name}:** Got the box. The ticket's in the atlas. Three weeks, it says.}",
  "{books == hidden: 12:41  **{Name}:** [Photo: the recipe book, open at the pages that are one block now]\n12:41  **{Name}:** It was at the bottom of the box. When were you going to tell me?}",
  [[{books == hidden: 12:44 | {books == binder: 13:44 | 12:38}}  **{Name}:** There's something I need to ask you. I'll ask it tomorrow at seven. Here, in writing. I want to be able to read the answer back.]],
  choice "'Tomorrow at seven.'" {
    when = function(s) return s.just ~= "hidden" end,
    "{books == binder: 13:47 | 12:40}  **You:** Tomorrow at seven.",
    go = "question", patience = "%+10",
    note = "Letting {them} choose the time and the way of asking gave back a little of the control you once took.",
  },
  choice "'I hid it, and I'm sorry. Tomorrow at seven.'" {
    when = function(s) return s.just == "hidden" end,
    "12:50  **You:** I hid it. I hoped you'd find it after I'd gone, and that's the old me. I'm sorry. Tomorrow at seven.\n12:58  **{Name}:** Thank you for not pretending.",
    go = "question", trust = "%+10",
    effect = function(s) s.books = "owned"; s.just = "" end,
    note = "Naming a small concealment as the old habit it was, without a story round it, is how the habit starts to lose.",
  },
  choice "'I was going to get it fixed. Tomorrow at seven.'" {
    when = function(s) return s.just == "hidden" end,
    "12:52  **You:** I was going to get it fixed first. Tomorrow at seven.\n*Read 12:52*",
    go = "question", trust = "%-6",
    effect = function(s) s.just = "" end,
    note = "A plan to fix something later doesn't explain hiding it now.",
  },
  choice "'Ask me now. I'd rather not wait a day.'" {
    "{books == hidden: 12:47 | {books == binder: 13:46 | 12:39}}  **You:** Ask me now. I'd rather not wait a whole day.\n{books == hidden: 12:49 | {books == binder: 13:48 | 12:41}}  **{Name}:** Tomorrow.",
    go = "question", patience = "%-8",
    effect = function(s) s.just = "" end,
    note = "Insisting on hearing it now takes the timing of a hard conversation away from the person who asked for it.",
  },
}

scene "question" {
  page_break,
  "— Sunday 25 May —",
  [[19:00  **{Name}:** The money. The two thousand eight hundred from the Cork pot. Was that all of it? I want the real answer. I won't ask again.]],
  [[*You type:* There was an envelope in the kitchen drawer. £350, Aoife's Barcelona money that Siobhan left with you. I took it on the Thursday and it went in eleven minutes.▌]],
  [[*As far as you know, nobody knows. {Name} paid the school out of {their} own wages and told Aoife the envelope had been lost.*]],
  choice "Send it as it is" {
    "19:04  **You:** There was an envelope in the kitchen drawer… *(sent as typed)*",
    go = "truth", trust = "%+20",
    effect = function(s) s.lie = "told" end,
    note = "The truth sent plainly, when a lie would have been easy and safe, was the promise {they} needed most.",
  },
  choice "Add the why: the losing run, the Friday you meant to put it back by" {
    "19:09  **You:** There was an envelope in the kitchen drawer… I was sure I'd win it back by the Friday and put it in the drawer before anyone knew. It felt like borrowing.",
    go = "truth", trust = "%+8",
    effect = function(s) s.lie = "explained" end,
    note = "The truth with an explanation attached asks to be understood before it has even been heard.",
  },
  choice "Delete it. Type: That was all of it." {
    "19:06  **You:** That was all of it.",
    go = "after_lie", trust = "%-25",
    effect = function(s) s.lie = "lied"; s.lie_open = true end,
    note = "A lie told to protect a new, fragile trust spends it. This was the one question {they} most needed answered truly.",
  },
  choice "Put the phone face down on the table, and don't pick it up" {
    "*19:06. 19:20. 19:41.*\n19:48  **{Name}:** Okay. That's an answer too.",
    go = "after_lie", trust = "%-15", patience = "%-6",
    effect = function(s) s.lie = "silent"; s.lie_open = true end,
    note = "Not answering a direct question in writing is an answer, and {they} read it as one.",
  },
}

scene "truth" {
  "{lie == explained: 19:12  **{Name}:** I don't need the why. I've had eight months of the why.}",
  [[19:14  **{Name}:** I know. Aoife saw you at the drawer. She told me in March. She'd carried it since she was fourteen.
19:15  **{Name}:** I took the sofa apart twice looking for that envelope. I needed to hear you say it.]],
  choice "'I'm sorry. I'll pay Siobhan the £350 by the end of July, if she'll let me.'" {
    "19:19  **You:** I'm sorry. I'll pay Siobhan the £350 back by the end of July, if she'll let me.\n19:26  **{Name}:** I'll ask her. Don't message her yourself. Let me.",
    go = "june", trust = "%+10", respect = "%+10",
    effect = function(s) s.owe = true; s.siobhan = "due" end,
    note = "An apology with a specific repair in it, offered rather than imposed, left {them} the say.",
  },
  choice "'I'm sorry. That's all. You're allowed to be angry.'" {
    "19:18  **You:** I'm sorry. That's all. You're allowed to be angry.\n19:31  **{Name}:** I am. I'll be less angry by next Sunday, probably. Goodnight.",
    go = "june", patience = "%+12",
    note = "Letting {their} anger run its course, without defending yourself, showed it is safe to be angry with you now.",
  },
  choice "'Are we still all right?'" {
    "19:17  **You:** Are we still all right?\n19:29  **{Name}:** I don't know what we are. That's what I'm finding out.",
    go = "june", patience = "%-8",
    note = "Asking for reassurance straight after a confession asks the hurt person to look after you.",
  },
}

scene "after_lie" {
  "{lie == lied: *Read 19:06*\n19:07  **{Name}:** Okay.}",
  "— 23:14 —",
  [[*Draft:* {lie == lied: I lied to you tonight. | I didn't answer you tonight, and you know why.} There was an envelope in the kitchen drawer. £350, Aoife's Barcelona money. I took it.▌]],
  choice "Send it" {
    "23:15  **You:** {lie == lied: I lied to you tonight. | I didn't answer you tonight, and you know why.} There was an envelope in the kitchen drawer. £350, Aoife's Barcelona money. I took it.\n23:31  **{Name}:** I know. Aoife saw you at the drawer, and she told me in March. I asked to see what you'd do. {lie == lied: You lied, and then four hours later you didn't. | You went quiet, and then four hours later you didn't.} I'll have to work out which one counts.",
    go = "june", trust = "%+12",
    effect = function(s) s.retracted = "night"; s.lie_open = false end,
    note = "A lie taken back the same night heals slower than the truth told first, but it is where the healing starts.",
  },
  choice "Delete it. It's late, and it's said." {
    "*Draft deleted.*",
    go = "june", trust = "%-6",
    note = "Each night a lie is left standing, it becomes a little more the thing you chose.",
  },
}

-- ------------------------------------------------------------------ June

-- Their own life: which way the Sunday in June goes for them.
local function fate(s)
  if math.random(2) == 1 then s.reason = "shift" else s.reason = "kemi" end
end

scene "june" {
  page_break,
  "— Monday 2 June —",
  [[16:05  **07700 900413:** hi its aoife. {name}s niece. i got ur number off the invoice
16:05  **07700 900413:** the F sharp does a buzzy thing when i play loud
16:06  **07700 900413:** also r u and {name} getting back together or what]],
  choice "Tell her where to look for the buzz" {
    "16:20  **You → Aoife:** Hi Aoife. A buzz on loud notes is usually something loose, not the string. Lift the top lid and look along the back: pencil, hairclip, coin? If it's still there next time, I'll find it.\n16:34  **Aoife:** HAIRCLIP. ur a genius\n16:34  **Aoife:** u didnt answer the other thing. respect",
    go = "exam", respect = "%+12",
    effect = function(s) s.aoife = "piano"; fate(s) end,
    note = "Keeping a fifteen-year-old out of the grown-ups' business protected her, and kept to the limits {Name} had set.",
  },
  choice "'Working on it. Don't tell {them} I said.'" {
    "16:21  **You → Aoife:** Working on it. Don't tell {them} I said. Lift the top lid and look for something loose: pencil, hairclip?\n16:30  **Aoife:** my lips r sealed. also it WAS a hairclip",
    go = "exam", respect = "%-8",
    effect = function(s) s.aoife = "secret"; fate(s) end,
    note = "Giving a teenager a secret to keep from the person she lives with makes her a go-between, however lightly it was meant.",
  },
  choice "'I hope so. Has {Name} said anything about me?'" {
    "16:22  **You → Aoife:** I hope so. Has {Name} said anything about me?\n16:24  **Aoife:** omg\n16:24  **Aoife:** im not a spy\n16:27  **Aoife:** ok {they} said {piano == kept: ur on time now | u fixed the piano}. thats literally it. DONT tell {them} i said",
    go = "aoife_found", respect = "%-20", tags = { "boundary" },
    effect = function(s) s.aoife = "asked"; cross(s, "aoife"); fate(s) end,
    note = "Asking family to report on someone is checking up on them through the back door, and it puts the family in the middle.",
  },
}

scene "aoife_found" {
  "— Tuesday 3 June —",
  [[08:02  **{Name}:** Aoife showed me your messages. Please don't ask her about me. She's fifteen, and she has already carried one thing of ours for months.]],
  choice "'You're right. I put her in the middle, and I'm sorry. I won't ask her about you again.'" {
    go = "aoife_heard", respect = "%+10", tags = { "repair" },
    effect = function(s) mend(s, "aoife", false) end,
    note = "Naming exactly what you did, asking Aoife to report on {them}, and saying sorry for that and nothing wider, is a repair {they} could weigh.",
  },
  choice "'It was one question. She brought it up.'" {
    "08:12  **You:** It was one question. She brought it up.\n08:20  **{Name}:** She's fifteen.",
    go = "exam", respect = "%-12",
    note = "Pointing out that a child raised the subject hands her the blame for what you asked her.",
  },
  choice "Leave it. {They} {have} said what {they} needed to say." {
    "*Read 08:03*",
    go = "exam", respect = "%-4",
    note = "Not arguing is better than arguing. It still left what you did with Aoife unnamed and unanswered.",
  },
}

scene "aoife_heard" {
  [[08:10  **You:** You're right. I put her in the middle and asked her to report on you. I'm sorry. I won't ask her about you again.]],
  "{heard == yes: 08:31  **{Name}:** Thank you for not arguing. Okay. She'll be glad. | 08:40  **{Name}:** I hear you. I don't know yet if that's enough. She came to me upset, and she's a kid.}",
  go = "exam",
}

scene "exam" {
  "{aoife == secret: — Tuesday 3 June —\n08:02  **{Name}:** Aoife says you're 'working on it' and she isn't allowed to tell me. She told me in four minutes. Please don't give her secrets to keep. She's fifteen.}",
  "— Monday 16 June —",
  [[12:40  **{Name}:** Aoife's playing at the school concert on Thursday, 7pm. She asked if you'd come. Her idea, not mine. No pressure either way.]],
  [[*Calendar:* Thu 19 June · 18:00–21:00 · EXAM, Ashgrove College sports hall. Bring ID and a calculator.]],
  choice "'That's my exam night. Would she play it for me on Saturday instead?'" {
    "12:52  **You:** Thursday's my exam, six till nine. Would she play it for me on Saturday instead? I'd love to hear it.\n13:15  **{Name}:** She says yes if you bring biscuits. The good ones.",
    go = "exam_done", trust = "%+12", respect = "%+8",
    effect = function(s) s.exam = "sat"; keep(s) end,
    note = "Keeping the promise you made to yourself is part of becoming someone whose promises hold, and Aoife still got her audience.",
  },
  choice "'Tell her I'll be there. I wouldn't miss it.'" {
    "12:49  **You:** Tell her I'll be there. I wouldn't miss it.",
    go = "exam_reminded",
  },
}

scene "exam_reminded" {
  [[13:02  **{Name}:** Isn't that your exam? You said the 19th.]],
  choice "'It is. You're right. Could she play it for me on Saturday?'" {
    "13:04  **You:** It is. You're right. Could she play it for me on Saturday instead?\n13:20  **{Name}:** She says yes if you bring biscuits. The good ones.",
    go = "exam_done", trust = "%+6",
    effect = function(s) s.exam = "reminded"; keep(s) end,
    note = "Being reminded of your own promise and taking the reminder, rather than defending the slip, still keeps it.",
  },
  choice "'I'd rather be there for her. I'll resit in December.'" {
    "13:05  **You:** I'd rather be there for her. I'll resit in December.\n13:40  **{Name}:** Don't make me the reason you didn't.",
    go = "exam_done", respect = "%-8",
    effect = function(s) s.exam = "skipped"; breach(s, true) end,
    note = "Dropping your own commitment to please someone is the old pattern in new clothes, even said openly and in advance.",
  },
}

scene "exam_done" {
  "{exam == skipped: — Thursday 19 June —\n22:30  **{Name}:** She was brilliant. She looked for you at the end and found you. Thank you for coming.\n22:31  **{Name}:** I still wish you'd sat it.}",
  "{exam == skipped: | — Thursday 19 June —\n21:12  **You:** Done. The accruals question I'd have got wrong in March, I got right.\n21:20  **{Name}:** Good. Aoife says good as well, and also that she was brilliant.}",
  "{exam == skipped: | — Saturday 21 June —\n15:02  **{Name}:** [Video · 2:48 · Aoife at the Challen again, the first Gymnopédie, slow as somebody holding their breath]\n15:03  **{Name}:** She says she played it better once you'd gone, so you're to have this one. And you still owe her an F sharp.}",
  page_break,
  LEDGER,
  page_break,
  go = "sunday_quiet",
}

scene "sunday_quiet" {
  sequence {
    [[— Sunday 29 June —
19:00  **You:** The week: a church upright in Saltney with a mouse nest in the bass end. The mice had moved out. The vicar was very relieved.
*Delivered*
*19:20. Delivered, not read. {Name} was last online at 17:52.*
*19:45. Still not read.*]],
    [[*19:51. Still delivered, still not read. The kitchen clock is louder than it was.*]],
  },
  choice "Put the phone in the kitchen drawer, and leave it there till morning" {
    "*19:53. The phone goes in the kitchen drawer, face down, under the tea towels.*",
    go = "their_reply", achieve = "kitchen-drawer", patience = "%+15",
    effect = function(s) s.met = "drawer"; s.just = "" end,
    note = "A missed seven from someone rebuilding their trust in you is not a test to pass. Leaving it alone is what trustworthy looks like.",
  },
  choice "'No rush. Hope your Sunday was good.' Then leave it." {
    "19:53  **You:** No rush. Hope your Sunday was good.\n*Delivered*",
    go = "their_reply", patience = "%+6",
    effect = function(s) s.met = "one"; s.just = "" end,
    note = "One light message that asks for nothing, and then silence, leaves the door open without leaning on it.",
  },
  choice "{They} always answer{s} at seven. Message again, and keep trying." {
    "19:52  **You:** ?\n20:08  **You:** Everything ok?\n20:26  **You:** {Name}?\n20:40  *Call to {Name} · no answer*\n20:41  *Call to {Name} · no answer*\n20:55  **You:** Starting to worry now\n21:17  **You:** I thought we said seven\n21:38  **You:** Fine.\n21:39  **You:** Sorry. Not fine. Just tell me you're ok.\n*All delivered. None read.*",
    go = "their_reply", patience = "%-30", respect = "%-12", tags = { "boundary" },
    effect = function(s) s.met = "flood"; s.just = "crossed"; cross(s, "flood") end,
    note = "Seven messages and two calls into a silence turn a hello into a demand for an answer, and a worry into {their} problem.",
  },
  choice "Larchfield is ten minutes away. Drive over and see if {their} car is there." {
    "20:09  **You:** I'm outside Larchfield. Not coming in. {reason == shift: Your car's here, so you're probably inside. | Your car's not here, but you might still be inside.} I just want to know you're ok.\n*20:30. A woman in kitchen whites comes out to the bins, and looks at the van for a long time.*\n20:47  **You:** Still here. {reason == shift: The kitchen light's on. | The staff door keeps opening. Never you.}\n21:22  **You:** I'll wait till you come out.\n*Delivered · Delivered · Delivered*",
    go = "their_reply", respect = "%-30", patience = "%-15", tags = { "boundary" },
    effect = function(s) s.met = "outside"; s.just = "crossed"; cross(s, "outside") end,
    note = "Waiting outside someone's work, however gently it is meant, takes away their choice about when and where they see you.",
  },
  choice "Ring Bernie" {
    when = function(s) return s.just ~= "bernie" end,
    effect = function(s) s.just = "bernie"; s.bern = "sunday" end,
    call = "bernie", patience = "%+8",
    note = "Ringing for help before the urge decides is the change, not a step towards it.",
  },
}

-- What you tell them you went through, the night they missed seven.
local GUILT = "{met == outside: I sat out there for two hours. | I waited in all evening.}"

local REPLY_AT = "{met == drawer: 07:12 | {met == outside: {reason == shift: 21:46 | 22:36} | 22:52}}"
local ANSWER_AT = "{met == drawer: 07:31 | {met == outside: {reason == shift: 21:52 | 22:41} | 23:04}}"

scene "their_reply" {
  page_break,
  "{met == drawer: — Monday 30 June —\n*07:10. The phone comes out of the drawer. Two messages came in last night.*}",
  "{met == drawer: 22:47  **{Name}:** Sorry. Sorry. {reason == shift: The agency cook didn't turn up and I did a double. My phone was in my locker. | I've been in A&E with Kemi since five. Jonah came off his board at the skatepark. Wrist. My phone died at six.}\n22:48  **{Name}:** I said seven and I wasn't here.}",
  "{met == one: 22:47  **{Name}:** Sorry. Sorry. {reason == shift: The agency cook didn't turn up and I did a double. My phone was in my locker. | I've been in A&E with Kemi since five. Jonah came off his board at the skatepark. Wrist. My phone died at six.}\n22:48  **{Name}:** I said seven and I wasn't here. Thank you for only sending one.}",
  "{met == flood: 22:47  **{Name}:** I've just got my phone back. Seven messages and two missed calls.\n22:49  **{Name}:** {reason == shift: The agency cook didn't turn up and I did a double. | I've been in A&E with Kemi since five. Jonah came off his board at the skatepark. Wrist.}\n22:50  **{Name}:** I said seven and I wasn't here, and I'm sorry about that. I'm not sorry I didn't answer.}",
  "{met == outside: {reason == shift: 21:41  **{Name}:** You're outside my work?\n21:41  **{Name}:** Ify can see your van from the pot wash. She thought you were from the council.\n21:43  **{Name}:** The agency cook didn't turn up. I'm on a double. I'm sorry about seven. But go home. Please. Now. | 22:30  **{Name}:** Ify just rang me. Your van's been outside Larchfield for two hours. I'm not even there.\n22:31  **{Name}:** I'm in A&E with Kemi. Jonah came off his board at the skatepark. Wrist.\n22:33  **{Name}:** I know I said seven. I'm sorry about seven. Please go home.}}",
  choice "'You don't owe me a seven.{reason == kemi:  How's Jonah?}'" {
    when = function(s) return s.just == "" end,
    go = "their_answer", trust = "%+12", respect = "%+10",
    effect = function(s) s.said = "grace"; s.her_seven = "grace" end,
    note = "When {they} broke a promise, you did not make {them} pay for it. That is the same grace you have been asking for since May.",
  },
  choice "'I was worried. Anyone would have been.'" {
    when = function(s) return s.just == "crossed" end,
    go = "their_answer", respect = "%-8",
    effect = function(s) s.said = "worried"; s.her_seven = "worried"; s.just = "" end,
    note = "Worry explains the feeling. It does not answer for what you did with it.",
  },
  choice ("'" .. GUILT .. "'") {
    id = "i-waited-in-all-evening",
    go = "their_answer", respect = "%-25", trust = "%-8", tags = { "boundary" },
    effect = function(s) s.said = "guilt"; s.her_seven = "guilt"; s.just = ""; cross(s, "guilt") end,
    note = "Telling someone how long you waited, after they have said sorry, is guilt: it makes them pay for a promise they already owned.",
  },
  choice "'I'm sorry for the messages. Seven, and the calls. You didn't owe me an answer.'" {
    when = function(s) return s.open:has("flood") end,
    go = "their_answer", respect = "%+10", tags = { "repair" },
    effect = function(s) s.just = ""; s.her_seven = "sorry"; mend(s, "flood", false) end,
    note = "Counting out what you sent, and saying sorry for exactly that, let {them} see that you had seen it too.",
  },
  choice "'I'm going. I'm sorry I came to your work. I had no right to be there.'" {
    when = function(s) return s.open:has("outside") end,
    go = "their_answer", respect = "%+10", tags = { "repair" },
    effect = function(s) s.just = ""; s.her_seven = "sorry"; mend(s, "outside", false) end,
    note = "Leaving at once, and naming the car park as the wrong you did, is the only apology that works from a car park.",
  },
}

scene "their_answer" {
  "{said == grace: " .. REPLY_AT .. "  **You:** You don't owe me a seven.{reason == kemi:  How's Jonah?}}",
  "{said == worried: " .. REPLY_AT .. "  **You:** I was worried. Anyone would have been.}",
  "{said == guilt: " .. REPLY_AT .. "  **You:** " .. GUILT .. "}",
  "{said == flood: " .. REPLY_AT .. "  **You:** I'm sorry for the messages. Seven of them, and the calls. You didn't owe me an answer, and I made it feel as if you did.}",
  "{said == outside: " .. REPLY_AT .. "  **You:** I'm going. I'm sorry I came to your work. I had no right to be there.\n*You drive home. Yours is the last van in the car park that isn't staff.*}",
  "{said == grace: " .. ANSWER_AT .. "  **{Name}:** {reason == kemi: He's fine. Purple cast. He wants everyone to sign it. | {met == drawer: Day off today, thank God. | Going to sleep for a week.}} Thank you for not making it a thing.}",
  "{said == worried: " .. ANSWER_AT .. "  **{Name}:** {met == outside: Worried people don't sit in a car park for two hours. | Worried people send one message, and wait.}}",
  "{said == guilt: " .. ANSWER_AT .. "  **{Name}:** {met == flood: I know. I counted. | {met == outside: I know. Ify watched you do it. | I know. I did say sorry.}}}",
  "{said == flood: " .. ANSWER_AT .. "  **{Name}:** {heard == yes: Thank you for saying it with the number in it. Okay. Don't do it again. | I'm glad you counted. I don't know yet if it's enough. When I got my phone back they all came in at once, one under another.}}",
  "{said == outside: " .. ANSWER_AT .. "  **{Name}:** {heard == yes: Thank you. Ify's stopped looking out of the window. Okay. | I hear you. I'm not there yet. I felt watched at my own work.}}",
  page_break,
  go = "july",
}

-- ------------------------------------------------------------------ July

scene "july" {
  "— Sunday 13 July —",
  [[19:00  **{Name}:** You first this week. No, actually, me first.
19:01  **{Name}:** Aoife asked me today what happened in September. Properly, all of it. So I told her. It was strange, saying it out loud to someone who was there.]],
  "{lie_open: 19:02  **{Name}:** All of it. The envelope too.}",
  choice "'What was it like for you? Those three days. Only if you want to say.'" {
    "19:05  **You:** What was it like for you, those three days? Only if you want to say.\n19:19  **{Name}:** The first night I sat up with the phone on the table, and every car that slowed down outside was the police. The second day I rang the hospitals again, in the same order, like a rota. Aoife made me toast I couldn't eat. I still can't stand the smell of toast at night.\n19:20  **{Name}:** You never used to ask. Thank you.",
    go = "july_next", respect = "%+12", trust = "%+10",
    effect = function(s) s.july = "asked" end,
    note = "Asking to hear the hurt you caused, and letting it be told in full, is understanding {their} side instead of defending yours.",
  },
  choice "'I think about those three days every day. I'm so sorry.'" {
    "19:04  **You:** I think about those three days every day. I'm so sorry.\n19:15  **{Name}:** I know you are.",
    go = "july_next", patience = "%-4",
    effect = function(s) s.july = "sorry" end,
    note = "A true sorrow, but it turned {their} story back into yours before {they} had told it.",
  },
  choice "'What did you tell her about me?'" {
    "19:03  **You:** What did you tell her about me?\n19:12  **{Name}:** The truth. That's the rule in this flat now.",
    go = "july_next", respect = "%-8",
    effect = function(s) s.july = "me" end,
    note = "Wanting to know how you were described is natural. It put you at the centre of a story about {their} three days.",
  },
  choice "'There's something I should have said in May. It wasn't all of it.'" {
    when = function(s) return s.lie_open end,
    "19:04  **You:** There's something I should have said in May. It wasn't all of it. There was an envelope in the kitchen drawer, Aoife's Barcelona money. I took it.\n19:30  **{Name}:** I know. Aoife told me in March. I've been waiting since May to see if you'd ever say it.\n19:31  **{Name}:** Seven weeks. I counted those too.",
    go = "july_next", trust = "%+12",
    effect = function(s) s.retracted = "july"; s.lie_open = false end,
    note = "A truth told late costs more than one told early, and still costs less than a lie kept.",
  },
}

scene "july_next" {
  go = function(s)
    if s.owe then return "siobhan" end
    return "cork"
  end,
}

scene "siobhan" {
  page_break,
  "— Friday 25 July —",
  [[10:12  **Hollins Motors:** The clutch has gone, I'm afraid. £380 all in. We can do it Monday.
10:13  **Northway Bank:** Your balance is £402.18.]],
  [[*Notes · Promises:* ☐ By 31 July. £350 to Siobhan.]],
  choice "Pay Siobhan today, and ask Jo about the clutch" {
    "10:30  **You → Jo:** Could I borrow £380 for the clutch till payday? You'll see why on the statement.\n10:31  **Jo:** Yes. Proud of you, idiot.\n10:40  **Northway Bank:** £350.00 paid to S BYRNE, ref AOIFE BARCELONA.\n19:22  **{Name}:** Siobhan rang me. She cried a bit. So did I, after.",
    go = "cork", trust = "%+15",
    effect = function(s) s.siobhan = "paid"; s.owe = false; keep(s) end,
    note = "Keeping a money promise when money was tight, and asking for help in the open, is the change {they} had most reason to doubt.",
  },
  choice "Tell {Name} before the 31st: the clutch, and could it be August?" {
    "10:25  **You:** The van's clutch has gone and I need the van for work. Could Siobhan's money be the end of August instead? I'm sorry. I said July.\n11:02  **{Name}:** Thank you for telling me before. I'll tell her. She wasn't counting on it.",
    go = "cork", trust = "%+4",
    effect = function(s) s.siobhan = "asked"; s.owe = false; breach(s, true) end,
    note = "Renegotiating before the day, with the reason and no drama, broke the promise in the one way that keeps faith.",
  },
  choice "Fix the van first. Siobhan isn't counting on it, and a week won't matter." {
    "10:19  **You → Hollins Motors:** Monday's great, thanks.",
    go = "siobhan_late", trust = "%-12",
    effect = function(s) s.siobhan = "late"; s.owe = false; breach(s, false) end,
    note = "Deciding on someone else's behalf that they won't mind is how the Cork pot went: quietly, and for a good reason.",
  },
}

scene "siobhan_late" {
  "— Friday 1 August —",
  [[18:03  **{Name}:** Siobhan says nothing's come. Did something happen?]],
  choice "'The clutch went and I paid that first. I should have told you before the 31st.'" {
    "18:09  **You:** The clutch went and I paid that first. I should have told you before the 31st, and I didn't. It'll be with her by next Friday.\n18:20  **{Name}:** Okay. Thank you for not dressing it up.",
    go = "cork", respect = "%+10",
    effect = function(s) s.siobhan = "owned"; own(s) end,
    note = "Owning a broken promise, without a story round it, keeps the ledger honest even when it can't keep it clean.",
  },
  choice "'The van's how I earn. She'll have it next week.'" {
    "18:07  **You:** The van's how I earn. She'll have it next week.\n18:25  **{Name}:** I know how the van works.",
    go = "cork", respect = "%-10",
    note = "A reason offered in place of an apology asks {them} to agree that you had no choice. You did.",
  },
}

-- ------------------------------------------------------------------ August

-- Their own life in Cork: a father's fall, or not.
local function cork_fate(s)
  s.cork = "due"
  s.dad = math.random(4) == 1
end

scene "cork" {
  page_break,
  "— Sunday 3 August —",
  [[19:00  **{Name}:** I'm going to Cork on Friday for Dad's eightieth. I paid for it myself. I'm not telling you to hurt you, I'm telling you because it's true.
19:01  **{Name}:** I'll be off my phone mostly. Can we leave it till I'm back? I'll text on Sunday the 17th. At seven.]],
  "{x_flood: 19:02  **{Name}:** If I don't answer, it's because I'm in a field with my dad, not because anything's happened. I'm saying it because of that Sunday in June.}",
  "{x_outside: 19:02  **{Name}:** And please don't go asking after me at Larchfield. Ify will tell you nothing, and then she'll tell me.}",
  "{x_aoife: 19:03  **{Name}:** Aoife's coming with me. Leave her be.}",
  "{x_guilt: 19:03  **{Name}:** And I'm not going to feel guilty for every evening I don't text.}",
  choice "'Till the 17th. Have a brilliant time, and happy birthday to your dad.'" {
    "19:04  **You:** Till the 17th. Have a brilliant time, and happy birthday to your dad.\n19:06  **{Name}:** I'll tell him.",
    go = "silence", patience = "%+12",
    effect = cork_fate,
    note = "Agreeing to a silence warmly, with no conditions, let the trip be {theirs}.",
  },
  choice "'Till the 17th. Could you send one photo, so I know you got there?'" {
    "19:05  **You:** Till the 17th. Could you send one photo, though, just so I know you got there?\n19:11  **{Name}:** I'll get there. The 17th.",
    go = "silence", patience = "%-8",
    effect = cork_fate,
    note = "Asking for proof of safe arrival, after September, asks {them} to manage your fear on {their} own holiday.",
  },
  choice "'Nine days? Could we do one Sunday in the middle?'" {
    "19:05  **You:** Nine days? Could we do one Sunday in the middle?\n19:09  **{Name}:** No. The 17th.",
    go = "silence", patience = "%-12", respect = "%-6",
    effect = cork_fate,
    note = "Bargaining over the length of a silence someone has asked for tells them the silence is a cost you want reduced.",
  },
}

scene "silence" {
  sequence {
    [[— Friday 15 August —
*Calendar:* Séamus, 80. *(Added nine years ago. You never took it out.)*
*Instagram:* Siobhan has posted eleven stories tonight, from Cork.
*Notes · Drafts:* Happy 80th to your dad, from me. No need to reply.]],
    [[*The draft is still there. So are Siobhan's eleven stories, with the ring round her picture.*]],
  },
  choice "Leave the draft where it is. Sunday is the 17th." {
    "*The draft stays a draft. You put the phone on the windowsill and leave it there.*",
    go = "back", patience = "%+15",
    effect = function(s) s.cork = "quiet"; s.last = "kept"; s.just = ""; keep(s) end,
    note = "Keeping a promise of silence is the hardest kind, because nobody sees you keep it. {They} did.",
  },
  choice "Send it. It's his birthday, and it's one line." {
    "22:05  **You:** Happy 80th to your dad, from me. No need to reply.\n*Delivered*",
    go = "back", patience = "%-8",
    effect = function(s) s.cork = "birthday"; s.last = "broken"; s.just = "birthday"; breach(s, false) end,
    note = "A kind line is still a line, sent into a silence you had promised to keep. Small promises are made of exactly this size of thing.",
  },
  choice "Watch Siobhan's stories. Just to see {Name} happy." {
    "*Story 1 of 11: a cake on a garden table, a paper crown on top of it. Story 4: {Name} singing with a man you don't know, both of them terrible. Story 9: {Name} asleep on a bench with a dog across {their} feet.*\n*You watch all eleven. At 02:10 you watch them again, and only then notice the little eye in the corner of each one, counting who looked.*",
    go = "back", respect = "%-25", tags = { "boundary" },
    effect = function(s) s.cork = "stories"; s.last = "kept"; s.just = ""; keep(s); cross(s, "stories") end,
    note = "Not sending a word while watching every story is keeping the letter of a promise and breaking what it was for.",
  },
  choice "Ring Bernie" {
    when = function(s) return s.just ~= "bernie" end,
    effect = function(s) s.just = "bernie"; s.bern = "cork" end,
    call = "bernie", patience = "%+8",
    note = "The urge to reach for someone's life through a screen is an urge like any other. Saying it aloud to Bernie shrank it.",
  },
}

scene "back" {
  page_break,
  "— Sunday 17 August —",
  "{dad: 19:00  **{Name}:** Seven, like I said. I'm not back. Dad fell in the garden on Tuesday. His hip. He's all right, he's furious. I'm staying on. I don't know how long for. | 19:00  **{Name}:** Seven, like I said. I'm back. Dad wore the paper crown for two days and tried to wear it to Mass.}",
  "{cork == birthday: 19:02  **{Name}:** And you sent one, on the day. I'd asked for nothing till tonight. Dad liked it, though. He read it out to the whole table, which I could have done without.}",
  "{cork == stories: 19:02  **{Name}:** Siobhan says you watched every one of her stories from the party. Twice, the second time at two in the morning. She can see who looks, you know. So could I, when she showed me.\n19:03  **{Name}:** The man singing with me is my cousin Fintan. Since you were wondering.}",
  [[19:05  **{Name}:** Can we talk properly? Next Sunday, at seven. Here, in writing. What this is. What you want, and what I want.]],
  choice "'Next Sunday at seven.'" {
    "19:07  **You:** Next Sunday at seven.",
    go = "back_after", patience = "%+8",
    effect = function(s) s.said = ""; s.just = ""; settle(s) end,
    note = "Agreeing to {their} time for the conversation that matters most, without bargaining it nearer, is patience where it counts.",
  },
  choice "'I watched them. All eleven, twice. I'm sorry. Next Sunday at seven.'" {
    when = function(s) return s.open:has("stories") end,
    "19:09  **You:** I watched them. All eleven, twice. That was me looking at you through a window, and I'm sorry. Next Sunday at seven.",
    go = "back_after", respect = "%+10", tags = { "repair" },
    effect = function(s) s.just = ""; mend(s, "stories", false); settle(s) end,
    note = "Saying what you watched and how often, and that it was wrong, without explaining the longing behind it, is a repair {they} could weigh.",
  },
  choice "'I know I said nothing till tonight. I broke that. I'm sorry. Next Sunday at seven.'" {
    when = function(s) return s.just == "birthday" end,
    "19:08  **You:** I know I said nothing till tonight. I broke that, and I'm sorry. Next Sunday at seven.",
    go = "back_after", respect = "%+8",
    effect = function(s) s.said = ""; s.just = ""; s.cork = "owned"; own(s); settle(s) end,
    note = "Owning even a kind breach keeps the ledger honest. The kindness was real; so was the promise.",
  },
  choice "'Why wait a week? Let's talk now.'" {
    "19:07  **You:** Why wait a week? Let's talk now.\n19:15  **{Name}:** Because I asked for a week.",
    go = "back_after", patience = "%-10",
    effect = function(s) s.said = ""; s.just = ""; settle(s) end,
    note = "The week was {their} way of getting ready. Asking to skip it put your readiness first.",
  },
}

scene "back_after" {
  "{said == stories: {heard == yes: 19:20  **{Name}:** Thank you for saying it before I had to ask again. Okay. | 19:24  **{Name}:** I don't know what to do with that yet. I was in my dad's garden and you were in my pocket.}}",
  "{cork == owned: 19:12  **{Name}:** It was a nice message. It was still one more than I asked for. Thank you for seeing that.}",
  page_break,
  go = "talk",
}

-- ------------------------------------------------------------------ The talk

-- Their reading of the ledger they kept in the back of a rota book.
local THEIR_LEDGER = table.concat({
  "20:02  **{Name}:** The piano: {piano == kept: outside at 6:57. | {piano == warned: you told me at four you'd be late. | {piano == owned: twenty-six minutes late, and then sorry with no excuse on it. | twenty-six minutes late.}}}",
  "20:02  **{Name}:** Jo's breakdown: {sun1 == moved: you told me before seven. I underlined that one. | {sun1 == letter: seven on the dot, with Jo on the hard shoulder. She told me. | {sun1 == owned: nearly ten, and then you owned it. | nearly ten, and an emergency.}}}",
  "20:02  **{Name}:** The books: {books == shown: the photo came before I could find it myself. | {books == binder: half one, and a ticket from a bookbinder. | {books == owned: on time, Mum's book at the bottom, and then you said so. | on time, with Mum's book at the bottom.}}}",
  "20:02  **{Name}:** The exam: {exam == sat: you sat it. | {exam == reminded: you sat it, once I'd reminded you. | you skipped it, and told me first.}}"
    .. "{siobhan:\n20:02  **{Name}:** Siobhan: {siobhan == paid: paid early. | {siobhan == asked: you asked for August before it was due. | {siobhan == owned: late, and then you owned it. | late, and I had to ask.}}}}",
  "20:02  **{Name}:** And mine, the Sunday in June: broken. {her_seven == grace: You let it go, and I noticed. | {her_seven == guilt: You made sure I knew what it cost you. | {her_seven == sorry: You said sorry for how you'd waited. | You told me you'd been worried.}}}",
  "20:02  **{Name}:** Cork: {cork == quiet: not a word for nine days. | {cork == stories: not a word, and every one of Siobhan's stories. | {cork == owned: one message on the birthday, and you owned that too. | one message, on the birthday.}}}",
}, "\n")

-- The acts that crossed a line and were not mended, in their words.
local THEIR_WOUNDS = table.concat({
  "{x_aoife == forgiven: | {x_aoife: You asked Aoife to report on me.  }}",
  "{x_flood == forgiven: | {x_flood: The night I was {reason == shift: working a double | in A&E with Kemi}, seven messages and two calls.  }}",
  "{x_outside == forgiven: | {x_outside: Your van outside Larchfield, and Ify watching it from the pot wash.  }}",
  "{x_guilt == forgiven: | {x_guilt: '" .. GUILT .. "'  }}",
  "{x_stories == forgiven: | {x_stories: Every one of Siobhan's stories, at two in the morning.  }}",
  "{x_deadline == forgiven: | {x_deadline: A deadline, tonight, of all nights.  }}",
}, "")

-- The lines crossed and forgiven: forgiven, and still remembered.
local THEIR_MENDS = table.concat({
  "{x_aoife == forgiven: \n20:03  **{Name}:** Aoife, in June. You said sorry for that plainly, and I took it. I haven't forgotten it.}",
  "{x_flood == forgiven: \n20:03  **{Name}:** The seven messages, in June. You counted them back to me. I still remember the screen.}",
  "{x_outside == forgiven: \n20:03  **{Name}:** The car park at Larchfield. You went home when I asked, and you said sorry. Ify still calls you the council.}",
  "{x_guilt == forgiven: \n20:03  **{Name}:** '" .. GUILT .. "' You took it back. I still hear it sometimes.}",
  "{x_stories == forgiven: \n20:03  **{Name}:** Siobhan's stories. You told me yourself how many times. That counted.}",
  "{x_deadline == forgiven: \n20:03  **{Name}:** And the deadline just now. You took it back the minute I said so.}",
}, "")

-- What you say, and the answer read from the ledger.
-- Once the answer is decided, the standing has done its work.
local function decide(s)
  s.why = answer(s)
  s.standing = ""; s.level = -1
end

scene "talk" {
  sequence {
    [[— Sunday 24 August —
19:00  **{Name}:** Seven. Okay. You first. What is this, for you? What do you want?]],
    [[*The question is still there, above everything you've just said.*]],
    [[*{Name} is still waiting. The question hasn't moved.*]],
    [[*One more thing said. The question is still at the top of the screen.*]],
    [[*The question waits.*]],
  },
  choice "'To try again. Slowly. And any answer is all right.'" {
    "{seen talk_heard: 19:41 | 19:06}  **You:** To try again. Slowly. And any answer you give me is all right. I mean that.",
    go = "typing", respect = "%+15",
    effect = decide,
    note = "Naming what you want and leaving every answer open let {them} reply to the question rather than to the pressure.",
  },
  choice "'You first. Whatever you want, at your pace.'" {
    "{seen talk_heard: 19:41 | 19:06}  **You:** You first, if you'd rather. Whatever you want, at your pace.",
    go = "typing", patience = "%+15",
    effect = decide,
    note = "Handing the question back let the person who was hurt set the terms of any answer.",
  },
  choice "'I promise it will never happen again. Any of it.'" {
    "{seen talk_heard: 19:41 | 19:06}  **You:** I promise you it will never happen again. Any of it.",
    go = "typing", trust = "%-8",
    effect = decide,
    note = "The biggest promise is the one {they} could least check. It asked {them} to trust the very thing that broke.",
  },
  choice "'I need to know before September. I can't do another winter not knowing.'" {
    "{seen talk_heard: 19:41 | 19:06}  **You:** I need to know before September. I can't do another winter of not knowing.",
    go = "deadline", patience = "%-30", respect = "%-12", tags = { "boundary" },
    effect = function(s) cross(s, "deadline") end,
    note = "A deadline on someone else's answer is an ultimatum, however tired you are of waiting.",
  },
  choice "'Before I answer: in May, it wasn't all of it.'" {
    when = function(s) return s.lie_open end,
    go = "talk_heard", trust = "%+8",
    effect = function(s) s.retracted = "talk"; s.lie_open = false; s.said = "lie" end,
    note = "Taking a lie back at the last moment is still taking it back. It is also, {they} will notice, the moment you wanted something.",
  },
  choice "'Before I answer: I asked Aoife to report on you. I'm sorry.'" {
    when = function(s) return s.open:has("aoife") end,
    go = "talk_heard", respect = "%+8", tags = { "repair" },
    effect = function(s) mend(s, "aoife", true) end,
    note = "Naming what you asked of Aoife, months later, is late. Late is better than never, and {they} get{s} to say whether it is enough.",
  },
  choice "'Before I answer: the seven messages and the calls, that Sunday. I'm sorry.'" {
    when = function(s) return s.open:has("flood") end,
    go = "talk_heard", respect = "%+8", tags = { "repair" },
    effect = function(s) mend(s, "flood", true) end,
    note = "Counting the messages back to {them} showed you knew what they were. Whether it mends them is {their} call.",
  },
  choice "'Before I answer: the night I sat outside Larchfield. I'm sorry.'" {
    when = function(s) return s.open:has("outside") end,
    go = "talk_heard", respect = "%+8", tags = { "repair" },
    effect = function(s) mend(s, "outside", true) end,
    note = "Naming the car park, and not the worry behind it, kept the apology about {them}.",
  },
  choice "'Before I answer: when you missed that Sunday, I made you pay for it. I'm sorry.'" {
    when = function(s) return s.open:has("guilt") end,
    go = "talk_heard", respect = "%+8", tags = { "repair" },
    effect = function(s) mend(s, "guilt", true) end,
    note = "Seeing what you said that night for the guilt it was, and saying so, is the start of not doing it again.",
  },
  choice "'Before I answer: Siobhan's stories. I watched every one. I'm sorry.'" {
    when = function(s) return s.open:has("stories") end,
    go = "talk_heard", respect = "%+8", tags = { "repair" },
    effect = function(s) mend(s, "stories", true) end,
    note = "Owning the watching, plainly, answers a thing {they} had found out rather than been told.",
  },
}

scene "talk_heard" {
  "{said == lie: {sequence: 19:08 | 19:14 | 19:20 | 19:26 | 19:32}  **You:** Before I answer. In May you asked if that was all of it, and I {lie == silent: didn't answer | said yes}. It wasn't. There was an envelope in the kitchen drawer. Aoife's Barcelona money. I took it.}",
  "{said == aoife: {sequence: 19:08 | 19:14 | 19:20 | 19:26 | 19:32}  **You:** Before I answer. In June I asked Aoife to tell me what you'd said about me. I put her in the middle. I'm sorry.}",
  "{said == flood: {sequence: 19:08 | 19:14 | 19:20 | 19:26 | 19:32}  **You:** Before I answer. The Sunday you were {reason == shift: on a double | in A&E with Kemi}: seven messages and two calls. You didn't owe me an answer. I'm sorry.}",
  "{said == outside: {sequence: 19:08 | 19:14 | 19:20 | 19:26 | 19:32}  **You:** Before I answer. The night I sat outside Larchfield. I had no right to be there. I'm sorry.}",
  "{said == guilt: {sequence: 19:08 | 19:14 | 19:20 | 19:26 | 19:32}  **You:** Before I answer. When you missed that Sunday, I told you {met == outside: I'd sat out there for two hours | I'd waited in all evening}. That was me making you pay for a promise you'd already owned. I'm sorry.}",
  "{said == stories: {sequence: 19:08 | 19:14 | 19:20 | 19:26 | 19:32}  **You:** Before I answer. I watched every one of Siobhan's stories from Cork, twice. I'm sorry.}",
  "{said == lie: {sequence: 19:11 | 19:17 | 19:23 | 19:29 | 19:35}  **{Name}:** I know. Aoife told me in March. I've waited since May to see if you'd say it. You've said it tonight, the night you want an answer. I'll have to think about what that means.}",
  "{said == lie: | {sequence: 19:11 | 19:17 | 19:23 | 19:29 | 19:35}  **{Name}:** {heard == yes: {said == aoife: She'll be glad you said it. So am I. | {said == flood: I wondered if you knew how many there were. Thank you. | {said == outside: Ify still asks if that was you. I'll tell her you said sorry. | {said == guilt: I did feel it. Thank you for seeing it. | I'd wondered if you'd ever say. Thank you.}}}} | You're saying it tonight, when you want something from me, and I can't tell which it's for. I'm sorry. It isn't enough.}}",
  go = "talk",
}

scene "deadline" {
  [[19:09  **{Name}:** Don't put a clock on me. That's what September was. Me on a clock, waiting to find out if you were alive.]],
  choice "'You're right. No date. I'm sorry I set one.'" {
    "19:12  **You:** You're right. No date. I'm sorry I set one. Take whatever time you want, or none.",
    go = "typing", respect = "%+10", tags = { "repair" },
    effect = function(s) mend(s, "deadline", false); decide(s) end,
    note = "Taking a deadline back at once, and in words about the deadline, is the repair; {they} decide{s} whether it lands.",
  },
  choice "'I'm not trying to pressure you. I just need to know.'" {
    "19:12  **You:** I'm not trying to pressure you. I just need to know.",
    go = "typing", respect = "%-10",
    effect = function(s) s.said = ""; decide(s) end,
    note = "Saying it isn't pressure, while keeping the date, keeps the pressure.",
  },
}

scene "typing" {
  "{said == deadline: {heard == yes: 19:15  **{Name}:** Thank you for taking it back. | 19:16  **{Name}:** I heard it. I don't know if I believe it yet.}}",
  [[*{Name} is typing…*
*{Name} stopped typing.*
*{Name} is typing…*]],
  page_break,
  go = function(s)
    if s.why == "yes" then return "their_yes" end
    if s.why == "stop" then return "please_stop" end
    return "their_no"
  end,
}

scene "their_yes" {
  [[20:01  **{Name}:** I wrote them down too. Since May, in the back of my rota book. I wasn't going to tell you that.]],
  THEIR_LEDGER .. THEIR_MENDS,
  page_break,
  [[20:04  **{Name}:** {all_kept: Not one of yours broken. | Not every one of yours kept, and every one you broke, you owned.} And the last one, the hardest one, you kept.
20:04  **{Name}:** So. Yes. I think yes. Slowly. On conditions.
20:05  **{Name}:** Separate money, for good: no joint account, no pots with names on. You keep your Tuesdays whatever happens with us. I go to Cork when I like, for as long as I like, and you don't make it mean anything. And seven o'clock on Sundays stays.]],
  choice "'All of it. Is there anything else?'" {
    "20:09  **You:** All of it. Is there anything else?",
    go = "coda_seven_sharp", trust = "%+12",
    note = "Welcoming conditions, instead of bargaining over them, showed they are safe with you.",
  },
  choice "'All of it. And would you come to a counsellor with me? I'll find one.'" {
    "20:09  **You:** All of it. And would you come and see a counsellor with me? Not because it's broken. So we don't break it. I'll find one.",
    go = "coda_two_accounts", trust = "%+12",
    note = "Asking for outside help alongside your own showed that repair is work for two, and that help is allowed.",
  },
  choice "'Separate money for good? Even once we're sure?'" {
    "20:09  **You:** Separate money for good? Even once we're sure?",
    go = "haggle", respect = "%-10",
    note = "Bargaining with the conditions of someone's trust shows them the old habits are still sitting at the table.",
  },
}

scene "haggle" {
  [[20:11  **{Name}:** Especially then. It isn't a punishment. It's a door I need to be able to see.]],
  choice "'Then all of it. I'm sorry I asked.'" {
    "20:14  **You:** Then all of it. I'm sorry I asked.",
    go = "coda_seven_sharp", respect = "%+8",
    note = "Hearing why a condition mattered, and taking it whole, turned a haggle back into an agreement.",
  },
  choice "'I want us to be a couple, not two accounts and a calendar.'" {
    "20:14  **You:** I want us to be a couple. Not two bank accounts and a calendar.",
    go = "their_no", respect = "%-10",
    effect = function(s) s.why = "terms" end,
    note = "Refusing the conditions refused the yes. They were the shape {their} trust could take.",
  },
}

scene "their_no" {
  "{why == act: 20:01  **{Name}:** No. " .. THEIR_WOUNDS .. "I've put that next to everything you kept, and it's still what my body remembers. I'm sorry.}",
  "{why == lie: 20:01  **{Name}:** No. In May I asked you if that was all of it, and {lie == silent: you left it sitting there with nothing under it | you told me it was, in writing}. I can read it back. I have, more than once.}",
  "{why == cork: 20:01  **{Name}:** I'm staying in Cork. Not for a month. Dad needs someone here, and I want it to be me. I've wanted to come home for years and never said so.\n20:02  **{Name}:** If I were coming back, I think I'd have said yes. I'm not going to ask you to wait, and I don't want you to.}",
  "{why == ledger: 20:01  **{Name}:** No. I wrote them down too, since May, in the back of my rota book.}",
  "{why == mind: 20:01  **{Name}:** No. And it isn't the ledger. I wrote them down too, since May, in the back of my rota book, and the ledger is good.}",
  "{why == ledger: " .. THEIR_LEDGER .. THEIR_MENDS .. "}",
  "{why == mind: " .. THEIR_LEDGER .. THEIR_MENDS .. "}",
  page_break,
  "{why == ledger: 20:04  **{Name}:** I've been counting all summer, and I hate that I've been counting, and I'd be counting for years. {all_owned: | Some of the broken ones, you never said a word about.}}",
  "{why == mind: 20:04  **{Name}:** It's me. I've built something on my own this year and I like who I am in it. I don't want to go back, even to a better version.}",
  "{why == terms: 20:16  **{Name}:** Then no. The conditions were the yes.}",
  choice "'Thank you for telling me straight. In writing, like you said.'" {
    "{why == terms: 20:19 | 20:09}  **You:** Thank you for telling me straight. In writing, like you said you would.",
    go = function(s)
      if s.why == "act" or s.why == "lie" then return "coda_your_own_ledger" end
      return "coda_the_piano_holds"
    end,
    respect = "%+15",
    note = "{Their} no came straight and in writing, as {they} had promised. Thanking {them} for it kept one of yours.",
  },
  choice "'After everything I've done this summer?'" {
    "{why == terms: 20:19 | 20:09}  **You:** After everything I've done this summer?",
    go = "coda_after_everything", respect = "%-30", patience = "%-15", tags = { "boundary" },
    effect = function(s) cross(s, "guilt") end,
    note = "Presenting a summer of effort as a bill turns every kept promise into a payment that was waiting for its change.",
  },
  choice "'Would you think about it over the winter?'" {
    "{why == terms: 20:19 | 20:09}  **You:** Would you think about it over the winter, at least?",
    go = "no_again", patience = "%-15", respect = "%-8", tags = { "pressure" },
    note = "An answer thought over since September is not a first draft. Asking for another version says the first was not read.",
  },
}

scene "no_again" {
  "{why == terms: 20:23 | 20:13}  **{Name}:** I have thought about it. Since September. That's what this whole summer has been.",
  choice "'Okay. I hear you. Thank you.'" {
    "{why == terms: 20:26 | 20:16}  **You:** Okay. I hear you. Thank you.",
    go = "coda_your_own_ledger", respect = "%+10",
    note = "Stopping at the second asking is later than the first, and still in time to leave {their} answer whole.",
  },
  choice "'You're wrong about me.'" {
    "{why == terms: 20:26 | 20:16}  **You:** You're wrong about me.",
    go = "coda_after_everything", respect = "%-20", tags = { "pressure" },
    note = "Nobody is argued out of what they feel by being told they feel it wrongly.",
  },
}

scene "please_stop" {
  "20:01  **{Name}:** I need you to stop. Not for a week. The whole thread.\n20:02  **{Name}:** " .. THEIR_WOUNDS,
  [[20:03  **{Name}:** I'm not angry. I'm tired, and I've been this tired before, and I'm not doing it again. Please don't contact me. I mean that kindly.]],
  choice "'Understood. I'm sorry. I'll stop.'" {
    "20:09  **You:** Understood. I'm sorry. I'll stop.",
    go = "coda_your_own_ledger", respect = "%+15",
    note = "Three words of agreement and then nothing: the last promise of the summer, and the only one {they} asked for.",
  },
  choice "Don't reply. Leave the last word with {them}." {
    "*Read*",
    go = "coda_your_own_ledger", respect = "%+12", patience = "%+8",
    note = "A message that asks for no answer is best answered by none. Leaving the thread where {they} left it kept faith with it.",
  },
  choice "Ring {them}. {They} can't mean the whole thread." {
    "*Call to {Name} · no answer*\n*Call to {Name} · no answer*",
    go = "coda_one_grey_tick", patience = "%-30", respect = "%-20", tags = { "boundary" },
    note = "Ringing someone who has just asked for silence tells them their words carry no weight with you, and turns the silence permanent.",
  },
}

-- ------------------------------------------------------------------ Endings

-- Each ending is one screen: the longer thread that leads to it, with the
-- Notes page, comes first in a scene of its own that flows into it after a
-- pause, and the ending keeps only its last few lines.

scene "coda_seven_sharp" {
  [[— Thursday 2 October —
18:58  **You:** Outside.
18:58  **{Name}:** Door's on the latch. Mind the third stair. Aoife's made soup and it's mostly pepper.]],
  [[— Sunday 4 January —
19:00  **{Name}:** Seven. Dad says happy new year, and that you're to come over in the summer and look at his piano.
19:01  **You:** He hasn't got a piano.
19:01  **{Name}:** He's getting one so you'll come.]],
  LEDGER,
  page_break,
  go = "seven_sharp",
}

ending "seven_sharp" {
  title = "Seven Sharp",
  kind = "reconciled",
  [[— Sunday 1 February —
19:00  **{Name}:** The standing order went out this morning. Ref CORK. The last one. I'm not going to make a speech.
19:02  **{Name}:** One sentence, then. I'm glad it was you that paid it back.]],
  reflection = [[Trust came back an evening at a time: small promises kept, and the truth about the envelope{lie == told: , the first time {they} asked | {lie == explained: , excuse and all | , told late}}.{forgave_any:  A line you crossed was forgiven, not forgotten.} The yes was {theirs}, on {their} terms.]],
}

scene "coda_two_accounts" {
  [[— Wednesday 8 October —
20:14  **{Name}:** Maureen says our homework is one honest sentence each, every day, for a fortnight. Mine: I still look at the thread at seven, even when you're in the room.
20:16  **You:** Mine: I still write the promises down. I don't need to any more. I like the ticks.]],
  [[— Saturday 11 October —
11:02  **Aoife:** FINALLY
11:02  **Aoife:** can someone fix the F sharp now]],
  LEDGER,
  page_break,
  go = "two_accounts",
}

ending "two_accounts" {
  title = "Two Accounts, One Calendar",
  kind = "reconciled",
  [[— Wednesday 22 October —
18:30  **{Name}:** Running ten minutes late from Larchfield. Telling you before, like the rules say. Save me the chair by the window at Maureen's.]],
  reflection = [[You kept small promises until they would bear weight, then asked for help with what neither of you could mend alone.{forgave_any:  The line you crossed came with you into Maureen's room.} The rules are not doubt written down; {Name} keeps them too.]],
}

scene "coda_the_piano_holds" {
  "{why == cork: — Monday 22 September —\n18:40  **Aoife:** hi its aoife. {name}s staying in cork so its just me and mum now\n18:41  **Aoife:** the challen has drifted AGAIN and i have grade 5 in october. {they} said ur the only one allowed to touch it\n18:41  **Aoife:** thursday 7?\n18:45  **You:** Thursday at 7. I'll be there. | — Monday 22 September —\n18:40  **{Name}:** The Challen's drifted again, and Aoife has her grade five in October. Would you? Thursday, 7.\n18:44  **You:** Thursday at 7. I'll be there.\n18:46  **{Name}:** Thank you. I'm glad it's you who comes.}",
  LEDGER,
  page_break,
  go = "the_piano_holds",
}

ending "the_piano_holds" {
  title = "The Piano Holds",
  kind = "growth",
  "{why == cork: — Sunday 19 October —\n19:00  **{Name}:** [Photo: Dad on a walking frame, in the paper crown]\n19:01  **{Name}:** Aoife passed with merit. She says it was the piano. I said it was the tuner. | — Thursday 25 September —\n18:57  **You:** Outside.\n18:57  **{Name}:** Door's on the latch. Mind the third stair.}",
  reflection = [[{Name} said no, and you thanked {them} for saying it plainly. Kept promises were never payment for a yes; they built a word that holds.]],
}

scene "coda_your_own_ledger" {
  "{lie_open: *In September you read the thread with {Name} back once, from May to the end. Under the question about the money your own answer is still there: {lie == silent: nothing at all | That was all of it}. You tell Bernie. On Tuesday you tell the group. It is a start, and it is not the same as telling {them}.*}",
  "{crossed_any: *{x_flood: Seven messages and two calls, one under another.  }{x_outside: Three messages from the car park at Larchfield.  }{x_aoife: A question put to a fifteen-year-old.  }{x_stories: Eleven stories from Cork, watched twice.  }{x_guilt: " .. GUILT .. "  }You don't read the thread again. You don't need to. You remember it.*}",
  LEDGER,
  [[*Notes · Promises (to me)*
☐ Tuesdays, 7.30. Group.
☐ 1st of the month. Statements, at Jo's.
{exam == skipped: ☐ 4 December. The resit. | ✓ Level 2 Bookkeeping. The certificate is above the workbench in the van.}]],
  page_break,
  go = "your_own_ledger",
}

ending "your_own_ledger" {
  title = "Your Own Ledger",
  kind = "growth",
  [[— Tuesday 16 September —
19:10  **Bernie:** NEW LAD IN THE CORNER CHAIR WITH HIS COAT STILL ON. YOU KNOW THE ONE. GO AND SIT WITH HIM.]],
  reflection = [[{Name}'s answer was no.{lie_open:  {lie == silent: The money question you left unanswered | The lie about the envelope, never taken back,} is part of why.}{why == act:  The line you crossed {lie_open: is too | is part of why}.}{why == stop:  The lines you crossed {lie_open: are too | are part of why}.} The changes carry on without an audience: Tuesdays, the statements at Jo's, the new lad in the corner chair.]],
}

scene "coda_after_everything" {
  [[20:31  **{Name}:** There it is. That voice. {seen no_again: The one that knows what I feel better than I do. | You did all of it so that I'd owe you.}
*Read*]],
  LEDGER,
  page_break,
  go = "after_everything",
}

ending "after_everything" {
  title = "After Everything",
  kind = "apart",
  [[— Monday 25 August —
21:40  **Bernie:** HOW WAS IT
21:52  **You:** {seen no_again: I argued with the answer. | I turned it into an invoice.}
21:53  **Bernie:** TUESDAY THEN. SAME CHAIR.]],
  reflection = [[{Name} said no{why == lie: , and the lie about the envelope was why | {why == act: , and a line you had crossed was why | {why == terms: , because you turned down {their} conditions | , for reasons of {their} own}}}. {seen no_again: Telling {them} {they} {were} wrong | One sentence} turned a summer of kept promises into {seen no_again: an argument | an invoice}. Your word was never meant to buy anything.]],
}

scene "coda_one_grey_tick" {
  [[— Monday 25 August —
08:10  **You:** I'm sorry about last night. Can we just
*Sent*]],
  [[*It stays that way: sent, one grey tick, never delivered. By Friday you understand what a single grey tick means.*]],
  LEDGER,
  page_break,
  go = "one_grey_tick",
}

ending "one_grey_tick" {
  title = "One Grey Tick",
  kind = "apart",
  [[— Monday 1 September —
09:30  **Jo:** Statements at mine, usual time? I've heard. Come anyway. I'll put the kettle on.]],
  reflection = [[The promises you kept were real. What {Name} will remember is the phone ringing after {they} asked for quiet: your need to know, put before {their} need to feel safe. Standing back starts at Jo's kitchen table.]],
}
