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
});
