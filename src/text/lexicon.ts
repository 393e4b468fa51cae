/**
 * Word lookup that sees through spelling games: every form of a token is tried (`1d10t` ->
 * `idiot`), and a masked word (`f*ck`, `st*pid`) matches an entry of the same length whose other
 * letters agree.
 */
import type { Token } from './tokenize.js';
import { fitsMask } from './lexical-forms.js';
import { WordFilter } from './word-filter.js';

export interface Lexicon<T> {
  /** The entry a token reads as, or undefined. */
  lookup(token: Token): T | undefined;
  /** Every word in the lexicon, for use as a phrase word class. */
  words: ReadonlySet<string>;
}

const MASK = '*';

/** Builds a lexicon from `[word, entry]` pairs; words must already be normalized (lower case). */
export function createLexicon<T>(entries: Iterable<readonly [string, T]>): Lexicon<T> {
  const byWord = new Map<string, T>(entries);
  // Built on the first lookup: a short check wakes few rules, and start-up builds every lexicon.
  let index: { byLength: Map<number, string[]>; filter: WordFilter } | undefined;
  const buildIndex = (): { byLength: Map<number, string[]>; filter: WordFilter } => {
    const byLength = new Map<number, string[]>();
    for (const word of byWord.keys()) {
      const list = byLength.get(word.length) ?? [];
      list.push(word);
      byLength.set(word.length, list);
    }
    return { byLength, filter: new WordFilter(byWord.keys()) };
  };
  return {
    words: new Set(byWord.keys()),
    lookup(token) {
      const { byLength, filter } = (index ??= buildIndex());
      for (const form of token.forms) {
        const hit = filter.mayHave(form) ? byWord.get(form) : undefined;
        if (hit !== undefined) return hit;
      }
      // A masked word that reads as a common one (`s**t` as shit, lexical-forms.ts) is that word,
      // not a rarer one that fits the mask too (slut).
      if (!token.forms.every((form) => form.includes(MASK))) return undefined;
      for (const form of token.forms) {
        const candidate = byLength.get(form.length)?.find((word) => fitsMask(form, word));
        if (candidate !== undefined) return byWord.get(candidate);
      }
      return undefined;
    },
  };
}
