import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createBufferedWriter } from '../../src/cli/buffered-output.js';

function recorder(isTTY?: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (chunk: string) => writes.push(chunk) } };
}

describe('buffered report output', () => {
  it('writes in blocks once enough text waits, and the rest on flush', () => {
    const { writes, stream } = recorder(false);
    const writer = createBufferedWriter(stream, 10);
    writer.write('abcd');
    writer.write('efgh');
    expect(writes).toEqual([]);
    writer.write('ijkl');
    expect(writes).toEqual(['abcdefghijkl']);
    writer.write('mn');
    writer.flush();
    writer.flush();
    expect(writes).toEqual(['abcdefghijkl', 'mn']);
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
