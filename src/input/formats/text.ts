/** Plain text: one item per non-empty line, or the whole file as one item with `--whole`. */
import { decodeUtf8, readLines } from '../chunks.js';
import type { ExportItem, ItemReader } from '../items.js';

export const readPlainText: ItemReader = async function* (chunks, file, options) {
  if (options.whole) {
    let text = '';
    for await (const piece of decodeUtf8(chunks)) text += piece;
    if (text.trim() !== '') yield [{ text, kind: 'file', source: { file, line: 1 } }];
    return;
  }
  for await (const lines of readLines(chunks)) {
    const items: ExportItem[] = [];
    for (const { text, line } of lines) if (text.trim() !== '') items.push({ text, kind: 'line', source: { file, line } });
    yield items;
  }
};
