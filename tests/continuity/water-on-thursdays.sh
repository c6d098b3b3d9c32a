# Continuity for Water on Thursdays: what you did this winter, and what
# {Name} remembers of it, comes back. Each path is a seed and the answers
# typed (a name, a pronoun, then choices by number); the deck of Thursdays
# is drawn from the seed, so a path is only good for its seed.

# wot_play SEED 'Robin|1|...': plays the default story on one long line a
# paragraph, so that a phrase is never split by wrapping.
wot_play() {
    local answers=$2
    rk_in "${answers//|/\\n}\n" --plain --width 1000 --seed "$1" "$(story_file water-on-thursdays)"
    expect_status 0
}

# The review: The Last Word spoke of "that first message in November" when
# none was sent. Now it does only after the message.
test_water_on_thursdays_last_word_remembers_only_a_message_sent() {
    wot_play 7 'Robin|1|1|1|1|2|1|1|1|1|2|1|1|1|1|1|1|1|2|1|1|2|2|2'
    expect_out "Delivered, 1:14."
    expect_out "Ending: The Last Word (apart)"
    expect_out "the way you replayed that first message in November"
    wot_play 1 'Robin|1|3|1|1|1|1|1|2|1|1|1|1|1|1|1|1|2|2|2|2'
    expect_out "Ending: The Last Word (apart)"
    expect_no_out "Delivered, 1:14."
    expect_no_out "message in November"
}

# The review: The Plant Goes Home said "This time you were invited" with no
# uninvited visit before it. Now it says so only after the night outside
# {their} house, owned and forgiven.
test_water_on_thursdays_invited_only_after_the_night_outside() {
    wot_play 5 'Robin|1|3|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|2|2|1'
    expect_out "Up at her window the curtain moves."
    expect_out "Ending: The Plant Goes Home (growth)"
    expect_out "This time you were invited."
    wot_play 1 'Robin|1|3|1|1|1|1|1|2|1|1|1|1|1|1|1|1|2|2|2|1'
    expect_out "Ending: The Plant Goes Home (growth)"
    expect_no_out "Up at her window"
    expect_no_out "invited"
}

# The review: after "Understood. I'm sorry." the ending said you told Nell it
# came out of nowhere. Now a quiet goodbye ends in spring, and only ringing
# after the goodbye earns that line.
test_water_on_thursdays_a_quiet_goodbye_is_not_out_of_nowhere() {
    wot_play 1 'Robin|1|2|1|2|1|1|1|1|1|1|1|1|1|1|1|1|1'
    expect_out "I need the messages to stop."
    expect_out "Understood. I'm sorry."
    expect_out "Ending: Spring, On Your Own (growth)"
    expect_no_out "came out of nowhere"
    wot_play 1 'Robin|1|2|1|2|1|1|1|1|1|1|1|1|1|1|1|3|2'
    expect_out "Please don't make me block you."
    expect_out "Ending: The Door You Leaned On (apart)"
    expect_out "You tell Nell it came out of nowhere."
}

# The night outside Tanner's Row is seen, and the neighbour who saw it turns
# up in January's deck; {Name} says it {themself} when you next meet.
test_water_on_thursdays_the_night_outside_comes_back() {
    wot_play 5 'Robin|1|3|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|2|2|1'
    expect_out "Can I help you?"
    expect_out "going the wrong way for home"
    expect_out "Two in the morning. I had the dog out."
    expect_out "In December you stood outside my house at two in the morning."
    wot_play 1 'Robin|1|3|1|1|1|1|1|2|1|1|1|1|1|1|1|1|2|2|2|1'
    expect_no_out "I had the dog out"
    expect_no_out "stood outside my house"
}

# A sorry for the night outside, refused: no yes, and {their} no says why.
test_water_on_thursdays_a_refused_sorry_rules_out_yes() {
    wot_play 2 'Robin|1|3|1|1|1|1|1|1|1|1|1|2|1|1|1|1|1|2|2|2|1'
    expect_out "I stood outside your house at two in the morning. I'm sorry."
    expect_out "I believe you're sorry,"
    expect_out "You said sorry for Tanner's Row, and I believe you."
    expect_no_out "(reconciled)"
}

# The same sorry, accepted: a yes is possible, and its reflection does not
# pretend nothing was crossed.
test_water_on_thursdays_an_accepted_sorry_can_end_together() {
    wot_play 4 'Robin|1|3|1|1|1|1|1|1|1|1|1|1|1|1|1|1|1|2|2|2'
    expect_out "I stood outside your house at two in the morning. I'm sorry."
    expect_out "For not making me be the one to say it first."
    expect_out "(reconciled)"
    expect_out "You crossed a line this winter"
    expect_no_out "leaving the phone alone"
}

