import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { formatJson } from '../src/reporters/json.js';
import { formatStylish } from '../src/reporters/stylish.js';
import type { FileResult } from '../src/reporters/types.js';

function resultFor(text: string, filePath = 'draft.txt'): FileResult {
  return { filePath, source: text, ...lintText(text) };
}

describe('stylish', () => {
  it('quotes the words in their line with a marker under them', () => {
    const output = formatStylish([resultFor('Great stream!\nbut honestly you are a loser')], { colorLevel: 0, version: '' });
    expect(output).toContain('draft.txt');
    expect(output).toContain('2:24');
    expect(output).toContain('│ but honestly you are a loser');
    expect(output).toContain(`│ ${' '.repeat(23)}^^^^^`);
    expect(output).toMatch(/✖ 1 error and 0 warnings in 1 input/);
  });

  it('trims long lines around the words', () => {
    const text = `${'kind words '.repeat(20)}you are a loser${' and more'.repeat(20)}`;
    const output = formatStylish([resultFor(text)], { colorLevel: 0, version: '' });
    expect(output).toMatch(/│ ….*loser.*…/);
  });

  it('says so kindly when nothing was found', () => {
    expect(formatStylish([resultFor('lovely')], { colorLevel: 0, version: '' })).toMatch(/^✔ Nothing hurtful found in this/);
  });
});

describe('json', () => {
  it('prints the documented shape', () => {
    const report = JSON.parse(formatJson([resultFor('nobody asked')], { colorLevel: 0, version: '1.2.3' }));
    expect(report).toMatchObject({ schemaVersion: 1, tool: { name: 'kindness', version: '1.2.3' }, errorCount: 1, warningCount: 0 });
    const [message] = report.results[0].messages;
    expect(Object.keys(message).sort()).toEqual(
      ['category', 'column', 'confidence', 'docs', 'endColumn', 'endLine', 'line', 'message', 'messageId', 'range', 'ruleId', 'score', 'severity', 'suggestions', 'text', 'why'].sort(),
    );
  });
});
