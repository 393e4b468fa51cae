/**
 * A worker thread: receives batches of texts, lints them with the built-in rules and posts the
 * findings back. Configs arrive as JSON and are parsed once, so the engine's per-config
 * preparation is reused across batches.
 */
import { parentPort } from 'node:worker_threads';
import type { LintConfig } from '../core/linter.js';
import { BUILT_IN_RULES } from '../../rules/index.js';
import { lintBatch } from './lint-batch.js';
import type { BatchRequest, BatchResponse } from './pool.js';

const configs = new Map<string, LintConfig>();

parentPort?.on('message', (request: BatchRequest) => {
  let config = configs.get(request.configJson);
  if (config === undefined) {
    config = JSON.parse(request.configJson) as LintConfig;
    configs.set(request.configJson, config);
  }
  const response: BatchResponse = { id: request.id, findings: lintBatch(request.texts, config, BUILT_IN_RULES) };
  parentPort?.postMessage(response);
});
