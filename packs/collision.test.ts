import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import * as malayWords from './ms/words.js';
import * as malayGroups from './ms/groups.js';
import * as singlishWords from './singlish/words.js';
import { malayReadings } from './ms/read.js';

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
});
