/** Picks the processor for a file by its extension: Markdown, subtitles, or plain text. */
import { processMarkdown } from './markdown.js';
import { processSubtitles } from './subtitles.js';
import type { Processor } from './types.js';

export type { Cue, Processor, Segment } from './types.js';

export const processPlainText: Processor = (text) => [{ start: 0, end: text.length, text }];

const BY_EXTENSION: Readonly<Record<string, Processor>> = {
  '.md': processMarkdown,
  '.markdown': processMarkdown,
  '.mdx': processMarkdown,
  '.srt': processSubtitles,
  '.vtt': processSubtitles,
};

/** The processor for `fileName` (plain text for anything unknown, and for stdin). */
export function processorFor(fileName: string): Processor {
  const dot = fileName.lastIndexOf('.');
  return (dot === -1 ? undefined : BY_EXTENSION[fileName.slice(dot).toLowerCase()]) ?? processPlainText;
}
