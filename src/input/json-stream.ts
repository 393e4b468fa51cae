/**
 * Streams the values at chosen paths out of a JSON document of any size (@streamparser/json), so
 * a 2 GB export never sits in memory: emitted values are dropped from their parents.
 */
import { JSONParser } from '@streamparser/json';
import { InputError } from '../core/errors.js';
import type { Json } from './fields.js';
import { pointerSegment } from './fields.js';

export interface JsonValueAt {
  value: Json;
  /** RFC 6901 pointer to the value, such as `/Comment/Comments/CommentsList/0`. */
  pointer: string;
}

/**
 * Yields every value at `paths` (`$.a.*.b`, where `*` is any key or index), a batch per chunk read.
 * Invalid or truncated JSON throws an InputError that names `file` and the byte offset.
 */
export async function* streamJsonValues(chunks: AsyncIterable<Buffer>, paths: string[], file: string): AsyncIterable<JsonValueAt[]> {
  const parser = new JSONParser({ paths, keepStack: false });
  let found: JsonValueAt[] = [];
  let failure: Error | undefined;
  // Siblings share their parents, so the pointer prefix is rebuilt only when the parents change.
  let parentKeys: unknown[] = [];
  let prefix = '';
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length - 1 !== parentKeys.length || stack.some((entry, index) => index > 0 && entry.key !== parentKeys[index - 1])) {
      parentKeys = stack.slice(1).map((entry) => entry.key);
      prefix = parentKeys.map((segment) => `/${pointerSegment(segment as string | number)}`).join('');
    }
    found.push({ value: value as Json, pointer: `${prefix}/${pointerSegment(key as string | number)}` });
  };
  parser.onError = (error) => {
    failure = error;
  };
  parser.onEnd = () => undefined;
  let bytes = 0;
  let started = false;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    started = true;
    bytes += chunk.length;
    try {
      parser.write(chunk);
    } catch (error) {
      failure ??= error as Error;
    }
    if (failure !== undefined) break;
    if (found.length > 0) yield found;
    found = [];
  }
  if (failure === undefined && started && !parser.isEnded) {
    try {
      parser.end();
    } catch (error) {
      failure = error as Error;
    }
  }
  if (found.length > 0) yield found;
  if (failure !== undefined) throw new InputError(file, describeJsonError(failure.message, bytes));
}

function describeJsonError(message: string, bytes: number): string {
  const position = /absolute position "(\d+)"/.exec(message);
  if (position) return `invalid JSON at byte ${position[1]} (${message.replace(/ at chunk position.*$/, '')})`;
  if (message.includes('ended in mid-parsing') || message.includes('ended in the middle')) return `the JSON ends early at byte ${bytes}: the file looks truncated`;
  return `invalid JSON near byte ${bytes}: ${message}`;
}
