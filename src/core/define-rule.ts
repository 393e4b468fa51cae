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

/** The built-in rules' vocabularies by rule id (null: none), put in by the bundler (scripts/bundle.js). */
declare const KINDNESS_BUILT_VOCABULARIES: Readonly<Record<string, readonly string[] | null>> | undefined;

/**
 * A built-in rule's `vocabulary`, for a getter: computed the first time the engine asks, unless the
 * bundle already holds it. Working it out means parsing every phrase list the rule has, most of
 * what a short `kindness "some text"` would otherwise spend on rule data; the bundler works it out
 * once, with this same code, from the compiled sources it bundles.
 */
export function builtInVocabulary(ruleId: string, compute: () => ReadonlySet<string> | undefined): () => ReadonlySet<string> | undefined {
  let vocabulary: ReadonlySet<string> | undefined;
  let known = false;
  return () => {
    if (!known) {
      const built = typeof KINDNESS_BUILT_VOCABULARIES === 'undefined' ? undefined : KINDNESS_BUILT_VOCABULARIES[ruleId];
      vocabulary = built === undefined ? compute() : built === null ? undefined : new Set(built);
      known = true;
    }
    return vocabulary;
  };
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
