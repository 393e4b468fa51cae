/**
 * A valid/invalid table runner for rules, after ESLint's RuleTester. Every reported range is
 * checked against the original text, so a rule can never point at the wrong words.
 */
import { describe, expect, it } from 'vitest';
import { verifyText } from '../../src/core/linter.js';
import type { LintMessage, Rule } from '../../src/core/types.js';

export interface InvalidCase {
  text: string;
  /** The words each message should quote, in order; `messageId` when it matters. */
  errors: ReadonlyArray<string | { text: string; messageId?: string; category?: string }>;
  options?: Record<string, unknown>;
}

export type ValidCase = string | { text: string; options?: Record<string, unknown> };

export function lintWith(rule: Rule, text: string, options: Record<string, unknown> = {}): LintMessage[] {
  const config = { rules: { [rule.meta.id]: { level: 'error' as const, options } }, allow: [] };
  return verifyText(text, config, new Map([[rule.meta.id, rule]])).messages;
}

function expectRangesMatchText(text: string, messages: readonly LintMessage[]): void {
  for (const message of messages) {
    expect(text.slice(message.range[0], message.range[1])).toBe(message.text);
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.column).toBeGreaterThanOrEqual(1);
    expect(message.suggestions.length).toBeGreaterThan(0);
    expect(message.why).not.toMatch(/\{\{/);
    expect(message.message).not.toMatch(/\{\{/);
  }
}

export function testRule(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`${rule.meta.id}: valid`, () => {
    for (const item of cases.valid) {
      const { text, options } = typeof item === 'string' ? { text: item, options: undefined } : item;
      it(`does not flag ${JSON.stringify(text)}`, () => {
        expect(lintWith(rule, text, options).map((message) => message.text)).toEqual([]);
      });
    }
  });
  describe(`${rule.meta.id}: invalid`, () => {
    for (const item of cases.invalid) {
      it(`flags ${JSON.stringify(item.text)}`, () => {
        const messages = lintWith(rule, item.text, item.options);
        expectRangesMatchText(item.text, messages);
        const expected = item.errors.map((error) => (typeof error === 'string' ? { text: error } : error));
        expect(messages.map((message) => message.text)).toEqual(expected.map((error) => error.text));
        expected.forEach((error, index) => {
          if (error.messageId) expect(messages[index]?.messageId).toBe(error.messageId);
          if (error.category) expect(messages[index]?.category).toBe(error.category);
        });
      });
    }
  });
}
