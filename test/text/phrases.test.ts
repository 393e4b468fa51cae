import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { compilePhrases } from '../../src/text/phrases.js';

const tokensOf = (text: string) => createDocument(text).sentences[0]?.tokens ?? [];

describe('compilePhrases', () => {
  const matcher = compilePhrases(
    [
      { pattern: 'nobody asked', entry: 'a' },
      { pattern: '<you> are so? <bad>', entry: 'b' },
      { pattern: 'go * yourself', entry: 'c' },
    ],
    { you: new Set(['you', 'u']), bad: new Set(['mean', 'rude']) },
  );

  it('matches literal words, classes, optional and wildcard slots', () => {
    expect(matcher.matchAll(tokensOf('honestly nobody asked')).map((m) => m.entry)).toEqual(['a']);
    expect(matcher.matchAll(tokensOf('u are so rude')).map((m) => [m.entry, m.from, m.to])).toEqual([['b', 0, 4]]);
    expect(matcher.matchAll(tokensOf("you're mean")).map((m) => m.entry)).toEqual(['b']);
    expect(matcher.matchAll(tokensOf('go fix yourself')).map((m) => m.entry)).toEqual(['c']);
    expect(matcher.matchAll(tokensOf('nobody else asked'))).toEqual([]);
  });

  it('rejects unknown word classes at compile time', () => {
    expect(() => compilePhrases([{ pattern: '<nope> x', entry: 1 }])).toThrow(/Unknown word class <nope>/);
  });
});
