/**
 * The default terminal report: per input, each finding with its position, the words quoted in
 * their line, and a "Think before you post" note with why it may hurt and a kinder way to say it.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintMessage } from '../core/types.js';
import { plural } from './plural.js';
import { reportAll, type FailedInput, type LineExcerpt, type Reporter, type StreamingReporterFactory } from './types.js';
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

interface Totals {
  inputs: number;
  flaggedInputs: number;
  errors: number;
  warnings: number;
  findings: number;
  silenced: number;
}

function summarize(totals: Totals, chalk: ChalkInstance): string {
  const files = totals.inputs === 1 ? '1 input' : `${totals.flaggedInputs} of ${plural(totals.inputs, 'input')}`;
  const counts = `${plural(totals.errors, 'error')} and ${plural(totals.warnings, 'warning')} in ${files}`;
  return totals.errors > 0 ? chalk.red.bold(`✖ ${counts}`) : chalk.yellow.bold(`⚠ ${counts}`);
}

function noteSilenced(silenced: number, chalk: ChalkInstance): string {
  return silenced === 0 ? '' : `${chalk.dim(`(${plural(silenced, 'finding')} silenced by kindness-disable comments)`)}\n`;
}

/**
 * Never "nothing found" when something could not be read: how many inputs were checked and how
 * many failed. Each failure is named on stderr, where scripts look for it.
 */
function summarizeFailures(totals: Totals, failed: readonly FailedInput[], chalk: ChalkInstance): string {
  const total = totals.inputs + failed.length;
  const outcome = totals.findings === 0 ? 'nothing hurtful found in those' : `${plural(totals.findings, 'finding')} above`;
  return `${chalk.red.bold(`✖ ${failed.length} of ${plural(total, 'input')} could not be read; ${totals.inputs} checked, ${outcome}.`)}\n`;
}

const INDENT = ' '.repeat(12);

/** Findings are written as each input (or block of a large file) is done; the summary at the end. */
export const createStylishReporter: StreamingReporterFactory = (write, { colorLevel }) => {
  const chalk = new Chalk({ level: colorLevel });
  const totals: Totals = { inputs: 0, flaggedInputs: 0, errors: 0, warnings: 0, findings: 0, silenced: 0 };
  let flagged = false;
  return {
    part(result, done) {
      if (result.messages.length > 0 && !flagged) {
        // A blank line before each input's name (the first starts the report with one).
        write(`${totals.findings === 0 ? '' : '\n'}\n${chalk.underline(result.filePath)}`);
        flagged = true;
      }
      for (const message of result.messages) write(`\n${formatMessage(result.source, message, chalk, INDENT, result.excerpts?.get(message.range[0])).join('\n')}\n`);
      totals.findings += result.messages.length;
      totals.errors += result.errorCount;
      totals.warnings += result.warningCount;
      totals.silenced += result.suppressedMessages?.length ?? 0;
      if (!done) return;
      totals.inputs++;
      if (flagged) totals.flaggedInputs++;
      flagged = false;
    },
    finish(failed) {
      if (failed.length > 0) write(`${totals.findings === 0 ? '' : '\n'}${summarizeFailures(totals, failed, chalk)}${noteSilenced(totals.silenced, chalk)}`);
      // Nothing to read (an empty folder): no green tick for words nobody looked at.
      else if (totals.inputs === 0) write('No files were checked.\n');
      else if (totals.findings === 0) {
        const what = totals.inputs === 1 ? 'this' : `these ${totals.inputs} inputs`;
        write(`${chalk.green('✔')} Nothing hurtful found in ${what}. Kind words travel far.\n${noteSilenced(totals.silenced, chalk)}`);
      } else write(`\n${summarize(totals, chalk)}\n${noteSilenced(totals.silenced, chalk)}`);
    },
  };
};

export const formatStylish: Reporter = reportAll(createStylishReporter);
