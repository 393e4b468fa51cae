#!/usr/bin/env node
// Start-up benchmark: whole-process wall time of `kindness "have a great day"` against bare
// `node -e 0`, measured alternately in the same run so machine noise hits both alike.
// Prints medians and their ratio (target: at most 1.5).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 31);
const bin = fileURLToPath(new URL('../bin/kindness.js', import.meta.url));

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
