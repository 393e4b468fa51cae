/**
 * Where a Singlish sentence names a group and a hostile word without saying one of the other,
 * for the unlinked group-attack reading (packs/shared.ts), as the Malay pack's guards do:
 * - a group's word that names one person or a thing: "my Chinese mum", "Malay food", "Chinese New
 *   Year", "the LGBT guy";
 * - idioms and nouns that only look hostile: "kill time", "the rendang killed it", "I would kill
 *   for this", "condemn the attack";
 * - harm reported done ("kena scolded", "got fired") rather than wished;
 * - clauses: "…, driver damn rude" is about the driver.
 */
import type { Token } from '../../src/text/document.js';
import { readsOneOf } from '../../src/text/tokenize.js';
import type { Span } from '../shared.js';

/** Things and feasts a group's word describes: "Malay food", "Chinese New Year". */
const THINGS = new Set([
  'new', 'food', 'stall', 'shop', 'restaurant', 'association', 'temple', 'church', 'mosque', 'festival', 'wedding', 'song', 'songs', 'drama', 'movie',
  'dish', 'dishes', 'cuisine', 'culture', 'language', 'school', 'team', 'event', 'bazaar', 'market', 'music', 'dance', 'costume', 'clothes',
]);
/** One person a group's word describes: "my Chinese mum", "the LGBT guy"; not "your autistic son", said to hurt. */
const PERSONS = new Set([
  'mum', 'mom', 'mother', 'dad', 'father', 'wife', 'husband', 'colleague', 'friend', 'neighbour', 'neighbor', 'boss', 'aunty', 'auntie', 'uncle',
  'guy', 'girl', 'boy', 'lady', 'man', 'kid', 'classmate', 'teacher', 'doctor', 'nurse', 'driver', 'student', 'grandma', 'grandpa',
]);
const YOURS = new Set(['your', 'ur', 'yr', 'his', 'her', 'their']);

export function namesNoGroup(tokens: readonly Token[], group: Span): boolean {
  const next = tokens[group.to];
  if (/[,;:.!?]/.test((tokens[group.to - 1] as Token).punctAfter)) return false;
  return readsOneOf(next, THINGS) || (readsOneOf(next, PERSONS) && !readsOneOf(tokens[group.from - 1], YOURS));
}

/** Idioms and nouns with a hostile word in them that say nothing hostile. */
export const NOT_HOSTILE: readonly string[] = [
  'kill|killing time', 'killed|kill|killing|slay|slayed|slays it', 'would|will|could|can kill for', 'to die for', 'die|dead already|liao',
  'shiok|sedap|nice|best|syiok die|until|till|dao', 'the|an|this|that|terror attack|attacks', 'heart attack|attacks', 'panic attack|attacks',
];

/** "kena scolded", "got fired", "were attacked": harm reported done, hostile only when wished. */
export const PASSIVE = new Set(['kena', 'got', 'get', 'gets', 'getting', 'were', 'was', 'being', 'been']);
/** Who, before "kena", makes it a duty: "we kena chase them out". */
export const DUTY_SUBJECTS = new Set(['i', 'we', 'you', 'u']);
/** Harm a sentence may report done to a group. */
export const REPORTED_HARM = new Set(['killed', 'shot', 'hanged', 'burned', 'drowned', 'lynched', 'beheaded', 'poisoned', 'hurt', 'punished', 'tortured', 'gassed', 'deported', 'banned', 'dead', 'die']);

/** Words that end a clause for the unlinked reading, subjects that open one, and conditions that carry over. */
export const CLAUSES = {
  contrast: new Set(['but', 'though', 'however', 'whereas']),
  subjects: new Set(['i', 'we', 'you', 'u', 'he', 'she', 'it', 'this', 'that', 'the', 'my', 'our', 'your', 'his', 'her']),
  conditions: new Set(['if', 'when', 'kalau', 'whenever']),
  connectives: new Set(['but', 'so', 'then', 'and', 'also', 'plus']),
  pronouns: new Set(['they', 'them', 'their']),
};
