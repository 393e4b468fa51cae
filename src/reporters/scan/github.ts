/**
 * `--format github`: GitHub Actions workflow commands, shown as annotations on the files. GitHub
 * shows at most 10 error and 10 warning annotations per step, so past those the rest are
 * summarised in one notice instead of being silently dropped.
 */
import { formatCount, plural } from '../plural.js';
import { locate, formatLocation } from './location.js';
import type { ScanReporterFactory } from './types.js';

export const ANNOTATIONS_PER_SEVERITY = 10;

/** Escapes a workflow command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const createGitHubReporter: ScanReporterFactory = (write, { unit = 'item' }) => {
  const shown = { error: 0, warning: 0 };
  const hidden = { error: 0, warning: 0 };
  return {
    item({ item, messages }) {
      for (const message of messages) {
        if (shown[message.severity] >= ANNOTATIONS_PER_SEVERITY) {
          hidden[message.severity]++;
          continue;
        }
        shown[message.severity]++;
        const location = locate(item, message);
        const properties = [`file=${escapeProperty(location.file)}`];
        if (location.line !== undefined) properties.push(`line=${location.line}`);
        if (location.column !== undefined) properties.push(`col=${location.column}`, `endColumn=${location.endColumn}`);
        properties.push(`title=${escapeProperty(`kindness ${message.ruleId}`)}`);
        const where = location.line === undefined ? ` (${formatLocation(location)})` : '';
        const kinder = message.suggestions[0] ? `\nKinder: ${message.suggestions[0]}` : '';
        write(`::${message.severity} ${properties.join(',')}::${escapeData(`${message.message}${where}\n${message.why}${kinder}`)}\n`);
      }
    },
    finish({ tally, files, errors }) {
      // An input that could not be read is an error of the run, annotated on the file itself.
      for (const file of files) if (file.status === 'failed') write(`::error file=${escapeProperty(file.file)},title=kindness::${escapeData(`could not be read: ${file.reason}`)}\n`);
      for (const error of errors) write(`::error title=kindness::${escapeData(error.message)}\n`);
      const more = hidden.error + hidden.warning;
      if (more > 0) {
        write(`::notice title=kindness::${escapeData(`${more} more findings (${hidden.error} errors, ${hidden.warning} warnings) are not annotated: GitHub shows ${ANNOTATIONS_PER_SEVERITY} of each per step. Run with --format json, jsonl or sarif for all of them.`)}\n`);
      }
      const checked = `${plural(tally.items, unit)} ${unit === 'file' ? 'checked' : 'scanned'}`;
      write(`${checked}, ${formatCount(tally.flaggedItems)} flagged: ${plural(tally.errorCount, 'error')}, ${plural(tally.warningCount, 'warning')}\n`);
    },
  };
};
