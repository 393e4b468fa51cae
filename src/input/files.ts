/**
 * Files to check: paths as given, folders searched for text files, and each file read as UTF-8.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { stripBom } from './read-stream.js';
import { describeFileError } from './describe-error.js';

/** Extensions checked when a folder is given. A file named directly is always checked. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.mdx', '.srt', '.vtt', '.text', '.caption', '.captions']);

/** Folders never searched (macOS zips add __MACOSX). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', '__MACOSX']);

/** A NUL byte in the first few kilobytes means the file is binary, as git decides it. */
const BINARY_SNIFF_BYTES = 8000;

/** Whether a path (absolute) is ignored; a folder is asked with `isFolder` to prune the walk. */
export type IsIgnored = (file: string, isFolder?: boolean) => boolean;

const skipNothing: IsIgnored = () => false;

async function walk(folder: string, found: string[], isIgnored: IsIgnored): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !isIgnored(full, true)) await walk(full, found, isIgnored);
    } else if (entry.isFile() && TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && !isIgnored(full)) {
      found.push(full);
    }
  }
}

export interface ExpandedPaths {
  files: string[];
  errors: InputError[];
  /** Files named directly that the ignore file excludes, as given: the caller says so. */
  ignored: string[];
}

/**
 * Turns the paths a user gave into files, in the order given; folders are searched. Ignored files
 * are left out even when named, so a hook that passes every staged file respects the ignore file.
 */
export async function expandPaths(paths: readonly string[], cwd: string, isIgnored: IsIgnored = skipNothing): Promise<ExpandedPaths> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const ignored: string[] = [];
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    try {
      const info = await stat(full);
      if (info.isDirectory()) {
        const inside: string[] = [];
        await walk(full, inside, isIgnored);
        files.push(...inside.map((file) => path.relative(cwd, file)));
      } else if (isIgnored(full)) {
        ignored.push(given);
      } else {
        files.push(given);
      }
    } catch (error) {
      errors.push(new InputError(given, describeFileError(error)));
    }
  }
  return { files, errors, ignored };
}

/** Reads a file as text; binary files are an error, invalid UTF-8 is replaced, never fatal. */
export async function readTextFile(file: string, cwd: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (error) {
    throw new InputError(file, describeFileError(error));
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new InputError(file, 'looks like a binary file, not text');
  return stripBom(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
}
