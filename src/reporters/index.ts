/**
 * The output formats. The default one is loaded with the CLI (a separate chunk would cost one more
 * asynchronous module load on every run); the others only when asked for.
 */
import { formatStylish } from './stylish.js';
import type { Reporter } from './types.js';

const LOADERS: Record<string, () => Promise<Reporter>> = {
  stylish: async () => formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./check-sarif.js')).formatSarif,
  github: async () => (await import('./check-github.js')).formatGitHub,
  html: async () => (await import('./check-html.js')).formatHtml,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

/** The reporter for `name`, or undefined when there is none by that name. */
export async function loadReporter(name: string): Promise<Reporter | undefined> {
  return LOADERS[name]?.();
}
