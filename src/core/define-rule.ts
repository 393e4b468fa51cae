import type { Rule } from './types.js';

/**
 * Declares a rule module. It returns the rule unchanged; its job is to give plugin authors
 * full types and a place for checks as the rule API grows.
 *
 * @example
 * export default defineRule({
 *   meta: { id: 'brand-bashing', category: 'custom', defaultLevel: 'warn', description: '…', docs: '…',
 *           messages: { bash: { message: '…', why: '…', kinder: ['…'] } } },
 *   create: (context) => ({ Sentence(sentence) { … } }),
 * });
 */
export function defineRule(rule: Rule): Rule {
  return rule;
}
