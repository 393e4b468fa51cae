import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { createSpeller, neighbours } from './spelling.js';

/** Misspelled group attacks, written for this test; the pack's rules alone (no model). */
const groupAttacks = (text: string): string[] =>
  lintText(text, { config: { model: false } })
    .messages.filter((message) => message.messageId === 'groupAttack' || message.messageId === 'sgGroupAttack')
    .map((message) => message.text);

describe('spelling variants of pack words', () => {
  it('lists the words one deleted or swapped letter away', () => {
    expect(neighbours('tamil')).toEqual(expect.arrayContaining(['tmil', 'taml', 'atmil', 'tamli']));
    expect(neighbours('gay')).toEqual([]);
  });

  it('lists what a misspelled or run-together word reads as, at its first split point', () => {
    const { variants, splitOf } = createSpeller(['hate', 'tamils'], new Set(['i', 'so', 'soh']), new Set(['tamis']), new Set(['ihates']));
    expect(variants.get('tmils')).toBe('tamils');
    expect(splitOf('ihate')).toEqual(['i', 'hate']);
    expect(splitOf('sohate')).toEqual(['so', 'hate']);
    expect(splitOf('hatesoh')).toEqual(['hate', 'soh']);
    expect(splitOf('tamilsi')).toEqual(['tamils', 'i']);
    expect(splitOf('ihates')).toBeUndefined();
    expect(variants.has('tamis')).toBe(false);
    expect(variants.has('hate')).toBe(false);
    expect(splitOf('hate')).toBeUndefined();
  });

  it('splits a word where trying every split point from the left first splits it', () => {
    // Words that split more than one way: "isleall" is "i sleall", "is leall" and "isle all", "theself" "thes elf" and "these lf".
    const glue = new Set(['i', 'is', 'so', 'the', 'these', 'all', 'elf']);
    const words = ['hate', 'sohate', 'theses', 'eall', 'hall', 'isle', 'leall', 'sleall', 'thesis', 'thes', 'lf'];
    const { splitOf } = createSpeller(words, glue, new Set(), new Set());
    const known = new Set(words);
    const firstSplit = (form: string): string[] | undefined => {
      if (form.length < 5) return undefined;
      for (let k = 1; k < form.length; k++) {
        const [head, tail] = [form.slice(0, k), form.slice(k)];
        if ((glue.has(head) && known.has(tail)) || (known.has(head) && glue.has(tail))) return [head, tail];
      }
      return undefined;
    };
    const joined = [...glue].flatMap((small) => words.flatMap((word) => [small + word, word + small]));
    for (const form of [...joined, ...words, 'thesall', 'isall']) expect([form, splitOf(form)]).toEqual([form, firstSplit(form)]);
  });

  it.each([
    ['a letter left out', 'Imigrants are always so dirty'],
    ['a letter left out of the hostile word', 'Filipinos should all be deportd'],
    ['two letters swapped', 'Eurasians are so dsigusting lah'],
    ['run together with a small word', 'Someone should burnthose bangladeshis'],
    ['run together after a small word', 'Ihate atheists'],
  ])('reads %s: %j', (_kind, text) => {
    expect(groupAttacks(text)).not.toEqual([]);
  });

  it.each(['India is so dirty after the monsoon, they say', 'The therapists helped catholics and atheists alike', 'My girl loves the tamil songs'])(
    'reads English words as themselves: %j',
    (text) => {
      expect(groupAttacks(text)).toEqual([]);
    },
  );
});
