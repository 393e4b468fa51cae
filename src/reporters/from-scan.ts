/**
 * `kindness check --format sarif|github`: the scan reporters, fed with each checked file as one
 * item, so both commands write the same SARIF and the same annotations.
 */
import type { ExportItem } from '../input/items.js';
import type { ScanReporterFactory } from './scan/types.js';
import { addToTally, createTally } from '../scan/tally.js';
import type { Reporter } from './types.js';

/** `suppressed` adds findings silenced by inline directives (SARIF records them as suppressed). */
export function fromScanReporter(factory: ScanReporterFactory, { suppressed }: { suppressed: boolean }): Reporter {
  return (results, options) => {
    let out = '';
    const reporter = factory((text) => (out += text), { ...options, rules: options.rules ?? new Map(), verbose: false, all: false, unit: 'file' });
    const tally = createTally();
    for (const result of results) {
      const item: ExportItem = { text: result.source, kind: 'file', source: { file: result.filePath, line: 1 } };
      const messages = suppressed ? [...result.messages, ...(result.suppressedMessages ?? [])] : result.messages;
      const itemResult = { item, messages, errorCount: result.errorCount, warningCount: result.warningCount };
      addToTally(tally, { ...itemResult, messages: result.messages });
      reporter.item(itemResult);
    }
    const failed = (options.failed ?? []).map(({ filePath, reason }) => ({ file: filePath, status: 'failed' as const, reason, items: 0 }));
    reporter.finish({ tally, files: failed, errors: [], elapsedMs: 0 });
    return out;
  };
}
