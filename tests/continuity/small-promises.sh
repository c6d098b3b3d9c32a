# Continuity tests for Small Promises (stories/small-promises.lua): what the
# player did on the phone comes back later in the thread, and decides how the
# summer ends. Sourced by tests/suites/continuity.sh.

# sp_play SEED ANSWER...: plays the story with one answer per argument.
sp_play() {
    local seed=$1
    shift
    rk_in "$(printf '%s\\n' "$@")" --plain --width 1000 --seed "$seed" "$(story_file small-promises)"
}

# A summer kept well up to the Sunday in June, then: seven messages and two
# calls into the silence, then "I waited in all evening". The flood is shown
# in the thread itself; their reply opens with it, not with "Sorry"; they
# bring it up again before Cork and in the last message; nothing reconciles.
test_small_promises_flood_is_shown_and_remembered() {
    sp_play 3 Robin 1 1 1 1 1 1 1 1 1 1 1 1 1 3 2 1 1 1 1 1 1 3
    expect_status 0
    expect_out "21:17  You: I thought we said seven"
    expect_out "21:38  You: Fine."
    expect_out "All delivered. None read."
    expect_out "22:47  Robin: I've just got my phone back. Seven messages and two missed"
    expect_no_out "Robin: Sorry. Sorry."
    expect_out "I'm saying it because of that Sunday in June."
    expect_out "seven messages and two calls."
    expect_out "'I waited in all evening.'"
    expect_out "Ending: One Grey Tick"
}

# Waiting outside Larchfield House: the stake-out is shown message by
# message, their answer opens with it, and however well the rest of the
# summer goes, with no repair it never ends in getting back together.
test_small_promises_waiting_outside_is_shown_and_rules_out_reconciling() {
    local seed
    for seed in 1 2 3 4 5 6; do
        sp_play "$seed" Robin 1 1 1 1 1 1 1 1 1 1 1 1 1 4 1 1 1 1 1 1 1 1 1
        expect_status 0
        expect_out "You: I'm outside Larchfield. Not coming in."
        expect_out "You: I'll wait till you come out."
        expect_no_out "Robin: Sorry. Sorry."
        grep -qE "Robin: (You're outside my work\?|Ify just rang me)" "$T/out" || fail "seed $seed: their reply does not open with the car park"
        expect_out "Worried people don't sit in a car park for two hours."
        expect_out "Your van outside Larchfield"
        expect_no_out "Ending: Seven Sharp"
        expect_no_out "Ending: Two Accounts"
    done
}

# The same flood, repaired at once in words about the flood. The ledger by
# then is middling, so whether it is enough is theirs: on seed 3 it is, and
# the summer can end together (and they still mention it); on seed 6 it is
# not, and it cannot.
test_small_promises_repair_accepted_can_reconcile() {
    sp_play 3 Robin 1 1 2 1 1 1 1 1 1 1 2 1 2 2 3 3 1 1 1 1 1 1 1
    expect_status 0
    expect_out "22:52  You: I'm sorry for the messages. Seven of them, and the calls."
    expect_out "Thank you for saying it with the number in it."
    expect_out "Robin: The seven messages, in June. You counted them back to me."
    expect_out "Ending: Seven Sharp"
}

test_small_promises_repair_refused_cannot_reconcile() {
    sp_play 6 Robin 1 1 2 1 1 1 1 1 1 1 2 1 2 2 3 3 1 1 1 1 1 1 1
    expect_status 0
    expect_out "22:52  You: I'm sorry for the messages. Seven of them, and the calls."
    expect_out "I'm glad you counted. I don't know yet if it's enough. When I got my phone back"
    expect_no_out "watching them arrive"
    expect_out "20:01  Robin: No. The night I was"
    expect_no_out "Ending: Seven Sharp"
    expect_no_out "Ending: Two Accounts"
}

# A lie stays a lie until it is taken back on screen: lied to, never taken
# back, the best summer otherwise still ends in a no that names it, and no
# reflection praises the truth. Taken back the same night, in the thread, it
# no longer rules the ending out, and the reflection says the truth came late.
test_small_promises_lie_stays_until_taken_back() {
    local seed
    for seed in 1 2 3 4 5 6; do
        sp_play "$seed" Robin 1 1 1 1 1 1 1 1 1 3 2 1 1 1 1 1 1 1 1 1 1
        expect_status 0
        expect_out "19:06  You: That was all of it."
        expect_out "Draft deleted."
        expect_out "you told me it was, in writing"
        expect_out "your own answer is still there: That was all of it."
        expect_no_out "Ending: Seven Sharp"
        expect_no_out "Ending: Two Accounts"
        expect_no_out "a truth sent when a lie"
    done
    sp_play 3 Robin 1 1 1 1 1 1 1 1 1 3 1 1 1 1 1 1 1 1 1 1 1
    expect_status 0
    expect_out "23:15  You: I lied to you tonight."
    expect_out "You lied, and then four hours later you didn't."
    expect_out "Ending: Seven Sharp"
    expect_out "the truth about the envelope, told late."
}

