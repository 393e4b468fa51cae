/**
 * Where a built-in rule's README lives once installed: `rules/<id>/README.md` in the package.
 * Computed from this module's own URL, so it needs no file system access.
 */
export function builtInDocs(ruleId: string): string {
  // This file runs as dist/src/core/docs.js (built) or src/core/docs.ts (tests).
  const depth = import.meta.url.includes('/dist/src/') ? '../../../' : '../../';
  return new URL(`${depth}rules/${ruleId}/README.md`, import.meta.url).href;
}
