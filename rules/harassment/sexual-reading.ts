/**
 * Sexual remarks that no phrase spells out: an explicit word for breasts or genitals, pointed at
 * someone ("your", "her", "those", or "you" in the clause), and a word of wanting or of sexual
 * appraisal near it ("can't stop staring at your tits", "her boobs in this one 🤤"). The phrases
 * (phrases.ts) know the common wordings; this reading finds the rest in any order.
 *
 * Not the writer's own body ("my boobs hurt"), not care or medicine ("check your breasts for
 * lumps", "breastfeeding"), not negated, quoted or condemned (the rule asks stanceOf).
 */
import { NEGATIONS, YOU } from '../../src/text/english.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';

/** Words with no everyday reading: not "melons", "jugs", "butt", "ass", nor "dick" and "pussy", insults as often. */
export const EXPLICIT = new Set([
  'boobs', 'boob', 'boobies', 'booby', 'tits', 'titties', 'titty', 'tiddies', 'tities', 'nipples', 'nipple', 'nips', 'cleavage',
  'breasts', 'knockers', 'honkers', 'boobas', 'coochie', 'tetek',
]);
/** Whose they are: "your", "her", "those", "dem". */
const POINTERS = new Set(['your', 'ur', 'ya', 'yo', 'her', 'those', 'them', 'dem', 'that', 'dat', 'these']);
const OWN = new Set(['my', 'ma', 'our', 'mine']);
/** Wanting, touching, staring, or appraising. */
const WANTING = new Set([
  'want', 'wanna', 'love', 'luv', 'like', 'need', 'would', 'id', "i'd", 'see', 'touch', 'grab', 'squeeze', 'suck', 'lick', 'bite', 'motorboat',
  'play', 'fondle', 'rate', 'show', 'flash', 'staring', 'stare', 'stared', 'drool', 'drooling', 'nice', 'great', 'perfect', 'big', 'huge',
  'sexy', 'hot', 'juicy', 'bouncy', 'perky', 'amazing', 'insane', 'fire', 'massive', 'delicious', 'tasty', 'thicc', 'bounce', 'bouncing',
  'jiggle', 'jiggling', 'hanging', 'popping', '🤤', '😍', '🥵', '👅', '💦', '🍒', '😏',
]);
/** Care and medicine: "check your breasts", "her nipples cracked while breastfeeding". */
const CARE = new Set([
  'cancer', 'feeding', 'breastfeeding', 'feed', 'nursing', 'pump', 'pumping', 'milk', 'mammogram', 'screening', 'lump', 'lumps',
  'doctor', 'nurse', 'exam', 'check', 'checkup', 'surgery', 'sore', 'pain', 'piercing', 'cracked', 'baby', 'mastectomy',
]);

const NEAR = 6;

/** The words [from, to) of a remark, and where its explicit word stands (a negation is looked for before that). */
export interface SexualRemark {
  from: number;
  to: number;
  body: number;
}

/** Where an explicit word is pointed at someone and wanted or appraised, or undefined. */
export function sexualRemark(tokens: readonly Token[]): SexualRemark | undefined {
  if (!tokens.some((token) => readsOneOf(token, EXPLICIT)) || tokens.some((token) => readsOneOf(token, CARE))) return undefined;
  for (let index = 0; index < tokens.length; index++) {
    if (!readsOneOf(tokens[index], EXPLICIT)) continue;
    const before = tokens.slice(Math.max(0, index - 3), index);
    if (before.some((token) => readsOneOf(token, OWN))) continue;
    const pointer = before.findIndex((token) => readsOneOf(token, POINTERS));
    const addressed = pointer !== -1 || tokens.some((token) => readsOneOf(token, YOU));
    if (!addressed) continue;
    for (let k = Math.max(0, index - NEAR); k < Math.min(tokens.length, index + NEAR + 1); k++) {
      if (k === index || !readsOneOf(tokens[k], WANTING)) continue;
      // "I would never comment on your boobs": a negation between the wanting and the word.
      if (tokens.slice(Math.min(k, index), Math.max(k, index)).some((token) => readsOneOf(token, NEGATIONS))) continue;
      const from = Math.min(k, pointer === -1 ? index : index - before.length + pointer);
      return { from, to: Math.max(k, index) + 1, body: index };
    }
  }
  return undefined;
}
