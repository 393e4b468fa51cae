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

/** True when any reading of the token (`token.forms`) is one of `words`; false for no token. */
export function readsOneOf(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token !== undefined && token.forms.some((form) => words.has(form));
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

/** For any text but ASCII. Unicode property classes are slow to compile, so this is built on first need. */
let unicodePieces: RegExp | undefined;
const NON_ASCII = /[^\x00-\x7f]/;

const DIGITS_ONLY = /^[\d.,:/-]+$/;

/** Whitespace as `\s` reads it in ASCII text: tab, line feed, vertical tab, form feed, carriage return, space. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** `[a-z0-9]`: normalized text is lower case, so upper-case letters here are punctuation, as in the regular expression. */
function isAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** `[a-z0-9_]`, the characters of mentions and hashtags. */
function isNameChar(code: number): boolean {
  return isAlnum(code) || code === 95;
}

/** `[a-z0-9$@*!|']`, what a word may hold inside. */
function isWordInside(code: number): boolean {
  return isAlnum(code) || code === 36 || code === 64 || code === 42 || code === 33 || code === 124 || code === 39;
}

/** `[a-z0-9*]`, what a word may end with. */
function isWordEnd(code: number): boolean {
  return isAlnum(code) || code === 42;
}

/** The end of a URL piece at `i` (`https?://` or `www.`, then non-space), or -1. */
function urlEnd(text: string, i: number): number {
  let body = -1;
  if (text.startsWith('https://', i)) body = i + 8;
  else if (text.startsWith('http://', i)) body = i + 7;
  else if (text.startsWith('www.', i)) body = i + 4;
  if (body === -1 || body >= text.length || isSpace(text.charCodeAt(body))) return -1;
  let end = body + 1;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end;
}

/**
 * The pieces of ASCII text, exactly as createPieceRegExp's language finds them with ASCII classes
 * (`a-z0-9`, no emoji), without a regular expression: the hand-written scan allocates no match
 * arrays, and the regular expression was a hot spot of every lint.
 */
function scanAscii(text: string, pieces: RawPiece[]): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    let end = -1;
    let kind: RawPiece['kind'] = 'punct';
    if (code === 104 || code === 119) {
      end = urlEnd(text, i);
      if (end !== -1) kind = 'url';
    }
    if (end === -1 && (code === 64 || code === 35) && i + 1 < length && isNameChar(text.charCodeAt(i + 1))) {
      // A mention ends at its last name character (dots inside only); a hashtag takes them all.
      end = i + 2;
      if (code === 64) {
        for (let k = i + 2; k < length; k++) {
          const next = text.charCodeAt(k);
          if (isNameChar(next)) end = k + 1;
          else if (next !== 46) break;
        }
        kind = 'mention';
      } else {
        while (end < length && isNameChar(text.charCodeAt(end))) end++;
        kind = 'hashtag';
      }
    }
    if (end === -1) {
      let first = i;
      while (first < length && (text.charCodeAt(first) === 36 || text.charCodeAt(first) === 42)) first++;
      if (first < length && isAlnum(text.charCodeAt(first))) {
        // A word: masks before it, then up to its last letter, digit or mask within the run of word characters.
        end = first + 1;
        let digits = first === i && text.charCodeAt(first) <= 57;
        for (let k = first + 1; k < length; k++) {
          const next = text.charCodeAt(k);
          if (!isWordInside(next)) break;
          if (isWordEnd(next)) end = k + 1;
        }
        for (let k = first + 1; digits && k < end; k++) digits = text.charCodeAt(k) <= 57 && text.charCodeAt(k) >= 48;
        kind = digits ? 'number' : 'word';
      } else {
        end = i + 1;
      }
    }
    pieces.push({ kind, text: text.slice(start, end), start, end });
    i = end;
  }
}

/** Finds the pieces of normalized text: words, emoji, mentions, punctuation. */
export function scanPieces(text: string): RawPiece[] {
  const pieces: RawPiece[] = [];
  if (!NON_ASCII.test(text)) {
    scanAscii(text, pieces);
    return pieces;
  }
  const scanner = (unicodePieces ??= createPieceRegExp(String.raw`\p{L}\p{N}\p{M}`, String.raw`\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}]?`, 'gu'));
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
 * Turns a piece into one or more tokens, appended to `out` (no array per piece): `you're` becomes
 * `you` + `are`, so phrase patterns need only one spelling.
 */
export function appendTokens(piece: RawPiece, normalized: NormalizedText, out: Token[]): void {
  // ASCII text maps one to one (no offset tables): skip building a range pair per token.
  let start = piece.start;
  let end = piece.end;
  if (normalized.starts !== undefined) [start, end] = toOriginalRange(normalized, piece.start, piece.end);
  if (piece.kind !== 'word') {
    // A hashtag also reads as the word it tags: "#feminazi" is the slur, "#idiot" the name.
    const forms = piece.kind === 'hashtag' ? [piece.text, piece.text.slice(1)] : [piece.text];
    out.push(createToken(piece.kind as TokenKind, piece.text, forms, start, end));
    return;
  }
  if (isPlainWord(piece.text)) {
    out.push(createToken('word', piece.text, [piece.text], start, end));
    return;
  }
  const reading = readWord(piece.text);
  if (reading.parts === undefined) {
    out.push(createToken('word', piece.text, reading.forms, start, end));
    return;
  }
  for (const [word, from, to] of reading.parts) {
    const [partStart, partEnd] = toOriginalRange(normalized, piece.start + from, piece.start + to);
    out.push(createToken('word', word, [word], partStart, partEnd));
  }
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
