import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { createSpeller, neighbours } from './spelling.js';

/** Misspelled group attacks, written for this test; the pack's rules alone (no model). */
const groupAttacks = (text: string): string[] =>
  lintText(text, { config: { model: false } })
    .messages.filter((message) => message.messageId === 'sgGroupAttack')
    .map((message) => message.text);

describe('spelling variants of pack words', () => {
  it('lists the words one deleted or swapped letter away', () => {
    expect(neighbours('tamil')).toEqual(expect.arrayContaining(['tmil', 'taml', 'atmil', 'tamli']));
    expect(neighbours('gay')).toEqual([]);
  });

  it('lists what a misspelled or run-together word reads as, at its first split point', () => {
    const { readings } = createSpeller(['hate', 'tamils'], new Set(['i', 'so', 'soh']), new Set(['tamis']), new Set());
    expect(readings.get('tmils')).toEqual(['tamils']);
    expect(readings.get('ihate')).toEqual(['i', 'hate']);
    expect(readings.get('sohate')).toEqual(['so', 'hate']);
    expect(readings.has('tamis')).toBe(false);
    expect(readings.has('hate')).toBe(false);
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
