import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { HELD_OUT } from './held-out.js';

/**
 * The packs on sentences they were not tuned on (held-out.ts), with the recommended config as a
 * user runs it. The floors are what was measured when the set was written; a change that drops
 * below them made the packs worse on text nobody fitted them to.
 */
const results = HELD_OUT.map((entry) => ({ ...entry, flagged: lintText(entry.text).messages.length > 0 }));
const share = (rows: typeof results): number => rows.filter((row) => row.flagged === row.hurtful).length / rows.length;

describe('held-out Singlish, Manglish and Malay sentences', () => {
  it('has as many hurtful as kind sentences in each language', () => {
    for (const language of ['singlish', 'ms', 'mixed']) {
      const rows = HELD_OUT.filter((entry) => entry.language === language);
      expect(rows.filter((entry) => entry.hurtful).length * 2).toBe(rows.length);
    }
  });

  it('flags the hurtful ones and passes the kind ones, at the measured floors', () => {
    const hurtful = results.filter((row) => row.hurtful);
    const kind = results.filter((row) => !row.hurtful);
    const measured = { recall: share(hurtful), kindPassed: share(kind) };
    expect(measured.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(measured.kindPassed).toBeGreaterThanOrEqual(FLOORS.kindPassed);
  });

  it('passes the praise slang', () => {
    for (const text of ['Power lah bro, this video damn good', 'Steady bojio, next time jio me also', 'Terbaik lah bro, teruskan usaha']) {
      expect(results.find((row) => row.text === text)?.flagged).toBe(false);
    }
  });
});

/**
 * Measured when the set was written (the branch that added it): 13 of 30 hurtful sentences
 * flagged, 30 of 30 kind ones passed. The misses are recorded, not fitted: Malay insults without
 * "kau" close by, English-marked sentences with a Malay insult ("eh bodoh, you…"), and vulgarities
 * and group attacks the model's recommended preset leaves out.
 */
const FLOORS = { recall: 13 / 30, kindPassed: 1 };
