import { describe, expect, it } from 'vitest';
import { lintText, type KindnessConfig } from '../../src/index.js';

const levels = (text: string, config: KindnessConfig) => lintText(text, { config }).messages.map((message) => [message.ruleId, message.severity]);

describe('audience presets', () => {
  it('lets mild swearing pass under recommended and professional, and fails it for kids and strict', () => {
    expect(levels('damn, that edit', { extends: 'kindness:recommended' })).toEqual([]);
    expect(levels('damn, that edit', { extends: 'kindness:professional' })).toEqual([]);
    expect(levels('damn, that edit', { extends: 'kindness:kids' })).toEqual([['profanity', 'error']]);
    expect(levels('damn, that edit', { extends: 'kindness:strict' })).toEqual([['profanity', 'error']]);
  });

  it('fails swearing at work, where recommended does not report swearing as emphasis', () => {
    expect(levels('this is fucking great', {})).toEqual([]);
    expect(levels('this is fucking great', { model: false })).toEqual([['profanity', 'warning']]);
    expect(levels('this is fucking great', { extends: 'kindness:professional' })).toEqual([['profanity', 'error']]);
  });

  it('lets the config file\'s own rules win over the preset, and later presets over earlier ones', () => {
    expect(levels('damn, that edit', { extends: 'kindness:kids', rules: { profanity: 'off' } })).toEqual([]);
    expect(levels('this is fucking great', { extends: ['kindness:professional', 'kindness:recommended'] })).toEqual([['profanity', 'error']]);
  });

  it('keeps rule options given with a level (profanity includeMild)', () => {
    expect(levels('damn, that edit', { rules: { profanity: ['warn', { includeMild: true }] } })).toEqual([['profanity', 'warning']]);
  });

  it('rejects a preset that does not exist, listing the ones that do', () => {
    expect(() => lintText('hi', { config: { extends: 'kindness:gentle' as never } })).toThrow(/extends: expected one of kindness:recommended, kindness:strict, kindness:kids, kindness:professional/);
  });
});
