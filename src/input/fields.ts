/**
 * Reading loosely shaped records: exports change their key spelling between versions, so keys are
 * matched case-insensitively and every field but the text is optional.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Names tried, in order, when the user did not say which field holds what. */
export const GUESSES = {
  text: ['text', 'comment', 'comment text', 'content', 'message', 'body', 'textoriginal', 'textdisplay', 'caption', 'title', 'live chat text'],
  id: ['id', 'cid', 'comment id', 'comment_id', 'commentid', 'live chat id'],
  author: ['author', 'username', 'user', 'author name', 'authordisplayname', 'channel', 'channel id', 'media owner', 'owner'],
  createdAt: ['time_parsed', 'created_at', 'createdat', 'create_time', 'timestamp', 'date', 'time', 'comment create timestamp', 'publishedat'],
  parentId: ['parent comment id', 'parent_id', 'parentid', 'parent'],
  url: ['url', 'link', 'permalink', 'original post link', 'video url'],
} as const;

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first of `names` (lower case) that `record` has, matched case-insensitively. */
export function pick(record: JsonObject, names: readonly string[]): Json | undefined {
  const key = findKey(Object.keys(record), names);
  return key === undefined ? undefined : record[key];
}

function findKey(keys: readonly string[], names: readonly string[]): string | undefined {
  const lower = keys.map((key) => key.toLowerCase());
  for (const name of names) {
    const at = lower.indexOf(name);
    if (at !== -1) return keys[at];
  }
  return undefined;
}

export type FieldName = keyof typeof GUESSES;
type KeysFor = Partial<Record<FieldName, string>>;

/**
 * Which key holds each field, worked out once per record shape (the keys in order) rather than
 * per record: a million rows usually have one or two shapes. A field the user named wins.
 */
export function createFieldFinder(named: Partial<Record<FieldName, string>>): (record: JsonObject) => KeysFor {
  const shapes = new Map<string, KeysFor>();
  // Consecutive records nearly always share a shape: compare keys with the last one first, which
  // costs no string building or hashing.
  let lastKeys: string[] = [];
  let lastFound: KeysFor | undefined;
  return (record) => {
    const keys = Object.keys(record);
    if (lastFound !== undefined && sameKeys(keys, lastKeys)) return lastFound;
    lastKeys = keys;
    lastFound = findFields(keys);
    return lastFound;
  };

  function findFields(keys: string[]): KeysFor {
    const shape = keys.join('\u0000');
    let found = shapes.get(shape);
    if (found === undefined) {
      found = {};
      for (const field of Object.keys(GUESSES) as FieldName[]) {
        const wanted = named[field];
        const key = findKey(keys, wanted === undefined ? GUESSES[field] : [wanted.toLowerCase()]);
        if (key !== undefined) found[field] = key;
      }
      if (shapes.size < 1000) shapes.set(shape, found);
    }
    return found;
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A field as text; exports write "N/A" or "" for nothing. Numbers that are epoch seconds become ISO-8601. */
export function asText(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value === '' || value === 'N/A' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Epoch seconds (or milliseconds) become ISO-8601; anything else is kept as written. */
export function asTime(value: Json | undefined): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value > 1e12 ? value : value * 1000).toISOString();
  if (typeof value === 'string' && /^\d{9,10}(\.\d+)?$/.test(value)) return new Date(Number(value) * 1000).toISOString();
  return asText(value);
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(key: string | number): string {
  if (typeof key === 'number') return String(key);
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}
