/**
 * A valid/invalid table runner for rules, after ESLint's RuleTester. Every reported range is
 * checked against the original text, so a rule can never point at the wrong words.
 */
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, verifyText } from '../../src/core/linter.js';
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

/**
 * Checks that a text a person reads is a finished sentence: every placeholder filled, a capital
 * (or a quote) first, closing punctuation last, no doubled spaces or space before a full stop.
 */
export function expectReadable(sentence: string, where = sentence): void {
  expect(sentence, where).not.toMatch(/\{\{|\}\}/);
  expect(sentence, where).toMatch(/^["“'(\p{Lu}\d]/u);
  expect(sentence, where).toMatch(/[.!?…"”)]$/u);
  expect(sentence, where).not.toMatch(/ {2}| [.,;:!?]/);
}

/** Every text a message shows: what may hurt, why, and each kinder way to say it. */
export function expectReadableMessage(message: Pick<LintMessage, 'message' | 'why' | 'suggestions'>): void {
  for (const text of [message.message, message.why, ...message.suggestions]) expectReadable(text, `${message.message} / ${text}`);
}

/** Renders a message of `rule` with `data` as the engine would, and checks every text in it reads. */
export function expectRendersReadably(rule: Rule, messageId: string, data: Readonly<Record<string, string>>): void {
  const spec = rule.meta.messages[messageId];
  expect(spec, `${rule.meta.id} has no message ${messageId}`).toBeDefined();
  if (spec === undefined) return;
  expectReadableMessage({
    message: fillPlaceholders(spec.message, data),
    why: fillPlaceholders(spec.why, data),
    suggestions: spec.kinder.map((kinder) => fillPlaceholders(kinder, data)),
  });
}

function expectRangesMatchText(text: string, messages: readonly LintMessage[]): void {
  for (const message of messages) {
    expect(text.slice(message.range[0], message.range[1])).toBe(message.text);
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.column).toBeGreaterThanOrEqual(1);
    expect(message.suggestions.length).toBeGreaterThan(0);
    expectReadableMessage(message);
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
