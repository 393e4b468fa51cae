/**
 * `--redact-authors`: account names replaced by stable short hashes, so a report can be shared
 * without naming anyone while one account's comments still group together. The hash is of the
 * name without case or a leading `@`, so `@Sam` and `sam` are one account. It hides names from a
 * casual reader, not from someone who guesses a name and hashes it.
 */
import { createHash } from 'node:crypto';
import type { ItemResult } from './types.js';

/** `user-` and the first 8 hex digits of the SHA-256 of the normalised name. */
export function redactAuthor(author: string): string {
  const normalised = author.trim().replace(/^@/, '').toLowerCase();
  return `user-${createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 8)}`;
}

/** The result with its item's author redacted (the same object when it has none). */
export function redactResult(result: ItemResult): ItemResult {
  const { author } = result.item;
  if (author === undefined) return result;
  return { ...result, item: { ...result.item, author: redactAuthor(author) } };
}
