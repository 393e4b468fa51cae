/**
 * Report text written in blocks rather than one write per item: a scan that reports half a million
 * items otherwise makes half a million write calls. A terminal gets every write at once, so people
 * watching see results as they come.
 */
import type { OutputStream } from './io.js';

/** Flush once this many characters are waiting (about what a pipe or disk takes in one go). */
export const BLOCK_CHARS = 64 * 1024;

export interface BufferedWriter {
  /**
   * A promise when the stream is full (a slow pipe holds writes in memory): a writer with much to
   * write waits for it. It settles when the stream drains, closes or fails (a closed pipe).
   */
  write(text: string): void | Promise<void>;
  /** Writes whatever is waiting. Call before closing the stream. */
  flush(): void;
}

const EVENTS = ['drain', 'close', 'error'] as const;

/** `write` that passes text on and, while the stream is full, returns one shared promise of its drain. */
function sender(stream: OutputStream): (text: string) => void | Promise<void> {
  let waiting: Promise<void> | undefined;
  return (text) => {
    if (stream.write(text) !== false || stream.once === undefined || stream.destroyed === true) return;
    waiting ??= new Promise((resolve) => {
      const done = (): void => {
        for (const event of EVENTS) stream.removeListener?.(event, done);
        waiting = undefined;
        resolve();
      };
      for (const event of EVENTS) stream.once?.(event, done);
    });
    return waiting;
  };
}

export function createBufferedWriter(stream: OutputStream, blockChars = BLOCK_CHARS): BufferedWriter {
  const send = sender(stream);
  if (stream.isTTY === true) return { write: send, flush: () => undefined };
  let pending: string[] = [];
  let size = 0;
  const flush = (): void | Promise<void> => {
    if (size === 0) return;
    const text = pending.length === 1 ? (pending[0] as string) : pending.join('');
    pending = [];
    size = 0;
    return send(text);
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= blockChars) return flush();
    },
    flush: () => void flush(),
  };
}
