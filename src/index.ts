/**
 * kindness as a library: lint text from your own tool.
 *
 * @example
 * import { lintText } from 'kindness';
 * const { messages } = lintText("you're so dumb lol");
 * messages[0].ruleId; // 'insults'
 *
 * @example
 * // As the CLI does it: the config files that apply, their presets and plugins, `--rule` overrides.
 * import { createLinter } from 'kindness';
 * const linter = await createLinter({ cwd: process.cwd(), overrides: { profanity: 'off' } });
 * const { messages } = await linter.lintText(draft, { filePath: 'captions/episode-1.srt' });
 */
import { ConfigError } from './core/errors.js';
import { verifyFile, type FileLintResult } from './core/lint-file.js';
import { combineRules } from './core/plugin.js';
import type { Plugin, Rule, RuleLevel } from './core/types.js';
import { processorFor } from './processors/index.js';
import { createConfigLoader } from './config/load-config.js';
import { resolveConfig } from './config/resolve.js';
import { validateConfig } from './config/schema.js';
import type { KindnessConfig } from './config/types.js';
import { BUILT_IN_RULES } from '../rules/index.js';

export type * from './core/types.js';
export type { KindnessConfig, CustomTerm, RuleEntry } from './config/types.js';
export type { LintConfig, RuleSetting } from './core/linter.js';
export type { FileLintResult } from './core/lint-file.js';
export type { SuppressedMessage } from './core/directives.js';
export type { Cue } from './processors/index.js';
export { ConfigError, InputError, KindnessError, UsageError } from './core/errors.js';
export { defineRule, definePlugin, combineVocabularies } from './core/define-rule.js';
// What the built-in rules are made of, for plugin rules: phrase patterns over tokens, word lookup
// that sees through spelling games, and the context checks that keep quotes and banter quiet.
export { compilePhrases, expandGroups, orMention, rangeOf, type PhraseMatch, type PhraseMatcher, type WordClass } from './text/phrases.js';
export { createLexicon, type Lexicon } from './text/lexicon.js';
export { createDocument, type Document, type Sentence, type Token } from './text/document.js';
export { hasAffection, isQuoted, looksLikeName } from './text/context.js';
export { readTarget, type Target, type TargetReading } from './text/addressee.js';
export { PRESET_NAMES, type PresetName } from './config/presets.js';
export { BUILT_IN_RULES } from '../rules/index.js';
export { createLinter, type CreateLinterOptions, type Linter, type LinterLintOptions, type LintSetup } from './config/create-linter.js';

export interface LintTextOptions {
  /** A config in the shape of a `.kindnessrc`; the recommended preset when omitted. */
  config?: KindnessConfig;
  /** Rule levels applied on top of the config, like `--rule` on the command line. */
  rules?: Readonly<Record<string, RuleLevel>>;
  /**
   * Plugins by namespace (`{ foo: plugin }` gives rules `foo/<id>`), already loaded. `loadConfig`
   * returns the ones a config file lists in this shape.
   */
  plugins?: Readonly<Record<string, Plugin>>;
  /**
   * The file name the text comes from, to check it as the CLI would: `.md` as Markdown prose,
   * `.srt`/`.vtt` cue by cue. Plain text when omitted. Nothing is read from disk.
   */
  filename?: string;
  /** Report `kindness-disable` directives that silence nothing, at this severity. */
  reportUnusedDisableDirectives?: 'warning' | 'error';
}

interface Prepared {
  config: ReturnType<typeof resolveConfig>;
  rules: ReadonlyMap<string, Rule>;
}

const preparedByConfig = new WeakMap<KindnessConfig, Prepared>();
const RECOMMENDED: KindnessConfig = {};

/**
 * Lints `text` and returns its messages, sorted by position, with inline `kindness-disable`
 * directives applied (what they silenced is in `suppressedMessages`). Pure: touches no file system.
 *
 * @throws ConfigError when `options.config` is not a valid config.
 */
export function lintText(text: string, options: LintTextOptions = {}): FileLintResult {
  const given = options.config ?? RECOMMENDED;
  const cacheable = options.rules === undefined && options.plugins === undefined;
  let prepared = cacheable ? preparedByConfig.get(given) : undefined;
  if (prepared === undefined) {
    const rules = combineRules(BUILT_IN_RULES, options.plugins ?? {});
    const checked = validateConfig(given, rules);
    if ('issue' in checked) throw new ConfigError('<options.config>', checked.issue.problem, checked.issue.key);
    prepared = { config: resolveConfig(checked.config, rules, options.rules), rules };
    if (cacheable) preparedByConfig.set(given, prepared);
  }
  const segments = processorFor(options.filename ?? '')(text);
  return verifyFile(text, segments, prepared.config, prepared.rules, { reportUnusedDirectives: options.reportUnusedDisableDirectives });
}

/**
 * Loads the config that applies to a folder (searching upwards) or from one config file.
 *
 * @param from a config file, or a folder to search from; the working folder when omitted.
 * @returns the config, the file it came from (undefined when none was found), and the plugins it
 *   lists, loaded and keyed by namespace, ready for `lintText(text, { config, plugins })`.
 * @throws ConfigError when the file cannot be read or does not validate.
 */
export async function loadConfig(
  from: string = process.cwd(),
): Promise<{ config: KindnessConfig; filepath: string | undefined; plugins: Record<string, Plugin> }> {
  const { stat } = await import('node:fs/promises');
  const loader = createConfigLoader(BUILT_IN_RULES);
  const isFolder = await stat(from).then((info) => info.isDirectory(), () => false);
  const loaded = await (isFolder ? loader.search(from) : loader.load(from));
  const plugins = Object.fromEntries(loaded.plugins.map(({ namespace, plugin }) => [namespace, plugin]));
  return { config: loaded.config, filepath: loaded.filepath, plugins };
}
