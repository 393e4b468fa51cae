/**
 * Splits normalized text into tokens that know where they came from.
 *
 * Unlike natural's tokenizers, which return bare strings and split `f@ck` and `you're`, every
 * token here carries its range in the ORIGINAL text, and masking characters inside a word
 * (`f*ck`, `sh!t`, `dumb@ss`) stay part of it.
 */
import { type NormalizedText, toOriginalRange } from './normalize.js';
import { BARE_CONTRACTIONS, expandContraction, type ContractionPart } from './contractions.js';
import { lexicalForms } from './lexical-forms.js';

export type TokenKind = 'word' | 'number' | 'mention' | 'hashtag' | 'emoji' | 'url';

export interface Token {
  kind: TokenKind;
  /** The normalized surface: lower case, folded, as it appears after normalization. */
  surface: string;
  /**
   * Keys to look the token up by, best first: the surface itself, then readings with leetspeak
   * decoded and stretched letters collapsed. Always at least one.
   */
  forms: readonly string[];
  /** [start, end) in the original text. */
  start: number;
  end: number;
  /** Punctuation between this token and the next one, normalized (`,`, `!?`, `"`...). */
  punctAfter: string;
  /** Punctuation between the previous token and this one. */
  punctBefore: string;
  /** Position in its sentence's `tokens`. */
  index: number;
}

export interface RawPiece {
  kind: TokenKind | 'punct';
  text: string;
  start: number;
  end: number;
}

/**
 * Builds the scanner. `letter` is the character class body for word characters. Order matters:
 * at one position the first alternative that matches wins.
 */
function createPieceRegExp(letter: string, emoji: string, flags: string): RegExp {
  return new RegExp(
    [
      // Groups, in order: 1 url, 2 mention, 3 hashtag, 4 emoji, 5 word, else punctuation.
      // (Numbered, not named: named groups allocate an object per match.)
      String.raw`((?:https?:\/\/|www\.)\S+)`,
      String.raw`(@[${letter}_][${letter}_.]*[${letter}_]|@[${letter}_])`,
      String.raw`(#[${letter}_]+)`,
      `(${emoji})`,
      // A word: letters and digits, with masking characters and apostrophes allowed inside.
      String.raw`([$*]*[${letter}](?:[${letter}$@*!|']*[${letter}*])?)`,
      String.raw`[^\s]`,
    ].join('|'),
    flags,
  );
}

/** For any text. Unicode property classes are slow to compile, so this is built on first need. */
let unicodePieces: RegExp | undefined;
/** For ASCII-only text, the usual case: the same language with plain classes. */
const ASCII_PIECES = createPieceRegExp('a-z0-9', '[^\\s\\S]', 'g');
const NON_ASCII = /[^\x00-\x7f]/;

const DIGITS_ONLY = /^[\d.,:/-]+$/;

/** Finds the pieces of normalized text: words, emoji, mentions, punctuation. */
export function scanPieces(text: string): RawPiece[] {
  const pieces: RawPiece[] = [];
  const scanner = NON_ASCII.test(text)
    ? (unicodePieces ??= createPieceRegExp(String.raw`\p{L}\p{N}\p{M}`, String.raw`\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}]?`, 'gu'))
    : ASCII_PIECES;
  scanner.lastIndex = 0;
  for (let match = scanner.exec(text); match !== null; match = scanner.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    let kind: RawPiece['kind'] = 'punct';
    if (match[5] !== undefined) kind = DIGITS_ONLY.test(match[0]) ? 'number' : 'word';
    else if (match[1] !== undefined) kind = 'url';
    else if (match[2] !== undefined) kind = 'mention';
    else if (match[3] !== undefined) kind = 'hashtag';
    else if (match[4] !== undefined) kind = 'emoji';
    pieces.push({ kind, text: match[0], start, end });
  }
  return pieces;
}

/**
 * Turns a word piece into one or more tokens: `you're` becomes `you` + `are`, so phrase patterns
 * need only one spelling.
 */
export function toTokens(piece: RawPiece, normalized: NormalizedText): Token[] {
  // ASCII text maps one to one (no offset tables): skip building a range pair per token.
  let start = piece.start;
  let end = piece.end;
  if (normalized.starts !== undefined) [start, end] = toOriginalRange(normalized, piece.start, piece.end);
  if (piece.kind !== 'word') return [createToken(piece.kind as TokenKind, piece.text, [piece.text], start, end)];
  if (isPlainWord(piece.text)) return [createToken('word', piece.text, [piece.text], start, end)];
  const reading = readWord(piece.text);
  if (reading.parts === undefined) return [createToken('word', piece.text, reading.forms, start, end)];
  return reading.parts.map(([word, from, to]) => {
    const [partStart, partEnd] = toOriginalRange(normalized, piece.start + from, piece.start + to);
    return createToken('word', word, [word], partStart, partEnd);
  });
}

interface WordReading {
  parts: ContractionPart[] | undefined;
  forms: readonly string[];
}

/**
 * A word that reads only as itself: lower-case ASCII letters, no letter three times in a row, and
 * not an apostrophe-less contraction (`youre`). Most words are plain; telling so by their letters
 * is cheaper than a lookup in the cache below, which then only holds the unusual ones.
 */
export function isPlainWord(word: string): boolean {
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
    run = i > 0 && code === word.charCodeAt(i - 1) ? run + 1 : 1;
    if (run === 3) return false;
  }
  return !BARE_CONTRACTIONS.has(word);
}

/** Words repeat across comments, so their readings are kept; the cache is emptied when full. */
const readings = new Map<string, WordReading>();
const MAX_CACHED_READINGS = 200_000;

function readWord(word: string): WordReading {
  let reading = readings.get(word);
  if (reading === undefined) {
    const parts = expandContraction(word);
    reading = { parts, forms: parts === undefined ? lexicalForms(word) : [word] };
    if (readings.size >= MAX_CACHED_READINGS) readings.clear();
    readings.set(word, reading);
  }
  return reading;
}

/** One constructor, so every token has the same shape (object spread here cost 10x in V8). */
export function createToken(kind: TokenKind, surface: string, forms: readonly string[], start: number, end: number): Token {
  return { kind, surface, forms, start, end, punctAfter: '', punctBefore: '', index: 0 };
}
