/**
 * Text from strangers, made safe to print on a terminal: bidirectional controls (which reorder
 * what follows them, so a report could show something other than what was written) and control
 * characters (which a terminal may obey) are shown as `<U+202E>` instead of being echoed raw. Widths
 * count what a terminal draws: an emoji sequence is one wide character, a combining mark none.
 */
import type StringWidth from 'string-width';

/**
 * string-width builds a grapheme segmenter and Unicode-property expressions when it loads (about
 * 40 ms, a third of a short run), so it loads only once a report quotes findings.
 */
let stringWidth: typeof StringWidth | undefined;

/** Loads what `displayWidth` needs for text beyond plain ASCII; call it before formatting findings. */
export async function loadDisplayWidth(): Promise<void> {
  stringWidth ??= (await import('string-width')).default;
}

/** Bidi embeddings, overrides, isolates and marks, and C0/C1 controls other than tab. */
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every unsafe character replaced by its visible code, `<U+202E>`. */
export function showControls(text: string): string {
  return text.replace(UNSAFE, (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** How many terminal columns `text` takes (grapheme by grapheme, East Asian wide and emoji as 2). */
export function displayWidth(text: string): number {
  // Printable ASCII and the ellipsis the reporters add are one column each: no need to segment.
  if (NARROW.test(text)) return text.length;
  if (stringWidth === undefined) throw new Error('displayWidth needs loadDisplayWidth() first');
  return stringWidth(text, { countAnsiEscapeCodes: false });
}

const NARROW = /^[\x20-\x7e\u2026]*$/;
