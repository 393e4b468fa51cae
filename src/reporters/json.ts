/**
 * `--format json`: the whole result as one JSON document. The shape is documented in README.md
 * ("JSON output") and versioned by `schemaVersion`; fields are only ever added.
 */
import type { Reporter } from './types.js';

export const JSON_SCHEMA_VERSION = 1;

export const formatJson: Reporter = (results, { version, failed = [] }) => {
  let errorCount = 0;
  let warningCount = 0;
  for (const result of results) {
    errorCount += result.errorCount;
    warningCount += result.warningCount;
  }
  const document = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'kindness', version },
    errorCount,
    warningCount,
    results: results.map(({ filePath, messages, suppressedMessages, errorCount: errors, warningCount: warnings }) => ({
      path: filePath,
      errorCount: errors,
      warningCount: warnings,
      messages,
      suppressedMessages: suppressedMessages ?? [],
    })),
    failedCount: failed.length,
    failed: failed.map(({ filePath, reason }) => ({ path: filePath, reason })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
