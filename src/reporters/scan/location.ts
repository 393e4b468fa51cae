/** Where a finding is, in terms of the export file it came from. */
import type { LintMessage } from '../../core/types.js';
import type { ExportItem } from '../../input/items.js';

export interface FileLocation {
  file: string;
  /** 1-based; absent for items found by JSON pointer. */
  line?: number;
  /** 1-based; only where the item's text is the line itself (plain text), so columns are exact. */
  column?: number;
  endLine?: number;
  endColumn?: number;
  pointer?: string;
}

/** The file position of `message` in `item`, as exact as the format allows. */
export function locate(item: ExportItem, message?: LintMessage): FileLocation {
  const { file, line, pointer } = item.source;
  const location: FileLocation = { file };
  if (pointer !== undefined) location.pointer = pointer;
  if (line === undefined) return location;
  const exact = message !== undefined && (item.kind === 'line' || item.kind === 'file');
  location.line = exact ? line + message.line - 1 : line;
  if (exact) {
    location.column = message.column;
    location.endLine = line + message.endLine - 1;
    location.endColumn = message.endColumn;
  }
  return location;
}

/** `file:line:column`, `file:line` or `file#/json/pointer`. */
export function formatLocation(location: FileLocation): string {
  if (location.line === undefined) return location.pointer === undefined ? location.file : `${location.file}#${location.pointer}`;
  return `${location.file}:${location.line}${location.column === undefined ? '' : `:${location.column}`}`;
}
