import { describe, expect, it } from 'vitest';
import { scanFixtures } from '../support/scan.js';

const EXPORTS = 'fixtures/exports';

describe('reading exports', () => {
  it('reads TikTok comments, LIVE comments and captions from the newer schema', async () => {
    const { items, files } = await scanFixtures([`${EXPORTS}/tiktok/user_data_tiktok.json`]);
    expect(files[0]).toMatchObject({ status: 'read', format: 'tiktok', items: 7 });
    expect(items.map((item) => [item.kind, item.text])).toEqual([
      ['comment', 'this choreography is so clean, you killed it'],
      ['comment', 'nobody asked for your opinion, loser'],
      ['comment', 'the lighting in this one is gorgeous 😍'],
      ['caption', 'first try at the mirror dance, be nice'],
      ['caption', 'reply to the troll: go back to your country yourself'],
      ['live-comment', 'hello from Lisbon!'],
      ['live-comment', 'kys, nobody wants you here'],
    ]);
    expect(items[1]).toMatchObject({
      createdAt: '2025-01-03 11:20:00',
      url: 'https://www.tiktokv.com/share/video/7000000000000000002/',
      source: { file: `${EXPORTS}/tiktok/user_data_tiktok.json`, pointer: '/Comment/Comments/CommentsList/1' },
    });
    expect(items[6]?.source.pointer).toBe('/Tiktok Live/Watch Live History/WatchLiveMap/7100000000000000001/Comments/1');
  });

  it('reads the older capitalised TikTok schema', async () => {
    const { items } = await scanFixtures([`${EXPORTS}/tiktok-old/user_data.json`]);
    expect(items.map((item) => [item.kind, item.text, item.createdAt])).toEqual([
      ['comment', 'you sing like an angel', '2024-05-06 07:08:09'],
      ['comment', 'you are so ugly and stupid', '2024-05-07 07:08:09'],
      ['caption', 'sunday bake: lemon tart', '2024-06-01 12:00:00'],
    ]);
  });

  it('reads Instagram comments and captions and repairs Meta mojibake', async () => {
    const { items, files } = await scanFixtures([`${EXPORTS}/instagram`]);
    expect(items.map((item) => item.text)).toContain('Qué bonito, me encanta 😂');
    expect(items.map((item) => item.text)).toContain('nice transition 👏');
    expect(items.find((item) => item.kind === 'caption')?.text).toBe('Morning light over the river ☀️');
    expect(items.find((item) => item.text.startsWith('you are pathetic'))).toMatchObject({
      author: 'daily.drawer',
      createdAt: '2025-01-03T04:04:05.000Z',
      source: { pointer: '/1' },
    });
    expect(files.find((file) => file.file.endsWith('followers_1.json'))).toMatchObject({ status: 'skipped' });
  });

  it('reads the old Instagram media_comments rows', async () => {
    const { items } = await scanFixtures([`${EXPORTS}/instagram-old/comments.json`]);
    expect(items.map((item) => [item.text, item.author, item.createdAt])).toEqual([
      ['such a cozy kitchen', 'home.cook', '2019-11-02T10:11:12+00:00'],
      ['shut up, you idiot', 'home.cook', '2019-11-03T10:11:12+00:00'],
    ]);
  });

  it('reads an export straight out of its .zip and names the entry', async () => {
    const { items, files } = await scanFixtures([`${EXPORTS}/instagram-export.zip`]);
    expect(items).toHaveLength(7);
    expect(items[0]?.source.file).toBe(`${EXPORTS}/instagram-export.zip!/your_instagram_activity/comments/post_comments_1.json`);
    expect(files.filter((file) => file.status === 'skipped').map((file) => file.file)).toEqual([
      `${EXPORTS}/instagram-export.zip!/connections/followers_and_following/followers_1.json`,
    ]);
  });

  it('reads YouTube Takeout CSVs: JSON segments joined, both header variants, video links built', async () => {
    const { items, files } = await scanFixtures([`${EXPORTS}/youtube`]);
    expect(files.every((file) => file.status === 'read' && file.format === 'youtube-csv')).toBe(true);
    expect(items.map((item) => item.text)).toEqual([
      'this tutorial saved my weekend, @maker thank you',
      'what a dumb take.\nseriously, you are clueless',
      'plain text cell, lovely editing',
      'no one likes you, just leave',
      'first! hi everyone',
    ]);
    expect(items[1]).toMatchObject({
      id: 'UgxAAAA2',
      parentId: 'UgxPARENT1',
      kind: 'reply',
      createdAt: '2025-01-03T03:04:05.000000+00:00',
      url: 'https://www.youtube.com/watch?v=vid00000001&lc=UgxAAAA2',
      source: { line: 3 },
    });
    expect(items[2]?.source.line).toBe(4);
  });

  it('reads the legacy my-comments.html page', async () => {
    const { items } = await scanFixtures([`${EXPORTS}/youtube-legacy/my-comments.html`]);
    expect(items).toEqual([
      expect.objectContaining({ text: 'Thanks, this was so clear & calm', url: 'https://www.youtube.com/watch?v=vidlegacy01&lc=UgzLEGACY1', source: { file: `${EXPORTS}/youtube-legacy/my-comments.html`, line: 4 } }),
      expect.objectContaining({ text: 'you are a worthless idiot', source: expect.objectContaining({ line: 5 }) }),
    ]);
  });

  it('reads youtube-comment-downloader JSON Lines with replies and epoch times', async () => {
    const { items } = await scanFixtures([`${EXPORTS}/downloader.jsonl`]);
    expect(items[1]).toMatchObject({
      id: 'UgyDL0001.AAAA01',
      parentId: 'UgyDL0001',
      kind: 'reply',
      author: '@grumpy',
      createdAt: '2023-11-14T22:15:00.000Z',
      source: { line: 2 },
    });
  });

  it('guesses the text column of generic CSV and TSV, and keeps quoted newlines in one item', async () => {
    const { items } = await scanFixtures([`${EXPORTS}/comment-exporter.csv`, `${EXPORTS}/scraper.tsv`]);
    expect(items.map((item) => item.text)).toEqual([
      'love the colours, and the frame too',
      "you're so fat\nlol, stop posting",
      '=HYPERLINK("http://example.invalid")',
      'sick moves, teach me',
      'you should unalive yourself',
    ]);
    expect(items[1]).toMatchObject({ author: 'anon.user', createdAt: '2025-04-01T11:00:00Z', source: { line: 3 } });
    // The row after a quoted newline starts two lines further down.
    expect(items[2]?.source.line).toBe(5);
  });

  it('uses --text-field and --id-field when given', async () => {
    const { items } = await scanFixtures([`${EXPORTS}/scraper.tsv`], { read: { textField: 'author', idField: 'date' } });
    expect(items[0]).toMatchObject({ text: 'dance.kid', id: '2025-05-01' });
  });

  it('finds records nested in an API page', async () => {
    const { items } = await scanFixtures([`${EXPORTS}/api-page.json`]);
    expect(items.map((item) => [item.id, item.source.pointer])).toEqual([
      ['c1', '/data/comments/0'],
      ['c2', '/data/comments/1'],
      ['c3', '/data/comments/2'],
    ]);
  });

  it('reads plain text one item per line, or whole with --whole', async () => {
    const lines = await scanFixtures([`${EXPORTS}/captions.txt`]);
    expect(lines.items.map((item) => item.source.line)).toEqual([1, 3]);
    const whole = await scanFixtures([`${EXPORTS}/captions.txt`], { read: { whole: true } });
    expect(whole.items).toHaveLength(1);
  });

  it('forces a format with inputFormat', async () => {
    const { files } = await scanFixtures([`${EXPORTS}/downloader.jsonl`], { inputFormat: 'text' });
    expect(files[0]).toMatchObject({ format: 'text', items: 3 });
  });
});

