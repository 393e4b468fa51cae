/**
 * kindness's own reports, recognised by their content rather than their name, so a report written
 * into a folder that is scanned later is never read back as comments (its `text` fields would
 * be flagged all over again). Each signature matches how the reporter starts its output; a test
 * runs every reporter and checks that its output is recognised here.
 */

/** The CSV header `scan --format csv` writes. */
const CSV_HEADER = 'file,line,pointer,id,author,created_at,url,rule,severity,category,confidence,matched,message,kinder,text';
/** The keys of a `scan --format jsonl` line, in order. */
const JSONL_KEYS = ['id', 'source', 'kind', 'author', 'createdAt', 'parentId', 'url', 'text', 'errorCount', 'warningCount', 'findings'];

const SIGNATURES: readonly [RegExp, string][] = [
  // check and scan --format json: {"schemaVersion":1,"tool":{"name":"kindness",...
  [/^\s*\{\s*"schemaVersion"\s*:\s*\d+\s*,\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"kindness"/, 'a kindness JSON report'],
  // A baseline file: {"version":1,"tool":"kindness 0.1.0",...
  [/^\s*\{\s*"version"\s*:\s*\d+\s*,\s*"tool"\s*:\s*"kindness /, 'a kindness baseline'],
  // SARIF logs, kindness's or another tool's: results of a scan, never comments.
  [/^\s*\{\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"\$schema"\s*:\s*"[^"]*sarif/i, 'a SARIF report'],
  // GitHub annotations saved to a file.
  [/^::(error|warning|notice) [^\n]*title=kindness/, 'kindness GitHub annotations'],
  // The HTML report says who generated it.
  [/^\s*<!doctype html>[\s\S]{0,2000}<meta name="generator" content="kindness/i, 'a kindness HTML report'],
];

/**
 * What kind of report `head` (the first bytes of a file, decoded, BOM removed) starts like, in
 * words ("a kindness JSONL report"), or undefined for anything else.
 */
export function recognizeOwnReport(head: string): string | undefined {
  for (const [pattern, format] of SIGNATURES) if (pattern.test(head)) return format;
  const firstLine = head.slice(0, head.indexOf('\n') === -1 ? head.length : head.indexOf('\n')).replace(/\r$/, '');
  if (firstLine === CSV_HEADER) return 'a kindness CSV report';
  if (firstLine.startsWith('{"id":') && firstLine.endsWith('}')) {
    try {
      const keys = Object.keys(JSON.parse(firstLine) as object);
      if (keys.length === JSONL_KEYS.length && keys.every((key, index) => key === JSONL_KEYS[index])) return 'a kindness JSONL report';
    } catch {
      // Not one JSON line after all.
    }
  }
  return undefined;
}
