/**
 * `check` on a file too large to hold as one string (over STREAM_BYTES): read in blocks of about a
 * megabyte (text-blocks.ts), each linted and placed in the whole file, so a 200 MB file or a
 * 50 MB line never sits in memory. Each block's findings, with a few hundred characters of each
 * one's line for the stylish report, are handed on as the block is done.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { verifyBlock, type FileLintOptions, type FileLintResult } from '../core/lint-file.js';
import type { LintConfig } from '../core/linter.js';
import type { LintMessage, Rule } from '../core/types.js';
import { looksBinary, peek } from '../input/chunks.js';
import { describeFileError } from '../input/describe-error.js';
import { readTextBlocks, type BlockSyntax, type TextBlock } from '../input/text-blocks.js';
import { processorFor } from '../processors/index.js';
import type { LineExcerpt } from '../reporters/types.js';

/** Characters of a long line kept on each side of a finding. */
const EXCERPT_CONTEXT = 200;

function syntaxOf(file: string): BlockSyntax {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.srt' || extension === '.vtt') return 'subtitles';
  if (extension === '.md' || extension === '.markdown' || extension === '.mdx') return 'markdown';
  return 'plain';
}

/** The part of the message's line inside `block` around the message. */
function excerptOf(block: TextBlock, message: LintMessage): LineExcerpt {
  const start = message.range[0] - block.offset;
  const lineStartInBlock = message.line === block.line ? 0 : block.text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = block.text.indexOf('\n', start);
  const endsInBlock = lineEnd !== -1;
  if (!endsInBlock) lineEnd = block.text.length;
  const from = Math.max(lineStartInBlock, start - EXCERPT_CONTEXT);
  const to = Math.min(lineEnd, message.range[1] - block.offset + EXCERPT_CONTEXT);
  const column = message.column - (start - from);
  const text = block.text.slice(from, to).replace(/\r$/, '');
  return { text, column, cut: to < lineEnd || !endsInBlock };
}

/** One block's findings, with the line around each (by the finding's start offset). */
export interface LargeFileBlock extends FileLintResult {
  excerpts: Map<number, LineExcerpt>;
}

/**
 * Lints `file` block by block, handing each block's findings to `onBlock` as it is done (and
 * waiting for it), so they are reported and let go. Read errors and binary content are InputErrors naming the file.
 */
export async function lintLargeFile(file: string, cwd: string, config: LintConfig, rules: ReadonlyMap<string, Rule>, options: FileLintOptions, onBlock: (found: LargeFileBlock) => void | Promise<void>): Promise<void> {
  const processor = processorFor(file);
  try {
    const { head, chunks } = await peek(createReadStream(path.resolve(cwd, file), { highWaterMark: 256 * 1024 }), 8000);
    const utf16 = head[0] === 0xff || head[0] === 0xfe;
    if (!utf16 && looksBinary(head)) throw new InputError(file, 'looks like a binary file, not text');
    for await (const block of readTextBlocks(chunks, { syntax: syntaxOf(file) })) {
      const found = verifyBlock(block, processor(block.text), config, rules, options);
      const excerpts = new Map<number, LineExcerpt>();
      for (const message of found.messages) if (!excerpts.has(message.range[0])) excerpts.set(message.range[0], excerptOf(block, message));
      await onBlock({ ...found, excerpts });
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code !== undefined) throw new InputError(file, describeFileError(error));
    throw error;
  }
}
