/**
 * Which language packs go with a set of rules. The built-in rules carry the built-in packs; a
 * rule set that includes plugins carries their packs too. Kept beside the rule map rather than in
 * the config, so a config stays plain data (it travels to worker threads as JSON).
 */
import type { Rule } from '../core/types.js';
import type { LanguagePack } from './types.js';

type RuleMap = ReadonlyMap<string, Rule>;

const packsByRules = new WeakMap<RuleMap, readonly LanguagePack[]>();

/** Records the packs that run with `rules`; returns `rules`. */
export function attachPacks<T extends RuleMap>(rules: T, packs: readonly LanguagePack[]): T {
  packsByRules.set(rules, packs);
  return rules;
}

/** The packs recorded for `rules`: none for a rule set nobody attached packs to. */
export function packsOf(rules: RuleMap): readonly LanguagePack[] {
  return packsByRules.get(rules) ?? [];
}

/** What is wrong with a plugin's pack, or undefined when the engine can run it. */
export function findPackProblem(pack: unknown): string | undefined {
  if (typeof pack !== 'object' || pack === null) return 'is not an object';
  const candidate = pack as Partial<LanguagePack>;
  if (typeof candidate.language !== 'string' || !/^[a-z][a-z0-9-]*$/.test(candidate.language)) return 'needs a language code like "tl"';
  if (candidate.language === 'en' || candidate.language === 'und') return `cannot take the language code "${candidate.language}"`;
  if (!(candidate.markers instanceof Set) || candidate.markers.size === 0) return 'needs markers: a Set of words that mark its language';
  if (typeof candidate.load !== 'function') return 'needs a load() function that returns its rules';
  return undefined;
}
