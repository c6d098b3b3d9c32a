# Continuity for Out of Season (stories/coffee-as-friends.lua): one evening,
# in which what the other person heard, and every line crossed, comes back
# later in what they say and where the evening stops.
#
# cf_play SEED 'answer|answer|...' plays the story with each paragraph on one
# line (--width 1000), so a sentence can be looked for whole.
cf_play() {
    local answers=$2
    rk_in "${answers//|/\\n}\n" --plain --width 1000 --seed "$1" "$(story_file coffee-as-friends)"
}

# The careful evening: every answer the first offered, with Dot told nothing.
CF_GOOD='Robin|1|3|2|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1'

# Reading the phone, owned at once and accepted, is remembered on the Ness,
# at the bus and in the ending.
test_coffee_as_friends_a_phone_read_and_owned_comes_back() {
    cf_play 7 'Robin|1|3|2|1|2|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1'
    expect_status 0
    expect_out "Thank you for not pretending."
    expect_out "You could have lied, and I'd never have been able to prove it."
    expect_out "And you told me about the phone."
    expect_out "You read her phone and said so."
    expect_out "Ending: The Long Way Round (reconciled)"
}

# The same apology refused: the evening stops at the next turn and says why,
# and no seed of that path, however well it is played after, reconciles.
test_coffee_as_friends_a_refused_apology_rules_out_a_reconciled_ending() {
    cf_play 1 'Robin|1|3|2|1|2|1|1|1|1|1'
    expect_status 0
    expect_out "I came tonight to find out if I could sit across a table from you without checking my pockets."
    expect_out "\"It's the phone,\" she says, before you can ask."
    expect_out "Ending: Low Tide (apart)"
    local seed refused=0
    for seed in $(seq 1 30); do
        cf_play "$seed" 'Robin|1|3|2|1|2|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1'
        if grep -qF "without checking my pockets" "$T/out"; then
            refused=$((refused + 1))
            expect_no_out "(reconciled)"
            expect_no_out "I could do another"
        fi
    done
    [ "$refused" -gt 0 ] || fail "no seed of 1..30 refused the apology for the phone"
}

# A kiss on the head she did not ask for is a line: left unmended, the offers
# stop at the end of the gig, and she says why; no seed reconciles.
test_coffee_as_friends_a_kiss_she_did_not_ask_for_is_a_line() {
    local seed reached=0
    for seed in $(seq 1 12); do
        cf_play "$seed" 'Robin|1|3|2|1|1|1|1|1|1|1|1|1|1|1|1|1|2|3|1|1'
        if grep -qF "It wasn't a door." "$T/out"; then
            reached=$((reached + 1))
            expect_status 0
            expect_out "I can't lean on you if that's what leaning gets."
            expect_no_out "Walk me?"
            expect_no_out "(reconciled)"
        fi
    done
    [ "$reached" -gt 0 ] || fail "no seed of 1..12 reached the song"
}

# "I need to know tonight" never ends together: not when it is insisted on,
# and not when it is taken back, even when she accepts the taking back.
test_coffee_as_friends_an_ultimatum_never_buys_a_yes() {
    local seed reached=0 mended=0
    for seed in $(seq 1 20); do
        cf_play "$seed" 'Robin|1|3|2|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|3|2|1|1'
        if grep -qF "That's a clock." "$T/out"; then
            reached=$((reached + 1))
            expect_out "You gave me a clock,"
            expect_no_out "Ring me tomorrow"
            expect_no_out "(reconciled)"
        fi
        cf_play "$seed" 'Robin|1|3|2|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|3|1|1|1'
        if grep -qF "Thank you for taking it back." "$T/out"; then
            mended=$((mended + 1))
            expect_out "You put a clock on her at the bus stop, and took it off again."
            expect_no_out "(reconciled)"
        fi
    done
    [ "$reached" -gt 0 ] || fail "no seed of 1..20 reached the clock"
    [ "$mended" -gt 0 ] || fail "no seed of 1..20 accepted the clock taken back"
}

# The one rule ("We don't do July. Not unless I start it."): kept, it is
# thanked for twice; broken in the first minutes, it is remembered instead.
test_coffee_as_friends_the_deal_kept_or_broken_is_remembered() {
    cf_play 3 "$CF_GOOD"
    expect_status 0
    expect_out "You kept to the deal, so I'm starting it."
    expect_out "I gave you a rule and you kept it."
    cf_play 3 'Robin|1|3|2|4|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1'
    expect_status 0
    expect_out "We said,\" Robin says. \"Four minutes ago. We said.\""
    expect_out "\"Since we're doing July anyway,\" Robin says"
    expect_out "Even after you went for July in the first four minutes."
    expect_no_out "You kept to the deal"
}

# What she heard in the hour decides the next step: the same seed, a warm
# hour and a cold one.
test_coffee_as_friends_what_she_heard_decides_the_next_step() {
    cf_play 2 'Robin|1|3|2|1|1|1|1|1|1'
    expect_status 3
    expect_out "\"I could do another,\" she says."
    expect_no_out "\"I'm going to get off,\" she says."
    cf_play 2 'Robin|1|3|2|3|4|3|3|1|1'
    expect_status 0
    expect_out "\"I'm going to get off,\" she says."
    expect_no_out "\"I could do another,\""
}

