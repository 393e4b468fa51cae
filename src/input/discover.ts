/**
 * Finds what to scan: files named directly, every file in a folder (an unpacked export), and every
 * entry of a .zip export, read in place without unpacking. Which of them hold comments is decided
 * later, from their first bytes.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import { InputError } from '../core/errors.js';
import type { InputSource } from './items.js';
import { describeFileError } from './describe-error.js';
import { SKIPPED_FOLDERS, type IsIgnored } from './files.js';
import { walkFolder } from './walk.js';

export interface Candidate extends InputSource {
  /** Named by the user, rather than found in a folder or zip. */
  named: boolean;
}

export interface Discovery {
  candidates: Candidate[];
  /** Inputs that do not exist. */
  errors: InputError[];
  /** What was found but not read, and why: failed (unreadable, a corrupt zip) or skipped. */
  unread: { name: string; reason: string; failed: boolean }[];
  /** Archives to close when scanning is done. */
  close(): void;
}

/**
 * Bytes per read. Each chunk becomes a string of up to as many characters; at 32 KB it stays in V8's
 * young generation and dies there, where 256 KB chunks were large objects that only a full
 * collection frees (about 20 MB of a 200,000-comment scan's peak heap).
 */
const READ_CHUNK_BYTES = 32 * 1024;

function fileSource(full: string, name: string, named: boolean): Candidate {
  return { name, named, open: () => createReadStream(full, { highWaterMark: READ_CHUNK_BYTES }) };
}

/** Lists a zip's entries; each opens as a stream straight out of the archive. */
async function openZip(full: string, name: string): Promise<{ entries: Candidate[]; close: () => void }> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(full, { lazyEntries: true, autoClose: false, decodeStrings: true }, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
  const entries: Candidate[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      const inner = entry.fileName;
      const base = path.posix.basename(inner);
      const skipped = inner.endsWith('/') || base.startsWith('.') || inner.split('/').some((part) => SKIPPED_FOLDERS.has(part));
      if (!skipped) entries.push({ name: `${name}!/${inner}`, named: false, open: () => readZipEntry(zip, entry, `${name}!/${inner}`) });
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { entries, close: () => zip.close() };
}

async function* readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string): AsyncIterable<Buffer> {
  try {
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))),
    );
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    // yauzl's errors (bad compressed data, a size that does not match) carry no errno code.
    if ((error as NodeJS.ErrnoException).code !== undefined || error instanceof InputError) throw error;
    throw new InputError(name, `corrupt zip entry (${(error as Error).message})`);
  }
}

/** Turns the paths a user gave into candidates, in the order given, leaving out ignored files. */
export async function discoverInputs(paths: readonly string[], cwd: string, isIgnored: IsIgnored = () => false): Promise<Discovery> {
  const candidates: Candidate[] = [];
  const errors: InputError[] = [];
  const unread: Discovery['unread'] = [];
  const closers: (() => void)[] = [];
  const show = (full: string) => path.relative(cwd, full) || '.';
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') errors.push(new InputError(given, describeFileError(error)));
      else unread.push({ name: given, reason: `cannot be read (${describeFileError(error)})`, failed: true });
      continue;
    }
    if (info.isDirectory()) {
      // Hidden files (.DS_Store, kindness's own temporary files) are never comments.
      const walked = await walkFolder(full, { isIgnored, accepts: (name) => !name.startsWith('.') });
      candidates.push(...walked.files.map((file) => fileSource(file, show(file), false)));
      unread.push(...walked.unread.map(({ path: file, reason, failed }) => ({ name: show(file), reason, failed })));
      if (walked.files.length === 0 && walked.unread.length === 0) unread.push({ name: given, reason: 'an empty folder (hidden files are not read)', failed: false });
    } else if (isIgnored(full)) {
      continue;
    } else if (path.extname(full).toLowerCase() === '.zip') {
      try {
        const zip = await openZip(full, given);
        candidates.push(...zip.entries);
        closers.push(zip.close);
        if (zip.entries.length === 0) unread.push({ name: given, reason: 'an empty zip', failed: false });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        unread.push({ name: given, reason: code === undefined ? `corrupt zip (${(error as Error).message})` : `cannot be read (${describeFileError(error)})`, failed: true });
      }
    } else candidates.push(fileSource(full, given, true));
  }
  return { candidates, errors, unread, close: () => closers.forEach((close) => close()) };
}
