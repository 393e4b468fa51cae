import type { SuppressedMessage } from '../core/directives.js';
import type { LintMessage, Rule } from '../core/types.js';

/** The findings for one input: a file, standard input, or text given on the command line. */
export interface FileResult {
  /** The path as the user gave it, or `<stdin>` / `<text>`. */
  filePath: string;
  /** The original text, for reporters that quote it (empty when `excerpts` is given). */
  source: string;
  /**
   * For a file too large to hold, which was read in blocks: the line around each finding, by the
   * finding's start offset (`range[0]`).
   */
  excerpts?: ReadonlyMap<number, LineExcerpt>;
  messages: LintMessage[];
  /** Findings silenced by inline directives, with their reasons. */
  suppressedMessages?: SuppressedMessage[];
  errorCount: number;
  warningCount: number;
  /** The language most of the input is in (`en`, `ms`, `singlish`, ...), when it was detected. */
  language?: string;
}

/** Part of a line: `text` starts at 1-based `column`; `cut` when the line goes on after it. */
export interface LineExcerpt {
  text: string;
  column: number;
  cut: boolean;
}

export interface ReporterOptions {
  /** 0 for no colour, 1 to 3 for basic, 256 and true colour (chalk's levels). */
  colorLevel: 0 | 1 | 2 | 3;
  /** The tool's version, for formats that record it. */
  version: string;
  /** Every rule the run used, plugin rules included, for formats that describe them (SARIF). */
  rules?: ReadonlyMap<string, Rule>;
  /** Inputs that could not be read: reports count them and never call the run clean. */
  failed?: readonly FailedInput[];
}

/** An input named or found that could not be read, and why. */
export interface FailedInput {
  filePath: string;
  reason: string;
}

/** A reporter is pure: results in, text out. */
export type Reporter = (results: readonly FileResult[], options: ReporterOptions) => string;

/**
 * A reporter that writes as results come, so a large file's hundred thousand findings are never
 * all held: each input arrives in one part, or (a large file, read in blocks) in several parts in
 * order, each with its own findings and counts; `done` marks an input's last part.
 */
export interface StreamingReporter {
  part(result: FileResult, done: boolean): void;
  /**
   * Writes what comes last; `failed` are the inputs that could not be read. A promise when it
   * waited for the output (see ReportWrite).
   */
  finish(failed: readonly FailedInput[]): void | Promise<void>;
}

/** Writes report text; a promise when the output is full and the reporter should wait to write more. */
export type ReportWrite = (text: string) => void | Promise<void>;

export type StreamingReporterFactory = (write: ReportWrite, options: ReporterOptions) => StreamingReporter;

/** The whole report as one string, for tests and the library: every result as one part. */
export function reportAll(factory: StreamingReporterFactory): Reporter {
  return (results, options) => {
    let out = '';
    const reporter = factory((text) => void (out += text), options);
    for (const result of results) reporter.part(result, true);
    void reporter.finish(options.failed ?? []);
    return out;
  };
}
