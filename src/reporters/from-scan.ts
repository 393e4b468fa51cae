/**
 * `kindness check --format sarif|github|html`: the scan reporters, fed with each checked file as
 * one item, so both commands write the same SARIF and the same annotations. A large file's blocks
 * go to the scan reporter as they come, each as part of the file's item.
 */
import type { ExportItem } from '../input/items.js';
import type { ScanReporterFactory } from './scan/types.js';
import { addToTally, createTally } from '../scan/tally.js';
import type { StreamingReporterFactory } from './types.js';

/** `suppressed` adds findings silenced by inline directives (SARIF records them as suppressed). */
export function fromScanReporter(factory: ScanReporterFactory, { suppressed }: { suppressed: boolean }): StreamingReporterFactory {
  return (write, options) => {
    const reporter = factory(write, { ...options, rules: options.rules ?? new Map(), verbose: false, all: false, unit: 'file' });
    const tally = createTally();
    let flagged = false;
    return {
      part(result, done) {
        const item: ExportItem = { text: result.source, kind: 'file', source: { file: result.filePath, line: 1 } };
        const messages = suppressed ? [...result.messages, ...(result.suppressedMessages ?? [])] : result.messages;
        const itemResult = { item, messages, errorCount: result.errorCount, warningCount: result.warningCount };
        addToTally(tally, { ...itemResult, messages: result.messages });
        // The tally counts a file once, however many parts it came in.
        if (result.messages.length > 0) {
          if (flagged) tally.flaggedItems--;
          flagged = true;
        }
        if (done) flagged = false;
        else tally.items--;
        reporter.item(itemResult);
      },
      finish(failed) {
        const files = failed.map(({ filePath, reason }) => ({ file: filePath, status: 'failed' as const, reason, items: 0 }));
        reporter.finish({ tally, files, errors: [], elapsedMs: 0 });
      },
    };
  };
}
