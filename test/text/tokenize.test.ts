import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandContraction } from '../../src/text/contractions.js';
import { createDocument } from '../../src/text/document.js';
import { lexicalForms } from '../../src/text/lexical-forms.js';
import { isPlainWord, scanPieces } from '../../src/text/tokenize.js';

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

describe('masked words', () => {
  it('also read as the common word that fits the mask, so phrases see them', () => {
    expect(lexicalForms('f*ck')).toContain('fuck');
    expect(lexicalForms('st*p*d')).toContain('stupid');
    // The commoner reading wins where two fit: s**t is shit, not slut.
    expect(lexicalForms('s**t')).toContain('shit');
    expect(lexicalForms('s**t')).not.toContain('slut');
    // Too little shown to tell.
    expect(lexicalForms('f***')).not.toContain('fuck');
  });
});

describe('the ASCII scanner', () => {
  // The scanner's language as a regular expression with ASCII classes, as it was written before
  // the hand-written scan replaced it on ASCII text: the scan must find exactly these pieces.
  const reference = /((?:https?:\/\/|www\.)\S+)|(@[a-z0-9_][a-z0-9_.]*[a-z0-9_]|@[a-z0-9_])|(#[a-z0-9_]+)|([$*]*[a-z0-9](?:[a-z0-9$@*!|']*[a-z0-9*])?)|[^\s]/g;
  const referencePieces = (text: string) =>
    [...text.matchAll(reference)].map((match) => ({
      kind: match[4] !== undefined ? (/^[\d.,:/-]+$/.test(match[0]) ? 'number' : 'word') : match[1] !== undefined ? 'url' : match[2] !== undefined ? 'mention' : match[3] !== undefined ? 'hashtag' : 'punct',
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    }));
  const asciiText = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'ahtpsw:/.@#_$*!|\'09 \n\t\x0bAZ-,x'), maxLength: 40 }),
    fc.array(fc.constantFrom('http://', 'https://', 'www.', 'https:// ', '@sam', '@s.', '@.', '#tag', '#', '$$', '**', 'f*ck', "don't", '2020', '$5', ' ', '\n', 'u!', 'a'), { maxLength: 12 }).map((parts) => parts.join('')),
  );

  it('finds the pieces the regular expression finds', () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(scanPieces(text)).toEqual(referencePieces(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('hashtags', () => {
  it('read as the tag and as the word tagged', () => {
    const [token] = createDocument('#Feminazi').sentences[0]?.tokens ?? [];
    expect(token?.kind).toBe('hashtag');
    expect(token?.forms).toEqual(['#feminazi', 'feminazi']);
  });
});
