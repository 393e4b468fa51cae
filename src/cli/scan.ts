/**
 * `kindness scan`: reads exports of comments and captions, lints every item, and reports in the
 * chosen format, to stdout or `--output`. Progress goes to stderr, only on a terminal outside CI.
 */
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import ora, { type Ora } from 'ora';
import { UsageError } from '../core/errors.js';
import { createLinter, type Linter } from '../config/create-linter.js';
import { describeFileError } from '../input/describe-error.js';
import { formatCount, plural } from '../reporters/plural.js';
import type { ExportFormat } from '../input/formats/index.js';
import { IGNORE_FILE_NAME, loadIgnoreFilter } from '../input/ignore-file.js';
import { loadScanReporter, SCAN_FORMAT_NAMES } from '../reporters/scan/index.js';
import { createBaselineFilter, createBaselineRecorder, DEFAULT_BASELINE_FILE, readBaseline, type BaselineFilter, type BaselineRecorder } from '../scan/baseline.js';
import { redactResult } from '../scan/redact.js';
import { scanInputs } from '../scan/scan.js';
import { addToTally, createTally } from '../scan/tally.js';
import type { FileOutcome, ItemResult } from '../scan/types.js';
import { parseRuleFlags } from './check.js';
import { createBufferedWriter } from './buffered-output.js';
import { decideColorLevel } from './color.js';
import type { CliIO, ExitCode, OutputStream } from './io.js';
import { readVersion } from './version.js';

export interface ScanOptions {
  format: string;
  output?: string;
  inputFormat?: string;
  textField?: string;
  idField?: string;
  /** The CSV delimiter; detected from the header when not given. */
  delimiter?: string;
  whole: boolean;
  strict: boolean;
  all: boolean;
  verbose: boolean;
  failOn: 'error' | 'warn' | 'never';
  /** Worker threads; every core when not given. */
  jobs?: number;
  config?: string;
  rule: string[];
  /** False with `--no-model`: the rules alone. */
  model?: boolean;
  quiet: boolean;
  color?: boolean;
  /** An ignore file to use instead of `.kindnessignore` in the working folder. */
  ignorePath?: string;
  /** false with --no-ignore: scan everything named or found, ignore files or not. */
  ignore?: boolean;
  /** Record every current finding in the baseline file instead of filtering by it. */
  writeBaseline: boolean;
  /** The baseline file; false with --no-baseline; the default file (if present) when undefined. */
  baseline?: string | false;
  /** Replace account names with stable short hashes before any reporter sees them. */
  redactAuthors?: boolean;
}

export const FAIL_ON = ['error', 'warn', 'never'] as const;

