// `scan -o` never loses data: never over an input by any path, and a failed run leaves an
// earlier report as it was.
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const COMMENTS = `${JSON.stringify({ id: 'c1', text: 'you are an idiot' })}\n${JSON.stringify({ id: 'c2', text: 'lovely edit' })}\n`;

function exportFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-output-'));
  writeFileSync(path.join(folder, 'comments.jsonl'), COMMENTS);
  return folder;
}

async function expectRefused(args: string[], folder: string): Promise<void> {
  const result = await runCli(['scan', ...args], { cwd: folder });
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/never writes over the files it reads/);
  expect(readFileSync(path.join(folder, 'comments.jsonl'), 'utf8')).toBe(COMMENTS);
}

describe('scan --output', () => {
  it('refuses an output that is a symlink to an input', async () => {
    const folder = exportFolder();
    symlinkSync(path.join(folder, 'comments.jsonl'), path.join(folder, 'report.json'));
    await expectRefused(['comments.jsonl', '-o', 'report.json'], folder);
  });

  it('refuses an input that is a symlink to the output', async () => {
    const folder = exportFolder();
    symlinkSync(path.join(folder, 'comments.jsonl'), path.join(folder, 'link.jsonl'));
    await expectRefused(['link.jsonl', '-o', 'comments.jsonl'], folder);
  });

  it('refuses an output that is a hard link to an input', async () => {
    const folder = exportFolder();
    linkSync(path.join(folder, 'comments.jsonl'), path.join(folder, 'report.json'));
    await expectRefused(['comments.jsonl', '-f', 'json', '-o', 'report.json'], folder);
  });

  it('refuses to replace a file the scan read from a folder, by the same path or another', async () => {
    const folder = exportFolder();
    await expectRefused(['.', '-f', 'json', '-o', 'comments.jsonl'], folder);
    linkSync(path.join(folder, 'comments.jsonl'), path.join(tmpdir(), `kindness-hard-${path.basename(folder)}.json`));
    await expectRefused(['.', '-f', 'json', '-o', path.join(tmpdir(), `kindness-hard-${path.basename(folder)}.json`)], folder);
  });

  it('leaves an earlier report untouched when the run fails', async () => {
    const folder = exportFolder();
    writeFileSync(path.join(folder, 'prev.json'), '{"earlier": true}\n');
    const badRule = await runCli(['scan', 'comments.jsonl', '--rule', 'bogus=off', '-o', 'prev.json'], { cwd: folder });
    expect(badRule.code).toBe(2);
    writeFileSync(path.join(folder, 'bad.kindnessrc.json'), '{"rules": {"insults": "loud"}}');
    const badConfig = await runCli(['scan', 'comments.jsonl', '-c', 'bad.kindnessrc.json', '-o', 'prev.json'], { cwd: folder });
    expect(badConfig.code).toBe(2);
    writeFileSync(path.join(folder, 'crash.js'), "export default { rules: { boom: { meta: { id: 'boom', category: 'custom', defaultLevel: 'warn', description: 'crashes', docs: '', messages: {} }, create() { throw new Error('boom'); } } } };\n");
    writeFileSync(path.join(folder, 'crash.kindnessrc.json'), '{"plugins": ["./crash.js"]}');
    const crash = await runCli(['scan', 'comments.jsonl', '-c', 'crash.kindnessrc.json', '-o', 'prev.json'], { cwd: folder });
    expect(crash.code).toBe(2);
    expect(readFileSync(path.join(folder, 'prev.json'), 'utf8')).toBe('{"earlier": true}\n');
    expect(readdirSync(folder).filter((name) => name.includes('kindness-tmp'))).toEqual([]);
  });

  it('replaces the earlier report when the run finishes', async () => {
    const folder = exportFolder();
    writeFileSync(path.join(folder, 'prev.json'), '{"earlier": true}\n');
    const result = await runCli(['scan', 'comments.jsonl', '-f', 'json', '-o', 'prev.json'], { cwd: folder });
    expect(result.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(folder, 'prev.json'), 'utf8')).items).toBeDefined();
    expect(existsSync(path.join(folder, 'prev.json'))).toBe(true);
  });
});
