# Continuity for Kettle Stitch (stories/the-letter.lua): her reply is made
# from the letter, so what the letter said, and how it reached her, must come
# back in it. Answers are one per line; --width 1000 keeps each paragraph on
# one line, so a phrase is never split by wrapping.

# letter_play SEED ANSWERS...: plays the story with those answers.
letter_play() {
    local seed=$1
    shift
    local input
    input=$(printf '%s\\n' "$@")
    rk_in "$input" --plain --width 1000 --seed "$seed" "$(story_file the-letter)"
}

# A good letter, written from the Monday on: the sorry named (with Marian's
# story), the but cut, one line of feeling, nothing asked, the guillotine
# moved without a word. Seven answers, from Marian's kitchen to Saturday.
GOOD_LETTER="2 1 3 1 3 1 1"

# The rota opened and stayed on; the P.S. wishes her luck for the day only
# the rota knew about. She says where she saw your name, and however good
# the rest, no reply of hers offers the walk.
test_the_letter_rota_comes_back_in_her_reply() {
    local seed
    for seed in 1 2 3 4 5 6; do
        # shellcheck disable=SC2086
        letter_play "$seed" 2 2 $GOOD_LETTER 3 1 1 1 1
        expect_status 0
        expect_out "P.S. Good luck on the 25th."
        expect_out "Nobody knew about the 25th, Bea."
        expect_out "under that Sunday it says Seen by B. Lund"
        expect_no_out "(reconciled)"
        expect_no_out "Walk with me on Sunday"
    done
    # Told in the P.S. instead: she answers the telling, and on seed 4 she
    # takes it, and the walk is offered.
    # shellcheck disable=SC2086
    letter_play 4 2 1 $GOOD_LETTER 4 1 1 1 1
    expect_status 0
    expect_out "I opened your rota on my phone"
    expect_out "You told me about the rota."
    expect_out "Thank you. The 25th went well"
    expect_out "Walk with me on Sunday"
}

# Her sister's door at night is a line crossed: the door closing upstairs is
# shown, she names it in her reply, and no seed ends in the walk.
test_the_letter_sisters_door_is_remembered() {
    local seed
    for seed in 1 2 3 4 5 6 7 8; do
        # shellcheck disable=SC2086
        letter_play "$seed" 3 1 $GOOD_LETTER 1 2 2 1 1 1
        expect_status 0
        expect_out "Behind her, somewhere upstairs, a door closes quietly."
        expect_out "Shiv saying your name at the front door at ten past eleven at night"
        expect_out "I came to Shiv's so there would be one door in Inverlea you didn't knock on."
        expect_no_out "(reconciled)"
    done
}

# Mended on the step, on the back of the envelope; she decides. Seed 4 she
# takes it and the walk follows, and she mentions the door once on the prom;
# seed 1 she doesn't, and the letter's good paragraphs do not outweigh that.
test_the_letter_door_mended_accepted_or_not() {
    # shellcheck disable=SC2086
    letter_play 4 3 1 $GOOD_LETTER 1 2 1 1 1 1
    expect_status 0
    expect_out "I shouldn't have come to the door at night. I'm sorry. I'm going now. B."
    expect_out "But you knew it before I had to tell you, and that's new. I'll take it."
    expect_out "(reconciled)"
    expect_out "She mentions Shiv's door once, at the railings"
    # shellcheck disable=SC2086
    letter_play 1 3 1 $GOOD_LETTER 1 2 1 1 1 1
    expect_status 0
    expect_out "It doesn't unhear the door."
    expect_out "It's no. The sorry for coming to Shiv's door was real"
    expect_no_out "(reconciled)"
}

# The review's path: waiting for her at Bankhead after her shift, then
# posting the letter, with nothing said about it. Every seed: no walk, and
# her reply is about the car park.
test_the_letter_bankhead_then_post_never_reconciles() {
    local seed
    for seed in 1 2 3 4 5 6 7 8 9 10; do
        # shellcheck disable=SC2086
        letter_play "$seed" 3 1 $GOOD_LETTER 1 3 3 1 1 1
        expect_status 0
        expect_out "\"Not here, Bea,\" she says. \"This is my work.\""
        expect_out "You were in the car park at Bankhead at seven in the morning"
        expect_no_out "(reconciled)"
    done
}

# Put in her hand at Bankhead: nobody afterwards wonders whether the post
# lost it, and it comes back unopened.
test_the_letter_letter_in_her_hand_is_never_lost() {
    # shellcheck disable=SC2086
    letter_play 3 3 1 $GOOD_LETTER 1 3 1 1 1 1
    expect_status 0
    expect_out "You put it in her hand."
    expect_out "RETURN TO SENDER. NOT OPENED."
    expect_no_out "got lost"
    expect_no_out "Second class, was it?"
    expect_no_out "The post's a disgrace"
    expect_out "Ending: Return to Sender (apart)"
}

# A promise in the letter comes due in the waiting: kept, she heard the quiet;
# broken, she heard the guillotine from the corner.
test_the_letter_promise_kept_or_broken_is_heard() {
    letter_play 4 3 1 2 1 3 1 3 1 3 1 1 1 1 1 1
    expect_status 0
    expect_out "I'm going to move the guillotine to the back shop. I promise you that, whatever you write back."
    expect_out "You did it before you knew what I'd say. That counts."
    letter_play 4 3 1 2 1 3 1 3 1 3 1 1 1 2 1 1
    expect_status 0
    expect_out "You wrote that you'd move the guillotine whatever I wrote back."
    expect_out "I heard it from the corner."
    expect_no_out "That counts."
    expect_no_out "(reconciled)"
}