describe('bad input never loses work', () => {
  const BROKEN = `${EXPORTS}/broken`;

  it('reports a truncated JSON export with the byte offset and keeps what came before', async () => {
    const { files, items } = await scanFixtures([`${BROKEN}/user_data_tiktok.json`]);
    expect(files[0]).toMatchObject({ status: 'failed', items: 2 });
    expect(files[0]).toHaveProperty('reason', expect.stringMatching(/ends early at byte \d+.*truncated/));
    expect(items.map((item) => item.text)).toEqual(['you are a genius', 'shut up, idiot']);
  });

  it('reports malformed JSON Lines with the line number', async () => {
    const { files } = await scanFixtures([`${BROKEN}/malformed.jsonl`]);
    expect(files[0]).toMatchObject({ status: 'failed', items: 1, reason: expect.stringMatching(/^line 2: invalid JSON/) });
  });

  it('skips a CSV row with the wrong number of cells and says which line', async () => {
    const { files, items } = await scanFixtures([`${BROKEN}/bad-rows.csv`]);
    expect(items.map((item) => item.text)).toEqual(['fine comment', 'you are a moron']);
    expect(files[0]).toMatchObject({ status: 'read', problems: [expect.stringMatching(/^line 3: .*row skipped/)] });
  });

  it('stops at a bad CSV row with strict', async () => {
    const { files } = await scanFixtures([`${BROKEN}/bad-rows.csv`], { read: { strict: true } });
    expect(files[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/invalid CSV.*line 3/) });
  });

  it('decodes invalid UTF-8 with replacement characters', async () => {
    const { items } = await scanFixtures([`${BROKEN}/invalid-utf8.jsonl`]);
    expect(items.map((item) => item.text)).toEqual(['caf\uFFFD au lait, you absolute idiot', 'ok \uFFFD\uFFFD fine']);
  });

  it('skips binary, empty and text-less files with a reason, and scans the rest', async () => {
    const { files, errors } = await scanFixtures(['fixtures/binary/image.bin', `${BROKEN}/empty.csv`, `${BROKEN}/no-text-column.csv`, 'fixtures/no-such-file.json', `${EXPORTS}/scraper.tsv`]);
    expect(files.map((file) => [file.status, 'reason' in file ? file.reason : ''])).toEqual([
      ['skipped', 'a binary file'],
      ['read', ''],
      ['failed', expect.stringContaining('no text column')],
      ['read', ''],
    ]);
    expect(errors.map((error) => error.message)).toEqual(['fixtures/no-such-file.json: no such file or folder']);
  });
});
