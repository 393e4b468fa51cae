/**
 * `kindness/testing`: a valid/invalid table runner for rules, after ESLint's RuleTester, for the
 * built-in rules and for plugin authors alike. Every reported range is checked against the
 * original text, and every message a person reads is checked to be a finished sentence.
 *
 * It works with any test framework that has `describe` and `it` (vitest, jest, mocha,
 * node:test): pass them in, or it uses the global ones, or it runs each case at once and throws
 * on the first failure. Failures are node:assert errors, which every framework reports.
 *
 * @example
 * import { describe, it } from 'vitest';
 * import { createRuleTester } from 'kindness/testing';
 * import brandBashing from './brand-bashing.js';
 *
 * createRuleTester({ describe, it }).run(brandBashing, {
 *   valid: [{ text: 'acme is great', options: { brands: ['acme'] } }],
 *   invalid: [{ text: 'acme is trash', options: { brands: ['acme'] }, errors: ['acme is trash'] }],
 * });
 */
import assert from 'node:assert/strict';
import { checkRuleOptions } from '../config/rule-options.js';
import { fillPlaceholders, verifyText } from '../core/linter.js';
import type { LintMessage, Rule } from '../core/types.js';

export interface InvalidCase {
  text: string;
  /** The words each message should quote, in order; with `messageId` or `category` when it matters. */
  errors: ReadonlyArray<string | { text: string; messageId?: string; category?: string }>;
  options?: Record<string, unknown>;
}

export type ValidCase = string | { text: string; options?: Record<string, unknown> };

export interface RuleCases {
  valid: readonly ValidCase[];
  invalid: readonly InvalidCase[];
}

/** The test framework's grouping and case functions. */
export interface TestHooks {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => void): unknown;
}

/** Lints `text` with `rule` alone, at level error, with `options` checked against its schema. */
export function lintWithRule(rule: Rule, text: string, options: Record<string, unknown> = {}): LintMessage[] {
  const issue = checkRuleOptions(rule.meta.schema, options, 'options');
  if (issue !== undefined) throw new Error(`${rule.meta.id}: ${issue.key}: ${issue.problem}`);
  const config = { rules: { [rule.meta.id]: { level: 'error' as const, options } }, allow: [] };
  return verifyText(text, config, new Map([[rule.meta.id, rule]])).messages;
}

/**
 * Asserts that a text a person reads is a finished sentence: every placeholder filled, a capital
 * (or a quote) first, closing punctuation last, no doubled space or space before punctuation.
 */
export function assertReadable(sentence: string, where = sentence): void {
  assert.doesNotMatch(sentence, /\{\{|\}\}/, `unfilled placeholder in: ${where}`);
  assert.match(sentence, /^["“'(\p{Lu}\d]/u, `does not start as a sentence: ${where}`);
  assert.match(sentence, /[.!?…"”)]$/u, `does not end as a sentence: ${where}`);
  assert.doesNotMatch(sentence, / {2}| [.,;:!?]/, `stray space in: ${where}`);
}

/** Every text a message shows: what may hurt, why, and each kinder way to say it. */
export function assertReadableMessage(message: Pick<LintMessage, 'message' | 'why' | 'suggestions'>): void {
  for (const text of [message.message, message.why, ...message.suggestions]) assertReadable(text, `${message.message} / ${text}`);
}

/**
 * Renders message `messageId` of `rule` with `data` as the engine would, and asserts that every
 * text in it reads: use it to check each entry of a rule's data, not only the cases you wrote.
 */
export function assertRendersReadably(rule: Rule, messageId: string, data: Readonly<Record<string, string>>): void {
  const spec = rule.meta.messages[messageId];
  assert.ok(spec !== undefined, `${rule.meta.id} has no message ${messageId}`);
  assertReadableMessage({
    message: fillPlaceholders(spec.message, data),
    why: fillPlaceholders(spec.why, data),
    suggestions: spec.kinder.map((kinder) => fillPlaceholders(kinder, data)),
  });
}

function assertWellFormed(text: string, messages: readonly LintMessage[]): void {
  for (const message of messages) {
    assert.equal(text.slice(message.range[0], message.range[1]), message.text, `${message.ruleId}: range does not cover the quoted words`);
    assert.ok(message.line >= 1 && message.column >= 1, `${message.ruleId}: line and column are 1-based`);
    assert.ok(message.suggestions.length > 0, `${message.ruleId}: every finding offers a kinder way to say it`);
    assertReadableMessage(message);
  }
}

function runValid(rule: Rule, item: ValidCase): void {
  const { text, options } = typeof item === 'string' ? { text: item, options: undefined } : item;
  assert.deepEqual(lintWithRule(rule, text, options).map((message) => message.text), [], `${rule.meta.id} should not flag ${JSON.stringify(text)}`);
}

function runInvalid(rule: Rule, item: InvalidCase): void {
  const messages = lintWithRule(rule, item.text, item.options);
  assertWellFormed(item.text, messages);
  const expected = item.errors.map((error) => (typeof error === 'string' ? { text: error } : error));
  assert.deepEqual(messages.map((message) => message.text), expected.map((error) => error.text), `${rule.meta.id} on ${JSON.stringify(item.text)}`);
  expected.forEach((error, index) => {
    if (error.messageId !== undefined) assert.equal(messages[index]?.messageId, error.messageId);
    if (error.category !== undefined) assert.equal(messages[index]?.category, error.category);
  });
}

/** The framework's `describe`/`it` if given or global, else run each body at once. */
function resolveHooks(hooks: Partial<TestHooks>): TestHooks {
  const global = globalThis as Partial<TestHooks>;
  const runNow = (_name: string, body: () => void): void => body();
  return { describe: hooks.describe ?? global.describe ?? runNow, it: hooks.it ?? global.it ?? runNow };
}

/** A rule tester bound to a test framework's `describe` and `it`. */
export function createRuleTester(hooks: Partial<TestHooks> = {}): { run(rule: Rule, cases: RuleCases): void } {
  const { describe, it } = resolveHooks(hooks);
  return {
    run(rule, cases) {
      describe(`${rule.meta.id}: valid`, () => {
        for (const item of cases.valid) it(`does not flag ${JSON.stringify(typeof item === 'string' ? item : item.text)}`, () => runValid(rule, item));
      });
      describe(`${rule.meta.id}: invalid`, () => {
        for (const item of cases.invalid) it(`flags ${JSON.stringify(item.text)}`, () => runInvalid(rule, item));
      });
    },
  };
}
