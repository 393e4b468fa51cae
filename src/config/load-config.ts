/**
 * Finds and reads config files with cosmiconfig (`.kindnessrc`, `.kindnessrc.{json,yaml,yml,js,
 * cjs,mjs}`, `kindness.config.{js,cjs,mjs}`, a `kindness` key in package.json), searching from a
 * folder upwards, and validates what it finds.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../core/errors.js';
import { mayHaveConfig } from './may-have-config.js';
import type { KindnessConfig } from './types.js';

export const CONFIG_NAME = 'kindness';

export interface LoadedConfig {
  config: KindnessConfig;
  /** The file it came from; undefined when none was found and the defaults apply. */
  filepath: string | undefined;
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

async function validate(raw: unknown, filepath: string, ruleIds: readonly string[]): Promise<KindnessConfig> {
  // The schema library loads only when a config file exists: start-up stays fast without one.
  const { validateConfig } = await import('./schema.js');
  const result = validateConfig(raw, ruleIds);
  if ('issue' in result) throw new ConfigError(filepath, result.issue.problem, result.issue.key);
  return result.config;
}

/**
 * Creates a loader that validates against `ruleIds` (the built-in rules, plus plugins later).
 */
export function createConfigLoader(ruleIds: readonly string[]): ConfigLoader {
  type Explorer = ReturnType<typeof import('cosmiconfig').cosmiconfig>;
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
    if (found === null) return { config: {}, filepath: undefined };
    const shown = path.relative(process.cwd(), found.filepath) || found.filepath;
    const config = found.isEmpty ? {} : await validate(found.config, shown, ruleIds);
    return { config, filepath: found.filepath };
  };

  return {
    search(directory) {
      const key = path.resolve(directory);
      let pending = byDirectory.get(key);
      if (pending === undefined) {
        pending = mayHaveConfig(key, CONFIG_NAME) ? read((explorer) => explorer.search(key), key) : Promise.resolve({ config: {}, filepath: undefined });
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
