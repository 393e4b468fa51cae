import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { createJsonReporter, formatJson } from '../../src/reporters/json.js';
import { createSpool } from '../../src/reporters/spool.js';
import { createStylishReporter, formatStylish } from '../../src/reporters/stylish.js';
import type { FileResult, ReporterOptions, StreamingReporterFactory } from '../../src/reporters/types.js';

const OPTIONS: ReporterOptions = { colorLevel: 0, version: '1.2.3' };

function resultFor(text: string, filePath: string): FileResult {
  return { filePath, source: text, ...lintText(text) };
}

/** `result` cut into one part per finding (as a large file's blocks come), the last part empty. */
function inParts(result: FileResult): FileResult[] {
  const parts = result.messages.map((message) => ({ ...result, messages: [message], errorCount: message.severity === 'error' ? 1 : 0, warningCount: message.severity === 'warning' ? 1 : 0 }));
  return [...parts, { ...result, messages: [], errorCount: 0, warningCount: 0 }];
}

function streamed(factory: StreamingReporterFactory, results: FileResult[]): string {
  let out = '';
  const reporter = factory((text) => void (out += text), OPTIONS);
  for (const result of results) inParts(result).forEach((part, index, all) => reporter.part(part, index === all.length - 1));
  reporter.finish([{ filePath: 'gone.txt', reason: 'no such file' }]);
  return out;
}

const results = [
  resultFor('you are a loser and an idiot\nnobody asked you, clown', 'a.txt'),
  resultFor('what a lovely day', 'b.txt'),
  resultFor('shut up, "moron" \u202E', 'c "quoted".txt'),
];

describe('streaming check reporters', () => {
  it('write JSON that is exactly JSON.stringify of the documented shape', () => {
    const document = {
      schemaVersion: 1,
      tool: { name: 'kindness', version: '1.2.3' },
      errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
      warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
      results: results.map((result) => ({ path: result.filePath, language: result.language, errorCount: result.errorCount, warningCount: result.warningCount, messages: result.messages, suppressedMessages: [] })),
      failedCount: 1,
      failed: [{ path: 'gone.txt', reason: 'no such file' }],
    };
    const expected = `${JSON.stringify(document, null, 2)}\n`;
    expect(formatJson(results, { ...OPTIONS, failed: [{ filePath: 'gone.txt', reason: 'no such file' }] })).toBe(expected);
    expect(streamed(createJsonReporter, results)).toBe(expected);
    expect(formatJson([], OPTIONS)).toBe(`${JSON.stringify({ schemaVersion: 1, tool: { name: 'kindness', version: '1.2.3' }, errorCount: 0, warningCount: 0, results: [], failedCount: 0, failed: [] }, null, 2)}\n`);
  });

  it('write the same stylish report whether an input comes whole or in parts', () => {
    expect(streamed(createStylishReporter, results)).toBe(formatStylish(results, { ...OPTIONS, failed: [{ filePath: 'gone.txt', reason: 'no such file' }] }));
  });

  it('write stylish findings as each part comes, before the input is done', () => {
    let out = '';
    const reporter = createStylishReporter((text) => void (out += text), OPTIONS);
    const [first] = inParts(results[0] as FileResult);
    reporter.part(first as FileResult, false);
    expect(out).toContain('a.txt');
    expect(out).toContain('│ you are a loser and an idiot');
  });
});

describe('spool', () => {
  it('gives back what was written, through a temporary file past its limit, characters whole', () => {
    const spool = createSpool(10);
    const pieces = ['héllo ', '👋 wörld ', 'x'.repeat(25), '✓'];
    for (const piece of pieces) spool.write(piece);
    let out = '';
    spool.drainTo((text) => void (out += text));
    expect(out).toBe(pieces.join(''));
    spool.write('again');
    out = '';
    spool.drainTo((text) => void (out += text));
    expect(out).toBe('again');
  });
});
