/**
 * A quick, exact "certainly not in the set" test for words, to skip most Map lookups: a word's
 * first and last characters and its length pick one bit of a small bitmap. Reading two characters
 * is far cheaper than hashing a fresh token string and probing a Map, and most tokens of a
 * comment are in none of the rules' word lists.
 */
export class WordFilter {
  private readonly bitmap: Uint32Array;
  private readonly shift: number;

  /** `words` may be any iterable of strings; the bitmap keeps about one bit in 16 set. */
  constructor(words: Iterable<string>) {
    const list = [...words];
    const bits = Math.min(16, Math.max(8, Math.ceil(Math.log2(list.length + 1)) + 4));
    this.shift = 32 - bits;
    this.bitmap = new Uint32Array(1 << (bits - 5));
    for (const word of list) {
      const slot = this.slot(word);
      this.bitmap[slot >>> 5] = (this.bitmap[slot >>> 5] as number) | (1 << (slot & 31));
    }
  }

  private slot(word: string): number {
    const last = word.length - 1;
    return Math.imul((word.charCodeAt(0) << 16) ^ (word.charCodeAt(last) << 6) ^ word.length, 0x9e3779b1) >>> this.shift;
  }

  /** False when `word` is certainly not in the set; true when it may be. */
  mayHave(word: string): boolean {
    const slot = this.slot(word);
    return ((this.bitmap[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
  }
}
