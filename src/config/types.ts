import type { Category, RuleLevel } from '../core/types.js';
import type { PresetName } from './presets.js';

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
  /** The audience preset(s) to start from; later ones win. `kindness:recommended` when omitted. */
  extends?: PresetName | PresetName[];
  /**
   * Rule modules to load: local files (relative to the config file) or npm packages. Their rules
   * are namespaced: `foo/brand-bashing` for `kindness-plugin-foo`.
   */
  plugins?: string[];
  rules?: Record<string, RuleEntry>;
  /** Words and phrases never to report. */
  allow?: string[];
  /**
   * The languages to check: `en` (always on), `ms` (Malay and Indonesian), `singlish` (Singlish and
   * Manglish), or a plugin pack's code. Every available language when omitted.
   */
  languages?: string[];
  terms?: CustomTerm[];
  /** `false` checks with the rules alone, without the trained model. On by default. */
  model?: boolean;
}
