/**
 * The HTML report: one self-contained page built from the {@link ReportModel}. Everything a
 * reader needs is in the HTML itself (tables, lists, text), so the page reads without scripts,
 * with a screen reader and on paper; the inline script adds the charts (Chartist, SVG), the table
 * filter and the copy and download buttons. A Content-Security-Policy allows no network request
 * at all and runs only the page's own two scripts (by hash), so even text that slipped past
 * escaping could not load or run anything.
 */
import { createHash } from 'node:crypto';
import { CATEGORIES } from '../../core/categories.js';
import type { Category } from '../../core/types.js';
import type { FileOutcome } from '../../scan/types.js';
import { formatCount, plural } from '../plural.js';
import { readChartAssets } from './assets.js';
import { CLIENT_SCRIPT, CLIENT_STYLE } from './client.js';
import { escapeHtml, jsonForScript } from './escape.js';
import {
  filterTerms,
  flaggedPosts,
  isHttpUrl,
  repeatAccounts,
  timeBuckets,
  worstRows,
  type FlaggedRow,
  type PostStats,
  type ReportModel,
} from './model.js';

/** Repeat accounts listed in the page; the download holds the worst {@link ACCOUNTS_TO_BLOCK}. */
export const ACCOUNTS_LISTED = 200;
/**
 * TikTok's bulk tools select up to 100 comments or accounts at once (its May 2021 update, as
 * reported at gearxnews.com/2021/05/21/tiktok-allows-you-to-block-accounts-and-delete-comments-in-bulk).
 */
export const ACCOUNTS_TO_BLOCK = 100;
/** Worst comments shown in full, with why and a kinder version. */
export const WORST_SHOWN = 20;
/** Posts in the chart; the table below it lists up to {@link POSTS_LISTED}. */
const POSTS_CHARTED = 10;
const POSTS_LISTED = 50;
/** Words and phrases offered for a keyword filter. */
export const FILTER_TERMS = 200;

export interface HtmlReportContext {
  version: string;
  files: readonly FileOutcome[];
  /** Inputs that could not be found or opened. */
  errors: readonly { message: string }[];
  elapsedMs: number;
  baselined?: number;
  /** `file` for `kindness check` (each file one item), `item` for scans. */
  unit: 'item' | 'file';
  /** Account names were replaced by hashes (`--redact-authors`). */
  redactedAuthors: boolean;
}

const count = formatCount;
const share = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
const CATEGORY_LABELS: Record<Category, string> = {
  threat: 'Threats',
  'self-harm': 'Self-harm',
  'identity-attack': 'Identity attacks',
  insult: 'Insults',
  harassment: 'Harassment',
  'micro-aggression': 'Micro-aggressions',
  profanity: 'Profanity',
  custom: 'Your own terms',
};

/** A link when `url` is http(s), plain text otherwise (a `javascript:` link stays inert text). */
function linkOrText(url: string, label = url): string {
  return isHttpUrl(url) ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow" target="_blank">${escapeHtml(label)}</a>` : `<span class="url">${escapeHtml(label)}</span>`;
}

/** The row's text with each finding's words in a `<mark>`, every piece escaped. */
function highlight(row: FlaggedRow): string {
  const ranges = row.findings
    .flatMap((finding) => (finding.range === undefined ? [] : [{ range: finding.range, severity: finding.severity, label: finding.message }]))
    .sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  let out = row.clipped ? '… ' : '';
  let at = 0;
  for (const { range, severity, label } of ranges) {
    const [start, end] = range;
    if (start < at) continue;
    out += escapeHtml(row.text.slice(at, start));
    out += `<mark class="${severity}" title="${escapeHtml(label)}">${escapeHtml(row.text.slice(start, end))}</mark>`;
    at = end;
  }
  out += escapeHtml(row.text.slice(at));
  return row.clipped ? `${out} …` : out;
}

function categoriesOf(row: FlaggedRow): Category[] {
  return [...new Set(row.findings.map((finding) => finding.category))];
}

