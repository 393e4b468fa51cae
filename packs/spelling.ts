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
  /** Every misspelling of a pack word, with the word it stands for: one lookup per word. */
  variants: ReadonlyMap<string, string>;
  /**
   * The small word and the pack word run together in `word`, split at its first split point
   * ("ihate": ["i", "hate"]), or undefined.
   */
  splitOf(word: string): readonly [string, string] | undefined;
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
  // Run-together words are worked out when a word is read, not listed at load: every small word
  // joined to every pack word, both ways, cost the first Singlish text ~50 ms and each thread ~4 MB.
  // A word is tried only against the small words that start or end with its first or last letter
  // (found by character code), so most words cost two array reads and a few startsWith.
  const startingWith = byCharCode(glue, (small) => small.charCodeAt(0));
  const endingWith = byCharCode(glue, (small) => small.charCodeAt(small.length - 1));
  const splitOf = (form: string): [string, string] | undefined => {
    if (form.length < MIN_LENGTH) return undefined;
    // The first split point from the left: the shortest small word in front, or the longest behind.
    let at = form.length;
    for (const small of startingWith[form.charCodeAt(0)] ?? []) {
      if (small.length < at && form.startsWith(small) && known(form.slice(small.length))) at = small.length;
    }
    for (const small of endingWith[form.charCodeAt(form.length - 1)] ?? []) {
      const head = form.length - small.length;
      if (head > 0 && head < at && form.endsWith(small) && known(form.slice(0, head))) at = head;
    }
    return at < form.length && !notSplit.has(form) ? [form.slice(0, at), form.slice(at)] : undefined;
  };
  /** The token respelled, or undefined when it reads as it is. */
  const respell = (token: Token): Token | [Token, Token] | undefined => {
    if (token.kind !== 'word' || token.forms.some(known)) return undefined;
    for (const form of token.forms) {
      const word = variants.get(form);
      if (word !== undefined) return { ...token, forms: [...token.forms, word] };
    }
    for (const form of token.forms) {
      const parts = splitOf(form);
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
    variants,
    splitOf,
    read(tokens) {
      // Most sentences have nothing to respell: they are returned as they are.
      if (!tokens.some((token) => token.forms.some((form) => variants.has(form) || splitOf(form) !== undefined))) return tokens;
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

/** `words` grouped by a character code of theirs: `groups[code]` lists the words with it. */
function byCharCode(words: Iterable<string>, codeOf: (word: string) => number): (string[] | undefined)[] {
  const groups: (string[] | undefined)[] = [];
  for (const word of words) (groups[codeOf(word)] ??= []).push(word);
  return groups;
}
