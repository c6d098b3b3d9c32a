# Continuity tests for The Other Side of the Counter (stories/the-other-side.lua).
# You are Ade, the one who left; Dai crosses lines or doesn't (seeded), and
# later names them or doesn't. Each test is a scripted path (one answer a
# line) and what must, or must not, come back later in the story.

tos_story() { story_file the-other-side; }

# The story text before the outcome panel, without terminal codes.
tos_prose() { sed -n '/What your choices taught/q; p' "$T/out" | sed 's/\x1b\[[0-9;]*m//g'; }

# The whole output as one line, so that a sentence wrapped on screen is found:
# tos_has TEXT / tos_lacks TEXT.
tos_flat() { sed 's/\x1b\[[0-9;]*m//g' "$T/out" | tr '\n' ' ' | tr -s ' '; }
tos_has() { tos_flat | grep -qF -- "$1" || fail "the story never says: $1"; }
tos_lacks() { ! tos_flat | grep -qF -- "$1" || fail "the story says: $1"; }

# Seed 4: Dai idles in the van under Funmi's window; you text him to go home.
# At the arch he says nothing about it, you raise it, and he names it, with
# the fact that you were the one who had to say so; you accept. In December he reads
# the notebook and says he didn't; you say so at the car, and in January his
# letter names it. You accept that too, and the reconciled ending's
# reflection counts both.
test_the_other_side_van_is_named_and_mended() {
    rk_in '1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n2\n3\n1\n1\n1\n1\n1\n3\n2\n' --seed 4 "$(tos_story)"
    expect_status 0
    tos_has "your own name looking up at the window"
    tos_has "I drove to Funmi's and sat outside with the engine running"
    tos_has "And you had to be the one to say so."
    tos_has "Two Names on the Sign"
    tos_has "You read it."
    tos_has "He named each line he crossed, without a but, and accepting was your choice"
    tos_lacks "He never once made you hold a door against him"
    # Lena drove you to the arch and waited; she drives you home.
    tos_has "Lena's hazards are still blinking at the bus stop."
}

# Seed 20: the same van, the same apology, and you tell him it isn't enough.
# Then, trying for either reconciled ending by name, both stay closed with the
# reason, and the story ends apart.
test_the_other_side_refused_apology_keeps_reconciliation_closed() {
    rk_in "1\n1\n1\n2\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n2\n1\n3\n'I want to come back\n'I want to try\n2\n" --seed 20 "$(tos_story)"
    expect_status 0
    tos_has "I won't come where you're staying unless you ask me to."
    tos_has "you told him it wasn't enough. You still think so."
    tos_has "You can't choose that now (he said sorry, and you told him it wasn't enough"
    tos_lacks "Two Names on the Sign"
    tos_lacks "Tuesdays in Deptford"
    tos_has "One Name on the Sign"
    tos_has "Telling him a sorry wasn't enough was allowed."
}

# Seed 42: the van again, and this time you stand in the dark and never raise
# it; he never names it. Every other answer is the careful one, and the
# reconciled endings are still out of reach: the review's path to Two Names.
test_the_other_side_unnamed_van_never_reconciles() {
    rk_in "1\n3\n1\n2\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n2\n1\n3\n2\n'I want to try\n2\n" --seed 42 "$(tos_story)"
    expect_status 0
    tos_has "At nine your hands start to shake"
    tos_has "he doesn't say anything about Wednesday"
    tos_has "There's a thing he did that he has never named."
    tos_has "You can't choose that now (he never said sorry for the line he crossed)"
    tos_lacks "Two Names on the Sign"
    tos_lacks "Tuesdays in Deptford"
    tos_lacks "asking in a way that left him free"
}

# Seed 23: he promises at the arch not to come where you are unless asked;
# in January he turns up at your counter. The promise comes back in the
# scene, and in his apology at Margate.
test_the_other_side_broken_promise_is_remembered() {
    rk_in '1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n2\n3\n1\n3\n1\n1\n1\n3\n1\n4\n' --seed 23 "$(tos_story)"
    expect_status 0
    tos_has "I won't come where you're staying unless you ask me to."
    tos_has "In November, in the arch, he promised he wouldn't come where you were"
    tos_has "And I'd promised in the arch I wouldn't come where you were without asking. I broke that."
    tos_has "He crossed lines this winter, and you can say exactly which: the van under Funmi's window and the Bread Room."
}

