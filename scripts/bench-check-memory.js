#!/usr/bin/env node
// Peak memory of `kindness check` on large drafts (scripts/generate-large-draft.js): a file of
// BENCH_CHECK_LINES lines (default 2,000,000, about 100,000 findings) in each format, with the
// model (the default) and without, and one line of BENCH_CHECK_LINE_MB megabytes (default 50).
// Medians of BENCH_CHECK_RUNS runs (default 3) of wall time and peak RSS, report to /dev/null.
// Targets: the 2M-line file under 300 MB with stylish and json, model on; the long line bounded.
//
//   node scripts/bench-check-memory.js        (or as section 5 of npm run bench)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDraft } from './generate-large-draft.js';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(bin, args, rssFile) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', here('./max-rss.cjs'), bin, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CI: 'true', BENCH_RSS_FILE: rssFile },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status === 2 || result.status === null) throw new Error(`check ${args.join(' ')} failed (${result.status ?? result.signal})`);
  return { seconds, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

export async function benchCheckMemory({
  bin = process.env.BENCH_BIN ?? here('../bin/kindness.cjs'),
  lines = Number(process.env.BENCH_CHECK_LINES ?? 2_000_000),
  lineMb = Number(process.env.BENCH_CHECK_LINE_MB ?? 50),
  runs = Number(process.env.BENCH_CHECK_RUNS ?? 3),
} = {}) {
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-bench-check-'));
  try {
    const many = path.join(folder, 'many-lines.txt');
    const long = path.join(folder, 'long-line.txt');
    await generateDraft('lines', many, lines);
    await generateDraft('long-line', long, lineMb * 1024 * 1024);
    const cases = [
      ...['stylish', 'json', 'sarif', 'github'].map((format) => ({ name: `${lines.toLocaleString('en-US')} lines, -f ${format}`, args: [many, '-f', format] })),
      ...['stylish', 'json'].map((format) => ({ name: `${lines.toLocaleString('en-US')} lines, -f ${format} --no-model`, args: [many, '-f', format, '--no-model'] })),
      { name: `one ${lineMb} MB line, -f stylish`, args: [long] },
      { name: `one ${lineMb} MB line, -f stylish --no-model`, args: [long, '--no-model'] },
    ];
    const rssFile = path.join(folder, 'rss');
    const results = cases.map(() => []);
    // The cases take turns, so noise on the machine hits all alike.
    for (let run = 0; run < runs; run++) cases.forEach(({ args }, index) => results[index].push(measure(bin, ['check', ...args], rssFile)));
    console.log(`check on large drafts, end to end (median of ${runs} runs, wall time and peak RSS)`);
    const medians = results.map((list) => ({ seconds: median(list.map((one) => one.seconds)), rssMb: median(list.map((one) => one.rssMb)) }));
    cases.forEach(({ name }, index) => {
      const { seconds, rssMb } = medians[index];
      console.log(`  ${name.padEnd(50)} ${seconds.toFixed(1).padStart(6)} s ${rssMb.toFixed(0).padStart(6)} MB`);
    });
    const [stylish, json] = medians;
    console.log(`check memory: ${lines.toLocaleString('en-US')} lines ${stylish.rssMb.toFixed(0)} MB stylish, ${json.rssMb.toFixed(0)} MB json (target < 300 MB); ${lineMb} MB line ${medians[6].rssMb.toFixed(0)} MB`);
    return medians;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCheckMemory();
