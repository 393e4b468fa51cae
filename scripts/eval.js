#!/usr/bin/env node
// Detection quality over every labelled file in ../shared/eval (or EVAL_DIR), beside peers run on
// the same rows in the same process: obscenity (profanity matcher) and alex (insensitive-writing
// linter). A row counts as flagged by kindness when the recommended config reports anything on it,
// profanity included: what the user sees is what we measure.
//
//   npm run eval               all files, all peers (alex is slow: a few minutes)
//   npm run eval -- --quick    skip alex, for tuning
//   npm run eval -- --rules    also run kindness with the rules alone (model: false), for A/B
//   npm run eval -- --misses davidson   print kindness's false positives and negatives for a file
//
// The mean macro-F1 is over the two-class files except the sghatecheck files (Malay/Singlish, their
// own issue); they are still listed.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../dist/src/index.js';
import { accuracyByFunctionality, formatFunctionalityTable } from './eval-functionality.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const EVAL_DIR = process.env.EVAL_DIR ?? path.resolve(here, '../../shared/eval');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const missesFor = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;

if (!existsSync(EVAL_DIR)) {
  console.error(`eval: no labelled data at ${EVAL_DIR} (set EVAL_DIR)`);
  process.exit(2);
}

const kindness = (text) => lintText(text).messages.length > 0;
const RULES_ONLY = { model: false };
const rulesOnly = (text) => lintText(text, { config: RULES_ONLY }).messages.length > 0;
const withRules = args.includes('--rules');

async function createPeers() {
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const peers = { obscenity: (text) => matcher.hasMatch(text) };
  if (!quick) {
    const alex = await import('alex');
    peers.alex = (text) => alex.text(text).messages.length > 0;
  }
  return peers;
}

function score(counts) {
  const { tp, fp, fn, tn } = counts;
  const ratio = (a, b) => (b === 0 ? 0 : a / b);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  // The not-toxic class, for macro-F1.
  const negPrecision = ratio(tn, tn + fn);
  const negRecall = ratio(tn, tn + fp);
  const negF1 = ratio(2 * negPrecision * negRecall, negPrecision + negRecall);
  return { precision, recall, f1, fpr: ratio(fp, fp + tn), macroF1: (f1 + negF1) / 2 };
}

const fmt = (value) => value.toFixed(2);
const files = readdirSync(EVAL_DIR).filter((file) => file.endsWith('.jsonl')).sort();
const peers = await createPeers();
const systems = { kindness, ...(withRules ? { 'rules only': rulesOnly } : {}), ...peers };
const summary = [];
/** Accuracy per functional test, for files that name one per row (SGHateCheck); printed after the table. */
const functionalityTables = [];

console.log(`eval over ${files.length} files in ${EVAL_DIR}${quick ? ' (quick: alex skipped)' : ''}`);
console.log('file                         rows   system      precision recall  F1    FPR   macro-F1');
for (const file of files) {
  const rows = readFileSync(path.join(EVAL_DIR, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const name = file.replace(/\.jsonl$/, '');
  const results = {};
  const flaggedBy = {};
  for (const [system, flags] of Object.entries(systems)) {
    const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const started = performance.now();
    flaggedBy[system] = [];
    for (const row of rows) {
      const flagged = flags(row.text);
      flaggedBy[system].push(flagged);
      if (flagged && row.toxic) counts.tp++;
      else if (flagged) counts.fp++;
      else if (row.toxic) counts.fn++;
      else counts.tn++;
      if (system === 'kindness' && missesFor === name && flagged !== row.toxic) {
        console.log(`${flagged ? 'FP' : 'FN'}\t${row.text.replace(/\s+/g, ' ').slice(0, 200)}`);
      }
    }
    results[system] = { ...score(counts), ms: performance.now() - started };
  }
  const bothClasses = rows.some((row) => row.toxic) && rows.some((row) => !row.toxic);
  for (const [system, result] of Object.entries(results)) {
    console.log(
      `${name.padEnd(28)} ${String(rows.length).padStart(6)}   ${system.padEnd(11)} ${fmt(result.precision).padStart(9)} ${fmt(result.recall).padStart(6)}  ${fmt(result.f1)}  ${fmt(result.fpr)}  ${bothClasses ? fmt(result.macroF1) : '  - '}`,
    );
  }
  summary.push({ name, bothClasses, results });
  const functionalities = Object.fromEntries(Object.entries(flaggedBy).map(([system, flagged]) => [system, accuracyByFunctionality(rows, flagged)]));
  if (functionalities.kindness !== undefined) functionalityTables.push(formatFunctionalityTable(name, functionalities).join('\n'));
}

for (const table of functionalityTables) console.log(`\n${table}`);

// Targets (issue 12): the SGHateCheck files, Malay and Singlish.
const SGHATECHECK_TARGETS = { 'sghatecheck-malay-dev': 0.65, 'sghatecheck-singlish-dev': 0.72 };
for (const [name, target] of Object.entries(SGHATECHECK_TARGETS)) {
  const file = summary.find((entry) => entry.name === name);
  if (file === undefined) continue;
  const { macroF1, fpr } = file.results.kindness;
  console.log(`${name}: macro-F1 ${fmt(macroF1)} (target ${target}), FPR ${fmt(fpr)} (target 0.15)${macroF1 >= target && fpr <= 0.15 ? '' : ' — not met'}`);
}

// Targets (issues 3 and 11): mean macro-F1 at least 0.10 above the better peer's, no file below it, and a
// false-positive rate at most max(obscenity's, 0.10) on every file.
const scored = summary.filter((file) => file.bothClasses && !file.name.startsWith('sghatecheck'));
const betterPeer = (file) => Math.max(...Object.keys(peers).map((peer) => file.results[peer].macroF1));
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const ours = mean(scored.map((file) => file.results.kindness.macroF1));
const theirs = mean(scored.map(betterPeer));
const below = scored.filter((file) => file.results.kindness.macroF1 < betterPeer(file)).map((file) => file.name);
const fprOver = scored
  .filter((file) => file.results.kindness.fpr > Math.max(file.results.obscenity.fpr, 0.1))
  .map((file) => file.name);
const micro = summary.find((file) => file.name === 'microaggressions-train');
console.log('');
console.log(`files below their better peer: ${below.join(', ') || 'none'}`);
console.log(`files over the false-positive limit: ${fprOver.join(', ') || 'none'}`);
console.log(
  `summary: mean macro-F1 ${fmt(ours)} vs better peer ${fmt(theirs)} (${ours - theirs >= 0 ? '+' : ''}${fmt(ours - theirs)}, target +0.10)` +
    `; ${below.length} files below peer; ${fprOver.length} over FPR limit` +
    (withRules ? `; rules only ${fmt(mean(scored.map((file) => file.results['rules only'].macroF1)))}` : '') +
    (micro ? `; microaggressions recall ${fmt(micro.results.kindness.recall)} (target 0.50)` : '') +
    (quick ? '; quick run, alex skipped' : ''),
);
