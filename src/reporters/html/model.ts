/**
 * The data behind the HTML report, gathered as results stream past. Every part is bounded, so a
 * scan of millions of comments keeps a few megabytes whatever its size:
 *
 * - counts per category and severity, and the time range;
 * - flagged and total items per day (at most {@link MAX_DAYS} days), grouped into days, weeks or
 *   months when the report is built, with spikes marked;
 * - per post (the item's link, its comment-specific parts removed): totals, flagged, a title
 *   from the export's captions; at most {@link MAX_POSTS}, the least flagged forgotten first;
 * - per account: flagged comments and the worst one; at most {@link MAX_ACCOUNTS};
 * - the flagged words and phrases, with how often each came up (at most {@link MAX_TERMS});
 * - the worst flagged items, at most `tableCap` (a heap keeps the worst as they arrive).
 *
 * Pure: no file system, no clock. Times are read from `createdAt` as the export wrote it.
 */
import type { Category, LintMessage, Severity } from '../../core/types.js';
import type { ExportItem } from '../../input/items.js';
import { severityScore } from '../../scan/tally.js';
import type { ItemResult } from '../../scan/types.js';

/** Days kept with counts; later new days count as undated (110 years of daily buckets). */
export const MAX_DAYS = 40_000;
export const MAX_POSTS = 20_000;
export const MAX_ACCOUNTS = 20_000;
export const MAX_TERMS = 10_000;
/** Flagged items kept for the table of flagged comments (the worst ones). */
export const DEFAULT_TABLE_CAP = 2000;
/** Characters of an item's text kept for the report; longer texts become an excerpt. */
export const MAX_ROW_TEXT = 600;
/** A word or phrase longer than this is not offered for a keyword filter. */
const MAX_FILTER_TERM = 60;

const DAY_MS = 86_400_000;
/** Times outside these years count as undated: no comment export predates the web, and a stray
 * year 1 or 9999 would otherwise stretch the timeline over thousands of empty months. */
const FIRST_PLAUSIBLE_DAY = Date.UTC(1990, 0, 1) / DAY_MS;
const LAST_PLAUSIBLE_DAY = Date.UTC(2100, 0, 1) / DAY_MS;

export interface RowFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** [start, end) in the row's `text` (the excerpt); absent when the words fell outside it. */
  range?: [number, number];
  /** The words as typed. */
  words: string;
  message: string;
  why: string;
  kinder?: string;
}

/** A flagged item as the report keeps it: trimmed text and what was found in it. */
export interface FlaggedRow {
  /** Arrival order, to keep ties stable. */
  seq: number;
  score: number;
  /** The item's text, or an excerpt around the first finding when it is long. */
  text: string;
  /** True when `text` is an excerpt. */
  clipped: boolean;
  author?: string;
  createdAt?: string;
  url?: string;
  /** The post the item belongs to (see {@link postKeyOf}). */
  post?: string;
  /** `file:line` or `file#/pointer`. */
  location: string;
  severity: Severity;
  findings: RowFinding[];
}

export interface AccountStats {
  author: string;
  flagged: number;
  errors: number;
  worst: FlaggedRow;
}

export interface PostStats {
  key: string;
  url: string;
  title?: string;
  items: number;
  flagged: number;
  errors: number;
}

export interface CategoryStats {
  category: Category;
  items: number;
  errors: number;
  warnings: number;
}

export interface TermStats {
  term: string;
  count: number;
  category: Category;
}

export interface ReportModel {
  items: number;
  flagged: number;
  errors: number;
  warnings: number;
  categories: Map<Category, CategoryStats>;
  /** Day number (days since 1970-01-01, UTC) -> [items, flagged]. */
  days: Map<number, [number, number]>;
  undated: number;
  posts: Map<string, PostStats>;
  /** True once posts were forgotten to stay bounded: post counts are then lower bounds. */
  postsPruned: boolean;
  accounts: Map<string, AccountStats>;
  accountsPruned: boolean;
  terms: Map<string, TermStats>;
  /** Min-heap on badness: the least bad kept row is on top, ready to be replaced. */
  rows: FlaggedRow[];
  tableCap: number;
  seq: number;
}

