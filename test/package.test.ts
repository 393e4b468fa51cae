// The published package holds what its entry points reach, and nothing that only the build needs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/run-cli.js';

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

function packedFiles(): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(output)[0].files as { path: string }[]).map((file) => file.path);
}

describe('the published package', () => {
  const files = packedFiles();

  it('ships the bundles, the types, the rule docs and the third-party notices', () => {
    for (const file of ['bin/kindness.cjs', 'dist/cli/run.cjs', 'dist/cli/scan-worker.cjs', 'dist/lib/index.js', 'dist/lib/testing.js', 'dist/types/src/index.d.ts', 'dist/types/src/testing/index.d.ts', 'dist/THIRD-PARTY-NOTICES.md', 'rules/insults/README.md', 'docs/rule-api.md']) {
      expect(files, file).toContain(file);
    }
  });

  it('ships no source maps, no unbundled compiler output and no tests', () => {
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('dist/src/') || file.startsWith('src/') || file.includes('.test.'))).toEqual([]);
  });

  it('depends only on what stays outside the bundles', () => {
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['cosmiconfig', 'ignore']);
    const notices = readFileSync(path.join(REPO_ROOT, 'dist/THIRD-PARTY-NOTICES.md'), 'utf8');
    for (const name of ['chalk', 'commander', 'ora', 'valibot', 'yauzl', 'csv-parse']) expect(notices).toMatch(new RegExp(`^## ${name} `, 'm'));
    for (const name of Object.keys(manifest.dependencies)) expect(notices).not.toMatch(new RegExp(`^## ${name} `, 'm'));
  });
});
