/**
 * Text kept for later, in memory while small and in a temporary file past `limit` characters: the
 * JSON report writes its totals first, so a large file's findings wait here until they are known.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

const READ_BYTES = 1 << 20;

export interface Spool {
  write(text: string): void;
  /**
   * Hands everything written so far to `write` in pieces, and is empty again after. When `write`
   * returns a promise (the output is full), waits for it before the next piece.
   */
  drainTo(write: (text: string) => void | Promise<void>): void | Promise<void>;
}

/** Each piece to `write`, waiting whenever it asks to. */
function pump(pieces: Iterator<string>, write: (text: string) => void | Promise<void>): void | Promise<void> {
  for (let next = pieces.next(); next.done !== true; next = pieces.next()) {
    const wait = write(next.value);
    if (wait !== undefined) return wait.then(() => pump(pieces, write));
  }
}

export function createSpool(limit = 1 << 20): Spool {
  let pending: string[] = [];
  let size = 0;
  let file: { folder: string; fd: number } | undefined;
  const toFile = (): void => {
    if (file === undefined) {
      const folder = mkdtempSync(path.join(tmpdir(), 'kindness-report-'));
      file = { folder, fd: openSync(path.join(folder, 'spool'), 'w+') };
    }
    writeSync(file.fd, pending.join(''));
    pending = [];
    size = 0;
  };
  function* pieces(): Generator<string> {
    if (file === undefined) {
      const text = pending.join('');
      pending = [];
      size = 0;
      if (text !== '') yield text;
      return;
    }
    toFile();
    const { folder, fd } = file;
    file = undefined;
    try {
      const buffer = Buffer.alloc(READ_BYTES);
      // A piece can end inside a character: the decoder keeps its first bytes for the next piece.
      const decoder = new StringDecoder('utf8');
      for (let position = 0, read; (read = readSync(fd, buffer, 0, READ_BYTES, position)) > 0; position += read) yield decoder.write(buffer.subarray(0, read));
      const rest = decoder.end();
      if (rest !== '') yield rest;
    } finally {
      closeSync(fd);
      rmSync(folder, { recursive: true, force: true });
    }
  }
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= limit) toFile();
    },
    drainTo: (write) => pump(pieces(), write),
  };
}
