/**
 * Where a Malay sentence names a group and a hostile word without saying one of the other, read
 * by the group-attack reading (packs/shared.ts):
 * - a group's name that names no group where it stands: a shop, a place or a feast ("kedai mamak",
 *   "Jalan Masjid India", "Tahun Baru Cina"), the writer's own people ("kami orang Iban"), one
 *   person ("jiran Cina aku"), or the people a relative clause is about ("orang yg buli warga emas");
 * - a hostile word (not a phrase) said of someone else the sentence names: "scammer tu memang
 *   celaka", "celaka betul peragut tu".
 */
import type { Token } from '../../src/text/document.js';
import { readsOneOf } from '../../src/text/tokenize.js';
import type { Span } from '../shared.js';
import { FIRST_PERSON } from './phrases.js';

/** Words before a group's name that make it a place's, a shop's or a feast's. */
const NAMED_AFTER = new Set([
  'kawasan', 'kedai', 'restoran', 'gerai', 'warung', 'jalan', 'masjid', 'kampung', 'kg', 'taman', 'pasar', 'little', 'kuil', 'gereja', 'tokong',
  'sekolah', 'makanan', 'masakan', 'filem', 'lagu', 'drama', 'baru', 'bahasa', 'tahun',
]);
/** The writer among the people: "kami orang Iban", "gue orang Indon", "saya Cina". */
const WE = new Set(['kami', 'kita', 'aku', 'saya', 'sy', 'gue', 'gua', 'gw']);
const WHO = new Set(['yang', 'yg']);
const THAT = new Set(['tu', 'ni', 'itu', 'ini']);
/** Between "tu" and what is said of its noun: "scammer tu memang celaka". */
const SO = new Set(['memang', 'mmg', 'betul', 'sangat', 'sungguh', 'sgt', 'la', 'lah']);

const breaksAfter = (token: Token | undefined): boolean => token !== undefined && /[,;:.!?]/.test(token.punctAfter);
/** Who a relative clause may be about: "orang yg buli X". */
const HEADS = new Set(['orang', 'org', 'budak', 'lelaki', 'mereka', 'sesiapa', 'pihak', 'mamat', 'minah', 'dorang', 'diorang', 'depa', 'manusia']);

/** The writer naming their own people, a slur included: "gue orang Indon", "kami ni Bangla". */
export function namesWritersOwn(tokens: readonly Token[], from: number): boolean {
  const before = readsOneOf(tokens[from - 1], OWN) ? from - 2 : from - 1;
  return readsOneOf(tokens[before], WE) && !breaksAfter(tokens[before]);
}
const OWN = new Set(['orang', 'org', 'ni', 'ini', 'pun']);

export function namesNoGroup(tokens: readonly Token[], group: Span): boolean {
  const before = tokens[group.from - 1];
  if (readsOneOf(before, NAMED_AFTER) || namesWritersOwn(tokens, group.from)) return true;
  // "jiran Cina aku", "bos perempuan aku": one person the writer knows.
  if (readsOneOf(tokens[group.to], FIRST_PERSON) && !breaksAfter(tokens[group.to - 1])) return true;
  // "orang yg buli warga emas": the group is the object of a relative clause about others.
  return readsOneOf(tokens[group.from - 2], WHO) && readsOneOf(tokens[group.from - 3], HEADS);
}

/** "scammer tu memang celaka", "celaka betul peragut tu": the hostile word's own subject, with "tu" or "ni". */
export function saidOfOther(tokens: readonly Token[], hostile: Span, groups: readonly Span[]): boolean {
  // A phrase carries its own reading: "negara ni lebih aman tanpa X" is said of X.
  if (hostile.to - hostile.from > 1) return false;
  const other = (index: number): boolean => isOtherNoun(tokens[index]) && !groups.some((group) => index >= group.from && index < group.to);
  // Before: one or two nouns opening the clause, "tu", then the word: "tuan rumah tu memang kejam".
  let k = hostile.from - 1;
  while (k >= 0 && readsOneOf(tokens[k], SO)) k--;
  if (readsOneOf(tokens[k], THAT) && other(k - 1)) {
    const opens = (index: number): boolean => index === 0 || breaksAfter(tokens[index - 1]);
    if (opens(k - 1) || (other(k - 2) && opens(k - 2))) return true;
  }
  // After: the word, an intensifier, then a noun closing its clause, or a noun and "tu": "celaka betul peragut tu".
  let after = hostile.to;
  while (after < tokens.length && readsOneOf(tokens[after], SO)) after++;
  if (after === hostile.to || !other(after)) return false;
  if (after === tokens.length - 1 || breaksAfter(tokens[after])) return true;
  for (let n = after + 1; n <= after + 3 && n < tokens.length; n++) {
    if (readsOneOf(tokens[n], THAT)) return n === tokens.length - 1 || breaksAfter(tokens[n]);
    if (breaksAfter(tokens[n - 1])) break;
  }
  return false;
}

/** A word that may be a noun of its own: not a pronoun, a particle or a function word. */
const NOT_NOUNS = new Set([
  'dia', 'mereka', 'diorang', 'dorang', 'depa', 'orang', 'semua', 'yang', 'yg', 'dan', 'macam', 'mcm', 'dengan', 'dgn', 'kat', 'di', 'pun', 'je', 'jer',
  'sahaja', 'saja', 'kan', 'tu', 'ni', 'itu', 'ini', 'kau', 'ko', 'korang', 'aku', 'saya', 'dari', 'daripada', 'untuk', 'pada', 'kepada', 'ke', 'dalam',
]);
function isOtherNoun(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !readsOneOf(token, NOT_NOUNS);
}
