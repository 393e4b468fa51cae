/**
 * Threats and wishes of harm that no phrase spells out, read from their parts in any wording:
 * - a wish ("hope", "wish", "pray", "may") whose target ("you", "your kids", "her", "that
 *   streamer") suffers harm after it: "I pray you die in a car crash", "hope u kena langgar",
 *   "wish someone would beat you into a coma";
 * - the writer, meaning to, doing harm to the reader or someone named: "i stab u", "I'll come to
 *   your studio and beat you senseless", "i sure break ur legs".
 * The phrases (phrases.ts) know the common wordings; these readings find the rest.
 *
 * Not care ("hope you're okay after the crash"), not negated ("hope you never get hurt"), not
 * slang ("hope you kill it", "hope you burn those calories") and not a game ("I'll destroy you in
 * ranked"). The rule asks stanceOf and isQuoted about what these return.
 */
import { GAMES, NEGATIONS, PERSON_NOUNS, YOU, YOUR } from '../../src/text/english.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';
import { BODY_PARTS, HARM_VERBS, KIN, PROPERTY } from './phrases.js';

export interface ViolenceReading {
  kind: 'wishHarm' | 'threat';
  from: number;
  to: number;
}

const WISHES = new Set(['hope', 'hoping', 'hopin', 'hopefully', 'wish', 'wishing', 'pray', 'praying', 'prayin']);
/** Who a wish or a threat can fall on, besides the reader. */
const THIRD = new Set(['her', 'him', 'she', 'he', 'they', 'them']);
const POSSESSIVES = new Set([...YOUR, 'her', 'his', 'their']);
/** Words for a person after "that": "that streamer", "this clown". */
const PEOPLE = new Set([...PERSON_NOUNS, 'streamer', 'influencer', 'youtuber', 'tiktoker', 'creator', 'clown', 'bitch', 'idiot', 'loser', 'kid', 'girl', 'guy', 'dude']);
/** Someone else called on to do it: "wish someone would beat you". */
const AGENTS = new Set(['someone', 'somebody', 'anyone', 'anybody']);

/** Harm the target suffers, said of them: "you die", "your plane crashes and you burn". */
const SUFFERS = new Set(['die', 'dies', 'drown', 'drowns', 'burn', 'burns', 'crash', 'crashes', 'choke', 'chokes', 'rot', 'rots', 'suffer', 'suffers', 'bleed', 'bleeds', 'starve', 'starves', 'perish', 'perishes', 'mati']);
/** Harm done to the target, after "get", "be" or "kena": "your kids get hurt", "may you be beaten". */
const SUFFERED = new Set([
  'killed', 'hurt', 'jumped', 'beaten', 'stabbed', 'shot', 'raped', 'murdered', 'tortured', 'hanged', 'hung', 'lynched', 'strangled',
  'crashed', 'burned', 'burnt', 'drowned', 'mauled', 'paralyzed', 'paralysed', 'crippled', 'maimed', 'injured', 'attacked', 'assaulted',
  'kidnapped', 'dead', 'cancer', 'aids', 'tumor', 'tumour', 'langgar', 'bunuh', 'tikam', 'hit', 'run', 'mugged', 'robbed', 'doxxed', 'poisoned',
]);
const PASSIVE = new Set(['get', 'gets', 'getting', 'got', 'be', 'been', 'being', 'is', 'are', 'kena', 'catch', 'catches', 'develop', 'develops', 'end', 'ends']);
/** Falls that hurt, by the word after them. */
const FALL_WAYS = new Set(['down', 'off', 'from']);
const SLIP_WAYS = new Set(['in', 'on', 'and', 'off']);
const FALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['fall', FALL_WAYS], ['falls', FALL_WAYS], ['slip', SLIP_WAYS], ['slips', SLIP_WAYS]]);
/** "hit" and "run" hurt only as "hit by", "run over". */
const NEEDS_NEXT: ReadonlyMap<string, string> = new Map([['hit', 'by'], ['run', 'over']]);
/** What follows a verb that then means something else: "burn those calories", "die laughing", "crash the party". */
const INNOCENT_NEXT = new Set(['the', 'those', 'these', 'this', 'that', 'it', 'some', 'off', 'laughing', 'of', 'happy', 'old', 'rich', 'trying', 'inside', 'on', 'with', 'out']);
/** Care, which turns harm words into worry: "hope you're okay after the crash". */
const CARE = new Set(['okay', 'ok', 'safe', 'better', 'recover', 'recovers', 'recovery', 'heal', 'heals', 'fine', 'alright', 'survive', 'survived', 'well', 'strength', 'comfort', 'sorry']);

/**
 * Verbs that hurt only with a body, a family or a home after them, or "up", "senseless", "to
 * death": "break ur legs", "cut u up", but not "beat you at chess" or "cut you some slack".
 */
