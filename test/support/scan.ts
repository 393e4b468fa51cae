/** Runs the scan pipeline in-process over fixtures, collecting every result and file outcome. */
import { BUILT_IN_RULES } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { scanInputs, type ScanOptions } from '../../src/scan/scan.js';
import type { ItemResult } from '../../src/scan/types.js';
import { REPO_ROOT } from './run-cli.js';

const recommended = { config: resolveConfig({}, BUILT_IN_RULES), rules: BUILT_IN_RULES, plugins: [], filepath: undefined };

type FixtureScanOptions = Partial<Omit<ScanOptions, 'read'>> & { read?: Partial<ScanOptions['read']> };

export async function scanFixtures(paths: string[], options: FixtureScanOptions = {}) {
  const results: ItemResult[] = [];
  const outcome = await scanInputs({
    paths,
    cwd: REPO_ROOT,
    jobs: 1,
    workerFile: undefined,
    configFor: async () => recommended,
    onResult: (result) => results.push(result),
    ...options,
    read: { whole: false, strict: false, ...options.read },
  });
  return { ...outcome, results, items: results.map((result) => result.item) };
}
