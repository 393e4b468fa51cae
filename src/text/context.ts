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
/** How far from a finding its quotation marks may stand: a quoted line, not a quoted essay. */
const MAX_QUOTE_WORDS = 40;

/**
 * True when tokens [from, to) stand inside quotation marks: reported speech such as
 * `they said "nobody asked"`, or `saying "you're pretty for a dark girl" is no compliment`, is
 * the writer quoting, not attacking. Quotes around the whole sentence quote nothing: a comment
 * pasted in quotes is still the comment.
 */
export function isQuoted(tokens: readonly Token[], from: number, to: number): boolean {
  // Quotes are looked for a short way out, or a run-on line of a million words turns quadratic.
  let opening = from;
  const openingLimit = Math.max(-1, from - MAX_QUOTE_WORDS);
  while (opening > openingLimit && !OPENING_QUOTES.test((tokens[opening] as Token).punctBefore)) {
    if (opening < from && CLOSING_QUOTES.test((tokens[opening] as Token).punctAfter)) return false;
    opening--;
  }
  let closing = to - 1;
  const closingLimit = Math.min(tokens.length, to - 1 + MAX_QUOTE_WORDS);
  while (closing < closingLimit && !CLOSING_QUOTES.test((tokens[closing] as Token).punctAfter)) {
    if (closing > to - 1 && OPENING_QUOTES.test((tokens[closing] as Token).punctBefore)) return false;
    closing++;
  }
  if (opening === openingLimit || closing === closingLimit) return false;
  return opening > 0 || closing < tokens.length - 1 || (opening === from && closing === to - 1);
}

const AFFECTION = new Set(['love', 'loved', 'luv', 'adore', 'ily', '❤', '❤️', '🥰', '😍', '💕', '💖', '💗', '♥']);

/** "you absolute clown, I love this": affection in the same sentence turns a jibe into banter. */
export function hasAffection(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.forms.some((form) => AFFECTION.has(form)));
}
