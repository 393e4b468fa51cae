// Accuracy per functional test, for labelled files whose rows name one in `labels.functionality`
// (SGHateCheck: derogation, threats, slurs, negation, counter-speech, spelling variants...). A
// functional test is a template family: its accuracy says which kind of sentence a tool gets
// wrong, where one F1 over the file hides it. Used by eval.js; `node scripts/eval-functionality.js
// <file.jsonl>...` prints the table for kindness alone.

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
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { lintText } = await import('../dist/src/index.js');
  const flags = (text) => lintText(text).messages.some((message) => message.ruleId !== 'profanity');
  for (const file of process.argv.slice(2)) {
    const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const flagged = rows.map((row) => flags(row.text));
    const table = accuracyByFunctionality(rows, flagged);
    const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    rows.forEach((row, index) => {
      if (flagged[index] && row.toxic) counts.tp++;
      else if (flagged[index]) counts.fp++;
      else if (row.toxic) counts.fn++;
      else counts.tn++;
    });
    const f1 = (tp, fp, fn) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
    const macro = (f1(counts.tp, counts.fp, counts.fn) + f1(counts.tn, counts.fn, counts.fp)) / 2;
    console.log(`${path.basename(file)}: macro-F1 ${macro.toFixed(3)}, FPR ${(counts.fp / (counts.fp + counts.tn)).toFixed(3)}, recall ${(counts.tp / (counts.tp + counts.fn)).toFixed(3)}`);
    if (table !== undefined) console.log(formatFunctionalityTable(path.basename(file), { kindness: table }).join('\n'));
  }
}
