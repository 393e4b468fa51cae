/**
 * Helpers over a stream of byte chunks: look at the start without losing it, and split into
 * decoded lines. Memory stays bounded by the longest line, never by the file.
 */
import { StringDecoder } from 'node:string_decoder';

export interface Peeked {
  /** The first bytes (at least `bytes` unless the input is shorter). */
  head: Buffer;
  /** The whole input again, head included. */
  chunks: AsyncIterable<Buffer>;
}

/** Reads the first `bytes` bytes of `chunks` and hands back a stream that replays them. */
export async function peek(chunks: AsyncIterable<Buffer>, bytes: number): Promise<Peeked> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(seen);
  async function* replay(): AsyncIterable<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, chunks: replay() };
}

/** Decodes UTF-8 (invalid bytes become U+FFFD, never an error) and drops a leading BOM. */
export async function* decodeUtf8(chunks: AsyncIterable<Buffer>): AsyncIterable<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of chunks) {
    let text = decoder.write(chunk);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}

export interface Line {
  text: string;
  /** 1-based. */
  line: number;
}

/**
 * Splits decoded text into lines (`\n` or `\r\n`), numbered from 1, a batch per chunk read; a
 * last line without `\n` counts.
 */
export async function* readLines(chunks: AsyncIterable<Buffer>): AsyncIterable<Line[]> {
  let carry = '';
  let line = 0;
  for await (const text of decodeUtf8(chunks)) {
    const lines: Line[] = [];
    let from = 0;
    const buffered = carry + text;
    for (let end = buffered.indexOf('\n'); end !== -1; end = buffered.indexOf('\n', from)) {
      line++;
      const stop = end > from && buffered.charCodeAt(end - 1) === 13 ? end - 1 : end;
      lines.push({ text: buffered.slice(from, stop), line });
      from = end + 1;
    }
    carry = buffered.slice(from);
    if (lines.length > 0) yield lines;
  }
  if (carry.length > 0) yield [{ text: carry.endsWith('\r') ? carry.slice(0, -1) : carry, line: line + 1 }];
}

export type Utf16 = 'utf16le' | 'utf16be';

/** UTF-16 announced by a byte-order mark (as Windows tools write it), or undefined. */
export function detectUtf16(head: Buffer): Utf16 | undefined {
  if (head[0] === 0xff && head[1] === 0xfe && !(head[2] === 0 && head[3] === 0)) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  return undefined;
}

/** Re-encodes a UTF-16 stream (byte-order mark included) as UTF-8 without the mark. */
export async function* transcodeUtf16(chunks: AsyncIterable<Buffer>, encoding: Utf16): AsyncIterable<Buffer> {
  const decoder = new StringDecoder('utf16le');
  let odd: Buffer | undefined;
  let first = true;
  for await (const chunk of chunks) {
    let bytes = odd === undefined ? chunk : Buffer.concat([odd, chunk]);
    odd = undefined;
    if (encoding === 'utf16be') {
      // Swap each pair into little-endian order; an odd last byte waits for the next chunk.
      const even = bytes.length - (bytes.length % 2);
      if (even < bytes.length) odd = bytes.subarray(even);
      bytes = Buffer.from(bytes.subarray(0, even)).swap16();
    }
    let text = decoder.write(bytes);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.end();
  if (rest.length > 0) yield Buffer.from(rest, 'utf8');
}

/** A NUL byte near the start means binary, as git decides it. */
export function looksBinary(head: Buffer): boolean {
  return head.subarray(0, 8000).includes(0);
}