/** The bundled worker script beside this file; absent when running from sources (tests). */
function findWorkerFile(): string | undefined {
  const file = fileURLToPath(new URL('./scan-worker.cjs', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/** The folder to search for config: an input's own folder (a zip's, for its entries). */
function configFolder(file: string, cwd: string): string {
  return path.dirname(path.resolve(cwd, file.split('!/')[0] ?? file));
}

function startProgress(io: CliIO, options: ScanOptions): Ora | undefined {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  // A terminal that reports no width (some pseudo-terminals) would make the spinner clear
  // thousands of lines on every frame.
  const columns = (io.stderr as { columns?: number }).columns ?? 0;
  if (options.quiet || !io.stderr.isTTY || ci || columns <= 0) return undefined;
  return ora({ text: 'Scanning…', stream: io.stderr as unknown as NodeJS.WritableStream, discardStdin: false, isEnabled: true }).start();
}

/**
 * A scan keeps a few tens of MB alive per thread (tables, model) and makes much short-lived
 * garbage. V8 lets a heap grow to as much as four times what a full collection left alive before
 * it collects again; twice is plenty for that, and keeps a long scan's memory down. The flag is
 * process-wide, so the worker threads follow it; read at every collection, so it applies now.
 */
const HEAP_GROWING_FLAG = '--heap-growing-percent=100';

export async function runScan(paths: string[], options: ScanOptions, io: CliIO): Promise<ExitCode> {
  setFlagsFromString(HEAP_GROWING_FLAG);
  if (paths.length === 0) throw new UsageError('scan needs files, folders or .zip exports to read');
  if ((await loadScanReporter(options.format)) === undefined) throw new UsageError(`--format ${options.format}: unknown format (known: ${SCAN_FORMAT_NAMES.join(', ')})`);
  const linter = await createLinter({ cwd: io.cwd, configFile: options.config, overrides: parseRuleFlags(options.rule), model: options.model });
  const baselineName = typeof options.baseline === 'string' ? options.baseline : DEFAULT_BASELINE_FILE;
  const baselineFile = path.resolve(io.cwd, baselineName);
  const recorder = options.writeBaseline ? createBaselineRecorder(await readVersion()) : undefined;
  const known = options.writeBaseline || options.baseline === false ? undefined : await readBaseline(baselineFile, baselineName, options.baseline === undefined);
  const filterKnown = known === undefined ? undefined : createBaselineFilter(known);

  const output = openOutput(options.output, paths, io);
  try {
    const code = await scanTo(output.stream, paths, options, io, linter, recorder, filterKnown, async (files) => {
      const targetIdentity = options.output === undefined ? undefined : fileIdentity(path.resolve(io.cwd, options.output));
      const clash = targetIdentity === undefined ? undefined : filesRead(files, io.cwd).find((file) => fileIdentity(file) === targetIdentity);
      if (clash !== undefined) refuseInput(options.output as string, path.relative(io.cwd, clash));
      output.commit();
      if (recorder !== undefined) {
        const total = await recorder.write(baselineFile);
        io.stderr.write(`kindness: wrote ${plural(total, 'finding')} to ${baselineName}; later scans report only new ones (--no-baseline shows all)\n`);
      }
    });
    return code;
  } finally {
    output.discard();
  }
}

/** Scans and reports to `stream`; `finished` runs once the report is complete, before exit codes. */
async function scanTo(
  stream: OutputStream,
  paths: string[],
  options: ScanOptions,
  io: CliIO,
  linter: Linter,
  recorder: BaselineRecorder | undefined,
  filterKnown: BaselineFilter | undefined,
  finished: (files: readonly FileOutcome[]) => Promise<void>,
): Promise<ExitCode> {
  const version = await readVersion();
  const writer = createBufferedWriter(stream);
  const reporter = (await loadScanReporter(options.format))!(writer.write, {
    colorLevel: options.output === undefined ? decideColorLevel(options.color, io) : options.color === true ? 1 : 0,
    version,
    verbose: options.verbose,
    all: options.all,
    rules: linter.rules,
    redactedAuthors: options.redactAuthors === true,
  });
  const isIgnored = options.ignore === false ? () => false : await loadIgnoreFilter(io.cwd, options.ignorePath);
  noteIgnoredNames(paths, isIgnored, options, io);
  const tally = createTally();
  // What fails the run counts every finding, whatever --quiet leaves out of the report.
  const failing = { errors: 0, warnings: 0 };
  let baselined = 0;
  const jobs = decideJobs(options.jobs, io);
  const progress = startProgress(io, options);
  const started = performance.now();
  let lastUpdate = started;

  const onResult = (scanned: ItemResult) => {
    const found = options.redactAuthors === true ? redactResult(scanned) : scanned;
    recorder?.add(found);
    let result = found;
    if (filterKnown !== undefined) {
      const filtered = filterKnown(found);
      result = filtered.result;
      baselined += filtered.known;
    }
    failing.errors += result.errorCount;
    failing.warnings += result.warningCount;
    const shown = options.quiet ? keepErrors(result) : result;
    addToTally(tally, shown);
    reporter.item(shown);
    if (progress !== undefined && (tally.items & 1023) === 0 && performance.now() - lastUpdate > 100) {
      lastUpdate = performance.now();
      const rate = Math.round(tally.items / ((lastUpdate - started) / 1000));
      progress.text = `Scanning… ${formatCount(tally.items)} items · ${formatCount(rate)}/s · ${formatCount(tally.flaggedItems)} flagged`;
    }
  };

  let outcome;
  try {
    outcome = await scanInputs({
      paths,
      cwd: io.cwd,
      inputFormat: options.inputFormat as ExportFormat | undefined,
      read: { textField: options.textField, idField: options.idField, delimiter: options.delimiter, whole: options.whole, strict: options.strict },
      configFor: (file) => linter.setupFor(configFolder(file, io.cwd)),
      jobs,
      isIgnored,
      workerFile: findWorkerFile(),
      onResult,
    });
  } finally {
    progress?.stop();
    // What was reported before a crash still reaches the output, as it did item by item.
    writer.flush();
  }
  reporter.finish({ tally, files: outcome.files, errors: outcome.errors, elapsedMs: performance.now() - started, baselined });
  writer.flush();
  await finished(outcome.files);

  for (const error of outcome.errors) io.stderr.write(`kindness: ${error.message}\n`);
  // The summary on the terminal already lists skipped and failed files; other formats need a word on stderr.
  const listedInReport = options.format === 'summary' && options.output === undefined;
  for (const file of listedInReport ? [] : outcome.files) {
    if (file.status === 'failed') io.stderr.write(`kindness: ${file.file}: ${file.reason}\n`);
    else if (file.status === 'skipped' && !options.quiet) io.stderr.write(`kindness: skipped ${file.file}: ${file.reason}\n`);
  }
  if (outcome.errors.length > 0 || outcome.files.some((file) => file.status === 'failed')) return 2;
  // Writing a baseline accepts what is there now.
  if (recorder !== undefined) return 0;
  if (options.failOn === 'error' && failing.errors > 0) return 1;
  if (options.failOn === 'warn' && failing.errors + failing.warnings > 0) return 1;
  return 0;
}

/** Files named on the command line that the ignore file leaves out: say so, as ESLint does. */
function noteIgnoredNames(paths: readonly string[], isIgnored: (file: string) => boolean, options: ScanOptions, io: CliIO): void {
  for (const given of paths) {
    const full = path.resolve(io.cwd, given);
    const isFile = (() => {
      try {
        return statSync(full).isFile();
      } catch {
        return false;
      }
    })();
    if (isFile && isIgnored(full)) io.stderr.write(`kindness: ${given}: ignored by ${options.ignorePath ?? IGNORE_FILE_NAME}; use --no-ignore to scan it\n`);
  }
}

/** One worker per core by default; more than the cores only adds memory, so more is clamped. */
function decideJobs(asked: number | undefined, io: CliIO): number {
  const cores = availableParallelism();
  if (asked === undefined) return cores;
  if (asked > cores) {
    io.stderr.write(`kindness: --jobs ${asked} is more than the ${plural(cores, 'core')} here; using ${cores}\n`);
    return cores;
  }
  return asked;
}

function keepErrors(result: ItemResult): ItemResult {
  if (result.warningCount === 0) return result;
  return { ...result, messages: result.messages.filter((message) => message.severity === 'error'), warningCount: 0 };
}

interface Output {
  stream: OutputStream;
  /** Puts the finished report in place: renames the temporary file over `--output`. */
  commit(): void;
  /** Closes and removes the temporary file, leaving any earlier report as it was. */
  discard(): void;
}

/** Identifies a file whatever path, symlink or hard link reaches it. */
function fileIdentity(file: string): string | undefined {
  try {
    const info = statSync(file);
    return info.isFile() ? `${info.dev}:${info.ino}` : undefined;
  } catch {
    return undefined;
  }
}

function refuseInput(file: string, input: string): never {
  throw new UsageError(`--output ${file}: that is ${input === file ? 'one of the inputs' : `the input ${input}`}; kindness never writes over the files it reads`);
}

/**
 * stdout, or the `--output` file. The report goes to a temporary file beside it, renamed into
 * place only when the scan finishes, so a run that fails leaves an earlier report untouched. The
 * file must not be an input, by any path: the same device and inode as a named input (symlinks
 * and hard links included) is refused before the scan, and any file read during it before the
 * rename. Written synchronously, so a huge report never queues up in memory.
 */
function openOutput(file: string | undefined, inputs: readonly string[], io: CliIO): Output {
  if (file === undefined) return { stream: io.stdout, commit: () => undefined, discard: () => undefined };
  const target = path.resolve(io.cwd, file);
  const targetIdentity = fileIdentity(target);
  if (targetIdentity !== undefined) {
    for (const input of inputs) if (fileIdentity(path.resolve(io.cwd, input)) === targetIdentity) refuseInput(file, input);
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.kindness-tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx');
  } catch (error) {
    throw new UsageError(`--output ${file}: ${describeFileError(error)}`);
  }
  const close = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    stream: { write: (text: string) => writeSync(fd as number, text) },
    commit: () => {
      close();
      renameSync(temporary, target);
    },
    discard: () => {
      close();
      rmSync(temporary, { force: true });
    },
  };
}

/** The files a scan read, as paths on disk (a zip entry counts as its zip). */
function filesRead(files: readonly FileOutcome[], cwd: string): string[] {
  return files.filter((outcome) => outcome.status !== 'skipped').map((outcome) => path.resolve(cwd, outcome.file.split('!/')[0] ?? outcome.file));
}
