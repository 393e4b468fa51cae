#!/usr/bin/env node
// Share of lines flagged per set of our own sentences (fixtures/sets/kinds, tuned on, and
// fixtures/sets/held-out, never tuned on), with the recommended preset and with the rules alone.
// A line counts as flagged when anything is reported on it. Targets (issue 11): benign sets at
// most 1% flagged, attack sets at least 95%.
//
//   npm run build && node scripts/sets.js            the table
//   node scripts/sets.js --misses attack-pile-on     the lines a tuning set gets wrong (never held-out ones)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../dist/src/index.js';
import { setLines } from '../dist/scripts/set-lines.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SETS = path.resolve(here, '../fixtures/sets');
const args = process.argv.slice(2);
const missesFor = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;

const read = (file) => setLines(readFileSync(file, 'utf8'));
const flagged = (config) => (line) => lintText(line, config === undefined ? {} : { config }).messages.length > 0;
const withModel = flagged(undefined);
const rulesAlone = flagged({ model: false });

const pad = (text, width) => String(text).padEnd(width);
console.log(`${pad('folder', 9)} ${pad('set', 28)} ${pad('lines', 6)} ${pad('flagged', 8)} ${pad('rules', 6)} target`);
for (const folder of ['kinds', 'held-out']) {
  for (const file of readdirSync(path.join(SETS, folder)).filter((name) => name.endsWith('.txt')).sort()) {
    const lines = read(path.join(SETS, folder, file));
    const name = file.replace(/\.txt$/, '');
    const attack = name.startsWith('attack');
    const share = (test) => lines.filter(test).length / lines.length;
    const rate = share(withModel);
    const met = attack ? rate >= 0.95 : rate <= 0.01;
    console.log(`${pad(folder, 9)} ${pad(name, 28)} ${pad(lines.length, 6)} ${pad(rate.toFixed(2), 8)} ${pad(share(rulesAlone).toFixed(2), 6)} ${attack ? '>=0.95' : '<=0.01'}${met ? '' : '  not met'}`);
    if (name === missesFor && folder === 'kinds') {
      for (const line of lines) if (withModel(line) !== attack) console.log(`    ${attack ? 'missed ' : 'flagged'}  ${line}`);
    }
  }
}
