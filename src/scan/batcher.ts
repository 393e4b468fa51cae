/**
 * Groups items into batches, lints them (in this thread, and on worker threads once there is enough
 * work to pay for starting them) and hands the results back in input order. At most a few batches
 * are in flight, so memory stays bounded however long the input is.
 *
 * This thread is one of the `jobs`: it starts `jobs - 1` workers and lints a batch itself whenever
 * every worker already has its next batch waiting. Reading and writing take only part of a core,
 * and a third copy of the rules, the model and V8's heap on a two-core machine cost memory and CPU
 * (compiling and collecting garbage per thread) without linting any faster.
 */
import type { ExportItem } from '../input/items.js';
import { lintBatch, type BatchFindings } from './lint-batch.js';
import { createLintPool, type LintPool } from './pool.js';
import type { ItemResult, LintSetup } from './types.js';

const BATCH_SIZE = 1000;
/** Starting a worker costs tens of milliseconds; below this many items one thread is faster. */
const PARALLEL_AFTER_ITEMS = 5 * BATCH_SIZE;
/** Batches a worker holds: the one it lints and the next, so it never waits for this thread. */
const WORKER_QUEUE = 2;

export interface BatcherOptions {
  /** Threads that lint, this one included; 1 lints in this thread only. */
  jobs: number;
  /** The built worker script; without it everything runs in this thread. */
  workerFile: string | undefined;
  onResult: (result: ItemResult) => void;
}

export interface Batcher {
  add(items: readonly ExportItem[], setup: LintSetup): Promise<void>;
  /** Waits for every batch and stops the workers. */
  finish(): Promise<void>;
}

interface InFlight {
  items: ExportItem[];
  findings: Promise<BatchFindings>;
}

export function createBatcher(options: BatcherOptions): Batcher {
  const parallel = options.jobs > 1 && options.workerFile !== undefined;
  let pool: LintPool | undefined;
  let items: ExportItem[] = [];
  let setup: LintSetup | undefined;
  let submitted = 0;
  const inFlight: InFlight[] = [];

  function deliver(batch: ExportItem[], findings: BatchFindings): void {
    batch.forEach((item, index) => {
      const messages = findings[index] ?? [];
      let errorCount = 0;
      for (const message of messages) if (message.severity === 'error') errorCount++;
      options.onResult({ item, messages, errorCount, warningCount: messages.length - errorCount });
    });
  }

  async function drainOldest(): Promise<void> {
    const oldest = inFlight.shift();
    if (oldest !== undefined) deliver(oldest.items, await oldest.findings);
  }

  async function submit(): Promise<void> {
    if (items.length === 0 || setup === undefined) return;
    const batch = items;
    const texts = batch.map((item) => item.text);
    items = [];
    submitted += batch.length;
    if (parallel && pool === undefined && submitted > PARALLEL_AFTER_ITEMS) pool = createLintPool(options.workerFile!, options.jobs - 1);
    // Linting here blocks this thread: take in the workers' answers first, so a worker that
    // finished gets its next batch instead of waiting behind this one.
    if (pool !== undefined) await new Promise(setImmediate);
    if (pool === undefined || pool.fewestWaiting() >= WORKER_QUEUE) {
      // In this thread: deliver in order behind anything already in flight.
      inFlight.push({ items: batch, findings: Promise.resolve(lintBatch(texts, setup.config, setup.rules)) });
    } else {
      const findings = pool.lint(texts, setup);
      // Awaited in order later; a failure must not count as unhandled while it waits its turn.
      findings.catch(() => undefined);
      inFlight.push({ items: batch, findings });
    }
    while (inFlight.length > (pool === undefined ? 0 : options.jobs * 2)) await drainOldest();
  }

  return {
    async add(added, itemSetup) {
      if (setup !== itemSetup) {
        await submit();
        setup = itemSetup;
      }
      for (const item of added) {
        items.push(item);
        if (items.length >= BATCH_SIZE) await submit();
      }
    },
    async finish() {
      try {
        await submit();
        while (inFlight.length > 0) await drainOldest();
      } finally {
        await pool?.close();
      }
    },
  };
}