/** A post's title when its caption was read, else its link: host and the end of the path, where ids differ. */
function postLabel(post: PostStats | undefined, key: string): string {
  if (post?.title) return post.title;
  const bare = key.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  const slash = bare.indexOf('/');
  if (bare.length <= 40 || slash === -1) return bare;
  const last = bare.slice(bare.lastIndexOf('/') + 1);
  return `${bare.slice(0, slash)}/…/${last.length > 28 ? `…${last.slice(-27)}` : last}`;
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function figure(id: string, caption: string, tableHtml: string): string {
  return `<figure class="chart-figure">
<figcaption id="${id}-caption">${escapeHtml(caption)}</figcaption>
<div class="chart" id="${id}" role="img" aria-labelledby="${id}-caption" aria-describedby="${id}-table-note"></div>
<details class="chart-table"><summary id="${id}-table-note">The same numbers as a table</summary>${tableHtml}</details>
</figure>`;
}

function renderOverview(model: ReportModel, context: HtmlReportContext, range: { first?: string; last?: string }): string {
  const unit = context.unit === 'file' ? 'input' : 'item';
  const read = context.files.filter((file) => file.status === 'read');
  const skipped = context.files.filter((file) => file.status === 'skipped');
  const failed = context.files.filter((file) => file.status === 'failed');
  const stats = [
    [`${unit === 'input' ? 'Inputs checked' : 'Items scanned'}`, count(model.items)],
    ['Flagged', `${count(model.flagged)} (${share(model.flagged, model.items)})`],
    ['Errors', count(model.errors)],
    ['Warnings', count(model.warnings)],
  ];
  if (unit === 'item') stats.push(['Files read', count(read.length)], ['Files skipped', count(skipped.length)], ['Files failed', count(failed.length + context.errors.length)]);
  stats.push(['Time range', range.first === undefined ? 'no dates in the input' : range.first === range.last ? range.first : `${range.first} to ${range.last}`]);
  if (context.baselined) stats.push(['Already in the baseline (not shown)', count(context.baselined)]);
  const dl = `<dl class="stats">${stats.map(([term, value]) => `<div><dt>${escapeHtml(term!)}</dt><dd>${escapeHtml(value!)}</dd></div>`).join('')}</dl>`;

  const categories = CATEGORIES.flatMap((category) => {
    const found = model.categories.get(category);
    return found === undefined ? [] : [found];
  });
  const categoryRows = categories
    .map((stats) => `<tr><th scope="row">${escapeHtml(CATEGORY_LABELS[stats.category])}</th><td>${count(stats.items)}</td><td>${count(stats.errors)}</td><td>${count(stats.warnings)}</td></tr>`)
    .join('');
  const categoryTable = `<table><thead><tr><th scope="col">Category</th><th scope="col">Flagged ${unit}s</th><th scope="col">Errors</th><th scope="col">Warnings</th></tr></thead><tbody>${categoryRows}</tbody></table>`;
  const chart = categories.length === 0 ? '<p>Nothing hurtful found. Kind words travel far.</p>' : figure('chart-categories', `Flagged ${unit}s per category`, categoryTable);

  const fileItems = context.files.map((file) => {
    if (file.status === 'read') return `<li><span class="status read">read</span> ${escapeHtml(file.file)} (${escapeHtml(file.format)}, ${escapeHtml(plural(file.items, 'item'))})${file.problems.map((problem) => `<br><span class="problem">${escapeHtml(problem)}</span>`).join('')}</li>`;
    if (file.status === 'skipped') return `<li><span class="status skipped">skipped</span> ${escapeHtml(file.file)}: ${escapeHtml(file.reason)}</li>`;
    return `<li><span class="status failed">failed</span> ${escapeHtml(file.file)}: ${escapeHtml(file.reason)} (${escapeHtml(plural(file.items, 'item'))} read before)</li>`;
  });
  for (const error of context.errors) fileItems.push(`<li><span class="status failed">missing</span> ${escapeHtml(error.message)}</li>`);
  const files = fileItems.length === 0 ? '' : `<details><summary>Files (${count(fileItems.length)})</summary><ul class="files">${fileItems.join('')}</ul></details>`;
  return section('overview', 'Overview', `${dl}\n${chart}\n${files}`);
}

function renderTime(model: ReportModel, time: ReturnType<typeof timeBuckets>, unit: string): string {
  if (time.buckets.length === 0) {
    return section('time', 'Over time', `<p>The input has no dates${model.undated > 0 ? ` (${count(model.undated)} ${unit}s without a date)` : ''}, so there is no timeline.</p>`);
  }
  const spikes = time.buckets.filter((bucket) => bucket.spike);
  const rows = time.buckets
    .map((bucket) => `<tr${bucket.spike ? ' class="spike"' : ''}><th scope="row">${bucket.start}${bucket.spike ? ' <strong>(spike)</strong>' : ''}</th><td>${count(bucket.items)}</td><td>${count(bucket.flagged)}</td></tr>`)
    .join('');
  const table = `<table><thead><tr><th scope="col">${time.size[0]!.toUpperCase()}${time.size.slice(1)} starting</th><th scope="col">All ${unit}s</th><th scope="col">Flagged</th></tr></thead><tbody>${rows}</tbody></table>`;
  const spikeText =
    spikes.length === 0
      ? '<p>No spikes: flagged comments came at an even pace.</p>'
      : `<p>Spikes (far more flagged ${unit}s than usual): ${spikes.map((bucket) => `<strong>${bucket.start}</strong> (${count(bucket.flagged)} flagged of ${count(bucket.items)})`).join(', ')}.</p>`;
  const undated = model.undated > 0 ? `<p>${count(model.undated)} ${unit}s had no date and are not in the chart.</p>` : '';
  return section('time', 'Over time', `<p>Flagged and all ${unit}s per ${time.size}, ${time.first} to ${time.last}.</p>${spikeText}${undated}\n${figure('chart-time', `Flagged and all ${unit}s per ${time.size}`, table)}`);
}

function renderPosts(model: ReportModel): string {
  const posts = flaggedPosts(model).slice(0, POSTS_LISTED);
  if (posts.length === 0) return section('posts', 'By post or video', '<p>The input has no links to posts or videos, so comments cannot be grouped by post.</p>');
  const rows = posts
    .map((post) => `<tr><th scope="row">${linkOrText(post.url, postLabel(post, post.url))}</th><td>${count(post.flagged)}</td><td>${count(post.items)}</td><td>${share(post.flagged, post.items)}</td></tr>`)
    .join('');
  const table = `<table><thead><tr><th scope="col">Post or video</th><th scope="col">Flagged</th><th scope="col">Comments</th><th scope="col">Share</th></tr></thead><tbody>${rows}</tbody></table>`;
  const pruned = model.postsPruned ? '<p class="note">This input links to very many posts; the least flagged were left out to keep the report small, so counts are lower bounds.</p>' : '';
  return section('posts', 'By post or video', `${pruned}${figure('chart-posts', `The ${Math.min(POSTS_CHARTED, posts.length)} posts with the most flagged comments`, table)}`);
}

function renderAccounts(model: ReportModel, redacted: boolean): { html: string; list: string } {
  const accounts = repeatAccounts(model);
  if (accounts.length === 0) {
    const why = model.accounts.size === 0 ? 'The input names no accounts, so flagged comments cannot be grouped by who wrote them.' : 'No account wrote more than one flagged comment.';
    return { html: section('accounts', 'Repeat accounts', `<p>${why}</p>`), list: '' };
  }
  const list = accounts.slice(0, ACCOUNTS_TO_BLOCK).map((account) => account.author).join('\n');
  const rows = accounts
    .slice(0, ACCOUNTS_LISTED)
    .map((account) => `<tr><th scope="row">${escapeHtml(account.author)}</th><td>${count(account.flagged)}</td><td>${count(account.errors)}</td><td>${highlight(account.worst)}</td></tr>`)
    .join('');
  const more = accounts.length > ACCOUNTS_LISTED ? `<p>${count(accounts.length - ACCOUNTS_LISTED)} more accounts with 2 or more flagged comments are in the JSONL output.</p>` : '';
  const pruned = model.accountsPruned ? '<p class="note">So many accounts wrote flagged comments that those with the fewest were forgotten during the scan to keep memory bounded; counts are lower bounds.</p>' : '';
  const html = section(
    'accounts',
    'Repeat accounts',
    `<p>${escapeHtml(plural(accounts.length, 'account'))} wrote 2 or more flagged comments. TikTok lets a creator select up to 100 comments or accounts at once to block them (its May 2021 update, as the press reported it), so the list below holds the worst ${Math.min(ACCOUNTS_TO_BLOCK, accounts.length)}, one per line.${redacted ? ' Account names are replaced by stable hashes (--redact-authors): the same account always gets the same hash.' : ''}</p>
${pruned}
<div class="export"><label for="account-list">Worst ${Math.min(ACCOUNTS_TO_BLOCK, accounts.length)} accounts</label>
<textarea id="account-list" readonly rows="6">${escapeHtml(list)}</textarea>
<div class="buttons"><button type="button" data-download="account-list" data-filename="kindness-accounts.txt">Download as text</button> <button type="button" data-copy="account-list">Copy</button> <span class="status-message" role="status" aria-live="polite"></span></div></div>
<table class="accounts"><thead><tr><th scope="col">Account</th><th scope="col">Flagged</th><th scope="col">Errors</th><th scope="col">Worst comment</th></tr></thead><tbody>${rows}</tbody></table>${more}`,
  );
  return { html, list };
}

/**
 * Where each platform's keyword filter is. No limit (how many words, how long) is stated: none
 * could be confirmed from the platforms' own help pages, and a wrong number would mislead.
 */
const PLATFORM_NOTES = `<ul class="platforms">
<li><strong>TikTok</strong>: Settings and privacy, Privacy, Comments, Filter keywords. TikTok's own description (newsroom.tiktok.com, "How to filter comments on TikTok") has you enter each keyword in turn.</li>
<li><strong>Instagram</strong>: Settings, Hidden Words, custom words and phrases: words, phrases and emojis are accepted.</li>
<li><strong>YouTube</strong>: YouTube Studio, Settings, Community, Automated filters, Blocked words: comments with these words are held for review. The field takes words separated by commas: use the second copy button.</li>
</ul>
<p class="note">kindness could not confirm from the platforms' help pages how many words each filter takes or how long each may be, so this report states no limit. The list is ordered by how often each word came up (swearing last): if a platform refuses it, paste the top of the list.</p>`;

function renderFilters(model: ReportModel): { html: string; lines: string } {
  const terms = filterTerms(model, { limit: FILTER_TERMS });
  if (terms.length === 0) return { html: section('filters', 'Words to filter', '<p>No flagged word or phrase came up more than once.</p>'), lines: '' };
  const lines = terms.map((stats) => stats.term).join('\n');
  const comma = terms.map((stats) => stats.term.replace(/,/g, ' ')).join(', ');
  const rows = terms.map((stats) => `<tr><th scope="row">${escapeHtml(stats.term)}</th><td>${count(stats.count)}</td><td>${escapeHtml(CATEGORY_LABELS[stats.category])}</td></tr>`).join('');
  const html = section(
    'filters',
    'Words to filter',
    `<p>${count(terms.length)} flagged words and phrases came up more than once. Paste them into a platform's keyword filter, one per line.</p>
<div class="export"><label for="filter-list">Words and phrases, one per line</label>
<textarea id="filter-list" readonly rows="8">${escapeHtml(lines)}</textarea>
<textarea id="filter-list-comma" readonly hidden>${escapeHtml(comma)}</textarea>
<div class="buttons"><button type="button" data-copy="filter-list">Copy, one per line</button> <button type="button" data-copy="filter-list-comma">Copy, separated by commas (YouTube)</button> <button type="button" data-download="filter-list" data-filename="kindness-filter-words.txt">Download as text</button> <span class="status-message" role="status" aria-live="polite"></span></div></div>
${PLATFORM_NOTES}
<details><summary>How often each came up</summary><table><thead><tr><th scope="col">Word or phrase</th><th scope="col">Times</th><th scope="col">Category</th></tr></thead><tbody>${rows}</tbody></table></details>`,
  );
  return { html, lines };
}

function describeWhere(row: FlaggedRow, posts: Map<string, PostStats>): string {
  const parts: string[] = [];
  if (row.author !== undefined) parts.push(`<span class="author">${escapeHtml(row.author)}</span>`);
  if (row.createdAt !== undefined) parts.push(`<time>${escapeHtml(row.createdAt)}</time>`);
  if (row.url !== undefined) parts.push(linkOrText(row.url, row.post === undefined ? row.url : postLabel(posts.get(row.post), row.post)));
  parts.push(`<span class="location">${escapeHtml(row.location)}</span>`);
  return parts.join(' · ');
}

function renderWorst(rows: readonly FlaggedRow[], model: ReportModel): string {
  if (rows.length === 0) return section('worst', 'The worst comments', '<p>Nothing was flagged.</p>');
  const items = rows.slice(0, WORST_SHOWN).map((row) => {
    const findings = row.findings
      .map(
        (finding) =>
          `<li><span class="badge ${finding.severity}">${finding.severity}</span> <strong>${escapeHtml(finding.message)}</strong> ${escapeHtml(finding.why)}${finding.kinder === undefined ? '' : `<br><span class="kinder">Kinder: ${escapeHtml(finding.kinder)}</span>`}</li>`,
      )
      .join('');
    return `<li class="worst-item"><p class="where">${describeWhere(row, model.posts)}</p><blockquote>${highlight(row)}</blockquote><ul class="findings">${findings}</ul></li>`;
  });
  return section('worst', 'The worst comments', `<ol class="worst">${items.join('\n')}</ol>`);
}

function renderTable(rows: readonly FlaggedRow[], model: ReportModel, unit: string): string {
  if (rows.length === 0) return section('flagged', `Every flagged ${unit}`, '<p>Nothing was flagged.</p>');
  // `kindness check`: files have no account, post or time.
  const forFiles = unit === 'input';
  const posts = new Map<string, string>();
  const authors = new Set<string>();
  // Columns the export has nothing for (no account names, no links) are left out.
  const withAuthors = !forFiles && rows.some((row) => row.author !== undefined);
  const withPosts = !forFiles && rows.some((row) => row.url !== undefined);
  const body = rows
    .map((row) => {
      const categories = categoriesOf(row);
      if (row.post !== undefined) posts.set(row.post, postLabel(model.posts.get(row.post), row.post));
      if (row.author !== undefined) authors.add(row.author);
      const words = [...new Set(row.findings.map((finding) => finding.words))].join(', ');
      return `<tr data-sev="${row.severity}" data-cat="${categories.join(' ')}" data-post="${escapeHtml(row.post ?? '')}" data-author="${escapeHtml(row.author ?? '')}"><td><span class="badge ${row.severity}">${row.severity}</span></td><td>${categories.map((category) => escapeHtml(CATEGORY_LABELS[category])).join(', ')}</td><td class="text">${highlight(row)}<br><span class="words">${escapeHtml(words)}</span></td>${withAuthors ? `<td>${escapeHtml(row.author ?? '')}</td>` : ''}${withPosts ? `<td>${row.url === undefined ? '' : linkOrText(row.url, row.post === undefined ? row.url : (posts.get(row.post) ?? row.post))}</td>` : ''}${forFiles ? '' : `<td>${escapeHtml(row.createdAt ?? '')}</td>`}<td class="location">${escapeHtml(row.location)}</td></tr>`;
    })
    .join('\n');
  const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const categories = CATEGORIES.filter((category) => model.categories.has(category));
  const controls = `<form class="filters" role="search" aria-label="Filter the flagged ${unit}s">
<label>Search <input type="search" id="filter-text" autocomplete="off"></label>
<label>Category <select id="filter-category">${option('', 'all')}${categories.map((category) => option(category, CATEGORY_LABELS[category])).join('')}</select></label>
<label>Severity <select id="filter-severity">${option('', 'all')}${option('error', 'errors')}${option('warning', 'warnings')}</select></label>
${posts.size === 0 ? '' : `<label>Post <select id="filter-post">${option('', 'all')}${[...posts].sort((a, b) => a[1].localeCompare(b[1])).map(([key, label]) => option(key, label)).join('')}</select></label>`}
${authors.size === 0 ? '' : `<label>Account <select id="filter-author">${option('', 'all')}${[...authors].sort((a, b) => a.localeCompare(b)).map((author) => option(author, author)).join('')}</select></label>`}
</form>
<p id="filter-count" role="status" aria-live="polite">Showing ${count(rows.length)} of ${count(rows.length)}.</p>`;
  const more = model.flagged - rows.length;
  const cap =
    more > 0
      ? `<p class="note">The table holds the ${count(rows.length)} worst of ${count(model.flagged)} flagged ${unit}s (it is capped at ${count(model.tableCap)}); the ${count(more)} more are in the JSONL output: <code>kindness scan … --format jsonl -o flagged.jsonl</code>.</p>`
      : '';
  return section(
    'flagged',
    `Every flagged ${unit}`,
    `${cap}${controls}
<div class="table-wrap"><table id="flagged-table"><caption class="visually-hidden">Flagged ${unit}s, worst first</caption><thead><tr><th scope="col">Severity</th><th scope="col">Category</th><th scope="col">${unit === 'input' ? 'Text' : 'Comment'} and flagged words</th>${withAuthors ? '<th scope="col">Account</th>' : ''}${withPosts ? '<th scope="col">Post</th>' : ''}${forFiles ? '' : '<th scope="col">When</th>'}<th scope="col">Where</th></tr></thead><tbody>
${body}
</tbody></table></div>`,
  );
}

/** The numbers the charts draw; the same numbers are in the tables beside them. */
function chartData(model: ReportModel, time: ReturnType<typeof timeBuckets>) {
  const categories = CATEGORIES.filter((category) => model.categories.has(category));
  const posts = flaggedPosts(model).slice(0, POSTS_CHARTED);
  return {
    time: {
      size: time.size,
      labels: time.buckets.map((bucket) => bucket.start),
      items: time.buckets.map((bucket) => bucket.items),
      flagged: time.buckets.map((bucket) => bucket.flagged),
      spikes: time.buckets.map((bucket) => bucket.spike),
    },
    categories: { labels: categories.map((category) => CATEGORY_LABELS[category]), values: categories.map((category) => model.categories.get(category)?.items ?? 0) },
    posts: { labels: posts.map((post) => postLabel(post, post.url)), values: posts.map((post) => post.flagged) },
  };
}

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/** The whole page. */
export function renderHtmlReport(model: ReportModel, context: HtmlReportContext): string {
  const assets = readChartAssets();
  const unit = context.unit === 'file' ? 'input' : 'comment';
  const time = timeBuckets(model);
  const rows = worstRows(model);
  const accounts = renderAccounts(model, context.redactedAuthors);
  const filters = renderFilters(model);
  const data = jsonForScript(chartData(model, time));
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src ${hashOf(assets.script)} ${hashOf(CLIENT_SCRIPT)}`,
    'img-src data:',
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const sections = [
    renderOverview(model, context, time),
    renderTime(model, time, unit),
    context.unit === 'file' ? '' : renderPosts(model),
    context.unit === 'file' ? '' : accounts.html,
    filters.html,
    renderWorst(rows, model),
    renderTable(rows, model, unit),
  ].filter(Boolean);
  const nav = [
    ['overview', 'Overview'],
    ['time', 'Over time'],
    ...(context.unit === 'file' ? [] : [['posts', 'By post'], ['accounts', 'Repeat accounts']]),
    ['filters', 'Words to filter'],
    ['worst', 'Worst'],
    ['flagged', 'Every flagged ' + unit],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="kindness ${escapeHtml(context.version)}">
<title>kindness report: ${escapeHtml(plural(model.flagged, `flagged ${unit}`))} of ${count(model.items)}</title>
<style>${assets.style}</style>
<style>${CLIENT_STYLE}</style>
</head>
<body>
<a class="skip-link" href="#flagged">Skip to the table of flagged ${unit}s</a>
<header>
<h1>What kindness found</h1>
<p class="privacy" role="note"><strong>Private:</strong> this report holds the text of ${unit}s${context.unit === 'file' ? '' : context.redactedAuthors ? ' (account names replaced by hashes)' : ' and the names of the accounts that wrote them'}. Keep it to yourself and the people who help you moderate. It makes no network request: it was written by kindness ${escapeHtml(context.version)} and opens offline.</p>
<nav aria-label="Sections"><ul>${nav.map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label!)}</a></li>`).join('')}</ul></nav>
</header>
<main>
${sections.join('\n')}
</main>
<footer><p>Charts drawn with Chartist (MIT licence), inlined. Read in ${(context.elapsedMs / 1000).toFixed(1)} s.</p></footer>
<script type="application/json" id="kindness-data">${data}</script>
<script>${assets.script}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
