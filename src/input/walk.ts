/**
 * Walks a folder for `check` and `scan` alike, and never drops anything in silence:
 *
 * - a subfolder or entry that cannot be read is reported as failed, and its siblings are still
 *   walked (as ripgrep and ESLint do);
 * - symbolic links are followed: a link to a file is read like the file (under the link's name),
 *   a link to a folder is walked once. A link back to a folder already walked (a loop, or a
 *   second way into the same folder) and a broken link are reported as skipped, with the reason;
 * - sockets, pipes and devices are reported as skipped: reading them could block.
 *
 * Folders named in SKIPPED_FOLDERS and ignored paths are left out, as documented.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFileError } from './describe-error.js';
import { SKIPPED_FOLDERS, type IsIgnored } from './files.js';

/** Something in the folder that was not read, and why. */
export interface Unread {
  /** The absolute path. */
  path: string;
  reason: string;
  /** Failed (exit 2): it should have been read and could not be. Otherwise skipped on purpose. */
  failed: boolean;
}

export interface WalkOptions {
  isIgnored: IsIgnored;
  /** Whether a file (by its base name) is one this command reads. */
  accepts: (name: string) => boolean;
}

export interface WalkResult {
  /** Absolute paths of the files to read, sorted within each folder. */
  files: string[];
  unread: Unread[];
}

/** Walks `root` (absolute) and everything below it. */
export async function walkFolder(root: string, options: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { files: [], unread: [] };
  let real: string;
  try {
    real = await realpath(root);
  } catch (error) {
    result.unread.push({ path: root, reason: describeFileError(error), failed: true });
    return result;
  }
  await walk(root, real, new Map([[real, root]]), options, result);
  return result;
}

async function walk(folder: string, real: string, walked: Map<string, string>, options: WalkOptions, result: WalkResult): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    result.unread.push({ path: folder, reason: `folder cannot be read (${describeFileError(error)})`, failed: true });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    let target = path.join(real, entry.name);
    if (entry.isSymbolicLink()) {
      try {
        const info = await stat(full);
        isFolder = info.isDirectory();
        isFile = info.isFile();
        if (isFolder) target = await realpath(full);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'a broken symbolic link' : code === 'ELOOP' ? 'a symbolic link loop' : `symbolic link cannot be followed (${describeFileError(error)})`;
        if (!options.isIgnored(full)) result.unread.push({ path: full, reason, failed: code !== 'ENOENT' && code !== 'ELOOP' });
        continue;
      }
    }
    if (isFolder) {
      if (SKIPPED_FOLDERS.has(entry.name) || options.isIgnored(full, true)) continue;
      const seen = walked.get(target);
      if (seen !== undefined) {
        const loop = full.startsWith(`${seen}${path.sep}`);
        result.unread.push({ path: full, reason: loop ? 'a symbolic link back to a folder above it (a loop)' : 'a symbolic link to a folder already searched', failed: false });
        continue;
      }
      walked.set(target, full);
      await walk(full, target, walked, options, result);
    } else if (!options.accepts(entry.name) || options.isIgnored(full)) {
      continue;
    } else if (isFile) {
      result.files.push(full);
    } else {
      result.unread.push({ path: full, reason: 'not a regular file (a pipe, socket or device)', failed: false });
    }
  }
}
