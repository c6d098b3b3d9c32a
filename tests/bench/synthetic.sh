#!/usr/bin/env bash
# Writes a synthetic story of N scenes (default 100) to stdout: each scene has
# a paragraph and three choices, one with a condition and one with an effect;
# every tenth scene's third choice leads to one of five endings.
set -eu
n=${1:-100}
cat <<LUA
story { id = "synthetic", title = "Synthetic", start = "s0",
  meters = { patience = 50, respect = 50 }, vars = { steps = 0 } }
LUA
for ((i = 0; i < n; i++)); do
    a=$(((i * 7 + 1) % n)); b=$(((i * 13 + 5) % n)); c=$(((i * 31 + 11) % n))
    if ((i % 10 == 9)); then third="go = \"e$((i % 5))\""; else third="go = \"s$c\""; fi
    cat <<LUA
scene "s$i" {
  "Scene $i. Patience is {patience}.",
  choice "Left" { go = "s$a", patience = 1 },
  choice "Right" { go = "s$b", when = function(s) return s.respect > 10 end },
  choice "On" { $third, effect = function(s) s.steps = s.steps + 1 end },
}
LUA
done
for ((e = 0; e < 5; e++)); do
    echo "ending \"e$e\" { title = \"End $e\", kind = \"growth\", \"The end.\" }"
done
