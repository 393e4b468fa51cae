import { beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { formatJson } from '../src/reporters/json.js';
import { formatStylish } from '../src/reporters/stylish.js';
import type { FileResult } from '../src/reporters/types.js';
import { loadDisplayWidth } from '../src/reporters/visible.js';
import { createSummaryReporter } from '../src/reporters/scan/summary.js';
import type { ScanReport } from '../src/reporters/scan/types.js';
import { addToTally, createTally } from '../src/scan/tally.js';
import type { ItemResult } from '../src/scan/types.js';
import { BUILT_IN_RULES } from '../rules/index.js';

function resultFor(text: string, filePath = 'draft.txt'): FileResult {
  return { filePath, source: text, ...lintText(text) };
}

// The CLI loads the width tables before formatting findings; so do these direct calls.
beforeAll(loadDisplayWidth);

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

  it('lines the marker up under the words after joined and multi-part emoji', () => {
    // A family (four people joined by U+200D), a flag (two regional indicators) and a thumbs-up
    // with a skin tone: each is drawn two columns wide, whatever its UTF-16 length.
    const output = formatStylish([resultFor('👨‍👩‍👧‍👦🇫🇷👍🏽 you loser')], { colorLevel: 0, version: '' });
    expect(output).toContain('│ 👨‍👩‍👧‍👦🇫🇷👍🏽 you loser');
    expect(output).toContain(`│ ${' '.repeat(11)}^^^^^\n`);
  });

  it('counts an accent typed as its own mark as no column', () => {
    const output = formatStylish([resultFor('cafe\u0301 you loser')], { colorLevel: 0, version: '' });
    expect(output).toContain(`│ ${' '.repeat(9)}^^^^^\n`);
  });

  it('finds words behind accents and bidi controls, and never prints the controls raw', () => {
    const output = formatStylish([resultFor('so i\u0301diot \u202Eresol\u202C \u2066x\u2069')], { colorLevel: 0, version: '' });
    expect(output).toContain('"i\u0301diot"');
    expect(output).toMatch(/"resol"/);
    expect(output).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(output).toContain('│ so i\u0301diot <U+202E>resol<U+202C> <U+2066>x<U+2069>');
    // The marker under "resol" starts after "so ídiot " (9 columns) and "<U+202E>" (8).
    expect(output).toContain(`│ ${' '.repeat(17)}^^^^^\n`);
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
      ['category', 'column', 'confidence', 'docs', 'docsPath', 'endColumn', 'endLine', 'line', 'message', 'messageId', 'range', 'ruleId', 'score', 'severity', 'suggestions', 'text', 'why'].sort(),
    );
    expect(message.docs).toBe(`https://unpkg.com/kindness@0.1.0/rules/${message.ruleId}/README.md`);
    expect(message.docsPath).toMatch(new RegExp(`rules[\\\\/]${message.ruleId}[\\\\/]README\\.md$`));
  });
});

describe('scan summary', () => {
  const render = (report: Partial<ScanReport> & { tally: ScanReport['tally'] }): string => {
    let out = '';
    createSummaryReporter((text) => (out += text), { colorLevel: 0, version: '', verbose: false, all: false, rules: BUILT_IN_RULES }).finish({ files: [], errors: [], elapsedMs: 1000, ...report });
    return out;
  };
  const flagged = (text: string): ItemResult => {
    const { messages, errorCount, warningCount } = lintText(text);
    return { item: { text, kind: 'comment', source: { file: 'c.jsonl', line: 1 } }, messages, errorCount, warningCount };
  };

  it('says "1 item", not "1 items"', () => {
    const tally = createTally();
    addToTally(tally, flagged('you are an idiot'));
    const out = render({ tally });
    expect(out).toContain('Scanned 1 item from 0 files');
    expect(out).toContain('1 item flagged (100.0%): 1 error, 0 warnings');
    expect(out).toMatch(/insults\s+1 item\b/);
    expect(out).not.toMatch(/\b1 items\b/);
  });

  it('groups large counts in thousands', () => {
    const tally = createTally();
    tally.items = 48_806_912;
    expect(render({ tally })).toContain('Scanned 48,806,912 items');
  });

  it('lists at most 20 files read, then says how many more', () => {
    const files = Array.from({ length: 25 }, (_, index) => ({ file: `part-${index}.jsonl`, status: 'read' as const, format: 'jsonl', items: 1, problems: [] }));
    const out = render({ tally: createTally(), files });
    expect(out).toContain('part-19.jsonl');
    expect(out).not.toContain('part-20.jsonl');
    expect(out).toContain('and 5 more files');
  });
});
