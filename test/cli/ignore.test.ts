import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../support/run-cli.js';

const cwd = path.join(FIXTURES, 'ignore');
const checkedFiles = async (args: string[]) => {
  const result = await runCli(['check', ...args, '--format', 'json'], { cwd });
  return JSON.parse(result.stdout).results.map((file: { path: string }) => file.path);
};

describe('.kindnessignore', () => {
  it('leaves out ignored folders and files when a folder is checked, negations included', async () => {
    expect(await checkedFiles(['.'])).toEqual(['captions/keep.generated.txt', 'captions/today.txt']);
  });

  it('leaves out ignored files even when they are named, as a pre-commit hook names them', async () => {
    expect(await checkedFiles(['archive/old.txt', 'captions/auto.generated.txt', 'captions/today.txt'])).toEqual(['captions/today.txt']);
  });

  it('reads another file with --ignore-path instead', async () => {
    expect(await checkedFiles(['.', '--ignore-path', 'other-ignore'])).toEqual(['archive/old.txt']);
  });

  it('exits 2 when --ignore-path does not exist', async () => {
    const result = await runCli(['check', '.', '--ignore-path', 'missing-ignore'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--ignore-path missing-ignore: /);
  });

  it('never checks node_modules or .git, even when named', async () => {
    const result = await runCli(['check', 'fixtures/config/plugins/node_modules/kindness-plugin-streamer/index.js', '--format', 'json']);
    expect(JSON.parse(result.stdout).results).toEqual([]);
  });
});

describe('.kindnessignore in kindness scan', () => {
  it('leaves ignored exports out of a folder scan', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kindness-scan-ignore-'));
    mkdirSync(path.join(folder, 'archive'));
    const line = (id: string) => `${JSON.stringify({ id, text: 'you idiot' })}\n`;
    writeFileSync(path.join(folder, 'comments.jsonl'), line('kept'));
    writeFileSync(path.join(folder, 'archive/2019.jsonl'), line('archived'));
    writeFileSync(path.join(folder, '.kindnessignore'), 'archive/\n');
    const result = await runCli(['scan', '.', '--format', 'jsonl'], { cwd: folder });
    expect(result.stdout.trim().split('\n').map((found) => JSON.parse(found).id)).toEqual(['kept']);
  });
});
