#!/usr/bin/env node
// Benchmarks, each against a reference measured in the same run (these machines are noisy):
// 1. start-up: whole-process wall time of `kindness "have a great day"` and `kindness --version`
//    vs bare `node -e 0`, alternated, medians and their ratios (target: at most 1.5x);
// 2. throughput: comments per second through lintText with the recommended rules, in-process on
//    one thread, over the eval texts (../shared/eval, or EVAL_DIR; the fixture sets when absent),
//    beside obscenity's matcher on the same texts (target: at least 50,000 per second); the model's
//    cost against the rules alone (target: at least 0.8x), and the language packs' cost on the
//    English texts against `languages: [en]` (target: at least 0.95x);
// 3. batch scans of generated exports, 4. a scan of 1,000,000 real comments, and 5. peak memory of
//    `check` on large drafts (see below).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setLines } from '../dist/scripts/set-lines.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 31);
const THROUGHPUT_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const bin = process.env.BENCH_BIN ?? fileURLToPath(new URL('../bin/kindness.cjs', import.meta.url));

function timeOnce(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && args[0] !== '-e') throw new Error(`kindness exited ${result.status}`);
  return elapsed;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const bare = [];
const kindness = [];
const version = [];
// The first run also fills V8's code cache (bin/compile-cache.cjs), as a user's first run does.
timeOnce([bin, 'warm the disk cache']);
for (let i = 0; i < RUNS; i++) {
  bare.push(timeOnce(['-e', '0']));
  kindness.push(timeOnce([bin, 'have a great day']));
  version.push(timeOnce([bin, '--version']));
}
const bareMedian = median(bare);
const kindnessMedian = median(kindness);
const versionMedian = median(version);
console.log(`start-up over ${RUNS} runs each (median wall time)`);
console.log(`  node -e 0                     ${bareMedian.toFixed(1)} ms`);
console.log(`  kindness "have a great day"   ${kindnessMedian.toFixed(1)} ms`);
console.log(`  kindness --version            ${versionMedian.toFixed(1)} ms`);
console.log(
  `start-up ratio: ${(kindnessMedian / bareMedian).toFixed(2)}x node -e 0, --version ${(versionMedian / bareMedian).toFixed(2)}x (target <= 1.5x)`,
);

