// What the words after `kindness` mean: a draft, files, or a mistyped command. A hook must never
// pass because a file name was linted as if it were a draft.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCommand, looksLikePath, readDefaultArguments } from '../../src/cli/arguments.js';
import { runCli } from '../support/run-cli.js';

function draftsFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-args-'));
  writeFileSync(path.join(folder, 'draft.txt'), 'honestly you are an idiot\n');
  writeFileSync(path.join(folder, 'captions.srt'), '1\n00:00:01,000 --> 00:00:02,000\nyou are an idiot\n');
  mkdirSync(path.join(folder, 'drafts'));
  writeFileSync(path.join(folder, 'drafts', 'reply.md'), 'what a loser\n');
  return folder;
}

describe('a lone argument that names a file or folder', () => {
  it.each(['draft.txt', 'captions.srt', 'drafts', 'drafts/'])('checks %s as a file, not as the words of its name', async (name) => {
    const result = await runCli([name], { cwd: draftsFolder() });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/1 error/);
    expect(result.stdout).not.toMatch(/Nothing hurtful found/);
  });

  it('checks several files named together', async () => {
    const result = await runCli(['draft.txt', 'drafts/reply.md'], { cwd: draftsFolder() });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('draft.txt');
    expect(result.stdout).toContain(path.join('drafts', 'reply.md'));
  });

  it('fails with "no such file" for a missing path instead of passing it as a draft', async () => {
    for (const name of ['draft-v2.txt', 'captions/ep1.srt', 'notes\\draft']) {
      const result = await runCli([name], { cwd: draftsFolder() });
      expect(result.code, name).toBe(2);
      expect(result.stderr).toContain(`${name}: no such file or folder`);
      expect(result.stdout).not.toMatch(/Nothing hurtful found/);
    }
  });

  it('still reads ordinary words, and links, as a draft', async () => {
    expect((await runCli(['you are an idiot'], { cwd: draftsFolder() })).code).toBe(1);
    expect((await runCli(['see', 'https://example.com/post.html', 'lovely', 'work'], { cwd: draftsFolder() })).code).toBe(0);
  });

  it('checks words as a draft with --text, even when they name a file', async () => {
    const result = await runCli(['--text', 'draft.txt'], { cwd: draftsFolder() });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Nothing hurtful found/);
    expect((await runCli(['--text', 'you are an idiot', 'extra'], { cwd: draftsFolder() })).code).toBe(2);
  });

  it('takes --text after check too, and refuses it beside files', async () => {
    const draft = await runCli(['check', '--text', 'you are an idiot'], { cwd: draftsFolder() });
    expect(draft.code).toBe(1);
    expect(draft.stdout).toContain('<text>');
    expect((await runCli(['check', '--text', 'draft.txt'], { cwd: draftsFolder() })).stdout).toMatch(/Nothing hurtful found/);
    const both = await runCli(['check', 'draft.txt', '--text', 'hello'], { cwd: draftsFolder() });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give either files or --text, not both');
  });
});

describe('a mistyped or misplaced command', () => {
  it('asks "did you mean check?" for kindness chek draft.txt', async () => {
    const result = await runCli(['chek', 'draft.txt'], { cwd: draftsFolder() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('kindness: unknown command "chek". Did you mean "check"? To check the words as a draft, quote them after --text.\n');
  });

  it('gives one clear message for an unquoted draft that starts with a command name', async () => {
    const result = await runCli(['check', 'out', 'my', 'new', 'video', 'you', 'idiot'], { cwd: draftsFolder() });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/reads like a draft, not a list of files/);
    expect(result.stdout).toBe('');
  });

  it('applies options written before the command when the command has them', async () => {
    const folder = draftsFolder();
    const json = await runCli(['-f', 'json', 'check', 'draft.txt'], { cwd: folder });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).errorCount).toBe(1);
    const off = await runCli(['--rule', 'insults=off', 'check', 'draft.txt'], { cwd: folder });
    expect(off.code).toBe(0);
  });

  it('lets the command\'s own option win over one written before it', async () => {
    const result = await runCli(['-f', 'json', 'check', 'draft.txt', '-f', 'stylish'], { cwd: draftsFolder() });
    expect(result.stdout).toMatch(/1 error/);
  });

  it('refuses, with exit 2, options before a command that has no such option or value', async () => {
    const folder = draftsFolder();
    const noOption = await runCli(['--max-warnings', '0', 'scan', 'draft.txt'], { cwd: folder });
    expect(noOption.code).toBe(2);
    expect(noOption.stderr).toMatch(/--max-warnings does not apply to "kindness scan"/);
    const badValue = await runCli(['-f', 'stylish', 'scan', 'draft.txt'], { cwd: folder });
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toMatch(/--format stylish: not an option of "kindness scan"/);
  });
});

describe('reading arguments', () => {
  it('tells paths from words', () => {
    expect(looksLikePath('draft.txt')).toBe(true);
    expect(looksLikePath('captions/ep1')).toBe(true);
    expect(looksLikePath('export.ZIP')).toBe(true);
    expect(looksLikePath('idiot')).toBe(false);
    expect(looksLikePath('https://example.com/a.html')).toBe(false);
    expect(looksLikePath('and/or you')).toBe(false);
  });

  it('finds the command a slip of the keyboard meant', () => {
    expect(closeCommand('chek')).toBe('check');
    expect(closeCommand('chekc')).toBe('check');
    expect(closeCommand('scna')).toBe('scan');
    expect(closeCommand('expalin')).toBe('explain');
    expect(closeCommand('check')).toBeUndefined();
    expect(closeCommand('hello')).toBeUndefined();
  });

  it('reads a lone "-" or nothing as standard input', () => {
    expect(readDefaultArguments(['-'], tmpdir())).toEqual({ kind: 'stdin' });
    expect(readDefaultArguments([], tmpdir())).toEqual({ kind: 'stdin' });
  });

  it('treats a near-command word followed by more words as a draft', () => {
    expect(readDefaultArguments(['scam', 'alert', 'people'], tmpdir())).toEqual({ kind: 'text', text: 'scam alert people' });
  });
});
