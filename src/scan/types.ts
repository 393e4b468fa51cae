import type { LintConfig } from '../core/linter.js';
import type { LintMessage, Rule } from '../core/types.js';
import type { PluginSource } from '../config/plugins.js';
import type { ExportItem } from '../input/items.js';

/** What items are linted with: a resolved config, its rules, and where plugin rules came from. */
export interface LintSetup {
  config: LintConfig;
  rules: ReadonlyMap<string, Rule>;
  /** For worker threads, which load the plugins again. Empty without plugins. */
  plugins: readonly PluginSource[];
}

/** One scanned item and what was found in it (nothing, for a clean item). */
export interface ItemResult {
  item: ExportItem;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
}

/** A file that was looked at: read (with how many items), or skipped and why. */
export type FileOutcome =
  | { file: string; status: 'read'; format: string; items: number; problems: string[] }
  | { file: string; status: 'skipped'; reason: string }
  | { file: string; status: 'failed'; reason: string; items: number };
