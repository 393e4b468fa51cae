/**
 * Wishing someone had never been born, in wordings no phrase lists: a word of birth or existence,
 * the person or their parents, and a counterfactual or a regret, in one sentence ("your mum should
 * have stayed single" aside: "the hospital should have sent you back", "nine months wasted on
 * you", "the universe made a mistake creating you", "your parents' biggest regret").
 *
 * Not a birthday wish, a date or a place of birth ("you were born in the wrong decade"), nor
 * glad words ("so glad you were born"). The rule asks stanceOf and isQuoted about what this returns.
 */
import { YOU, YOUR } from '../../src/text/english.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';

/** Birth and existence, in words with no everyday errand: not "delivered", "created", "months". */
const EXISTENCE = new Set(['born', 'birth', 'existed', 'existence', 'unborn', 'conceived', 'stork', 'pregnancies', 'protection', 'condom', 'condoms']);
/** Whose existence: the reader, or the parents who made them. */
const PARENTS = new Set(['mum', 'mom', 'mother', 'dad', 'father', 'parents', 'grandparents', 'family']);
/** A counterfactual or a regret about it. */
const REGRET = new Set(['should', 'shouldve', 'never', 'wish', 'wished', 'regret', 'regrets', 'mistake', 'wasted', 'tragedy', 'apology', 'error', 'pity', 'refused']);
/** What makes birth words a date, a place or a calling: "born in 1990", "born to perform". */
const AFTER_BIRTH = new Set(['in', 'on', 'at', 'during', 'into', 'to', 'and', 'with']);
/** Gladness and greetings: "so glad you were born", "happy birthday". */
const GLAD = new Set(['glad', 'happy', 'thankful', 'grateful', 'blessed', 'lucky', 'congrats', 'congratulations', 'love', 'best', 'gift', 'miracle']);

const REACH = 10;
/** How near the birth word the person stands: "you never existed", not "if you could make a thing that never existed". */
const PERSON_REACH = 4;

/** The words that wake the reading: every wish of it names birth or existence. */
export const UNBORN_WORDS: ReadonlySet<string> = EXISTENCE;

export interface UnbornReading {
  from: number;
  to: number;
}

/** Birth words that speak of the reader only through their parents: "your dad should've bought protection". */
const PARENTS_ONLY = new Set(['protection', 'condom', 'condoms']);
/** Words that put the birth in a clause of its own: "never forget where you were born". */
const OTHER_CLAUSE = new Set(['where', 'when', 'how', 'what', 'why', 'forget', 'remember', 'know', 'since']);
/** The writer's own births: "when my baby was born". */
const OWN = new Set(['my', 'our', 'i', 'we', 'me']);

/** A regret said after the birth: a verdict on it, not the counterfactual that comes before. */
const REGRET_AFTER = new Set(['tragedy', 'mistake', 'curse', 'error', 'disaster', 'apology', 'wrong', 'accident']);
const AFTER_REACH = 6;

function regretAfter(tokens: readonly Token[], birth: number): number {
  for (let k = birth + 1; k < Math.min(tokens.length, birth + AFTER_REACH); k++) {
    if (readsOneOf(tokens[k], REGRET_AFTER)) return k;
    if (/[,;.!?]/.test((tokens[k] as Token).punctAfter)) return -1;
  }
  return -1;
}

/**
 * The words [from, to) of a wish that the reader had never been born, or undefined: a regret
 * first ("should", "wish", "mistake"), then birth or existence, the person near them.
 */
export function unbornWish(tokens: readonly Token[]): UnbornReading | undefined {
  if (!tokens.some((token) => readsOneOf(token, EXISTENCE)) || tokens.some((token) => readsOneOf(token, GLAD))) return undefined;
  const reader = tokens.findIndex((token) => readsOneOf(token, YOU));
  const parents = tokens.findIndex((token, index) => readsOneOf(token, PARENTS) && readsOneOf(tokens[index - 1], YOUR));
  for (let birth = 1; birth < tokens.length; birth++) {
    const token = tokens[birth] as Token;
    if (!readsOneOf(token, EXISTENCE) || readsOneOf(tokens[birth + 1], AFTER_BIRTH)) continue;
    if (tokens.slice(Math.max(0, birth - 3), birth).some((before) => readsOneOf(before, OWN))) continue;
    const person = readsOneOf(token, PARENTS_ONLY) ? parents : reader !== -1 ? reader : parents;
    if (person === -1 || Math.abs(birth - person) > PERSON_REACH) continue;
    let regret = -1;
    for (let k = birth - 1; k >= Math.max(0, birth - REACH) && !readsOneOf(tokens[k], OTHER_CLAUSE); k--) if (readsOneOf(tokens[k], REGRET)) regret = k;
    // Or named after it, in its clause: "the day you were born was a tragedy", "the stork dropped you at the wrong house".
    if (regret === -1) regret = regretAfter(tokens, birth);
    if (regret === -1) continue;
    return { from: Math.min(person, regret, birth), to: Math.max(person, birth, regret) + 1 };
  }
  return undefined;
}
