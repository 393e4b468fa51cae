/**
 * Who a description is about. "you're such an idiot" is aimed at the reader; "I'm such an idiot"
 * at the speaker; "this song is stupid" at a thing; "you're not an idiot" is negated.
 *
 * A small left-to-right reading of the words before the description, not a parser: it looks past
 * articles and intensifiers to the linking verb and its subject.
 */
import { FILLERS, LINKING_VERBS, NEGATIONS, PERSON_NOUNS, PETS, SPEAKER, THING_SUBJECTS, THIRD_PERSONS, YOU, YOUR } from './english.js';
import { isCapital } from './context.js';
import { inDisclaimer, isDisclaimer, negationBefore } from './stance.js';
import { readsOneOf, type Token } from './tokenize.js';

export type Target =
  /** The person reading: "you", "ur", "@name", or a vocative ("shut up, clown"). */
  | 'reader'
  /** The writer: "I'm such an idiot". */
  | 'speaker'
  /** An object or idea: "this is stupid". */
  | 'thing'
  /** Someone else, talked about: "he is an idiot". */
  | 'other'
  /** Nothing tells: a bare "idiot" or "what an idiot". */
  | 'unknown';

export interface TargetReading {
  target: Target;
  /** "not", "never", "nobody" ... turn it around. */
  negated: boolean;
  /** True when the words are addressed directly ("you idiot", "shut up, clown"). */
  vocative: boolean;
}

/** Auxiliaries that may sit between a subject and its linking verb: "you will always be". */
const AUXILIARIES = new Set(['truely', 'will', 'would', 'gonna', 'could', 'might', 'must', 'do', 'does', 'did', 'should', 'can', 'to', 'shall', 'have', 'has', 'had', 'been', 'just', 'still', 'always', 'ever', 'also', 'truly', 'really']);

/** Spellings of "you're" that the tokenizer keeps as one word. */
const CONTRACTED_YOU_ARE = new Set(['ur', 'youre', 'yur']);

const WRITER_POSSESSIVES = new Set(['my', 'our']);

const MAX_LOOKBACK = 8;
const NEGATION_WINDOW = 4;

/** A negation that turns the statement around; "no offense" and "not gonna lie" open an insult instead. */
function negates(tokens: readonly Token[], index: number): boolean {
  return readsOneOf(tokens[index], NEGATIONS) && !isDisclaimer(tokens, index);
}

/** A negation shortly before `index`, in the same clause: "nobody thinks you are stupid", but not "nobody asked, you are an idiot". */
function hasNegationBefore(tokens: readonly Token[], index: number): boolean {
  return negationBefore(tokens, index, NEGATION_WINDOW) !== -1;
}

/** A capitalised word inside a sentence is likely a name: "then Sam is an idiot". */
function isNamedSubject(token: Token, index: number, text: string): boolean {
  return index > 0 && token.kind === 'word' && isCapital(text, token.start);
}

/** Words that join a second predicate to the first one's subject: "you talk too much and are so annoying". */
const COORDINATORS = new Set(['and', 'or', 'but', 'n']);
/** How far back a coordinated predicate looks for its clause's subject. */
const CLAUSE_REACH = 12;

/** Where the clause of the token at `index` starts: after the last stop or comma before it, within reach. */
function clauseStart(tokens: readonly Token[], index: number): number {
  let k = index;
  while (k > 0 && k > index - CLAUSE_REACH && !/[.!?;,:]/.test((tokens[k - 1] as Token).punctAfter)) k--;
  return k;
}

function subjectTarget(tokens: readonly Token[], index: number, text: string): Target {
  const subject = tokens[index];
  if (subject === undefined) return 'unknown';
  // A predicate joined to an earlier one takes that one's subject, the first word of the clause.
  if (readsOneOf(subject, COORDINATORS)) {
    const start = clauseStart(tokens, index);
    return start < index && !readsOneOf(tokens[start], COORDINATORS) ? subjectTarget(tokens, start, text) : 'unknown';
  }
  if (subject.kind === 'mention' || readsOneOf(subject, YOU)) return 'reader';
  if (readsOneOf(subject, SPEAKER)) return 'speaker';
  if (readsOneOf(subject, THING_SUBJECTS)) return 'thing';
  if (readsOneOf(subject, THIRD_PERSONS)) return 'other';
  if (readsOneOf(subject, PETS)) return 'thing';
  // "your face is ugly", "ur voice is so annoying": about the reader.
  if (readsOneOf(tokens[index - 1], YOUR) || readsOneOf(tokens[index - 2], YOUR)) return 'reader';
  if (readsOneOf(subject, PERSON_NOUNS)) return 'other';
  // "my Tamil is terrible": after "my" or "our", a capitalised word is a thing of the writer's, not a name.
  if (isNamedSubject(subject, index, text) && !readsOneOf(tokens[index - 1], WRITER_POSSESSIVES)) return 'other';
  return 'thing';
}

/**
 * Reads who the description at `index` is about.
 *
 * @param text the original text, to tell names by their capital letter.
 *
 * @param isDescription tells words that may be stacked before it: "you fat ugly loser".
 */
export function readTarget(
  text: string,
  tokens: readonly Token[],
  index: number,
  isDescription: (token: Token) => boolean = () => false,
): TargetReading {
  let j = index - 1;
  let negated = false;
  const limit = Math.max(-1, index - 1 - MAX_LOOKBACK);
  while (j > limit) {
    const token = tokens[j] as Token;
    if (negates(tokens, j)) negated = true;
    else if (!(readsOneOf(token, FILLERS) || isDescription(token) || inDisclaimer(tokens, j))) break;
    j--;
  }
  const here = tokens[j];

  if (here !== undefined && readsOneOf(here, LINKING_VERBS)) {
    let k = j - 1;
    while (k >= 0 && (readsOneOf(tokens[k], AUXILIARIES) || readsOneOf(tokens[k], NEGATIONS))) {
      if (negates(tokens, k)) negated = true;
      k--;
    }
    const target = subjectTarget(tokens, k, text);
    return { target, negated: negated || hasNegationBefore(tokens, k), vocative: false };
  }
  // "your" only with a word between ("your so dumb"): "your dog" is the reader's dog.
  const misspeltYouAre = here !== undefined && (CONTRACTED_YOU_ARE.has(here.surface) || (here.surface === 'your' && j < index - 1));
  if (here !== undefined && misspeltYouAre) {
    // "ur a joke", "your so dumb": ur and your stand for "you're" as often as for "your"; right
    // before a description (articles and intensifiers aside) they are "you're".
    return { target: 'reader', negated: negated || hasNegationBefore(tokens, j), vocative: false };
  }
  if (here !== undefined && (here.kind === 'mention' || readsOneOf(here, YOU))) {
    // "you idiot", "@sam idiot", "call you ugly"
    return { target: 'reader', negated: negated || hasNegationBefore(tokens, j), vocative: true };
  }
  if (here !== undefined && readsOneOf(here, SPEAKER)) return { target: 'speaker', negated, vocative: false };

  const term = tokens[index] as Token;
  // "shut up, clown" / "clown." / "idiot!": a name said to someone.
  const closesSentence = index === tokens.length - 1 || /[!,]/.test(term.punctAfter);
  if (closesSentence && (term.punctBefore.includes(',') || j < 0)) {
    return { target: 'reader', negated, vocative: true };
  }
  return { target: 'unknown', negated, vocative: false };
}
