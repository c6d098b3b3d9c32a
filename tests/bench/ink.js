// tests/bench/ink.js: the synthetic story (generate.lua's story.json) played
// by inkjs, as floor.lua plays it:
//   node ink.js first FILE              loads it, prints the first line
//   node ink.js walk FILE RUNS          random playthroughs, choices/s
//   node ink.js checksum FILE RUNS SEED rekindle's randomtest walk for
//                                       --seed SEED, and its checksum
// NODE_PATH names the folder inkjs was installed into.
"use strict";
const fs = require("fs");
const { Story } = require("inkjs");

const [mode, file, runsArg, seedArg] = process.argv.slice(2);
const runs = Number(runsArg || 1000);
const story = new Story(fs.readFileSync(file, "utf8"));

if (mode === "first") {
  process.stdout.write(story.Continue());
  process.exit(0);
}

// rekindle's chooser (engine/core/rng.c): xoshiro256** seeded through
// splitmix64, a draw in [0, n-1] rejecting the biased tail. "walk" draws
// with Math.random, as floor.lua's walk draws with math.random.
const M = (1n << 64n) - 1n;
const rotl = (x, k) => ((x << BigInt(k)) | (x >> BigInt(64 - k))) & M;
function seeded(x) {
  const s = [];
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b97f4a7c15n) & M;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
    s.push(z ^ (z >> 31n));
  }
  return s;
}
function next64(s) {
  const result = (rotl((s[1] * 5n) & M, 7) * 9n) & M;
  const t = (s[1] << 17n) & M;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return result;
}
function range(s, n) {
  const bn = BigInt(n);
  const limit = M - (M % bn);
  let x;
  do x = next64(s);
  while (x >= limit);
  return Number(x % bn);
}

const checksum = mode === "checksum";
const seed = BigInt(seedArg || 1);
let choices = 0, chars = 0, total = 0;
const t0 = process.hrtime.bigint();
for (let run = 0; run < runs; run++) {
  story.ResetState();
  const rng = checksum ? seeded((seed + BigInt(run)) ^ 0x9e3779b97f4a7c15n) : null;
  let h = 0;
  for (;;) {
    while (story.canContinue) {
      const len = story.Continue().replace(/\n$/, "").length;
      if (!checksum || len === 0) continue;
      chars += len;
      h = (Math.imul(h, 31) + len) >>> 0;
    }
    const n = story.currentChoices.length;
    if (n === 0) break;
    const k = checksum ? range(rng, n) : Math.floor(Math.random() * n);
    h = (Math.imul(h, 31) + k + 1) >>> 0;
    story.ChooseChoiceIndex(k);
    choices++;
  }
  total = (total + h) >>> 0;
}
const dt = Number(process.hrtime.bigint() - t0) / 1e9;
if (checksum) console.log(`checksum: ${runs} runs, ${choices} choices, ${chars} characters, hash ${total}`);
else console.log(`inkjs: ${runs} runs, ${choices} choices, ${dt.toFixed(3)} s, ${(choices / dt).toFixed(0)} choices/s`);
