/**
 * `check` on a file too large to hold as one string (over STREAM_BYTES): read in blocks of about a
 * megabyte (text-blocks.ts), each linted and placed in the whole file, so a 200 MB file or a
 * 50 MB line never sits in memory. Only the findings and a few hundred characters of each one's
 * line are kept, for the stylish report.
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

export interface LargeFileResult extends FileLintResult {
  excerpts: Map<number, LineExcerpt>;
}

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
  // A copy, not a slice: V8 keeps a slice's whole block alive, and there can be a slice per finding.
  const text = Buffer.from(block.text.slice(from, to).replace(/\r$/, ''), 'utf8').toString('utf8');
  return { text, column, cut: to < lineEnd || !endsInBlock };
}

/**
 * One copy of each repeated string: a large file can hold a hundred thousand findings whose
 * message, "why" and suggestions are the same few sentences, each built afresh by the rule.
 */
function createInterner() {
  const strings = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const one = (text: string): string => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    if (strings.size < 100_000) strings.set(text, text);
    return text;
  };
  return <T extends LintMessage>(message: T): T => {
    const key = message.suggestions.join('\u0000');
    let suggestions = lists.get(key);
    if (suggestions === undefined) {
      suggestions = message.suggestions.map(one);
      if (lists.size < 100_000) lists.set(key, suggestions);
    }
    return { ...message, message: one(message.message), why: one(message.why), docs: one(message.docs), suggestions };
  };
}

/** Lints `file` block by block. Read errors and binary content are InputErrors naming the file. */
export async function lintLargeFile(file: string, cwd: string, config: LintConfig, rules: ReadonlyMap<string, Rule>, options: FileLintOptions): Promise<LargeFileResult> {
  const result: LargeFileResult = { messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0, excerpts: new Map() };
  const processor = processorFor(file);
  try {
    const { head, chunks } = await peek(createReadStream(path.resolve(cwd, file), { highWaterMark: 256 * 1024 }), 8000);
    const utf16 = head[0] === 0xff || head[0] === 0xfe;
    if (!utf16 && looksBinary(head)) throw new InputError(file, 'looks like a binary file, not text');
    const intern = createInterner();
    for await (const block of readTextBlocks(chunks, { syntax: syntaxOf(file) })) {
      const found = verifyBlock(block, processor(block.text), config, rules, options);
      for (const message of found.messages) {
        result.messages.push(intern(message));
        if (!result.excerpts.has(message.range[0])) result.excerpts.set(message.range[0], excerptOf(block, message));
      }
      for (const message of found.suppressedMessages) result.suppressedMessages.push(intern(message));
      result.errorCount += found.errorCount;
      result.warningCount += found.warningCount;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code !== undefined) throw new InputError(file, describeFileError(error));
    throw error;
  }
  return result;
}
