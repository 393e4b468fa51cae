/**
 * Contractions read as their full words, so `you're`, `youre` and `you are` all match the
 * pattern `you are`. Each part keeps its slice of the original word for reporting.
 */

/** Words people write without the apostrophe, spelled out. Only unambiguous ones. */
const BARE = new Map<string, readonly [string, string]>(Object.entries({
  youre: ['you', 'are'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  thats: ['that', 'is'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  cant: ['can', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wouldnt: ['would', 'not'],
  shouldnt: ['should', 'not'],
  youll: ['you', 'will'],
  youve: ['you', 'have'],
}) as [string, [string, string]][]);

/** The words above: each reads as two words, not as itself. */
export const BARE_CONTRACTIONS: ReadonlySet<string> = new Set(BARE.keys());

/** Suffixes after the apostrophe. */
const SUFFIX = new Map([['re', 'are'], ['m', 'am'], ['ll', 'will'], ['ve', 'have'], ['d', 'would']]);

/** Words whose `'s` means "is" rather than a possessive. */
const IS_BEFORE = new Set(['it', 'that', 'he', 'she', 'what', 'who', 'there', 'here', 'this', 'where', 'everyone', 'nobody', 'everybody', 'somebody', 'someone']);

/** Irregular negations. */
const NOT_STEM = new Map([['can', 'can'], ['won', 'will'], ['ca', 'can'], ['sha', 'shall'], ['ai', 'is']]);

export type ContractionPart = readonly [word: string, from: number, to: number];

/**
 * Splits a contraction into its words with their offsets in `word`, or returns undefined when
 * `word` is not one.
 *
 * @example expandContraction("you're") // [['you', 0, 3], ['are', 3, 6]]
 */
export function expandContraction(word: string): ContractionPart[] | undefined {
  const bare = BARE.get(word);
  if (bare !== undefined) {
    const [first, second] = bare;
    const cut = Math.min(first.length, word.length - 1);
    return [[first, 0, cut], [second, cut, word.length]];
  }
  const apostrophe = word.indexOf("'");
  if (apostrophe <= 0 || apostrophe !== word.lastIndexOf("'")) return undefined;
  const head = word.slice(0, apostrophe);
  const tail = word.slice(apostrophe + 1);
  if (tail === 't' && head.endsWith('n')) {
    const stem = head.slice(0, -1);
    const full = NOT_STEM.get(stem) ?? stem;
    return [[full, 0, stem.length], ['not', stem.length, word.length]];
  }
  const expanded = tail === 's' ? (IS_BEFORE.has(head) ? 'is' : "'s") : SUFFIX.get(tail);
  if (expanded === undefined) return undefined;
  return [[head, 0, apostrophe], [expanded, apostrophe, word.length]];
}
