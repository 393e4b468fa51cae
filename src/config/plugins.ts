/**
 * Loads the plugins a config names: local files relative to the config file, or npm packages
 * resolved from the config file's folder as Node would resolve an `import` there. Loaded only when
 * a config lists plugins.
 *
 * Failures come back as values, not ConfigErrors: this module is bundled apart from the CLI, and
 * an error class from another bundle would not pass the CLI's `instanceof` checks.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve as resolveImport } from 'import-meta-resolve';
import { namespaceRules, pluginNamespace } from '../core/plugin.js';
import type { Plugin, Rule } from '../core/types.js';
import { attachPacks, packsOf } from '../lang/registry.js';
import type { LanguagePack } from '../lang/types.js';

/** Where a plugin came from: enough for a worker thread to load it again. */
export interface PluginSource {
  namespace: string;
  /** The module's file URL. */
  url: string;
}

export interface LoadedPlugin extends PluginSource {
  /** As written in the config. */
  specifier: string;
  plugin: Plugin;
  /** Its rules under their namespaced ids. */
  rules: ReadonlyMap<string, Rule>;
  /** Its language packs. */
  packs: readonly LanguagePack[];
}

function isPath(specifier: string): boolean {
  return specifier.startsWith('.') || path.isAbsolute(specifier) || specifier.startsWith('file:');
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'cannot be loaded';
}

function locate(specifier: string, configFile: string): string {
  if (!isPath(specifier)) return resolveImport(specifier, pathToFileURL(configFile).href);
  const file = specifier.startsWith('file:') ? fileURLToPath(specifier) : path.resolve(path.dirname(configFile), specifier);
  if (!existsSync(file)) throw new Error(`no file at ${path.relative(process.cwd(), file) || file}`);
  return pathToFileURL(file).href;
}

async function importPlugin(url: string): Promise<unknown> {
  const module = (await import(url)) as { default?: unknown; rules?: unknown };
  // An ES module's default export, or a CommonJS module.exports (which import() puts on default).
  return module.default ?? module;
}

/**
 * Loads every plugin in `specifiers`, or says which one failed and why.
 *
 * @param configFile the config file that lists them; paths are relative to its folder.
 */
export async function loadPlugins(specifiers: readonly string[], configFile: string): Promise<{ plugins: LoadedPlugin[] } | { problem: string }> {
  const loaded: LoadedPlugin[] = [];
  const namespaces = new Map<string, string>();
  for (const specifier of specifiers) {
    const fail = (problem: string) => ({ problem: `plugin "${specifier}" ${problem}` });
    let url: string;
    let plugin: unknown;
    try {
      url = locate(specifier, configFile);
    } catch (error) {
      return fail(`cannot be found: ${firstLine(error)}`);
    }
    try {
      plugin = await importPlugin(url);
    } catch (error) {
      return fail(`failed to load: ${firstLine(error)}`);
    }
    const namespace = pluginNamespace(specifier, plugin as Plugin);
    const clash = namespaces.get(namespace);
    if (clash !== undefined) return fail(`has the same namespace "${namespace}" as "${clash}"`);
    namespaces.set(namespace, specifier);
    const result = namespaceRules(namespace, plugin);
    if ('problem' in result) return fail(result.problem);
    loaded.push({ specifier, namespace, url, plugin: plugin as Plugin, rules: result.rules, packs: result.packs });
  }
  return { plugins: loaded };
}

/**
 * Loads plugins again from their sources (in a worker thread) and returns their rules after
 * `builtIn`, with the packs of both attached.
 */
export async function loadPluginRules(sources: readonly PluginSource[], builtIn: ReadonlyMap<string, Rule>): Promise<Map<string, Rule>> {
  const rules = new Map<string, Rule>(builtIn);
  const packs = [...packsOf(builtIn)];
  for (const source of sources) {
    const result = namespaceRules(source.namespace, await importPlugin(source.url));
    if ('problem' in result) throw new Error(`plugin "${source.namespace}" ${result.problem}`);
    for (const [id, rule] of result.rules) rules.set(id, rule);
    packs.push(...result.packs);
  }
  return attachPacks(rules, packs);
}
