import type { Plugin, Rule } from './types.js';

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

/**
 * Joins the word sets a rule can start a finding with into its `vocabulary`. Undefined when any
 * part is undefined (a matcher that can start anywhere): the rule then always runs.
 */
export function combineVocabularies(...parts: ReadonlyArray<ReadonlySet<string> | undefined>): ReadonlySet<string> | undefined {
  if (parts.some((part) => part === undefined)) return undefined;
  return new Set(parts.flatMap((part) => [...(part as ReadonlySet<string>)]));
}

/**
 * Declares a plugin: rules by id (kebab-case, without a namespace), and optionally a name used as
 * the namespace when the plugin is loaded from a local file. Returns it unchanged, for the types.
 *
 * @example
 * export default definePlugin({ meta: { name: 'acme' }, rules: { 'brand-bashing': brandBashing } });
 */
export function definePlugin(plugin: Plugin): Plugin {
  return plugin;
}
