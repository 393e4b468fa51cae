/**
 * A text, ready for the rules: normalized, split into sentences and tokens, every token mapped
 * back to the original. Pure: the same text always gives the same document.
 */
import { normalizeText, type NormalizedText } from './normalize.js';
import { appendTokens, scanPieces, type RawPiece, type Token } from './tokenize.js';
import { joinSpacedLetters } from './spaced-letters.js';

export type { Token } from './tokenize.js';

export interface Sentence {
  index: number;
  /** [start, end) in the original text. */
  start: number;
  end: number;
  /** Words, numbers, mentions, hashtags and emoji, in order; punctuation sits on the tokens. */
  tokens: Token[];
}

export interface Document {
  /** The original text. */
  text: string;
  normalized: NormalizedText;
  sentences: Sentence[];
}

const SENTENCE_END = /[.!?\u2026]/;
const QUOTE_MARKS = /["\u201C\u00AB]/;

function openingQuoteBefore(text: string, start: number): string {
  const mark = text[start - 1] ?? '';
  return QUOTE_MARKS.test(mark) ? mark : '';
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/** "s.t.u.p.i.d": a dot between single letters spells a word out; it ends no sentence. */
function isSpelledOut(last: Token, next: RawPiece, punct: string): boolean {
  return punct === '.' && last.surface.length === 1 && next.kind === 'word' && next.text.length === 1;
}

/** Builds the document for `text`. */
export function createDocument(text: string): Document {
  const normalized = normalizeText(text);
  const pieces = scanPieces(normalized.text);
  const sentences: Sentence[] = [];
  let tokens: Token[] = [];
  let pendingPunct = '';
  let previous: RawPiece | undefined;

  const closeSentence = (): void => {
    if (tokens.length === 0) return;
    const joined = joinSpacedLetters(tokens);
    for (let index = 0; index < joined.length; index++) (joined[index] as Token).index = index;
    const first = joined[0] as Token;
    const last = joined[joined.length - 1] as Token;
    sentences.push({ index: sentences.length, start: first.start, end: last.end, tokens: joined });
    tokens = [];
  };

  for (const piece of pieces) {
    if (previous !== undefined && hasLineBreak(normalized.text, previous.end, piece.start)) {
      const last = tokens[tokens.length - 1];
      if (last) last.punctAfter = pendingPunct;
      closeSentence();
      pendingPunct = '';
    }
    previous = piece;
    if (piece.kind === 'punct') {
      pendingPunct += piece.text;
      continue;
    }
    const last = tokens[tokens.length - 1];
    if (last !== undefined) last.punctAfter = pendingPunct;
    if (last !== undefined && SENTENCE_END.test(pendingPunct) && !isSpelledOut(last, piece, pendingPunct)) closeSentence();
    const first = tokens.length;
    appendTokens(piece, normalized, tokens);
    // The punctuation stands before the piece's first token; the rest of a piece is unpunctuated.
    // Before a sentence's first token only a quote mark that touches it: the rest ended the
    // sentence before ('he said "go away." "you are ugly" is not feedback').
    (tokens[first] as Token).punctBefore = first > 0 ? pendingPunct : openingQuoteBefore(normalized.text, piece.start);
    pendingPunct = '';
  }
  const last = tokens[tokens.length - 1];
  if (last !== undefined) last.punctAfter = pendingPunct;
  closeSentence();
  return { text, normalized, sentences };
}
