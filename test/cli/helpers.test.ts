import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../support/run-cli.js';

const emptyFolder = () => mkdtempSync(path.join(tmpdir(), 'kindness-init-'));

describe('kindness init', () => {
  it('asks about audience and strictness on a terminal and writes a config that works', async () => {
    const cwd = emptyFolder();
    const result = await runCli(['init'], { cwd, stdin: 'kids\n3\n', stdinIsTTY: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Who reads your posts\?/);
    expect(result.stderr).toMatch(/How strict should kindness be\?/);
    const written = readFileSync(path.join(cwd, '.kindnessrc'), 'utf8');
    expect(written).toContain('extends: [kindness:kids, kindness:strict]');
    expect(written).toMatch(/^# /);
    const check = await runCli(['check', '-', '--format', 'json'], { cwd, stdin: 'well damn' });
    expect(JSON.parse(check.stdout).results[0].messages[0]).toMatchObject({ ruleId: 'profanity', severity: 'error' });
  });

  it('takes the defaults, or the flags, with --yes and asks nothing', async () => {
    const cwd = emptyFolder();
    const result = await runCli(['init', '--yes', '--strictness', 'relaxed'], { cwd, stdinIsTTY: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const written = readFileSync(path.join(cwd, '.kindnessrc'), 'utf8');
    expect(written).toContain('extends: kindness:recommended');
    expect(written).toMatch(/^ {2}profanity: off/m);
    expect((await runCli(['check', '-'], { cwd, stdin: 'holy shit' })).stdout).toMatch(/Nothing hurtful found/);
  });

  it.each(['general', 'kids', 'professional'])('writes rule comments that match what the %s preset does', async (audience) => {
    const cwd = emptyFolder();
    await runCli(['init', '--yes', '--audience', audience], { cwd });
    const written = readFileSync(path.join(cwd, '.kindnessrc'), 'utf8');
    const before = JSON.parse((await runCli(['rules', '-f', 'json'], { cwd })).stdout).rules;
    // Uncommenting every rule line must change nothing: the comments say what the preset does.
    writeFileSync(path.join(cwd, '.kindnessrc'), written.replace(/^ {2}# ([a-z-]+: )/gm, '  $1'));
    const after = JSON.parse((await runCli(['rules', '-f', 'json'], { cwd })).stdout).rules;
    expect(after).toEqual(before);
    if (audience === 'kids') expect(written).toMatch(/^ {2}# profanity: \[error, \{ includeMild: true \}\]/m);
  });

  it('never overwrites an existing config without --force', async () => {
    const cwd = emptyFolder();
    writeFileSync(path.join(cwd, '.kindnessrc.json'), '{}');
    const result = await runCli(['init', '--yes'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.kindnessrc\.json already exists here; pass --force/);
    expect((await runCli(['init', '--yes', '--force'], { cwd })).code).toBe(0);
  });
});

describe('kindness rules', () => {
  it('lists every rule with its category, default and what the config here does', async () => {
    const result = await runCli(['rules', '--format', 'json'], { cwd: path.join(FIXTURES, 'config/plugins') });
    expect(result.code).toBe(0);
    const rules = JSON.parse(result.stdout).rules;
    expect(rules).toContainEqual(expect.objectContaining({ id: 'insults', category: 'insult', defaultSeverity: 'error', configured: 'error' }));
    expect(rules).toContainEqual(expect.objectContaining({ id: 'custom-terms', configured: 'off' }));
    expect(rules).toContainEqual(expect.objectContaining({ id: 'brand-rules/brand-bashing', defaultSeverity: 'warning', configured: 'error' }));
  });

  it('prints a table on a terminal', async () => {
    const result = await runCli(['rules']);
    expect(result.stdout).toMatch(/^rule\s+category\s+default\s+here\s+description$/m);
    expect(result.stdout).toMatch(/^micro-aggressions\s+micro-aggression\s+warning\s+warning\s+/m);
    expect(result.stdout).toContain('"here" is the level set by the recommended preset (no config file was found from here).\n');
  });

  it('names the config file that sets "here"', async () => {
    const result = await runCli(['rules'], { cwd: path.join(FIXTURES, 'config/plugins') });
    expect(result.stdout).toMatch(/"here" is the level set by .*config[\\/]plugins[\\/]\.kindnessrc/);
  });
});

describe('kindness explain', () => {
  it('explains a built-in rule from its README: catches, does not, why, kinder examples', async () => {
    const result = await runCli(['explain', 'insults']);
    expect(result.code).toBe(0);
    for (const heading of ['What it catches', 'What it does not catch', 'Why it matters', 'Examples']) expect(result.stdout).toContain(heading);
    expect(result.stdout).toMatch(/you're so dumb lol {2}→ {2}I see this differently/);
  });

  it('explains a plugin rule from its messages when it has no README', async () => {
    const result = await runCli(['explain', 'streamer/chat-spam'], { cwd: path.join(FIXTURES, 'config/plugins') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('A flood of messages from strangers is frightening');
    expect(result.stdout).toContain('Kinder: Talk to them yourself, or let it go.');
  });

  it('exits 2 on a rule that does not exist', async () => {
    const result = await runCli(['explain', 'meanness']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/explain meanness: unknown rule/);
  });
});
