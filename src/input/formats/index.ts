/**
 * The export formats and how each is recognised: by file name first, then by the top-level keys
 * or CSV header in the file's first bytes. `--input-format` skips the guessing.
 */
import path from 'node:path';
import type { ItemReader } from '../items.js';
import { readCsv, readJsonLines, readJsonRecords, readTsv } from './generic.js';
import { readInstagram } from './instagram.js';
import { readPlainText } from './text.js';
import { readTikTok } from './tiktok.js';
import { readYouTubeCsv, readYouTubeHtml } from './youtube.js';
import { GUESSES } from '../fields.js';
import { detectDelimiter } from '../csv-records.js';

export const READERS = {
  tiktok: readTikTok,
  instagram: readInstagram,
  'youtube-csv': readYouTubeCsv,
  'youtube-html': readYouTubeHtml,
  jsonl: readJsonLines,
  json: readJsonRecords,
  csv: readCsv,
  tsv: readTsv,
  text: readPlainText,
} satisfies Record<string, ItemReader>;

export type ExportFormat = keyof typeof READERS;
export const FORMAT_NAMES = Object.keys(READERS) as ExportFormat[];

export type Detection = { format: ExportFormat } | { skip: string };

export interface DetectOptions {
  /** The user named this file (rather than it being found in a folder or a zip). */
  named: boolean;
  textField?: string;
  /** `--delimiter`, when given. */
  delimiter?: string;
}

const TIKTOK_SECTIONS = /^\s*\{\s*"(Activity|Your Activity|Ads and data|App Settings|Comment|Direct Messages?|Income\+ Wallet Transactions|Post|Profile|Tiktok Live|TikTok Live|Video)"\s*:/;
const INSTAGRAM_KEYS = /"(string_map_data|comments_[a-z_]+|media_comments)"\s*:/;
const NO_COMMENTS = 'no comments or captions in it';
/** A usual text field holding a non-empty string. */
const TEXT_KEY = new RegExp(`"(${GUESSES.text.join('|')})"\\s*:\\s*"[^"]`, 'i');

/** Decides how to read a file from its name and its first bytes (decoded, BOM removed). */
export function detectFormat(name: string, head: string, options: DetectOptions): Detection {
  const base = path.basename(name).toLowerCase();
  const extension = path.extname(base);
  const textField = options.textField?.toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return { format: 'jsonl' };
  if (extension === '.html' || extension === '.htm') {
    return base.startsWith('my-comments') || head.includes('my-comments') ? { format: 'youtube-html' } : { skip: 'an HTML page that is not YouTube\'s my-comments.html' };
  }
  if (extension === '.csv' || extension === '.tsv') {
    const line = head.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = options.delimiter ?? detectDelimiter(line, extension === '.tsv' ? '\t' : ',');
    const header = line.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
    if (header.includes('comment text') || header.includes('live chat text')) return { format: 'youtube-csv' };
    const texts: readonly string[] = textField === undefined ? GUESSES.text : [textField];
    if (header.some((cell) => texts.includes(cell))) return { format: extension === '.tsv' ? 'tsv' : 'csv' };
    return options.named ? { format: extension === '.tsv' ? 'tsv' : 'csv' } : { skip: 'no comment text column in its header' };
  }
  if (extension === '.json' || (options.named && /^\s*[[{]/.test(head))) return detectJson(base, head, options.named);
  if (extension === '.txt' || extension === '.text') return options.named ? { format: 'text' } : { skip: 'plain text found in a folder (name it to scan it, or use kindness check)' };
  return options.named ? { format: 'text' } : { skip: 'not a comment export' };
}

function detectJson(base: string, head: string, named: boolean): Detection {
  if (base.startsWith('user_data') || TIKTOK_SECTIONS.test(head)) return { format: 'tiktok' };
  if (INSTAGRAM_KEYS.test(head) && (head.includes('"Comment"') || head.includes('media_comments'))) return { format: 'instagram' };
  if (/^posts_\d+\.json$/.test(base) && head.includes('"media"')) return { format: 'instagram' };
  // One object per line in a file named .json: JSON Lines after all.
  const [first, second] = head.split('\n', 2);
  if (first?.trim().startsWith('{') && first.trim().endsWith('}') && second?.trim().startsWith('{')) return { format: 'jsonl' };
  if (TEXT_KEY.test(head) || named) return { format: 'json' };
  return { skip: NO_COMMENTS };
}
