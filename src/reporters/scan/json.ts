/**
 * `--format json`: the full result as one JSON document, written as it goes (items first, the
 * summary at the end) so it never has to be built in memory.
 */
import { JSON_SCHEMA_VERSION } from '../json.js';
import { topTerms } from '../../scan/tally.js';
import { toItemRecord } from './jsonl.js';
import type { ScanReport, ScanReporterFactory } from './types.js';

export function summarise({ tally, files, errors, elapsedMs }: ScanReport) {
  return {
    items: tally.items,
    flaggedItems: tally.flaggedItems,
    errorCount: tally.errorCount,
    warningCount: tally.warningCount,
    elapsedMs: Math.round(elapsedMs),
    rules: [...tally.rules.values()],
    topTerms: topTerms(tally, 20).map(([term, count]) => ({ term, count })),
    files,
    inputErrors: errors.map((error) => error.message),
  };
}

export const createJsonReporter: ScanReporterFactory = (write, { version, all }) => {
  let first = true;
  write(`{"schemaVersion":${JSON_SCHEMA_VERSION},"tool":${JSON.stringify({ name: 'kindness', version })},"items":[`);
  return {
    item(result) {
      if (!all && result.messages.length === 0) return;
      write(`${first ? '\n' : ',\n'}${JSON.stringify(toItemRecord(result))}`);
      first = false;
    },
    finish(report) {
      write(`\n],"summary":${JSON.stringify(summarise(report), null, 2)}}\n`);
    },
  };
};
