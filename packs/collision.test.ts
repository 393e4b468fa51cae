import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import * as malayWords from './ms/words.js';
import * as malayGroups from './ms/groups.js';
import * as singlishWords from './singlish/words.js';
import { malayReadings } from './ms/read.js';
import * as singlishGroups from './singlish/groups.js';
import { speller } from './singlish/rules.js';
import { NOT_SPLIT, NOT_VARIANTS } from './singlish/spelling.js';
import { neighbours } from './spelling.js';
import type { Token } from '../src/text/document.js';

/**
 * No word of the Malay and Singlish packs may fire on an English word it collides with, or inside
 * one. Checked against the 274,000 words of the `word-list` package (sindresorhus/word-list).
 */
const ENGLISH = new Set(readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean));

/** Entries that report on their own, with no other word needed. */
const STANDALONE: Record<string, readonly string[]> = {
  'ms vulgar': Object.entries(malayWords.VULGAR).filter(([, word]) => word.literal !== true).map(([key]) => key),
  'ms insults': Object.keys(malayWords.INSULTS),
  'ms slurs': Object.keys(malayWords.SLURS),
  'singlish vulgar': Object.keys(singlishWords.VULGAR),
  'singlish insults': Object.keys(singlishWords.INSULTS),
  'singlish slurs': Object.keys(singlishWords.SLURS),
};

/**
 * Words of the Malay group-attack lists that English shares with the same meaning (or, for a
 * few, a rare English homograph). They count only in a sentence detected as Malay, together with
 * a word from the other list, so "gay pride" or "China trip" never fires.
 */
const SHARED_IN_COMBINATION = new Set(['china', 'india', 'buddha', 'kafir', 'trans', 'transgender', 'gay', 'lesbian', 'virus', 'lipas', 'kutu', 'malas', 'hapus', 'serang']);

describe('collisions with English words', () => {
  it.each(Object.entries(STANDALONE))('no %s entry is an English word', (_name, words) => {
    expect(words.filter((word) => ENGLISH.has(word))).toEqual([]);
  });

  it('no English word reads as a standalone Malay entry through the slang map or a particle', () => {
    const malay = new Set([...STANDALONE['ms vulgar']!, ...STANDALONE['ms insults']!, ...STANDALONE['ms slurs']!]);
    const collisions: string[] = [];
    for (const word of ENGLISH) {
      const reading = malayReadings([word]).find((form) => form !== word && malay.has(form));
      if (reading !== undefined) collisions.push(`${word} -> ${reading}`);
    }
    expect(collisions).toEqual([]);
  });

  it('group-attack words that are English too are the listed shared ones', () => {
    const words = [...Object.keys(malayGroups.GROUP_WORDS), ...Object.keys(malayGroups.HOSTILE_WORDS)].filter((word) => !word.includes(' '));
    expect(words.filter((word) => ENGLISH.has(word) && !SHARED_IN_COMBINATION.has(word))).toEqual([]);
  });

  it('never fires inside an English word, in a Malay or a Singlish sentence', () => {
    const fired: string[] = [];
    for (const entry of Object.values(STANDALONE).flat()) {
      let tried = 0;
      for (const word of ENGLISH) {
        if (tried >= 5) break;
        if (word === entry || !word.includes(entry)) continue;
        tried++;
        for (const text of [`kau ni ${word} lah`, `you so ${word} lah`]) {
          for (const message of lintText(text).messages) if (message.text.toLowerCase() === word) fired.push(`${entry} in ${word}: ${message.ruleId}`);
        }
      }
    }
    expect(fired).toEqual([]);
  });

  it('no English word reads as a misspelled Singlish group or hostile word, and the exceptions are English words', () => {
    const vocabulary = new Set([...Object.keys(singlishGroups.GROUP_WORDS).flatMap((name) => name.split(' ')), ...Object.keys(singlishGroups.HOSTILE_WORDS)]);
    const english = [...vocabulary].flatMap(neighbours).filter((variant) => !vocabulary.has(variant) && ENGLISH.has(variant));
    expect(english.filter((word) => !NOT_VARIANTS.has(word))).toEqual([]);
    expect([...NOT_VARIANTS, ...NOT_SPLIT].filter((word) => !ENGLISH.has(word))).toEqual([]);
  });

  it('no English word is split into a small word and a Singlish pack word', () => {
    const token = (word: string): Token => ({ kind: 'word', surface: word, forms: [word], start: 0, end: word.length, punctAfter: '', punctBefore: '', index: 0 });
    const split = [...ENGLISH].filter((word) => speller().read([token(word)]).length > 1);
    expect(split).toEqual([]);
  });
});
