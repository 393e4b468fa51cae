/**
 * The default scan report on a terminal: what was scanned, what was flagged per rule and
 * severity, the most frequent hurtful words, the worst items with who wrote them, when and where,
 * and which files were read or skipped. `--verbose` first lists every flagged item.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { topTerms } from '../../scan/tally.js';
import type { ItemResult } from '../../scan/types.js';
import { formatCount as count, plural } from '../plural.js';
import { formatMessage } from '../stylish.js';
import { showControls } from '../visible.js';
import { formatLocation, locate } from './location.js';
import type { ScanReport, ScanReporterFactory } from './types.js';

const TOP_TERMS = 10;
/** Files read (and skipped) listed by name; the rest are counted, so a folder of thousands stays readable. */
export const MAX_FILES_LISTED = 20;
const EXCERPT_CHARS = 120;


function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return showControls(flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat);
}

/** "file:12 · @author · 2025-01-02 03:04:05 · https://…" */
function describeItem({ item }: ItemResult, chalk: ChalkInstance): string {
  const parts = [chalk.underline(formatLocation(locate(item)))];
  if (item.author !== undefined) parts.push(showControls(item.author));
  if (item.createdAt !== undefined) parts.push(showControls(item.createdAt));
  if (item.url !== undefined) parts.push(chalk.dim(showControls(item.url)));
  else if (item.id !== undefined) parts.push(chalk.dim(`id ${showControls(item.id)}`));
  return parts.join(chalk.dim(' · '));
}

function formatItem(result: ItemResult, chalk: ChalkInstance): string[] {
  const lines = ['', describeItem(result, chalk)];
  for (const message of result.messages) lines.push(...formatMessage(result.item.text, message, chalk, ' '.repeat(12)));
  return lines;
}

function formatSummary(report: ScanReport, chalk: ChalkInstance): string[] {
  const { tally, files, errors, elapsedMs } = report;
  const seconds = elapsedMs / 1000;
  const read = files.filter((file) => file.status === 'read');
  const rate = seconds > 0 ? ` (${plural(Math.round(tally.items / seconds), 'item')}/s)` : '';
  const lines = ['', chalk.bold(`Scanned ${plural(tally.items, 'item')} from ${plural(read.length, 'file')} in ${seconds.toFixed(1)} s${rate}`)];
  if (report.baselined !== undefined && report.baselined > 0) {
    lines.push(chalk.dim(`${plural(report.baselined, 'finding')} already in the baseline ${report.baselined === 1 ? 'is' : 'are'} not shown.`));
  }
  const failed = files.filter((file) => file.status === 'failed').length + errors.length;
  if (failed > 0) {
    // Never a green tick over input that was not read: say what was and was not.
    const found = tally.flaggedItems === 0 ? 'nothing hurtful found in what was read' : `${plural(tally.flaggedItems, 'item')} flagged in what was read`;
    lines.push(chalk.red.bold(`✖ ${failed} of ${plural(files.length + errors.length, 'input')} could not be read; ${found}.`));
  }
  if (tally.flaggedItems === 0) {
    if (failed === 0) lines.push(`${chalk.green('✔')} ${report.baselined ? 'Nothing new found.' : 'Nothing hurtful found. Kind words travel far.'}`);
  } else {
    const share = ((100 * tally.flaggedItems) / Math.max(1, tally.items)).toFixed(1);
    const verdict = `${plural(tally.flaggedItems, 'item')} flagged (${share}%): ${plural(tally.errorCount, 'error')}, ${plural(tally.warningCount, 'warning')}`;
    lines.push(tally.errorCount > 0 ? chalk.red.bold(`✖ ${verdict}`) : chalk.yellow.bold(`⚠ ${verdict}`));
    lines.push('', chalk.bold('By rule'));
    const rules = [...tally.rules.values()].sort((a, b) => b.items - a.items || a.ruleId.localeCompare(b.ruleId));
    for (const rule of rules) {
      const severities = [rule.errors > 0 ? chalk.red(plural(rule.errors, 'error')) : '', rule.warnings > 0 ? chalk.yellow(plural(rule.warnings, 'warning')) : ''].filter(Boolean).join(', ');
      lines.push(`  ${rule.ruleId.padEnd(20)} ${plural(rule.items, 'item').padStart(12)}   ${severities}`);
    }
    lines.push('', chalk.bold('Most frequent'));
    lines.push(`  ${topTerms(tally, TOP_TERMS).map(([term, times]) => `"${term}" ${chalk.dim(`×${count(times)}`)}`).join('   ')}`);
    lines.push('', chalk.bold('Worst items'));
    tally.worst.forEach((result, index) => {
      const [first] = result.messages;
      lines.push(`  ${index + 1}. ${describeItem(result, chalk)}`);
      lines.push(`     "${excerpt(result.item.text)}"`);
      if (first !== undefined) lines.push(`     ${first.severity === 'error' ? chalk.red(first.ruleId) : chalk.yellow(first.ruleId)}: ${showControls(first.message)}`);
    });
  }
  lines.push('', chalk.bold('Files'), ...formatFiles(files, chalk));
  for (const error of errors) lines.push(`  ${chalk.red('missing')} ${error.message}`);
  return lines;
}

/** Every failed file; read and skipped files up to MAX_FILES_LISTED each, then how many more. */
function formatFiles(files: ScanReport['files'], chalk: ChalkInstance): string[] {
  const lines: string[] = [];
  let read = 0;
  let skipped = 0;
  for (const file of files) {
    if (file.status === 'read') {
      if (++read > MAX_FILES_LISTED) continue;
      lines.push(`  ${chalk.green('read   ')} ${file.file} ${chalk.dim(`(${file.format}, ${plural(file.items, 'item')})`)}`);
      for (const problem of file.problems) lines.push(`           ${chalk.yellow(problem)}`);
    } else if (file.status === 'skipped') {
      if (++skipped <= MAX_FILES_LISTED) lines.push(`  ${chalk.dim('skipped')} ${file.file}: ${file.reason}`);
    } else {
      lines.push(`  ${chalk.red('failed ')} ${file.file}: ${file.reason}${file.items > 0 ? ` ${chalk.dim(`(${plural(file.items, 'item')} read before)`)}` : ''}`);
    }
  }
  if (read > MAX_FILES_LISTED) lines.push(`  ${chalk.green('read   ')} and ${plural(read - MAX_FILES_LISTED, 'more file')}`);
  if (skipped > MAX_FILES_LISTED) lines.push(`  ${chalk.dim('skipped')} and ${plural(skipped - MAX_FILES_LISTED, 'more file')}`);
  return lines;
}

export const createSummaryReporter: ScanReporterFactory = (write, { colorLevel, verbose }) => {
  const chalk = new Chalk({ level: colorLevel });
  return {
    item(result) {
      if (verbose && result.messages.length > 0) write(`${formatItem(result, chalk).join('\n')}\n`);
    },
    finish(report) {
      write(`${formatSummary(report, chalk).join('\n')}\n`);
    },
  };
};
