/**
 * How the model's judgement and the rules' findings combine into what the user sees:
 * - a rule finding on a text the model scores as clearly benign (a quoted insult in a sentence
 *   that condemns it, praise hyperbole, counter-speech) is dropped;
 * - profanity is reported only on texts the model scores as hurtful, unless the preset says
 *   always (`profanity: 0`, as kids and professional do): swearing as emphasis, aimed at no one,
 *   is not a finding under the recommended preset, and a swear the rule read as a cheer ("fuck
 *   yes, finally") never is, whatever the score;
 * - a text the model scores at or above its category's threshold, with no rule finding besides
 *   profanity, gets a finding from the rule of that category, pointing at the words that
 *   contributed most to the score.
 * Every finding carries the model's `score`.
 */
import type { Document } from '../text/document.js';
import type { LintMessage } from '../core/types.js';
import { contributions, type Contribution, type Prediction } from './predict.js';
import type { CategoryHead } from './weights.js';

/** The model's part of a resolved config: plain data, so it travels to worker threads. */
export interface ModelSettings {
  /** Per category: the score at or above which the model reports a finding by itself. */
  thresholds: Readonly<Record<CategoryHead, number>>;
  /** Profanity is reported only on texts scoring at least this; 0 reports it always. */
  profanity: number;
  /** Rule findings (other than profanity) on texts scoring below this are dropped as benign. */
  dropBelow: number;
  /** The model's own findings fail a check (take the rule's level) only from this score; below it they warn. */
  failAbove: number;
}

/** The rule that reports each category, and the message it uses for the model's findings. */
export const CATEGORY_RULES: Readonly<Record<CategoryHead, { ruleId: string; messageId: string }>> = {
  insult: { ruleId: 'insults', messageId: 'model' },
  harassment: { ruleId: 'harassment', messageId: 'model' },
  'identity-attack': { ruleId: 'identity-attacks', messageId: 'model' },
  'sexual-harassment': { ruleId: 'harassment', messageId: 'modelSexual' },
  'micro-aggression': { ruleId: 'micro-aggressions', messageId: 'model' },
};

/** The built-in rules whose findings the model may drop on a clearly benign text. */
const JUDGED_RULES: ReadonlySet<string> = new Set(['insults', 'harassment', 'identity-attacks', 'micro-aggressions']);

/**
 * A copy of `message` carrying the model's score, as `{ ...message, score }` gives (same keys in
 * the same order) at a fraction of the cost: V8 cloned these by spread ten times slower, the
 * messages' shapes being many.
 */
export function withScore(message: LintMessage, score: number): LintMessage {
  const copy = Object.assign({}, message);
  copy.score = score;
  return copy;
}

/** The score rounded for people: two decimals. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’*@$!]/u;

/** Widens [start, end) to whole words of the original text (a contraction's part becomes the word). */
function toWholeWords(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from > 0 && WORD_CHAR.test(text.charAt(from - 1)) && WORD_CHAR.test(text.charAt(from))) from--;
  while (to < text.length && WORD_CHAR.test(text.charAt(to)) && WORD_CHAR.test(text.charAt(to - 1))) to++;
  return [from, to];
}

/** A run of neighbouring words, in one sentence, that carries at least a quarter of the top word's weight. */
const SHARE_OF_TOP = 0.25;
const MAX_WORDS = 6;

/**
 * The words that contributed most to the score: the top word and its neighbours in the same
 * sentence that also pushed the score up. Undefined when no word pushed it up.
 */
export function highlight(document: Document, features: Parameters<typeof contributions>[1], model: Parameters<typeof contributions>[0]): [number, number] | undefined {
  let best: { sentence: number; index: number; weight: number } | undefined;
  const bySentence: Contribution[][] = document.sentences.map((sentence) => contributions(model, features, sentence.tokens));
  bySentence.forEach((words, sentence) => {
    words.forEach((word, index) => {
      if (word.weight > 0 && (best === undefined || word.weight > best.weight)) best = { sentence, index, weight: word.weight };
    });
  });
  if (best === undefined) return undefined;
  const { sentence, index, weight } = best;
  const words = bySentence[sentence] as Contribution[];
  const strong = (k: number): boolean => k >= 0 && k < words.length && (words[k] as Contribution).weight >= weight * SHARE_OF_TOP;
  let first = index;
  let last = index;
  while (last - first + 1 < MAX_WORDS && (strong(first - 1) || strong(last + 1))) {
    if (strong(first - 1)) first--;
    else last++;
  }
  return toWholeWords(document.text, (words[first] as Contribution).start, (words[last] as Contribution).end);
}

/** Swearing that may be emphasis: any profanity finding but one said of a person. */
function isEmphasis(message: LintMessage): boolean {
  return message.ruleId === 'profanity' && message.messageId !== 'aimed';
}

/** Swearing the rule read as a cheer ("fuck yes, finally"): emphasis for sure, whatever the score. */
function isCheer(message: LintMessage): boolean {
  return message.ruleId === 'profanity' && message.messageId === 'cheer';
}

const lowest = new WeakMap<ModelSettings, number>();

/** The lowest category threshold: below it the model reports nothing of its own. */
function lowestThreshold(settings: ModelSettings): number {
  let value = lowest.get(settings);
  if (value === undefined) lowest.set(settings, (value = Math.min(...Object.values(settings.thresholds))));
  return value;
}

/**
 * Applies the model's judgement to the rules' messages.
 *
 * @param create builds the model's own finding for a category, through the rule that reports the
 *   category; undefined when that rule is off or the words are allowed.
 */
export function combine(
  messages: readonly LintMessage[],
  prediction: Prediction,
  settings: ModelSettings,
  create: (category: CategoryHead) => LintMessage | undefined,
): LintMessage[] {
  const kept: LintMessage[] = [];
  // Most lines: nothing found and nothing to report.
  if (messages.length === 0 && prediction.toxic < lowestThreshold(settings)) return kept;
  const score = roundScore(prediction.toxic);
  for (const message of messages) {
    // Plugin rules and custom terms are the user's own: the model never drops them. Swearing
    // needs a hurtful score unless it is said of a person, which is judged like an insult.
    const emphasis = isEmphasis(message);
    // A preset that reports swearing only on hurtful texts never reports a cheer.
    if (settings.profanity > 0 && isCheer(message)) continue;
    if (emphasis ? prediction.toxic < settings.profanity : prediction.toxic < settings.dropBelow && (JUDGED_RULES.has(message.ruleId) || message.ruleId === 'profanity')) continue;
    kept.push(withScore(message, score));
  }
  const hurtful = kept.some((message) => !isEmphasis(message));
  if (!hurtful && prediction.toxic >= lowestThreshold(settings) && prediction.toxic >= settings.thresholds[prediction.category()]) {
    const finding = create(prediction.category());
    if (finding !== undefined) kept.push(withScore(finding, score));
  }
  return kept;
}