export function createReportModel({ tableCap = DEFAULT_TABLE_CAP }: { tableCap?: number } = {}): ReportModel {
  return {
    items: 0,
    flagged: 0,
    errors: 0,
    warnings: 0,
    categories: new Map(),
    days: new Map(),
    undated: 0,
    posts: new Map(),
    postsPruned: false,
    accounts: new Map(),
    accountsPruned: false,
    terms: new Map(),
    rows: [],
    tableCap,
    seq: 0,
  };
}

/**
 * Milliseconds since the epoch for an export's time, or undefined. Accepts ISO-8601 and the
 * `2025-01-02 03:04:05` TikTok writes (UTC, no zone); relative times ("2 years ago") are not dates.
 */
export function parseItemTime(createdAt: string | undefined): number | undefined {
  if (createdAt === undefined) return undefined;
  const text = createdAt.trim();
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (match === null) return undefined;
  const [, date, time = '00:00:00', zone = 'Z'] = match;
  const ms = Date.parse(`${date}T${time}${zone}`);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Day numbers of `YYYY-MM-DD` prefixes seen so far (at most one per distinct day). */
const dayCache = new Map<string, number | undefined>();
const DAY_CACHE_MAX = 100_000;

/**
 * The UTC day (days since 1970-01-01) of an export's time, or undefined. A time without a zone
 * offset (UTC, or `Z`) falls on its date, read once per distinct date; one with an offset is
 * parsed in full. A million items cost a tenth of parsing each time in full.
 */
export function dayOfItemTime(createdAt: string | undefined): number | undefined {
  if (createdAt === undefined || createdAt.length < 10) return undefined;
  const text = createdAt.trim();
  if (text.length > 10 && (text.indexOf('+', 10) !== -1 || text.indexOf('-', 10) !== -1)) {
    const ms = parseItemTime(text);
    return ms === undefined ? undefined : Math.floor(ms / DAY_MS);
  }
  const date = text.slice(0, 10);
  if (dayCache.has(date)) return dayCache.get(date);
  const ms = parseItemTime(text);
  const day = ms === undefined ? undefined : Math.floor(ms / DAY_MS);
  if (dayCache.size >= DAY_CACHE_MAX) dayCache.clear();
  // Only a valid whole time puts its date in the cache; later times on that date are not re-read.
  if (day !== undefined) dayCache.set(date, day);
  return day;
}

/**
 * The post an item belongs to, from its link: a YouTube watch link keeps only its video, other
 * links lose their fragment. Undefined when the item has no http(s) link.
 */
export function postKeyOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  // Most links need no parsing (a URL parse per comment costs more than linting it): an http(s)
  // link without a fragment, on a site other than YouTube, is its own key.
  if (/^https?:\/\/[^\s#]+$/i.test(url) && !/youtube\.com\/watch/i.test(url)) return url;
  if (!isHttpUrl(url)) return undefined;
  const parsed = new URL(url);
  parsed.hash = '';
  const host = parsed.hostname.replace(/^www\.|^m\./, '');
  if ((host === 'youtube.com' || host === 'music.youtube.com') && parsed.pathname === '/watch') {
    const video = parsed.searchParams.get('v');
    if (video !== null) return `https://www.youtube.com/watch?v=${encodeURIComponent(video)}`;
  }
  return parsed.href;
}

/** Only http and https links are ever made clickable. */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function locationOf(item: ExportItem): string {
  const { file, line, pointer } = item.source;
  if (line !== undefined) return `${file}:${line}`;
  return pointer === undefined ? file : `${file}#${pointer}`;
}

/** The item's text, or a window of it around the first finding, with ranges moved to match. */
function excerptOf(text: string, messages: readonly LintMessage[]): { text: string; clipped: boolean; offset: number } {
  if (text.length <= MAX_ROW_TEXT) return { text, clipped: false, offset: 0 };
  const first = messages.reduce((min, message) => Math.min(min, message.range[0]), text.length);
  let start = Math.max(0, Math.min(first - 150, text.length - MAX_ROW_TEXT));
  // Never split a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start--;
  let end = Math.min(text.length, start + MAX_ROW_TEXT);
  if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return { text: text.slice(start, end), clipped: true, offset: start };
}

/** A flagged result as a row of the report. */
export function toRow(result: ItemResult, seq: number, score = severityScore(result)): FlaggedRow {
  const { item, messages } = result;
  const { text, clipped, offset } = excerptOf(item.text, messages);
  const findings = messages.map((message): RowFinding => {
    const start = message.range[0] - offset;
    const end = message.range[1] - offset;
    return {
      ruleId: message.ruleId,
      category: message.category,
      severity: message.severity,
      ...(start >= 0 && end <= text.length && { range: [start, end] as [number, number] }),
      words: message.text,
      message: message.message,
      why: message.why,
      ...(message.suggestions[0] !== undefined && { kinder: message.suggestions[0] }),
    };
  });
  const post = postKeyOf(item.url);
  return {
    seq,
    score,
    text,
    clipped,
    ...(item.author !== undefined && { author: item.author }),
    ...(item.createdAt !== undefined && { createdAt: item.createdAt }),
    ...(item.url !== undefined && { url: item.url }),
    ...(post !== undefined && { post }),
    location: locationOf(item),
    severity: result.errorCount > 0 ? 'error' : 'warning',
    findings,
  };
}

/** True when row `a` is less bad than `b` (lower score, or the same score and later). */
function isLessBad(a: Pick<FlaggedRow, 'score' | 'seq'>, b: Pick<FlaggedRow, 'score' | 'seq'>): boolean {
  return a.score < b.score || (a.score === b.score && a.seq > b.seq);
}

function siftUp(heap: FlaggedRow[], index: number): void {
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (!isLessBad(heap[index]!, heap[parent]!)) return;
    [heap[index], heap[parent]] = [heap[parent]!, heap[index]!];
    index = parent;
  }
}

function siftDown(heap: FlaggedRow[], index: number): void {
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let least = index;
    if (left < heap.length && isLessBad(heap[left]!, heap[least]!)) least = left;
    if (right < heap.length && isLessBad(heap[right]!, heap[least]!)) least = right;
    if (least === index) return;
    [heap[index], heap[least]] = [heap[least]!, heap[index]!];
    index = least;
  }
}

