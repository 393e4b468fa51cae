/**
 * CSV and TSV rows as header-keyed records, streamed through csv-parse (quoted fields with commas
 * and newlines, BOMs, CRLF). A malformed row is reported and skipped unless `strict`. A quote that
 * is never closed, or closed lines later in a way that breaks the row, swallows the rows after it:
 * that throws an InputError naming the line where the quote opened and how many lines it took, so
 * the file counts as failed instead of passing with rows merged into one.
 */
import { parse, type CsvError } from 'csv-parse';
import { InputError } from '../core/errors.js';

export interface CsvRecord {
  record: Record<string, string>;
  /** The line the row starts on, 1-based, counting the header. */
  line: number;
}

/** The delimiters kindness recognises in a header line. */
export const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter a header line uses: whichever of comma, semicolon and tab it holds most of
 * (outside quotes), `fallback` when it holds none. Spreadsheets in many European locales save
 * "CSV" with semicolons.
 */
export function detectDelimiter(header: string, fallback: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = fallback;
  let most = 0;
  for (const [delimiter, count] of counts) {
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

export interface CsvOptions {
  delimiter: string;
  strict: boolean;
  onProblem: (problem: string) => void;
}

/** Rows as they are parsed, a batch per chunk read. */
export async function* readCsvRecords(chunks: AsyncIterable<Buffer>, file: string, options: CsvOptions): AsyncIterable<CsvRecord[]> {
  const parser = parse({
    delimiter: options.delimiter,
    columns: (header: string[]) => header.map((name) => name.trim()),
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: !options.strict,
    // A quote inside an unquoted cell (`say "hi"`) is text, as spreadsheets read it.
    relax_quotes: true,
    // TSV exports rarely quote, and a stray quote must not swallow the rest of the file.
    quote: options.delimiter === '\t' ? null : '"',
  });
  let rows: CsvRecord[] = [];
  let previousEnd = 1;
  let failure: CsvError | undefined;
  let swallowed: InputError | undefined;
  parser.on('skip', (error: CsvError) => {
    const opened = previousEnd + 1;
    const lines = Number(error.lines);
    // A row that ran over several lines because of a quote took the rows on them with it.
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') swallowed ??= swallowedBy(file, opened, lines, true);
    else if (error.code === 'CSV_INVALID_CLOSING_QUOTE' && lines > opened) swallowed ??= swallowedBy(file, opened, lines, false);
    else options.onProblem(`line ${error.lines}: ${error.message}, row skipped`);
  });
  parser.on('error', (error: CsvError) => {
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') swallowed ??= swallowedBy(file, previousEnd + 1, Number(error.lines), true);
    else failure ??= error;
  });
  parser.on('data', (row: { record: Record<string, string>; info: { lines: number } }) => {
    if (swallowed !== undefined) return;
    const opened = previousEnd + 1;
    // With relax_quotes, a quote closed mid-cell lines later (`"you…⏎2,hi⏎3,"ok"x`) keeps the
    // opening quote and reads every line up to it as one cell: rows silently merged.
    if (row.info.lines > opened && Object.values(row.record).some((cell) => cell.startsWith('"') && /[\r\n]/.test(cell))) {
      swallowed = swallowedBy(file, opened, row.info.lines, false);
      return;
    }
    rows.push({ record: row.record, line: opened });
    previousEnd = row.info.lines;
  });
  const ended = new Promise<void>((resolve) => parser.once('end', resolve).once('error', () => resolve()));
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (rows.length > 0) yield rows;
    rows = [];
    if (failure !== undefined || swallowed !== undefined) break;
  }
  if (failure === undefined && swallowed === undefined) {
    parser.end();
    await ended;
  }
  if (rows.length > 0) yield rows;
  if (swallowed !== undefined) throw swallowed;
  if (failure !== undefined) throw new InputError(file, `invalid CSV: ${failure.message}`);
}

function swallowedBy(file: string, opened: number, last: number, toEnd: boolean): InputError {
  const lines = Math.max(0, last - opened);
  const taken = `${lines} ${lines === 1 ? 'line' : 'lines'} after it`;
  return new InputError(file, toEnd
    ? `line ${opened}: a quote opened in this row is never closed, so it swallowed the ${taken} (to the end of the file); the rows before it were read`
    : `line ${opened}: a quote opened in this row runs on to line ${last}, so it swallowed the ${taken}; the rows before it were read`);
}
