/**
 * The sentences of a set file (fixtures/sets): one per line. A line that starts with "# ", or is
 * "#" alone, is a comment; a line that starts with "#word" is a hashtag, which comments are made
 * of too ("#cancelhim trending by tonight").
 */
export function setLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !/^#(\s|$)/.test(line));
}
