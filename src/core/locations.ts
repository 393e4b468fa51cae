/** Converts offsets in a text to 1-based lines and columns. */

export interface Position {
  line: number;
  column: number;
}

export interface LineIndex {
  /** The 1-based line and column of a 0-based offset. */
  positionOf(offset: number): Position;
}

/** Indexes the line starts of `text` once; each lookup is a binary search. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return {
    positionOf(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] as number) <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: offset - (starts[low] as number) + 1 };
    },
  };
}
