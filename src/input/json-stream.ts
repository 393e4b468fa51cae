/**
 * Streams the values at chosen paths out of a JSON document of any size, so a 2 GB export never
 * sits in memory. A byte scanner tracks where it is (strings, nesting, keys and indexes) and
 * hands only the wanted values to the native JSON.parse: about four times faster than a
 * general streaming parser, which built every value in the file and was the bottleneck of a
 * TikTok export scan. Multi-byte UTF-8 never contains the ASCII bytes it looks for.
 */
import { InputError } from '../core/errors.js';
import type { Json } from './fields.js';
import { pointerSegment } from './fields.js';

export interface JsonValueAt {
  value: Json;
  /** RFC 6901 pointer to the value, such as `/Comment/Comments/CommentsList/0`. */
  pointer: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Deeper nesting than this is refused as a failed file: no export nests so deep, and walking such
 * a value recursively would overflow the stack and stop the whole scan.
 */
export const MAX_JSON_DEPTH = 512;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** `$.a.*.b` -> ['a', '*', 'b']. */
function parsePath(path: string): string[] {
  return path.replace(/^\$\.?/, '').split('.');
}

/**
 * Yields every value at `paths` (`$.a.*.b`, where `*` is any key or index), a batch per chunk read.
 * Invalid or truncated JSON throws an InputError that names `file` and the byte offset.
 */
export async function* streamJsonValues(chunks: AsyncIterable<Buffer>, paths: string[], file: string): AsyncIterable<JsonValueAt[]> {
  const patterns = paths.map(parsePath);
  /** Per open container: true for an array. */
  const isArray: boolean[] = [];
  /** Per open container: the key or index of the child being read. */
  const keys: (string | number)[] = [];
  let expectKey = false;
  let inString = false;
  let escaped = false;
  let stringIsKey = false;
  let keyStart = -1;
  let hasEscape = false;
  /** The wanted value being read: where it starts (absolute) and its depth. */
  let captureStart = -1;
  let captureDepth = -1;
  let inScalar = false;
  let ended = false;
  let buffer: Buffer = Buffer.alloc(0);
  /** Absolute offset of buffer[0]. */
  let base = 0;

  const matches = (depth: number): boolean =>
    patterns.some((pattern) => pattern.length === depth && pattern.every((segment, index) => segment === '*' || segment === String(keys[index])));
  const fail = (offset: number, problem: string): InputError => new InputError(file, `invalid JSON at byte ${offset}: ${problem}`);

  for await (const chunk of chunks) {
    let found: JsonValueAt[] = [];
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    const emit = (end: number) => {
      const text = buffer.toString('utf8', captureStart - base, end - base);
      let value: Json;
      try {
        value = JSON.parse(text) as Json;
      } catch (error) {
        throw fail(captureStart, (error as Error).message);
      }
      found.push({ value, pointer: keys.slice(0, captureDepth).map((key) => `/${pointerSegment(key)}`).join('') });
      captureStart = -1;
    };
    const startValue = (at: number) => {
      if (captureStart === -1 && matches(isArray.length)) {
        captureStart = at;
        captureDepth = isArray.length;
      }
    };
    const startAt = base + buffer.length - chunk.length;
    for (let index = startAt - base; index < buffer.length; index++) {
      const byte = buffer[index]!;
      const at = base + index;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = hasEscape = true;
        else if (byte === QUOTE) {
          inString = false;
          if (stringIsKey) {
            keys[keys.length - 1] = hasEscape ? (JSON.parse(buffer.toString('utf8', keyStart - base, index + 1)) as string) : buffer.toString('utf8', keyStart - base + 1, index);
            keyStart = -1;
          } else if (captureStart !== -1 && captureDepth === isArray.length) emit(at + 1);
        }
        continue;
      }
      if (inScalar) {
        if (byte !== COMMA && byte !== CLOSE_OBJECT && byte !== CLOSE_ARRAY && !isSpace(byte)) continue;
        inScalar = false;
        if (captureStart !== -1 && captureDepth === isArray.length) emit(at);
      }
      if (isSpace(byte)) continue;
      if (ended) throw fail(at, 'more data after the end of the JSON value');
      switch (byte) {
        case QUOTE:
          inString = true;
          hasEscape = false;
          stringIsKey = expectKey;
          if (stringIsKey) keyStart = at;
          else startValue(at);
          break;
        case OPEN_OBJECT:
        case OPEN_ARRAY:
          if (expectKey) throw fail(at, 'expected a key');
          if (isArray.length >= MAX_JSON_DEPTH) throw new InputError(file, `JSON nested more than ${MAX_JSON_DEPTH} levels deep at byte ${at}; kindness reads up to ${MAX_JSON_DEPTH}`);
          startValue(at);
          isArray.push(byte === OPEN_ARRAY);
          keys.push(0);
          expectKey = byte === OPEN_OBJECT;
          break;
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          if (isArray.length === 0 || isArray[isArray.length - 1] !== (byte === CLOSE_ARRAY)) throw fail(at, `unexpected "${String.fromCharCode(byte)}"`);
          isArray.pop();
          keys.pop();
          expectKey = false;
          if (captureStart !== -1 && captureDepth === isArray.length) emit(at + 1);
          if (isArray.length === 0) ended = true;
          break;
        case COMMA:
          if (isArray.length === 0) throw fail(at, 'unexpected ","');
          if (isArray[isArray.length - 1]) (keys[keys.length - 1] as number)++;
          else expectKey = true;
          break;
        case COLON:
          expectKey = false;
          break;
        default:
          if (expectKey) throw fail(at, `unexpected "${String.fromCharCode(byte)}" where a key should be`);
          inScalar = true;
          startValue(at);
          if (isArray.length === 0) ended = true;
      }
    }
    // Keep only the bytes still needed: the wanted value or key being read.
    const keepFrom = Math.min(captureStart === -1 ? Infinity : captureStart, keyStart === -1 ? Infinity : keyStart);
    const drop = keepFrom === Infinity ? buffer.length : keepFrom - base;
    buffer = buffer.subarray(drop);
    base += drop;
    if (found.length > 0) yield found;
    found = [];
  }
  if (inString || isArray.length > 0) throw new InputError(file, `the JSON ends early at byte ${base + buffer.length}: the file looks truncated`);
}