function loadTexts() {
  const evalDir = process.env.EVAL_DIR ?? fileURLToPath(new URL('../../shared/eval', import.meta.url));
  if (existsSync(evalDir)) {
    const files = readdirSync(evalDir).filter((file) => file.endsWith('.jsonl'));
    const textsOf = (file) => readFileSync(path.join(evalDir, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
    const texts = files.flatMap(textsOf);
    // The sghatecheck files are Malay and Singlish; the rest are English.
    const english = files.filter((file) => !file.startsWith('sghatecheck')).flatMap(textsOf);
    return { texts, english, source: `${files.length} eval files in ${evalDir}` };
  }
  const setsDir = fileURLToPath(new URL('../fixtures/sets', import.meta.url));
  const files = readdirSync(setsDir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.txt'));
  const lines = files.flatMap((entry) => setLines(readFileSync(path.join(setsDir, entry.name), 'utf8')));
  const texts = Array.from({ length: 100 }, () => lines).flat();
  return { texts, english: texts, source: 'fixtures/sets x100 (no eval data found)' };
}

/**
 * Comments per second of each run's check over its texts, median of THROUGHPUT_ROUNDS rounds. The
 * runs take turns every BLOCK texts, so a shared machine whose speed drifts during the benchmark
 * slows them all alike, and their ratios hold even when the rates themselves swing (run one after
 * another, the same build once gave the packs a cost of 1.26x, faster with them than without).
 */
function ratesTakingTurns(runs) {
  const BLOCK = 1000;
  const rates = runs.map(() => []);
  const longest = Math.max(...runs.map((run) => run.texts.length));
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    const spent = runs.map(() => 0);
    for (let from = 0; from < longest; from += BLOCK) {
      runs.forEach((run, index) => {
        const block = run.texts.slice(from, from + BLOCK);
        const started = performance.now();
        for (const text of block) run.check(text);
        spent[index] += performance.now() - started;
      });
    }
    runs.forEach((run, index) => rates[index].push(run.texts.length / (spent[index] / 1000)));
  }
  return rates.map(median);
}

const { lintText } = await import('../dist/src/index.js');
const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const { texts, english: englishTexts, source } = loadTexts();
lintText('warm up the rules and the model');
const RULES_ONLY = { model: false };
// The language packs' cost on English: the same texts with only English running (issue 12's
// target: within 5%), over the English files only.
const ENGLISH_ONLY = { languages: ['en'] };
const [ours, rulesOnly, theirs, withPacks, withoutPacks] = ratesTakingTurns([
  { texts, check: (text) => lintText(text) },
  { texts, check: (text) => lintText(text, { config: RULES_ONLY }) },
  { texts, check: (text) => matcher.hasMatch(text) },
  { texts: englishTexts, check: (text) => lintText(text) },
  { texts: englishTexts, check: (text) => lintText(text, { config: ENGLISH_ONLY }) },
]);
const fmtRate = (rate) => Math.round(rate).toLocaleString('en-US').padStart(9);
console.log('');
console.log(`throughput over ${texts.length} texts from ${source} (median of ${THROUGHPUT_ROUNDS} rounds, one thread, the runs taking turns every 1,000 texts)`);
console.log(`  kindness lintText, recommended rules  ${fmtRate(ours)} comments/s`);
console.log(`  kindness lintText, rules alone        ${fmtRate(rulesOnly)} comments/s (model: false)`);
console.log(`  obscenity hasMatch (profanity only)   ${fmtRate(theirs)} comments/s`);
console.log(`throughput: ${fmtRate(ours).trim()} comments/s, ${(ours / theirs).toFixed(2)}x obscenity (target >= 50,000/s)`);
console.log(`model cost: ${(ours / rulesOnly).toFixed(2)}x the rules-alone throughput (target >= 0.80)`);
console.log(`language packs on ${englishTexts.length} English texts: ${fmtRate(withPacks).trim()} comments/s with them, ${fmtRate(withoutPacks).trim()} with languages: [en]: ${(withPacks / withoutPacks).toFixed(2)}x (target >= 0.95)`);

const SCAN_ITEMS = Number(process.env.BENCH_SCAN_ITEMS ?? 1_000_000);
const SCAN_RUNS = Number(process.env.BENCH_SCAN_RUNS ?? 3);
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const { mkdtempSync, rmSync } = await import('node:fs');
const { tmpdir } = await import('node:os');

/** Wall time and peak RSS (worker threads included) of one `node` run, under CI=true. */
function measure(args, rssFile) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', here('./max-rss.cjs'), ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CI: 'true', BENCH_RSS_FILE: rssFile },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status === 2 || result.status === null) throw new Error(`${args.join(' ')} failed (${result.status})`);
  return { seconds, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

/** Medians of SCAN_RUNS runs of each command, the commands taking turns so noise hits all alike. */
function mediansOf(commands, rssFile) {
  const runs = commands.map(() => []);
  for (let run = 0; run < SCAN_RUNS; run++) commands.forEach((args, index) => runs[index].push(measure(args, rssFile)));
  return runs.map((list) => ({ seconds: median(list.map((one) => one.seconds)), rssMb: median(list.map((one) => one.rssMb)) }));
}

const row = (name, { seconds, rssMb }) => `  ${name.padEnd(50)} ${seconds.toFixed(1).padStart(6)} s ${rssMb.toFixed(0).padStart(6)} MB`;
const scanArgs = (folder, file) => [bin, 'scan', path.join(folder, file), '--format', 'jsonl', '--output', path.join(folder, 'report.jsonl'), '--quiet'];

// 3. batch scans: `kindness scan` end to end over generated exports of BENCH_SCAN_ITEMS comments
//    (default 1,000,000) as JSON Lines and as a TikTok JSON export, with wall time and peak RSS,
//    beside obscenity over the same JSON Lines texts in one process. Targets: JSONL in at most
//    20 s and 300 MB; the TikTok export within 1.5x of the JSONL time.
if (SCAN_ITEMS > 0) {
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-bench-'));
  try {
    const generated = spawnSync(process.execPath, [here('./generate-exports.js'), folder, String(SCAN_ITEMS)], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (generated.status !== 0) throw new Error(`generate-exports.js failed (${generated.status})`);
    const rssFile = path.join(folder, 'rss');
    const [jsonl, tiktok, reference] = mediansOf(
      [scanArgs(folder, 'comments.jsonl'), scanArgs(folder, 'user_data_tiktok.json'), [here('./obscenity-scan.js'), path.join(folder, 'comments.jsonl')]],
      rssFile,
    );
    console.log('');
    console.log(`scan of ${SCAN_ITEMS.toLocaleString('en-US')} generated comments, end to end (median of ${SCAN_RUNS} runs, wall time and peak RSS)`);
    console.log(row('kindness scan comments.jsonl', jsonl));
    console.log(row('kindness scan user_data_tiktok.json', tiktok));
    console.log(row('obscenity over the same JSONL texts (one process)', reference));
    console.log(
      `scan: JSONL ${jsonl.seconds.toFixed(1)} s (target <= 20 s), ${jsonl.rssMb.toFixed(0)} MB (target <= 300 MB), ` +
        `${(jsonl.seconds / reference.seconds).toFixed(2)}x obscenity's time; TikTok ${(tiktok.seconds / jsonl.seconds).toFixed(2)}x JSONL (target <= 1.5x)`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// 4. real comments: BENCH_REAL_ITEMS (default 1,000,000) comments as JSON Lines, built now from the
//    texts of the eval sets (tweets, forum, news and Q&A comments; see generate-real-comments.js),
//    shuffled with a fixed seed and repeated, written to a temporary folder and deleted after.
//    `kindness scan` end to end beside obscenity over the same file. Targets: at most 15 s and
//    256 MB peak on 2 cores. Skipped when the eval sets are absent: they are never committed.
const REAL_ITEMS = Number(process.env.BENCH_REAL_ITEMS ?? 1_000_000);
const evalDir = process.env.EVAL_DIR ?? fileURLToPath(new URL('../../shared/eval', import.meta.url));
console.log('');
if (REAL_ITEMS <= 0) {
  console.log('real comments: skipped (BENCH_REAL_ITEMS=0)');
} else if (!existsSync(evalDir)) {
  console.log(`real comments: skipped, no eval sets at ${evalDir} (set EVAL_DIR to point at them)`);
} else {
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-bench-real-'));
  try {
    const { writeCommentExport } = await import('./generate-real-comments.js');
    const file = path.join(folder, 'real-comments.jsonl');
    const { distinct } = await writeCommentExport(file, REAL_ITEMS, evalDir);
    const rssFile = path.join(folder, 'rss');
    const [ours, reference] = mediansOf([scanArgs(folder, 'real-comments.jsonl'), [here('./obscenity-scan.js'), file]], rssFile);
    console.log(`scan of ${REAL_ITEMS.toLocaleString('en-US')} real comments (${distinct.toLocaleString('en-US')} distinct texts from ${evalDir}), end to end (median of ${SCAN_RUNS} runs, wall time and peak RSS)`);
    console.log(row('kindness scan real-comments.jsonl', ours));
    console.log(row('obscenity over the same texts (one process)', reference));
    console.log(
      `real comments: ${ours.seconds.toFixed(1)} s (target <= 15 s), ${ours.rssMb.toFixed(0)} MB (target <= 256 MB), ` +
        `${(ours.seconds / reference.seconds).toFixed(2)}x obscenity's time`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// 5. check on large drafts: peak RSS of `kindness check` on a 2,000,000-line file in each format and
//    on one 50 MB line (scripts/bench-check-memory.js; BENCH_CHECK_LINES=0 skips it).
console.log('');
if (Number(process.env.BENCH_CHECK_LINES ?? 1) > 0) {
  const { benchCheckMemory } = await import('./bench-check-memory.js');
  await benchCheckMemory({ bin });
} else {
  console.log('check memory: skipped (BENCH_CHECK_LINES=0)');
}
