/**
 * `--format json`: the whole result as one JSON document. The shape is documented in README.md
 * ("JSON output") and versioned by `schemaVersion`; fields are only ever added.
 *
 * The text is exactly `JSON.stringify(document, null, 2)`, written piece by piece: the totals come
 * first, so findings wait in spools (a temporary file once large) until every input is done, and a
 * 2,000,000-line file's findings are never all held as objects.
 */
import { createSpool, type Spool } from './spool.js';
import { reportAll, type Reporter, type StreamingReporterFactory } from './types.js';

export const JSON_SCHEMA_VERSION = 1;

/** `value` as JSON.stringify(value, null, 2) writes it `depth` levels down. */
function pretty(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** The elements of one JSON array `depth` levels down, spooled as they come. */
function createArray(depth: number) {
  const spool = createSpool();
  let count = 0;
  const indent = `\n${'  '.repeat(depth + 1)}`;
  return {
    add(value: unknown): void {
      spool.write(`${count === 0 ? '' : ','}${indent}${pretty(value, depth + 1)}`);
      count++;
    },
    /** `[` ... `]` with every element, and empty again (`write` never waits: it is a spool). */
    drainTo(write: (text: string) => void): void {
      if (count === 0) return void write('[]');
      write('[');
      void spool.drainTo(write);
      write(`\n${'  '.repeat(depth)}]`);
      count = 0;
    },
  };
}

export const createJsonReporter: StreamingReporterFactory = (write, { version }) => {
  let errorCount = 0;
  let warningCount = 0;
  // Each input's messages three levels down (document, results, the input).
  const messages = createArray(3);
  const suppressed = createArray(3);
  const inputs: Spool = createSpool();
  let inputCount = 0;
  let fileErrors = 0;
  let fileWarnings = 0;
  return {
    part(result, done) {
      for (const message of result.messages) messages.add(message);
      for (const message of result.suppressedMessages ?? []) suppressed.add(message);
      fileErrors += result.errorCount;
      fileWarnings += result.warningCount;
      if (!done) return;
      errorCount += fileErrors;
      warningCount += fileWarnings;
      const head = { path: result.filePath, ...(result.language === undefined ? {} : { language: result.language }), errorCount: fileErrors, warningCount: fileWarnings };
      // The head without its closing brace, then the two arrays as JSON.stringify places them.
      inputs.write(`${inputCount === 0 ? '' : ','}\n    ${pretty(head, 2).slice(0, -6)},\n      "messages": `);
      messages.drainTo(inputs.write);
      inputs.write(',\n      "suppressedMessages": ');
      suppressed.drainTo(inputs.write);
      inputs.write('\n    }');
      inputCount++;
      fileErrors = 0;
      fileWarnings = 0;
    },
    finish(failed) {
      const head = { schemaVersion: JSON_SCHEMA_VERSION, tool: { name: 'kindness', version }, errorCount, warningCount };
      const tail = { failedCount: failed.length, failed: failed.map(({ filePath, reason }) => ({ path: filePath, reason })) };
      const end = `,\n${pretty(tail, 0).slice(2)}\n`;
      if (inputCount === 0) return void write(`${pretty(head, 0).slice(0, -2)},\n  "results": []${end}`);
      void write(`${pretty(head, 0).slice(0, -2)},\n  "results": [`);
      // The inputs can be a large temporary file: wait for the output as it fills.
      const wait = inputs.drainTo(write);
      if (wait === undefined) return void write(`\n  ]${end}`);
      return wait.then(() => write(`\n  ]${end}`));
    },
  };
};

export const formatJson: Reporter = reportAll(createJsonReporter);
