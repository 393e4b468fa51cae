/**
 * Validation of config files, with errors that name the key. Loaded only when a config is
 * actually found, so a plain `kindness "text"` never pays for it.
 */
import * as v from 'valibot';
import { CATEGORIES } from '../core/categories.js';
import { PRESET_NAMES } from './presets.js';
import type { Rule } from '../core/types.js';
import { checkRuleOptions } from './rule-options.js';
import type { KindnessConfig } from './types.js';

const LEVELS = ['off', 'warn', 'error'] as const;

const level = v.picklist(LEVELS, (issue) => `expected one of off, warn, error but got ${JSON.stringify(issue.input)}`);

const ruleEntry = v.union(
  [level, v.strictTuple([level]), v.strictTuple([level, v.record(v.string(), v.unknown())])],
  (issue) => `expected "off", "warn", "error" or ["warn", { options }] but got ${JSON.stringify(issue.input)}`,
);

const term = v.strictObject({
  match: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'must be at most 200 characters')),
  category: v.optional(v.picklist(CATEGORIES, `expected one of ${CATEGORIES.join(', ')}`)),
  severity: v.optional(v.picklist(['warn', 'error'], 'expected warn or error')),
  suggestion: v.optional(v.string()),
  reason: v.optional(v.string()),
});

const presetMessage = `expected one of ${PRESET_NAMES.join(', ')}, or a list of them`;
const preset = v.picklist(PRESET_NAMES, presetMessage);

/** Names what is known, and for a namespaced id, the plugin that would provide it. */
export function describeUnknownRule(id: string, ruleIds: readonly string[]): string {
  const slash = id.lastIndexOf('/');
  if (slash > 0) {
    const namespace = id.slice(0, slash);
    if (!ruleIds.some((known) => known.startsWith(`${namespace}/`))) return `unknown rule "${id}": no plugin "${namespace}" is loaded (list it under plugins)`;
  }
  return `unknown rule "${id}" (known: ${ruleIds.join(', ')})`;
}

function createSchema(ruleIds: readonly string[]) {
  const known = new Set(ruleIds);
  return v.strictObject({
    extends: v.optional(v.union([preset, v.array(preset)], presetMessage)),
    plugins: v.optional(v.array(v.pipe(v.string('expected a file path or package name'), v.minLength(1, 'must not be empty')))),
    rules: v.optional(
      v.record(
        v.pipe(v.string(), v.check((id) => known.has(id), (issue) => describeUnknownRule(String(issue.input), ruleIds))),
        ruleEntry,
      ),
    ),
    allow: v.optional(v.array(v.string('expected a string'))),
    languages: v.optional(v.array(v.pipe(v.string('expected a language code such as "ms"'), v.minLength(1, 'must not be empty')))),
    terms: v.optional(v.array(term)),
    model: v.optional(v.boolean('expected true or false')),
  });
}

/** A config problem: `key` is the dotted path to the bad value (`rules.insults`). */
export interface ConfigIssue {
  key: string;
  problem: string;
}

/** Rule ids valibot's record would pass over (`__proto__`, `constructor`): checked as own keys first. */
function findUnknownRule(input: unknown, ruleIds: readonly string[]): ConfigIssue | undefined {
  const rules = (input as { rules?: unknown }).rules;
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return undefined;
  const unknown = Object.keys(rules).find((id) => !ruleIds.includes(id));
  return unknown === undefined ? undefined : { key: `rules.${unknown}`, problem: describeUnknownRule(unknown, ruleIds) };
}

/** Each rule's options against its `meta.schema`. */
function findBadOptions(config: KindnessConfig, rules: ReadonlyMap<string, Rule>): ConfigIssue | undefined {
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    if (typeof entry === 'string' || entry[1] === undefined) continue;
    const issue = checkRuleOptions(rules.get(id)?.meta.schema, entry[1], `rules.${id}.1`);
    if (issue !== undefined) return issue;
  }
  return undefined;
}

/**
 * Checks `input` against the config schema and each rule's options against the rule's schema.
 * Returns the config, or the first problem found.
 */
export function validateConfig(input: unknown, rules: ReadonlyMap<string, Rule>): { config: KindnessConfig } | { issue: ConfigIssue } {
  const ruleIds = [...rules.keys()];
  // An empty YAML section (`rules:` with every line below commented out) reads as null: treat it as absent.
  const present = typeof input === 'object' && input !== null && !Array.isArray(input) ? Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) : (input ?? {});
  const unknownRule = findUnknownRule(present, ruleIds);
  if (unknownRule !== undefined) return { issue: unknownRule };
  const result = v.safeParse(createSchema(ruleIds), present, { abortEarly: true });
  if (result.success) {
    const config = result.output as KindnessConfig;
    const badOptions = findBadOptions(config, rules);
    return badOptions === undefined ? { config } : { issue: badOptions };
  }
  const first = result.issues[0];
  const key = v.getDotPath(first) ?? '(top level)';
  let problem = first.message;
  if (first.kind === 'schema' && first.type === 'strict_object' && first.expected === 'never') {
    problem = 'unknown option';
  }
  return { issue: { key, problem } };
}
