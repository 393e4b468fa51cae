/**
 * A worker thread: receives batches of texts, lints them and posts the findings back. Each setup
 * (config and plugin sources) arrives as JSON and is prepared once, plugins loaded, so the
 * engine's per-config preparation is reused across batches.
 */
import { parentPort } from 'node:worker_threads';
import type { LintConfig } from '../core/linter.js';
import type { Rule } from '../core/types.js';
import type { PluginSource } from '../config/plugins.js';
import { loadRulesInWorker } from '../config/create-linter.js';
import { lintBatch } from './lint-batch.js';
import type { BatchRequest, BatchResponse } from './pool.js';

interface PreparedSetup {
  config: LintConfig;
  rules: ReadonlyMap<string, Rule>;
}

const setups = new Map<string, Promise<PreparedSetup>>();

async function prepareSetup(json: string): Promise<PreparedSetup> {
  const { config, plugins } = JSON.parse(json) as { config: LintConfig; plugins: PluginSource[] };
  return { config, rules: await loadRulesInWorker(plugins) };
}

parentPort?.on('message', async (request: BatchRequest) => {
  let response: BatchResponse;
  try {
    let setup = setups.get(request.setupJson);
    if (setup === undefined) {
      setup = prepareSetup(request.setupJson);
      setups.set(request.setupJson, setup);
    }
    const { config, rules } = await setup;
    response = { id: request.id, findings: lintBatch(request.texts, config, rules) };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
