/**
 * Small readings of the words around a finding that rules share: names, quotations, affection.
 */
import type { Token } from './tokenize.js';

/** True when the character at `offset` is an upper-case letter. */
export function isCapital(text: string, offset: number): boolean {
  const char = text.charAt(offset);
  return char !== char.toLowerCase();
}

/**
 * "Dick Van Dyke", "Sam Hoe": a capitalised word next to another capitalised word reads as a
 * name, not as the word it spells. Words in all capitals do not count (that is shouting).
 */
export function looksLikeName(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || !isCapital(text, token.start) || isCapital(text, token.start + 1)) return false;
  const neighbours = [tokens[index - 1], tokens[index + 1]];
  return neighbours.some((next) => next !== undefined && next.kind === 'word' && isCapital(text, next.start) && next.punctBefore === '' && !isCapital(text, next.start + 1));
}

const OPENING_QUOTES = /["\u201C\u00AB]/;
const CLOSING_QUOTES = /["\u201D\u00BB]/;

/**
 * True when tokens [from, to) stand inside quotation marks: reported speech such as
 * `they said "nobody asked"` is the writer quoting, not attacking.
 */
export function isQuoted(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first !== undefined && last !== undefined && OPENING_QUOTES.test(first.punctBefore) && CLOSING_QUOTES.test(last.punctAfter);
}

const AFFECTION = new Set(['love', 'loved', 'luv', 'adore', 'ily', '❤', '❤️', '🥰', '😍', '💕', '💖', '💗', '♥']);

/** "you absolute clown, I love this": affection in the same sentence turns a jibe into banter. */
export function hasAffection(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.forms.some((form) => AFFECTION.has(form)));
}
