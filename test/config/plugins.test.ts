import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluginNamespace } from '../../src/core/plugin.js';
import { lintText, loadConfig } from '../../src/index.js';
import { testRule } from '../support/rule-tester.js';
import { FIXTURES, runCli } from '../support/run-cli.js';
import brandRules from '../../fixtures/plugins/brand-rules.js';

const scenario = (name: string): string => path.join(FIXTURES, 'config', name);

// The example plugin in fixtures/plugins, tested the way a plugin author would test it.
const brandBashing = { ...brandRules.rules['brand-bashing']!, meta: { ...brandRules.rules['brand-bashing']!.meta, id: 'brand-rules/brand-bashing' } };
testRule(brandBashing, {
  valid: [
    { text: 'Acme sucks', options: {} },
    { text: 'Acme shipped my order late', options: { brands: ['acme'] } },
    { text: 'this vacuum sucks up everything', options: { brands: ['acme'] } },
  ],
  invalid: [
    { text: 'Acme really sucks', options: { brands: ['acme'] }, errors: ['Acme really sucks'] },
    { text: 'honestly ACME is trash', options: { brands: ['acme'] }, errors: ['ACME is trash'] },
  ],
});

describe('plugins', () => {
  it('loads a local file and an npm package, with rules namespaced and configured like built-ins', async () => {
    const result = await runCli(['check', 'stream-notes.txt', '--format', 'json'], { cwd: scenario('plugins') });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const messages = JSON.parse(result.stdout).results[0].messages;
    expect(messages.map((message: { ruleId: string; severity: string; line: number }) => [message.ruleId, message.severity, message.line])).toEqual([
      ['brand-rules/brand-bashing', 'error', 1],
      ['streamer/chat-spam', 'warning', 2],
    ]);
  });

  it('takes --rule for a plugin rule, and names the missing plugin for an unknown namespace', async () => {
    const off = await runCli(['check', 'stream-notes.txt', '--rule', 'brand-rules/brand-bashing=off'], { cwd: scenario('plugins') });
    expect(off.code).toBe(0);
    const unknown = await runCli(['check', 'stream-notes.txt', '--rule', 'nope/x=warn'], { cwd: scenario('plugins') });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown rule "nope\/x"/);
  });

  it.each([
    ['plugin-missing', /\.kindnessrc: plugin "\.\/not-here\.js" cannot be found: no file at/],
    ['plugin-throws', /\.kindnessrc: plugin "\.\/throws\.js" failed to load: this plugin is broken on purpose/],
    ['plugin-bad-rule', /\.kindnessrc: plugin "\.\/bad-rule\.js" rule "no-create" has no create\(context\) function/],
  ])('exits 2 naming the plugin when it is broken (%s)', async (name, problem) => {
    const result = await runCli(['check', 'note.txt'], { cwd: scenario(name) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(problem);
    expect(result.stdout).toBe('');
  });

  it('names a plugin that is not installed', async () => {
    const result = await runCli(['check', 'note.txt', '--config', path.join(scenario('plugins'), 'not-installed.yaml')], { cwd: scenario('plugin-missing') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/plugin "kindness-plugin-nowhere" cannot be found/);
  });

  it('runs plugin rules in kindness scan', async () => {
    const result = await runCli(['scan', 'stream-notes.txt', '--format', 'jsonl'], { cwd: scenario('plugins') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('"brand-rules/brand-bashing"');
    expect(result.stdout).toContain('"streamer/chat-spam"');
  });

  it('hands loaded plugins to lintText through loadConfig', async () => {
    const { config, plugins } = await loadConfig(scenario('plugins'));
    expect(Object.keys(plugins)).toEqual(['brand-rules', 'streamer']);
    const { messages } = lintText('acme is garbage', { config, plugins });
    expect(messages.map((message) => message.ruleId)).toEqual(['brand-rules/brand-bashing']);
    expect(() => lintText('acme is garbage', { config })).toThrow(/no plugin "brand-rules" is loaded/);
  });

  it.each([
    ['kindness-plugin-foo', 'foo'],
    ['@acme/kindness-plugin-foo', '@acme/foo'],
    ['@acme/kindness-plugin', '@acme'],
    ['some-package', 'some-package'],
    ['./my-rules.js', 'my-rules'],
    ['../lib/kindness-plugin-local.mjs', 'local'],
  ])('namespaces %s as %s', (specifier, namespace) => {
    expect(pluginNamespace(specifier, undefined)).toBe(namespace);
  });

  it('uses meta.name as the namespace of a local file', () => {
    expect(pluginNamespace('./rules.js', { meta: { name: 'acme' }, rules: {} })).toBe('acme');
  });
});
