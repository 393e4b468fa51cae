import { describe, expect, it } from 'vitest';
import { matchesWordGlob } from '../../src/text/glob.js';

describe('matchesWordGlob', () => {
  it.each([
    ['noob*', 'noobs', true],
    ['noob*', 'noob', true],
    ['*noob', 'supernoob', true],
    ['n*b', 'noob', true],
    ['noob', 'noobs', false],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxbyy', false],
  ])('%s against %s is %s', (glob, word, expected) => {
    expect(matchesWordGlob(glob, word)).toBe(expected);
  });

  it('stays fast on patterns built to backtrack', () => {
    const glob = `${'a*'.repeat(50)}b`;
    const word = 'a'.repeat(5000);
    expect(matchesWordGlob(glob, word)).toBe(false);
  });
});
