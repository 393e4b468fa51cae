/**
 * Runs the hook that .pre-commit-hooks.yaml declares in a real git repository: a git pre-commit
 * hook that does what the pre-commit framework does (pick the staged files that match `files`,
 * call `entry` with them) and the built CLI installed as `kindness`, as `npm install -g` would.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-cli.js';

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  types: string[];
  files: string;
}

// js-yaml comes with cosmiconfig.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const hooks = yaml.load(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[];
const hook = hooks.find((candidate) => candidate.id === 'kindness');
const gitAvailable = spawnSync('git', ['--version']).status === 0;

let repo: string;

function git(...args: string[]) {
  return spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
}

function commit(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    writeFileSync(path.join(repo, name), text);
    git('add', name);
  }
  return git('commit', '-m', 'update captions');
}

describe.skipIf(!gitAvailable)('the pre-commit hook', () => {
  beforeAll(() => {
    expect(existsSync(path.join(REPO_ROOT, 'dist/cli/run.cjs')), 'run npm run build first').toBe(true);
    repo = mkdtempSync(path.join(tmpdir(), 'kindness-hook-'));
    const bin = path.join(repo, '.tools');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'kindness'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(REPO_ROOT, 'bin/kindness.cjs')}" "$@"\n`);
    chmodSync(path.join(bin, 'kindness'), 0o755);
    git('init', '-q');
    git('config', 'user.email', 'creator@example.com');
    git('config', 'user.name', 'A Creator');
    git('config', 'commit.gpgsign', 'false');
    writeFileSync(path.join(repo, '.git/info/exclude'), '.tools/\n');
    const filesPattern = hook!.files.replace(/'/g, "'\\''");
    writeFileSync(
      path.join(repo, '.git/hooks/pre-commit'),
      [
        '#!/bin/sh',
        `PATH="${bin}:$PATH"`,
        `files=$(git diff --cached --name-only --diff-filter=ACMR | grep -E '${filesPattern}')`,
        '[ -z "$files" ] && exit 0',
        `exec ${hook!.entry} $files`,
        '',
      ].join('\n'),
    );
    chmodSync(path.join(repo, '.git/hooks/pre-commit'), 0o755);
  });

  it('is declared for the pre-commit framework as a node hook over text files', () => {
    expect(hook).toMatchObject({ id: 'kindness', language: 'node', types: ['text'], entry: 'kindness check' });
  });

  it('blocks a commit of a hurtful caption, naming file, line, column and rule', () => {
    const result = commit({ 'captions/ep1.txt': 'Great stream today.\nThanks chat, and you absolute idiot in the back.\n' });
    // git shows a hook's output on its stderr.
    const shown = result.stderr + result.stdout;
    expect(result.status).not.toBe(0);
    expect(shown).toContain('captions/ep1.txt');
    expect(shown).toMatch(/2:\d+\s+error\s+.*insults/);
    expect(git('rev-parse', '--verify', 'HEAD').status).not.toBe(0);
  });

  it('lets a kind caption through, with suppressed lines, ignored files and non-prose files alongside', () => {
    const result = commit({
      'captions/ep1.txt': 'Great stream today.\nThanks chat, see you all tomorrow.\n',
      'captions/roast.md': '<!-- kindness-disable-next-line insults -- Sam asked for the roast -->\nSam, you absolute clown.\n',
      '.kindnessignore': 'archive/\n',
      'archive/old.txt': 'you idiot\n',
      'tools/build.js': '// you idiot\n',
    });
    expect(result.stderr + result.stdout).not.toMatch(/error/);
    expect(result.status).toBe(0);
    expect(git('rev-parse', '--verify', 'HEAD').status).toBe(0);
  });
});
