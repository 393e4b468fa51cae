import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { compilePhrases, expandGroups, orMention } from '../../src/text/phrases.js';

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

  it('at one start takes the longest match, and of equally long ones the pattern listed first', () => {
    const ordered = compilePhrases([
      { pattern: 'you are', entry: 'short' },
      { pattern: 'you * dumb', entry: 'wildcard' },
      { pattern: 'you are? so dumb', entry: 'optional' },
      { pattern: 'you are dumb', entry: 'literal' },
      { pattern: 'you', entry: 'alone' },
    ]);
    const entries = (text: string) => ordered.matchAll(tokensOf(text)).map((m) => [m.entry, m.from, m.to]);
    expect(entries('you are dumb')).toEqual([['wildcard', 0, 3]]);
    expect(entries('you so dumb')).toEqual([['wildcard', 0, 3]]);
    expect(entries('you are so dumb')).toEqual([['optional', 0, 4]]);
    expect(entries('you are')).toEqual([['short', 0, 2]]);
    expect(entries('you')).toEqual([['alone', 0, 1]]);
    expect(entries('you there')).toEqual([['alone', 0, 1]]);
    // The next token is read by each of its forms: "4re" is also "are".
    expect(entries('you 4re')).toEqual([['short', 0, 2]]);
  });

  it('rejects unknown word classes at compile time', () => {
    expect(() => compilePhrases([{ pattern: '<nope> x', entry: 1 }])).toThrow(/Unknown word class <nope>/);
    // Parsing waits for first use; the names are checked before, wherever they stand.
    expect(() => compilePhrases([{ pattern: 'x (a <nope>|b)', entry: 1 }], {})).toThrow(/Unknown word class <nope> in phrase "x \(a <nope>\|b\)"/);
  });

  it('gives the same vocabulary whether asked before or after matching', () => {
    const entries = [{ pattern: 'you (absolute|total) <insult>', entry: 1 }, { pattern: 'nobody asked', entry: 2 }];
    const classes = { insult: new Set(['clown', 'joke', 'mess']) };
    const first = compilePhrases(entries, classes);
    const vocabularyFirst = [...(first.vocabulary ?? [])].sort();
    const second = compilePhrases(entries, classes);
    expect(second.matchAll(tokensOf('you total clown')).map((match) => match.entry)).toEqual([1]);
    expect([...(second.vocabulary ?? [])].sort()).toEqual(vocabularyFirst);
    // The most telling slot of each: the two rare words rather than the class of three; 'nobody' of two equals.
    expect(vocabularyFirst).toEqual(['absolute', 'nobody', 'total']);
  });
});

describe('a class that reads mentions (orMention)', () => {
  const classes = { target: orMention(['you', 'him']) };
  const spans = (pattern: string, text: string) =>
    compilePhrases([{ pattern, entry: 1 }], classes).matchAll(tokensOf(text)).map((match) => [match.from, match.to]);

  it('reads an @mention alone, among other choices, first or after the first word', () => {
    expect(spans('hurt <target>', 'i will hurt @jake')).toEqual([[2, 4]]);
    expect(spans('find (<target>|her) and', 'find @jake and')).toEqual([[0, 3]]);
    expect(spans('<target> is next', '@jake is next')).toEqual([[0, 3]]);
    expect(spans('hurt <target>|her', 'hurt jake')).toEqual([]);
    expect(spans('<target>|her will pay', 'i know @jake will pay')).toEqual([[2, 5]]);
  });

  it('leaves mention slots out of the vocabulary, which lists words only', () => {
    expect(compilePhrases([{ pattern: '<target> is next', entry: 1 }], classes).vocabulary).toEqual(new Set(['next']));
  });
});

describe('expandGroups', () => {
  it('expands groups of several words into one pattern each', () => {
    expect(expandGroups('(no one|nobody) asked')).toEqual(['no one asked', 'nobody asked']);
    expect(expandGroups('do (everyone|the world) a favor|favour')).toEqual(['do everyone a favor|favour', 'do the world a favor|favour']);
    expect(expandGroups('(a b|c) (d e|f)')).toEqual(['a b d e', 'a b f', 'c d e', 'c f']);
  });

  it('keeps a group of one-word choices as one slot, which reads the same', () => {
    expect(expandGroups('(a|b) (c d|e)')).toEqual(['a|b c d', 'a|b e']);
    expect(expandGroups('(she|<you>)? (is|was) late')).toEqual(['she|<you>? is|was late']);
    const grouped = compilePhrases([{ pattern: 'so (she|<you>)? (is|was) late', entry: 1 }], { you: new Set(['you']) });
    expect(grouped.matchAll(tokensOf('so she was late again')).map((match) => [match.from, match.to])).toEqual([[0, 4]]);
    expect(grouped.matchAll(tokensOf('so was late')).map((match) => [match.from, match.to])).toEqual([[0, 3]]);
  });

  it('matches a multi-word alternative', () => {
    const matcher = compilePhrases([{ pattern: '(no one|nobody) asked', entry: 1 }]);
    expect(matcher.matchAll(tokensOf('no one asked')).map((m) => [m.from, m.to])).toEqual([[0, 3]]);
  });
});

describe('a matcher\'s vocabulary', () => {
  it('holds the most telling required words of each pattern', () => {
    const matcher = compilePhrases([{ pattern: 'i will kill|hurt <you>', entry: 1 }, { pattern: 'nobody asked', entry: 2 }], { you: new Set(['you', 'u']) });
    expect([...(matcher.vocabulary ?? [])].sort()).toEqual(['hurt', 'kill', 'nobody']);
  });

  it('is undefined when a pattern has no required word', () => {
    expect(compilePhrases([{ pattern: '* *', entry: 1 }]).vocabulary).toBeUndefined();
  });
});

describe('a matcher parsed lazily by first word', () => {
  // A matcher parses a first word's phrases when a token first reads it; one asked for its
  // vocabulary first has parsed them all. Both must find the same matches, in the same order.
  const patterns = [
    '(so many|lots of) <people> here', 'you|u are so? <bad>', '<you> <bad>', 'just? lose weight', '* <bad> people',
    '(go back|get out) to <your> country', 'you are', 'you are so bad', '<mention> <bad>',
  ];
  const classes = { people: new Set(['tourists', 'kids']), bad: new Set(['bad', 'rude']), you: orMention(new Set(['you'])), your: new Set(['your']), mention: orMention(new Set()) };
  const texts = ['so many tourists here', 'lots of kids here, you are so bad', 'u are rude', '@sam rude', 'lose weight', 'just lose weight', 'these rude people', 'go back to your country', 'get out to your country now', 'you are so bad'];
  const compile = () => compilePhrases(patterns.map((pattern) => ({ pattern, entry: pattern })), classes);

  it.each(texts)('finds the same in %j', (text) => {
    const lazy = compile();
    const eager = compile();
    expect(eager.vocabulary).toBeDefined(); // asking for it parses every phrase now
    const tokens = createDocument(text).sentences.flatMap((sentence) => sentence.tokens);
    expect(lazy.matchAll(tokens)).toEqual(eager.matchAll(tokens));
    expect(lazy.matchAll(tokens)).not.toEqual([]);
  });
});