# A promise broken and never owned comes back in their reading of the
# ledger, and in the Notes page at the end: the piano, twenty-six minutes
# late. Kept ones come back too: the photo of the recipe book.
test_small_promises_promises_are_read_back() {
    sp_play 3 Robin 1 1 3 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
    expect_status 0
    expect_out "19:12  Robin: ?"
    expect_out "Robin: The piano: twenty-six minutes late."
    expect_out "Robin: The books: the photo came before I could find it myself."
    expect_out "Some of the broken ones, you never said a word about."
    expect_out "✗ Thu 15 May, 7pm. The piano. There at 7:26."
    expect_no_out "Ending: Seven Sharp"
}

# Asking Aoife to report: shown in her thread, raised by them the next
# morning, remembered when they leave for Cork, named in their last answer.
test_small_promises_aoife_is_remembered() {
    sp_play 3 Robin 1 1 1 1 1 1 1 1 1 1 1 3 3 1 1 1 1 1 1 1 1 1 1
    expect_status 0
    expect_out "Aoife: im not a spy"
    expect_out "Aoife showed me your messages. Please don't ask her about me."
    expect_out "Aoife's coming with me. Leave her be."
    expect_out "You asked Aoife to report on me."
    expect_no_out "Ending: Seven Sharp"
}

# The last conversation can be left for a repair and come back to: the
# question is asked once, and the return does not repeat it word for word.
test_small_promises_talk_does_not_repeat_on_return() {
    sp_play 3 Robin 1 1 1 1 1 1 1 1 1 1 1 3 3 1 1 1 1 1 1 1 1 5 1 1
    expect_status 0
    expect_out "You: Before I answer. In June I asked Aoife to tell me what you'd said"
    expect_out "The question is still there, above everything you've just said."
    [ "$(grep -c "What is this, for you? What do you want?" "$T/out")" = 1 ] ||
        fail "the question at seven is shown more than once"
    [ "$(grep -c "— Sunday 24 August —" "$T/out")" = 1 ] || fail "the date of the last talk is shown more than once"
    expect_out "Robin: Aoife, in June. You said sorry for that plainly"
}

# The review's path: no line of the old walk survives, and no paragraph of
# more than a few words turns up three times in one play.
test_small_promises_no_paragraph_three_times() {
    sp_play 3 Robin 1 1 1 1 1 1 1 1 1 3 2 1 1 1 1 1 1 1 1 1 1 1 1 1 1
    expect_no_out "The viaduct is close now"
    expect_no_out "until March"
    local repeated
    repeated=$(grep -E '^  .{40,}' "$T/out" | sort | uniq -c | awk '$1 >= 3' | head -3)
    [ -z "$repeated" ] || fail "repeated three times: $repeated"
}

# The times the thread gives agree with each other: the piano kept is
# "Outside" at 18:57 and Robin's rota book says 6:57; a piano put off till
# nine (two hours' tuning and forty minutes' drive from six) is "Outside" at
# 20:52, and the thanks come after it.
test_small_promises_times_agree() {
    sp_play 3 Robin 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
    expect_status 0
    expect_out "18:57  You: Outside."
    expect_out "Robin: The piano: outside at 6:57."
    sp_play 3 Robin 1 1 2 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
    expect_status 0
    expect_out "I can't be with you till nine."
    expect_out "20:52  You: Outside. Sorry again."
    expect_out "23:02  Robin: Aoife stayed up to play it."
    expect_no_out "Aoife's played it for two hours"
}

# A no that comes from the lie says so in the reflection, whatever sentence
# followed it; a summer late to the piano does not hear Aoife say "on time".
test_small_promises_reflection_names_the_lie() {
    sp_play 3 Robin 1 1 1 1 1 1 1 1 1 3 2 1 1 1 1 1 1 1 1 1 2
    expect_status 0
    expect_out "Ending: After Everything"
    expect_out "Robin said no, and the lie about the envelope was why."
    sp_play 3 Robin 1 1 3 1 1 1 1 1 1 1 1 3 1 1 1 1 1 1 1 1 1 1 1
    expect_status 0
    expect_out "Aoife: ok she said u fixed the piano."
    expect_no_out "ur on time now"
}
