/**
 * A quick look, before loading cosmiconfig, for any file that could hold a kindness config.
 * Most runs have none, and skipping cosmiconfig (and the YAML parser it brings) keeps a hook's
 * start-up fast. When anything might be a config, cosmiconfig does the real search.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const RC_EXTENSIONS = ['', '.json', '.yaml', '.yml', '.js', '.ts', '.cjs', '.mjs'];
const CONFIG_EXTENSIONS = ['.js', '.ts', '.cjs', '.mjs'];

/** File names cosmiconfig looks for under the name `kindness` (checked against it in a test). */
function isConfigName(name: string, moduleName: string): boolean {
  if (name.startsWith(`.${moduleName}rc`)) return RC_EXTENSIONS.includes(name.slice(moduleName.length + 3));
  if (name.startsWith(`${moduleName}.config`)) return CONFIG_EXTENSIONS.includes(name.slice(moduleName.length + 7));
  return false;
}

function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function packageMentions(file: string, moduleName: string): boolean {
  try {
    const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof manifest === 'object' && manifest !== null && moduleName in manifest;
  } catch {
    // Unreadable or invalid: let cosmiconfig find and report the problem.
    return true;
  }
}

/** cosmiconfig's global config folder (env-paths without suffix): `~/.config/kindness` on Linux. */
export function globalConfigFolder(moduleName: string, env: NodeJS.ProcessEnv): string {
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Preferences', moduleName);
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), moduleName, 'Config');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), moduleName);
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * True when `startFolder` or a folder above it, or the user's global config folder, has a file
 * that may be a config for `moduleName`. False means cosmiconfig would find nothing.
 */
export function mayHaveConfig(startFolder: string, moduleName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  let folder = path.resolve(startFolder);
  for (;;) {
    for (const name of listFolder(folder)) {
      if (isConfigName(name, moduleName)) return true;
      if (name === 'package.json' && packageMentions(path.join(folder, name), moduleName)) return true;
      if (name === 'package.yaml') return true;
      if (name === '.config' && listFolder(path.join(folder, name)).some((inner) => isConfigName(`.${inner}`, moduleName) || inner.startsWith('config'))) return true;
    }
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return isFolder(globalConfigFolder(moduleName, env));
}