const HARMS_WITH_OBJECT = new Set(['hurt', 'beat', 'break', 'snap', 'smash', 'cut', 'burn', 'shoot', 'kick', 'whoop', 'crush', 'wreck', 'end']);
/** Harm done: the threat phrases' harm verbs, and Singlish and Malay ones; with a person after them they have no harmless reading. */
const HARMS = new Set([
  ...HARM_VERBS.split('|').filter((verb) => !HARMS_WITH_OBJECT.has(verb)),
  'chop', 'whack', 'belasah', 'tikam', 'bunuh', 'hantam', 'tumbuk', 'lempang', 'sepak', 'pukul',
]);
/** The same past and present: "I hurt you" may be a regret, "I will hurt you" is not. */
const SAME_IN_PAST = new Set(['hurt', 'cut', 'beat', 'shoot', 'burn']);
const PRONOUNS = new Set(['i', 'we']);
/**
 * What a weaker harm verb must name to threaten: a body part, kin or a home (as the threat phrases
 * name them; not "place" or "ride": "I'll beat you to the place"), or how it ends.
 */
const HARMED = new Set([
  ...BODY_PARTS.split('|'), 'bones', 'bone', 'body', ...KIN, ...PROPERTY.split('|').filter((word) => word !== 'place' && word !== 'ride'), 'condo',
  'up', 'senseless', 'alive', 'coma', 'hospital', 'grave', 'ditch', 'wheelchair', 'unconscious', 'bloody', 'death', 'till', 'until', 'open', 'half', 'pieces',
]);
/** The writer, or others called on: whose intent makes harm a threat. */
const SUBJECTS = new Set(['i', 'we', 'ill', 'ima', 'imma', 'id', 'gonna', 'someone', 'somebody']);
/** Words of intent and manner between the subject and the verb: "I'll come to your studio and beat", "i sure break". */
const INTENT = new Set(['will', 'would', 'gonna', 'going', 'to', 'wanna', 'want', 'should', 'must', 'need', 'needs', 'am', 'are', 'sure', 'confirm', 'definitely', 'literally', 'just', 'fucking', 'personally', 'gladly', 'really', 'go', 'come', 'please', 'pls', 'plz', 'finna', 'gon', 'shall', 'can']);

/** The words that wake the readings: a wish, or a harm done. */
export const VIOLENCE_WORDS: ReadonlySet<string> = new Set([...WISHES, 'may', ...HARMS, ...HARMS_WITH_OBJECT]);

const TARGET_REACH = 4;
const HARM_REACH = 6;
const INTENT_REACH = 8;

/** Their family, or what carries them: "hope your whole family…", "hope your flight crashes". */
const CARRIED = new Set([...KIN, 'flight', 'plane', 'car', 'bike', 'brakes', 'bus', 'boat', 'house', 'home']);

/** Where the person a wish falls on ends (one past it), starting at `index`, or -1. */
function targetAt(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  if (token === undefined) return -1;
  if (token.kind === 'mention' || readsOneOf(token, YOU) || readsOneOf(token, THIRD)) return index + 1;
  if (readsOneOf(token, POSSESSIVES) || token.forms.includes('that') || token.forms.includes('this')) {
    for (let k = index + 1; k <= index + 2 && k < tokens.length; k++) if (readsOneOf(tokens[k], PEOPLE) || readsOneOf(tokens[k], HARMED) || readsOneOf(tokens[k], CARRIED)) return k + 1;
  }
  return -1;
}

const clauseEnds = (token: Token): boolean => /[.!?;]/.test(token.punctAfter);

/** Harm that the target suffers at `index`: a verb of suffering, or a harm after "get", "be", "kena". */
function suffersAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (readsOneOf(token, SUFFERS)) return next === undefined || !readsOneOf(next, INNOCENT_NEXT);
  // "wish you'd fall down the stairs", "hope you slip in the shower"; not "fall in love".
  const fallsTo = token.forms.map((form) => FALLS.get(form)).find((after) => after !== undefined);
  if (fallsTo !== undefined) return next !== undefined && readsOneOf(next, fallsTo);
  if (!readsOneOf(token, SUFFERED) || !readsOneOf(tokens[index - 1], PASSIVE)) return false;
  const needs = token.forms.map((form) => NEEDS_NEXT.get(form)).find((word) => word !== undefined);
  return needs === undefined || (next?.forms.includes(needs) ?? false);
}

/** "I pray you die in a car crash", "wish someone would beat you into a coma". */
export function wishedHarm(tokens: readonly Token[]): ViolenceReading | undefined {
  if (!tokens.some((token, index) => readsOneOf(token, WISHES) || (index === 0 && token.forms.includes('may')))) return undefined;
  if (tokens.some((token) => readsOneOf(token, CARE))) return undefined;
  for (let head = 0; head < tokens.length; head++) {
    const opensWithMay = head === 0 && tokens[0]?.forms.includes('may') === true;
    if (!opensWithMay && !readsOneOf(tokens[head], WISHES)) continue;
    for (let k = head + 1; k <= head + TARGET_REACH && k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (readsOneOf(token, NEGATIONS) || clauseEnds(tokens[k - 1] as Token)) break;
      if (readsOneOf(token, AGENTS)) {
        const threat = threatenedHarmAfter(tokens, k + 1, HARM_REACH);
        if (threat !== undefined) return { kind: 'wishHarm', from: head, to: threat };
        continue;
      }
      const end = targetAt(tokens, k);
      if (end === -1) continue;
      for (let h = end; h < end + HARM_REACH && h < tokens.length; h++) {
        if (readsOneOf(tokens[h], NEGATIONS)) break;
        if (suffersAt(tokens, h)) return { kind: 'wishHarm', from: head, to: h + 1 };
        if (clauseEnds(tokens[h] as Token)) break;
      }
    }
  }
  return undefined;
}

