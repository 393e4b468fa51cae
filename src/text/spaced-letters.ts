/**
 * Joins words spelled out letter by letter (`k y s`, `s.t.u.p.i.d`, `I D I O T`) into one token,
 * so they read as the word they spell. The joined token spans the whole spelled-out run.
 */
import { createToken, type Token } from './tokenize.js';

/** Single letters that are words on their own in chat ("u r a star"), never joined alone. */
const CHAT_LETTERS = new Set(['a', 'i', 'u', 'r', 'y', 'o', 'k', 'n', 'b', 'c']);

const JOINABLE_GAP = /^[.\-_*]?$/;
const MIN_RUN = 3;

function isLetterToken(token: Token): boolean {
  return token.kind === 'word' && token.surface.length === 1;
}

/** Returns the tokens with each run of three or more single letters joined into one. */
export function joinSpacedLetters(tokens: Token[]): Token[] {
  if (tokens.length < MIN_RUN) return tokens;
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && isLetterToken(tokens[j] as Token) && (j === i || JOINABLE_GAP.test((tokens[j - 1] as Token).punctAfter))) j++;
    const run = tokens.slice(i, j);
    const allChat = run.every((token) => CHAT_LETTERS.has(token.surface));
    if (run.length >= MIN_RUN && !allChat) {
      const first = run[0] as Token;
      const last = run[run.length - 1] as Token;
      const word = run.map((token) => token.surface).join('');
      const joined = createToken('word', word, [word], first.start, last.end);
      joined.punctBefore = first.punctBefore;
      joined.punctAfter = last.punctAfter;
      out.push(joined);
      i = j;
    } else {
      out.push(tokens[i] as Token);
      i++;
    }
  }
  return out;
}
