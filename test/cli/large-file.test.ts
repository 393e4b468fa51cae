import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STREAM_BYTES } from '../../src/input/files.js';
import { REPO_ROOT, runCli } from '../support/run-cli.js';

describe('check on a file too large to hold at once', () => {
  // Just over the size from which check reads in blocks; memory on 200 MB files is measured
  // by hand (see the README), not in a test.
  const kind = 'what a lovely idea, thank you for sharing\n';
  const lines = Math.ceil(STREAM_BYTES / kind.length) + 1000;
  const longLine = `${'a calm and friendly sentence. '.repeat(5000)}and you are a loser`;
  const text = `${kind.repeat(60_000)}honestly you are a loser\n${kind.repeat(lines - 60_000)}${longLine}\nbye\n`;
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-large-'));
  writeFileSync(path.join(folder, 'big.txt'), text);

  it('keeps exact lines, columns and offsets', async () => {
    const { code, stdout } = await runCli(['check', 'big.txt', '--format', 'json'], { cwd: folder });
    expect(code).toBe(1);
    const messages = JSON.parse(stdout).results[0].messages;
    const at = (needle: string, from = 0) => text.indexOf(needle, from);
    expect(messages.map((m: { line: number; column: number; range: number[]; text: string }) => [m.line, m.column, m.range[0], m.text])).toEqual([
      [60_001, 20, at('loser'), 'loser'],
      [lines + 2, longLine.length - 4, at('loser', at('loser') + 1), 'loser'],
    ]);
  });

  it('quotes the line around each finding in the stylish report', async () => {
    const { stdout } = await runCli(['check', 'big.txt'], { cwd: folder });
    expect(stdout).toContain('60001:20');
    expect(stdout).toContain('│ honestly you are a loser\n');
    expect(stdout).toContain(`${lines + 2}:${longLine.length - 4}`);
    // The long line is shown around the words, with a marker under them.
    expect(stdout).toMatch(/│ …[a-z. ]{40}loser\n +│ {42}\^{5}\n/);
  });

  it('stays within a small heap on a 6 MB line, which it reads in windows (the built CLI)', () => {
    expect(existsSync(path.join(REPO_ROOT, 'dist/cli/scan-worker.cjs')), 'run npm run build first').toBe(true);
    const file = path.join(folder, 'one-line.txt');
    writeFileSync(file, `${'a calm and friendly sentence. '.repeat(200_000)}you clown\n`);
    // Read whole, a line this long took over 250 MB of heap to lint; in windows it fits in 64 MB.
    // With the model on: it used to report the repeated kind sentence in each of 89 windows.
    const child = spawnSync(process.execPath, ['--max-old-space-size=64', path.join(REPO_ROOT, 'bin/kindness.cjs'), 'check', file, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout).results[0].messages.map((m: { column: number }) => m.column)).toEqual([6_000_005]);
  });

  it('writes findings as it goes: twenty thousand of them fit in a 48 MB heap (the built CLI)', () => {
    const file = path.join(folder, 'many-findings.txt');
    const kindLine = 'thanks for the notes on the garden, they helped a lot\n';
    writeFileSync(file, `${kindLine.repeat(19)}honestly you are such a loser\n`.repeat(20_000));
    // Gathered into one report, the findings and their text took over 28 MB of heap on top of what
    // checking a large file holds anyway (about 30 MB live after a full collection, with 2,000
    // findings as with 20,000: the rule and pack tables, the read-ahead, the compiled code). A
    // 28 MB limit sat right at that floor and failed whenever it moved.
    for (const format of ['stylish', 'json']) {
      const child = spawnSync(process.execPath, ['--max-old-space-size=48', path.join(REPO_ROOT, 'bin/kindness.cjs'), 'check', file, '--format', format, '--no-model'], {
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
        maxBuffer: 256 * 1024 * 1024,
      });
      expect(child.stderr).toBe('');
      expect(child.status).toBe(1);
      if (format === 'json') expect(JSON.parse(child.stdout).results[0].messages).toHaveLength(20_000);
      else expect(child.stdout).toContain('20,000 errors and 0 warnings in 1 input');
    }
  }, 60_000);
});
