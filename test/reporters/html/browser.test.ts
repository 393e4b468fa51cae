/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium` package) driven by
 * puppeteer-core, opened from file:// with every request that leaves file:// blocked. Outside CI
 * the test skips when no browser starts; with CI=true it fails instead.
 *
 * KINDNESS_BROWSER_LARGE=100000 adds a generated export of that many comments (needs
 * `npm run build`); each case prints its report size, times and screenshot path.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../support/run-cli.js';

/** Just enough of the DOM for the functions that run in the page (the tests compile without the DOM lib). */
interface PageElement {
  id: string;
  hidden: boolean;
  value: string;
  textContent: string | null;
  dataset: Record<string, string | undefined>;
  style: Record<string, string>;
  querySelectorAll(selector: string): { length: number };
  dispatchEvent(event: unknown): boolean;
}
declare const navigator: object;
declare const window: { copied?: string[] };
declare const Event: new (type: string) => unknown;
declare const document: { body: unknown };
declare function getComputedStyle(element: unknown): { backgroundColor: string };

const CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((file): file is string => !!file);
const LARGE = Number(process.env.KINDNESS_BROWSER_LARGE ?? 0);

const folder = mkdtempSync(path.join(tmpdir(), 'kindness-browser-'));
let browser: Browser | undefined;
let launchError: unknown;

async function launch(): Promise<Browser> {
  const executablePath = CANDIDATES.find((file) => existsSync(file));
  if (executablePath === undefined) throw new Error(`no Chromium found (looked for ${CANDIDATES.join(', ')}); install Debian's chromium package`);
  return puppeteer.launch({
    executablePath,
    headless: true,
    // This machine (and CI) may have no network: without these, Chromium keeps trying to reach
    // Google's services and floods the log with refused connections.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${mkdtempSync(path.join(tmpdir(), 'kindness-chromium-'))}`,
    ],
  });
}

beforeAll(async () => {
  try {
    browser = await launch();
  } catch (error) {
    launchError = error;
    if (CI) throw new Error(`CI=true and no browser could be started: ${(error as Error).message}`);
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  consoleErrors: string[];
  outside: string[];
  readyMs: number;
}

/** Opens `file` with the network blocked; resolves when the page says it is ready. */
async function open(file: string): Promise<Opened> {
  const page = await browser!.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const consoleErrors: string[] = [];
  const outside: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('file://') || url.startsWith('blob:') || url.startsWith('data:')) void request.continue();
    else {
      outside.push(url);
      void request.abort();
    }
  });
  // The copy buttons write to the clipboard; record what they write.
  await page.evaluateOnNewDocument(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void (window.copied ??= []).push(text) },
    });
  });
  const cdp = await browser!.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
  const started = Date.now();
  await page.goto(`file://${file}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  return { page, consoleErrors, outside, readyMs: Date.now() - started };
}

async function chartMarks(page: Page): Promise<Record<string, number>> {
  return page.$$eval('.chart', (charts) => Object.fromEntries(charts.map((chart) => [(chart as unknown as PageElement).id, (chart as unknown as PageElement).querySelectorAll('svg .ct-line, svg .ct-bar, svg .ct-point').length])));
}

async function visibleRows(page: Page): Promise<number> {
  return page.$$eval('#flagged-table tbody tr', (rows) => rows.filter((row) => !(row as unknown as PageElement).hidden).length);
}

async function waitForFile(file: string): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    if (existsSync(file)) return readFileSync(file, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${file} was never downloaded (found ${readdirSync(folder).join(', ')})`);
}

/** Pages taller than this are cut (Chromium refuses a screenshot of a 2,000-row table in full). */
const SCREENSHOT_MAX_HEIGHT = 12_000;

/** A full-page screenshot: sections off screen are drawn first (the page lays them out lazily). */
async function screenshot(page: Page, file: string): Promise<void> {
  await page.$$eval('main > section', (sections) => sections.forEach((section) => ((section as unknown as PageElement).style.contentVisibility = 'visible')));
  const height = await page.evaluate(() => (document as unknown as { documentElement: { scrollHeight: number } }).documentElement.scrollHeight);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1280, height: Math.min(height, SCREENSHOT_MAX_HEIGHT) }, captureBeyondViewport: true });
}

function note(name: string, report: string, opened: Opened, extra: Record<string, unknown> = {}) {
  const screenshot = path.join(folder, `${name}.png`);
  const facts = { report, bytes: statSync(report).size, readyMs: opened.readyMs, screenshot, ...extra };
  writeFileSync(path.join(folder, `${name}.json`), `${JSON.stringify(facts, null, 2)}\n`);
  console.log(`html report ${name}: ${JSON.stringify(facts)}`);
  return screenshot;
}

