/**
 * Language packs: rule data, rules and messages for one language, run on the sentences written in
 * it. A pack extends rules by id (its insults are reported as `insults`), so a config that turns
 * a rule off turns it off in every language, and `languages` in the config says which packs run.
 */
import type { MessageSpec, ReportDescriptor } from '../core/types.js';
import type { Sentence } from '../text/document.js';

/**
 * What a pack rule sees. Like a rule's context, without a document: a pack rule only ever gets
 * the sentences its language was detected in.
 */
export interface PackContext {
  /** The rule id the findings are reported under (`insults`). */
  readonly id: string;
  /** The original text, untouched. */
  readonly text: string;
  /** The options of the rule this pack part extends. */
  readonly options: Readonly<Record<string, unknown>>;
  report(descriptor: ReportDescriptor): void;
}

/** The part of a pack that extends one rule: its messages, and a check per sentence. */
export interface PackRule {
  /** Wording of the findings, in the pack's language; `messageId`s are looked up here. */
  messages: Readonly<Record<string, MessageSpec>>;
  /**
   * The languages of the sentences this part reads, when it reads fewer than its pack runs on
   * (the Singlish pack runs on English sentences for its group attacks, its profanity reads only
   * Singlish and Malay ones). A text with none of them never creates the part. Optional.
   */
  languages?: readonly string[];
  create(context: PackContext): { Sentence(sentence: Sentence, language: string): void };
}

/** A language pack. Plugins export theirs as `packs: [...]`. */
export interface LanguagePack {
  /** The language this pack detects and covers, a short code: `ms`, `singlish`, `tl`. */
  language: string;
  /** Human name for docs and `kindness rules`. */
  name: string;
  /**
   * A variety of another language (Singlish of `en`): its sentences are mostly that language,
   * with some of this pack's marker words.
   */
  variantOf?: string;
  /**
   * Words that mark a sentence as possibly in this language (function words, particles, slang no
   * other language has). A pack runs only on sentences with at least one, and language detection
   * counts them. Normalized: lower case.
   */
  markers: ReadonlySet<string>;
  /**
   * Words that make the pack run on a text without saying anything about its language (group
   * names a pack's rules look for in English sentences too). Optional.
   */
  triggers?: ReadonlySet<string>;
  /**
   * Other languages whose sentences this pack also runs on (Malay slurs in a Manglish sentence
   * detected as `singlish`).
   */
  alsoRunsOn?: readonly string[];
  /**
   * Words that, dropped into an English sentence, make it the region's mixed English ("you so
   * bodoh" is Manglish, read by the English variety's pack): words of praise and blame, not the
   * short function words an English sentence may hold by chance ("Dan", "Ada"). Optional.
   */
  mixedInto?: ReadonlySet<string>;
  /**
   * Builds the pack's rules, keyed by the rule id they extend. Called once, the first time a text
   * needs the pack, so a pack's data costs nothing until then.
   */
  load(): Readonly<Record<string, PackRule>>;
}

/** Declares a language pack; returns it unchanged, for the types. */
export function defineLanguagePack(pack: LanguagePack): LanguagePack {
  return pack;
}