# The review's five pushes (the ultimatum, the guilt, the walk past the flat,
# the made-up date, the 1 a.m. message), each on a winter otherwise as
# careful as can be, and never owned: none ends together.
test_water_on_thursdays_unowned_pushes_never_end_together() {
    local seed answers
    while read -r seed answers; do
        wot_play "$seed" "$answers"
        grep -qE "Sunday|changed everything|Tanner's Row|got a date|two thousand words" "$T/out" ||
            fail "seed $seed: the push is not on this path"
        expect_no_out "(reconciled)"
    done <<'PATHS'
1 Robin|1|3|1|1|1|1|2|2|1|1|1|1|1|1|1|1|2|3|2|1
3 Robin|1|3|1|1|1|1|2|2|1|2|1|1|1|1|1|1|1|3|2|1
1 Robin|1|3|1|1|1|1|2|2|1|1|1|1|1|1|1|1|2|4|2|1
3 Robin|1|3|1|1|1|1|2|2|1|2|1|1|1|1|1|1|1|4|2|1
2 Robin|1|3|1|1|1|1|2|1|1|1|1|2|1|1|1|3|1|1|1|2|2|1
3 Robin|1|3|1|1|1|1|2|1|1|1|1|1|1|1|1|3|1|2|2|2|1
1 Robin|1|3|1|1|1|1|2|2|1|1|1|1|1|1|1|3|2|3|2|2|1
3 Robin|1|3|1|1|1|1|2|2|1|2|1|1|1|1|3|1|1|3|2|2|1
1 Robin|1|1|1|1|2|2|1|1|1|2|1|2|1|1|1|1|3|1|2|2|2|1
2 Robin|1|1|1|1|2|1|2|1|1|2|1|2|1|1|1|3|1|1|2|2|2|1
PATHS
}

# The reflection of a yes after the November message, owned and forgiven,
# does not praise a winter of leaving the phone alone; a winter that did
# leave it alone is praised for it.
test_water_on_thursdays_the_reflection_is_honest_about_the_phone() {
    wot_play 1 'Robin|1|1|1|1|2|2|1|1|1|2|1|2|1|1|1|1|1|1|2|2|2'
    expect_out "That message in November. It was one in the morning and you'd asked me not to. I'm sorry."
    expect_out "Ending: Water on Thursdays (reconciled)"
    expect_no_out "leaving the phone alone"
    expect_out "You crossed a line this winter"
    wot_play 3 'Robin|1|3|1|1|1|1|2|2|1|2|1|1|1|1|1|1|1|2|2'
    expect_out "Ending: Water on Thursdays (reconciled)"
    expect_out "a winter of leaving the phone alone"
}

# A line {Name} raises and you let pass is raised once, not at every meeting
# after, and {their} no remembers that you let it pass.
test_water_on_thursdays_a_line_is_raised_once() {
    wot_play 2 'Robin|1|3|1|1|1|1|1|1|1|1|1|2|1|1|1|3|1|1|1|2|2|1'
    [ "$(grep -c "In December you stood outside my house" "$T/out")" = 1 ] ||
        fail "the night outside is raised more than once, or never"
    expect_out "When I told you what Tanner's Row was like from the inside, you didn't say sorry."
    expect_no_out "(reconciled)"
}

# The made-up date at the market comes back face to face: owned, {they}
# laugh{s}; let pass, {their} no remembers it.
test_water_on_thursdays_the_made_up_date_comes_back() {
    wot_play 1 'Robin|1|3|1|1|1|1|1|2|1|1|1|1|1|1|1|3|2|1|2|2'
    expect_out "Can't stop. I've got a date tonight."
    expect_out "The market. Your date. There wasn't one, was there?"
    expect_out "You're a terrible liar, you know."
    wot_play 1 'Robin|1|3|1|1|1|1|1|2|1|1|1|1|1|1|1|3|2|3|2|2|1'
    expect_out "The market. Your date. There wasn't one, was there?"
    expect_out "When I asked about your date, you didn't tell me it was made up."
    expect_no_out "(reconciled)"
}

# Thursdays won from Tomasz in December are remembered in March, when he
# asks for one back; without them, he has to beg.
test_water_on_thursdays_thursdays_kept_are_remembered() {
    wot_play 1 'Robin|1|3|1|1|1|1|1|2|1|1|1|1|1|1|1|1|2|2|2|1'
    expect_out "'Deal. Thursdays are mine.'"
    expect_out "I know it's your Thursday."
    wot_play 1 'Robin|1|3|1|1|2|1|1|2|1|1|1|1|1|1|1|1|2|2|2|1'
    expect_out "Leave it. Nobody asks for time off in December."
    expect_no_out "I know it's your Thursday"
    expect_out "Tomasz has never once said please"
}

# The November message puts {their} answer, or {their} silence, in a later
# week's deck.
test_water_on_thursdays_the_message_gets_an_answer_or_a_silence() {
    wot_play 1 'Robin|1|1|1|1|2|1|1|1|1|2|1|2|1|1|1|1|1|1|2|2|2'
    expect_out "I read it. All of it. I'm not going to answer what's in it."
    expect_no_out "A week, and nothing."
    wot_play 6 'Robin|1|1|1|1|2|1|1|1|1|2|1|2|1|1|1'
    expect_out "A week, and nothing."
    expect_no_out "I read it. All of it."
}

