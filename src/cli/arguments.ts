/**
 * What the words after `kindness` mean: a draft to check, files to check, or a mistyped command.
 * A linter in a hook must never pass because it linted a file name as if it were a draft.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';

/** The commands besides the default one, for "did you mean". */
export const COMMAND_NAMES = ['check', 'scan', 'init', 'rules', 'explain'] as const;

/** Extensions of the files kindness reads: an argument ending in one is meant as a file. */
const FILE_EXTENSION = /\.(?:txt|text|md|markdown|mdx|srt|vtt|captions?|json|jsonl|ndjson|csv|tsv|html?|zip)$/i;

/** A word with a path separator or a known extension, and not a link: meant as a file. */
export function looksLikePath(word: string): boolean {
  if (word === '' || /\s/.test(word) || /^[a-z][\w+.-]*:\/\//i.test(word) || /^www\./i.test(word)) return false;
  return word.includes('/') || word.includes('\\') || FILE_EXTENSION.test(word);
}

/** Optimal string alignment distance: edits, counting a swap of neighbours as one. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const previous = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, (rows[i - 2]?.[j - 2] as number) + 1);
    }
  }
  return rows[a.length]?.[b.length] as number;
}

/** The command `word` is a slip of the keyboard for (`chek` → `check`), if any. */
export function closeCommand(word: string): string | undefined {
  const lower = word.toLowerCase();
  if ((COMMAND_NAMES as readonly string[]).includes(lower)) return undefined;
  // Short names allow one slip; two for longer ones.
  return COMMAND_NAMES.find((name) => editDistance(lower, name) <= (name.length > 5 ? 2 : 1));
}

export type DefaultArguments = { kind: 'text'; text: string } | { kind: 'files'; paths: string[] } | { kind: 'stdin' };

/**
 * Reads the default command's words: `-` is standard input; words that all name existing files or
 * folders, or look like paths, are files (a missing one then fails as "no such file"); anything
 * else is a draft.
 *
 * @throws UsageError for a mistyped command followed by files (`kindness chek draft.txt`).
 */
export function readDefaultArguments(words: readonly string[], cwd: string): DefaultArguments {
  if (words.length === 0 || (words.length === 1 && words[0] === '-')) return { kind: 'stdin' };
  const isFile = (word: string): boolean => existsSync(path.resolve(cwd, word)) || looksLikePath(word);
  const [first = '', ...rest] = words;
  const command = closeCommand(first);
  // Only with files after it: a lone `scam` or `rule` is a word, and a draft may start with one.
  if (command !== undefined && rest.length > 0 && rest.every(isFile)) {
    throw new UsageError(`unknown command "${first}". Did you mean "${command}"? To check the words as a draft, quote them after --text.`);
  }
  if (words.every(isFile)) return { kind: 'files', paths: [...words] };
  return { kind: 'text', text: words.join(' ') };
}

/**
 * `kindness check out my new video you idiot`: a draft that starts with a command name, typed
 * without quotes. Several words, none of them an existing path or anything like one.
 *
 * @throws UsageError with one clear message instead of a "no such file" for every word.
 */
export function refuseUnquotedDraft(command: string, words: readonly string[], cwd: string): void {
  if (words.length < 2) return;
  if (words.some((word) => word === '-' || looksLikePath(word) || existsSync(path.resolve(cwd, word)))) return;
  const draft = `${command} ${words.join(' ')}`;
  const shown = draft.length > 40 ? `${draft.slice(0, 39)}…` : draft;
  throw new UsageError(`"${shown}" reads like a draft, not a list of files. Quote it to check it as text: kindness --text "${shown}"`);
}
