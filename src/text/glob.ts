/**
 * Word globs for user config: `*` stands for any run of characters inside one word (`noob*`).
 * Matched by a two-pointer walk that is linear in practice and never backtracks more than once
 * per star, so no user pattern can make the linter hang (unlike a user-supplied RegExp).
 */
export function matchesWordGlob(glob: string, word: string): boolean {
  let g = 0;
  let w = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (w < word.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === word[w]) {
      g++;
      w++;
    } else if (g < glob.length && glob[g] === '*') {
      starAt = g++;
      resumeAt = w;
    } else if (starAt !== -1) {
      g = starAt + 1;
      w = ++resumeAt;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}
