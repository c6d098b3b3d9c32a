# Continuity tests for The Counsellor's Room (stories/the-counsellors-room.lua).
# Each plays a scripted path (one answer per line: the name, the pronouns,
# then the number of each choice) and checks what the story remembers.

# The best path there is: everything practised, everything held, no boundary.
# Choice numbers after the name and pronouns (1 = she/her).
CR_BEST='Robin\n1\n1\n1\n2\n1\n1\n1\n1\n1\n2\n1\n2\n1\n1\n1\n1\n1\n1\n1\n1\n2\n1\n'

# The same year with the early swim at the Baths in it (left at once), and the
# December call answered three ways: no sorry at all ("Can we not do this over
# the phone?"), or the sorry for the Baths, which Ellis then weighs. The rest is
# the best that can be done. The last three answers differ with whether Ellis
# comes to the parting session (yes: ...1|2|1, no: ...3|1|1).
CR_BATHS_HEAD='Robin\n1\n1\n1\n2\n1\n1\n1\n1\n1\n1\n1\n2\n1\n1\n'
CR_NO_SORRY='3\n1\n1\n1\n1\n'
CR_SORRY='1\n1\n1\n1\n1\n'
CR_YES='1\n2\n1\n'
CR_NO='3\n1\n1\n'

# Turning up at Ellis's work is shown, and Ellis brings it up on the phone in
# December and again at the end of the pier.
test_the_counsellors_room_the_baths_are_remembered() {
    rk_in "$CR_BATHS_HEAD$CR_NO_SORRY$CR_YES" --width 1000 --seed 1 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "I'm at work,"
    expect_out "This is the one place I can't walk out of."
    expect_out "Dev walked me to my car after"
    expect_out "And the Baths. You never said sorry for it."
    expect_no_out "I'll take it."
}

# Finishing the lengths is remembered as twenty lengths counted from the chair.
test_the_counsellors_room_the_lengths_are_counted() {
    rk_in 'Sam\n2\n1\n1\n2\n1\n1\n1\n1\n1\n1\n2\n2\n1\n1\n3\n1\n1\n1\n1\n1\n2\n1\n' --width 1000 --seed 2 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "You did twenty lengths. I counted every one of them from the chair."
    expect_no_out "You got out, and I was grateful."
}

# The sorry for the Baths, accepted (seed 3): Ellis says so on the phone and
# at the pier, and friendship is still possible.
test_the_counsellors_room_a_repair_accepted_leaves_friendship_open() {
    rk_in "$CR_BATHS_HEAD$CR_SORRY$CR_NO" --width 1000 --seed 3 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "That's the first time you've said sorry for a thing and not for a mood."
    expect_out "And the Baths. I haven't forgotten it. I haven't forgotten the sorry either."
    expect_out "The Shallow End"
    expect_out "That's my work,"
}

# The same sorry, not accepted (seeds 1, 2, 8, 11): Ellis says so, remembers
# it at the pier, and no friends ending follows, however well the rest goes.
test_the_counsellors_room_a_repair_refused_rules_out_friendship() {
    local seed tail
    for seed in 1 2 8 11; do
        case $seed in 8) tail=$CR_YES ;; *) tail=$CR_NO ;; esac
        rk_in "$CR_BATHS_HEAD$CR_SORRY$tail" --width 1000 --seed $seed "$(story_file the-counsellors-room)"
        expect_status 0
        expect_out "I'm just not there with it yet"
        expect_out "You said sorry, and I believed you, and I still can't get past it."
        expect_no_out "The Shallow End"
    done
}

# No sorry at all: on twelve seeds, with every other choice the best there is,
# the Baths stand between you and a friends ending every time.
test_the_counsellors_room_an_unmended_boundary_never_ends_in_friends() {
    local seed tail
    for seed in 1 2 3 4 5 6 7 8 9 10 11 12; do
        case $seed in 3 | 5 | 6 | 9 | 10 | 12) tail=$CR_NO ;; *) tail=$CR_YES ;; esac
        rk_in "$CR_BATHS_HEAD$CR_NO_SORRY$tail" --width 1000 --seed $seed "$(story_file the-counsellors-room)"
        expect_status 0
        expect_out "the Baths"
        expect_no_out "The Shallow End"
        expect_no_out "I want us to be friends."
    done
}