describe('the HTML report in a browser', () => {
  it('opens offline from file://, draws every chart, filters the table, and copies and downloads the lists', async (context) => {
    if (browser === undefined) return context.skip(`no browser: ${(launchError as Error).message}`);
    const report = path.join(folder, 'fixtures.html');
    const scan = await runCli(['scan', 'fixtures/exports', '--format', 'html', '-o', report]);
    expect(scan.code).toBe(2); // fixtures/exports/broken holds files that fail on purpose
    const opened = await open(report);
    const { page } = opened;

    expect(opened.outside).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    const marks = await chartMarks(page);
    expect(Object.keys(marks).sort()).toEqual(['chart-categories', 'chart-posts', 'chart-time']);
    for (const [id, count] of Object.entries(marks)) expect(count, id).toBeGreaterThan(0);

    const all = await visibleRows(page);
    expect(all).toBe(18);
    await page.type('#filter-text', 'kys');
    const searched = await visibleRows(page);
    expect(searched).toBeGreaterThan(0);
    expect(searched).toBeLessThan(all);
    expect(await page.$eval('#filter-count', (element) => element.textContent)).toBe(`Showing ${searched} of ${all}.`);
    await page.$eval('#filter-text', (element) => void ((element as unknown as PageElement).value = ''));
    await page.select('#filter-severity', 'warning');
    await page.$eval('#filter-text', (element) => element.dispatchEvent(new Event('input')));
    const warnings = await visibleRows(page);
    expect(warnings).toBeGreaterThan(0);
    expect(warnings).toBeLessThan(all);
    expect(await page.$$eval('#flagged-table tbody tr:not([hidden])', (rows) => rows.every((row) => (row as unknown as PageElement).dataset.sev === 'warning'))).toBe(true);
    await page.select('#filter-severity', '');
    await page.select('#filter-category', 'harassment');
    const harassment = await visibleRows(page);
    expect(harassment).toBeGreaterThan(0);
    expect(harassment).toBeLessThan(all);
    await page.select('#filter-category', '');
    const author = await page.$eval('#filter-author option:nth-child(2)', (option) => (option as unknown as PageElement).value);
    await page.select('#filter-author', author);
    expect(await page.$$eval('#flagged-table tbody tr:not([hidden])', (rows, name) => rows.length > 0 && rows.every((row) => (row as unknown as PageElement).dataset.author === name), author)).toBe(true);
    await page.select('#filter-author', '');
    const post = await page.$eval('#filter-post option:nth-child(2)', (option) => (option as unknown as PageElement).value);
    await page.select('#filter-post', post);
    const onPost = await visibleRows(page);
    expect(onPost).toBeGreaterThan(0);
    expect(onPost).toBeLessThan(all);
    await page.select('#filter-post', '');
    expect(await visibleRows(page)).toBe(all);

    await page.locator('button[data-copy="filter-list"]').click();
    await page.locator('button[data-copy="filter-list-comma"]').click();
    await page.locator('button[data-copy="account-list"]').click();
    expect(await page.evaluate(() => window.copied)).toEqual(['idiot\ngo back to your country', 'idiot, go back to your country', 'UCplaceholder1']);
    expect(await page.$eval('#filters .status-message', (element) => element.textContent)).toBe('Copied 1 line.');

    await page.locator('button[data-download="account-list"]').click();
    expect(await waitForFile(path.join(folder, 'kindness-accounts.txt'))).toBe('UCplaceholder1\n');
    await page.locator('button[data-download="filter-list"]').click();
    expect(await waitForFile(path.join(folder, 'kindness-filter-words.txt'))).toBe('idiot\ngo back to your country\n');
    expect(opened.outside).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);

    // Light and dark follow the system.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await background()).toBe('rgb(20, 20, 24)');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);

    const png = note('fixtures', report, opened);
    await screenshot(page, png);
    expect(statSync(png).size).toBeGreaterThan(10_000);
    await page.close();
  }, 60_000);

  it.runIf(LARGE > 0)(`opens the report of ${LARGE} generated comments`, async (context) => {
    if (browser === undefined) return context.skip(`no browser: ${(launchError as Error).message}`);
    const cli = path.join(REPO_ROOT, 'bin/kindness.cjs');
    const exports = path.join(folder, 'generated');
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/generate-exports.js'), exports, String(LARGE)]);
    const report = path.join(folder, 'large.html');
    const started = Date.now();
    try {
      execFileSync(process.execPath, [cli, 'scan', path.join(exports, 'user_data_tiktok.json'), '--format', 'html', '-o', report], { stdio: 'ignore' });
    } catch (error) {
      if ((error as { status?: number }).status !== 1) throw error;
    }
    const scanMs = Date.now() - started;
    const opened = await open(report);
    const { page } = opened;
    expect(opened.outside).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    for (const [id, count] of Object.entries(await chartMarks(page))) expect(count, id).toBeGreaterThan(0);
    const all = await visibleRows(page);
    await page.type('#filter-text', 'idiot');
    expect(await visibleRows(page)).toBeLessThan(all);
    await page.$eval('#filter-text', (element) => {
      (element as unknown as PageElement).value = '';
      element.dispatchEvent(new Event('input'));
    });
    expect(await visibleRows(page)).toBe(all);
    const png = note('large', report, opened, { comments: LARGE, scanMs });
    await screenshot(page, png);
    expect(statSync(png).size).toBeGreaterThan(10_000);
    await page.close();
  }, 600_000);
});
