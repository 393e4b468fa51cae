/**
 * Right-to-left overrides. U+202E (RLO) shows the characters after it in reverse order, up to a
 * U+202C (PDF) or the end of the line, so `\u202Etoidi` is stored backwards but reads "idiot" on
 * screen. To match what a reader sees, the run is reversed before matching. Embeddings (U+202A,
 * U+202B), U+202D and the isolates (U+2066-2069) do not reorder Latin letters; like the override
 * itself, they are dropped as invisible characters (see confusables.ts).
 */
const RLO = '\u202E';
const PDF = '\u202C';

export interface Reordered {
  /** The text in the order it is shown. */
  text: string;
  /** For each UTF-16 unit of `text`, its index in the original. */
  origin: Int32Array;
}

/** The text in display order, or undefined when it holds no override (the common case). */
export function reorderOverrides(original: string): Reordered | undefined {
  let at = original.indexOf(RLO);
  if (at === -1) return undefined;
  const origin = new Int32Array(original.length);
  const parts: string[] = [];
  let size = 0;
  const keep = (from: number, to: number): void => {
    parts.push(original.slice(from, to));
    for (let k = from; k < to; k++) origin[size++] = k;
  };
  let done = 0;
  while (at !== -1) {
    keep(done, at + 1);
    let end = at + 1;
    while (end < original.length && original[end] !== PDF && original[end] !== '\n' && original[end] !== '\r') end++;
    // Reverse by code point, so a surrogate pair stays in order.
    const run = Array.from(original.slice(at + 1, end));
    const reversed: string[] = [];
    // Walk the run backwards, recording where each code point came from.
    let position = end;
    for (let k = run.length - 1; k >= 0; k--) {
      const char = run[k] as string;
      position -= char.length;
      reversed.push(char);
      for (let unit = 0; unit < char.length; unit++) origin[size++] = position + unit;
    }
    parts.push(reversed.join(''));
    done = end;
    at = original.indexOf(RLO, end);
  }
  keep(done, original.length);
  return { text: parts.join(''), origin };
}
