import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/input/csv-records.js';
import { recognizeOwnReport } from '../../src/input/formats/own-report.js';
import { runCli } from '../support/run-cli.js';

function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'kindness-inputs-'));
}

async function scanJson(args: string[], cwd: string) {
  const result = await runCli(['scan', ...args, '--format', 'json', '--all'], { cwd });
  return { ...result, report: JSON.parse(result.stdout) };
}

describe('a corrupt zip', () => {
  it('is a failed input named "corrupt zip", not a missing one', async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'export.zip'), 'PK\u0003\u0004 this is not really a zip archive');
    const { code, report } = await scanJson(['export.zip'], cwd);
    expect(code).toBe(2);
    expect(report.summary.inputErrors).toEqual([]);
    expect(report.summary.files).toEqual([{ file: 'export.zip', status: 'failed', reason: expect.stringMatching(/^corrupt zip \(/), items: 0 }]);
  });
});

describe('deeply nested JSON', () => {
  it('fails that file with its name and reason, scans the others, and the report stays valid JSON', async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'deep.json'), `${'['.repeat(5000)}${']'.repeat(5000)}`);
    writeFileSync(path.join(cwd, 'deep-record.json'), `[{"text": ${'{"a":'.repeat(4000)}1${'}'.repeat(4000)}}]`);
    writeFileSync(path.join(cwd, 'fine.json'), '[{"text": "you are such a loser"}]');
    const { code, stderr, report } = await scanJson(['deep.json', 'deep-record.json', 'fine.json'], cwd);
    expect(code).toBe(2);
    const files = report.summary.files;
    expect(files[0]).toMatchObject({ file: 'deep.json', status: 'failed', reason: expect.stringContaining('JSON nested more than 512 levels deep') });
    expect(files[1]).toMatchObject({ file: 'deep-record.json', status: 'failed' });
    expect(files[2]).toMatchObject({ file: 'fine.json', status: 'read', items: 1 });
    expect(report.summary.errorCount).toBe(1);
    expect(stderr).toContain('kindness: deep.json: JSON nested more than 512 levels deep');
  });
});

describe('CSV delimiters and quotes', () => {
  it('detects a semicolon or tab from the header', async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'semicolons.csv'), 'id;author;text\n1;@sam;what a clown you are\n2;@kim;"nice; really nice"\n');
    writeFileSync(path.join(cwd, 'tabs.csv'), 'id\ttext\n7\tlovely\n');
    const { report } = await scanJson(['semicolons.csv', 'tabs.csv'], cwd);
    expect(report.items.map((item: { id: string; author: string; text: string }) => [item.id, item.author, item.text])).toEqual([
      ['1', '@sam', 'what a clown you are'],
      ['2', '@kim', 'nice; really nice'],
      ['7', null, 'lovely'],
    ]);
  });

  it('takes the delimiter from --delimiter', async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'pipes.csv'), 'id|text\n1|a, b; c\n');
    const { report } = await scanJson(['pipes.csv', '--delimiter', '|'], cwd);
    expect(report.items.map((item: { text: string }) => item.text)).toEqual(['a, b; c']);
    expect((await runCli(['scan', 'pipes.csv', '--delimiter', 'ab'], { cwd })).code).toBe(2);
  });

  it.each([
    [',', 'a,b,c', ','],
    [';', 'a;b;"c,d,e"', ';'],
    ['\t', 'a\tb;c\td', '\t'],
    ['no delimiter', 'text', ','],
  ])('reads %j as the delimiter of a header', (_name, header, expected) => {
    expect(detectDelimiter(header, ',')).toBe(expected);
  });

  it('fails a file with an unclosed quote, saying where it opened and how much it swallowed', async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'open.csv'), 'id,text\n1,hello there\n2,"you are a clown\n3,see you\n4,bye\n');
    const { code, report } = await scanJson(['open.csv'], cwd);
    expect(code).toBe(2);
    expect(report.summary.files).toEqual([
      { file: 'open.csv', status: 'failed', items: 1, reason: 'line 3: a quote opened in this row is never closed, so it swallowed the 2 lines after it (to the end of the file); the rows before it were read' },
    ]);
  });

  it('fails a file where a quote runs on over later rows and merges them', async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'merged.csv'), 'id,text\n1,hello\n2,"you are a clown\n3,see you\n4,"ok"x\n5,fine\n');
    const { code, report } = await scanJson(['merged.csv'], cwd);
    expect(code).toBe(2);
    expect(report.summary.files[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^line 3: a quote opened in this row runs on to line 5, so it swallowed the 2 lines after it/) });
  });

  it('still reads quoted cells that hold line breaks', async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'multi.csv'), 'id,text\n1,"first line\nsecond line"\n2,ok\n');
    const { code, report } = await scanJson(['multi.csv'], cwd);
    expect(code).toBe(0);
    expect(report.items.map((item: { text: string }) => item.text)).toEqual(['first line\nsecond line', 'ok']);
  });
});

