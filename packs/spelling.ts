/**
 * Spelling variants of a pack's own words, beyond what the core's normaliser reads (leet,
 * confusables, stretched and spaced letters): one letter left out ("chrstians", "killd"), two
 * letters swapped ("chniese"), and a word run together with a small word ("stabthose", "ihate",
 * "stupidestpeople"). Only the pack's words are respelled, and never into a variant that is an
 * English word itself (the pack lists those; packs/collision.test.ts checks the list against a
 * 274,000-word English list), so "india" stays India and "therapist" is no "the rapist".
 */
import type { Token } from '../src/text/document.js';

/** Words shorter than this have too many one-letter neighbours to respell. */
const MIN_LENGTH = 5;

/** Every word one deleted letter or one swap of neighbouring letters away from `word`. */
export function neighbours(word: string): string[] {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++) if (word[i] !== word[i + 1]) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  out.delete(word);
  return [...out];
}

export interface Speller {
  /** The pack word a misspelling stands for, or undefined. */
  variantOf(word: string): string | undefined;
  /** Every word that may be read as others: the pack word it misspells, or the two words run together in it. */
  readings: ReadonlyMap<string, readonly string[]>;
  /**
   * The sentence's tokens with respelled forms added and run-together words split (both parts keep
   * the original range); `tokens` itself when no token is respelled.
   */
  read(tokens: readonly Token[]): readonly Token[];
}

/**
 * A speller for `words` (the pack's vocabulary). `glue` are the small words people run into
 * others; `notVariants` the misspellings that are English words, never read as a pack word;
 * `notSplit` the English words that would split into a glue word and a pack word.
 */
export function createSpeller(words: Iterable<string>, glue: ReadonlySet<string>, notVariants: ReadonlySet<string>, notSplit: ReadonlySet<string>): Speller {
  const vocabulary = new Set(words);
  const variants = new Map<string, string>();
  for (const word of vocabulary) {
    for (const variant of neighbours(word)) if (!vocabulary.has(variant) && !notVariants.has(variant) && !variants.has(variant)) variants.set(variant, word);
  }
  const known = (form: string): boolean => vocabulary.has(form);
  const firstSplit = (form: string): [string, string] | undefined => {
    if (form.length < MIN_LENGTH || notSplit.has(form)) return undefined;
    for (let k = 1; k < form.length; k++) {
      const head = form.slice(0, k);
      const tail = form.slice(k);
      if ((glue.has(head) && known(tail)) || (known(head) && glue.has(tail))) return [head, tail];
    }
    return undefined;
  };
  // Every glue word run into every pack word, either way round, with its first split point: a
  // word splits only if it is one of these, so reading a word is one lookup, not a slice per letter.
  const splits = new Map<string, [string, string]>();
  for (const small of glue) {
    for (const word of vocabulary) {
      for (const joined of [small + word, word + small]) {
        const parts = splits.has(joined) ? undefined : firstSplit(joined);
        if (parts !== undefined) splits.set(joined, parts);
      }
    }
  }
  const readings = new Map<string, string[]>();
  for (const [variant, word] of variants) readings.set(variant, [word]);
  for (const [joined, parts] of splits) readings.set(joined, [...(readings.get(joined) ?? []), ...parts]);
  /** The token respelled, or undefined when it reads as it is. */
  const respell = (token: Token): Token | [Token, Token] | undefined => {
    if (token.kind !== 'word' || token.forms.some(known)) return undefined;
    for (const form of token.forms) {
      const word = variants.get(form);
      if (word !== undefined) return { ...token, forms: [...token.forms, word] };
    }
    for (const form of token.forms) {
      const parts = splits.get(form);
      if (parts === undefined) continue;
      return [
        { ...token, surface: parts[0], forms: [parts[0]], punctAfter: '' },
        { ...token, surface: parts[1], forms: [parts[1]], punctBefore: '' },
      ];
    }
    return undefined;
  };
  return {
    variantOf: (word) => (vocabulary.has(word) ? undefined : variants.get(word)),
    readings,
    read(tokens) {
      // Most sentences have nothing to respell: one lookup per word says so, and they are returned as they are.
      if (!tokens.some((token) => token.forms.some((form) => readings.has(form)))) return tokens;
      let out: Token[] | undefined;
      tokens.forEach((token, index) => {
        const read = respell(token);
        if (read === undefined) {
          out?.push(token);
          return;
        }
        out ??= tokens.slice(0, index);
        if (Array.isArray(read)) out.push(...read);
        else out.push(read);
      });
      return out ?? tokens;
    },
  };
}