# Asking why brings the scene back with her reasons, drawn from what she
# heard, and without its first paragraphs again.
test_coffee_as_friends_asking_why_does_not_repeat_the_goodbye() {
    cf_play 2 'Robin|1|2|1|3|4|3|3|2|1|3'
    expect_status 0
    [ "$(grep -cF "I'm going to get off" "$T/out")" = 1 ] || fail "the goodbye is shown more than once"
    expect_out "You told me you'd deleted the spreadsheet like you were handing in homework for a mark."
    expect_out "You wanted to know who the spare was for."
    expect_no_out "it lasted four minutes"
    expect_out "You asked her why, once, and she told you"
    expect_out "Ending: Where the Evening Stopped (growth)"
}

# The phone given to Dot at six stays with Dot all night: no message can be
# sent, and it comes back at the groyne in the morning.
test_coffee_as_friends_dot_keeps_the_phone_all_night() {
    cf_play 3 'Robin|1|1|2|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1'
    expect_status 0
    expect_out "At the groyne Dot hands you your phone"
    expect_no_out "Your phone buzzes in your pocket"
    cf_play 2 'Robin|1|1|2|3|4|3|3|1|1'
    expect_status 0
    expect_out "Your phone is in Dot's drawer"
    expect_no_out "Send one line"
    expect_out "Dot hands you your phone out of a bread bag"
}

# Four messages after midnight are a flood, and the morning says so.
test_coffee_as_friends_a_flood_of_messages_is_answered_in_the_morning() {
    cf_play 2 'Robin|1|3|2|3|4|3|3|1|2'
    expect_status 0
    expect_out "Please stop. I'll message if I want to."
    expect_out "Ending: Low Tide (apart)"
}

# A promise made as she leaves (next Saturday) is kept by the ending, not
# chased: it is mentioned, and nothing is sent to confirm it.
test_coffee_as_friends_next_saturday_is_remembered() {
    cf_play 7 'Robin|1|3|2|1|1|1|1|1|1|1|1|1'
    expect_status 0
    expect_out "\"Next Saturday,\" she says. \"Six. Here."
    expect_out "Next Saturday, she said. Six. Here. You do not text to confirm it."
    expect_out "Ending: Bex Rings (growth)"
}

# What the old version of this story got wrong stays gone on every path of
# the paths file: the tickets, the day, the sofa, Madame Zora.
test_coffee_as_friends_the_evening_keeps_its_facts() {
    local ending seed answers meters
    while IFS=$'\t' read -r ending seed answers meters; do
        cf_play "$seed" "$answers"
        expect_status 0
        expect_out "Saturday, 7 February"
        expect_out "They announced it in November and I got two the morning they went on sale"
        expect_no_out "last March"
        expect_no_out "Tuesday"
        expect_no_out "without its feet"
        expect_no_out "by Easter. I can't"
        [ "$(grep -ciE 'finish(es|ed)? Madame Zora|Zora is finished' "$T/out")" = 0 ] || fail "$ending: Madame Zora finished again"
    done <"$ROOT/tests/stories/coffee-as-friends.paths"
}

# An apology the player made is never called unmade: after the phone is owned
# at the goodbye and four messages follow, the ending names both; an apology
# made at once and not taken is met as an apology, not as a lesson still to
# learn.
test_coffee_as_friends_an_apology_made_is_remembered_as_made() {
    cf_play 4 'Robin|1|3|1|4|2|2|1|3|2|2'
    expect_status 0
    expect_out "You read her phone and said so. She took that apology. The four messages came after it"
    expect_no_out "You never said sorry for it"
    expect_out "Ending: Low Tide (apart)"
    cf_play 1 'Robin|1|3|2|1|2|1|1|1|1|1'
    expect_status 0
    expect_out "You said sorry, and meant it, and she did not take it."
    expect_out "That was hers to decide"
    expect_no_out "still worth learning"
}

# Waiting at the Clock Tower: she does not claim a goodnight that was never
# said, and the walk home comes after the bus, not before it.
test_coffee_as_friends_the_bus_stop_wait_keeps_its_time() {
    cf_play 1 'Robin|1|3|2|1|1|1|1|1|1|1|1|1|1|2|3|3|1|2|1|3|2|1'
    expect_status 0
    expect_out "10.49 pm. The Clock Tower stop"
    expect_out "You could have said goodnight on the pier"
    expect_out "10.55 pm. You walk home"
    expect_no_out "10.40 pm"
    expect_no_out "You did say goodnight"
    expect_no_out "no follow-up"
}

# Followed into the Pavilion and stayed: home after the encore, not at ten to
# nine; followed and gone at once: home as the band starts.
test_coffee_as_friends_the_gig_followed_into_keeps_its_hours() {
    cf_play 9 'Robin|1|2|2|1|1|1|1|1|2|1|2|2|2|2|3|2|3'
    expect_status 0
    expect_out "10.25 pm. You walk back along the pier after the encore"
    expect_no_out "8.50 pm"
    expect_out "not even for \"Lighthouse Keeper\""
    cf_play 9 'Robin|1|2|2|1|1|1|1|1|2|1|2|2|2|2|3|1|3'
    expect_status 0
    expect_out "8.50 pm. You walk home"
    expect_out "You left the Pavilion as the Dunes started"
    expect_no_out "the song from the car"
}

# A reach for Sunday lunch at the bus door, answered yes all the same, is in
# the reflection; without it, the reflection says the steps were all theirs.
test_coffee_as_friends_a_reach_at_the_door_is_remembered() {
    local seed yes=0
    for seed in $(seq 1 12); do
        cf_play "$seed" 'Robin|1|3|2|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|2|1|1'
        if grep -qF "(reconciled)" "$T/out"; then
            yes=$((yes + 1))
            grep -qE "(bar|after) one reach for Sunday lunch" "$T/out" || fail "seed $seed: the reach at the door is forgotten"
        fi
    done
    [ "$yes" -gt 0 ] || fail "no seed of 1..12 said yes after the reach at the door"
    cf_play 3 "$CF_GOOD"
    expect_no_out "reach for Sunday lunch"
}
