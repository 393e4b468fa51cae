/**
 * SubRip (.srt) and WebVTT (.vtt): each cue is checked on its own, and its findings carry the
 * cue's time. Cue numbers, identifiers, timings, WebVTT headers, NOTE, STYLE and REGION blocks,
 * and markup inside cues (`<i>`, `<c.yellow>`, `<00:00:01.000>`, `{\an8}`) are not prose.
 */
import { blank, type Segment } from './types.js';

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})/;
const CUE_MARKUP = /<[^>\n]*>|\{\\[^}\n]*\}/g;
const NON_CUE_BLOCK = /^(?:WEBVTT|NOTE|STYLE|REGION)(?:[ \t]|$)/;

interface Block {
  start: number;
  lines: { start: number; text: string }[];
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') current = undefined;
    else {
      if (current === undefined) blocks.push((current = { start: offset, lines: [] }));
      current.lines.push({ start: offset, text: line });
    }
    offset += raw.length + 1;
  }
  return blocks;
}

export function processSubtitles(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const block of splitBlocks(text)) {
    if (NON_CUE_BLOCK.test(block.lines[0]?.text ?? '')) continue;
    const timingAt = block.lines.findIndex((line) => TIMING.test(line.text));
    // A block without a timing is not a cue (a stray line); check it as plain text.
    const body = timingAt === -1 ? block.lines : block.lines.slice(timingAt + 1);
    const first = body[0];
    const last = body.at(-1);
    if (first === undefined || last === undefined) continue;
    const start = first.start;
    const end = last.start + last.text.length;
    const chars = text.slice(start, end).split('');
    for (const match of text.slice(start, end).matchAll(CUE_MARKUP)) blank(chars, match.index, match.index + match[0].length);
    const timing = timingAt === -1 ? undefined : TIMING.exec(block.lines[timingAt]?.text ?? '');
    const segment: Segment = { start, end, text: chars.join('') };
    if (timing?.[1] !== undefined && timing[2] !== undefined) segment.cue = { start: timing[1], end: timing[2] };
    segments.push(segment);
  }
  return segments;
}
