/**
 * Checks plugin rules and gives them their namespaced ids. Pure: loading the module is the
 * config layer's job.
 */
import { ConfigError } from './errors.js';
import { CATEGORIES } from './categories.js';
import type { Plugin, Rule } from './types.js';
import { attachPacks, findPackProblem, packsOf } from '../lang/registry.js';
import type { LanguagePack } from '../lang/types.js';

const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(CATEGORIES);
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** What is wrong with a rule module, or undefined when the engine can run it. */
export function findRuleProblem(rule: unknown): string | undefined {
  if (!isObject(rule) || !isObject(rule.meta)) return 'has no meta object';
  if (typeof rule.create !== 'function') return 'has no create(context) function';
  const { meta } = rule;
  if (!KNOWN_CATEGORIES.has(meta.category as string)) return `meta.category must be one of ${[...CATEGORIES].join(', ')}`;
  if (meta.defaultLevel !== 'warn' && meta.defaultLevel !== 'error') return 'meta.defaultLevel must be "warn" or "error"';
  if (typeof meta.description !== 'string') return 'meta.description must be a string';
  if (!isObject(meta.messages) || Object.keys(meta.messages).length === 0) return 'meta.messages must name at least one message';
  for (const [id, spec] of Object.entries(meta.messages)) {
    if (!isObject(spec) || typeof spec.message !== 'string' || typeof spec.why !== 'string' || !Array.isArray(spec.kinder)) {
      return `meta.messages.${id} needs message, why and kinder`;
    }
  }
  return undefined;
}

/**
 * The namespace a plugin's rules get: `kindness-plugin-foo` -> `foo`, `@acme/kindness-plugin-foo`
 * -> `@acme/foo`, `@acme/kindness-plugin` -> `@acme`; a local file uses the plugin's `meta.name`,
 * or its file name (`./my-rules.js` -> `my-rules`).
 */
export function pluginNamespace(specifier: string, plugin: Plugin | undefined): string {
  const isPackage = !specifier.startsWith('.') && !specifier.startsWith('/') && !/^[a-zA-Z]:[\\/]/.test(specifier) && !specifier.startsWith('file:');
  let name: string;
  if (isPackage) name = specifier;
  else if (typeof plugin?.meta?.name === 'string' && plugin.meta.name !== '') name = plugin.meta.name;
  else name = (specifier.split(/[\\/]/).pop() ?? specifier).replace(/\.[cm]?[jt]s$/, '');
  return name.replace(/(^|\/)kindness-plugin(?:-|$)/, '$1').replace(/\/$/, '');
}

/**
 * The plugin's rules under their namespaced ids, or a problem naming the first bad rule.
 */
export function namespaceRules(namespace: string, plugin: unknown): { rules: Map<string, Rule>; packs: LanguagePack[] } | { problem: string } {
  if (!isObject(plugin) || !(isObject(plugin.rules) || Array.isArray(plugin.packs))) {
    return { problem: 'exports no rules (expected a default export like { rules: { "my-rule": rule } })' };
  }
  const packs: LanguagePack[] = [];
  if (plugin.packs !== undefined) {
    if (!Array.isArray(plugin.packs)) return { problem: 'packs must be a list of language packs' };
    for (const [index, pack] of plugin.packs.entries()) {
      const problem = findPackProblem(pack);
      if (problem !== undefined) return { problem: `pack ${index + 1} ${problem}` };
      packs.push(pack as LanguagePack);
    }
  }
  const rules = new Map<string, Rule>();
  for (const [key, rule] of Object.entries(isObject(plugin.rules) ? plugin.rules : {})) {
    if (!KEBAB_CASE.test(key)) return { problem: `rule "${key}": ids are kebab-case words, like "brand-bashing"` };
    const problem = findRuleProblem(rule);
    if (problem !== undefined) return { problem: `rule "${key}" ${problem}` };
    const id = `${namespace}/${key}`;
    const checked = rule as Rule;
    rules.set(id, { ...checked, meta: { ...checked.meta, id, docs: typeof checked.meta.docs === 'string' ? checked.meta.docs : '' } });
  }
  if (rules.size === 0 && packs.length === 0) return { problem: 'exports no rules' };
  return { rules, packs };
}

/**
 * Built-in rules followed by every plugin's namespaced rules.
 *
 * @throws ConfigError naming the plugin when one of its rules cannot run.
 */
export function combineRules(builtIn: ReadonlyMap<string, Rule>, plugins: Readonly<Record<string, Plugin>>): ReadonlyMap<string, Rule> {
  const entries = Object.entries(plugins);
  if (entries.length === 0) return builtIn;
  const combined = new Map(builtIn);
  const packs = [...packsOf(builtIn)];
  for (const [namespace, plugin] of entries) {
    const result = namespaceRules(namespace, plugin);
    if ('problem' in result) throw new ConfigError('<plugins>', `plugin "${namespace}" ${result.problem}`);
    for (const [id, rule] of result.rules) combined.set(id, rule);
    packs.push(...result.packs);
  }
  return attachPacks(combined, packs);
}