/** Where a harm done to a person ends, for a harm verb in [from, from + reach), or undefined. */
function threatenedHarmAfter(tokens: readonly Token[], from: number, reach: number): number | undefined {
  for (let verb = from; verb < from + reach && verb < tokens.length; verb++) {
    const end = harmDoneAt(tokens, verb);
    if (end !== undefined) return end;
  }
  return undefined;
}

/** Where "stab u", "break ur legs", "beat him senseless" ends, when it starts at `verb`. */
function harmDoneAt(tokens: readonly Token[], verb: number): number | undefined {
  const strong = readsOneOf(tokens[verb], HARMS);
  if (!strong && !readsOneOf(tokens[verb], HARMS_WITH_OBJECT)) return undefined;
  const object = tokens[verb + 1];
  if (object === undefined) return undefined;
  const pointed = (object.forms.includes('that') || object.forms.includes('this')) && readsOneOf(tokens[verb + 2], PEOPLE);
  const direct = pointed || readsOneOf(object, YOU) || object.kind === 'mention' || (readsOneOf(object, THIRD) && !readsOneOf(object, POSSESSIVES));
  for (let k = verb + 1; k <= verb + 4 && k < tokens.length; k++) {
    if (strong && direct && k === verb + 1) return pointed ? verb + 3 : verb + 2;
    if (readsOneOf(tokens[k], HARMED) && (direct || readsOneOf(object, POSSESSIVES) || object.forms.includes('every') || object.forms.includes('both'))) return k + 1;
    if (clauseEnds(tokens[k] as Token)) break;
  }
  if (strong && readsOneOf(object, POSSESSIVES) && readsOneOf(tokens[verb + 2], PEOPLE)) return verb + 3;
  return undefined;
}

/**
 * "your sister is gonna kill you when she sees this": someone else's anger foretold by the writer
 * ("X is gonna"), not the writer's intent. `from` is where the intent starts.
 */
export function foretoldByOthers(tokens: readonly Token[], from: number): boolean {
  const gonna = tokens[from]?.surface === 'gonna' ? from : tokens[from + 1]?.surface === 'gonna' ? from + 1 : -1;
  const be = tokens[gonna - 1]?.surface;
  return gonna !== -1 && (be === 'is' || be === 'are') && tokens[gonna - 2] !== undefined && !readsOneOf(tokens[gonna - 2], WRITERS);
}
const WRITERS = new Set(['we', 'i']);

/** "i stab u", "ima find ur house n burn it", "I'll come to your studio and beat you senseless". */
export function threatenedHarm(tokens: readonly Token[]): ViolenceReading | undefined {
  if (!tokens.some((token) => readsOneOf(token, HARMS) || readsOneOf(token, HARMS_WITH_OBJECT)) || tokens.some((token) => readsOneOf(token, GAMES))) return undefined;
  for (let verb = 1; verb < tokens.length; verb++) {
    const end = harmDoneAt(tokens, verb);
    if (end === undefined) continue;
    const subject = intentBefore(tokens, verb);
    if (subject === -1 || foretoldByOthers(tokens, subject)) continue;
    // "I hurt you" may be a regret; "I will hurt you" is a threat.
    if (subject === verb - 1 && readsOneOf(tokens[subject], PRONOUNS) && readsOneOf(tokens[verb], SAME_IN_PAST)) continue;
    return { kind: 'threat', from: subject, to: end };
  }
  return undefined;
}

/** Verbs of going after someone: "I'll come to your studio and beat you", "wait I find you and". */
const PURSUIT = new Set(['come', 'go', 'find', 'wait', 'drag', 'catch', 'follow', 'pull', 'show', 'track', 'hunt', 'send', 'bring']);
const AND = new Set(['and', 'n', 'then', '&']);

/**
 * The subject that means the harm at `verb`, or -1: only words of intent between them ("I'll
 * gladly", "i sure"), or a pursuit and "and" ("ima find ur house n burn it").
 */
function intentBefore(tokens: readonly Token[], verb: number): number {
  let k = verb - 1;
  if (readsOneOf(tokens[k], AND)) {
    const from = k;
    while (k > Math.max(0, from - INTENT_REACH) && !readsOneOf(tokens[k], PURSUIT)) {
      if (clauseEnds(tokens[k - 1] as Token)) return -1;
      k--;
    }
    if (!readsOneOf(tokens[k], PURSUIT)) return -1;
    k--;
  }
  for (; k >= Math.max(0, verb - INTENT_REACH); k--) {
    const token = tokens[k] as Token;
    if (clauseEnds(token)) return -1;
    if (readsOneOf(token, SUBJECTS)) return k;
    if (!readsOneOf(token, INTENT)) return -1;
  }
  return -1;
}
