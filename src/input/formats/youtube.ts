/**
 * YouTube through Google Takeout: `comments.csv` (and `comments(1).csv`...) and `live chats.csv`,
 * whose text cells hold JSON segments, and the legacy `my-comments.html`.
 */
import { decodeUtf8 } from '../chunks.js';
import { readCsvRecords } from '../csv-records.js';
import { InputError } from '../../core/errors.js';
import type { ExportItem, ItemReader } from '../items.js';
import { createRecordMapper } from './generic.js';

export const readYouTubeCsv: ItemReader = async function* (chunks, file, options) {
  const toItem = createRecordMapper(options);
  for await (const records of readCsvRecords(chunks, file, { delimiter: ',', strict: options.strict, onProblem: options.onProblem })) {
    const items: ExportItem[] = [];
    for (const { record, line } of records) {
      const item = toItem(record, { file, line });
      if (item === 'no-text-field') throw new InputError(file, `no comment text column among ${Object.keys(record).join(', ')}`);
      if (item === 'empty') continue;
      const video = Object.entries(record).find(([key]) => key.toLowerCase() === 'video id')?.[1];
      if (video) item.url = `https://www.youtube.com/watch?v=${encodeURIComponent(video)}${item.id ? `&lc=${encodeURIComponent(item.id)}` : ''}`;
      items.push(item);
    }
    yield items;
  }
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The legacy page: one `<li>` per comment, a link to the video, then the text after the first `<br>`. */
export const readYouTubeHtml: ItemReader = async function* (chunks, file) {
  let buffered = '';
  let line = 1;
  for await (const text of decodeUtf8(chunks)) {
    const items: ExportItem[] = [];
    buffered += text;
    let end = buffered.indexOf('</li>');
    while (end !== -1) {
      const block = buffered.slice(0, end);
      const start = block.lastIndexOf('<li');
      if (start !== -1) {
        const startLine = line + countNewlines(block, 0, start);
        const item = readListItem(block.slice(start));
        if (item !== undefined) items.push({ ...item, kind: 'comment', source: { file, line: startLine } });
      }
      line += countNewlines(buffered, 0, end + 5);
      buffered = buffered.slice(end + 5);
      end = buffered.indexOf('</li>');
    }
    // Keep only what can still be part of an item (or the start of a split "<li").
    const open = buffered.lastIndexOf('<li');
    const keepFrom = open === -1 ? Math.max(0, buffered.length - 2) : open;
    line += countNewlines(buffered, 0, keepFrom);
    buffered = buffered.slice(keepFrom);
    yield items;
  }
};

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function readListItem(block: string): { text: string; url?: string } | undefined {
  const br = block.search(/<br\s*\/?>/i);
  if (br === -1) return undefined;
  const text = decodeEntities(block.slice(br).replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '')).trim();
  if (text === '') return undefined;
  const href = /href="([^"]+)"/i.exec(block.slice(0, br))?.[1];
  return href === undefined ? { text } : { text, url: decodeEntities(href) };
}
