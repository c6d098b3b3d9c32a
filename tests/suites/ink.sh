# A short ink story of our own (tests/ink/last-train.ink) and its port to
# rekindle (last-train.lua): weave with gathers, glue, inline conditions and
# alternatives, a labelled choice counted, a tunnel, and a tunnel taken only
# when a condition holds. The port must stay within 1.3 times ink's lines
# and play the same text.

INK="$ROOT/tests/ink/last-train.ink"
PORT="$ROOT/tests/ink/last-train.lua"

# lines FILE: the lines that are neither blank nor comments.
lines() { grep -v '^[[:space:]]*$' "$1" | grep -cv '^[[:space:]]*\(//\|--\)'; }

test_the_port_is_no_longer_than_the_ink() {
    local ink port
    ink=$(lines "$INK")
    port=$(lines "$PORT")
    [ "$ink" -gt 30 ] || fail "the ink story has only $ink lines"
    [ $((port * 10)) -le $((ink * 13)) ] || fail "the port has $port lines for ink's $ink (over 1.3 times)"
}

test_the_port_is_sound() {
    rk check --strict "$PORT"
    expect_status 0
    rk quicktest "$PORT"
    expect_status 0
    expect_out ": complete:"
    expect_out "Never reached
  nothing"
}

# The way with every feature: wave (glue into the gather), ask (a labelled
# choice, counted), the photo (a tunnel), then the train with the
# conditional tunnel, and the cycle.
test_the_port_plays_as_the_ink_reads() {
    rk_in '1\n1\n2\n1\n' --plain --width 300 --seed 2 "$PORT"
    expect_status 0
    expect_out "Mara is at the far end of platform four, not looking your way."
    expect_out "You lift a hand. She lifts one back, and the wind comes down the line."
    expect_out "\"Better,\" she says. \"Thanks for asking.\""
    expect_out "She laughs, properly."
    expect_out "\"You asked about Mum,\" she says. \"Nobody asks.\""
    expect_out "The train comes in slowly."
    expect_out "Ending: Together, for Now"
    rk_in '2\n2\n2\n' --plain --width 300 --seed 2 "$PORT"
    expect_status 0
    expect_out "You read the board as if it might change its mind, and the wind comes down the line."
    expect_out "You say nothing."
    expect_no_out "Nobody asks."
    expect_out "Ending: Apart"
    rk_in '2\n1\n1\n1\n' --plain --width 300 --seed 2 "$PORT"
    expect_out "\"Better,\" she says. \"She asked after you.\""
    expect_out "You say nothing more."
}