/** Whether a row of this badness would enter the table. */
function tableWants(model: ReportModel, rank: Pick<FlaggedRow, 'score' | 'seq'>): boolean {
  if (model.tableCap <= 0) return false;
  return model.rows.length < model.tableCap || isLessBad(model.rows[0]!, rank);
}

function keepRow(model: ReportModel, row: FlaggedRow): void {
  const heap = model.rows;
  if (heap.length < model.tableCap) {
    heap.push(row);
    siftUp(heap, heap.length - 1);
  } else {
    heap[0] = row;
    siftDown(heap, 0);
  }
}

function countPost(model: ReportModel, result: ItemResult, flagged: boolean): void {
  const { item } = result;
  const key = postKeyOf(item.url);
  if (key === undefined) return;
  let post = model.posts.get(key);
  if (post === undefined) {
    post = { key, url: key, items: 0, flagged: 0, errors: 0 };
    model.posts.set(key, post);
  }
  // A caption is the post itself: its text is the post's title, not a comment on it.
  if (item.kind === 'caption') {
    post.title ??= item.text.replace(/\s+/g, ' ').trim().slice(0, 140);
    return;
  }
  post.items++;
  if (flagged) {
    post.flagged++;
    if (result.errorCount > 0) post.errors++;
  }
  if (model.posts.size > MAX_POSTS) {
    // Forget posts without flagged comments first (one pass), and sort only if that is not enough.
    for (const [key, stats] of model.posts) if (stats.flagged === 0 && stats.title === undefined) model.posts.delete(key);
    if (model.posts.size > MAX_POSTS / 2) model.posts = keepBusiest(model.posts, (stats) => stats.flagged * 1e6 + stats.items, MAX_POSTS / 2);
    model.postsPruned = true;
  }
}

