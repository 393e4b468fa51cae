import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../support/run-cli.js';

function exportFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-baseline-'));
  copyFileSync(path.join(FIXTURES, 'exports/downloader.jsonl'), path.join(folder, 'comments.jsonl'));
  return folder;
}

const ids = (jsonl: string): string[] => jsonl.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line).id);

describe('kindness scan --write-baseline', () => {
  it('records current findings, then later scans report only new ones', async () => {
    const cwd = exportFolder();
    const written = await runCli(['scan', 'comments.jsonl', '--write-baseline', '--format', 'jsonl'], { cwd });
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/wrote 2 findings to \.kindness-baseline\.json/);
    expect(JSON.parse(readFileSync(path.join(cwd, '.kindness-baseline.json'), 'utf8'))).toMatchObject({ version: 1, total: 2 });

    const again = await runCli(['scan', 'comments.jsonl', '--format', 'jsonl'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');

    appendFileSync(path.join(cwd, 'comments.jsonl'), `${JSON.stringify({ cid: 'fresh-1', text: 'you are a total idiot' })}\n`);
    const later = await runCli(['scan', 'comments.jsonl', '--format', 'jsonl'], { cwd });
    expect(later.code).toBe(1);
    expect(ids(later.stdout)).toEqual(['fresh-1']);
    expect(ids((await runCli(['scan', 'comments.jsonl', '--format', 'jsonl', '--no-baseline'], { cwd })).stdout)).toHaveLength(2);
  });

  it('counts repeats: a third copy of a recorded comment is new', async () => {
    const cwd = exportFolder();
    writeFileSync(path.join(cwd, 'comments.jsonl'), `${JSON.stringify({ text: 'you idiot' })}\n`.repeat(2));
    await runCli(['scan', 'comments.jsonl', '--write-baseline', '--baseline', 'known.json'], { cwd });
    appendFileSync(path.join(cwd, 'comments.jsonl'), `${JSON.stringify({ text: 'you idiot' })}\n`);
    const later = await runCli(['scan', 'comments.jsonl', '--baseline', 'known.json'], { cwd });
    expect(later.code).toBe(1);
    expect(later.stdout).toMatch(/2 findings already in the baseline are not shown/);
    expect(later.stdout).toMatch(/1 item flagged/);
  });

  it('exits 2 when a named baseline is missing or is not a baseline', async () => {
    const cwd = exportFolder();
    expect((await runCli(['scan', 'comments.jsonl', '--baseline', 'nope.json'], { cwd })).code).toBe(2);
    writeFileSync(path.join(cwd, 'bad.json'), '{"hello": 1}');
    const bad = await runCli(['scan', 'comments.jsonl', '--baseline', 'bad.json'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: is not a kindness baseline/);
  });
});
