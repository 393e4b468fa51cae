import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/core/define-rule.js';
import { verifyText, type LintConfig } from '../../src/core/linter.js';
import type { Rule } from '../../src/core/types.js';

function countingRule(id: string, vocabulary?: ReadonlySet<string>): Rule & { runs: number } {
  const rule = {
    runs: 0,
    vocabulary,
    meta: { id, category: 'custom' as const, defaultLevel: 'warn' as const, description: id, docs: '', messages: { hit: { message: 'hit {{term}}', why: 'why', kinder: ['kinder'] } } },
    create(context: Parameters<Rule['create']>[0]) {
      rule.runs++;
      return {
        Sentence(sentence: { tokens: { forms: readonly string[]; start: number; end: number }[] }) {
          for (const token of sentence.tokens) {
            if (token.forms.includes('boo')) context.report({ messageId: 'hit', data: { term: 'boo' }, range: [token.start, token.end], confidence: 1 });
          }
        },
      };
    },
  };
  return defineRule(rule) as Rule & { runs: number };
}

const configFor = (...ids: string[]): LintConfig => ({ rules: Object.fromEntries(ids.map((id) => [id, { level: 'warn', options: {} }])), allow: [] });

describe('verifyText', () => {
  it('skips a rule when the text holds none of its vocabulary, and runs it when it does', () => {
    const rule = countingRule('boo-rule', new Set(['boo']));
    const rules = new Map([[rule.meta.id, rule]]);
    const config = configFor('boo-rule');
    expect(verifyText('a kind sentence', config, rules).messages).toEqual([]);
    expect(rule.runs).toBe(0);
    expect(verifyText('well boo to that', config, rules).messages.map((m) => m.text)).toEqual(['boo']);
    expect(rule.runs).toBe(1);
  });

  it('wakes every rule for a masked word, and always runs rules without a vocabulary', () => {
    const withVocabulary = countingRule('with', new Set(['boo']));
    const without = countingRule('without');
    const rules = new Map<string, Rule>([['with', withVocabulary], ['without', without]]);
    verifyText('nothing to see', configFor('with', 'without'), rules);
    expect([withVocabulary.runs, without.runs]).toEqual([0, 1]);
    verifyText('what the f*ck', configFor('with', 'without'), rules);
    expect([withVocabulary.runs, without.runs]).toEqual([1, 2]);
  });

  it('drops findings the config allows', () => {
    const rule = countingRule('boo-rule', new Set(['boo']));
    const result = verifyText('boo!', { ...configFor('boo-rule'), allow: ['BOO'] }, new Map([[rule.meta.id, rule]]));
    expect(result.messages).toEqual([]);
  });
});
