/**
 * The Singlish and Manglish pack: English with particles and words from Hokkien, Cantonese, Malay
 * and Tamil. The English rules run on these sentences as on any English; this pack adds the
 * vulgarities, insults, slurs and curses they do not know, and group attacks in Singlish grammar.
 */
import { defineLanguagePack } from '../../src/lang/types.js';
import { SINGLISH_RULES } from './rules.js';

/**
 * Words that mark English as Singlish or Manglish: discourse particles, everyday Singlish words and
 * the pack's own vulgarities. Words English shares (`one`, `got`, `ah`, `can`) are left out, so an
 * English sentence never reads as Singlish for using them.
 */
export const SINGLISH_MARKERS: ReadonlySet<string> = new Set([
  'lah', 'leh', 'lor', 'sia', 'meh', 'hor', 'liao', 'mah', 'walao', 'walau', 'wah', 'alamak', 'aiyo', 'aiyoh', 'aiyah', 'shiok',
  'sian', 'jialat', 'kena', 'bojio', 'paiseh', 'kiasu', 'chope', 'lepak', 'siao', 'sibei', 'sibeh', 'cheem', 'steady',
  'buay', 'bo', 'liddat', 'dun', 'oso', 'cui', 'makan', 'kopi', 'tapau', 'abuden', 'nehmind', 'sot', 'gahmen',
  'knn', 'kns', 'ccb', 'cb', 'chibai', 'cheebye', 'cheebai', 'cibai', 'lanjiao', 'lanjio', 'nabei', 'nabeh', 'kanina', 'kannina',
  'kanasai', 'sohai', 'goondu', 'diu', 'dllm', 'pukimak', 'puki', 'lampa', 'hamsup', 'kaypoh', 'cmi', 'pokkai', 'pundek',
  'ahkua', 'ahgua', 'keling', 'kelings', 'ahneh', 'nehs', 'banglas', 'tiong', 'tiongs', 'cheena', 'cheenas', 'kua', 'kuas', 'chee', 'jiao', 'chiao', 'pok',
]);

export default defineLanguagePack({
  language: 'singlish',
  name: 'Singlish and Manglish',
  variantOf: 'en',
  markers: SINGLISH_MARKERS,
  // Group attacks in plain English sentences are identity-attacks' own (linkedGroupAttack in rules.ts).
  // Hokkien vulgarities inside a Malay sentence, as Manglish has them.
  alsoRunsOn: ['ms'],
  load: () => SINGLISH_RULES,
});