function keepBusiest<V>(map: Map<string, V>, weight: (value: V) => number, keep: number): Map<string, V> {
  return new Map([...map].sort((a, b) => weight(b[1]) - weight(a[1])).slice(0, keep));
}

/** `row` builds the item's row; it is called only when the row becomes the account's worst. */
function countAccount(model: ReportModel, author: string, rank: Pick<FlaggedRow, 'score' | 'seq'>, row: () => FlaggedRow, hasError: boolean): void {
  let account = model.accounts.get(author);
  if (account === undefined) {
    account = { author, flagged: 0, errors: 0, worst: row() };
    model.accounts.set(author, account);
  } else if (isLessBad(account.worst, rank)) account.worst = row();
  account.flagged++;
  if (hasError) account.errors++;
  if (model.accounts.size > MAX_ACCOUNTS) {
    model.accounts = keepBusiest(model.accounts, (stats) => stats.flagged * 1e3 + stats.errors, MAX_ACCOUNTS / 2);
    model.accountsPruned = true;
  }
}

function countTerm(model: ReportModel, message: LintMessage): void {
  const term = message.text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (term === '' || term.length > MAX_FILTER_TERM) return;
  const stats = model.terms.get(term);
  if (stats === undefined) model.terms.set(term, { term, count: 1, category: message.category });
  else stats.count++;
  if (model.terms.size > MAX_TERMS) model.terms = keepBusiest(model.terms, (stats) => stats.count, MAX_TERMS / 2);
}

/** Adds one scanned item (clean or flagged) to the model. */
export function addToModel(model: ReportModel, result: ItemResult): void {
  model.items++;
  const flagged = result.messages.length > 0;
  const day = dayOfItemTime(result.item.createdAt);
  if (day === undefined || day < FIRST_PLAUSIBLE_DAY || day >= LAST_PLAUSIBLE_DAY) model.undated++;
  else {
    let counts = model.days.get(day);
    if (counts === undefined && model.days.size < MAX_DAYS) model.days.set(day, (counts = [0, 0]));
    if (counts === undefined) model.undated++;
    else {
      counts[0]++;
      if (flagged) counts[1]++;
    }
  }
  countPost(model, result, flagged);
  if (!flagged) return;

  model.flagged++;
  model.errors += result.errorCount;
  model.warnings += result.warningCount;
  const seen = new Set<Category>();
  for (const message of result.messages) {
    let stats = model.categories.get(message.category);
    if (stats === undefined) model.categories.set(message.category, (stats = { category: message.category, items: 0, errors: 0, warnings: 0 }));
    if (message.severity === 'error') stats.errors++;
    else stats.warnings++;
    if (!seen.has(message.category)) {
      seen.add(message.category);
      stats.items++;
    }
    countTerm(model, message);
  }
  // Most flagged items enter neither the table nor an account's worst: build rows only when needed.
  const rank = { score: severityScore(result), seq: model.seq++ };
  let row: FlaggedRow | undefined;
  const rowOf = () => (row ??= toRow(result, rank.seq, rank.score));
  if (tableWants(model, rank)) keepRow(model, rowOf());
  const author = result.item.author?.trim();
  if (author) countAccount(model, author, rank, rowOf, result.errorCount > 0);
}

/** The kept rows, worst first. */
export function worstRows(model: ReportModel): FlaggedRow[] {
  return [...model.rows].sort((a, b) => b.score - a.score || a.seq - b.seq);
}

