/**
 * `.kindnessignore` (gitignore syntax, through the `ignore` package that ESLint also uses), found
 * in the working folder or named with `--ignore-path`. Patterns are relative to the ignore file's
 * folder, as in git. node_modules, .git and friends are skipped whatever the file says.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { describeFileError } from './describe-error.js';
import { SKIPPED_FOLDERS } from './files.js';

export const IGNORE_FILE_NAME = '.kindnessignore';

/** Says whether a path (absolute) is ignored; `isFolder` lets a walk prune whole folders. */
export type IgnoreFilter = (file: string, isFolder?: boolean) => boolean;

function inSkippedFolder(file: string): boolean {
  return file.split(/[\\/]/).some((segment) => SKIPPED_FOLDERS.has(segment));
}

/**
 * Loads the ignore filter for a run.
 *
 * @param ignorePath `--ignore-path`, relative to `cwd`; it must exist. Without it,
 *   `.kindnessignore` in `cwd` is used when there is one.
 * @throws UsageError when `--ignore-path` cannot be read.
 */
export async function loadIgnoreFilter(cwd: string, ignorePath?: string): Promise<IgnoreFilter> {
  const file = path.resolve(cwd, ignorePath ?? IGNORE_FILE_NAME);
  let content: string | undefined;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    if (ignorePath !== undefined) throw new UsageError(`--ignore-path ${ignorePath}: ${describeFileError(error)}`);
  }
  if (content === undefined) return inSkippedFolder;
  const { default: ignore } = await import('ignore');
  const rules = ignore().add(content);
  const base = path.dirname(file);
  return (target, isFolder = false) => {
    if (inSkippedFolder(target)) return true;
    const relative = path.relative(base, target);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    const posix = relative.split(path.sep).join('/');
    return rules.ignores(isFolder ? `${posix}/` : posix);
  };
}
