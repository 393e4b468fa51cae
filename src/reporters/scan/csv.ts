/**
 * `--format csv`: one row per finding, for spreadsheets. Cells that a spreadsheet would run as a
 * formula (starting with = + - @) are prefixed with a quote: the text comes from strangers.
 */
import { locate } from './location.js';
import type { ScanReporterFactory } from './types.js';

const HEADER = ['file', 'line', 'pointer', 'id', 'author', 'created_at', 'url', 'rule', 'severity', 'category', 'confidence', 'matched', 'message', 'kinder', 'text'];

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const createCsvReporter: ScanReporterFactory = (write) => {
  write(`${HEADER.join(',')}\r\n`);
  return {
    item({ item, messages }) {
      for (const message of messages) {
        const location = locate(item, message);
        const row = [
          location.file, location.line, location.pointer, item.id, item.author, item.createdAt, item.url,
          message.ruleId, message.severity, message.category, message.confidence, message.text, message.message, message.suggestions[0], item.text,
        ];
        write(`${row.map(csvCell).join(',')}\r\n`);
      }
    },
    finish() {},
  };
};
