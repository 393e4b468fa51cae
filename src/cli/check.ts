/**
 * Lints the inputs a command collected and reports them: the shared body of the default command
 * and `kindness check`.
 */
import path from 'node:path';
import { InputError, UsageError } from '../core/errors.js';
import type { RuleLevel } from '../core/types.js';
import { createLinter } from '../config/create-linter.js';
import { expandPaths, isLargeFile, readTextFile, type IsIgnored } from '../input/files.js';
import { IGNORE_FILE_NAME, loadIgnoreFilter } from '../input/ignore-file.js';
import { readStreamText } from '../input/read-stream.js';
import { FORMAT_NAMES, loadReporter } from '../reporters/index.js';
import { plural } from '../reporters/plural.js';
import type { FileResult } from '../reporters/types.js';
import { loadDisplayWidth } from '../reporters/visible.js';
import { createBufferedWriter } from './buffered-output.js';
import { lintLargeFile } from './check-large-file.js';
import { decideColorLevel } from './color.js';
import type { CliIO, ExitCode } from './io.js';
import { readVersion } from './version.js';

export type InputSpec = { kind: 'text'; text: string } | { kind: 'stdin' } | { kind: 'file'; path: string };

export interface CheckOptions {
  format: string;
  config?: string;
  rule: string[];
  /** False with `--no-model`: the rules alone. */
  model?: boolean;
  maxWarnings: number;
  quiet: boolean;
  color?: boolean;
  /** An ignore file to use instead of `.kindnessignore` in the working folder. */
  ignorePath?: string;
  /** false with --no-ignore: check every file named or found, ignore files or not. */
  ignore?: boolean;
  /** Report directives that silence nothing (as errors, like ESLint's flag). */
  reportUnusedDisableDirectives?: boolean;
}

const LEVELS: readonly string[] = ['off', 'warn', 'error'];

/**
 * Parses `--rule id=level` flags; a bad level is a usage error. Ids are checked against the rules
 * the config provides (plugins included) when the config is resolved.
 */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleLevel> {
  // No prototype: `--rule __proto__=off` must be an unknown rule, not a change of prototype.
  const overrides: Record<string, RuleLevel> = Object.create(null);
  for (const flag of flags) {
    const [id = '', level = ''] = flag.split('=').map((part) => part.trim());
    if (id === '') throw new UsageError(`--rule ${flag}: expected id=level, like insults=off`);
    if (!LEVELS.includes(level)) throw new UsageError(`--rule ${flag}: expected ${id}=off, ${id}=warn or ${id}=error`);
    overrides[id] = level as RuleLevel;
  }
  return overrides;
}

interface LoadedInput {
  name: string;
  /** Undefined for a large file, which is read in blocks when it is linted. */
  text: string | undefined;
}

interface LoadedInputs {
  inputs: LoadedInput[];
  failures: InputError[];
  /** Files named on the command line that the ignore file excludes. */
  ignored: string[];
  /** What a folder search left out on purpose, and why (a broken link, an empty folder). */
  notices: string[];
}

async function loadInputs(specs: readonly InputSpec[], io: CliIO, isIgnored: IsIgnored): Promise<LoadedInputs> {
  const loaded: LoadedInputs = { inputs: [], failures: [], ignored: [], notices: [] };
  for (const spec of specs) {
    if (spec.kind === 'text') loaded.inputs.push({ name: '<text>', text: spec.text });
    else if (spec.kind === 'stdin') loaded.inputs.push({ name: '<stdin>', text: await readStreamText(io.stdin) });
    else {
      const { files, errors, ignored, notices } = await expandPaths([spec.path], io.cwd, isIgnored);
      loaded.failures.push(...errors);
      loaded.ignored.push(...ignored);
      loaded.notices.push(...notices);
      for (const file of files) {
        try {
          const text = (await isLargeFile(file, io.cwd)) ? undefined : await readTextFile(file, io.cwd);
          loaded.inputs.push({ name: file, text });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          loaded.failures.push(error);
        }
      }
    }
  }
  return loaded;
}

