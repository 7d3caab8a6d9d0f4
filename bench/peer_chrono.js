// stage: dates
// peer_chrono.js — times chrono-node (npm chrono-node), chrono.parse(line, refDate), on a text file, line by line
// as a news pipeline would feed it, on one core, with a fixed reference date standing for the publication day
// (the same 2020-06-15 that bench/bench.c gives tally dates).
// usage: NODE_PATH=DIR/node_modules node bench/peer_chrono.js FILE   (FILE is argv[2]); prints "MBPS <float>"
// and, on a second line, how many date mentions it found. Parsers are warmed up outside the timing.
"use strict";
const fs = require("fs");
const chrono = require("chrono-node");

const file = process.argv[2];
if (!file) {
    console.error("usage: node peer_chrono.js FILE");
    process.exit(2);
}
const text = fs.readFileSync(file, "utf8");
const bytes = Buffer.byteLength(text, "utf8");
const lines = text.split("\n");
const refDate = new Date(Date.UTC(2020, 5, 15, 12));
chrono.parse("warm up: last Friday, Dec. 18, 2024 and two weeks later", refDate);
let found = 0;
const t0 = process.hrtime.bigint();
for (const line of lines) {
    if (line.length > 0)
        found += chrono.parse(line, refDate).length;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`MBPS ${(bytes / 1e6 / seconds).toFixed(3)}`);
console.log(`found ${found} date mentions in ${(bytes / 1e6).toFixed(2)} MB, ${seconds.toFixed(2)} s`);
