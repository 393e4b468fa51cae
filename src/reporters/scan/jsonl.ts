/**
 * `--format jsonl`: one JSON object per flagged item (every item with `--all`), each carrying the
 * item's id and source so other tools can join the results back to the export.
 */
import type { ItemResult } from '../../scan/types.js';
import type { ScanReporterFactory } from './types.js';

/** The item as written by the json and jsonl formats. */
export function toItemRecord({ item, messages, errorCount, warningCount }: ItemResult) {
  return {
    id: item.id ?? null,
    source: item.source,
    kind: item.kind ?? null,
    author: item.author ?? null,
    createdAt: item.createdAt ?? null,
    parentId: item.parentId ?? null,
    url: item.url ?? null,
    text: item.text,
    errorCount,
    warningCount,
    findings: messages.map((message) => ({
      ruleId: message.ruleId,
      category: message.category,
      severity: message.severity,
      confidence: message.confidence,
      message: message.message,
      why: message.why,
      kinder: message.suggestions[0] ?? null,
      text: message.text,
      range: message.range,
      line: message.line,
      column: message.column,
    })),
  };
}

export const createJsonLinesReporter: ScanReporterFactory = (write, { all }) => ({
  item(result) {
    if (all || result.messages.length > 0) write(`${JSON.stringify(toItemRecord(result))}\n`);
  },
  finish() {},
});
