/**
 * Reading Malay tokens: every form the core gives (`b0doh` -> `bodoh`), its standard spelling
 * from the slang map (`bodo` -> `bodoh`, `x` -> `tak`), and the word without the particles Malay
 * glues on (`bodohlah`, `lemahje`). The readings replace the token's forms, so the core's phrase
 * matcher and lexicons work on Malay as they do on English.
 */
import type { Sentence, Token } from '../../src/text/document.js';
import { standardSpelling } from './slang.js';

const PARTICLE_SUFFIXES = ['lah', 'la', 'je', 'jer', 'kah', 'pun', 'nye', 'nya'];
const MIN_STEM = 4;

const cache = new Map<string, readonly string[]>();
const MAX_CACHED = 50_000;

function addReading(readings: string[], word: string): void {
  if (!readings.includes(word)) readings.push(word);
  const standard = standardSpelling(word);
  if (standard !== undefined && !readings.includes(standard)) readings.push(standard);
}

/** The Malay readings of one token form list, best first. */
export function malayReadings(forms: readonly string[]): readonly string[] {
  const key = forms.join('\u0000');
  let readings = cache.get(key);
  if (readings !== undefined) return readings;
  const list: string[] = [];
  for (const form of forms) addReading(list, form);
  for (const form of forms) {
    for (const suffix of PARTICLE_SUFFIXES) {
      if (form.length - suffix.length >= MIN_STEM && form.endsWith(suffix)) addReading(list, form.slice(0, -suffix.length));
    }
  }
  readings = list;
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, readings);
  return readings;
}

/** The sentence's tokens with Malay readings as their forms; positions unchanged. */
export function readMalay(sentence: Sentence): Token[] {
  return sentence.tokens.map((token) => (token.kind === 'word' || token.kind === 'hashtag' ? { ...token, forms: malayReadings(token.forms) } : token));
}