function onlyErrors(result: FileResult): FileResult {
  return { ...result, messages: result.messages.filter((message) => message.severity === 'error'), warningCount: 0 };
}

/** Lints `specs` and writes the report; returns the exit code. */
export async function runCheck(specs: readonly InputSpec[], options: CheckOptions, io: CliIO): Promise<ExitCode> {
  const reporter = await loadReporter(options.format);
  if (reporter === undefined) throw new UsageError(`--format ${options.format}: unknown format (known: ${FORMAT_NAMES.join(', ')})`);
  const linter = await createLinter({ cwd: io.cwd, configFile: options.config, overrides: parseRuleFlags(options.rule), model: options.model });

  const reads = specs.some((spec) => spec.kind === 'file');
  const isIgnored = reads && options.ignore !== false ? await loadIgnoreFilter(io.cwd, options.ignorePath) : () => false;
  const { inputs, failures, ignored, notices } = await loadInputs(specs, io, isIgnored);
  const version = options.format === 'stylish' ? '' : await readVersion();
  // Findings are written as each input (or block of a large file) is done, not gathered first;
  // when the output is a slow pipe, linting waits for it rather than piling the report up.
  const out = createBufferedWriter(io.stdout);
  let full: Promise<void> | undefined;
  const write = (text: string): void | Promise<void> => {
    const wait = out.write(text);
    if (wait !== undefined) full = wait;
    return wait;
  };
  const report = reporter(write, { colorLevel: decideColorLevel(options.color, io), version, rules: linter.rules });
  let errors = 0;
  let warnings = 0;
  const add = async (result: FileResult, done: boolean): Promise<void> => {
    errors += result.errorCount;
    warnings += result.warningCount;
    // Quoted findings need terminal widths, whose tables are loaded only then (see visible.ts).
    if (result.messages.length > 0) await loadDisplayWidth();
    // --quiet hides warnings from the report; it never changes what fails.
    report.part(options.quiet ? onlyErrors(result) : result, done);
    if (full !== undefined) await full;
    full = undefined;
  };
  for (const input of inputs) {
    // `<text>` and `<stdin>` have no folder or extension: the working folder's config, plain text.
    const filePath = input.name.startsWith('<') ? undefined : input.name;
    const reportUnusedDisableDirectives = options.reportUnusedDisableDirectives === true ? ('error' as const) : undefined;
    if (input.text !== undefined) {
      const result = await linter.lintText(input.text, { filePath, reportUnusedDisableDirectives });
      await add({ filePath: input.name, source: input.text, ...result }, true);
      continue;
    }
    // A large file, read in blocks: the report quotes excerpts instead of the whole source.
    const setup = await linter.setupFor(path.dirname(input.name));
    let started = false;
    const close = (): Promise<void> => add({ filePath: input.name, source: '', messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0 }, true);
    try {
      await lintLargeFile(input.name, io.cwd, setup.config, setup.rules, { reportUnusedDirectives: reportUnusedDisableDirectives }, (block) => {
        started = true;
        return add({ filePath: input.name, source: '', ...block }, false);
      });
      await close();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // A file that fails after some of its findings were written still ends its part of the report.
      if (started) await close();
      failures.push(error);
    }
  }
  await report.finish(failures.map((failure) => ({ filePath: failure.file, reason: failure.problem })));
  out.flush();
  for (const notice of notices) io.stderr.write(`kindness: ${notice}\n`);
  for (const failure of failures) io.stderr.write(`kindness: ${failure.message}\n`);
  const ignoreFile = options.ignorePath ?? IGNORE_FILE_NAME;
  for (const file of ignored) io.stderr.write(`kindness: ${file}: ignored by ${ignoreFile}; use --no-ignore to check it\n`);
  if (failures.length > 0) return 2;

  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(`kindness: ${plural(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
