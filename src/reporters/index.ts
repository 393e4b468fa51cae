/**
 * The output formats. The default one is loaded with the CLI (a separate chunk would cost one more
 * asynchronous module load on every run); the others only when asked for.
 */
import { createStylishReporter } from './stylish.js';
import type { StreamingReporterFactory } from './types.js';

const LOADERS: Record<string, () => Promise<StreamingReporterFactory>> = {
  stylish: async () => createStylishReporter,
  json: async () => (await import('./json.js')).createJsonReporter,
  sarif: async () => (await import('./check-sarif.js')).createCheckSarifReporter,
  github: async () => (await import('./check-github.js')).createCheckGitHubReporter,
  html: async () => (await import('./check-html.js')).createCheckHtmlReporter,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

/** The reporter for `name`, or undefined when there is none by that name. */
export async function loadReporter(name: string): Promise<StreamingReporterFactory | undefined> {
  return LOADERS[name]?.();
}
