import type { InputError } from '../../core/errors.js';
import type { Rule } from '../../core/types.js';
import type { Tally } from '../../scan/tally.js';
import type { FileOutcome, ItemResult } from '../../scan/types.js';

/** Everything known when a scan ends. */
export interface ScanReport {
  tally: Tally;
  files: readonly FileOutcome[];
  /** Inputs that could not be found or opened. */
  errors: readonly InputError[];
  elapsedMs: number;
  /** Findings left out because the baseline already holds them. */
  baselined?: number;
}

export interface ScanReporterOptions {
  colorLevel: 0 | 1 | 2 | 3;
  version: string;
  /** Summary: list every finding, not only the worst. */
  verbose: boolean;
  /** JSON and JSON Lines: include clean items too. */
  all: boolean;
  /**
   * Every rule the run may report, plugin rules included, for formats that describe them (SARIF):
   * the linter's `rules`. Read again when the report finishes, as it fills up while configs load.
   */
  rules: ReadonlyMap<string, Rule>;
  /** What one result is, for counts in the report: `item` (the default) or `file` for `check`. */
  unit?: 'item' | 'file';
  /** Account names were replaced by hashes before the reporter saw them (`--redact-authors`). */
  redactedAuthors?: boolean;
}

/**
 * A streaming reporter: results arrive one by one in input order and are written as they come,
 * so a scan of millions of items never holds them all. `finish` writes whatever comes last.
 */
export interface ScanReporter {
  item(result: ItemResult): void;
  finish(report: ScanReport): void;
}

export type ScanReporterFactory = (write: (text: string) => void, options: ScanReporterOptions) => ScanReporter;
