/** The output formats, each loaded only when asked for. */
import type { Reporter } from './types.js';

const LOADERS: Record<string, () => Promise<Reporter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

/** The reporter for `name`, or undefined when there is none by that name. */
export async function loadReporter(name: string): Promise<Reporter | undefined> {
  return LOADERS[name]?.();
}
