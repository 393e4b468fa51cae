import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const EXPORTS = 'fixtures/exports';

function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'kindness-scan-'));
}

describe('kindness scan', () => {
  it('prints a summary with rules, frequent words, the worst items and the files read', async () => {
    const { code, stdout, stderr } = await runCli(['scan', `${EXPORTS}/tiktok`]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('Scanned 7 items from 1 file');
    expect(stdout).toMatch(/3 items flagged \(42\.9%\)/);
    expect(stdout).toMatch(/By rule\n {2}harassment +\d+ items?/);
    expect(stdout).toContain('"kys" ×1');
    expect(stdout).toMatch(/Worst items\n {2}1\. fixtures\/exports\/tiktok\/user_data_tiktok\.json#\/Tiktok Live\/.* · 2025-03-01 20:02:30/);
    expect(stdout).toContain(`read    ${EXPORTS}/tiktok/user_data_tiktok.json (tiktok, 7 items)`);
  });

  it('lists every finding with --verbose', async () => {
    const { stdout } = await runCli(['scan', `${EXPORTS}/tiktok`, '--verbose']);
    expect(stdout).toContain('Think before you post:');
    expect(stdout).toContain('Kinder:');
  });

  it('says so when nothing is hurtful, and exits 0', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'kind.jsonl'), '{"text": "what a lovely idea"}\n');
    const { code, stdout } = await runCli(['scan', path.join(folder, 'kind.jsonl')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Nothing hurtful found');
  });

  it('exits by --fail-on', async () => {
    expect((await runCli(['scan', `${EXPORTS}/tiktok`, '--fail-on', 'never'])).code).toBe(0);
    const folder = tempFolder();
    // Only a warning: a micro-aggression.
    writeFileSync(path.join(folder, 'warn.jsonl'), '{"text": "man up and try again"}\n');
    expect((await runCli(['scan', path.join(folder, 'warn.jsonl')])).code).toBe(0);
    expect((await runCli(['scan', path.join(folder, 'warn.jsonl'), '--fail-on', 'warn'])).code).toBe(1);
  });

  it('writes one JSON line per flagged item with its id and source, and every item with --all', async () => {
    const { stdout } = await runCli(['scan', `${EXPORTS}/downloader.jsonl`, '--format', 'jsonl']);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: 'UgyDL0001.AAAA01', source: { file: `${EXPORTS}/downloader.jsonl`, line: 2 }, author: '@grumpy', errorCount: 2 });
    expect(lines[0].findings[0]).toMatchObject({ ruleId: 'insults', severity: 'error', text: 'disgusting' });
    const all = await runCli(['scan', `${EXPORTS}/downloader.jsonl`, '--format', 'jsonl', '--all']);
    expect(all.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('writes the full result as one JSON document', async () => {
    const { stdout } = await runCli(['scan', `${EXPORTS}/tiktok`, `${EXPORTS}/broken/bad-rows.csv`, '--format', 'json']);
    const document = JSON.parse(stdout);
    expect(document.schemaVersion).toBe(1);
    expect(document.items).toHaveLength(4);
    expect(document.summary).toMatchObject({ items: 9, flaggedItems: 4 });
    expect(document.summary.files[1]).toMatchObject({ status: 'read', problems: [expect.stringContaining('line 3')] });
  });

  it('writes CSV for spreadsheets, defusing cells that would run as formulas', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'c.csv'), 'text,username\n"=1+1 you idiot",x\n');
    const { stdout } = await runCli(['scan', path.join(folder, 'c.csv'), '--format', 'csv']);
    const [header, row] = stdout.split('\r\n');
    expect(header).toBe('file,line,pointer,id,author,created_at,url,rule,severity,category,confidence,matched,message,kinder,text');
    expect(row).toContain(",'=1+1 you idiot");
    expect(row).toContain(',insults,error,');
  });

  it('writes SARIF 2.1.0 with rules, levels and line regions', async () => {
    const { stdout } = await runCli(['scan', `${EXPORTS}/captions.txt`, '--format', 'sarif']);
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('insults');
    expect(run.results[0]).toMatchObject({
      ruleId: 'insults',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/exports/captions.txt' }, region: { startLine: 3, startColumn: 29, endColumn: 34 } } }],
    });
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe('insults');
  });

  it('annotates for GitHub Actions and summarises past the per-step cap', async () => {
    const folder = tempFolder();
    const lines = Array.from({ length: 14 }, (_, index) => `you are an idiot, number ${index}`);
    writeFileSync(path.join(folder, 'many.txt'), `${lines.join('\n')}\n`);
    const { stdout } = await runCli(['scan', path.join(folder, 'many.txt'), '--format', 'github']);
    const annotations = stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(10);
    expect(annotations[0]).toMatch(/^::error file=.*many\.txt,line=1,col=12,endColumn=17,title=kindness insults::Calling someone "idiot"/);
    expect(stdout).toMatch(/::notice title=kindness::4 more findings \(4 errors, 0 warnings\) are not annotated/);
  });

  it('writes the report to --output and never over an input', async () => {
    const folder = tempFolder();
    const output = path.join(folder, 'report.jsonl');
    const { code, stdout } = await runCli(['scan', `${EXPORTS}/downloader.jsonl`, '-f', 'jsonl', '-o', output]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(readFileSync(output, 'utf8')).toContain('UgyDL0001.AAAA01');
    const refused = await runCli(['scan', `${EXPORTS}/downloader.jsonl`, '-o', `${EXPORTS}/downloader.jsonl`]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('never writes over the files it reads');
  });

  it('exits 2 for a broken file, names it, and still reports every other file', async () => {
    const { code, stdout, stderr } = await runCli(['scan', `${EXPORTS}/broken/user_data_tiktok.json`, `${EXPORTS}/downloader.jsonl`, '-f', 'jsonl']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^kindness: fixtures\/exports\/broken\/user_data_tiktok\.json: the JSON ends early at byte \d+/);
    expect(stdout).toContain('"shut up, idiot"');
    expect(stdout).toContain('UgyDL0001.AAAA01');
  });

  it('warns about skipped files on stderr when the report is machine-readable', async () => {
    const { code, stderr } = await runCli(['scan', 'fixtures/binary/image.bin', `${EXPORTS}/scraper.tsv`, '-f', 'json']);
    expect(code).toBe(1);
    expect(stderr).toBe('kindness: skipped fixtures/binary/image.bin: a binary file\n');
  });

  it('rejects unknown formats as usage errors', async () => {
    expect((await runCli(['scan', `${EXPORTS}/tiktok`, '--format', 'xml'])).code).toBe(2);
    expect((await runCli(['scan', `${EXPORTS}/tiktok`, '--input-format', 'myspace'])).code).toBe(2);
    expect((await runCli(['scan'])).code).toBe(2);
  });

  it('shows no progress display when stderr is not a terminal', async () => {
    const { stderr } = await runCli(['scan', `${EXPORTS}/tiktok`, '-f', 'jsonl']);
    expect(stderr).toBe('');
  });
});
