/**
 * Report text written in blocks rather than one write per item: a scan that reports half a million
 * items otherwise makes half a million write calls. A terminal gets every write at once, so people
 * watching see results as they come.
 */
import type { OutputStream } from './io.js';

/** Flush once this many characters are waiting (about what a pipe or disk takes in one go). */
export const BLOCK_CHARS = 64 * 1024;

export interface BufferedWriter {
  write(text: string): void;
  /** Writes whatever is waiting. Call before closing the stream. */
  flush(): void;
}

export function createBufferedWriter(stream: OutputStream, blockChars = BLOCK_CHARS): BufferedWriter {
  if (stream.isTTY === true) return { write: (text) => void stream.write(text), flush: () => undefined };
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (size === 0) return;
    const text = pending.length === 1 ? (pending[0] as string) : pending.join('');
    pending = [];
    size = 0;
    stream.write(text);
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= blockChars) flush();
    },
    flush,
  };
}
