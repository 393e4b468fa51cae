/**
 * Joins words spelled out letter by letter (`k y s`, `s.t.u.p.i.d`, `Y O U  A R E  U G L Y`) into
 * the words they spell. Within a run, letters are one separator apart; a wider gap (two spaces)
 * starts a new word. Each joined token spans its letters in the original text.
 */
import { createToken, type Token } from './tokenize.js';

/** Single letters that are words on their own in chat ("u r a star"), never joined alone. */
const CHAT_LETTERS = new Set(['a', 'i', 'u', 'r', 'y', 'o', 'k', 'n', 'b', 'c']);

/** What may stand between spelled-out letters: one space, or one of these marks. */
const SEPARATORS = new Set([' ', '.', '-', '_', '*']);
/** Between spelled-out words: two spaces or more. */
const WIDE_SPACE = /^ {2,}$/;
const MIN_RUN = 3;

function isLetterToken(token: Token): boolean {
  return token.kind === 'word' && token.surface.length === 1;
}

/** The separator between two letters: its punctuation, or the width of the space. */
function gapBetween(left: Token, right: Token): string {
  return left.punctAfter === '' ? ' '.repeat(right.start - left.end) : left.punctAfter;
}

function joinRun(run: readonly Token[]): Token {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  const word = run.map((token) => token.surface).join('');
  const joined = createToken('word', word, [word], first.start, last.end);
  joined.punctBefore = first.punctBefore;
  joined.punctAfter = last.punctAfter;
  return joined;
}

/**
 * Finds the end of a run of single letters from `start`, all one and the same separator apart.
 * Returns the runs of words inside it: a gap wider than the separator splits words.
 */
function readRun(tokens: readonly Token[], start: number): { end: number; words: Token[][] } {
  const words: Token[][] = [[tokens[start] as Token]];
  let separator: string | undefined;
  let end = start + 1;
  for (; end < tokens.length && isLetterToken(tokens[end] as Token); end++) {
    const gap = gapBetween(tokens[end - 1] as Token, tokens[end] as Token);
    if (SEPARATORS.has(gap) && (separator ?? gap) === gap) {
      separator = gap;
    } else if (separator === ' ' && WIDE_SPACE.test(gap)) {
      words.push([]);
    } else {
      // A different separator: the last letter starts the next run ("a s.t.u.p.i.d").
      if (SEPARATORS.has(gap) && end - start > 1) {
        (words[words.length - 1] as Token[]).pop();
        end--;
      }
      break;
    }
    (words[words.length - 1] as Token[]).push(tokens[end] as Token);
  }
  return { end, words: words.filter((word) => word.length > 0) };
}

/** Returns the tokens with each run of three or more spelled-out letters joined into words (the same array when none is). */
export function joinSpacedLetters(tokens: Token[]): Token[] {
  if (tokens.length < MIN_RUN) return tokens;
  // Copied only from the first join on: most sentences spell nothing out.
  let out: Token[] | undefined;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    if (!isLetterToken(token)) {
      out?.push(token);
      i++;
      continue;
    }
    const { end, words } = readRun(tokens, i);
    const letters = end - i;
    const allChat = tokens.slice(i, end).every((letter) => CHAT_LETTERS.has(letter.surface));
    if (letters < MIN_RUN || allChat) {
      // Keep the run as it is and move past it: rescanning from each letter of a long run
      // ("k k k k …") would be quadratic.
      for (let k = i; k < end; k++) out?.push(tokens[k] as Token);
      i = end;
      continue;
    }
    out ??= tokens.slice(0, i);
    for (const word of words) out.push(word.length === 1 ? (word[0] as Token) : joinRun(word));
    i = end;
  }
  return out ?? tokens;
}
