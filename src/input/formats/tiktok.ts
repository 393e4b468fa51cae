/**
 * TikTok's "Download your data" JSON (`user_data.json`, `user_data_tiktok.json`): comments the
 * account wrote, LIVE comments and post captions, from the older capitalised and the newer
 * lower-case schemas. One big object, streamed: only the lists that hold text are read.
 */
import { asText, asTime, isObject, pick, type JsonObject } from '../fields.js';
import type { ExportItem, ItemKind, ItemReader, ItemSource } from '../items.js';
import { streamJsonValues } from '../json-stream.js';

const COMMENT_LISTS = ['$.Comment.Comments.CommentsList.*', '$.Comment.CommentsList.*'];
const LIVE_LISTS = ['Tiktok Live', 'TikTok Live'].map((section) => `$.${section}.Watch Live History.WatchLiveMap.*.Comments.*`);
const POST_LISTS = ['$.Post.Posts.VideoList.*', '$.Video.Videos.VideoList.*'];

export const readTikTok: ItemReader = async function* (chunks, file) {
  for await (const values of streamJsonValues(chunks, [...COMMENT_LISTS, ...LIVE_LISTS, ...POST_LISTS], file)) {
    const items: ExportItem[] = [];
    for (const { value, pointer } of values) {
      const item = isObject(value) ? toItem(value, kindAt(pointer), { file, pointer }) : undefined;
      if (item !== undefined) items.push(item);
    }
    yield items;
  }
};

function kindAt(pointer: string): ItemKind {
  if (pointer.includes('/WatchLiveMap/')) return 'live-comment';
  if (pointer.includes('/VideoList/')) return 'caption';
  return 'comment';
}

function toItem(record: JsonObject, kind: ItemKind, source: ItemSource): ExportItem | undefined {
  const fields =
    kind === 'live-comment'
      ? { text: ['commentcontent'], time: ['commenttime'], url: [] }
      : kind === 'caption'
        ? { text: ['title'], time: ['date'], url: ['link'] }
        : { text: ['comment'], time: ['date'], url: ['original post link', 'url'] };
  const text = asText(pick(record, fields.text));
  if (text === undefined || text.trim() === '') return undefined;
  return { text, kind, createdAt: asTime(pick(record, fields.time)), url: asText(pick(record, fields.url)), source };
}
