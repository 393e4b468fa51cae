import type { Category, RuleLevel } from '../core/types.js';

/** A rule's entry in a config file: a level, or a level with options (ESLint's shape). */
export type RuleEntry = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

/** A word or phrase of the user's own to flag. */
export interface CustomTerm {
  /** A plain word or phrase; `*` stands for any letters inside one word (`noob*`). */
  match: string;
  category?: Category;
  severity?: Exclude<RuleLevel, 'off'>;
  /** A kinder way to say it. */
  suggestion?: string;
  /** Why it may hurt, shown in the note. */
  reason?: string;
}

/** What a `.kindnessrc` (or the `kindness` key of package.json) may hold. */
export interface KindnessConfig {
  /** The preset to start from. Only `kindness:recommended` for now. */
  extends?: 'kindness:recommended';
  rules?: Record<string, RuleEntry>;
  /** Words and phrases never to report. */
  allow?: string[];
  terms?: CustomTerm[];
}
