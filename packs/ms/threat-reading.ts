/**
 * Malay threats and wishes of harm read from their parts, as the English violence reading does
 * (rules/harassment/violence-reading.ts), so that a wording no phrase spells out is caught:
 * - the writer doing harm to the reader: "aku pecahkan kepala kau", "kalau jumpa, aku cekik sampai
 *   tak bernafas", "aku bagi hang masuk hospital";
 * - a wish or a want that harm falls on them: "moga kau terbakar", "semoga kereta kau terbabas",
 *   "aku nak kau mampus";
 * - harm they deserve: "influencer macam kau ni patut kena tembak".
 * Not care ("semoga kau cepat sembuh"), not negated ("moga kau tak sakit"), not food ("aku bakar
 * ayam untuk kau"). Games and jokes are the rule's to guard.
 */
import type { Token } from '../../src/text/document.js';
import { readsOneOf } from '../../src/text/tokenize.js';
import { NEGATORS } from './groups.js';
import { FIRST_PERSON, SECOND_PERSON, type HarassmentKind } from './phrases.js';

export interface ThreatReading {
  kind: Extract<HarassmentKind, 'threat' | 'wishHarm'>;
  from: number;
  to: number;
}

/** Harm done with no harmless reading when a person is its object. */
const HARMS = new Set([
  'bunuh', 'tikam', 'tembak', 'pukul', 'belasah', 'tumbuk', 'sepak', 'terajang', 'tendang', 'sembelih', 'cekik', 'rogol', 'bantai', 'lanyak',
  'pancung', 'penggal', 'bacok', 'gorok', 'hajar', 'tampar', 'lempang', 'tetak', 'parang', 'rejam', 'siksa', 'seksa', 'cincang', 'habisin', 'hentam',
]);
/** Harm that needs a body, a home or an end after it: "potong jari ko", not "potong kek untuk kau". */
const HARMS_WITH_OBJECT = new Set(['bakar', 'potong', 'pecahkan', 'pecah', 'patahkan', 'simbah', 'hentak', 'kerjakan', 'langgar', 'bom', 'hancurkan', 'cucuk', 'koyak', 'kelar']);
/** What a weaker verb must name: a body part, a home or a car, kin, or how it ends. */
const HARMED = new Set([
  'kepala', 'muka', 'tangan', 'kaki', 'jari', 'leher', 'gigi', 'mulut', 'mata', 'hidung', 'perut', 'tengkuk', 'rahang', 'badan', 'tulang', 'batang',
  'rumah', 'kereta', 'motor', 'kedai', 'pintu', 'tingkap', 'kondo', 'bilik', 'mak', 'bapak', 'ayah', 'adik', 'anak', 'bini', 'isteri', 'laki', 'suami', 'family', 'keluarga',
  'lunyai', 'lumat',
]);
/** Whose body or home it is, besides the reader: "muka dia", "rumah diorang". */
const OWNERS = new Set(['dia', 'mereka', 'diorang', 'dorang', 'depa']);
/** How harm ends: "sampai lunyai", "masuk hospital". */
const ENDS = new Set(['mati', 'mampus', 'lunyai', 'lumat', 'patah', 'pengsan', 'lembik', 'hancur', 'berdarah', 'bernafas', 'hospital', 'kubur', 'keranda', 'cacat', 'lumpuh']);
/** Words of intent or manner between the writer and the harm: "aku nak", "aku memang", "nanti aku datang". */
const INTENT = new Set([
  'nak', 'akan', 'bakal', 'nanti', 'memang', 'confirm', 'sure', 'mahu', 'mau', 'mo', 'dah', 'terus', 'sendiri', 'je', 'la', 'lah', 'datang',
  'pergi', 'sanggup', 'boleh', 'gonna', 'will', 'sumpah', 'betul', 'pasti', 'tetap', 'kasi', 'bagi', 'ni',
]);
/** Causing what ends them: "aku bagi hang masuk hospital", "gue bikin lo nyesel". */
const CAUSE = new Set(['bagi', 'buat', 'bikin', 'kasi', 'hantar']);
const CAUSED = new Set(['hospital', 'menyesal', 'nyesel', 'nyesal', 'merana', 'cacat', 'lumpuh', 'mampus', 'mati', 'kubur', 'keranda', 'icu', 'wad', 'lunyai', 'sengsara']);
/** Wishing or wanting: "moga", "semoga", "harap", "doakan", "aku nak". */
const WISHES = new Set(['moga', 'semoga', 'harap', 'harap2', 'harapnya', 'doakan', 'doa', 'doain', 'sumpah']);
/** Harm that falls on someone. */
const FALLS = new Set([
  'terbakar', 'mati', 'mampus', 'mampuih', 'mampos', 'kemalangan', 'eksiden', 'accident', 'lumpuh', 'jatuh', 'patah', 'terbabas', 'merana',
  'kanser', 'barah', 'lemas', 'tenggelam', 'cacat', 'buta', 'celaka', 'mereput', 'sengsara', 'koma', 'strok', 'stroke', 'keranda', 'kubur', 'sial',
]);
/** Care turns harm words into worry: "semoga cepat sembuh lepas kemalangan tu". */
const CARE = new Set(['sembuh', 'selamat', 'sihat', 'pulih', 'tabah', 'sabar', 'lindungi', 'dilindungi', 'takziah']);
/** Someone the wish or the verdict falls on, besides "kau". */
const PEOPLE = new Set(['budak', 'mamat', 'minah', 'dia', 'streamer', 'influencer', 'admin', 'orang', 'jantan', 'betina', 'pompuan']);
/** Deserving: "patut kena tembak", "layak kena gantung". */
const DESERVES = new Set(['patut', 'layak', 'harus', 'wajar', 'sepatutnya', 'kena']);
const DESERVED = new Set([...HARMS, 'gantung', 'bakar', 'langgar', 'tembak', 'rejam', 'bunuh', 'sula']);

