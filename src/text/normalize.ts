/**
 * Character-level normalization that remembers where every character came from.
 *
 * The output is lower case, NFKC-folded, with accents, homoglyphs and invisible characters
 * folded away, so `Ｉｄｉｏｔ`, `іdіot` (Cyrillic і) and `id\u200Biot` all read `idiot`. Each output
 * character keeps the original range it came from, so a finding always points at what the person
 * typed.
 */
import { CONFUSABLES, INVISIBLES } from './confusables.js';
import { reorderOverrides } from './bidi.js';

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
  /**
   * True when a right-to-left override (U+202E) reversed part of the text, so the map is not in
   * order: `toOriginalRange` then takes the smallest start and the largest end.
   */
  reordered?: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;

const COMBINING_MARK = /\p{M}/u;
/** A letter or digit that an accent mark may sit on and be dropped from (`i` + U+0301). */
const LATIN_BASE = /[a-z0-9]$/;

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
  const reordered = reorderOverrides(original);
  if (reordered === undefined) return foldText(original);
  // Read the text as it is shown (a reversed run reads forwards), then map back through the reordering.
  const folded = foldText(reordered.text);
  const { starts, ends } = folded;
  if (starts !== undefined && ends !== undefined) {
    for (let k = 0; k < starts.length; k++) {
      starts[k] = reordered.origin[starts[k] as number] as number;
      ends[k] = (reordered.origin[(ends[k] as number) - 1] as number) + 1;
    }
  }
  return { ...folded, reordered: true };
}

function foldText(original: string): NormalizedText {
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
    const char = original.slice(i, i + width);
    // An accent typed as its own mark after a Latin letter (`i` + U+0301) is dropped like a
    // precomposed one; the letter's range grows to cover it, so a finding still spans it.
    if (size > 0 && COMBINING_MARK.test(char) && LATIN_BASE.test(pieces[pieces.length - 1] ?? '')) {
      ends[size - 1] = i + width;
      i += width;
      continue;
    }
    const folded = foldCodePoint(char);
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
  if (normalized.reordered === true) {
    let from = Infinity;
    let to = 0;
    for (let k = start; k <= last && k < normalized.starts.length; k++) {
      from = Math.min(from, normalized.starts[k] as number);
      to = Math.max(to, normalized.ends[k] as number);
    }
    return from === Infinity ? [0, 0] : [from, to];
  }
  return [normalized.starts[start] ?? 0, normalized.ends[last] ?? 0];
}
