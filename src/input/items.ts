/**
 * What every export reader produces: one record per comment, reply or caption, whatever the
 * platform, with everything the export says about it. Only `text` and `source` are certain.
 */
export interface ExportItem {
  text: string;
  id?: string;
  author?: string;
  /** As the export wrote it, or ISO-8601 when the export gave epoch seconds. */
  createdAt?: string;
  parentId?: string;
  url?: string;
  kind?: ItemKind;
  source: ItemSource;
}

export type ItemKind = 'comment' | 'reply' | 'caption' | 'live-comment' | 'line' | 'file';

/** Where an item was found: a file (or `export.zip!/inner/path`) and a line or a JSON pointer. */
export interface ItemSource {
  file: string;
  line?: number;
  pointer?: string;
}

/** Options every reader understands. */
export interface ReadOptions {
  /** Field that holds the text in generic CSV and JSON; guessed when absent. */
  textField?: string;
  idField?: string;
  /** Plain text: the whole file is one item instead of one per line. */
  whole: boolean;
  /** The CSV delimiter (`--delimiter`); detected from the header line when absent. */
  delimiter?: string;
  /** A bad CSV row stops the file instead of being skipped. */
  strict: boolean;
  /** Something was wrong with part of the file but reading goes on (a skipped CSV row). */
  onProblem: (problem: string) => void;
}

/** The display name of an input and its bytes, as a stream. Readers never write anywhere. */
export interface InputSource {
  name: string;
  open(): AsyncIterable<Buffer>;
}

/**
 * Turns an input's bytes into items, a batch per chunk read (one `await` per item would cost more
 * than parsing it); a problem that stops the file is thrown as InputError.
 */
export type ItemReader = (chunks: AsyncIterable<Buffer>, file: string, options: ReadOptions) => AsyncIterable<ExportItem[]>;
