import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { isQuoted } from '../../src/text/context.js';

/** Whether the words of `hit` (one run of tokens) stand inside quotes in `text`. */
function quoted(text: string, hit: string): boolean {
  const tokens = createDocument(text).sentences[0]?.tokens ?? [];
  const words = hit.split(' ');
  const from = tokens.findIndex((_, index) => words.every((word, k) => tokens[index + k]?.surface.toLowerCase() === word));
  if (from < 0) throw new Error(`${hit} not in ${text}`);
  return isQuoted(tokens, from, from + words.length);
}

describe('isQuoted', () => {
  it.each([
    ['they said "nobody asked" lol', 'nobody asked', true],
    ['you are such a "genius"', 'genius', true],
    // Inside a longer quote, with the writer's own words around it.
    ['Saying "you\'re pretty for a dark girl" is not a compliment.', 'pretty for a dark girl', true],
    ['he wrote "ugly" and "stupid" under it', 'stupid', true],
    // Quotes around the whole sentence quote nothing; nor do quotes elsewhere in it.
    ['"you are so ugly lol"', 'ugly', false],
    ['"nice" video, you look awful', 'awful', false],
    ['you look awful in "that" dress', 'awful', false],
    // A quote that opens the line: the mark before the first word counts.
    ['"you are ugly" is not feedback', 'ugly', true],
    ['“so fat” is what they wrote under her post', 'fat', true],
  ])('%s: %s is quoted: %s', (text, hit, expected) => {
    expect(quoted(text, hit)).toBe(expected);
  });
});
