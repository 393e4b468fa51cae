import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { readLines } from '../../src/input/chunks.js';
import { detectFormat, READERS, FORMAT_NAMES } from '../../src/input/formats/index.js';
import { repairMojibake } from '../../src/input/mojibake.js';

async function* chunksOf(...parts: (string | Buffer)[]): AsyncIterable<Buffer> {
  for (const part of parts) yield Buffer.from(part);
}

describe('repairMojibake', () => {
  it('turns Meta byte escapes back into the text', () => {
    expect(repairMojibake('caf\u00c3\u00a9 \u00f0\u009f\u0098\u0082')).toBe('café 😂');
  });

  it('leaves text alone when the round trip is not valid UTF-8', () => {
    expect(repairMojibake('café')).toBe('café');
    expect(repairMojibake('plain ascii')).toBe('plain ascii');
    expect(repairMojibake('😂 already fine é')).toBe('😂 already fine é');
  });
});

describe('readLines', () => {
  it('numbers lines across chunk boundaries, with CRLF and a last line without a newline', async () => {
    const batches = [];
    for await (const lines of readLines(chunksOf('one\r\ntw', 'o\n\nthr', 'ee'))) batches.push(...lines);
    expect(batches).toEqual([
      { text: 'one', line: 1 },
      { text: 'two', line: 2 },
      { text: '', line: 3 },
      { text: 'three', line: 4 },
    ]);
  });

  it('keeps a character split between chunks whole', async () => {
    const bytes = Buffer.from('héllo\n');
    const lines = [];
    for await (const batch of readLines(chunksOf(bytes.subarray(0, 2), bytes.subarray(2)))) lines.push(...batch);
    expect(lines[0]?.text).toBe('héllo');
  });
});

describe('detectFormat', () => {
  const named = { named: true };
  const found = { named: false };
  it.each([
    ['user_data_tiktok.json', '{"Activity": {}}', named, 'tiktok'],
    ['export.json', '{"Comment": {"Comments": {}}}', named, 'tiktok'],
    ['post_comments_1.json', '[{"string_map_data": {"Comment": {"value": "x"}}}]', found, 'instagram'],
    ['comments.json', '{"media_comments": [["t", "x", "o"]]}', found, 'instagram'],
    ['comments.csv', 'Comment ID,Channel ID,Comment Create Timestamp,Price,Video ID,Comment Text\n', found, 'youtube-csv'],
    ['live chats.csv', 'Live Chat ID,Channel ID,Live Chat Text\n', found, 'youtube-csv'],
    ['my-comments.html', '<html>', found, 'youtube-html'],
    ['out.ndjson', '{"text": "x"}', found, 'jsonl'],
    ['lines.json', '{"text": "a"}\n{"text": "b"}\n', found, 'jsonl'],
    ['export.csv', 'username,Comment\n', found, 'csv'],
    ['export.tsv', 'text\tauthor\n', found, 'tsv'],
    ['dump.json', '[{"body": "hello"}]', found, 'json'],
    ['notes.txt', 'hello', named, 'text'],
  ] as const)('reads %s as its format', (name, head, options, format) => {
    expect(detectFormat(name, head, options)).toEqual({ format });
  });

  it.each([
    ['followers_1.json', '[{"title": "", "string_list_data": []}]'],
    ['notes.txt', 'hello'],
    ['index.html', '<html>'],
    ['numbers.csv', 'a,b\n1,2\n'],
  ])('skips %s found in a folder', (name, head) => {
    expect(detectFormat(name, head, { named: false })).toHaveProperty('skip');
  });
});

describe('every reader', () => {
  it('gives items or an InputError for any bytes, never another error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FORMAT_NAMES), fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 4 }), async (format, parts) => {
        const problems: string[] = [];
        try {
          for await (const items of READERS[format](chunksOf(...parts.map((part) => Buffer.from(part))), 'random', { whole: false, strict: false, onProblem: (problem) => problems.push(problem) })) {
            for (const item of items) expect(typeof item.text).toBe('string');
          }
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
