import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createBufferedWriter } from '../../src/cli/buffered-output.js';

function recorder(isTTY?: boolean) {
  const writes: string[] = [];
  const write = (chunk: string | Uint8Array) => writes.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  return { writes, stream: { isTTY, write } };
}

describe('buffered report output', () => {
  it('writes a block when the next text may not fit in it, and the rest on flush', () => {
    const { writes, stream } = recorder(false);
    // Room is kept for three bytes a character: 'abcd' may need 12 of the 30.
    const writer = createBufferedWriter(stream, 30);
    for (const text of ['abcd', 'efgh', 'ijkl', 'mnop', 'qrst']) writer.write(text);
    expect(writes).toEqual([]);
    writer.write('uvwx');
    expect(writes).toEqual(['abcdefghijklmnopqrst']);
    writer.flush();
    writer.flush();
    expect(writes).toEqual(['abcdefghijklmnopqrst', 'uvwx']);
  });

  it('keeps every character of text outside ASCII whole, in order', () => {
    const { writes, stream } = recorder(false);
    const writer = createBufferedWriter(stream, 16);
    const texts = ['café ', '💀 ', 'a', '👩🏽‍💻', ' terbaik ', '\u00e9'];
    for (const text of texts) writer.write(text);
    writer.flush();
    expect(writes.join('')).toBe(texts.join(''));
    expect(writes.length).toBeGreaterThan(1);
  });

  it('passes text too long for a block straight on, after what was waiting', () => {
    const { writes, stream } = recorder(false);
    const writer = createBufferedWriter(stream, 16);
    writer.write('ab');
    writer.write('a line longer than any block');
    writer.write('cd');
    writer.flush();
    expect(writes).toEqual(['ab', 'a line longer than any block', 'cd']);
  });

  it('writes straight through to a terminal', () => {
    const { writes, stream } = recorder(true);
    const writer = createBufferedWriter(stream, 10);
    writer.write('one');
    expect(writes).toEqual(['one']);
    writer.flush();
    expect(writes).toEqual(['one']);
  });

  it('hands back one promise of the drain while the stream is full, and lets go of its listeners', async () => {
    const stream = Object.assign(new EventEmitter(), { write: () => false });
    const writer = createBufferedWriter(stream, 2);
    const first = writer.write('abc');
    expect(first).toBeInstanceOf(Promise);
    expect(writer.write('def')).toBe(first);
    stream.emit('drain');
    await first;
    expect(stream.listenerCount('drain') + stream.listenerCount('close') + stream.listenerCount('error')).toBe(0);
    expect(writer.write('ghi')).not.toBe(first);
  });
});
