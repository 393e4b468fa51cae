// Tests that run the built CLI (bin/kindness.cjs over dist/), as a user would.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Writes a one-rule plugin `name` to folder/name.mjs and a config that loads it. */
function writeThreadPlugin(folder: string, name: string, messages: string, create: string, config: object = {}): void {
  writeFileSync(path.join(folder, `${name}.mjs`), [
    "import { isMainThread } from 'node:worker_threads';",
    `const rule = { meta: { id: '${name}', category: 'custom', defaultLevel: 'warn', description: 'a test rule', docs: '', messages: ${messages} }, ${create} };`,
    `export default { meta: { name: '${name}' }, rules: { ${name}: rule } };`,
  ].join('\n'));
  writeFileSync(path.join(folder, '.kindnessrc.json'), JSON.stringify({ plugins: [`./${name}.mjs`], ...config }));
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

  it('lints on this thread too: --jobs 2 is one worker beside the scan\'s own thread, results in order', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kindness-worker-share-'));
    // Reports, on every text, which thread linted it.
    writeThreadPlugin(
      folder,
      'thread',
      "{ on: { message: 'linted on the {{thread}} thread', why: 'a test', kinder: [] } }",
      // Slow on the worker (0.1 ms a text), so the worker always has batches waiting and this
      // thread must take some, however loaded the machine running the test is.
      "create(context) { return { Document() { if (!isMainThread) { const until = performance.now() + 0.1; while (performance.now() < until); } context.report({ messageId: 'on', range: [0, 1], confidence: 1, data: { thread: isMainThread ? 'main' : 'worker' } }); } }; }",
      { model: false },
    );
    const file = path.join(folder, 'many.jsonl');
    writeFileSync(file, `${Array.from({ length: 40_000 }, (_, index) => JSON.stringify({ id: `c${index}`, text: `lovely edit ${index}` })).join('\n')}\n`);
    const result = scan(file, 2);
    expect(result.stderr).toBe('');
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => record.id)).toEqual(Array.from({ length: 40_000 }, (_, index) => `c${index}`));
    // The first few batches are linted here before the worker starts; after them, both threads share.
    const later = records.slice(10_000).map((record) => record.findings.find((finding: { ruleId: string }) => finding.ruleId === 'thread/thread').message);
    expect(new Set(later)).toEqual(new Set(['linted on the main thread', 'linted on the worker thread']));
  });

  it('fails with exit 2, saying what happened, when a worker thread exits on its own', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kindness-worker-exit-'));
    // Exits only inside a worker thread: the main thread loads the plugin too, to check the config.
    writeThreadPlugin(folder, 'exits', "{ never: { message: 'never reported', why: 'it exits first', kinder: [] } }", 'create() { if (!isMainThread) process.exit(3); return {}; }');
    const file = path.join(folder, 'many.jsonl');
    writeFileSync(file, `${Array.from({ length: 8_000 }, (_, index) => JSON.stringify({ id: `c${index}`, text: `lovely edit ${index}` })).join('\n')}\n`);
    const result = scan(file, 2);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/a scan worker thread exited with code 3 before the scan finished/);
  });
});

/** Runs the built CLI into a pipe that its reader closes after the first chunk, as `| head -1` does. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, CI: 'true' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('writing into a closed pipe', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'kindness-epipe-'));
  const comments = path.join(folder, 'big.jsonl');
  writeFileSync(comments, `${Array.from({ length: 40_000 }, (_, index) => JSON.stringify({ id: `c${index}`, text: `you are an idiot, take ${index}` })).join('\n')}\n`);
  const draft = path.join(folder, 'big.txt');
  writeFileSync(draft, `${Array.from({ length: 20_000 }, (_, index) => `you are an idiot, take ${index}`).join('\n')}\n`);

  it.each([
    ['scan', comments, '-f', 'jsonl', '-j', '1'],
    ['check', draft],
  ])('ends quietly with the usual exit code: kindness %s … | head -1', async (...args) => {
    const { code, stderr } = await runIntoClosedPipe(args);
    expect(stderr).toBe('');
    expect(code).toBe(1);
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

describe('start-up of the built CLI', () => {
  it('checks a short text without loading Node modules it does not use (child_process, tty, net, fs/promises)', () => {
    // A preload reports which of Node's own modules the run loaded. Output goes to /dev/null: a pipe or
    // a terminal would load node:net or node:tty for the stream itself, whatever kindness does.
    const folder = mkdtempSync(path.join(tmpdir(), 'kindness-start-'));
    const preload = path.join(folder, 'modules.cjs');
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULES_FILE, process.moduleLoadList.join('\\n')));");
    const modulesFile = path.join(folder, 'modules.txt');
    const result = spawnSync(process.execPath, ['-r', preload, BIN, 'have a great day'], { stdio: 'ignore', env: { ...process.env, MODULES_FILE: modulesFile } });
    expect(result.status).toBe(0);
    const loaded = new Set(readFileSync(modulesFile, 'utf8').split('\n'));
    for (const name of ['child_process', 'tty', 'net', 'fs/promises', 'readline']) expect(loaded.has(`NativeModule ${name}`), name).toBe(false);
  });
});
