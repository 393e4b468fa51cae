/**
 * Negative evaluation words for the model's `neg` features: every word AFINN-165 rates at -2 or
 * below (1,850 words: "pathetic", "worthless", "disgusting"...). AFINN-165 is the English
 * valence list natural's SentimentAnalyzer uses; afinn-negative.ts holds just these entries, taken
 * from the afinn-165 package by scripts/generate-afinn-negative.js, so the package ships and loads
 * only them, not the analyzer, its other vocabularies or AFINN's positive words.
 */
import { AFINN_NEGATIVE, AFINN_SEPARATOR } from './afinn-negative.js';

/** Every entry (lower case) AFINN-165 rates at -2 or below; a few are phrases ("fed up"). */
export function negativeWords(): string[] {
  return AFINN_NEGATIVE.split(AFINN_SEPARATOR);
}

let negativeSet: ReadonlySet<string> | undefined;

/** The same words as a set, built once on first use: rules that ask "is this word bad?" share it. */
export function negativeWordSet(): ReadonlySet<string> {
  return (negativeSet ??= new Set(negativeWords()));
}