/** Accounts with at least `min` flagged items, most flagged first (then most errors, then name). */
export function repeatAccounts(model: ReportModel, min = 2): AccountStats[] {
  return [...model.accounts.values()]
    .filter((account) => account.flagged >= min)
    .sort((a, b) => b.flagged - a.flagged || b.errors - a.errors || a.author.localeCompare(b.author));
}

/** Posts with flagged items, most flagged first. */
export function flaggedPosts(model: ReportModel): PostStats[] {
  return [...model.posts.values()].filter((post) => post.flagged > 0).sort((a, b) => b.flagged - a.flagged || b.items - a.items || a.url.localeCompare(b.url));
}

/**
 * Words and phrases to paste into a platform's keyword filter: those found at least `min` times,
 * most frequent first. Profanity comes last: a creator filters attacks before swearing.
 */
export function filterTerms(model: ReportModel, { min = 2, limit = 200 }: { min?: number; limit?: number } = {}): TermStats[] {
  return [...model.terms.values()]
    .filter((stats) => stats.count >= min)
    .sort((a, b) => Number(a.category === 'profanity') - Number(b.category === 'profanity') || b.count - a.count || a.term.localeCompare(b.term))
    .slice(0, limit);
}

export type BucketSize = 'day' | 'week' | 'month';

export interface TimeBucket {
  /** First day of the bucket, YYYY-MM-DD (UTC). */
  start: string;
  items: number;
  flagged: number;
  /** Far more flagged items than the other buckets (see {@link timeBuckets}). */
  spike: boolean;
}

/** Days when the span fits in about four months, weeks up to three years, months beyond. */
export function chooseBucketSize(firstDay: number, lastDay: number): BucketSize {
  const span = lastDay - firstDay;
  if (span <= 120) return 'day';
  if (span <= 3 * 366) return 'week';
  return 'month';
}

function bucketStart(day: number, size: BucketSize): number {
  if (size === 'day') return day;
  if (size === 'week') {
    // 1970-01-01 was a Thursday; weeks start on Monday (ISO 8601).
    const weekday = (day + 3) % 7;
    return day - weekday;
  }
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

function nextBucket(start: number, size: BucketSize): number {
  if (size === 'day') return start + 1;
  if (size === 'week') return start + 7;
  const date = new Date(start * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Flagged and total items per day, week or month from the first dated item to the last, empty
 * buckets included. A bucket is a spike when it holds at least 3 flagged items and more than the
 * mean plus two standard deviations of the flagged counts.
 */
export function timeBuckets(model: ReportModel): { size: BucketSize; buckets: TimeBucket[]; first?: string; last?: string } {
  if (model.days.size === 0) return { size: 'day', buckets: [] };
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const day of model.days.keys()) {
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
  }
  const size = chooseBucketSize(firstDay, lastDay);
  const counts = new Map<number, [number, number]>();
  for (const [day, [items, flagged]] of model.days) {
    const start = bucketStart(day, size);
    const sum = counts.get(start) ?? [0, 0];
    sum[0] += items;
    sum[1] += flagged;
    counts.set(start, sum);
  }
  const buckets: TimeBucket[] = [];
  for (let start = bucketStart(firstDay, size); start <= lastDay; start = nextBucket(start, size)) {
    const [items, flagged] = counts.get(start) ?? [0, 0];
    buckets.push({ start: isoDay(start), items, flagged, spike: false });
  }
  const mean = buckets.reduce((sum, bucket) => sum + bucket.flagged, 0) / buckets.length;
  const deviation = Math.sqrt(buckets.reduce((sum, bucket) => sum + (bucket.flagged - mean) ** 2, 0) / buckets.length);
  for (const bucket of buckets) bucket.spike = buckets.length > 2 && bucket.flagged >= 3 && bucket.flagged > mean + 2 * deviation;
  return { size, buckets, first: isoDay(firstDay), last: isoDay(lastDay) };
}