# Asking Carys for news: Carys refuses and says she will tell; Ellis raises it
# on the phone and at the house, and again at the pier.
test_the_counsellors_room_asking_carys_is_remembered() {
    rk_in 'Robin\n1\n1\n1\n2\n1\n1\n1\n1\n1\n2\n1\n1\n1\n1\n1\n1\n1\n2\n1\n1\n1\n2\n1\n' --width 1000 --seed 1 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "not a witness box"
    expect_out "And Carys told me about the Co-op,"
    expect_out "She came home and sat on the stairs."
    expect_out "Then you could have worried,"
    expect_out "And what you asked Carys in the Co-op. You never said sorry for it."
    expect_no_out "The Shallow End"
}

# The eleven voice notes: Ellis's reply that morning, the December call, and
# the pier all remember them.
test_the_counsellors_room_the_voice_notes_are_remembered() {
    rk_in 'Robin\n1\n1\n1\n2\n1\n1\n1\n1\n1\n3\n1\n1\n2\n1\n1\n2\n1\n1\n1\n1\n1\n2\n1\n' --width 1000 --seed 1 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "My phone went off eleven times in my pocket"
    expect_out "Eleven, at seven in the morning, with the early swim in the water"
    expect_out "And those voice notes. You never said sorry for it."
    expect_no_out "The Shallow End"
}

# The waiting room on a second visit says new things, not the first visit's
# paragraphs again.
test_the_counsellors_room_the_second_climb_is_not_the_first() {
    rk_in 'Robin\n1\n1\n2\n2\n2\n1\n1\n1\n1\n1\n2\n1\n2\n1\n1\n1\n1\n1\n1\n1\n1\n2\n1\n' --width 1000 --seed 1 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "A week on, the cherry vapour has turned to apple"
    [ "$(grep -c "reading a leaflet about sleep" "$T/out")" = 1 ] || fail "the waiting room paragraph is shown twice"
    [ "$(grep -c "It is five to four." "$T/out")" = 1 ] || fail "'five to four' is shown twice"
    [ "$(grep -c "up a flight of stairs between Cloud" "$T/out")" = 1 ] || fail "the stairwell paragraph is shown twice"
}

# The counsellor has his own name, and nobody in the story retires: no "she
# retires" to be read as Ellis when Ellis is she/her.
test_the_counsellors_room_the_counsellor_is_idris_and_nobody_retires() {
    rk_in "$CR_BATHS_HEAD$CR_NO_SORRY$CR_NO" --width 1000 --seed 3 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "Thursdays at Four"
    expect_out "Idris Pennant"
    expect_out "STILL NOT THIRSTY"
    expect_no_out "Pask"
    expect_no_out "retires"
}

# The promise to ring Ellis's mother is kept on screen, and Bron has heard
# about it by Boxing Day; without it, Bron says nothing of Glenys.
test_the_counsellors_room_the_call_to_glenys_is_heard_of() {
    rk_in "$CR_BEST" --width 1000 --seed 1 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "You ring Glenys on Christmas Eve"
    expect_out "Glenys rang me this morning,"
    rk_in 'Robin\n1\n1\n1\n2\n1\n1\n1\n1\n1\n2\n1\n2\n1\n1\n2\n1\n1\n1\n1\n1\n2\n1\n' --width 1000 --seed 1 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "There isn't an easiest,"
    expect_no_out "Glenys rang me"
}

# The boiler day: staying is seen by Ellis and said again at the pier; going
# to check the heater is remembered as well.
test_the_counsellors_room_the_boiler_day_comes_back_at_easter() {
    rk_in "$CR_BEST" --width 1000 --seed 1 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "you stood at the sink and counted. I watched your lips move."
    rk_in 'Robin\n1\n1\n1\n2\n1\n1\n1\n2\n1\n2\n1\n2\n1\n1\n1\n1\n1\n1\n1\n1\n2\n1\n' --width 1000 --seed 1 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "The heater is off. You knew it would be."
    expect_out "you found a way out of it. I knew that look."
    expect_no_out "I watched your lips move."
}

# What you practised and what held are named at the end: staying practised in
# the room and in the sea but not at the sink, owning never practised in the
# room but held in Bron's kitchen.
test_the_counsellors_room_the_ending_names_what_held() {
    rk_in 'Robin\n1\n1\n1\n2\n1\n1\n1\n2\n2\n2\n1\n2\n1\n1\n1\n1\n1\n1\n1\n1\n2\n1\n' --width 1000 --seed 1 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out "The Shallow End"
    expect_out "NOT YET"
    expect_no_out '"They held," you say. "The first time, anyway."'
    rk_in "$CR_BEST" --width 1000 --seed 1 "$(story_file the-counsellors-room)"
    expect_status 0
    expect_out '"They held," you say. "The first time, anyway."'
    expect_no_out "NOT YET"
}
