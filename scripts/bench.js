#!/usr/bin/env node
// Benchmarks, each against a reference measured in the same run (these machines are noisy):
// 1. start-up: whole-process wall time of `kindness "have a great day"` vs bare `node -e 0`,
//    alternated, medians and their ratio (target: at most 1.5x);
// 2. throughput: comments per second through lintText with the recommended rules, in-process on
//    one thread, over the eval texts (../shared/eval, or EVAL_DIR; the fixture sets when absent),
//    beside obscenity's matcher on the same texts (target: at least 50,000 per second).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
timeOnce([bin, 'warm the disk cache']);
for (let i = 0; i < RUNS; i++) {
  bare.push(timeOnce(['-e', '0']));
  kindness.push(timeOnce([bin, 'have a great day']));
}
const bareMedian = median(bare);
const kindnessMedian = median(kindness);
console.log(`start-up over ${RUNS} runs each (median wall time)`);
console.log(`  node -e 0                     ${bareMedian.toFixed(1)} ms`);
console.log(`  kindness "have a great day"   ${kindnessMedian.toFixed(1)} ms`);
console.log(`start-up ratio: ${(kindnessMedian / bareMedian).toFixed(2)}x node -e 0 (target <= 1.5x)`);

function loadTexts() {
  const evalDir = process.env.EVAL_DIR ?? fileURLToPath(new URL('../../shared/eval', import.meta.url));
  if (existsSync(evalDir)) {
    const files = readdirSync(evalDir).filter((file) => file.endsWith('.jsonl'));
    const texts = files.flatMap((file) =>
      readFileSync(path.join(evalDir, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text),
    );
    return { texts, source: `${files.length} eval files in ${evalDir}` };
  }
  const setsDir = fileURLToPath(new URL('../fixtures/sets', import.meta.url));
  const lines = readdirSync(setsDir).flatMap((file) => readFileSync(path.join(setsDir, file), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')));
  return { texts: Array.from({ length: 100 }, () => lines).flat(), source: 'fixtures/sets x100 (no eval data found)' };
}

function perSecond(texts, check) {
  const rates = [];
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    const started = performance.now();
    for (const text of texts) check(text);
    rates.push(texts.length / ((performance.now() - started) / 1000));
  }
  return median(rates);
}

const { lintText } = await import('../dist/src/index.js');
const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const { texts, source } = loadTexts();
lintText('warm up the rules');
const ours = perSecond(texts, (text) => lintText(text));
const theirs = perSecond(texts, (text) => matcher.hasMatch(text));
const fmtRate = (rate) => Math.round(rate).toLocaleString('en-US').padStart(9);
console.log('');
console.log(`throughput over ${texts.length} texts from ${source} (median of ${THROUGHPUT_ROUNDS} rounds, one thread)`);
console.log(`  kindness lintText, recommended rules  ${fmtRate(ours)} comments/s`);
console.log(`  obscenity hasMatch (profanity only)   ${fmtRate(theirs)} comments/s`);
console.log(`throughput: ${fmtRate(ours).trim()} comments/s, ${(ours / theirs).toFixed(2)}x obscenity (target >= 50,000/s)`);
