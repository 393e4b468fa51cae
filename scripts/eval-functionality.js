// Accuracy per functional test, for labelled files whose rows name one in `labels.functionality`
// (SGHateCheck: derogation, threats, slurs, negation, counter-speech, spelling variants...). A
// functional test is a template family: its accuracy says which kind of sentence a tool gets
// wrong, where one F1 over the file hides it. Used by eval.js.
//
//   npm run eval:packs                   the sghatecheck files, kindness with and without the packs
//   npm run eval:packs -- davidson ...   any files of EVAL_DIR (or paths): also what the packs add
//
// A row counts as flagged as in eval.js: the recommended config reports anything on it. "no packs"
// is the same config with `languages: [en]`.

/**
 * Accuracy per functionality: for each, rows, the share a system got right, and its gold label.
 *
 * @param rows labelled rows ({ text, toxic, labels: { functionality } })
 * @param flagged one boolean per row: did the system flag it
 * @returns undefined when no row names a functionality
 */
export function accuracyByFunctionality(rows, flagged) {
  const byName = new Map();
  rows.forEach((row, index) => {
    const name = row.labels?.functionality;
    if (typeof name !== 'string') return;
    const entry = byName.get(name) ?? { rows: 0, right: 0, toxic: row.toxic };
    entry.rows++;
    if (flagged[index] === row.toxic) entry.right++;
    byName.set(name, entry);
  });
  if (byName.size === 0) return undefined;
  return [...byName.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, entry]) => ({ name, ...entry, accuracy: entry.right / entry.rows }));
}

/** The table as lines of text, one per functionality, with every system's accuracy side by side. */
export function formatFunctionalityTable(file, tables) {
  const systems = Object.keys(tables);
  const first = tables[systems[0]];
  if (first === undefined) return [];
  const lines = [`accuracy per functionality, ${file} (h: hateful, nh: not hateful)`];
  lines.push(`  ${'functionality'.padEnd(22)} ${'rows'.padStart(5)}  ${systems.map((system) => system.padStart(10)).join(' ')}`);
  first.forEach((entry, index) => {
    const cells = systems.map((system) => `${(tables[system][index].accuracy * 100).toFixed(0)}%`.padStart(10));
    lines.push(`  ${entry.name.padEnd(22)} ${String(entry.rows).padStart(5)}  ${cells.join(' ')}`);
  });
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { existsSync, readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const { lintText } = await import('../dist/src/index.js');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const evalDir = process.env.EVAL_DIR ?? path.resolve(here, '../../shared/eval');
  const names = process.argv.slice(2);
  const files = (names.length > 0 ? names : ['sghatecheck-malay-dev', 'sghatecheck-singlish-dev']).map((name) =>
    existsSync(name) ? name : path.join(evalDir, name.endsWith('.jsonl') ? name : `${name}.jsonl`),
  );
  const systems = {
    kindness: (text) => lintText(text).messages.length > 0,
    'no packs': (text) => lintText(text, { config: { languages: ['en'] } }).messages.length > 0,
  };
  const f1 = (tp, fp, fn) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  for (const file of files) {
    const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const tables = {};
    const flaggedBy = {};
    for (const [system, flags] of Object.entries(systems)) {
      const flagged = rows.map((row) => flags(row.text));
      flaggedBy[system] = flagged;
      const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
      rows.forEach((row, index) => counts[flagged[index] ? (row.toxic ? 'tp' : 'fp') : row.toxic ? 'fn' : 'tn']++);
      const macro = (f1(counts.tp, counts.fp, counts.fn) + f1(counts.tn, counts.fn, counts.fp)) / 2;
      const fpr = counts.fp / Math.max(1, counts.fp + counts.tn);
      const recall = counts.tp / Math.max(1, counts.tp + counts.fn);
      console.log(`${path.basename(file)} ${system.padEnd(9)} macro-F1 ${macro.toFixed(3)}, FPR ${fpr.toFixed(3)}, recall ${recall.toFixed(3)}`);
      tables[system] = accuracyByFunctionality(rows, flagged);
    }
    // What the packs change on this file: rows only they flag, right and wrong.
    const added = rows.filter((row, index) => flaggedBy.kindness[index] && !flaggedBy['no packs'][index]);
    const removed = rows.filter((row, index) => !flaggedBy.kindness[index] && flaggedBy['no packs'][index]);
    const wrong = added.filter((row) => !row.toxic).length;
    console.log(`  packs add ${added.length} flags (${wrong} on non-toxic rows), remove ${removed.length}`);
    if (tables.kindness !== undefined) console.log(formatFunctionalityTable(path.basename(file), tables).join('\n'));
    if (process.env.SHOW_PACK_FP === '1') for (const row of added.filter((entry) => !entry.toxic)) console.log(`  FP ${row.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}
