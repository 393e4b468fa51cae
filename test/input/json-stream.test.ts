import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { streamJsonValues, type JsonValueAt } from '../../src/input/json-stream.js';

async function* bytesOf(text: string, chunkSize: number): AsyncIterable<Buffer> {
  const bytes = Buffer.from(text);
  for (let start = 0; start < bytes.length; start += chunkSize) yield bytes.subarray(start, start + chunkSize);
}

async function collect(text: string, paths: string[], chunkSize = 1 << 16): Promise<JsonValueAt[]> {
  const values: JsonValueAt[] = [];
  for await (const batch of streamJsonValues(bytesOf(text, chunkSize), paths, 'test.json')) values.push(...batch);
  return values;
}

const DOCUMENT = JSON.stringify({
  skip: { CommentsList: [{ comment: 'not here' }] },
  'we/ird~key': 1,
  Comment: { Comments: { CommentsList: [{ comment: 'a "quoted" one', n: -1.5e3 }, 'a bare string', 42, null, { comment: 'é 😂', nested: [{ comment: 'inner' }] }] } },
  live: { rooms: { r1: { Comments: [{ c: 1 }] }, 'r/2': { Comments: [true] } } },
});

describe('streamJsonValues', () => {
  it('yields the values at the paths, with pointers, however the bytes are split', async () => {
    const paths = ['$.Comment.Comments.CommentsList.*', '$.live.rooms.*.Comments.*'];
    const whole = await collect(DOCUMENT, paths);
    expect(whole).toEqual([
      { value: { comment: 'a "quoted" one', n: -1500 }, pointer: '/Comment/Comments/CommentsList/0' },
      { value: 'a bare string', pointer: '/Comment/Comments/CommentsList/1' },
      { value: 42, pointer: '/Comment/Comments/CommentsList/2' },
      { value: null, pointer: '/Comment/Comments/CommentsList/3' },
      { value: { comment: 'é 😂', nested: [{ comment: 'inner' }] }, pointer: '/Comment/Comments/CommentsList/4' },
      { value: { c: 1 }, pointer: '/live/rooms/r1/Comments/0' },
      { value: true, pointer: '/live/rooms/r~12/Comments/0' },
    ]);
    for (const size of [1, 2, 3, 7]) expect(await collect(DOCUMENT, paths, size)).toEqual(whole);
  });

  it('reads keys with escapes', async () => {
    expect(await collect('{"a\\"b": [1, 2]}', ['$.a"b.*'])).toEqual([
      { value: 1, pointer: '/a"b/0' },
      { value: 2, pointer: '/a"b/1' },
    ]);
  });

  it('reports a truncated file with the byte count', async () => {
    await expect(collect('{"a": [1, 2', ['$.a.*'])).rejects.toThrow(/ends early at byte 11: the file looks truncated/);
  });

  it('reports invalid JSON with the byte offset', async () => {
    await expect(collect('{"a": [1, x]}', ['$.a.*'])).rejects.toThrow(InputError);
    await expect(collect('{"a": [1, {"b": tru}]}', ['$.a.*'])).rejects.toThrow(/invalid JSON at byte 10/);
    await expect(collect('{"a": 1]', ['$.a'])).rejects.toThrow(/invalid JSON at byte 7: unexpected "\]"/);
    await expect(collect('{"a": 1} {"b": 2}', ['$.a'])).rejects.toThrow(/more data after the end/);
  });
});
