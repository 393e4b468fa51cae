/**
 * CSV and TSV rows as header-keyed records, streamed through csv-parse (quoted fields with commas
 * and newlines, BOMs, CRLF). A malformed row is reported and skipped unless `strict`; a file that
 * cannot be parsed at all (an unclosed quote) throws an InputError with the line.
 */
import { parse, type CsvError } from 'csv-parse';
import { InputError } from '../core/errors.js';

export interface CsvRecord {
  record: Record<string, string>;
  /** The line the row starts on, 1-based, counting the header. */
  line: number;
}

export interface CsvOptions {
  delimiter: ',' | '\t';
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
    quote: options.delimiter === ',' ? '"' : null,
  });
  let rows: CsvRecord[] = [];
  let previousEnd = 1;
  let failure: CsvError | undefined;
  parser.on('skip', (error: CsvError) => options.onProblem(`line ${error.lines}: ${error.message}, row skipped`));
  parser.on('error', (error: CsvError) => (failure ??= error));
  parser.on('data', (row: { record: Record<string, string>; info: { lines: number } }) => {
    rows.push({ record: row.record, line: previousEnd + 1 });
    previousEnd = row.info.lines;
  });
  const ended = new Promise<void>((resolve) => parser.once('end', resolve).once('error', () => resolve()));
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (rows.length > 0) yield rows;
    rows = [];
    if (failure !== undefined) break;
  }
  if (failure === undefined) {
    parser.end();
    await ended;
  }
  if (rows.length > 0) yield rows;
  if (failure !== undefined) throw new InputError(file, `invalid CSV: ${failure.message}`);
}
