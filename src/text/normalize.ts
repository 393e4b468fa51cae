/**
 * Character-level normalization that remembers where every character came from.
 *
 * The output is lower case, NFKC-folded, with accents, homoglyphs and invisible characters
 * folded away, so `Ｉｄｉｏｔ`, `іdіot` (Cyrillic і) and `id\u200Biot` all read `idiot`. Each output
 * character keeps the original range it came from, so a finding always points at what the person
 * typed.
 */
import { CONFUSABLES, INVISIBLES } from './confusables.js';

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /**
   * For each normalized UTF-16 unit, where its source code point starts and ends in the original.
   * Undefined when the mapping is one to one (ASCII text, the common case): read offsets through
   * `toOriginalRange`.
   */
  starts: Int32Array | undefined;
  ends: Int32Array | undefined;
}

const NON_ASCII = /[^\x00-\x7f]/;

const COMBINING_MARK = /\p{M}/u;

/** Folds one non-ASCII code point: NFKD, drop accents, map homoglyphs, lower-case. */
function foldCodePoint(char: string): string {
  if (INVISIBLES.has(char)) return '';
  const direct = CONFUSABLES.get(char);
  if (direct !== undefined) return direct;
  let out = '';
  for (const part of char.normalize('NFKD')) {
    if (COMBINING_MARK.test(part)) continue;
    const lower = part.toLowerCase();
    out += CONFUSABLES.get(lower) ?? lower;
  }
  // A lone mark (no base letter) is kept as it was, so scripts built on marks still tokenize.
  return out === '' && COMBINING_MARK.test(char) ? char : out;
}

/**
 * Normalizes `original` and returns the map from every output unit back to the input.
 *
 * @example
 * const n = normalizeText('ＹＯＵ');
 * n.text;                       // 'you'
 * toOriginalRange(n, 0, 3);     // [0, 3]
 */
export function normalizeText(original: string): NormalizedText {
  if (!NON_ASCII.test(original)) return { text: original.toLowerCase(), starts: undefined, ends: undefined };
  let starts = new Int32Array(original.length + 8);
  let ends = new Int32Array(original.length + 8);
  const pieces: string[] = [];
  let size = 0;

  const reserve = (extra: number): void => {
    if (size + extra <= starts.length) return;
    const capacity = Math.max(starts.length * 2, size + extra + 8);
    const grownStarts = new Int32Array(capacity);
    const grownEnds = new Int32Array(capacity);
    grownStarts.set(starts.subarray(0, size));
    grownEnds.set(ends.subarray(0, size));
    starts = grownStarts;
    ends = grownEnds;
  };

  let i = 0;
  while (i < original.length) {
    // ASCII runs, the common case by far, are lower-cased in one go and map one to one.
    let runEnd = i;
    while (runEnd < original.length && original.charCodeAt(runEnd) < 0x80) runEnd++;
    if (runEnd > i) {
      pieces.push(original.slice(i, runEnd).toLowerCase());
      reserve(runEnd - i);
      for (let k = i; k < runEnd; k++, size++) {
        starts[size] = k;
        ends[size] = k + 1;
      }
      i = runEnd;
      continue;
    }
    const codePoint = original.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = foldCodePoint(original.slice(i, i + width));
    if (folded !== '') {
      pieces.push(folded);
      reserve(folded.length);
      for (let k = 0; k < folded.length; k++, size++) {
        starts[size] = i;
        ends[size] = i + width;
      }
    }
    i += width;
  }
  return { text: pieces.join(''), starts: starts.subarray(0, size), ends: ends.subarray(0, size) };
}

/** Maps a [start, end) range of normalized text back to the original. */
export function toOriginalRange(normalized: NormalizedText, start: number, end: number): [number, number] {
  if (normalized.starts === undefined || normalized.ends === undefined) return [start, Math.max(start, end)];
  const last = Math.max(start, end - 1);
  return [normalized.starts[start] ?? 0, normalized.ends[last] ?? 0];
}
