import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { verifyBlock, verifyFile } from '../../src/core/lint-file.js';
import { readTextBlocks, type BlockSyntax } from '../../src/input/text-blocks.js';
import { processorFor } from '../../src/processors/index.js';

const config = resolveConfig({}, BUILT_IN_RULES);

async function* chunksOf(text: string | Buffer, size = 97): AsyncIterable<Buffer> {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function blocksOf(text: string | Buffer, syntax: BlockSyntax, blockChars: number) {
  const blocks = [];
  for await (const block of readTextBlocks(chunksOf(text), { syntax, blockChars })) blocks.push(block);
  return blocks;
}

/** Lints `text` whole and in blocks; both must find the same things at the same places. */
async function lintBothWays(text: string, file: string, blockChars: number) {
  const processor = processorFor(file);
  const whole = verifyFile(text, processor(text), config, BUILT_IN_RULES);
  const blocks = await blocksOf(text, file.endsWith('.md') ? 'markdown' : file.endsWith('.srt') ? 'subtitles' : 'plain', blockChars);
  const inBlocks = blocks.flatMap((block) => verifyBlock(block, processor(block.text), config, BUILT_IN_RULES));
  const place = (m: { ruleId: string; range: number[]; line: number; column: number; endLine: number; endColumn: number; text: string; cue?: unknown }) =>
    `${m.ruleId} ${m.range.join('-')} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.text} ${JSON.stringify(m.cue ?? null)}`;
  return { blocks, whole: whole.messages.map(place), inBlocks: inBlocks.flatMap((result) => result.messages.map(place)), suppressed: inBlocks.reduce((sum, r) => sum + r.suppressedMessages.length, 0) };
}

describe('readTextBlocks', () => {
  it('gives back the text exactly, with each block placed where it starts', async () => {
    const text = Array.from({ length: 300 }, (_, index) => (index % 7 === 0 ? '' : `line ${index} ✨ with some words\r`)).join('\n');
    const blocks = await blocksOf(text, 'plain', 256);
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.map((block) => block.text).join('')).toBe(text);
    for (const block of blocks) {
      expect(text.slice(block.offset, block.offset + block.text.length)).toBe(block.text);
      expect(block.column).toBe(1);
      expect(text.slice(0, block.offset).split('\n').length).toBe(block.line);
    }
  });

  it('finds the same things at the same lines and columns as reading the file whole', async () => {
    const paragraphs = Array.from({ length: 120 }, (_, index) =>
      index % 5 === 0 ? `Paragraph ${index}: honestly you are a loser,\nand everyone 👨‍👩‍👧 knows it.` : `Paragraph ${index}: what a lovely idea, thank you.\nSee you soon.`,
    );
    const { blocks, whole, inBlocks } = await lintBothWays(paragraphs.join('\n\n'), 'notes.txt', 300);
    expect(blocks.length).toBeGreaterThan(5);
    expect(whole.length).toBe(24);
    expect(inBlocks).toEqual(whole);
  });

  it('never cuts a disable region, a disable-next-line or a code fence in two', async () => {
    const filler = (index: number) => `Some kind words in paragraph ${index}, nothing more.\n\n`;
    const text = [
      ...Array.from({ length: 8 }, (_, i) => filler(i)),
      '<!-- kindness-disable insults -->\n\n',
      ...Array.from({ length: 8 }, (_, i) => filler(i)),
      'you absolute clown\n\n<!-- kindness-enable insults -->\n\n',
      ...Array.from({ length: 8 }, (_, i) => filler(i)),
      '<!-- kindness-disable-next-line insults -->\n\nwhat a loser\n\n',
      '```\n',
      ...Array.from({ length: 8 }, (_, i) => `code line ${i} idiot\n\n`),
      '```\n\n',
      ...Array.from({ length: 8 }, (_, i) => filler(i)),
    ].join('');
    const { whole, inBlocks, suppressed } = await lintBothWays(text, 'post.md', 200);
    expect(whole).toEqual([]);
    expect(inBlocks).toEqual([]);
    expect(suppressed).toBe(2);
  });

  it('keeps subtitle cues whole, with their times', async () => {
    const cues = Array.from({ length: 60 }, (_, index) => `${index + 1}\n00:00:${String(index % 60).padStart(2, '0')},000 --> 00:00:${String(index % 60).padStart(2, '0')},900\n${index % 4 === 0 ? 'you are a loser' : 'hello there'}\n`);
    const { whole, inBlocks } = await lintBothWays(cues.join('\n'), 'film.srt', 150);
    expect(whole.length).toBe(15);
    expect(inBlocks).toEqual(whole);
  });

  it('reads a line longer than a block in windows cut between sentences, with exact columns', async () => {
    const sentence = 'You are a loser. What a lovely day it is. ';
    const line = sentence.repeat(200);
    const text = `first line\n${line}\nlast line, you clown\n`;
    const { blocks, whole, inBlocks } = await lintBothWays(text, 'long.txt', 500);
    expect(Math.max(...blocks.map((block) => block.text.length))).toBeLessThanOrEqual(500);
    expect(blocks.some((block) => block.line === 2 && block.column > 1)).toBe(true);
    expect(whole.length).toBe(201);
    expect(inBlocks).toEqual(whole);
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const text = 'hello\nyou are a loser\n';
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const blocks = await blocksOf(bytes, 'plain', 1024);
    expect(blocks.map((block) => block.text).join('')).toBe(text);
  });
});
