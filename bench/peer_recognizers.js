// stage: numbers
// peer_recognizers.js — times Microsoft Recognizers-Text (npm @microsoft/recognizers-text-suite), its English
// NumberRecognizer (recognizeNumber), on a text file, line by line as a news pipeline would feed it, on one core.
// usage: NODE_PATH=DIR/node_modules node bench/peer_recognizers.js FILE   (FILE is argv[2]); prints "MBPS <float>"
// and, on a second line, how many numbers it found. The recognizer is built once, outside the timing.
"use strict";
const fs = require("fs");
const Recognizers = require("@microsoft/recognizers-text-suite");

const file = process.argv[2];
if (!file) {
    console.error("usage: node peer_recognizers.js FILE");
    process.exit(2);
}
const text = fs.readFileSync(file, "utf8");
const bytes = Buffer.byteLength(text, "utf8");
const lines = text.split("\n");
const culture = Recognizers.Culture.English;
Recognizers.recognizeNumber("warm up with 12 words and 3.5 million", culture); // builds the model's regexes
let found = 0;
const t0 = process.hrtime.bigint();
for (const line of lines) {
    if (line.length > 0)
        found += Recognizers.recognizeNumber(line, culture).length;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`MBPS ${(bytes / 1e6 / seconds).toFixed(3)}`);
console.log(`found ${found} numbers in ${(bytes / 1e6).toFixed(2)} MB, ${seconds.toFixed(2)} s`);
