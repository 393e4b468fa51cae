#!/usr/bin/env node
// The HTML report at scale: `kindness scan` of BENCH_HTML_ITEMS generated comments (default
// 1,000,000, JSON Lines) with --format html beside the default summary and jsonl, alternated,
// wall time and peak RSS as medians of BENCH_HTML_RUNS runs (default 3); then the report's size,
// and how long headless Chromium takes to open it from file:// until the page is interactive
// (its script has drawn the charts and set data-ready), median of 3 loads.
// Targets: report < 5 MB; the scan's own targets still hold with --format html (<= 20 s and
// <= 300 MB for 1M comments, as in scripts/bench.js); interactive within 2 s.
//
//   npm run bench:html          (BENCH_HTML_KEEP=<folder> keeps the report and a screenshot there;
//                                BENCH_HTML_INPUT=tiktok scans the TikTok export instead)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ITEMS = Number(process.env.BENCH_HTML_ITEMS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_HTML_RUNS ?? 3);
const KEEP = process.env.BENCH_HTML_KEEP;
// comments.jsonl (youtube-comment-downloader: authors, no links) or user_data_tiktok.json
// (TikTok: a link to a different post on every comment, so the per-post counts are pruned).
const INPUT = process.env.BENCH_HTML_INPUT === 'tiktok' ? 'user_data_tiktok.json' : 'comments.jsonl';
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const bin = here('../bin/kindness.cjs');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const folder = mkdtempSync(path.join(tmpdir(), 'kindness-bench-html-'));
try {
  spawnSync(process.execPath, [here('./generate-exports.js'), folder, String(ITEMS)], { stdio: 'ignore' });
  const input = path.join(folder, INPUT);
  const rssFile = path.join(folder, 'rss');
  const measure = (format) => {
    const output = path.join(folder, `report.${format}`);
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--require', here('./max-rss.cjs'), bin, 'scan', input, '--format', format, '--output', output, '--quiet'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CI: 'true', BENCH_RSS_FILE: rssFile },
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status === 2 || result.status === null) throw new Error(`scan --format ${format} failed (${result.status})`);
    return { seconds, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024, bytes: statSync(output).size };
  };
  const formats = ['summary', 'jsonl', 'html'];
  const runs = Object.fromEntries(formats.map((format) => [format, []]));
  for (let run = 0; run < RUNS; run++) for (const format of formats) runs[format].push(measure(format));
  const stats = Object.fromEntries(formats.map((format) => [format, { seconds: median(runs[format].map((r) => r.seconds)), rssMb: median(runs[format].map((r) => r.rssMb)), bytes: runs[format][0].bytes }]));

  console.log(`scan of ${ITEMS.toLocaleString('en-US')} generated comments (${INPUT}), median of ${RUNS} runs, formats alternated`);
  for (const format of formats) {
    const { seconds, rssMb, bytes } = stats[format];
    console.log(`  --format ${format.padEnd(8)} ${seconds.toFixed(1).padStart(6)} s ${rssMb.toFixed(0).padStart(6)} MB   output ${(bytes / 1e6).toFixed(2).padStart(7)} MB`);
  }
  const html = path.join(folder, 'report.html');
  if (KEEP) {
    mkdirSync(KEEP, { recursive: true });
    copyFileSync(html, path.join(KEEP, `report-${ITEMS}.html`));
  }

  let readyText = 'not measured (no Chromium)';
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
  if (chromium !== undefined) {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(path.join(folder, 'chromium-'))}`],
    });
    try {
      const times = [];
      for (let load = 0; load < 3; load++) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        await page.setRequestInterception(true);
        page.on('request', (request) => (request.url().startsWith('file://') ? request.continue() : request.abort()));
        const started = process.hrtime.bigint();
        await page.goto(`file://${html}`);
        await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (KEEP && load === 0) await page.screenshot({ path: path.join(KEEP, `report-${ITEMS}.png`) });
        await page.close();
      }
      readyText = `${median(times).toFixed(0)} ms (target <= 2000 ms; loads: ${times.map((time) => time.toFixed(0)).join(', ')})`;
    } finally {
      await browser.close();
    }
  }

  const { html: h, summary } = stats;
  console.log(`html report: ${(h.bytes / 1e6).toFixed(2)} MB (target < 5 MB); scan ${h.seconds.toFixed(1)} s (target <= 20 s), ${h.rssMb.toFixed(0)} MB (target <= 300 MB), ` +
    `${(h.seconds / summary.seconds).toFixed(2)}x the summary's time, ${(h.rssMb / summary.rssMb).toFixed(2)}x its memory; interactive in ${readyText}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
