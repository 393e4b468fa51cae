import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { setLines } from '../scripts/set-lines.js';
import { FIXTURES } from './support/run-cli.js';

/** How many lines are flagged: the held-out trials report counts only, never the lines. */
const countFlagged = (lines: readonly string[]): number => lines.filter((line) => lintText(line).messages.length > 0).length;

function readSet(name: string): string[] {
  return setLines(readFileSync(path.join(FIXTURES, 'sets', name), 'utf8'));
}

describe('the creator benign set (fixtures/sets/benign.txt)', () => {
  const lines = readSet('benign.txt');

  it('has at least 150 lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(150);
  });

  it('has no error-level finding', () => {
    const errors = lines.flatMap((line) => lintText(line).messages.filter((m) => m.severity === 'error').map((m) => `${line} -> ${m.ruleId}: ${m.text}`));
    expect(errors).toEqual([]);
  });

  it('has findings of any level on at most 2% of lines', () => {
    const flagged = lines.filter((line) => lintText(line).messages.length > 0);
    expect(flagged.length / lines.length, flagged.join('\n')).toBeLessThanOrEqual(0.02);
  });
});

describe('the attack set (fixtures/sets/attacks.txt)', () => {
  const lines = readSet('attacks.txt');

  it('has at least 150 lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(150);
  });

  it('flags at least 95% of lines with a rule other than profanity', () => {
    const missed = lines.filter((line) => !lintText(line).messages.some((message) => message.ruleId !== 'profanity'));
    expect(1 - missed.length / lines.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});

/** Our own sentences per recall kind and per false-alarm kind (fixtures/sets/kinds). */
describe('the sets per kind (fixtures/sets/kinds)', () => {
  const folder = path.join(FIXTURES, 'sets', 'kinds');
  const kinds = readdirSync(folder).filter((file) => file.endsWith('.txt')).sort();
  const read = (file: string): string[] => setLines(readFileSync(path.join(folder, file), 'utf8'));

  it('has at least 30 sentences of each of the 29 kinds', () => {
    expect(kinds).toHaveLength(29);
    for (const kind of kinds) expect(read(kind).length, kind).toBeGreaterThanOrEqual(30);
  });

  // The targets are 95% flagged and 1%; these floors and ceilings are what the rules and
  // the shipped model reach today (docs/model.md gives the rate per kind, and how far each is
  // from the target), so that a regression fails.
  const FLOORS: Record<string, number> = {
    // Session 14 added a blind helper's 40 (39 for pile-on and never-born) to each of these five;
    // only the never-born wishes were tuned on them (unborn-reading.ts). The floors are the rates then.
    // 8 of the helper's 40 before session 14's body reading, 16 after; 23 after session 15's
    // (advice said as "please" or "tried", "the tummy", praise promised after a fix).
    'attack-body-advice.txt': 0.74,
    // 36 of 60 of the lead's own, 16 of 80 and 15 of 100 of two helpers' before the put-down
    // phrases of session 13 were tuned on them.
    // Session 15 added a helper's 80 with no insult word: 6 flagged before that session's
    // put-down shapes, 18 after, which brings the whole set down to 0.60.
    'attack-creator-putdown.txt': 0.59,
    // 13 of the helper's 40 before the dehumanising reading of session 15 was tuned on them; 38 of 40 after.
    'attack-dehumanising.txt': 0.95,
    'attack-disclaimer.txt': 0.95,
    // 14 of the helper's 40 before session 14's phrases, 26 after; 36 after session 15's reading.
    'attack-exclusion.txt': 0.9,
    // 45 of the 120 a helper wrote in session 14 before the local remarks were tuned on them.
    'attack-micro-aggression.txt': 0.65,
    // 6 of the helper's 39 before session 14's unborn reading, 10 after; 31 after the phrases and
    // the regret named after the birth of session 15.
    'attack-never-born.txt': 0.85,
    // Two helpers' Malay attacks on groups, session 16: 42 of the first 60 before that session's
    // group reading (pronouns for a group named before, rights denied, "lebih baik tanpa X"), 51 after;
    // 46 of the second 50, written after the first round of tuning.
    'attack-malay-group.txt': 0.88,
    // A helper's Malay threats, session 16: 15 of 50 before that session's threat reading, 46 after.
    'attack-malay-threat.txt': 0.92,
    // A helper's Singlish attacks on groups and threats, session 16: 39 of 60 and 40 of 50 before
    // that session's Singlish guards and words ("smell like", "locusts", "bangla"), 45 and 40 after.
    'attack-singlish-group.txt': 0.75,
    'attack-singlish-threat.txt': 0.8,
    // 15 of the helper's 39 before the pile-on reading of session 15 was tuned on them; 37 of 39 after.
    'attack-pile-on.txt': 0.95,
    'attack-stereotype.txt': 0.95,
    // 10 of the 100 a helper wrote in session 14 before the advance reading was tuned on them;
    // 11 of the 80 another wrote in session 15 before that session's cues, 49 after.
    'attack-sexual.txt': 0.71,
    // 56 of the 120 a helper wrote in session 14 before the threat and wish readings were tuned on them.
    // 22 of the 80 another wrote in session 15 before that session's threat shapes, 39 after.
    // 218 of 284 after session 16's Malay threat reading.
    'attack-threat.txt': 0.76,
  };
  const CEILINGS: Record<string, number> = {
    // A call to mass-report a harasser; "why are people saying 'balik dapur' to her?".
    'benign-counter-speech.txt': 0.03,
    // 'what a creep' said of a film's villain; a quoted sexist remark called lazy.
    'benign-creator-near-miss.txt': 0.02,
    // "you absolute muppet, you forgot to hit record 😂", "me, a clumsy fool, dropping every egg",
    // and a report of "go back to China" a clause away from the reporting.
    'benign-creator-everyday.txt': 0.015,
    // Session 16's Malay group mentions: 14 of the first 60 and 36 of the second 100 before that
    // session's guards (reported harm, someone else's hostile word, shops and feasts), 4 and 12 after,
    // 14 in all once "gue orang Indon" (the writer's own people) stopped reading as a slur; the rest
    // of the "Indon" lines are reported as a demeaning name however it is meant.
    'benign-malay-group.txt': 0.1,
    // 2 of 50 before the threat reading's joke and game guards, 0 after.
    'benign-malay-violent-words.txt': 0,
    'benign-micro-near-miss.txt': 0,
    // Session 16's Singlish group mentions: 16 of 80 before that session's guards (one clause, "kena"
    // reported, "Malay food", "my Chinese mum", "kill time"), 8 after.
    'benign-singlish-group.txt': 0.1,
    // Banter with "go die lah" or "bodoh la you", and a laughing "i'll strangle you": 4 of 50, 3 after "jk" reads as a joke.
    'benign-singlish-violent-words.txt': 0.06,
    'benign-news-report.txt': 0,
    'benign-praise-hyperbole.txt': 0,
    'benign-profane-emphasis.txt': 0,
    'benign-reclaimed.txt': 0,
    'benign-sexual-near-miss.txt': 0,
    'benign-violent-words.txt': 0,
  };

  it.each(Object.entries(FLOORS))('flags at least its floor of %s', (kind, floor) => {
    const lines = read(kind);
    const missed = lines.filter((line) => lintText(line).messages.length === 0);
    expect(1 - missed.length / lines.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(floor);
  });

  it.each(Object.entries(CEILINGS))('flags at most its ceiling of %s', (kind, ceiling) => {
    const lines = read(kind);
    const flagged = lines.filter((line) => lintText(line).messages.length > 0);
    expect(flagged.length / lines.length, `flagged:\n${flagged.join('\n')}`).toBeLessThanOrEqual(ceiling);
  });
});

/**
 * A hostile false-alarm trial for micro-aggression frames (fixtures/sets/held-out, never tuned on):
 * everyday talk about identity must stay quiet, and recall must not fall. The ceiling and floor
 * are what main measured when the sets were written (0 of 105 benign, 23 of 48 attacks), so that
 * a regression fails; the targets (1%, 95%) are in scripts/sets.js.
 */
describe('the held-out micro-aggression trial (fixtures/sets/held-out)', () => {
  const read = (file: string): string[] => readSet(path.join('held-out', file));

  it('flags no line of benign-everyday-identity.txt', () => {
    expect(countFlagged(read('benign-everyday-identity.txt'))).toBe(0);
  });

  // Written after reading the frames, to probe the broad ones; main flags one ("my girls love cooking").
  it('flags at most 1 of the 27 lines of benign-frame-probes.txt', () => {
    const lines = read('benign-frame-probes.txt');
    expect(lines).toHaveLength(27);
    expect(countFlagged(lines)).toBeLessThanOrEqual(1);
  });

  // 31 of 48 by session 12; 33 after session 13's put-downs (age, gender), tuned on other sentences.
  it('flags at least 33 of the 48 lines of attack-micro-aggression.txt', () => {
    const lines = read('attack-micro-aggression.txt');
    expect(lines).toHaveLength(48);
    expect(countFlagged(lines)).toBeGreaterThanOrEqual(33);
  });
});

/**
 * A blind trial (fixtures/sets/held-out, never tuned on): an attack set and a benign set written
 * by someone who saw neither the rules nor the tuning sets, after those were written. The floor
 * is what main flagged then, so that a regression fails; the benign set must stay quiet. The
 * targets (95%, 1%) are in scripts/sets.js.
 */
function blindTrial(name: string, trial: { attacks: string; floor: number; benign: string; lines: number }): void {
  describe(`the held-out ${name} trial (fixtures/sets/held-out)`, () => {
    const read = (file: string): string[] => readSet(path.join('held-out', file));

    it(`flags no line of ${trial.benign}`, () => {
      const lines = read(trial.benign);
      expect(lines).toHaveLength(trial.lines);
      // Counts only, here and below: a failure must not print held-out lines to whoever tunes.
      expect(countFlagged(lines)).toBe(0);
    });

    it(`flags at least ${trial.floor} of the ${trial.lines} lines of ${trial.attacks}`, () => {
      const lines = read(trial.attacks);
      expect(lines).toHaveLength(trial.lines);
      expect(countFlagged(lines)).toBeGreaterThanOrEqual(trial.floor);
    });
  });
}

/** Per held-out file: [lines, count]. */
type Counts = Readonly<Record<string, readonly [number, number]>>;

/** A blind trial's floors (attacks flagged at least) and ceilings (near misses flagged at most), by counts only. */
function describeBlindTrial(title: string, floors: Counts, ceilings: Counts): void {
  describe(title, () => {
    const read = (file: string): string[] => readSet(path.join('held-out', file));

    it.each(Object.entries(floors))('flags at least its floor of %s', (file, [lines, floor]) => {
      expect(read(file)).toHaveLength(lines);
      expect(countFlagged(read(file))).toBeGreaterThanOrEqual(floor);
    });

    it.each(Object.entries(ceilings))('flags at most its ceiling of %s', (file, [lines, ceiling]) => {
      expect(read(file)).toHaveLength(lines);
      expect(countFlagged(read(file))).toBeLessThanOrEqual(ceiling);
    });
  });
}

/**
 * Blind trials written in session 15 by helpers who saw neither the rules nor any set, while the
 * pile-on, dehumanising and advance readings were tuned on other helpers' sentences. The lead
 * never read them; the floors and ceilings are the counts then. Before that session's tuning:
 * pile-ons 10, dehumanising 11, sexual 5; their near misses 5, counter-speech 4, sexual near
 * misses 0;
 * threats 7 and put-downs 2 (before and after), their near misses 2 and 1.
 */
describeBlindTrial(
  'the held-out session 15 trial (fixtures/sets/held-out)',
  {
    'attack-pile-on-s15.txt': [40, 20],
    'attack-dehumanising-s15.txt': [40, 15],
    'attack-sexual-s15.txt': [40, 8],
    // 12 after session 16's Malay threat reading (tuned on another helper's Malay).
    'attack-threat-s15.txt': [40, 12],
    'attack-creator-putdown-s15.txt': [40, 2],
  },
  {
    'benign-near-miss-s15.txt': [60, 6],
    'benign-counter-speech-s15.txt': [40, 4],
    'benign-sexual-near-miss-s15.txt': [40, 0],
    'benign-violent-words-s15.txt': [40, 2],
    'benign-putdown-near-miss-s15.txt': [40, 1],
  },
);

/**
 * Session 16's blind Malay and Singlish trials (fixtures/sets/held-out, counts only): two helpers
 * blind to the rules wrote group attacks, threats and near misses while the packs' readings were
 * tuned on other helpers' sentences. Before that work, Malay: 35 of 50 group attacks, 21 of 50
 * group near misses, 14 of 40 threats, 2 of 40 violent-word near misses; Singlish: 36, 6, 25 and 0.
 */
describeBlindTrial(
  'the held-out session 16 Malay and Singlish trial (fixtures/sets/held-out)',
  {
    'attack-malay-group-s16.txt': [50, 42],
    'attack-malay-threat-s16.txt': [40, 24],
    'attack-singlish-group-s16.txt': [50, 38],
    'attack-singlish-threat-s16.txt': [40, 25],
  },
  {
    'benign-malay-group-s16.txt': [50, 7],
    'benign-malay-violent-words-s16.txt': [40, 2],
    'benign-singlish-group-s16.txt': [50, 5],
    'benign-singlish-violent-words-s16.txt': [40, 0],
  },
);

/**
 * A blind trial of creator put-downs (fixtures/sets/held-out, never tuned on), written while the
 * put-down phrases of session 13 were tuned on other sentences: 20 of 50 flagged before them, 27
 * after. Two benign lines were flagged when it was written; the targets are in scripts/sets.js.
 */
describe('the held-out creator put-down trial (fixtures/sets/held-out)', () => {
  const read = (file: string): string[] => readSet(path.join('held-out', file));

  it('flags at most 2 of the 50 lines of benign-creator-near-miss.txt', () => {
    const lines = read('benign-creator-near-miss.txt');
    expect(lines).toHaveLength(50);
    expect(countFlagged(lines)).toBeLessThanOrEqual(2);
  });

  it('flags at least 27 of the 50 lines of attack-creator-putdown.txt', () => {
    const lines = read('attack-creator-putdown.txt');
    expect(lines).toHaveLength(50);
    expect(countFlagged(lines)).toBeGreaterThanOrEqual(27);
  });
});

// 8 of 45 before the threat phrases of e000858; 20 before the threat and wish readings of session 14,
// 24 after; 26 since the pile-on reading of session 15 reads two of them as calls on others.
blindTrial('threat', { attacks: 'attack-threat.txt', floor: 26, benign: 'benign-violent-words.txt', lines: 45 });
// 0 of 45 before the sexual phrases; phrases generalise poorly to this open-ended harm (docs/model.md).
// 8 before the advance reading of session 14.
blindTrial('sexual-harassment', { attacks: 'attack-sexual.txt', floor: 9, benign: 'benign-body-words.txt', lines: 45 });
