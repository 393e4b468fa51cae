/**
 * Files to check: paths as given, folders searched for text files, and each file read as UTF-8.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { stripBom } from './read-stream.js';
import { describeFileError } from './describe-error.js';
import { walkFolder } from './walk.js';
import { detectUtf16 } from './chunks.js';

/** Extensions checked when a folder is given. A file named directly is always checked. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.mdx', '.srt', '.vtt', '.text', '.caption', '.captions']);

/** Folders never searched (macOS zips add __MACOSX). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', '__MACOSX']);

/** A NUL byte in the first few kilobytes means the file is binary, as git decides it. */
const BINARY_SNIFF_BYTES = 8000;

/** Whether a path (absolute) is ignored; a folder is asked with `isFolder` to prune the walk. */
export type IsIgnored = (file: string, isFolder?: boolean) => boolean;

const skipNothing: IsIgnored = () => false;

export interface ExpandedPaths {
  files: string[];
  /** Inputs that could not be read: a missing path, an unreadable folder or file. */
  errors: InputError[];
  /** What was left out on purpose and why (a broken link, an empty folder): said, not exit 2. */
  notices: string[];
  /** Files named directly that the ignore file excludes, as given: the caller says so. */
  ignored: string[];
}

/**
 * Turns the paths a user gave into files, in the order given; folders are searched (see walk.ts
 * for links and unreadable entries). Ignored files are left out even when named, so a hook that
 * passes every staged file respects the ignore file.
 */
export async function expandPaths(paths: readonly string[], cwd: string, isIgnored: IsIgnored = skipNothing): Promise<ExpandedPaths> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const notices: string[] = [];
  const show = (full: string) => path.relative(cwd, full) || '.';
  const ignored: string[] = [];
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    try {
      const info = await stat(full);
      if (info.isDirectory()) {
        const walked = await walkFolder(full, { isIgnored, accepts: (name) => TEXT_EXTENSIONS.has(path.extname(name).toLowerCase()) });
        files.push(...walked.files.map(show));
        for (const unread of walked.unread) {
          if (unread.failed) errors.push(new InputError(show(unread.path), unread.reason));
          else notices.push(`skipped ${show(unread.path)}: ${unread.reason}`);
        }
        if (walked.files.length === 0 && !walked.unread.some((unread) => unread.failed)) {
          notices.push(`${given}: no files to check (folders are searched for ${[...TEXT_EXTENSIONS].join(' ')}; name other files to check them)`);
        }
      } else if (isIgnored(full)) {
        ignored.push(given);
      } else {
        files.push(given);
      }
    } catch (error) {
      errors.push(new InputError(given, describeFileError(error)));
    }
  }
  return { files, errors, notices, ignored };
}

/** Files larger than this are read by `check` in blocks (see text-blocks.ts), not as one string. */
export const STREAM_BYTES = 4 * 1024 * 1024;

/** Whether `file` is large enough to be read in blocks; false when it cannot be looked at (reading will say why). */
export async function isLargeFile(file: string, cwd: string): Promise<boolean> {
  try {
    return (await stat(path.resolve(cwd, file))).size > STREAM_BYTES;
  } catch {
    return false;
  }
}

/** Reads a file as text; binary files are an error, invalid UTF-8 is replaced, never fatal. */
export async function readTextFile(file: string, cwd: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (error) {
    throw new InputError(file, describeFileError(error));
  }
  const utf16 = detectUtf16(bytes);
  if (utf16 !== undefined) return stripBom((utf16 === 'utf16be' ? Buffer.from(bytes.subarray(0, bytes.length & ~1)).swap16() : bytes).toString('utf16le'));
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new InputError(file, 'looks like a binary file, not text');
  return stripBom(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
}
