/**
 * Baselines for big existing histories: `--write-baseline` records a fingerprint of every current
 * finding (see fingerprint.ts); later scans leave those out and report only new ones. Counts keep
 * repeats apart: a comment posted three times is three findings.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { InputError } from '../core/errors.js';
import { describeFileError } from '../input/describe-error.js';
import { fingerprintFinding } from './fingerprint.js';
import type { ItemResult } from './types.js';

export const DEFAULT_BASELINE_FILE = '.kindness-baseline.json';
const BASELINE_VERSION = 1;

export interface BaselineFile {
  version: number;
  tool: string;
  createdAt: string;
  /** Findings recorded. */
  total: number;
  /** Fingerprint -> how many times it was found. */
  findings: Record<string, number>;
}

/** Reads a baseline; undefined when the file does not exist and `optional` is set. */
export async function readBaseline(file: string, shownAs: string, optional: boolean): Promise<Map<string, number> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(shownAs, describeFileError(error));
  }
  let parsed: Partial<BaselineFile>;
  try {
    parsed = JSON.parse(text) as Partial<BaselineFile>;
  } catch {
    throw new InputError(shownAs, 'is not a kindness baseline (not JSON); write a new one with --write-baseline');
  }
  if (parsed.version !== BASELINE_VERSION || typeof parsed.findings !== 'object' || parsed.findings === null) {
    throw new InputError(shownAs, `is not a kindness baseline (version ${BASELINE_VERSION}); write a new one with --write-baseline`);
  }
  return new Map(Object.entries(parsed.findings).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

/**
 * Leaves out findings the baseline holds, each as many times as it was recorded.
 * Returns the result as reported, and how many findings were left out.
 */
/** Leaves out the findings a baseline already holds; says how many it left out. */
export type BaselineFilter = (result: ItemResult) => { result: ItemResult; known: number };

export function createBaselineFilter(baseline: Map<string, number>): BaselineFilter {
  return (result) => {
    if (result.messages.length === 0) return { result, known: 0 };
    const fresh = result.messages.filter((message) => {
      const key = fingerprintFinding(result.item, message);
      const left = baseline.get(key) ?? 0;
      if (left === 0) return true;
      baseline.set(key, left - 1);
      return false;
    });
    const known = result.messages.length - fresh.length;
    if (known === 0) return { result, known };
    let errorCount = 0;
    for (const message of fresh) if (message.severity === 'error') errorCount++;
    return { result: { ...result, messages: fresh, errorCount, warningCount: fresh.length - errorCount }, known };
  };
}

/** Collects fingerprints as results stream by, then writes them. */
export type BaselineRecorder = ReturnType<typeof createBaselineRecorder>;

export function createBaselineRecorder(version: string) {
  const findings = new Map<string, number>();
  let total = 0;
  return {
    add(result: ItemResult): void {
      for (const message of result.messages) {
        const key = fingerprintFinding(result.item, message);
        findings.set(key, (findings.get(key) ?? 0) + 1);
        total++;
      }
    },
    async write(file: string): Promise<number> {
      const document: BaselineFile = { version: BASELINE_VERSION, tool: `kindness ${version}`, createdAt: new Date().toISOString(), total, findings: Object.fromEntries(findings) };
      await writeFile(file, `${JSON.stringify(document)}\n`);
      return total;
    },
  };
}
