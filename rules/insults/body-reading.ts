/**
 * Body shaming that no phrase spells out: a flaw found in the reader's body ("your face too round",
 * "those dark spots", "you've gotten quite big") with advice or concern in the same line ("maybe
 * tie your hair up", "just concerned for your health", "try whitening cream"), or a flaw that is
 * a verdict by itself ("your cheeks got so chubby").
 *
 * Not the writer's own body, not praise ("your skin is glowing"), not care for how someone feels
 * ("you look so tired, please rest"), not a tutorial's generic "if you have dark spots, try this". The rule asks stanceOf and isQuoted about what this returns.
 */
import { YOU, YOUR } from '../../src/text/english.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';

/** Parts and features of a body that remarks pick on. */
const BODY = new Set([
  'face', 'nose', 'teeth', 'skin', 'acne', 'pimples', 'arms', 'legs', 'thighs', 'tummy', 'belly', 'stomach', 'cheeks', 'chin', 'hairline',
  'wrinkles', 'eyebags', 'spots', 'posture', 'body', 'hips', 'waist', 'forehead', 'figure', 'stretch', 'weight', 'eyes', 'lips',
]);
/** What a remark finds wrong with it. */
const FLAW = new Set([
  'big', 'bigger', 'fat', 'fatter', 'chubby', 'bloated', 'round', 'wide', 'dark', 'darker', 'tired', 'old', 'older', 'hunched', 'jiggling',
  'jiggly', 'saggy', 'flabby', 'skinny', 'bony', 'oily', 'crooked', 'yellow', 'hairy', 'receding', 'going', 'puffy', 'swollen', 'distract',
  'distracting', 'shows', 'showing', 'unflattering', 'wrinkly', 'extra', 'gained', 'marks', 'rubbing', 'bags', 'spots',
]);
/**
 * Flaws that are a verdict without any advice: "your cheeks got so chubby". Not "ugly" or "fat"
 * alone, which the insult words report as name-calling about looks.
 */
const VERDICTS = new Set(['chubby', 'bloated', 'saggy', 'flabby', 'jiggling', 'jiggly']);
/** Advice, a fix or concern, anywhere in the line: what makes a remark on a flaw "helpful". */
const ADVICE = new Set([
  'try', 'should', 'maybe', 'consider', 'tip', 'advice', 'help', 'fix', 'cover', 'hide', 'lose', 'cut', 'gym', 'whitening', 'laser',
  'contour', 'braces', 'concealer', 'filter', 'dermatologist', 'surgery', 'minoxidil', 'jogging', 'fasting', 'squats', 'diet', 'concerned',
  'worried', 'saying', 'honestly', 'friendly', 'better', 'stop', 'wear', 'tried', 'considered', 'please', 'pls', 'tie',
]);
/** Care for how someone is, not how they look: "you look so tired, please rest". */
const WELLBEING = new Set(['rest', 'sleep', 'nap', 'hydrate', 'water', 'care', 'recover', 'feel']);
/** Pointing at the reader's body: "those dark spots", "that acne". */
const POINTERS = new Set(['those', 'that', 'these']);
/** The parts "that" and "those" point at on a body only: "that skin" is as often a game's. */
const POINTED = new Set(['acne', 'pimples', 'thighs', 'wrinkles', 'eyebags', 'spots', 'belly', 'tummy', 'arms', 'legs', 'chin', 'cheeks', 'hairline', 'nose', 'teeth', 'hips']);
const OWN = new Set(['my', 'our', 'i', 'me', 'mine']);
/** Praise that a flaw word can sit beside: "your skin is glowing even when you're tired". */
const PRAISE = new Set(['glowing', 'gorgeous', 'beautiful', 'pretty', 'stunning', 'love', 'cute', 'lovely', 'perfect', 'great', 'amazing']);

