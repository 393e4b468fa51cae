/**
 * Lints the inputs a command collected and reports them: the shared body of the default command
 * and `kindness check`.
 */
import path from 'node:path';
import { KindnessError, UsageError } from '../core/errors.js';
import { verifyFile } from '../core/lint-file.js';
import type { LintConfig } from '../core/linter.js';
import type { RuleLevel } from '../core/types.js';
import { createConfigLoader, type LoadedConfig } from '../config/load-config.js';
import { resolveConfig } from '../config/resolve.js';
import { expandPaths, readTextFile, type IsIgnored } from '../input/files.js';
import { loadIgnoreFilter } from '../input/ignore-file.js';
import { readStreamText } from '../input/read-stream.js';
import { processorFor } from '../processors/index.js';
import { FORMAT_NAMES, loadReporter } from '../reporters/index.js';
import type { FileResult } from '../reporters/types.js';
import { BUILT_IN_RULES } from '../../rules/index.js';
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
  /** Report directives that silence nothing (as errors, like ESLint's flag). */
  reportUnusedDisableDirectives?: boolean;
}

const LEVELS: readonly string[] = ['off', 'warn', 'error'];

/**
 * Parses `--rule id=level` flags; a bad level is a usage error. Ids are checked against the rules
 * the config provides (plugins included) when the config is resolved.
 */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleLevel> {
  const overrides: Record<string, RuleLevel> = {};
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
  text: string;
  /** Where to search for config: the file's folder, or the working folder. */
  configFrom: string;
}

async function loadInputs(specs: readonly InputSpec[], io: CliIO, problems: KindnessError[], isIgnored: IsIgnored): Promise<LoadedInput[]> {
  const loaded: LoadedInput[] = [];
  for (const spec of specs) {
    if (spec.kind === 'text') loaded.push({ name: '<text>', text: spec.text, configFrom: io.cwd });
    else if (spec.kind === 'stdin') loaded.push({ name: '<stdin>', text: await readStreamText(io.stdin), configFrom: io.cwd });
    else {
      const { files, errors } = await expandPaths([spec.path], io.cwd, isIgnored);
      problems.push(...errors);
      for (const file of files) {
        try {
          loaded.push({ name: file, text: await readTextFile(file, io.cwd), configFrom: path.dirname(path.resolve(io.cwd, file)) });
        } catch (error) {
          if (!(error instanceof KindnessError)) throw error;
          problems.push(error);
        }
      }
    }
  }
  return loaded;
}

/** Lints `specs` and writes the report; returns the exit code. */
export async function runCheck(specs: readonly InputSpec[], options: CheckOptions, io: CliIO): Promise<ExitCode> {
  const reporter = await loadReporter(options.format);
  if (reporter === undefined) throw new UsageError(`--format ${options.format}: unknown format (known: ${FORMAT_NAMES.join(', ')})`);
  const overrides = parseRuleFlags(options.rule);
  const loader = createConfigLoader(BUILT_IN_RULES);
  const explicit = options.config === undefined ? undefined : await loader.load(options.config, io.cwd);

  const problems: KindnessError[] = [];
  const reads = specs.some((spec) => spec.kind === 'file');
  const isIgnored = reads ? await loadIgnoreFilter(io.cwd, options.ignorePath) : () => false;
  const inputs = await loadInputs(specs, io, problems, isIgnored);
  const results: FileResult[] = [];
  // One resolved config per config file, so the engine prepares each once, not once per file.
  const resolved = new WeakMap<LoadedConfig, LintConfig>();
  const rulesUsed = new Map(BUILT_IN_RULES);
  for (const input of inputs) {
    const loaded: LoadedConfig = explicit ?? (await loader.search(input.configFrom));
    for (const [id, rule] of loaded.rules) rulesUsed.set(id, rule);
    let config = resolved.get(loaded);
    if (config === undefined) resolved.set(loaded, (config = resolveConfig(options.model === false ? { ...loaded.config, model: false } : loaded.config, loaded.rules, overrides)));
    // `<text>` and `<stdin>` have no extension: plain text.
    const result = verifyFile(input.text, processorFor(input.name)(input.text), config, loaded.rules, {
      reportUnusedDirectives: options.reportUnusedDisableDirectives === true ? 'error' : undefined,
    });
    const messages = options.quiet ? result.messages.filter((message) => message.severity === 'error') : result.messages;
    results.push({
      filePath: input.name,
      source: input.text,
      messages,
      suppressedMessages: result.suppressedMessages,
      errorCount: result.errorCount,
      warningCount: options.quiet ? 0 : result.warningCount,
    });
  }

  const version = options.format === 'stylish' ? '' : await readVersion();
  io.stdout.write(reporter(results, { colorLevel: decideColorLevel(options.color, io), version, rules: rulesUsed }));
  for (const problem of problems) io.stderr.write(`kindness: ${problem.message}\n`);
  if (problems.length > 0) return 2;

  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(`kindness: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
