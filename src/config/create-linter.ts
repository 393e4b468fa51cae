/**
 * The composition root: everything a run needs before it can lint (the config file found or
 * named, its presets and plugins, `--rule` overrides) set up once, and shared by the library,
 * `check`, `scan`, the scan workers and the reporters.
 */
import path from 'node:path';
import { verifyFile, type FileLintResult } from '../core/lint-file.js';
import type { LintConfig } from '../core/linter.js';
import type { Rule, RuleLevel, Severity } from '../core/types.js';
import { rereadModelSetting } from '../model/load.js';
import { processorFor } from '../processors/index.js';
import { BUILT_IN_RULES } from '../../rules/index.js';
import { createConfigLoader, type LoadedConfig } from './load-config.js';
import type { PluginSource } from './plugins.js';
import { resolveConfig } from './resolve.js';

/** What texts are linted with: a resolved config, its rules, and where plugin rules came from. */
export interface LintSetup {
  config: LintConfig;
  rules: ReadonlyMap<string, Rule>;
  /** For worker threads, which load the plugins again. Empty without plugins. */
  plugins: readonly PluginSource[];
  /** The config file it came from; undefined when the recommended preset applies. */
  filepath: string | undefined;
}

export interface CreateLinterOptions {
  /** Relative paths are taken from here; the process's working folder when omitted. */
  cwd?: string;
  /** Use this config file for every text instead of searching for the nearest one. */
  configFile?: string;
  /** Rule levels applied last, like `--rule id=level`. */
  overrides?: Readonly<Record<string, RuleLevel>>;
  /** `false` lints with the rules alone, like `--no-model`, whatever the config says. */
  model?: boolean;
}

export interface LinterLintOptions {
  /** Where the text comes from: picks the config (the nearest upwards) and the processor (`.md`, `.srt`). */
  filePath?: string;
  /** Report `kindness-disable` directives that silence nothing, at this severity. */
  reportUnusedDisableDirectives?: Severity;
}

export interface Linter {
  readonly cwd: string;
  /** The setup for files in `folder` (relative to `cwd`): the named config, or the nearest one upwards. */
  setupFor(folder: string): Promise<LintSetup>;
  /** Lints `text` as the CLI lints a file at `filePath`. Reads config files, never the text's file. */
  lintText(text: string, options?: LinterLintOptions): Promise<FileLintResult>;
  /**
   * Every rule of the setups made so far: the built-in ones, then plugin rules as configs load.
   * Reporters describe rules from here.
   */
  readonly rules: ReadonlyMap<string, Rule>;
}

/**
 * Creates a linter for a run. A config named by `configFile` is read (and `overrides` checked)
 * before this returns, so a bad config or `--rule` fails before any output is written.
 *
 * @throws ConfigError when the named config cannot be read or does not validate.
 * @throws UsageError when an override names an unknown rule.
 */
export async function createLinter(options: CreateLinterOptions = {}): Promise<Linter> {
  const cwd = options.cwd ?? process.cwd();
  const overrides = options.overrides ?? {};
  rereadModelSetting();
  const loader = createConfigLoader(BUILT_IN_RULES);
  const explicit = options.configFile === undefined ? undefined : await loader.load(options.configFile, cwd);
  const setups = new WeakMap<LoadedConfig, LintSetup>();
  const rules = new Map(BUILT_IN_RULES);

  const toSetup = (loaded: LoadedConfig): LintSetup => {
    let setup = setups.get(loaded);
    if (setup === undefined) {
      setup = {
        config: resolveConfig(options.model === false ? { ...loaded.config, model: false } : loaded.config, loaded.rules, overrides),
        rules: loaded.rules,
        plugins: loaded.plugins.map(({ namespace, url }) => ({ namespace, url })),
        filepath: loaded.filepath,
      };
      setups.set(loaded, setup);
      for (const [id, rule] of loaded.rules) rules.set(id, rule);
    }
    return setup;
  };
  const setupFor = async (folder: string): Promise<LintSetup> => toSetup(explicit ?? (await loader.search(path.resolve(cwd, folder))));
  // Overrides name rules: check them now, against the config that applies here.
  if (Object.keys(overrides).length > 0) await setupFor(cwd);

  return {
    cwd,
    rules,
    setupFor,
    async lintText(text, { filePath, reportUnusedDisableDirectives } = {}) {
      const setup = await setupFor(filePath === undefined ? cwd : path.dirname(path.resolve(cwd, filePath)));
      return verifyFile(text, processorFor(filePath ?? '')(text), setup.config, setup.rules, { reportUnusedDirectives: reportUnusedDisableDirectives });
    },
  };
}

/**
 * The rules a worker thread lints with: the built-in ones and the plugins' rules, loaded again
 * from their sources (a worker cannot share the parent's modules).
 */
export async function loadRulesInWorker(plugins: readonly PluginSource[]): Promise<ReadonlyMap<string, Rule>> {
  if (plugins.length === 0) return BUILT_IN_RULES;
  const { loadPluginRules } = await import('./plugins.js');
  return loadPluginRules(plugins, BUILT_IN_RULES);
}
