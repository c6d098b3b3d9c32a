// The Last Train: a short ink story, written for rekindle's comparison with
// ink (tests/ink/last-train.lua is the same story in rekindle's language).
VAR trust = 0

-> platform

=== platform ===
The 23:40 is late again. Mara is at the far end of platform four, {trust > 0: waving|not looking your way}.
* (waved) [Wave] You lift a hand. She lifts one back<>
    ~ trust = trust + 1
* [Look at the board] You read the board as if it might change its mind<>
- , and the wind comes down the line.
-> bench

=== bench ===
{~A pigeon|A crisp packet|Nobody} shares the bench with you.
+ {not asked} (asked) [Ask about her mother] "How's your mum?" you say.
    "Better," she says. "{platform.waved: Thanks for asking.|She asked after you.}"
    ~ trust = trust + 1
    -> bench
+ [Say nothing] You say nothing{asked: more}.
    -> train
+ {trust >= 2} [Tell her about the photo]
    -> photo -> train

=== photo ===
You tell her about the photo from Whitby, the one still on your fridge.
She laughs, {trust > 1: properly|a little}.
->->

=== train ===
{bench.asked: -> remembers ->}
The train comes in {&slowly|at last}.
* [Sit with her] You sit opposite, not next to.
    -> together
* [Let her take the next carriage] You stay on the bench.
    -> apart

=== remembers ===
"You asked about Mum," she says. "Nobody asks."
->->

=== together ===
It is enough for now.
-> END

=== apart ===
You watch her carriage pull away. That is allowed too.
-> END
