import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../support/run-cli.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

describe('kindness check on captions, subtitles and Markdown', () => {
  it('checks subtitles cue by cue and Markdown prose only, with the cue time in each finding', async () => {
    const result = await runCli(['check', 'fixtures/captions', '--format', 'json']);
    expect(result.code).toBe(1);
    const found = JSON.parse(result.stdout).results.map((file: { path: string; messages: { line: number; text: string; cue?: { start: string } }[] }) => [
      file.path,
      file.messages.map((message) => `${message.line}:${message.text}${message.cue ? `@${message.cue.start}` : ''}`),
    ]);
    expect(found).toEqual([
      ['fixtures/captions/episode-12.srt', ['12:idiot@00:00:06,500']],
      ['fixtures/captions/episode-12.vtt', ['11:idiot@00:00:06.500']],
      ['fixtures/captions/post.md', ['22:moron']],
    ]);
  });

  it('says how many findings inline directives silenced', async () => {
    // The silenced line swears as emphasis, which the model passes anyway: the rules alone show the count.
    const result = await runCli(['check', 'fixtures/captions/post.md', '--no-model']);
    expect(result.stdout).toMatch(/\(1 finding silenced by kindness-disable comments\)\n$/);
  });

  it('shows the cue time in the terminal report', async () => {
    const result = await runCli(['check', 'fixtures/captions/episode-12.srt']);
    expect(result.stdout).toContain('12:19');
    expect(result.stdout).toContain('[00:00:06,500 --> 00:00:09,000]');
  });
});

describe('kindness check --format sarif and github', () => {
  it('writes SARIF that the SARIF 2.1.0 schema accepts, with inline suppressions recorded', async () => {
    const result = await runCli(['check', 'fixtures/captions', 'fixtures/drafts', '--format', 'sarif', '--no-model']);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0].results;
    expect(results.length).toBeGreaterThan(3);
    const suppressed = results.filter((entry: { suppressions?: unknown[] }) => entry.suppressions !== undefined);
    expect(suppressed.map((entry: { suppressions: unknown }) => entry.suppressions)).toContainEqual([{ kind: 'inSource', justification: "quoting the judge's words" }]);
    expect(results[0].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'fixtures/captions/episode-12.srt' }, region: { startLine: 12, startColumn: 19 } });
  });

  it('links each rule to its published docs, never to a path on this disk, and keeps the local path apart', async () => {
    const log = JSON.parse((await runCli(['check', 'fixtures/drafts', '--format', 'sarif'])).stdout);
    for (const rule of log.runs[0].tool.driver.rules) {
      expect(rule.helpUri).toBe(`https://unpkg.com/kindness@0.1.0/rules/${rule.id}/README.md`);
      expect(rule.properties.docsPath).toMatch(/README\.md$/);
    }
  });

  it('describes plugin rules in SARIF, with each result pointing at its rule', async () => {
    const result = await runCli(['check', 'stream-notes.txt', '--format', 'sarif'], { cwd: path.join(FIXTURES, 'config/plugins') });
    const log = JSON.parse(result.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0];
    for (const entry of run.results) expect(run.tool.driver.rules[entry.ruleIndex].id).toBe(entry.ruleId);
    expect(run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'streamer/chat-spam')).toMatchObject({
      shortDescription: { text: 'Telling chat to spam someone' },
      defaultConfiguration: { level: 'warning' },
      properties: { category: 'harassment' },
    });
  });

  it('has a schema check that rejects what is not SARIF 2.1.0', () => {
    expect(sarifSchemaErrors({ version: '2.0.0', runs: [{ results: [] }] })).not.toEqual([]);
  });

  it('writes SARIF from kindness scan that the schema accepts', async () => {
    const result = await runCli(['scan', 'fixtures/exports', '--format', 'sarif']);
    expect(sarifSchemaErrors(JSON.parse(result.stdout))).toEqual([]);
  });

  it('writes GitHub annotations at file, line and column', async () => {
    const result = await runCli(['check', 'fixtures/captions/post.md', '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=fixtures\/captions\/post\.md,line=22,col=21,endColumn=26,title=kindness insults::/m);
  });
});
