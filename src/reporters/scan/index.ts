/** The scan report formats, each loaded only when asked for. */
import type { ScanReporterFactory } from './types.js';
import { loadDisplayWidth } from '../visible.js';

const LOADERS: Record<string, () => Promise<ScanReporterFactory>> = {
  summary: async () => {
    await loadDisplayWidth();
    return (await import('./summary.js')).createSummaryReporter;
  },
  json: async () => (await import('./json.js')).createJsonReporter,
  jsonl: async () => (await import('./jsonl.js')).createJsonLinesReporter,
  csv: async () => (await import('./csv.js')).createCsvReporter,
  sarif: async () => (await import('./sarif.js')).createSarifReporter,
  github: async () => (await import('./github.js')).createGitHubReporter,
  html: async () => (await import('./html.js')).createHtmlReporter,
};

export const SCAN_FORMAT_NAMES: readonly string[] = Object.keys(LOADERS);

export async function loadScanReporter(name: string): Promise<ScanReporterFactory | undefined> {
  return LOADERS[name]?.();
}
