// Lint every .txt file of a folder with harper.js (default rules, plain text) and print
// one JSON line: words, seconds spent linting (after set-up) and CPU seconds, lints found.
// Run: node harper_speed.mjs FOLDER   (after `npm install` in this folder)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LocalLinter } from "harper.js";
import { binaryInlined } from "harper.js/binaryInlined";

const folder = process.argv[2];
const texts = readdirSync(folder)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(join(folder, name), "utf8"));
const linter = new LocalLinter({ binary: binaryInlined });
const setupStart = performance.now();
await linter.setup();
await linter.lint("Warm up the linter.", { language: "plaintext" });
const setup = (performance.now() - setupStart) / 1000;
let lints = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
for (const text of texts) {
  lints += (await linter.lint(text, { language: "plaintext" })).length;
}
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpuStart);
const cpu = (used.user + used.system) / 1e6;
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
console.log(JSON.stringify({ words, seconds, cpu, setup, lints }));
