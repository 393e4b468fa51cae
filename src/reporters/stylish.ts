/**
 * The default terminal report: per input, each finding with its position, the words quoted in
 * their line, and a "Think before you post" note with why it may hurt and a kinder way to say it.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintMessage } from '../core/types.js';
import { plural } from './plural.js';
import type { FailedInput, FileResult, LineExcerpt, Reporter } from './types.js';
import { displayWidth, showControls } from './visible.js';

/** How much of a long line to show on each side of the words. */
const CONTEXT_CHARS = 40;


/** The line holding the message, or the part of it in `excerpt`, from `source`. */
function lineOf(source: string, message: LintMessage, excerpt: LineExcerpt | undefined): LineExcerpt {
  if (excerpt !== undefined) return excerpt;
  const lineStart = message.range[0] - (message.column - 1);
  let lineEnd = source.indexOf('\n', message.range[0]);
  if (lineEnd === -1) lineEnd = source.length;
  return { text: source.slice(lineStart, lineEnd).replace(/\r$/, ''), column: 1, cut: false };
}

/** The line holding the message, trimmed around it, with a marker under the words. */
function quoteLine(source: string, message: LintMessage, chalk: ChalkInstance, excerpt?: LineExcerpt): string[] {
  const { text: line, column, cut } = lineOf(source, message, excerpt);
  const from = Math.max(0, message.column - column);
  const to = message.endLine === message.line ? Math.min(message.endColumn - column, line.length) : line.length;
  const windowStart = Math.max(0, from - CONTEXT_CHARS);
  const windowEnd = Math.min(line.length, to + CONTEXT_CHARS);
  const visible = (text: string) => showControls(text.replace(/\t/g, ' '));
  const before = visible((windowStart > 0 || column > 1 ? '…' : '') + line.slice(windowStart, from));
  const words = visible(line.slice(from, to));
  const after = visible(line.slice(to, windowEnd) + (windowEnd < line.length || cut ? '…' : ''));
  const shown = `${before}${chalk.bold.underline(words)}${after}`;
  // Columns, not UTF-16 units: an emoji sequence is drawn two columns wide, an accent mark none.
  const marker = `${' '.repeat(displayWidth(before))}${'^'.repeat(Math.max(1, displayWidth(words)))}`;
  return [chalk.dim('│ ') + shown, chalk.dim('│ ') + (chalk.level > 0 ? chalk.red(marker) : marker)];
}

export function formatMessage(source: string, message: LintMessage, chalk: ChalkInstance, indent: string, excerpt?: LineExcerpt): string[] {
  const position = `${message.line}:${message.column}`.padEnd(7);
  const severity = message.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
  const cue = message.cue === undefined ? '' : `  ${chalk.dim(`[${message.cue.start} --> ${message.cue.end}]`)}`;
  const lines = [`  ${chalk.dim(position)} ${severity}  ${showControls(message.message)}${cue}  ${chalk.dim(message.ruleId)}`];
  for (const quoted of quoteLine(source, message, chalk, excerpt)) lines.push(indent + quoted);
  lines.push(`${indent}${chalk.cyan('Think before you post:')} ${message.why}`);
  const [kinder] = message.suggestions;
  if (kinder !== undefined) lines.push(`${indent}${chalk.green('Kinder:')} ${kinder}`);
  return lines;
}

function summarize(results: readonly FileResult[], chalk: ChalkInstance): string {
  let errors = 0;
  let warnings = 0;
  let flaggedFiles = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    if (result.messages.length > 0) flaggedFiles++;
  }
  const files = results.length === 1 ? '1 input' : `${flaggedFiles} of ${plural(results.length, 'input')}`;
  const counts = `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${files}`;
  return errors > 0 ? chalk.red.bold(`✖ ${counts}`) : chalk.yellow.bold(`⚠ ${counts}`);
}

function noteSilenced(results: readonly FileResult[], chalk: ChalkInstance): string {
  const silenced = results.reduce((sum, result) => sum + (result.suppressedMessages?.length ?? 0), 0);
  return silenced === 0 ? '' : `${chalk.dim(`(${plural(silenced, 'finding')} silenced by kindness-disable comments)`)}\n`;
}

/**
 * Never "nothing found" when something could not be read: how many inputs were checked and how
 * many failed. Each failure is named on stderr, where scripts look for it.
 */
function summarizeFailures(results: readonly FileResult[], failed: readonly FailedInput[], chalk: ChalkInstance): string {
  const total = results.length + failed.length;
  const found = results.reduce((sum, result) => sum + result.messages.length, 0);
  const outcome = found === 0 ? 'nothing hurtful found in those' : `${plural(found, 'finding')} above`;
  return `${chalk.red.bold(`✖ ${failed.length} of ${plural(total, 'input')} could not be read; ${results.length} checked, ${outcome}.`)}\n`;
}

export const formatStylish: Reporter = (results, { colorLevel, failed = [] }) => {
  const chalk = new Chalk({ level: colorLevel });
  const total = results.reduce((sum, result) => sum + result.messages.length, 0);
  if (failed.length > 0) {
    const report = total === 0 ? '' : `${formatFindings(results, chalk)}\n`;
    return `${report}${summarizeFailures(results, failed, chalk)}${noteSilenced(results, chalk)}`;
  }
  // Nothing to read (an empty folder): no green tick for words nobody looked at.
  if (results.length === 0) return 'No files were checked.\n';
  if (total === 0) {
    const what = results.length === 1 ? 'this' : `these ${results.length} inputs`;
    return `${chalk.green('✔')} Nothing hurtful found in ${what}. Kind words travel far.\n${noteSilenced(results, chalk)}`;
  }
  return `${formatFindings(results, chalk)}\n${summarize(results, chalk)}\n${noteSilenced(results, chalk)}`;
};

function formatFindings(results: readonly FileResult[], chalk: ChalkInstance): string {
  const indent = ' '.repeat(12);
  const lines: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    lines.push('', chalk.underline(result.filePath));
    for (const message of result.messages) lines.push(...formatMessage(result.source, message, chalk, indent, result.excerpts?.get(message.range[0])), '');
  }
  return lines.join('\n');
}
