import type { LintMessage } from '../core/types.js';
import type { ExportItem } from '../input/items.js';

export type { LintSetup } from '../config/create-linter.js';

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
