/**
 * Exclusion that no phrase spells out, read from two cues in one line: an order to leave or stop
 * ("go away lah", "just retire from content creation", "keep your thoughts to yourself", "shut
 * it down") and the reason that no one wants them there ("no one invited you", "nobody is
 * watching", "not you", "this server doesn't want you").
 *
 * Either cue alone is everyday talk: "leave it, it's fine", "just dance, nobody is watching". The
 * rule asks stanceOf and isQuoted about what this returns.
 */
import { YOU, YOUR, YOURSELF } from '../../src/text/english.js';
import { closesClause, opensClause } from '../../src/text/clause-edges.js';
import { compilePhrases, type PhraseMatch } from '../../src/text/phrases.js';
import type { Token } from '../../src/text/tokenize.js';

type Cue = 'leave' | 'unwanted';

const CUES: Record<Cue, readonly string[]> = {
  /** Orders to leave, stop or hide, which must open their clause: "go away", not "the pain will go away". */
  leave: [
    'go away', 'get out', 'leave', 'just quit|stop|leave|retire|disappear', 'retire from', 'quit already', 'shut it|this|that|everything down',
    'go private', 'log off', 'keep <your> thoughts|opinions|comments|takes to <yourself>', 'disappear', 'stop posting', 'delete it|this|everything',
  ],
  /** Why: no one wants them or what they make. */
  unwanted: [
    '(nobody|no one|noone) invited|wants|cares|asked|needs|likes <you>', '(nobody|no one|noone) is watching|listening|interested|asking',
    '(nobody|no one|noone) watches|wants|cares|asked', 'not you', 'without <you>|<your>', 'does not|doesnt want <you>', 'unwanted', 'not welcome',
  ],
};

/** Cues whose everyday uses go on, so they count only when they close their clause: "leave." but not "leave it", "nobody asked." but not "nobody asked me". */
const CLOSING = new Set(['leave', '(nobody|no one|noone) watches|wants|cares|asked', 'disappear']);
const TAIL = new Set(['lah', 'la', 'already', 'now', 'pls', 'please', 'lol', 'bro', 'sis', 'ok', 'okay', 'meh', 'sia']);

const matcher = compilePhrases(
  (Object.entries(CUES) as [Cue, readonly string[]][]).flatMap(([cue, patterns]) => patterns.map((pattern) => ({ pattern, entry: cue }))),
  { you: YOU, your: YOUR, yourself: YOURSELF },
);

/** Words that may lead into an order: "bro just retire", "sis just go private", "ok leave". */
const LEADS = new Set(['just', 'pls', 'please', 'so', 'bro', 'sis', 'ok', 'okay', 'and', 'then', 'lah', 'la', 'now', 'can', 'u', 'you']);

export interface ExclusionReading {
  tokens: readonly Token[];
  match: PhraseMatch<Cue>;
}

/** The words that wake the reading; a function, so that the cues are parsed only when asked. */
export const exclusionWords = (): ReadonlySet<string> | undefined => matcher.vocabulary;

/**
 * The order to leave and the reason given in a sentence and the one before it on its line, or
 * undefined. Both cues, with the order opening its clause.
 */
export function exclusionIn(tokens: readonly Token[], before: readonly Token[] | undefined): ExclusionReading[] | undefined {
  const cuesOf = (sentence: readonly Token[]) =>
    matcher.matchAll(sentence).filter((match) => !CLOSING.has(match.pattern) || closesClause(sentence, match.to, TAIL)).map((match) => ({ tokens: sentence, match }));
  // The sentence's own cues first: most have none, and then the one before need not be read.
  const own = cuesOf(tokens);
  if (own.length === 0) return undefined;
  const cues = [...(before === undefined ? [] : cuesOf(before)), ...own];
  const leave = cues.filter((cue) => cue.match.entry === 'leave' && opensClause(cue.tokens, cue.match.from, LEADS));
  const unwanted = cues.filter((cue) => cue.match.entry === 'unwanted');
  return leave.length > 0 && unwanted.length > 0 ? [...leave, ...unwanted] : undefined;
}