const REACH = 5;

const isIn = readsOneOf;
const clauseEnds = (token: Token | undefined): boolean => token !== undefined && /[.!?;,]/.test(token.punctAfter);

/** The harassment a Malay sentence reads as from its parts, or undefined. */
export function malayThreat(tokens: readonly Token[]): ThreatReading | undefined {
  return done(tokens) ?? (tokens.some((token) => isIn(token, CARE)) ? undefined : wished(tokens)) ?? deserved(tokens);
}

/** "aku pecahkan kepala kau", "aku cekik sampai tak bernafas", "aku bagi hang masuk hospital". */
function done(tokens: readonly Token[]): ThreatReading | undefined {
  for (let verb = 1; verb < tokens.length; verb++) {
    const token = tokens[verb] as Token;
    const strong = isIn(token, HARMS);
    const causes = isIn(token, CAUSE);
    if (!strong && !causes && !isIn(token, HARMS_WITH_OBJECT)) continue;
    const writer = writerBefore(tokens, verb);
    if (writer === -1) continue;
    const end = causes ? causedAfter(tokens, verb) : harmAfter(tokens, verb, strong);
    if (end !== undefined) return { kind: 'threat', from: writer, to: end };
  }
  return undefined;
}

/** Going after someone, then "dan": "gue cari lo dan bikin lo nyesel". */
const PURSUIT = new Set(['cari', 'jumpa', 'datang', 'tangkap', 'kejar', 'tunggu', 'serang']);
const AND = new Set(['dan', 'n', '&', 'pastu', 'lepastu', 'then']);

/** The writer meaning the harm at `verb`, with only words of intent between (or a pursuit and "dan"), or -1. */
function writerBefore(tokens: readonly Token[], verb: number): number {
  let from = verb;
  if (isIn(tokens[verb - 1], AND)) {
    const pursuit = tokens.slice(Math.max(0, verb - 4), verb - 1).findLastIndex((token) => isIn(token, PURSUIT));
    if (pursuit === -1) return -1;
    from = Math.max(0, verb - 4) + pursuit;
  }
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    const token = tokens[k] as Token;
    if (clauseEnds(token) || isIn(token, NEGATORS)) return -1;
    if (isIn(token, FIRST_PERSON) && !token.forms.includes('me')) return k;
    if (!isIn(token, INTENT)) return -1;
  }
  return -1;
}

/** Where the harm ends: the reader or theirs after a strong verb, their body or home or an end after a weaker one. */
function harmAfter(tokens: readonly Token[], verb: number, strong: boolean): number | undefined {
  for (let k = verb + 1; k <= verb + REACH && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (strong && isIn(token, SECOND_PERSON)) return k + 1;
    // Someone's body or home, the owner after it: "kepala kau", "rumah mak kau"; not "lemang kat rumah mak".
    if (isIn(token, HARMED)) {
      const owner = [k + 1, k + 2].find((index) => isIn(tokens[index], SECOND_PERSON) || isIn(tokens[index], OWNERS));
      if (owner !== undefined && !tokens.slice(k, owner).some(clauseEnds)) return owner + 1;
    }
    if (token.forms.includes('sampai') && isIn(tokens[k + 1], ENDS)) return k + 2;
    if (clauseEnds(token)) break;
  }
  return undefined;
}

/** "bagi hang masuk hospital", "bikin lo nyesel": the reader, then what it does to them. */
function causedAfter(tokens: readonly Token[], verb: number): number | undefined {
  if (!isIn(tokens[verb + 1], SECOND_PERSON)) return undefined;
  for (let k = verb + 2; k <= verb + 4 && k < tokens.length; k++) {
    if (isIn(tokens[k], CAUSED)) return k + 1;
    if (clauseEnds(tokens[k - 1])) break;
  }
  return undefined;
}

/** "moga kau terbakar", "semoga kereta kau terbabas", "aku nak kau mampus". */
function wished(tokens: readonly Token[]): ThreatReading | undefined {
  for (let head = 0; head < tokens.length; head++) {
    const wants = tokens[head]?.forms.includes('nak') === true && isIn(tokens[head - 1], FIRST_PERSON);
    if (!wants && !isIn(tokens[head], WISHES)) continue;
    let target = -1;
    for (let k = head + 1; k < tokens.length && k <= head + REACH; k++) {
      const token = tokens[k] as Token;
      if (isIn(token, NEGATORS)) break;
      if (target === -1 && (isIn(token, SECOND_PERSON) || isIn(token, PEOPLE))) target = k;
      else if (target !== -1 && isIn(token, FALLS)) return { kind: 'wishHarm', from: head, to: k + 1 };
      if (clauseEnds(token)) break;
    }
  }
  return undefined;
}

/** "kau ni patut kena tembak", "streamer ni patut kena pukul". */
function deserved(tokens: readonly Token[]): ThreatReading | undefined {
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!isIn(tokens[k], DESERVES) || tokens[k]?.forms.includes('kena') === true || tokens.slice(Math.max(0, k - 2), k).some((token) => isIn(token, NEGATORS))) continue;
    const next = tokens[k + 1]?.forms.includes('kena') === true ? k + 2 : k + 1;
    if (!isIn(tokens[next], DESERVED)) continue;
    const person = tokens.slice(Math.max(0, k - 4), k).findIndex((token) => isIn(token, SECOND_PERSON) || isIn(token, PEOPLE));
    if (person !== -1) return { kind: 'wishHarm', from: Math.max(0, k - 4) + person, to: next + 1 };
  }
  return undefined;
}
