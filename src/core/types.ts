/**
 * The shapes shared by the engine, the rules and the reporters.
 *
 * Offsets are 0-based UTF-16 code-unit indices into the ORIGINAL text, end-exclusive, as
 * `String.prototype.slice` takes them. Lines and columns are 1-based; a column counts UTF-16
 * code units from the start of its line, as editors and SARIF do by default.
 */
import type { Document, Sentence } from '../text/document.js';
import type { CATEGORIES } from './categories.js';
import type { LanguagePack } from '../lang/types.js';

/** How a rule is configured: `off` turns it off, `warn` and `error` set the reported severity. */
export type RuleLevel = 'off' | 'warn' | 'error';

/** The severity a message is reported with. */
export type Severity = 'warning' | 'error';

/** What kind of hurt a finding is about; reporters group and colour by it. */
export type Category = (typeof CATEGORIES)[number];

/** The wording of one message a rule can report, with the note a person reads before posting. */
export interface MessageSpec {
  /** One sentence on what may hurt; `{{name}}` placeholders are filled from the report's `data`. */
  message: string;
  /** Why it may hurt the person reading it. */
  why: string;
  /** Kinder ways to make the same point. The report may offer more specific ones. */
  kinder: readonly string[];
  /** The category of this message when it differs from the rule's (a threat inside `harassment`). */
  category?: Category;
}

export interface RuleMeta {
  /** kebab-case noun, unique among the rules: `insults`, `micro-aggressions`. */
  id: string;
  category: Category;
  /** Severity under the recommended preset. */
  defaultLevel: Exclude<RuleLevel, 'off'>;
  /** One line for `kindness rules` and the README. */
  description: string;
  /** Where the rule's README is published: a URL for SARIF's helpUri, JSON output and editors. */
  docs: string;
  /** The README on this machine, read by `kindness explain` offline; built-in rules have one. */
  docsPath?: string;
  messages: Readonly<Record<string, MessageSpec>>;
  /**
   * The options the rule takes, by name; each is optional and no other is allowed. Checked when a
   * config loads, so a misspelt option is an error rather than silently ignored. A rule without a
   * schema takes no options.
   */
  schema?: RuleOptionsSchema;
}

/** A rule's options: every key it takes and the shape of its value. */
export type RuleOptionsSchema = Readonly<Record<string, OptionSchema>>;

/** The shape of one option value: a small subset of JSON Schema, documented in docs/rule-api.md. */
export type OptionSchema =
  | { type: 'boolean'; description?: string }
  | { type: 'number'; minimum?: number; maximum?: number; description?: string }
  | { type: 'string'; enum?: readonly string[]; description?: string }
  | { type: 'array'; items: OptionSchema; maxItems?: number; description?: string }
  | { type: 'object'; properties: RuleOptionsSchema; required?: readonly string[]; description?: string };

/** What a rule hands to `context.report`. */
export interface ReportDescriptor {
  messageId: string;
  data?: Readonly<Record<string, string>>;
  /** [start, end) in the original text. */
  range: readonly [number, number];
  /** How sure the rule is that this hurts, from 0 to 1. */
  confidence: number;
  /** Kinder phrasings specific to this finding, shown before the message's general ones. */
  kinder?: readonly string[];
  /** For rules whose entries carry their own severity (custom terms): overrides the rule's level. */
  level?: Exclude<RuleLevel, 'off'>;
  /** For rules whose entries carry their own category: overrides the message's category. */
  category?: Category;
}

/** Settings shared by every rule, from the resolved config. */
export interface SharedSettings {
  /** Normalized words and phrases the user allows; rules never report them. */
  allow: ReadonlySet<string>;
}

export interface RuleContext {
  readonly id: string;
  /** The original text, untouched. */
  readonly text: string;
  /** The text as tokens and sentences, normalized, each mapped back to the original. */
  readonly document: Document;
  /** The rule's options from the config (an empty object when none). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly settings: SharedSettings;
  report(descriptor: ReportDescriptor): void;
}

/** Callbacks a rule returns from `create`; the engine calls them in document order. */
export interface RuleVisitor {
  Document?(document: Document): void;
  Sentence?(sentence: Sentence): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitor;
  /**
   * Optional: every word (normalized token form) a finding of this rule can start with. When
   * given, the engine skips the rule for texts that contain none of them (or no masked word such
   * as `f*ck`): most comments are clean, and one shared lookup per word is cheaper than every
   * rule looking. Leave it out when a rule can fire on any word.
   */
  vocabulary?: ReadonlySet<string>;
}

/** One finding, the same shape for every reporter. */
export interface LintMessage {
  ruleId: string;
  category: Category;
  severity: Severity;
  messageId: string;
  /** What may hurt, one sentence. */
  message: string;
  /** Why it may hurt. */
  why: string;
  /** Kinder ways to say the same thing. We suggest; we never rewrite. */
  suggestions: string[];
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  /** 1-based, exclusive: the column just after the last character, as ESLint reports it. */
  endColumn: number;
  /** [start, end) in the original text. */
  range: [number, number];
  /** The original words, exactly as typed. */
  text: string;
  confidence: number;
  /**
   * The model's score for the whole text, 0 to 1: how likely it is to hurt. Present when the
   * model is on (the default); absent with `model: false` or `--no-model`.
   */
  score?: number;
  /** The rule's published README. */
  docs: string;
  /** The rule's README on this machine, when it has one. */
  docsPath?: string;
  /** For subtitles: the time span of the cue the words are in. */
  cue?: { start: string; end: string };
}

export interface LintResult {
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  /**
   * The language most of the text is in: `en`, `ms` (Malay or Indonesian), `singlish` (Singlish
   * or Manglish), a plugin pack's code, or `und` when there are no words.
   */
  language?: string;
  /** Every language detected in the text's sentences, most words first. */
  languages?: string[];
}

/**
 * A plugin: a module whose default export holds rules of its own. Its rules are namespaced by the
 * plugin's name (`foo/brand-bashing` for the `brand-bashing` rule of `kindness-plugin-foo`) and
 * configured like built-in rules.
 */
export interface Plugin {
  meta?: {
    /** The namespace for a plugin loaded from a local file; packages take theirs from the package name. */
    name?: string;
    version?: string;
  };
  /** Rules by id within the plugin: kebab-case, no namespace. */
  rules: Readonly<Record<string, Rule>>;
  /**
   * Language packs: rule data and messages for another language, run on the sentences written in
   * it (docs/rule-api.md, "Language packs").
   */
  packs?: readonly LanguagePack[];
}
