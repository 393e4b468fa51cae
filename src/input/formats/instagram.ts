/**
 * Instagram's "Download your information" JSON: post, reels and story comments the account wrote
 * (`string_map_data` records, or the 2019-2020 `media_comments` rows) and post captions. Meta
 * writes UTF-8 bytes as separate escapes, so every string is repaired (see mojibake.ts).
 */
import { peek } from '../chunks.js';
import { asText, asTime, isObject, pick, type Json } from '../fields.js';
import type { ExportItem, ItemReader } from '../items.js';
import { streamJsonValues } from '../json-stream.js';
import { repairMojibake } from '../mojibake.js';

export const readInstagram: ItemReader = async function* (chunks, file) {
  const { head, chunks: all } = await peek(chunks, 16);
  // post_comments_1.json and posts_1.json are bare arrays; the others wrap one in a key.
  const paths = /^\s*\[/.test(head.toString('utf8').replace(/^\uFEFF/, '')) ? ['$.*'] : ['$.*.*'];
  for await (const values of streamJsonValues(all, paths, file)) {
    const items: ExportItem[] = [];
    for (const { value, pointer } of values) {
      const item = toItem(value);
      if (item !== undefined) items.push({ ...item, source: { file, pointer } });
    }
    yield items;
  }
};

function toItem(value: Json): Omit<ExportItem, 'source'> | undefined {
  // The old layout: ["<ISO time>", "<text>", "<media owner>"].
  if (Array.isArray(value)) {
    const [time, text, owner] = value;
    return withText(asText(text), { kind: 'comment', createdAt: asText(time), author: repairText(asText(owner)) });
  }
  if (!isObject(value)) return undefined;
  const fields = value.string_map_data;
  if (isObject(fields)) {
    const valueOf = (names: string[]) => {
      const field = pick(fields, names);
      return isObject(field) ? field : undefined;
    };
    return withText(asText(valueOf(['comment'])?.value), {
      kind: 'comment',
      author: repairText(asText(valueOf(['media owner'])?.value)),
      createdAt: asTime(valueOf(['time'])?.timestamp),
    });
  }
  // A post: the caption is on the post or on its first media item.
  const media = Array.isArray(value.media) ? value.media.find(isObject) : undefined;
  const caption = asText(value.title) ?? asText(media?.title);
  return withText(caption, { kind: 'caption', createdAt: asTime(value.creation_timestamp ?? media?.creation_timestamp) });
}

function withText(text: string | undefined, rest: Omit<ExportItem, 'source' | 'text'>): Omit<ExportItem, 'source'> | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  return { text: repairMojibake(text), ...rest };
}

function repairText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : repairMojibake(text);
}