describe('UTF-16 files with a byte-order mark', () => {
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

  it('are checked as text, in either byte order', async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'little.txt'), utf16le('hello 👋\nyou are a loser\n'));
    writeFileSync(path.join(cwd, 'big.txt'), utf16be('café\nwhat a clown\n'));
    const result = await runCli(['check', 'little.txt', 'big.txt', '--format', 'json'], { cwd });
    expect(result.code).toBe(1);
    const messages = JSON.parse(result.stdout).results.map((file: { messages: { line: number; column: number }[] }) => file.messages.map((m) => `${m.line}:${m.column}`));
    expect(messages).toEqual([['2:11'], ['2:8']]);
  });

  it('are scanned, in either byte order', async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'comments.csv'), utf16le('id,text\r\n1,you are a loser\r\n2,très bien 👍\r\n'));
    writeFileSync(path.join(cwd, 'comments.jsonl'), utf16be('{"text": "what a clown"}\n'));
    const { report } = await scanJson(['comments.csv', 'comments.jsonl'], cwd);
    expect(report.items.map((item: { text: string }) => item.text)).toEqual(['you are a loser', 'très bien 👍', 'what a clown']);
  });
});

describe("kindness's own reports", () => {
  it.each(['json', 'jsonl', 'csv', 'sarif', 'github'])('are recognised by content and skipped when a folder is scanned again (%s)', async (format) => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'comments.jsonl'), '{"id": "c1", "text": "you are a loser"}\n');
    const first = await runCli(['scan', '.', '--format', format, '-o', `report-${format}.out`], { cwd });
    expect(first.code).toBe(1);
    // Named like an export on purpose: only its content gives it away.
    const { readFileSync } = await import('node:fs');
    const extension = { json: 'json', jsonl: 'jsonl', csv: 'csv', sarif: 'json', github: 'txt' }[format];
    writeFileSync(path.join(cwd, `comments-2.${extension}`), readFileSync(path.join(cwd, `report-${format}.out`)));
    const again = await scanJson(['.', `comments-2.${extension}`], cwd);
    expect(again.report.summary.items).toBe(1);
    expect(again.report.summary.files).toContainEqual({ file: `comments-2.${extension}`, status: 'skipped', reason: expect.stringMatching(/report|annotations/) });
  });

  it('also recognises check reports, the baseline and a generated HTML report', async () => {
    const cwd = tempFolder();
    writeFileSync(path.join(cwd, 'draft.txt'), 'you are a loser\n');
    for (const format of ['json', 'sarif', 'github']) {
      const { stdout } = await runCli(['check', 'draft.txt', '--format', format], { cwd });
      expect(recognizeOwnReport(stdout), format).toBeDefined();
    }
    expect(recognizeOwnReport('{"version":1,"tool":"kindness 0.1.0","createdAt":"2026-01-01T00:00:00.000Z","total":0,"findings":{}}')).toBe('a kindness baseline');
    expect(recognizeOwnReport('<!doctype html>\n<html><head><meta charset="utf-8"><meta name="generator" content="kindness 0.1.0">')).toBe('a kindness HTML report');
  });

  it('leaves exports that merely look similar alone', () => {
    expect(recognizeOwnReport('{"id": "c1", "source": "web", "text": "hi"}\n')).toBeUndefined();
    expect(recognizeOwnReport('id,text\n1,hi\n')).toBeUndefined();
    expect(recognizeOwnReport('[{"text": "schemaVersion"}]')).toBeUndefined();
  });
});
