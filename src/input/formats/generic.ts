/**
 * Exports that are not from a platform we know: JSON Lines, JSON arrays and CSV/TSV from
 * third-party exporters (youtube-comment-downloader, comment-exporter scripts, scrapers). The text
 * field is `--text-field` or a guess among the usual names.
 */
import { InputError } from '../../core/errors.js';
import { peek, readLines } from '../chunks.js';
import { detectDelimiter, readCsvRecords } from '../csv-records.js';
import { asText, asTime, createFieldFinder, isObject, pointerSegment, type Json, type JsonObject } from '../fields.js';
import type { ExportItem, ItemReader, ItemSource, ReadOptions } from '../items.js';
import { streamJsonValues } from '../json-stream.js';

/** What a record became: an item, nothing (an empty text), or a record with no text field at all. */
type Mapped = ExportItem | 'empty' | 'no-text-field';

/** Builds the record-to-item mapping for one file. */
export function createRecordMapper(options: ReadOptions): (record: JsonObject, source: ItemSource) => Mapped {
  const findKeys = createFieldFinder({ text: options.textField, id: options.idField });
  return (record, source) => {
    const keys = findKeys(record);
    if (keys.text === undefined) return 'no-text-field';
    const text = readTextCell(record[keys.text]);
    if (text === undefined || text.trim() === '') return 'empty';
    const item: ExportItem = { text, source };
    if (keys.id !== undefined) item.id = asText(record[keys.id]);
    if (keys.author !== undefined) item.author = asText(record[keys.author]);
    if (keys.createdAt !== undefined) item.createdAt = asTime(record[keys.createdAt]);
    if (keys.parentId !== undefined) item.parentId = asText(record[keys.parentId]);
    if (keys.url !== undefined) item.url = asText(record[keys.url]);
    // youtube-comment-downloader: a reply's id is "<parent id>.<reply id>".
    if (item.parentId === undefined && item.id !== undefined && record.reply === true) item.parentId = item.id.split('.')[0];
    item.kind = item.parentId === undefined ? 'comment' : 'reply';
    return item;
  };
}

/**
 * A text cell. Google Takeout writes comment text as JSON segments
 * (`{"takeoutSegments":[{"text":"hi "},{"text":"@name"}]}`, or the segments inline); they are joined.
 */
export function readTextCell(value: Json | undefined): string | undefined {
  if (typeof value !== 'string') return asText(value);
  const trimmed = value.trimStart();
  if (!trimmed.startsWith('{"')) return value;
  for (const candidate of [trimmed, `[${trimmed}]`]) {
    try {
      const parsed = JSON.parse(candidate) as Json;
      const segments = isObject(parsed) && Array.isArray(parsed.takeoutSegments) ? parsed.takeoutSegments : Array.isArray(parsed) ? parsed : [parsed];
      const texts = segments.map((segment) => (isObject(segment) && typeof segment.text === 'string' ? segment.text : undefined));
      if (texts.every((text) => text !== undefined)) return texts.join('');
    } catch {
      // Not JSON after all: plain text that starts with a brace.
    }
  }
  return value;
}

export const readJsonLines: ItemReader = async function* (chunks, file, options) {
  const toItem = createRecordMapper(options);
  for await (const lines of readLines(chunks)) {
    const items: ExportItem[] = [];
    for (const { text, line } of lines) {
      if (text.trim() === '') continue;
      let record: Json;
      try {
        record = JSON.parse(text) as Json;
      } catch (error) {
        // What came before the bad line is still scanned.
        yield items;
        throw new InputError(file, `line ${line}: invalid JSON (${(error as Error).message})`);
      }
      const item = isObject(record) ? toItem(record, { file, line }) : 'no-text-field';
      if (item === 'no-text-field') options.onProblem(`line ${line}: no text field, skipped`);
      else if (item !== 'empty') items.push(item);
    }
    yield items;
  }
};

/** A JSON array of records, or an object holding arrays of them (`{"comments": [...]}`, API pages). */
export const readJsonRecords: ItemReader = async function* (chunks, file, options) {
  const toItem = createRecordMapper(options);
  // A top-level array streams element by element; in an object, each top-level value is read
  // whole (API pages and small dumps), and arrays in it are walked.
  for await (const values of streamJsonValues(chunks, ['$.*'], file)) {
    yield values.flatMap(({ value, pointer }) => [...recordsIn(value, pointer, file, toItem)]);
  }
};

/** How deep to look for records inside a top-level value: `{"data": {"comments": [...]}}`. */
const MAX_RECORD_DEPTH = 3;

function* recordsIn(value: Json, pointer: string, file: string, toItem: ReturnType<typeof createRecordMapper>, depth = 0): Iterable<ExportItem> {
  if (Array.isArray(value)) {
    for (const [index, element] of value.entries()) yield* recordsIn(element, `${pointer}/${index}`, file, toItem, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  // The YouTube Data API nests the comment: items[*].snippet.topLevelComment.snippet.
  const snippet = isObject(value.snippet) && isObject(value.snippet.topLevelComment) ? value.snippet.topLevelComment.snippet : undefined;
  const item = toItem(isObject(snippet) ? snippet : value, { file, pointer });
  if (typeof item !== 'string') yield item;
  else if (item === 'no-text-field' && depth < MAX_RECORD_DEPTH) {
    for (const [key, child] of Object.entries(value)) yield* recordsIn(child, `${pointer}/${pointerSegment(key)}`, file, toItem, depth + 1);
  }
}

function readDelimited(fallback: ',' | '\t'): ItemReader {
  return async function* (chunks, file, options) {
    const toItem = createRecordMapper(options);
    const { head, chunks: all } = await peek(chunks, HEADER_BYTES);
    const delimiter = options.delimiter ?? detectDelimiter(firstLine(head), fallback);
    for await (const records of readCsvRecords(all, file, { delimiter, strict: options.strict, onProblem: options.onProblem })) {
      const items: ExportItem[] = [];
      for (const { record, line } of records) {
        const item = toItem(record, { file, line });
        if (item === 'no-text-field') throw new InputError(file, `no text column among ${Object.keys(record).join(', ')} (read with ${describeDelimiter(delimiter)} between columns); name it with --text-field, or the delimiter with --delimiter`);
        if (item !== 'empty') items.push(item);
      }
      yield items;
    }
  };
}

/** Enough bytes for a header line. */
const HEADER_BYTES = 64 * 1024;

/** The first line of `head`, decoded, without a byte-order mark. */
export function firstLine(head: Buffer | string): string {
  const text = (typeof head === 'string' ? head : head.toString('utf8')).replace(/^\uFEFF/, '');
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

function describeDelimiter(delimiter: string): string {
  return delimiter === '\t' ? 'a tab' : delimiter === ',' ? 'a comma' : delimiter === ';' ? 'a semicolon' : `"${delimiter}"`;
}

export const readCsv = readDelimited(',');
export const readTsv = readDelimited('\t');