# The paragraph that will not come right: each new draft crosses out the one
# before, and the scene's own paragraphs are not repeated on the second and
# third tries. The draft kept goes into the fair copy and comes back quoted.
test_the_letter_the_paragraph_that_will_not_come_right() {
    letter_play 2 3 1 2 1 3 1 2 1 1 1 1 1 1 1 1
    expect_status 0
    [ "$(grep -c 'Thursday, two in the morning' "$T/out")" = 1 ] || fail "the Thursday opening is repeated"
    [ "$(grep -c "It is the one you can't get right." "$T/out")" = 1 ] || fail "the paragraph's introduction is repeated"
    expect_out "Half past two. A line through the page, top corner to bottom"
    expect_out "Do you remember Millport, the caravan with the door that stuck"
    expect_out "Millport. The sugar. I remember it too, Bea, I was there."
    # The page of self-pity, kept, is a line crossed; taken back by card a
    # week later, she answers the card (on seed 2 it is not enough). On a
    # third try the cold draft is what goes, and she can't find you in it.
    letter_play 2 3 1 2 1 3 1 1 1 1 1 1 1 1 1
    expect_status 0
    expect_out "The page about not sleeping is still in it."
    expect_out "I put it in so you'd feel it, and that was wrong of me."
    expect_out "The page about not sleeping, and then your card a week later taking it back."
    expect_out "It's no. The sorry for the page about not sleeping was real"
    expect_no_out "(reconciled)"
    letter_play 2 3 1 2 1 3 1 2 2 1 1 1 1 1 1 1 1
    expect_status 0
    expect_out "Ten to four. Another line, corner to corner."
    expect_out "I looked for you in it and couldn't find you."
}

# What the letter said is what she answers: a sorry with an 'if', a but kept,
# and the first hot letter, posted and never mentioned.
test_the_letter_reply_answers_what_was_written() {
    letter_play 1 3 1 2 1 2 2 3 1 1 1 1 1 1 1
    expect_status 0
    expect_out "I'm sorry if I hurt you."
    expect_out "\"Sorry if I hurt you.\" If, Bea."
    expect_out "I paid half the rates."
    letter_play 1 1 1 2 1 2 3 1 3 1 1 1 1 1 1 1
    expect_status 0
    expect_out "Got your letter. I said when you knew what it was. That wasn't it. O."
    expect_out "The line about cruelty is underlined, by me, twice."
    expect_no_out "(reconciled)"
    # Owned at the top of the real letter, the first letter is answered as such.
    letter_play 4 1 1 2 1 1 3 1 3 1 1 1 1 1 1 1
    expect_status 0
    expect_out "The letter you got on Tuesday: I wrote it at one in the morning"
    expect_out "You said sorry for the first letter, and for the cruelty line by name."
}

# The Fairlie register on the first night: cleaned, Mrs Moir notices what is
# missing when she collects it a month later; mended with every mark left, she
# doesn't have to.
test_the_letter_the_register_remembers_its_marks() {
    # shellcheck disable=SC2086
    letter_play 1 3 2 $GOOD_LETTER 1 4 2
    expect_status 0
    expect_out "The crayon comes off 1926 with a soft eraser and patience"
    expect_out "She runs her thumb over 1926, where the red crayon was, and says, \"That was our Jean,\""
    # shellcheck disable=SC2086
    letter_play 1 3 1 $GOOD_LETTER 1 4 2
    expect_status 0
    expect_out "cries a little over the spine, in a good way"
    expect_no_out "That was our Jean"
}

# The winter afterwards counts what was done, no more: one doorstep is one
# place, not "always another"; going to her sister's door after her no is
# remembered as the step, not as a letter; and every ending's text is short
# enough that its screen is whole, the rest read before it.
test_the_letter_the_winter_counts_what_was_done() {
    # shellcheck disable=SC2086
    letter_play 1 3 1 $GOOD_LETTER 1 2 3 1 1 1
    expect_status 0
    expect_out "and it is always the same place: Shiv's step at eleven at night."
    expect_no_out "there was always another"
    expect_out "Ending: Return to Sender (apart)"
    # shellcheck disable=SC2086
    letter_play 1 3 1 $GOOD_LETTER 1 3 3 1 1 2
    expect_status 0
    expect_out "You know from her face that Oonagh is not asleep."
    expect_out "The last thing she had from you was her sister's step."
    expect_no_out "You said it all."
    expect_out "Ending: The Last Word (apart)"
}

# The letter that names the guillotine is not told that it leaves it out;
# Bankhead, once left, is left: the van waits somewhere else.
test_the_letter_says_what_the_letter_says() {
    # shellcheck disable=SC2086
    letter_play 1 3 1 $GOOD_LETTER 1 3 2 1 1 1
    expect_status 0
    expect_out "The guillotine is in the letter, in the sorry. Moving it isn't."
    expect_no_out "The guillotine isn't in the letter."
    expect_out "on the Dock Road, and sit in the van in a side street"
    expect_no_out "box outside the tyre depot"
}
