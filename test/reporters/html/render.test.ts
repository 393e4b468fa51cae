import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../../src/core/types.js';
import type { ExportItem } from '../../../src/input/items.js';
import { addToModel, createReportModel } from '../../../src/reporters/html/model.js';
import { renderHtmlReport, type HtmlReportContext } from '../../../src/reporters/html/render.js';
import { redactAuthor } from '../../../src/scan/redact.js';
import type { ItemResult } from '../../../src/scan/types.js';
import { runCli } from '../../support/run-cli.js';

const CONTEXT: HtmlReportContext = { version: '0.0.0-test', files: [], errors: [], elapsedMs: 1200, unit: 'item', redactedAuthors: false };
const SCRIPT_PAYLOAD = '<script>alert(1)</script>';
const IMG_PAYLOAD = '<img src=x onerror=alert(2)>';

function flagged(text: string, item: Partial<ExportItem>): ItemResult {
  const start = text.indexOf('fool');
  const message: LintMessage = {
    ruleId: 'insults', category: 'insult', severity: 'error', messageId: 'x', message: 'Calling someone a "fool" <b>hurts</b>.', why: 'It is aimed at a person.',
    suggestions: ['Talk about the idea.'], line: 1, column: start + 1, endLine: 1, endColumn: start + 5, range: [start, start + 4], text: 'fool', confidence: 0.9, docs: '',
  };
  return { item: { text, source: { file: 'x.jsonl', line: 1 }, ...item }, messages: [message], errorCount: 1, warningCount: 0 };
}

/** The page without its three own script elements (data, Chartist, the page script). */
function withoutOwnScripts(html: string): string {
  return html
    .replace(/<script type="application\/json" id="kindness-data">[^<]*<\/script>/, '')
    .replace(/<script>[\s\S]*?<\/script>\n<script>[\s\S]*?<\/script>\n<\/body>/, '</body>');
}

function render(results: ItemResult[], context: Partial<HtmlReportContext> = {}): string {
  const model = createReportModel();
  for (const result of results) addToModel(model, result);
  return renderHtmlReport(model, { ...CONTEXT, ...context });
}

describe('the HTML report', () => {
  it('renders script and image payloads in every field as text', () => {
    const post = 'https://www.tiktokv.com/share/video/1/';
    const html = render([
      flagged(`${SCRIPT_PAYLOAD} ${IMG_PAYLOAD} you fool`, { author: `${IMG_PAYLOAD}"'`, url: post, createdAt: '2025-01-01 10:00:00' }),
      flagged(`you fool ${IMG_PAYLOAD}`, { author: `${IMG_PAYLOAD}"'`, url: `https://example.com/?q="><script>alert(3)</script>`, createdAt: '2025-01-02 10:00:00' }),
      { item: { text: `${SCRIPT_PAYLOAD} my video ${IMG_PAYLOAD}`, kind: 'caption', url: post, source: { file: 'x.json', pointer: '/Post/0' } }, messages: [], errorCount: 0, warningCount: 0 },
    ]);
    const own = withoutOwnScripts(html);
    expect(own).not.toMatch(/<script/i);
    expect(own).not.toMatch(/<img/i);
    expect(own).not.toMatch(/<b>/);
    expect(own).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(own).toContain('&lt;img src=x onerror=alert(2)&gt;&quot;&#39;');
    // The post's title (from its caption) and the link with quotes in it.
    expect(own).toContain('&lt;script&gt;alert(1)&lt;/script&gt; my video &lt;img src=x onerror=alert(2)&gt;');
    expect(own).toContain('href="https://example.com/?q=&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"');
    // The chart data cannot close its script element.
    const data = /<script type="application\/json" id="kindness-data">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(data).posts.labels).toContain(`${SCRIPT_PAYLOAD} my video ${IMG_PAYLOAD}`);
    expect(html.match(/<script/g)).toHaveLength(3);
  });

  it('makes only http(s) links clickable', () => {
    const html = render([
      flagged('you fool', { url: 'javascript:alert(document.domain)' }),
      flagged('fool again', { url: 'data:text/html,<script>alert(1)</script>' }),
      flagged('a fool', { url: 'https://www.youtube.com/watch?v=abc&lc=1' }),
    ]);
    expect(html).not.toMatch(/href="(?:javascript|data):/);
    expect(html).toContain('<span class="url">javascript:alert(document.domain)</span>');
    expect(html).toContain('href="https://www.youtube.com/watch?v=abc&amp;lc=1"');
  });

  it('allows no network request and runs only its own scripts', () => {
    const html = render([flagged('you fool', {})]);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/script-src 'sha256-[^']+' 'sha256-[^']+'(;|$)/);
    expect(/script-src [^;]*/.exec(policy)?.[0]).not.toContain('unsafe');
    // No external resource of any kind: nothing loads from a src, no style sheet link.
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<link\b/);
  });

  it('says the report holds comment text and names, or hashes with --redact-authors', () => {
    expect(render([flagged('you fool', { author: '@pat' })])).toContain('names of the accounts that wrote them');
    expect(render([flagged('you fool', { author: 'user-1234abcd' })], { redactedAuthors: true })).toContain('account names replaced by hashes');
  });

  it('caps the table and points to the JSONL output for the rest', () => {
    const model = createReportModel({ tableCap: 2 });
    for (let index = 0; index < 5; index++) addToModel(model, flagged(`fool number ${index}`, {}));
    const html = renderHtmlReport(model, CONTEXT);
    expect(html.match(/<tr data-sev=/g)).toHaveLength(2);
    expect(html).toContain('the 3 more are in the JSONL output');
  });
});

describe('kindness scan and check --format html', () => {
  it('scan writes one self-contained page to --output', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kindness-html-'));
    const file = path.join(folder, 'report.html');
    const { code, stdout } = await runCli(['scan', 'fixtures/exports/tiktok', '--format', 'html', '-o', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Items scanned</dt><dd>7</dd>');
    expect(html).toContain('kys');
    expect(html).toContain('Chartist');
  });

  it('scan --redact-authors hides account names in every format', async () => {
    const { stdout } = await runCli(['scan', 'fixtures/exports/downloader.jsonl', '--format', 'jsonl', '--redact-authors']);
    expect(stdout).not.toContain('@grumpy');
    expect(stdout).toContain(redactAuthor('@grumpy'));
    const html = await runCli(['scan', 'fixtures/exports/downloader.jsonl', '--format', 'html', '--redact-authors']);
    expect(html.stdout).not.toContain('@grumpy');
    expect(html.stdout).toContain(redactAuthor('@grumpy'));
  });

  it('check writes the page for files to standard output', async () => {
    const { code, stdout } = await runCli(['check', 'fixtures/drafts', '--format', 'html']);
    expect(code).toBe(1);
    expect(stdout).toContain('Inputs checked</dt>');
    expect(stdout).toContain('Every flagged input');
    expect(stdout).not.toContain('id="accounts"');
    expect(stdout).not.toContain('<th scope="col">Account</th>');
  });
});
