/**
 * Where a phrase stands in its clause. Some phrases say what they say only as a clause of their
 * own ("get lost.", "leave.") or at its end ("nobody asked." but not "nobody asked me to come"):
 * nothing, punctuation, a token that is not a word, or one of a few leading or trailing words
 * ("just get lost", "nobody asked lol") mark the edge.
 */
import { readsOneOf, type Token } from './tokenize.js';

/** True when the phrase starting at `from` opens its clause; `leads` may stand before it. */
export function opensClause(tokens: readonly Token[], from: number, leads: ReadonlySet<string>): boolean {
  const before = tokens[from - 1];
  return before === undefined || before.punctAfter !== '' || before.kind !== 'word' || readsOneOf(before, leads);
}

/** True when the phrase ending at `to` (exclusive) closes its clause; `tails` may trail it. */
export function closesClause(tokens: readonly Token[], to: number, tails: ReadonlySet<string>): boolean {
  const next = tokens[to];
  return next === undefined || (tokens[to - 1] as Token).punctAfter !== '' || next.kind !== 'word' || readsOneOf(next, tails);
}
