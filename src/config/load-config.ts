/**
 * Finds and reads config files with cosmiconfig (`.kindnessrc`, `.kindnessrc.{json,yaml,yml,js,
 * cjs,mjs}`, `kindness.config.{js,cjs,mjs}`, a `kindness` key in package.json), searching from a
 * folder upwards, and validates what it finds.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { Rule } from '../core/types.js';
import { globalConfigFolder, mayHaveConfig } from './may-have-config.js';
import type { LoadedPlugin } from './plugins.js';
import type { KindnessConfig } from './types.js';

export const CONFIG_NAME = 'kindness';

export interface LoadedConfig {
  config: KindnessConfig;
  /** The file it came from; undefined when none was found and the defaults apply. */
  filepath: string | undefined;
  /** The plugins it lists, loaded. */
  plugins: readonly LoadedPlugin[];
  /** The built-in rules and every plugin's rules, by id. */
  rules: ReadonlyMap<string, Rule>;
}

export interface ConfigLoader {
  /** The config that applies to files in `directory`: the nearest one upwards. Cached per folder. */
  search(directory: string): Promise<LoadedConfig>;
  /** The config in exactly this file; relative paths are taken from `cwd`. */
  load(file: string, cwd?: string): Promise<LoadedConfig>;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'cannot be read';
}

function listsPlugins(raw: unknown): raw is { plugins: string[] } {
  const plugins = (raw as { plugins?: unknown } | null)?.plugins;
  return Array.isArray(plugins) && plugins.length > 0 && plugins.every((plugin) => typeof plugin === 'string' && plugin !== '');
}

/** Loads the plugins a config lists, then validates it against every rule they and we provide. */
async function validate(raw: unknown, filepath: string, shown: string, builtIn: ReadonlyMap<string, Rule>): Promise<Omit<LoadedConfig, 'filepath'>> {
  let plugins: LoadedPlugin[] = [];
  let rules = builtIn;
  if (listsPlugins(raw)) {
    const { loadPlugins } = await import('./plugins.js');
    const result = await loadPlugins(raw.plugins, filepath);
    if ('problem' in result) throw new ConfigError(shown, result.problem);
    plugins = result.plugins;
    rules = new Map([...builtIn, ...plugins.flatMap((plugin) => [...plugin.rules])]);
  }
  // The schema library loads only when a config file exists: start-up stays fast without one.
  const { validateConfig } = await import('./schema.js');
  const result = validateConfig(raw, rules);
  if ('issue' in result) throw new ConfigError(shown, result.issue.problem, result.issue.key);
  return { config: result.config, plugins, rules };
}

/** The names a user config may have in the user config folder, besides cosmiconfig's `config*`. */
const USER_RC_NAMES = ['.kindnessrc', '.kindnessrc.json', '.kindnessrc.yaml', '.kindnessrc.yml', '.kindnessrc.js', '.kindnessrc.cjs', '.kindnessrc.mjs', 'kindness.config.js', 'kindness.config.cjs', 'kindness.config.mjs'];

/**
 * cosmiconfig's search, then the user config folder under the project's own file names: a user
 * who copies their `.kindnessrc` to `~/.config/kindness/` expects it to be found there too.
 */
async function searchWithUserRc(explorer: Explorer, from: string): ReturnType<Explorer['search']> {
  const found = await explorer.search(from);
  if (found !== null) return found;
  const folder = globalConfigFolder(CONFIG_NAME, process.env);
  const file = USER_RC_NAMES.map((name) => path.join(folder, name)).find((candidate) => existsSync(candidate));
  return file === undefined ? null : explorer.load(file);
}

type Explorer = ReturnType<typeof import('cosmiconfig').cosmiconfig>;

/**
 * Creates a loader that validates against the built-in rules and the rules of the plugins each
 * config lists.
 */
export function createConfigLoader(builtIn: ReadonlyMap<string, Rule>): ConfigLoader {
  const defaults: LoadedConfig = { config: {}, filepath: undefined, plugins: [], rules: builtIn };
  let explorer: Promise<Explorer> | undefined;
  const getExplorer = (): Promise<Explorer> =>
    (explorer ??= import('cosmiconfig').then((module) => {
      // cosmiconfig is CommonJS: bundlers may hand its exports over as `default`.
      const { cosmiconfig } = 'cosmiconfig' in module ? module : (module as { default: typeof module }).default;
      return cosmiconfig(CONFIG_NAME, { searchStrategy: 'global' });
    }));
  const byDirectory = new Map<string, Promise<LoadedConfig>>();

  const read = async (find: (explorer: Explorer) => ReturnType<Explorer['search']>, where: string): Promise<LoadedConfig> => {
    let found;
    try {
      found = await find(await getExplorer());
    } catch (error) {
      const file = (error as { filepath?: string }).filepath ?? where;
      throw new ConfigError(path.relative(process.cwd(), file) || file, firstLine(error));
    }
    if (found === null) return defaults;
    const shown = path.relative(process.cwd(), found.filepath) || found.filepath;
    if (found.isEmpty) return { ...defaults, filepath: found.filepath };
    return { ...(await validate(found.config, found.filepath, shown, builtIn)), filepath: found.filepath };
  };

  return {
    search(directory) {
      const key = path.resolve(directory);
      let pending = byDirectory.get(key);
      if (pending === undefined) {
        pending = mayHaveConfig(key, CONFIG_NAME) ? read((explorer) => searchWithUserRc(explorer, key), key) : Promise.resolve(defaults);
        byDirectory.set(key, pending);
      }
      return pending;
    },
    load(file, cwd = process.cwd()) {
      const resolved = path.resolve(cwd, file);
      try {
        if (!statSync(resolved).isFile()) throw new ConfigError(file, 'is not a file');
      } catch (error) {
        if (error instanceof ConfigError) throw error;
        throw new ConfigError(file, 'config file not found');
      }
      return read((explorer) => explorer.load(resolved), resolved);
    },
  };
}
