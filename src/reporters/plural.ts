/** `48,806,912`: a count grouped in thousands, the same on every machine whatever its locale. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** `1 error`, `2 errors`, `48,806,912 items`: a count with its noun. */
export function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}
