/**
 * kindness as a library: lint text from your own tool.
 *
 * @example
 * import { lintText } from 'kindness';
 * const { messages } = lintText("you're so dumb lol");
 * messages[0].ruleId; // 'insults'
 */
import { ConfigError } from './core/errors.js';
import { verifyText } from './core/linter.js';
import type { LintResult, RuleLevel } from './core/types.js';
import { createConfigLoader } from './config/load-config.js';
import { resolveConfig } from './config/resolve.js';
import { validateConfig } from './config/schema.js';
import type { KindnessConfig } from './config/types.js';
import { BUILT_IN_RULES } from '../rules/index.js';

export type * from './core/types.js';
export type { KindnessConfig, CustomTerm, RuleEntry } from './config/types.js';
export type { LintConfig, RuleSetting } from './core/linter.js';
export { ConfigError, InputError, KindnessError, UsageError } from './core/errors.js';
export { defineRule } from './core/define-rule.js';
export { BUILT_IN_RULES } from '../rules/index.js';

export interface LintTextOptions {
  /** A config in the shape of a `.kindnessrc`; the recommended preset when omitted. */
  config?: KindnessConfig;
  /** Rule levels applied on top of the config, like `--rule` on the command line. */
  rules?: Readonly<Record<string, RuleLevel>>;
}

const resolvedConfigs = new WeakMap<KindnessConfig, ReturnType<typeof resolveConfig>>();
const RECOMMENDED: KindnessConfig = {};

/**
 * Lints `text` and returns its messages, sorted by position. Pure: touches no file system.
 *
 * @throws ConfigError when `options.config` is not a valid config.
 */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const given = options.config ?? RECOMMENDED;
  let resolved = options.rules === undefined ? resolvedConfigs.get(given) : undefined;
  if (resolved === undefined) {
    const checked = validateConfig(given, [...BUILT_IN_RULES.keys()]);
    if ('issue' in checked) throw new ConfigError('<options.config>', checked.issue.problem, checked.issue.key);
    resolved = resolveConfig(checked.config, BUILT_IN_RULES, options.rules);
    if (options.rules === undefined) resolvedConfigs.set(given, resolved);
  }
  return verifyText(text, resolved, BUILT_IN_RULES);
}

/**
 * Loads the config that applies to a folder (searching upwards) or from one config file.
 *
 * @param from a config file, or a folder to search from; the working folder when omitted.
 * @returns the config and the file it came from (undefined when none was found).
 * @throws ConfigError when the file cannot be read or does not validate.
 */
export async function loadConfig(from: string = process.cwd()): Promise<{ config: KindnessConfig; filepath: string | undefined }> {
  const { stat } = await import('node:fs/promises');
  const loader = createConfigLoader([...BUILT_IN_RULES.keys()]);
  const isFolder = await stat(from).then((info) => info.isDirectory(), () => false);
  return isFolder ? loader.search(from) : loader.load(from);
}
