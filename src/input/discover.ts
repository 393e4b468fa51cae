/**
 * Finds what to scan: files named directly, every file in a folder (an unpacked export), and every
 * entry of a .zip export, read in place without unpacking. Which of them hold comments is decided
 * later, from their first bytes.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import { InputError } from '../core/errors.js';
import type { InputSource } from './items.js';
import { describeFileError } from './describe-error.js';
import { SKIPPED_FOLDERS, type IsIgnored } from './files.js';

export interface Candidate extends InputSource {
  /** Named by the user, rather than found in a folder or zip. */
  named: boolean;
}

export interface Discovery {
  candidates: Candidate[];
  errors: InputError[];
  /** Archives to close when scanning is done. */
  close(): void;
}


function fileSource(full: string, name: string, named: boolean): Candidate {
  return { name, named, open: () => createReadStream(full, { highWaterMark: 256 * 1024 }) };
}

async function walk(folder: string, cwd: string, found: Candidate[], isIgnored: IsIgnored): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !isIgnored(full, true)) await walk(full, cwd, found, isIgnored);
    } else if (entry.isFile() && !entry.name.startsWith('.') && !isIgnored(full)) {
      found.push(fileSource(full, path.relative(cwd, full), false));
    }
  }
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
      if (!skipped) entries.push({ name: `${name}!/${inner}`, named: false, open: () => readZipEntry(zip, entry) });
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { entries, close: () => zip.close() };
}

async function* readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): AsyncIterable<Buffer> {
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
  for await (const chunk of stream) yield chunk as Buffer;
}

/** Turns the paths a user gave into candidates, in the order given, leaving out ignored files. */
export async function discoverInputs(paths: readonly string[], cwd: string, isIgnored: IsIgnored = () => false): Promise<Discovery> {
  const candidates: Candidate[] = [];
  const errors: InputError[] = [];
  const closers: (() => void)[] = [];
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    try {
      const info = await stat(full);
      if (info.isDirectory()) await walk(full, cwd, candidates, isIgnored);
      else if (isIgnored(full)) continue;
      else if (path.extname(full).toLowerCase() === '.zip') {
        const zip = await openZip(full, given);
        candidates.push(...zip.entries);
        closers.push(zip.close);
      } else candidates.push(fileSource(full, given, true));
    } catch (error) {
      errors.push(new InputError(given, describeFileError(error)));
    }
  }
  return { candidates, errors, close: () => closers.forEach((close) => close()) };
}
