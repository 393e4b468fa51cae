/**
 * Worker threads that lint batches in parallel. Each batch goes to the worker with the fewest
 * batches waiting; callers get a promise per batch and keep their own order.
 */
import { Worker } from 'node:worker_threads';
import type { LintConfig } from '../core/linter.js';
import type { BatchFindings } from './lint-batch.js';

export interface BatchRequest {
  id: number;
  configJson: string;
  texts: string[];
}

export interface BatchResponse {
  id: number;
  findings: BatchFindings;
}

export interface LintPool {
  lint(texts: string[], config: LintConfig): Promise<BatchFindings>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (findings: BatchFindings) => void;
  reject: (error: Error) => void;
}

export function createLintPool(workerFile: string, size: number): LintPool {
  const workers: { worker: Worker; waiting: number }[] = [];
  const pending = new Map<number, Pending>();
  const configJson = new WeakMap<LintConfig, string>();
  let nextId = 0;
  let failure: Error | undefined;

  for (let index = 0; index < size; index++) {
    const worker = new Worker(workerFile);
    const slot = { worker, waiting: 0 };
    worker.on('message', ({ id, findings }: BatchResponse) => {
      const waiting = pending.get(id);
      pending.delete(id);
      slot.waiting--;
      waiting?.resolve(findings);
    });
    worker.on('error', (error) => {
      failure = error;
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    workers.push(slot);
  }

  return {
    lint(texts, config) {
      if (failure !== undefined) return Promise.reject(failure);
      let json = configJson.get(config);
      if (json === undefined) {
        json = JSON.stringify(config);
        configJson.set(config, json);
      }
      const slot = workers.reduce((best, candidate) => (candidate.waiting < best.waiting ? candidate : best));
      const id = nextId++;
      slot.waiting++;
      const request: BatchRequest = { id, configJson: json, texts };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        slot.worker.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
