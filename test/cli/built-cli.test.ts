// Tests that run the built CLI (bin/kindness.cjs over dist/), as a user would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-cli.js';

// Worker threads run the bundled worker (dist/cli/scan-worker.cjs), so this runs the built CLI,
// as a user would. `npm install` builds it (prepare); after changing sources, `npm run build`.
const BIN = path.join(REPO_ROOT, 'bin/kindness.cjs');

function scan(file: string, jobs: number) {
  return spawnSync(process.execPath, [BIN, 'scan', file, '--format', 'jsonl', '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: 'true' } });
}

describe('kindness scan on worker threads', () => {
  it('gives the same results, in input order, with two workers as with one thread', () => {
    expect(existsSync(path.join(REPO_ROOT, 'dist/cli/scan-worker.cjs')), 'run npm run build first').toBe(true);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kindness-workers-')), 'many.jsonl');
    const lines = Array.from({ length: 12_000 }, (_, index) =>
      JSON.stringify({ id: `c${index}`, text: index % 3 === 0 ? `you are an idiot, take ${index}` : `lovely edit, take ${index}` }),
    );
    writeFileSync(file, `${lines.join('\n')}\n`);
    const parallel = scan(file, 2);
    const single = scan(file, 1);
    expect(parallel.status).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    const ids = parallel.stdout.trim().split('\n').map((line) => JSON.parse(line).id);
    expect(ids).toHaveLength(4000);
    expect(ids.slice(0, 3)).toEqual(['c0', 'c3', 'c6']);
    expect(ids.at(-1)).toBe('c11997');
  });

  it('loads plugin rules on every worker thread', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kindness-worker-plugins-'));
    writeFileSync(path.join(folder, '.kindnessrc.json'), JSON.stringify({
      plugins: [path.join(REPO_ROOT, 'fixtures/plugins/brand-rules.js')],
      rules: { 'brand-rules/brand-bashing': ['warn', { brands: ['acme'] }] },
    }));
    const file = path.join(folder, 'many.jsonl');
    const lines = Array.from({ length: 8_000 }, (_, index) => JSON.stringify({ id: `c${index}`, text: index % 2 === 0 ? `acme is trash, take ${index}` : `lovely edit, take ${index}` }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const parallel = scan(file, 2);
    expect(parallel.stderr).toBe('');
    const rules = parallel.stdout.trim().split('\n').map((line) => JSON.parse(line).findings[0].ruleId);
    expect(rules).toHaveLength(4000);
    expect(new Set(rules)).toEqual(new Set(['brand-rules/brand-bashing']));
  });
});

describe('the built CLI', () => {
  it('reports a config error from a lazily loaded command in one line, exit 2', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kindness-built-'));
    writeFileSync(path.join(folder, '.kindnessrc.json'), '{ "rules": { "meanness": "error" } }');
    writeFileSync(path.join(folder, 'notes.txt'), 'hello\n');
    for (const args of [['scan', 'notes.txt'], ['rules'], ['check', 'notes.txt']]) {
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd: folder, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toBe('kindness: .kindnessrc.json: rules.meanness: unknown rule "meanness" (known: custom-terms, harassment, identity-attacks, insults, micro-aggressions, profanity)\n');
    }
  });
});
