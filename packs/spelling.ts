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

/** How many words' splits a speller remembers before it starts over. */
const MAX_CACHED_SPLITS = 20_000;

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
  const findSplit = (form: string): [string, string] | undefined => {
    if (form.length < MIN_LENGTH || notSplit.has(form)) return undefined;
    for (let k = 1; k < form.length; k++) {
      const head = form.slice(0, k);
      const tail = form.slice(k);
      if ((glue.has(head) && known(tail)) || (known(head) && glue.has(tail))) return [head, tail];
    }
    return undefined;
  };
  // Trying every split point slices the word once per letter; the same words come back text after
  // text, so each word's answer is kept (null: no split), in a map emptied when it grows too big.
  const splits = new Map<string, [string, string] | null>();
  const split = (form: string): [string, string] | undefined => {
    let parts = splits.get(form);
    if (parts === undefined) {
      if (splits.size >= MAX_CACHED_SPLITS) splits.clear();
      parts = findSplit(form) ?? null;
      splits.set(form, parts);
    }
    return parts ?? undefined;
  };
  /** The token respelled, or undefined when it reads as it is. */
  const respell = (token: Token): Token | [Token, Token] | undefined => {
    if (token.kind !== 'word' || token.forms.some(known)) return undefined;
    for (const form of token.forms) {
      const word = variants.get(form);
      if (word !== undefined) return { ...token, forms: [...token.forms, word] };
    }
    for (const form of token.forms) {
      const parts = split(form);
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
    read(tokens) {
      // Most sentences have nothing to respell: they are returned as they are, without a copy.
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
