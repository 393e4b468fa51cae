// Never pass without reading: --quiet never changes the exit code, a failed input is never
// reported as clean, and an ignored file named on the command line is mentioned.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-silent-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

describe('--quiet', () => {
  it('hides warnings but still fails on them with --max-warnings 0', async () => {
    const result = await runCli(["that's so gay", '--quiet', '--max-warnings', '0']);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('micro-aggressions');
  });

  it('hides warnings but scan --fail-on warn still fails on them', async () => {
    const folder = folderWith({ 'comments.jsonl': `${JSON.stringify({ id: 'a', text: "that's so gay" })}\n` });
    const result = await runCli(['scan', 'comments.jsonl', '--quiet', '--fail-on', 'warn', '-f', 'jsonl'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });
});

describe('inputs that fail', () => {
  it('never says "Nothing hurtful found" when an input could not be read', async () => {
    const folder = folderWith({ 'kind.txt': 'have a lovely day\n' });
    const result = await runCli(['check', 'kind.txt', 'missing.txt'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stdout).not.toMatch(/Nothing hurtful found/);
    expect(result.stdout).toMatch(/1 of 2 inputs could not be read; 1 checked/);
  });

  it('lists failed inputs in check --format json', async () => {
    const folder = folderWith({ 'kind.txt': 'have a lovely day\n' });
    const result = await runCli(['check', 'kind.txt', 'missing.txt', '-f', 'json'], { cwd: folder });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.failedCount).toBe(1);
    expect(report.failed).toEqual([{ path: 'missing.txt', reason: 'no such file or folder' }]);
    expect(report.results.map((entry: { path: string }) => entry.path)).toEqual(['kind.txt']);
  });
});

describe('ignored files named on the command line', () => {
  const files = { '.kindnessignore': 'old.txt\n', 'old.txt': 'you are an idiot\n' };

  it('says a named file is ignored, and how to check it', async () => {
    const result = await runCli(['check', 'old.txt'], { cwd: folderWith(files) });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('kindness: old.txt: ignored by .kindnessignore; use --no-ignore to check it\n');
  });

  it('checks it with --no-ignore', async () => {
    const result = await runCli(['check', 'old.txt', '--no-ignore'], { cwd: folderWith(files) });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('says so in scan too, and scans it with --no-ignore', async () => {
    const folder = folderWith({ '.kindnessignore': 'old.jsonl\n', 'old.jsonl': `${JSON.stringify({ id: 'a', text: 'you are an idiot' })}\n` });
    const ignored = await runCli(['scan', 'old.jsonl', '-f', 'jsonl'], { cwd: folder });
    expect(ignored.stderr).toContain('kindness: old.jsonl: ignored by .kindnessignore; use --no-ignore to scan it');
    const scanned = await runCli(['scan', 'old.jsonl', '-f', 'jsonl', '--no-ignore'], { cwd: folder });
    expect(scanned.code).toBe(1);
  });
});

describe('--jobs', () => {
  it('clamps more workers than cores, with a note', async () => {
    const folder = folderWith({ 'comments.jsonl': `${JSON.stringify({ id: 'a', text: 'lovely' })}\n` });
    const result = await runCli(['scan', 'comments.jsonl', '-j', '1000', '-f', 'jsonl'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/--jobs 1000 is more than the \d+ cores? here; using \d+/);
  });
});

describe('rule ids that are object keys', () => {
  it('treats --rule __proto__=off and --rule constructor=off as unknown rules', async () => {
    for (const id of ['__proto__', 'constructor', 'toString']) {
      const result = await runCli(['hello', '--rule', `${id}=off`]);
      expect(result.code, id).toBe(2);
      expect(result.stderr).toContain(`unknown rule "${id}"`);
    }
  });

  it('treats rules: { constructor: off } and { __proto__: off } in a config as unknown rules', async () => {
    for (const id of ['__proto__', 'constructor']) {
      const folder = folderWith({ '.kindnessrc.json': `{"rules": {"${id}": "off"}}`, 'draft.txt': 'hello\n' });
      const result = await runCli(['check', 'draft.txt'], { cwd: folder });
      expect(result.code, id).toBe(2);
      expect(result.stderr).toContain(`unknown rule "${id}"`);
    }
  });
});

describe('scan with an input that fails', () => {
  it('never shows the green "Nothing hurtful found" in the summary', async () => {
    const folder = folderWith({ 'kind.jsonl': `${JSON.stringify({ id: 'a', text: 'lovely' })}\n`, 'broken.jsonl': '{"id": "b", "text": "lovely"}\n{"id": \n' });
    const result = await runCli(['scan', 'kind.jsonl', 'broken.jsonl', 'missing.jsonl'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stdout).not.toMatch(/Nothing hurtful found/);
    expect(result.stdout).toMatch(/✖ 2 of 3 inputs could not be read; nothing hurtful found in what was read\./);
  });
});

describe('machine-readable formats with an input that fails', () => {
  const files = { 'kind.txt': 'have a lovely day\n' };

  it('marks the SARIF run unsuccessful and names the file', async () => {
    const result = await runCli(['check', 'kind.txt', 'missing.txt', '-f', 'sarif'], { cwd: folderWith(files) });
    expect(result.code).toBe(2);
    const log = JSON.parse(result.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [invocation] = log.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toContainEqual(expect.objectContaining({ level: 'error', message: { text: 'missing.txt: no such file or folder' } }));
  });

  it('annotates the file in GitHub annotations', async () => {
    const result = await runCli(['check', 'kind.txt', 'missing.txt', '-f', 'github'], { cwd: folderWith(files) });
    expect(result.stdout).toContain('::error file=missing.txt,title=kindness::could not be read: no such file or folder');
  });
});
