import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, lintText, loadConfig } from '../src/index.js';
import { FIXTURES } from './support/run-cli.js';

describe('lintText', () => {
  it('lints with the recommended preset by default', () => {
    const { messages, errorCount } = lintText("you're so dumb lol");
    expect(errorCount).toBe(1);
    expect(messages[0]).toMatchObject({ ruleId: 'insults', severity: 'error', text: 'dumb', line: 1, column: 11, endColumn: 15, range: [10, 14] });
  });

  it('takes a config and rule overrides', () => {
    expect(lintText("you're so dumb", { config: { rules: { insults: 'off' } } }).messages).toEqual([]);
    expect(lintText("you're so dumb", { rules: { insults: 'warn' } }).messages[0]?.severity).toBe('warning');
    expect(lintText('damn, what a loser', { config: { allow: ['loser'] } }).messages).toEqual([]);
  });

  it('throws a ConfigError naming the key of an invalid config', () => {
    expect(() => lintText('hi', { config: { rules: { insults: 'loud' as 'off' } } })).toThrow(ConfigError);
    expect(() => lintText('hi', { config: { rules: { insults: 'loud' as 'off' } } })).toThrow(/rules\.insults/);
  });

  it('sorts messages by position', () => {
    const { messages } = lintText('nobody asked. you are a loser. this is fucking lame');
    const starts = messages.map((message) => message.range[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('loadConfig', () => {
  it('finds the nearest config from a folder', async () => {
    const { config, filepath } = await loadConfig(path.join(FIXTURES, 'config', 'nested', 'captions', 'week-1'));
    expect(config).toEqual({ rules: { insults: 'off' } });
    expect(filepath).toMatch(/nested[/\\]\.kindnessrc\.json$/);
  });

  it('loads one config file', async () => {
    const { config } = await loadConfig(path.join(FIXTURES, 'config', 'yaml-rc', '.kindnessrc.yaml'));
    expect(config).toEqual({ rules: { 'micro-aggressions': 'error' } });
  });
});

describe('lintText with a file name', () => {
  it('checks Markdown as prose and subtitles cue by cue, and applies directives', () => {
    const markdown = lintText('Run `idiot --help`.\n\nYou idiot.\n', { filename: 'notes.md' });
    expect(markdown.messages.map((message) => [message.line, message.text])).toEqual([[3, 'idiot']]);
    const subtitles = lintText('1\n00:00:01,000 --> 00:00:02,000\nyou idiot\n', { filename: 'ep.srt' });
    expect(subtitles.messages[0]?.cue).toEqual({ start: '00:00:01,000', end: '00:00:02,000' });
    const suppressed = lintText('kindness-disable-next-line insults -- asked for a roast\nyou idiot');
    expect(suppressed.messages).toEqual([]);
    expect(suppressed.suppressedMessages[0]?.suppressions).toEqual([{ kind: 'directive', justification: 'asked for a roast' }]);
  });
});
