/**
 * `kindness check --format html`: the scan's HTML report, with each checked file as one item. The
 * page shows each file as one item, so a large file's parts are gathered before it is added.
 */
import { fromScanReporter } from './from-scan.js';
import { createHtmlReporter } from './scan/html.js';
import type { FileResult, StreamingReporterFactory } from './types.js';

const fromScan = fromScanReporter(createHtmlReporter, { suppressed: false });

export const createCheckHtmlReporter: StreamingReporterFactory = (write, options) => {
  const reporter = fromScan(write, options);
  let gathered: FileResult | undefined;
  return {
    part(result, done) {
      if (gathered === undefined) gathered = { ...result, messages: [...result.messages], suppressedMessages: [...(result.suppressedMessages ?? [])] };
      else {
        gathered.messages.push(...result.messages);
        gathered.suppressedMessages?.push(...(result.suppressedMessages ?? []));
        gathered.errorCount += result.errorCount;
        gathered.warningCount += result.warningCount;
      }
      if (!done) return;
      reporter.part(gathered, true);
      gathered = undefined;
    },
    finish: (failed) => reporter.finish(failed),
  };
};
