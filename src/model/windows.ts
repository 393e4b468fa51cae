/**
 * What the model scores at once. A line (a comment, a caption line) is scored whole, as the model
 * was trained on comments; a line longer than WINDOW_CHARS is scored in windows of neighbouring
 * sentences, so a hurtful sentence in 20 KB of kind text is judged beside its neighbours instead
 * of being watered down by the whole line. In those windows, a sentence repeated word for word
 * counts once: the model adds up its features, and repeating a sentence is no new evidence (a
 * line of one kind sentence repeated scored 1.0). Lines scored whole score exactly as before.
 */
import type { Sentence } from '../text/document.js';

/** Lines up to this long are scored whole; longer ones in windows of at most this many characters. */
export const WINDOW_CHARS = 1000;

/** The sentences of one line, in windows of at most WINDOW_CHARS (a longer sentence is a window alone). */
export function windowsOf(line: readonly Sentence[]): Sentence[][] {
  const first = line[0] as Sentence;
  if ((line[line.length - 1] as Sentence).end - first.start <= WINDOW_CHARS) return [[...line]];
  const windows: Sentence[][] = [];
  let current: Sentence[] = [];
  for (const sentence of line) {
    if (current.length > 0 && sentence.end - (current[0] as Sentence).start > WINDOW_CHARS) {
      windows.push(current);
      current = [];
    }
    current.push(sentence);
  }
  windows.push(current);
  return windows;
}

/** `sentences` without those that repeat an earlier one word for word (case and spacing aside). */
export function distinctSentences(text: string, sentences: readonly Sentence[]): Sentence[] {
  if (sentences.length < 2) return [...sentences];
  const seen = new Set<string>();
  return sentences.filter((sentence) => {
    const key = text.slice(sentence.start, sentence.end).trim().replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