# Seed 1: you ask for nothing before Thursday, and for January to yourself.
# He keeps both, and says so; the ending remembers that he never crossed.
test_the_other_side_kept_lines_are_remembered() {
    rk_in '2\n2\n1\n2\n1\n1\n1\n2\n1\n1\n1\n2\n1\n1\n2\n2\n1\n1\n' --seed 1 "$(tos_story)"
    expect_status 0
    tos_has "You said nothing before Thursday,' he says. 'So I didn't."
    tos_has "I won't come. You asked me not to."
    tos_has "He hasn't come. You asked him not to, and he hasn't"
    tos_has "Tuesdays in Deptford"
    tos_has "He kept to every line you drew"
    tos_lacks "green van"
    # He sent no message before Thursday, so nothing was said about the oven.
    tos_lacks "You said it was playing up."
}

# Seed 4, another way: he reads the notebook and tells you he didn't; you
# say nothing at the car. At Margate the lie is on his list, named as a lie.
test_the_other_side_notebook_lie_comes_back() {
    rk_in '1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n2\n2\n2\n1\n1\n1\n1\n3\n1\n1\n1\n1\n1\n1\n2\n' --seed 4 "$(tos_story)"
    expect_status 0
    tos_has "'Notebook's in there,' he says, nodding at it. 'Didn't look at it.'"
    tos_has "I did notice."
    tos_has "Then I lied to you about it, in the hall, with your boxes round us."
    tos_has "One Name on the Sign"
}

# A long path with several crossings talked through at Margate: no paragraph
# is shown twice, and none of the lines the review found survives (the
# rowing machine twice, "Deptford's happening" after the move, the tense
# slip in the Belgrave memory).
test_the_other_side_no_paragraph_twice() {
    rk_in '1\n1\n2\n2\n2\n2\n2\n2\n2\n3\n2\n1\n2\n2\n3\n1\n2\n2\n1\n' --seed 1 "$(tos_story)"
    expect_status 0
    local dup
    dup=$(tos_prose | grep -vE '^ *([0-9]+|-)  |^ *>|The Other Side of the Counter' | grep '[a-z]' | awk 'length($0) > 50' | sort | uniq -d)
    [ -z "$dup" ] || fail "repeated on screen: $dup"
    rk_in '1\n3\n1\n3\n2\n1\n1\n1\n1\n1\n1\n1\n1\n1\n3\n3\n3\n3\n1\n2\n2\n3\n' --seed 46 "$(tos_story)"
    expect_status 0
    tos_has "That isn't on the list either."
    dup=$(tos_prose | grep -vE '^ *([0-9]+|-)  |^ *>|The Other Side of the Counter' | grep '[a-z]' | awk 'length($0) > 50' | sort | uniq -d)
    [ -z "$dup" ] || fail "repeated on screen: $dup"
    tos_lacks "rowing machine"
    tos_lacks "Deptford's happening"
    tos_lacks "'We need it,' he said"
}

# Seed 4: you go down to the van and sit in it with him. At the arch you
# raise it in words that fit what happened, and his apology names the
# slippers and the cold, not a window you never stood at. Lena knows you got
# in the van; she doesn't drive you, so she isn't waiting at the bus stop.
test_the_other_side_van_you_went_down_to() {
    rk_in "1\n2\n1\n1\n1\n$(printf '1\\n%.0s' $(seq 23))" --seed 4 "$(tos_story)"
    expect_status 0
    tos_has "You go down in Funmi's slippers."
    tos_has "'You shouldn't have come to Funmi's on Wednesday.'"
    tos_has "until you came down in your slippers"
    tos_lacks "you had to stand at the window in the dark"
    tos_lacks "Lena's hazards"
    tos_lacks "You said it was playing up."
}

# Seed 4: you let the van go at the arch and ask for January, away from the
# Bread Room; his card says he won't come, and he comes. The card is
# remembered at the counter, and at Margate he names the broken ask without
# claiming a promise from an arch where the van was never talked about.
test_the_other_side_card_then_counter() {
    rk_in '1\n1\n1\n2\n2\n1\n1\n1\n1\n1\n1\n1\n1\n2\n1\n2\n1\n2\n1\n1\n1\n1\n1\n' --seed 4 "$(tos_story)"
    expect_status 0
    tos_has "I won't come. You asked me not to."
    tos_has "A week ago he sent you a card with a cardamom pod on the front."
    tos_has "And you'd asked me to keep away."
    tos_lacks "And I'd promised in the arch"
}

# Seed 1: he reads the notebook and tells you so. What he read reaches page
# four, where the crossed-out line is, as everywhere else in the story.
test_the_other_side_notebook_page_four() {
    rk_in '1\n1\n2\n2\n2\n2\n2\n2\n2\n3\n2\n1\n2\n2\n3\n1\n2\n2\n1\n' --seed 1 "$(tos_story)"
    expect_status 0
    tos_has "Page four has the line you crossed out"
    tos_lacks "some of the second"
}
