/**
 * `kindness scan`: reads exports of comments and captions, lints every item, and reports in the
 * chosen format, to stdout or `--output`. Progress goes to stderr, only on a terminal outside CI.
 */
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ora, { type Ora } from 'ora';
import { UsageError } from '../core/errors.js';
import { createConfigLoader, type LoadedConfig } from '../config/load-config.js';
import { resolveConfig } from '../config/resolve.js';
import type { ExportFormat } from '../input/formats/index.js';
import { loadIgnoreFilter } from '../input/ignore-file.js';
import { loadScanReporter, SCAN_FORMAT_NAMES } from '../reporters/scan/index.js';
import { createBaselineFilter, createBaselineRecorder, DEFAULT_BASELINE_FILE, readBaseline } from '../scan/baseline.js';
import { scanInputs } from '../scan/scan.js';
import { addToTally, createTally } from '../scan/tally.js';
import type { ItemResult, LintSetup } from '../scan/types.js';
import { BUILT_IN_RULES } from '../../rules/index.js';
import { parseRuleFlags } from './check.js';
import { decideColorLevel } from './color.js';
import type { CliIO, ExitCode, OutputStream } from './io.js';
import { readVersion } from './version.js';

export interface ScanOptions {
  format: string;
  output?: string;
  inputFormat?: string;
  textField?: string;
  idField?: string;
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
  /** Record every current finding in the baseline file instead of filtering by it. */
  writeBaseline: boolean;
  /** The baseline file; false with --no-baseline; the default file (if present) when undefined. */
  baseline?: string | false;
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

export async function runScan(paths: string[], options: ScanOptions, io: CliIO): Promise<ExitCode> {
  if (paths.length === 0) throw new UsageError('scan needs files, folders or .zip exports to read');
  const createReporter = await loadScanReporter(options.format);
  if (createReporter === undefined) throw new UsageError(`--format ${options.format}: unknown format (known: ${SCAN_FORMAT_NAMES.join(', ')})`);
  const overrides = parseRuleFlags(options.rule);
  const loader = createConfigLoader(BUILT_IN_RULES);
  const explicit = options.config === undefined ? undefined : await loader.load(options.config, io.cwd);
  const setups = new WeakMap<LoadedConfig, LintSetup>();
  const rulesUsed = new Map(BUILT_IN_RULES);
  const configFor = async (file: string): Promise<LintSetup> => {
    const loaded = explicit ?? (await loader.search(configFolder(file, io.cwd)));
    let setup = setups.get(loaded);
    if (setup === undefined) {
      for (const [id, rule] of loaded.rules) rulesUsed.set(id, rule);
      const plugins = loaded.plugins.map(({ namespace, url }) => ({ namespace, url }));
      setup = { config: resolveConfig(options.model === false ? { ...loaded.config, model: false } : loaded.config, loaded.rules, overrides), rules: loaded.rules, plugins };
      setups.set(loaded, setup);
    }
    return setup;
  };

  const version = await readVersion();
  const baselineName = typeof options.baseline === 'string' ? options.baseline : DEFAULT_BASELINE_FILE;
  const baselineFile = path.resolve(io.cwd, baselineName);
  const recorder = options.writeBaseline ? createBaselineRecorder(version) : undefined;
  const known = options.writeBaseline || options.baseline === false ? undefined : await readBaseline(baselineFile, baselineName, options.baseline === undefined);
  const filterKnown = known === undefined ? undefined : createBaselineFilter(known);
  let baselined = 0;

  const output = openOutput(options.output, paths, io);
  const reporter = createReporter((text) => output.stream.write(text), {
    colorLevel: options.output === undefined ? decideColorLevel(options.color, io) : options.color === true ? 1 : 0,
    version,
    verbose: options.verbose,
    all: options.all,
    rules: rulesUsed,
  });
  const tally = createTally();
  const progress = startProgress(io, options);
  const started = performance.now();
  let lastUpdate = started;

  const onResult = (found: ItemResult) => {
    recorder?.add(found);
    let result = found;
    if (filterKnown !== undefined) {
      const filtered = filterKnown(found);
      result = filtered.result;
      baselined += filtered.known;
    }
    const shown = options.quiet ? keepErrors(result) : result;
    addToTally(tally, shown);
    reporter.item(shown);
    if (progress !== undefined && (tally.items & 1023) === 0 && performance.now() - lastUpdate > 100) {
      lastUpdate = performance.now();
      const rate = Math.round(tally.items / ((lastUpdate - started) / 1000));
      progress.text = `Scanning… ${tally.items.toLocaleString('en-US')} items · ${rate.toLocaleString('en-US')}/s · ${tally.flaggedItems.toLocaleString('en-US')} flagged`;
    }
  };

  let outcome;
  try {
    outcome = await scanInputs({
      paths,
      cwd: io.cwd,
      inputFormat: options.inputFormat as ExportFormat | undefined,
      read: { textField: options.textField, idField: options.idField, whole: options.whole, strict: options.strict },
      configFor,
      jobs: options.jobs ?? availableParallelism(),
      isIgnored: await loadIgnoreFilter(io.cwd, options.ignorePath),
      workerFile: findWorkerFile(),
      onResult,
    });
  } finally {
    progress?.stop();
  }
  reporter.finish({ tally, files: outcome.files, errors: outcome.errors, elapsedMs: performance.now() - started, baselined });
  output.close();
  if (recorder !== undefined) {
    const total = await recorder.write(baselineFile);
    io.stderr.write(`kindness: wrote ${total.toLocaleString('en-US')} findings to ${baselineName}; later scans report only new ones (--no-baseline shows all)\n`);
  }

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
  if (options.failOn === 'error' && tally.errorCount > 0) return 1;
  if (options.failOn === 'warn' && tally.errorCount + tally.warningCount > 0) return 1;
  return 0;
}

function keepErrors(result: ItemResult): ItemResult {
  if (result.warningCount === 0) return result;
  return { ...result, messages: result.messages.filter((message) => message.severity === 'error'), warningCount: 0 };
}

interface Output {
  stream: OutputStream;
  close(): void;
}

/**
 * stdout, or the `--output` file, which must not be one of the inputs: kindness never overwrites
 * what it reads. The file is written synchronously so a huge report never queues up in memory.
 */
function openOutput(file: string | undefined, inputs: readonly string[], io: CliIO): Output {
  if (file === undefined) return { stream: io.stdout, close: () => undefined };
  const target = path.resolve(io.cwd, file);
  if (inputs.some((input) => path.resolve(io.cwd, input) === target)) throw new UsageError(`--output ${file}: that is one of the inputs; kindness never writes to the files it reads`);
  let fd: number;
  try {
    fd = openSync(target, 'w');
  } catch (error) {
    throw new UsageError(`--output ${file}: ${(error as Error).message}`);
  }
  return { stream: { write: (text: string) => writeSync(fd, text) }, close: () => closeSync(fd) };
}