/** Flaws said of the whole person: "you've gotten quite big"; not "too old for your age", a behaviour. */
const WHOLE = new Set(['big', 'bigger', 'fat', 'fatter', 'chubby', 'bloated', 'tired', 'puffy']);
/** How the whole person is said to look or have become. */
const BECOMING = new Set(['look', 'looks', 'looking', 'got', 'gotten', 'getting', 'become', 'became', 'have', 'are', 'r', 'seem']);
const HAVE = new Set(['have', 'has', 've']);
/** "when you have a fat belly": a generic "you" in a condition. */
const CONDITIONS = new Set(['if', 'when', 'whenever']);
/** "you look so tired": a flaw said of the whole person only after an intensifier. */
const INTENSIFIERS = new Set(['so', 'quite', 'really', 'very', 'too', 'super', 'damn', 'sibei']);

const REACH = 4;

/** The words that wake the reading: every remark names a part of the body or a flaw of the whole person. */
export const BODY_WORDS: ReadonlySet<string> = new Set([...BODY, ...WHOLE]);

export interface BodyRemark {
  from: number;
  to: number;
}

/** Words of praise that promise it only after a fix: "then u'll be perfect", "i say this with love". */
function promised(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before?.surface === 'with' || (before?.surface === 'be' && readsOneOf(tokens[index - 2], FUTURE));
}
const FUTURE = new Set(['will', 'would', 'could', 'll']);

/** Whether the token at `index` names a part of the reader's body: "your face", "ur legs", "those thighs". */
function readersBody(tokens: readonly Token[], index: number): boolean {
  if (!readsOneOf(tokens[index], BODY)) return false;
  const before = tokens.slice(Math.max(0, index - 2), index);
  if (before.some((token) => readsOneOf(token, OWN))) return false;
  // "the tummy shows", "those dark spots": parts that are only ever the reader's in a remark on them.
  return before.some((token) => readsOneOf(token, YOUR) || ((readsOneOf(token, POINTERS) || token.surface === 'the') && readsOneOf(tokens[index], POINTED)));
}

/** The words [from, to) of a remark on a flaw of the reader's body, or undefined. */
export function bodyRemark(tokens: readonly Token[]): BodyRemark | undefined {
  // Most sentences name no body and no flaw of a whole person: one pass tells.
  if (!tokens.some((token) => readsOneOf(token, BODY) || readsOneOf(token, WHOLE))) return undefined;
  if (tokens.some((token, index) => (readsOneOf(token, PRAISE) && !promised(tokens, index)) || readsOneOf(token, WELLBEING))) return undefined;
  const advised = tokens.some((token) => readsOneOf(token, ADVICE));
  for (let index = 0; index < tokens.length; index++) {
    if (!readersBody(tokens, index)) continue;
    for (let k = Math.max(0, index - REACH); k < Math.min(tokens.length, index + REACH + 1); k++) {
      if (k === index || !readsOneOf(tokens[k], FLAW)) continue;
      if (advised || readsOneOf(tokens[k], VERDICTS)) return { from: Math.min(index - 1, k), to: Math.max(index, k) + 1 };
    }
  }
  // "you've gotten quite big", "you look so tired all the time": the reader's whole body, with advice.
  if (!advised) return undefined;
  for (let index = 0; index < tokens.length - 2; index++) {
    if (!readsOneOf(tokens[index], YOU) || readsOneOf(tokens[index - 1], CONDITIONS)) continue;
    // "you've gotten quite big": "have" may come before the verb.
    if (!readsOneOf(tokens[index + 1], BECOMING) && !(readsOneOf(tokens[index + 1], HAVE) && readsOneOf(tokens[index + 2], BECOMING))) continue;
    for (let k = index + 2; k <= index + REACH && k < tokens.length; k++) {
      if (readsOneOf(tokens[k], WHOLE) && readsOneOf(tokens[k - 1], INTENSIFIERS)) return { from: index, to: k + 1 };
    }
  }
  return undefined;
}
