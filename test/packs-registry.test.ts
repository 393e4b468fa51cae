import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '../packs/index.js';
import { BUILT_IN_RULES } from '../rules/index.js';
import { packsOf } from '../src/lang/registry.js';
import { REPO_ROOT } from './support/run-cli.js';

const PACKS_DIR = path.join(REPO_ROOT, 'packs');
const folders = readdirSync(PACKS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

describe('language pack files', () => {
  it('every folder is a registered pack, and the built-in rules carry them all', () => {
    expect(folders.sort()).toEqual(BUILT_IN_PACKS.map((pack) => pack.language).sort());
    expect(packsOf(BUILT_IN_RULES)).toEqual(BUILT_IN_PACKS);
  });

  it.each(folders)('%s has a README with what it catches, what it does not, and why it matters, and a test', (folder) => {
    const text = readFileSync(path.join(PACKS_DIR, folder, 'README.md'), 'utf8');
    expect(text).toMatch(/## What it catches/);
    expect(text).toMatch(/## What it does not catch/);
    expect(text).toMatch(/## Why it matters/);
    expect(existsSync(path.join(PACKS_DIR, folder, `${folder}.test.ts`))).toBe(true);
  });

  it.each(BUILT_IN_PACKS.map((pack) => [pack.language, pack] as const))('%s extends only built-in rules, with complete messages', (_language, pack) => {
    for (const [ruleId, part] of Object.entries(pack.load())) {
      expect(BUILT_IN_RULES.has(ruleId)).toBe(true);
      for (const spec of Object.values(part.messages)) {
        expect(spec.message.length).toBeGreaterThan(0);
        expect(spec.why.length).toBeGreaterThan(0);
        expect(spec.kinder.length).toBeGreaterThan(0);
      }
    }
  });
});
