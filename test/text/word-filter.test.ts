import { describe, expect, it } from 'vitest';
import { WordFilter } from '../../src/text/word-filter.js';

describe('WordFilter', () => {
  it('never rules out a word of its set, whatever the set size', () => {
    const small = ['you', 'idiot', 'a', '', 'no one', 'f*ck', 'ñandú'];
    const large = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
    for (const words of [small, large]) {
      const filter = new WordFilter(words);
      for (const word of words) expect(filter.mayHave(word)).toBe(true);
    }
  });

  it('rules out most other words', () => {
    const filter = new WordFilter(['idiot', 'moron', 'loser', 'clown', 'trash']);
    const others = Array.from({ length: 1000 }, (_, i) => `other${i}`);
    expect(others.filter((word) => filter.mayHave(word)).length).toBeLessThan(200);
  });
});
