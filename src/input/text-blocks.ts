/**
 * A large file read as blocks of about 64 KB instead of one string, so `check` on a 200 MB
 * file holds a block at a time. Blocks end at line ends chosen so that nothing a linter reads
 * as a whole is cut in two: not inside a `kindness-disable` … `kindness-enable` region, not
 * between `kindness-disable-next-line` and its line, not inside Markdown front matter or a code
 * fence, and at a blank line (a paragraph or a subtitle cue ends there) when one comes within
 * twice the block size. A single line longer than a block is read in windows of about a block,
 * cut between sentences (or words, when a window holds no sentence end): memory stays bounded and
 * positions stay exact.
 */
import { decodeUtf8, detectUtf16, transcodeUtf16 } from './chunks.js';

export interface TextBlock {
  /** The text, verbatim (line ends included). */
  text: string;
  /** Where it starts in the whole file: UTF-16 offset, 1-based line and column. */
  offset: number;
  line: number;
  column: number;
}

export type BlockSyntax = 'plain' | 'markdown' | 'subtitles';

export interface BlockOptions {
  syntax: BlockSyntax;
  /** Characters per block (default 65,536). */
  blockChars?: number;
}

const DEFAULT_BLOCK_CHARS = 1 << 16;
const DIRECTIVE = /kindness-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Tracks, line by line, whether a block may end after the line just read. */
function createBoundaryTracker(syntax: BlockSyntax) {
  /** Rule ids silenced by an open `kindness-disable` ('*' for all). */
  const disabled = new Set<string>();
  let nextLinePending = false;
  let fence: string | undefined;
  let frontMatter = false;
  let first = true;
  return {
    /** Reads one line (without its line end); returns whether a block may end after it, and whether it is blank. */
    read(line: string): { safe: boolean; blank: boolean } {
      const blank = line.trim() === '';
      if (line.includes('kindness-')) {
        let isDirectiveLine = false;
        for (const match of line.matchAll(DIRECTIVE)) {
          isDirectiveLine = true;
          const rules = (match[2] ?? '').replace(/-->.*$/, '').split(/\s--\s|\s--$/)[0]?.split(/[\s,]+/).filter((id) => id !== '') ?? [];
          if (match[1] === 'disable-next-line') nextLinePending = true;
          else if (match[1] === 'disable') (rules.length === 0 ? ['*'] : rules).forEach((id) => disabled.add(id));
          else if (match[1] === 'enable') {
            if (rules.length === 0) disabled.clear();
            else rules.forEach((id) => disabled.delete(id));
          }
        }
        if (!isDirectiveLine && !blank) nextLinePending = false;
      } else if (!blank) nextLinePending = false;
      if (syntax === 'markdown') {
        if (first && line.trim() === '---') frontMatter = true;
        else if (frontMatter && (line.trim() === '---' || line.trim() === '...')) frontMatter = false;
        else if (!frontMatter) {
          const opener = FENCE.exec(line)?.[1];
          if (fence !== undefined) {
            if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined;
          } else if (opener !== undefined) fence = opener;
        }
      }
      first = false;
      return { safe: disabled.size === 0 && !nextLinePending && fence === undefined && !frontMatter, blank };
    },
  };
}

/** Where to cut a window out of a long line: after a sentence end, else after a space, near `limit`. */
function windowEnd(text: string, from: number, limit: number): number {
  const end = from + limit;
  const look = text.slice(from + Math.floor(limit * 0.75), end);
  const base = from + Math.floor(limit * 0.75);
  const sentence = Math.max(look.lastIndexOf('. '), look.lastIndexOf('! '), look.lastIndexOf('? '));
  if (sentence !== -1) return base + sentence + 2;
  const space = look.search(/\s\S*$/);
  if (space !== -1) return base + space + 1;
  // No space at all: cut anyway, but never inside a surrogate pair.
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** Counts line breaks as the line index does: `\n`, and `\r` not followed by `\n`. */
function countLineBreaks(text: string): { breaks: number; lastBreakEnd: number } {
  let breaks = 0;
  let lastBreakEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      breaks++;
      lastBreakEnd = i + 1;
    }
  }
  return { breaks, lastBreakEnd };
}

/**
 * Reads `chunks` (UTF-8, or UTF-16 with a byte-order mark) as blocks of text.
 *
 * @example
 * for await (const block of readTextBlocks(createReadStream(file), { syntax: 'plain' })) lint(block);
 */
export async function* readTextBlocks(chunks: AsyncIterable<Buffer>, options: BlockOptions): AsyncIterable<TextBlock> {
  const blockChars = options.blockChars ?? DEFAULT_BLOCK_CHARS;
  const tracker = createBoundaryTracker(options.syntax);
  let pending = '';
  /** Where `pending` starts in the file. */
  let offset = 0;
  let line = 1;
  let column = 1;
  /** How far into `pending` lines have been read; the last safe ends found so far. */
  let scanned = 0;
  let lastSafe = -1;
  let lastSafeBlank = -1;

  const take = (end: number): TextBlock => {
    const text = pending.slice(0, end);
    const block = { text, offset, line, column };
    const { breaks, lastBreakEnd } = countLineBreaks(text);
    offset += end;
    if (breaks > 0) {
      line += breaks;
      column = 1 + (text.length - lastBreakEnd);
    } else column += text.length;
    pending = pending.slice(end);
    scanned = Math.max(0, scanned - end);
    lastSafe = lastSafe >= end ? lastSafe - end : -1;
    lastSafeBlank = lastSafeBlank >= end ? lastSafeBlank - end : -1;
    return block;
  };

  for await (const text of decodeUtf8(decodeByteOrder(chunks))) {
    pending += text;
    for (let end = pending.indexOf('\n', scanned); end !== -1; end = pending.indexOf('\n', scanned)) {
      const { safe, blank } = tracker.read(pending.slice(scanned, end).replace(/\r$/, ''));
      scanned = end + 1;
      if (safe) {
        lastSafe = scanned;
        if (blank) lastSafeBlank = scanned;
      }
      if (scanned >= blockChars && lastSafeBlank > 0) yield take(lastSafeBlank);
      else if (scanned >= 2 * blockChars && lastSafe > 0) yield take(lastSafe);
    }
    // A line longer than a block: what came before it goes first, then the line in windows.
    while (pending.length - scanned > blockChars) {
      if (scanned > 0) {
        yield take(scanned);
        continue;
      }
      yield take(windowEnd(pending, 0, blockChars));
    }
  }
  // The last line, when the file does not end with a line break.
  if (pending.length > scanned) tracker.read(pending.slice(scanned));
  if (pending.length > 0) yield take(pending.length);
}

async function* decodeByteOrder(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  async function* rest(): AsyncIterable<Buffer> {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const utf16 = detectUtf16(first.value);
  yield* utf16 === undefined ? rest() : transcodeUtf16(rest(), utf16);
}
