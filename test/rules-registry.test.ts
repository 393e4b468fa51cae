import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../rules/index.js';
import packageJson from '../package.json' with { type: 'json' };
import { REPO_ROOT } from './support/run-cli.js';

const RULES_DIR = path.join(REPO_ROOT, 'rules');
const folders = readdirSync(RULES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

describe('rule files (after ESLint\'s checkRuleFiles)', () => {
  it.each(folders)('%s is registered under its folder name', (folder) => {
    expect(BUILT_IN_RULES.get(folder)?.meta.id).toBe(folder);
  });

  it.each(folders)('%s has a README with what it catches, what it does not, and why it matters', (folder) => {
    const readme = path.join(RULES_DIR, folder, 'README.md');
    expect(existsSync(readme)).toBe(true);
    const text = readFileSync(readme, 'utf8');
    expect(text).toMatch(/## What it catches/);
    expect(text).toMatch(/## What it does not catch/);
    expect(text).toMatch(/## Why it matters/);
  });

  it.each(folders)('%s has a test beside it', (folder) => {
    expect(existsSync(path.join(RULES_DIR, folder, `${folder}.test.ts`))).toBe(true);
  });

  it('the bundled library carries the vocabularies that the rules compute from their data', async () => {
    // scripts/bundle.js works them out once so that a run need not parse every phrase list.
    const bundled: { BUILT_IN_RULES: typeof BUILT_IN_RULES } = await import(path.join(REPO_ROOT, 'dist/lib/index.js'));
    const sorted = (words: ReadonlySet<string> | undefined) => (words === undefined ? undefined : [...words].sort());
    for (const [id, rule] of BUILT_IN_RULES) expect(sorted(bundled.BUILT_IN_RULES.get(id)?.vocabulary), id).toEqual(sorted(rule.vocabulary));
  });

  it('every registered rule has a folder, a docs link to its README and complete messages', () => {
    for (const [id, rule] of BUILT_IN_RULES) {
      expect(folders).toContain(id);
      expect(rule.meta.docs).toBe(packageJson.ruleDocs.replace('{version}', packageJson.version).replace('{id}', id));
      expect(existsSync(rule.meta.docsPath ?? ''), `${id} docsPath`).toBe(true);
      for (const spec of Object.values(rule.meta.messages)) {
        expect(spec.message.length).toBeGreaterThan(0);
        expect(spec.why.length).toBeGreaterThan(0);
      }
    }
  });
});
