import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../support/run-cli.js';

const config = (scenario: string, file = 'draft.txt'): string => path.join(FIXTURES, 'config', scenario, file);

describe('kindness "<text>"', () => {
  it('exits 0 with a friendly confirmation when the draft is kind', async () => {
    const result = await runCli(['have a great day']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Nothing hurtful found/);
    expect(result.stderr).toBe('');
  });

  it('exits 1 and explains each error-level finding', async () => {
    const result = await runCli(["you're so dumb lol"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1:11');
    expect(result.stdout).toContain('insults');
    expect(result.stdout).toContain('Think before you post:');
    expect(result.stdout).toContain('Kinder:');
    expect(result.stdout).toMatch(/1 error and 0 warnings/);
  });

  it('exits 0 on warnings alone', async () => {
    const result = await runCli(["that's so gay"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning');
  });

  it('exits 1 when warnings exceed --max-warnings', async () => {
    const result = await runCli(["that's so gay", '--max-warnings', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/more than --max-warnings 0/);
  });

  it('reports errors only with --quiet', async () => {
    const result = await runCli(['this is fucking amazing', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Nothing hurtful found/);
  });

  it('overrides a rule with --rule id=level', async () => {
    expect((await runCli(["you're so dumb", '--rule', 'insults=off'])).code).toBe(0);
    // Naming the profanity rule reports every swear word, emphasis included.
    expect((await runCli(['this is fucking amazing', '--rule', 'profanity=error'])).code).toBe(1);
  });

  it('prints no colour codes when stdout is not a terminal, and honours FORCE_COLOR and --no-color', async () => {
    expect((await runCli(["you're so dumb"])).stdout).not.toContain('\u001b[');
    expect((await runCli(["you're so dumb"], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await runCli(["you're so dumb", '--no-color'], { stdoutIsTTY: true })).stdout).not.toContain('\u001b[');
    expect((await runCli(["you're so dumb"], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(["you're so dumb"], { stdoutIsTTY: true })).stdout).toContain('\u001b[');
  });
});

describe('standard input', () => {
  it('reads stdin with "-"', async () => {
    const result = await runCli(['-'], { stdin: 'nobody asked' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<stdin>');
  });

  it('reads stdin when there are no arguments and no terminal', async () => {
    const result = await runCli([], { stdin: 'have a lovely weekend' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('prompts for a draft on a terminal, then checks it', async () => {
    const result = await runCli([], { stdin: 'kys', stdinIsTTY: true });
    expect(result.stderr).toMatch(/Type or paste your draft/);
    expect(result.code).toBe(1);
  });
});

describe('kindness check <files>', () => {
  it('reports file:line:column for each finding', async () => {
    const result = await runCli(['check', path.join(FIXTURES, 'drafts'), '--format', 'json']);
    const report = JSON.parse(result.stdout);
    const reply = report.results.find((file: { path: string }) => file.path.endsWith('reply-to-comments.txt'));
    expect(reply.messages.map((message: { ruleId: string; line: number }) => [message.ruleId, message.line])).toEqual([
      ['insults', 2],
      ['harassment', 3],
      // Line 4 swears as emphasis ("fucking amazing"): the model passes it under the recommended preset.
    ]);
    expect(result.code).toBe(1);
  });

  it('exits 2 naming a missing file, and still reports the others', async () => {
    const result = await runCli(['check', 'no-such-draft.txt', path.join(FIXTURES, 'drafts', 'caption-kind.md')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('kindness: no-such-draft.txt: no such file or folder\n');
    expect(result.stdout).toMatch(/1 of 2 inputs could not be read; 1 checked, nothing hurtful found in those/);
    expect(result.stdout).not.toMatch(/Nothing hurtful found/);
  });

  it('exits 2 on a binary file', async () => {
    const result = await runCli(['check', path.join(FIXTURES, 'binary', 'image.bin')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/image\.bin: looks like a binary file/);
  });

  it('exits 2 on an unknown format', async () => {
    const result = await runCli(['have a nice day', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/'xml' is invalid.*Allowed choices are stylish, json, sarif, github/);
  });

  it('exits 2 on an unknown option, with no stack trace', async () => {
    const result = await runCli(['--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option/);
    expect(result.stderr).not.toMatch(/at .*\.ts:/);
  });

  it('exits 2 on a bad --rule flag', async () => {
    const result = await runCli(['hi', '--rule', 'insultz=error']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown rule "insultz"/);
  });
});

describe('config discovery', () => {
  it.each([
    ['json-rc', 'this is fucking amazing', 0, 0],
    ['yaml-rc', 'calm down sweetie', 1, 1],
    ['package-json', "you're so dumb", 0, 0],
    ['js-config', 'nobody asked', 0, 0],
    ['empty-rc', 'fucking great', 0, 0],
  ])('finds the config in %s beside the file', async (scenario, _text, expectedErrors, expectedCode) => {
    const result = await runCli(['check', config(scenario), '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.errorCount).toBe(expectedErrors);
    expect(result.code).toBe(expectedCode);
  });

  it('searches upwards from the file\'s folder', async () => {
    const result = await runCli(['check', path.join(FIXTURES, 'config', 'nested', 'captions')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Nothing hurtful found/);
  });

  it('applies custom terms and allowed words', async () => {
    const result = await runCli(['check', config('terms-and-allow'), '--format', 'json']);
    const [file] = JSON.parse(result.stdout).results;
    expect(file.messages.map((message: { ruleId: string; text: string }) => [message.ruleId, message.text])).toEqual([['custom-terms', 'noob']]);
    expect(result.code).toBe(1);
  });

  it('uses the config given with -c, flags still winning', async () => {
    const rc = config('yaml-rc', '.kindnessrc.yaml');
    expect((await runCli(['calm down sweetie', '-c', rc])).code).toBe(1);
    expect((await runCli(['calm down sweetie', '-c', rc, '--rule', 'micro-aggressions=warn'])).code).toBe(0);
  });

  it.each([
    ['bad-severity', /\.kindnessrc\.json: rules\.insults: expected "off", "warn", "error"/],
    ['unknown-rule', /\.kindnessrc\.json: rules\.insultz: unknown rule "insultz"/],
    ['wrong-type', /\.kindnessrc\.json: allow: /],
    ['broken-json', /\.kindnessrc\.json: /],
  ])('exits 2 with one line naming the file and key for %s', async (scenario, expected) => {
    const result = await runCli(['check', config(scenario)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 when -c names a missing file', async () => {
    const result = await runCli(['hi', '-c', 'nope.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('kindness: nope.json: config file not found\n');
  });
});

describe('help and version', () => {
  it('exits 0 for --help and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: kindness/);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
