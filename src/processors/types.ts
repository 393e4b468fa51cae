/**
 * Processors turn a file into the parts worth checking, after ESLint's processors. Each part keeps
 * its place in the file: `text` is exactly as long as [start, end), with anything that is not
 * prose (code, URLs, markup, cue timings) blanked to spaces, so every offset, line and column a
 * rule reports is still right in the original file.
 */

/** A subtitle cue's time span, as written in the file (`00:01:02,500`). */
export interface Cue {
  start: string;
  end: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The cue this text belongs to, for subtitles. */
  cue?: Cue;
}

export type Processor = (text: string) => Segment[];

/** Blanks [from, to) of `chars` to spaces, keeping line breaks so lines and columns hold. */
export function blank(chars: string[], from: number, to: number): void {
  for (let index = from; index < to; index++) {
    const char = chars[index];
    if (char !== '\n' && char !== '\r') chars[index] = ' ';
  }
}