# Stories watched in November and never owned, and no word between you all
# winter: {Name} still says it, once, by message in March, and the ending
# remembers that {they} wrote.
test_water_on_thursdays_a_line_never_owned_is_said_in_march() {
    wot_play 1 'Robin|1|2|2|2|1|1|1|1|2|1|4|1|2|3|1'
    expect_out "I can see who watches, you know."
    expect_out "Since November there has been nothing between you and Robin"
    expect_out "I'm not writing to start anything."
    expect_out "You watched my story three days after I asked for space."
    expect_out "Robin wrote once, in March"
    wot_play 1 'Robin|1|3|1|1|1|1|1|2|1|1|1|1|1|1|1|1|2|2|2|1'
    expect_no_out "I'm not writing to start anything."
    expect_no_out "wrote once, in March"
}

# The cold read: after "Deal. Thursdays are mine." the diary still had you
# working the last service before Christmas and a double shift on the
# sixteenth. Now the Thursdays you won stay yours; without the deal, they
# are worked, and Alfie comes only on a Thursday you happen to have free.
test_water_on_thursdays_thursdays_won_stay_off_the_rota() {
    wot_play 3 'Robin|1|3|1|1|1|1|2|2|1|2|1|1|1|1|1|1|1|2|2'
    expect_out "'Deal. Thursdays are mine.'"
    expect_out "Your Thursday off, except for the staff party"
    expect_out "The sixteenth you slept till ten"
    expect_out "On Friday Tomasz calls you into the office"
    expect_no_out "Last service before Christmas"
    expect_no_out "double shift"
    wot_play 1 'Robin|1|3|1|1|2|1|1|2|1|1|1|1|1|1|1|1|2|2|2|1'
    expect_out "Last service before Christmas"
    expect_out "The sixteenth went by in a double shift"
    wot_play 3 '|2|1|1|2|2|1|3|1|1|2|3|1|4|2|1|1'
    expect_out "'Forget I asked.'"
    expect_out "for once you have a Thursday evening free"
    expect_no_out "leaving Alfie with you on Thursday evenings"
}

# The cold read: a story looked at once and then muted came back as "every
# night" and "every story I put up", and the sorry on offer confessed it.
test_water_on_thursdays_a_story_watched_once_is_remembered_once() {
    wot_play 1 'Robin|1|2|2|2|1|1|1|1|2|1|4|1|2|3|1'
    expect_out "Mute her stories and put the phone on charge in the kitchen"
    expect_out "Top of the list, three days after I asked for space."
    expect_out "You watched my story three days after I asked for space."
    expect_out "'I watched your story after you'd asked for space. I'm sorry. I've stopped.'"
    expect_no_out "every night"
    expect_no_out "Every night"
}

# The cold read: after a bill taken back and refused, {Name} said the same
# thing twice and then "No" to a question nobody asked. Now {they} answer{s}
# once.
test_water_on_thursdays_a_refused_sorry_at_the_stop_is_answered_once() {
    wot_play 4 'Robin|1|3|1|2|1|1|1|1|1|1|2|1|1|1|1|1|1|4|1|1|1'
    expect_out "'I changed everything for you, you know.'"
    expect_out "You can't unsay it"
    expect_out "I'd rather miss you than owe you."
    [ "$(grep -c "had it ready" "$T/out")" = 1 ] || fail "the bill is held up twice"
}

# The cold read: what has changed since November was read out word for word
# at the coffee and again at the market, with bread and early nights never
# seen. Now it lists what the winter showed, and the second time says so.
test_water_on_thursdays_what_changed_is_told_once() {
    wot_play 2 'Robin|1|3|2|1|2|1|2|3|2|1|1|2|1|2|2|4|1|2|4|1|1|1|1|1'
    expect_out "You tell her: the list on the fridge and Gerald's mugful at six every Thursday, not before."
    expect_out "You tell her again, there by the cheese van"
    expect_no_out "bread you've learned"
    [ "$(grep -c "Gerald's mugful at six every Thursday" "$T/out")" = 1 ] || fail "the list is read out twice"
}

# The cold read: explaining the made-up date began "the beer, the cold", from
# the night outside {their} house. Each line has its own how.
test_water_on_thursdays_the_explanation_fits_the_line() {
    wot_play 3 'Robin|1|3|1|1|1|1|2|2|1|2|1|2|3|3|3|2|2|3|1|1|1|1'
    expect_out "Can't stop. I've got a date tonight."
    expect_out "You start to explain: the sleet, Priya's face"
    expect_no_out "the beer, the cold"
    expect_out "Thanks for the coffee,"
    expect_no_out "This was nice"
}
