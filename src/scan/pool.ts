/**
 * Worker threads that lint batches in parallel. Each batch goes to the worker with the fewest
 * batches waiting; callers get a promise per batch and keep their own order.
 */
import { Worker } from 'node:worker_threads';
import { KindnessError } from '../core/errors.js';
import type { BatchFindings } from './lint-batch.js';
import type { LintSetup } from './types.js';

export interface BatchRequest {
  id: number;
  /** The config and plugin sources as JSON: one string, so workers can cache by it. */
  setupJson: string;
  texts: string[];
}

export type BatchResponse = { id: number; findings: BatchFindings } | { id: number; error: string };

export interface LintPool {
  lint(texts: string[], setup: LintSetup): Promise<BatchFindings>;
  /** Batches sent to the least busy worker and not yet answered. */
  fewestWaiting(): number;
  close(): Promise<void>;
}

interface Pending {
  resolve: (findings: BatchFindings) => void;
  reject: (error: Error) => void;
}

/**
 * Each worker's young generation, in MB. Linting makes short-lived garbage and little else, so a
 * small nursery costs no time, and V8's default (up to 48 MB per thread) is most of a worker's
 * resident memory: 4 MB brought a two-worker scan of 200,000 real comments from 292 MB to 236 MB
 * peak.
 */
export const WORKER_YOUNG_GENERATION_MB = 4;

export function createLintPool(workerFile: string, size: number): LintPool {
  const workers: { worker: Worker; waiting: number }[] = [];
  const pending = new Map<number, Pending>();
  const setupJson = new WeakMap<LintSetup, string>();
  let nextId = 0;
  let failure: Error | undefined;
  let closing = false;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
  };

  for (let index = 0; index < size; index++) {
    const worker = new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const slot = { worker, waiting: 0 };
    worker.on('message', (response: BatchResponse) => {
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      slot.waiting--;
      if ('error' in response) waiting?.reject(new Error(response.error));
      else waiting?.resolve(response.findings);
    });
    worker.on('error', (error) => fail(new KindnessError(`a scan worker thread failed: ${error.message}`)));
    // A worker that ends on its own (a plugin calling process.exit, say) would leave its batches
    // unanswered and the scan waiting forever, or passing on what it never read.
    worker.on('exit', (code) => {
      if (!closing) fail(new KindnessError(`a scan worker thread exited with code ${code} before the scan finished (did a plugin call process.exit()?)`));
    });
    workers.push(slot);
  }

  return {
    lint(texts, setup) {
      if (failure !== undefined) return Promise.reject(failure);
      let json = setupJson.get(setup);
      if (json === undefined) {
        json = JSON.stringify({ config: setup.config, plugins: setup.plugins });
        setupJson.set(setup, json);
      }
      const slot = workers.reduce((best, candidate) => (candidate.waiting < best.waiting ? candidate : best));
      const id = nextId++;
      slot.waiting++;
      const request: BatchRequest = { id, setupJson: json, texts };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        slot.worker.postMessage(request);
      });
    },
    fewestWaiting() {
      return Math.min(...workers.map((slot) => slot.waiting));
    },
    async close() {
      closing = true;
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
