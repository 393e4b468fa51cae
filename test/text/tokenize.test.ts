import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandContraction } from '../../src/text/contractions.js';
import { createDocument } from '../../src/text/document.js';
import { lexicalForms } from '../../src/text/lexical-forms.js';
import { isPlainWord } from '../../src/text/tokenize.js';

// Words as the tokenizer sees them: letters, digits, masks and apostrophes, some stretched.
const wordLike = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcdeiostuy'), minLength: 1, maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'abo1!*$\'@zé'), minLength: 1, maxLength: 10 }),
  fc.constantFrom('youre', 'dont', 'im', 'cant', 'sooo', 'idiooot', 'loser', 'book', "you're", 'b!tch', 'f*ck'),
);

describe('plain words (the tokenizer skips its reading cache for them)', () => {
  it('tells plain words by their letters', () => {
    expect(isPlainWord('loser')).toBe(true);
    expect(isPlainWord('book')).toBe(true);
    expect(isPlainWord('sooo')).toBe(false);
    expect(isPlainWord('youre')).toBe(false);
    expect(isPlainWord('1d10t')).toBe(false);
    expect(isPlainWord("you're")).toBe(false);
    expect(isPlainWord('café')).toBe(false);
  });

  it('reads a plain word exactly as the full reading would: itself, and no contraction', () => {
    fc.assert(
      fc.property(wordLike, (word) => {
        if (!isPlainWord(word)) return;
        expect(lexicalForms(word)).toEqual([word]);
        expect(expandContraction(word)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('gives plain and unusual words the same token shape', () => {
    const tokens = createDocument('Youre a looooser, you idiot').sentences[0]?.tokens ?? [];
    expect(tokens.map((token) => [token.surface, token.forms, token.start, token.end])).toEqual([
      ['you', ['you'], 0, 3],
      ['are', ['are'], 3, 5],
      ['a', ['a'], 6, 7],
      ['looooser', ['looooser', 'looser', 'loser'], 8, 16],
      ['you', ['you'], 18, 21],
      ['idiot', ['idiot'], 22, 27],
    ]);
  });
});
