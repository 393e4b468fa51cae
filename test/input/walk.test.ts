import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkFolder } from '../../src/input/walk.js';
import { REPO_ROOT, runCli } from '../support/run-cli.js';

const BIN = path.join(REPO_ROOT, 'bin/kindness.cjs');
const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
/** `nobody` can start the built CLI from this checkout (not so in a clone under a private folder). */
const nobodyCanRun = isRoot && hasSetpriv && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, '--version']).status === 0;

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-walk-'));
  // Readable by everyone, so the unreadable-folder test can run as `nobody`.
  chmodSync(folder, 0o755);
  return folder;
}

/** drafts/a/rude.txt (hurtful), drafts/b/ (unreadable), drafts/c/kind.txt and c/comments.jsonl. */
function foldersWithOneUnreadable(): string {
  const root = tempFolder();
  for (const name of ['a', 'b', 'c']) mkdirSync(path.join(root, 'drafts', name), { recursive: true });
  writeFileSync(path.join(root, 'drafts/a/rude.txt'), 'honestly you are a loser\n');
  writeFileSync(path.join(root, 'drafts/b/hidden.txt'), 'you cannot read me\n');
  writeFileSync(path.join(root, 'drafts/c/kind.txt'), 'what a lovely evening\n');
  writeFileSync(path.join(root, 'drafts/c/comments.jsonl'), '{"text": "nice one, you clown"}\n');
  for (const folder of ['', 'drafts', 'drafts/a', 'drafts/c']) chmodSync(path.join(root, folder), 0o755);
  chmodSync(path.join(root, 'drafts/b'), 0o000);
  return root;
}

/** Runs the CLI as a user who cannot read drafts/b: in-process when not root, else as `nobody`. */
async function runUnprivileged(args: string[], cwd: string) {
  if (!isRoot) return runCli(args, { cwd });
  const child = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

describe('an unreadable folder', () => {
  // As root every folder can be read, so the test then runs the built CLI as `nobody` through
  // setpriv; when that cannot be done (no setpriv, or a checkout `nobody` cannot read) it is
  // skipped, and says so in its name.
  const canTest = !isRoot || nobodyCanRun;
  it.runIf(canTest)('fails check with exit 2 and still checks its siblings', async () => {
    const cwd = foldersWithOneUnreadable();
    const result = await runUnprivileged(['check', 'drafts', '--format', 'json'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kindness: drafts/b: folder cannot be read (permission denied)');
    const checked = JSON.parse(result.stdout).results.map((file: { path: string }) => file.path);
    expect(checked).toEqual(['drafts/a/rude.txt', 'drafts/c/kind.txt']);
  });

  it.runIf(canTest)('fails scan with exit 2, listed as failed, and still scans its siblings', async () => {
    const cwd = foldersWithOneUnreadable();
    const result = await runUnprivileged(['scan', 'drafts', '--format', 'json'], cwd);
    expect(result.code).toBe(2);
    const summary = JSON.parse(result.stdout).summary;
    expect(summary.files).toContainEqual({ file: 'drafts/b', status: 'failed', reason: 'folder cannot be read (permission denied)', items: 0 });
    expect(summary.files).toContainEqual(expect.objectContaining({ file: 'drafts/c/comments.jsonl', status: 'read', items: 1 }));
  });

  it.skipIf(canTest)('cannot be tested as root without setpriv, or from a checkout nobody can read (skipped)', () => undefined);
});

describe('symbolic links and empty folders', () => {
  function linkedFolders(): string {
    const root = tempFolder();
    mkdirSync(path.join(root, 'real'));
    mkdirSync(path.join(root, 'drafts'));
    writeFileSync(path.join(root, 'real/rude.txt'), 'you are a loser\n');
    symlinkSync('../real', path.join(root, 'drafts/linked-folder'));
    symlinkSync('../real/rude.txt', path.join(root, 'drafts/linked-file.txt'));
    symlinkSync('.', path.join(root, 'drafts/loop'));
    symlinkSync('nowhere.txt', path.join(root, 'drafts/broken.txt'));
    return root;
  }

  it('follows links to files and folders, once, and says which links it skipped', async () => {
    const cwd = linkedFolders();
    const result = await runCli(['check', 'drafts', '--format', 'json'], { cwd });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).results.map((file: { path: string }) => file.path)).toEqual(['drafts/linked-file.txt', 'drafts/linked-folder/rude.txt']);
    expect(result.stderr).toContain('kindness: skipped drafts/broken.txt: a broken symbolic link');
    expect(result.stderr).toContain('kindness: skipped drafts/loop: a symbolic link back to a folder above it (a loop)');
  });

  it('walks a folder reached twice only once', async () => {
    const root = linkedFolders();
    const walked = await walkFolder(root, { isIgnored: () => false, accepts: () => true });
    expect(walked.files.map((file) => path.relative(root, file))).toEqual(['drafts/linked-file.txt', 'drafts/linked-folder/rude.txt']);
    expect(walked.unread.map((unread) => [path.relative(root, unread.path), unread.reason])).toEqual([
      ['drafts/broken.txt', 'a broken symbolic link'],
      ['drafts/loop', 'a symbolic link back to a folder above it (a loop)'],
      ['real', 'a symbolic link to a folder already searched'],
    ]);
  });

  it('says so when a folder has nothing to check', async () => {
    const cwd = tempFolder();
    mkdirSync(path.join(cwd, 'empty'));
    mkdirSync(path.join(cwd, 'images'));
    writeFileSync(path.join(cwd, 'images/photo.png'), 'not text');
    const check = await runCli(['check', 'empty', 'images'], { cwd });
    expect(check.stdout).toBe('No files were checked.\n');
    expect(check.stderr).toContain('kindness: empty: no files to check');
    expect(check.stderr).toContain('kindness: images: no files to check');
    const scan = await runCli(['scan', 'empty', '--format', 'json'], { cwd });
    expect(JSON.parse(scan.stdout).summary.files).toEqual([{ file: 'empty', status: 'skipped', reason: 'an empty folder (hidden files are not read)' }]);
  });
});
