/**
 * The scan pipeline: find the inputs, recognise each one's format from its first bytes, stream
 * its items through the linter, and report results in input order. A file that fails part-way
 * keeps the results read before the failure, and every other file is still scanned.
 */
import { KindnessError, InputError } from '../core/errors.js';
import { detectUtf16, looksBinary, peek, transcodeUtf16 } from '../input/chunks.js';
import type { IsIgnored } from '../input/files.js';
import { discoverInputs, type Candidate } from '../input/discover.js';
import { detectFormat, READERS, type ExportFormat } from '../input/formats/index.js';
import { recognizeOwnReport } from '../input/formats/own-report.js';
import type { ReadOptions } from '../input/items.js';
import { describeFileError } from '../input/describe-error.js';
import { createBatcher, type Batcher } from './batcher.js';
import type { FileOutcome, ItemResult, LintSetup } from './types.js';

/** Enough of a file to see its header or top-level keys. */
const HEAD_BYTES = 64 * 1024;
/** Problems kept per file; past this only the count grows. */
const MAX_PROBLEMS_KEPT = 20;

export interface ScanOptions {
  paths: readonly string[];
  cwd: string;
  /** Skip detection and read every input as this format. */
  inputFormat?: ExportFormat;
  read: Omit<ReadOptions, 'onProblem'>;
  /** The resolved config and rules for a file (by its display name). */
  configFor: (file: string) => Promise<LintSetup>;
  jobs: number;
  workerFile: string | undefined;
  /** Files and folders to leave out (.kindnessignore). */
  isIgnored?: IsIgnored;
  onResult: (result: ItemResult) => void;
  onFile?: (outcome: FileOutcome) => void;
}

export interface ScanOutcome {
  files: FileOutcome[];
  /** Inputs that could not be found or opened at all. */
  errors: InputError[];
}

export async function scanInputs(options: ScanOptions): Promise<ScanOutcome> {
  const discovery = await discoverInputs(options.paths, options.cwd, options.isIgnored);
  const batcher = createBatcher({ jobs: options.jobs, workerFile: options.workerFile, onResult: options.onResult });
  const files: FileOutcome[] = discovery.unread.map(({ name, reason, failed }) => (failed ? { file: name, status: 'failed', reason, items: 0 } : { file: name, status: 'skipped', reason }));
  for (const outcome of files) options.onFile?.(outcome);
  try {
    for (const candidate of discovery.candidates) {
      const outcome = await scanCandidate(candidate, options, batcher);
      files.push(outcome);
      options.onFile?.(outcome);
    }
  } finally {
    await batcher.finish();
    discovery.close();
  }
  return { files, errors: discovery.errors };
}

async function scanCandidate(candidate: Candidate, options: ScanOptions, batcher: Batcher): Promise<FileOutcome> {
  const file = candidate.name;
  if (file.toLowerCase().endsWith('.zip')) return { file, status: 'skipped', reason: 'a zip archive inside a folder (name it to scan it)' };
  let peeked;
  try {
    peeked = await peek(candidate.open(), HEAD_BYTES);
  } catch (error) {
    return { file, status: 'failed', reason: `cannot be read (${describeFileError(error)})`, items: 0 };
  }
  const utf16 = detectUtf16(peeked.head);
  if (utf16 !== undefined) {
    try {
      peeked = await peek(transcodeUtf16(peeked.chunks, utf16), HEAD_BYTES);
    } catch (error) {
      return { file, status: 'failed', reason: `cannot be read (${describeFileError(error)})`, items: 0 };
    }
  } else if (looksBinary(peeked.head)) return { file, status: 'skipped', reason: 'a binary file' };
  const head = peeked.head.toString('utf8').replace(/^\uFEFF/, '');
  // A report kindness wrote earlier (perhaps into this very folder) holds findings, not comments.
  const report = options.inputFormat === undefined ? recognizeOwnReport(head) : undefined;
  if (report !== undefined) return { file, status: 'skipped', reason: `${report}, not comments (--input-format reads it anyway)` };
  const detection = options.inputFormat !== undefined ? { format: options.inputFormat } : detectFormat(file, head, { named: candidate.named, textField: options.read.textField, delimiter: options.read.delimiter });
  if ('skip' in detection) return { file, status: 'skipped', reason: detection.skip };

  const setup = await options.configFor(file);
  const problems: string[] = [];
  let problemCount = 0;
  const onProblem = (problem: string) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS_KEPT) problems.push(problem);
  };
  let items = 0;
  try {
    for await (const batch of READERS[detection.format](peeked.chunks, file, { ...options.read, onProblem })) {
      items += batch.length;
      await batcher.add(batch, setup);
    }
  } catch (error) {
    if (!(error instanceof KindnessError)) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      return { file, status: 'failed', reason: `cannot be read (${describeFileError(error)})`, items };
    }
    return { file, status: 'failed', reason: error instanceof InputError ? error.problem : error.message, items };
  }
  if (problemCount > problems.length) problems.push(`…and ${problemCount - problems.length} more`);
  return { file, status: 'read', format: detection.format, items, problems };
}
