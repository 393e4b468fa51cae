/**
 * Merges the layers of config into what the engine runs: recommended defaults < config file <
 * command-line flags. Pure.
 */
import type { LintConfig, RuleSetting } from '../core/linter.js';
import type { Rule, RuleLevel } from '../core/types.js';
import { ConfigError, UsageError } from '../core/errors.js';
import { packsOf } from '../lang/registry.js';
import { presetsFor, RECOMMENDED_MODEL } from './presets.js';
import type { ModelSettings } from '../model/combine.js';
import type { KindnessConfig, RuleEntry } from './types.js';

/** The rule that carries the config's `terms`; on only when there are terms. */
export const CUSTOM_TERMS_RULE = 'custom-terms';

function toSetting(entry: RuleEntry, previous: RuleSetting | undefined): RuleSetting {
  if (typeof entry === 'string') return { level: entry, options: previous?.options ?? {} };
  const [level, options] = entry;
  return { level, options: options ?? previous?.options ?? {} };
}

/** The recommended preset: every rule at its default level; custom terms only when configured. */
export function recommendedSettings(rules: ReadonlyMap<string, Rule>): Record<string, RuleSetting> {
  // No prototype: rule ids are data, and `constructor` must never find Object's.
  const settings: Record<string, RuleSetting> = Object.create(null);
  for (const [id, rule] of rules) {
    settings[id] = { level: id === CUSTOM_TERMS_RULE ? 'off' : rule.meta.defaultLevel, options: {} };
  }
  return settings;
}

/**
 * Resolves a validated config and flag overrides against the available rules.
 *
 * @param overrides levels from `--rule id=level`, applied last.
 * @throws UsageError when an override names a rule that is not available.
 */
export function resolveConfig(
  config: KindnessConfig,
  rules: ReadonlyMap<string, Rule>,
  overrides: Readonly<Record<string, RuleLevel>> = {},
): LintConfig {
  const settings = recommendedSettings(rules);
  const terms = config.terms ?? [];
  if (terms.length > 0) settings[CUSTOM_TERMS_RULE] = { level: 'warn', options: {} };
  let model: ModelSettings = RECOMMENDED_MODEL;
  for (const preset of presetsFor(config.extends)) {
    for (const [id, entry] of Object.entries(preset.rules)) if (rules.has(id)) settings[id] = toSetting(entry, settings[id]);
    if (preset.model !== undefined) model = { ...model, ...preset.model, thresholds: { ...model.thresholds, ...preset.model.thresholds } };
  }
  for (const [id, entry] of Object.entries(config.rules ?? {})) settings[id] = toSetting(entry, settings[id]);
  for (const [id, level] of Object.entries(overrides)) {
    if (!rules.has(id)) throw new UsageError(`--rule ${id}=${level}: unknown rule "${id}" (known: ${[...rules.keys()].join(', ')})`);
    settings[id] = { level, options: settings[id]?.options ?? {} };
  }
  // Terms listed under the rule's options and at the top level are one list: merged, never replaced.
  const custom = settings[CUSTOM_TERMS_RULE];
  if (custom !== undefined) {
    const listed = Array.isArray(custom.options.terms) ? (custom.options.terms as unknown[]) : [];
    settings[CUSTOM_TERMS_RULE] = { level: custom.level, options: { ...custom.options, terms: [...listed, ...terms] } };
  }
  // Naming the profanity rule yourself (config or --rule) means you want every swear word reported.
  if (config.rules?.profanity !== undefined || overrides.profanity !== undefined) model = { ...model, profanity: 0 };
  const resolved: LintConfig = { rules: settings, allow: config.allow ?? [], ...(config.model === false ? {} : { model }) };
  if (config.languages !== undefined) resolved.languages = checkLanguages(config.languages, rules);
  return resolved;
}

/**
 * The config's `languages`, checked against English and the packs that come with the rules.
 *
 * @throws ConfigError naming the unknown language.
 */
function checkLanguages(languages: readonly string[], rules: ReadonlyMap<string, Rule>): string[] {
  const known = ['en', ...packsOf(rules).map((pack) => pack.language)];
  const unknown = languages.find((language) => !known.includes(language));
  if (unknown !== undefined) throw new ConfigError('<config>', `unknown language "${unknown}" (known: ${known.join(', ')})`, 'languages');
  return [...languages];
}
