import { describe, expect, it } from 'vitest';
import { readTarget } from '../../src/text/addressee.js';
import { createDocument } from '../../src/text/document.js';

function targetOfLastWord(text: string) {
  const tokens = createDocument(text).sentences[0]?.tokens ?? [];
  return readTarget(text, tokens, tokens.length - 1);
}

describe('readTarget', () => {
  it.each([
    ["you're such an idiot", 'reader', false],
    ['ur so dumb', 'reader', false],
    ["you're not an idiot", 'reader', true],
    ["I'm such an idiot", 'speaker', false],
    ['this song is stupid', 'thing', false],
    ['he is a clown', 'other', false],
    ['this guy is an idiot', 'other', false],
    ['your voice is annoying', 'reader', false],
    ['your cat is annoying', 'thing', false],
    ['@sam idiot', 'reader', false],
    ['shut up, clown', 'reader', false],
    ['nobody thinks you are stupid', 'reader', true],
    // a predicate joined to the first takes its subject
    ['you talk too much and are so annoying', 'reader', false],
    ['I cooked all day and am so tired', 'speaker', false],
    ['this song is long and is so annoying', 'thing', false],
  ])('reads %j as aimed at the %s (negated: %s)', (text, target, negated) => {
    expect(targetOfLastWord(text)).toMatchObject({ target, negated });
  });
});

describe('readTarget with "your" standing for "you\'re"', () => {
  it('reads "your so dumb" as aimed at the reader, but not "your dog"', () => {
    expect(targetOfLastWord('your so dumb')).toMatchObject({ target: 'reader', vocative: false });
    expect(targetOfLastWord('your dog')).toMatchObject({ target: 'unknown' });
  });
});

describe('negation stays inside its clause', () => {
  it('reads "nobody asked, you are an idiot" as not negated', () => {
    expect(targetOfLastWord('nobody asked, you are an idiot')).toMatchObject({ target: 'reader', negated: false });
  });
});
