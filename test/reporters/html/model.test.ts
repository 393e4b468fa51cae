import { describe, expect, it } from 'vitest';
import type { Category, LintMessage, Severity } from '../../../src/core/types.js';
import type { ExportItem } from '../../../src/input/items.js';
import {
  addToModel,
  chooseBucketSize,
  createReportModel,
  dayOfItemTime,
  filterTerms,
  flaggedPosts,
  MAX_ROW_TEXT,
  parseItemTime,
  postKeyOf,
  repeatAccounts,
  timeBuckets,
  worstRows,
} from '../../../src/reporters/html/model.js';
import { redactAuthor, redactResult } from '../../../src/scan/redact.js';
import type { ItemResult } from '../../../src/scan/types.js';

let line = 0;

/** A result for `text` with one finding per `[words, category, severity]`. */
function result(text: string, item: Partial<ExportItem> = {}, findings: [string, Category, Severity][] = []): ItemResult {
  const messages: LintMessage[] = findings.map(([words, category, severity]) => {
    const start = text.indexOf(words);
    return {
      ruleId: category === 'profanity' ? 'profanity' : 'insults',
      category,
      severity,
      messageId: 'test',
      message: `"${words}" may hurt.`,
      why: 'Because it is aimed at a person.',
      suggestions: ['Say what you mean about the idea.'],
      line: 1,
      column: start + 1,
      endLine: 1,
      endColumn: start + words.length + 1,
      range: [start, start + words.length],
      text: words,
      confidence: 0.9,
      docs: '',
    };
  });
  return {
    item: { text, source: { file: 'comments.jsonl', line: ++line }, ...item },
    messages,
    errorCount: messages.filter((message) => message.severity === 'error').length,
    warningCount: messages.filter((message) => message.severity === 'warning').length,
  };
}

describe('the HTML report model', () => {
  it('reads ISO times and TikTok times, and leaves relative ones undated', () => {
    expect(parseItemTime('2025-01-02 03:04:05')).toBe(Date.UTC(2025, 0, 2, 3, 4, 5));
    expect(parseItemTime('2025-01-02T03:04:05+02:00')).toBe(Date.UTC(2025, 0, 2, 1, 4, 5));
    expect(parseItemTime('2025-01-02')).toBe(Date.UTC(2025, 0, 2));
    expect(parseItemTime('2 years ago')).toBeUndefined();
    expect(parseItemTime(undefined)).toBeUndefined();
  });

  it('puts a time on its UTC day, the zone offset included', () => {
    const day = Date.UTC(2025, 0, 1) / 86_400_000;
    expect(dayOfItemTime('2025-01-01 23:59:59')).toBe(day);
    expect(dayOfItemTime('2025-01-01T10:00:00.000Z')).toBe(day);
    expect(dayOfItemTime('2025-01-02T01:00:00+02:00')).toBe(day);
    expect(dayOfItemTime('2024-12-31T22:00:00-05:00')).toBe(day);
    expect(dayOfItemTime('2025-01-01T20:00:00-05:00')).toBe(day + 1);
    expect(dayOfItemTime('yesterday')).toBeUndefined();
  });

  it('groups by day, week or month from the span', () => {
    expect(chooseBucketSize(0, 30)).toBe('day');
    expect(chooseBucketSize(0, 400)).toBe('week');
    expect(chooseBucketSize(0, 2000)).toBe('month');
  });

  it('counts flagged and all comments per day, fills empty days, and marks a spike', () => {
    const model = createReportModel();
    for (let day = 1; day <= 20; day++) {
      const date = `2025-03-${String(day).padStart(2, '0')} 10:00:00`;
      if (day === 7) continue; // a quiet day
      addToModel(model, result('lovely colours', { createdAt: date }));
      const attacks = day === 12 ? 9 : 1;
      for (let index = 0; index < attacks; index++) addToModel(model, result('you are a fool', { createdAt: date }, [['fool', 'insult', 'error']]));
    }
    addToModel(model, result('no date on this one'));
    const { size, buckets, first, last } = timeBuckets(model);
    expect(size).toBe('day');
    expect([first, last]).toEqual(['2025-03-01', '2025-03-20']);
    expect(buckets).toHaveLength(20);
    expect(buckets[6]).toEqual({ start: '2025-03-07', items: 0, flagged: 0, spike: false });
    expect(buckets[11]).toMatchObject({ start: '2025-03-12', items: 10, flagged: 9, spike: true });
    expect(buckets.filter((bucket) => bucket.spike)).toHaveLength(1);
    expect(model.undated).toBe(1);
  });

  it('counts implausible years as undated, so the timeline stays short', () => {
    const model = createReportModel();
    addToModel(model, result('stray', { createdAt: '0001-01-01' }));
    addToModel(model, result('far future', { createdAt: '9999-12-31 23:59:59' }));
    addToModel(model, result('real', { createdAt: '2024-06-01 12:00:00' }));
    expect(model.undated).toBe(2);
    expect(timeBuckets(model).buckets).toHaveLength(1);
  });

  it('starts weeks on Monday and months on the first', () => {
    const weekly = createReportModel();
    addToModel(weekly, result('first', { createdAt: '2025-01-01' })); // a Wednesday
    addToModel(weekly, result('last', { createdAt: '2025-08-01' }));
    expect(timeBuckets(weekly).buckets[0]?.start).toBe('2024-12-30');
    const monthly = createReportModel();
    addToModel(monthly, result('first', { createdAt: '2020-05-17' }));
    addToModel(monthly, result('last', { createdAt: '2025-05-17' }));
    const { size, buckets } = timeBuckets(monthly);
    expect(size).toBe('month');
    expect(buckets[0]?.start).toBe('2020-05-01');
    expect(buckets[1]?.start).toBe('2020-06-01');
    expect(buckets).toHaveLength(61);
  });

  it('lists accounts with 2 or more flagged comments, most first, each with its worst comment', () => {
    const model = createReportModel();
    addToModel(model, result('you are a clown', { author: '@pat' }, [['clown', 'insult', 'warning']]));
    addToModel(model, result('you are a fool and a clown', { author: '@pat' }, [['fool', 'insult', 'error'], ['clown', 'insult', 'error']]));
    addToModel(model, result('what a fool', { author: '@lee' }, [['fool', 'insult', 'error']]));
    addToModel(model, result('you are a fool', { author: '@lee' }, [['fool', 'insult', 'error']]));
    addToModel(model, result('fool', { author: '@lee' }, [['fool', 'insult', 'error']]));
    addToModel(model, result('silly goose', { author: '@once' }, [['silly goose', 'insult', 'warning']]));
    addToModel(model, result('nice one', { author: '@kind' }));
    const accounts = repeatAccounts(model);
    expect(accounts.map((account) => [account.author, account.flagged, account.errors])).toEqual([
      ['@lee', 3, 3],
      ['@pat', 2, 1],
    ]);
    expect(accounts[1]?.worst.text).toBe('you are a fool and a clown');
  });

  it('offers recurring flagged words for a keyword filter, swearing last, and never a single use', () => {
    const model = createReportModel();
    for (let index = 0; index < 3; index++) addToModel(model, result('damn that was bad', {}, [['damn', 'profanity', 'warning']]));
    for (let index = 0; index < 2; index++) addToModel(model, result('you Loser', {}, [['Loser', 'insult', 'error']]));
    addToModel(model, result('you LOSER', {}, [['LOSER', 'insult', 'error']]));
    addToModel(model, result('such a creep', {}, [['creep', 'insult', 'error']]));
    expect(filterTerms(model).map((term) => [term.term, term.count])).toEqual([
      ['loser', 3],
      ['damn', 3],
    ]);
  });

  it('keeps only the worst flagged items up to the table cap, worst first', () => {
    const model = createReportModel({ tableCap: 3 });
    addToModel(model, result('meh', {}, [['meh', 'insult', 'warning']]));
    addToModel(model, result('first fool', {}, [['fool', 'insult', 'error']]));
    addToModel(model, result('two fools fool', {}, [['fools', 'insult', 'error'], ['fool', 'insult', 'error']]));
    addToModel(model, result('second fool', {}, [['fool', 'insult', 'error']]));
    addToModel(model, result('third fool', {}, [['fool', 'insult', 'error']]));
    addToModel(model, result('clean'));
    expect(model.flagged).toBe(5);
    expect(worstRows(model).map((row) => row.text)).toEqual(['two fools fool', 'first fool', 'second fool']);
  });

  it('keeps an excerpt of a long text around its first finding, with the range moved to match', () => {
    const model = createReportModel();
    const text = `${'calm words '.repeat(200)}you absolute fool ${'more calm words '.repeat(100)}`;
    addToModel(model, result(text, {}, [['fool', 'insult', 'error']]));
    const [row] = worstRows(model);
    expect(row?.clipped).toBe(true);
    expect(row?.text.length).toBeLessThanOrEqual(MAX_ROW_TEXT);
    const range = row?.findings[0]?.range;
    expect(range && row?.text.slice(range[0], range[1])).toBe('fool');
  });

  it('groups comments by post: YouTube links by video, captions give the title', () => {
    expect(postKeyOf('https://www.youtube.com/watch?v=abc123&lc=Ugx9')).toBe('https://www.youtube.com/watch?v=abc123');
    expect(postKeyOf('https://www.tiktok.com/@me/video/42#top')).toBe('https://www.tiktok.com/@me/video/42');
    expect(postKeyOf('javascript:alert(1)')).toBeUndefined();
    const model = createReportModel();
    const video = 'https://www.tiktokv.com/share/video/42/';
    addToModel(model, result('my dance video', { url: video, kind: 'caption' }));
    addToModel(model, result('you are a fool', { url: video }, [['fool', 'insult', 'error']]));
    addToModel(model, result('great moves', { url: video }));
    addToModel(model, result('lovely', { url: 'https://www.tiktokv.com/share/video/7/' }));
    expect(flaggedPosts(model)).toEqual([{ key: video, url: video, title: 'my dance video', items: 2, flagged: 1, errors: 1 }]);
  });

  it('stays bounded: accounts past the cap are forgotten, fewest flagged first', () => {
    const model = createReportModel({ tableCap: 10 });
    for (let index = 0; index < 25_000; index++) addToModel(model, result('fool', { author: `@a${index}` }, [['fool', 'insult', 'error']]));
    addToModel(model, result('fool', { author: '@a1' }, [['fool', 'insult', 'error']]));
    expect(model.accounts.size).toBeLessThanOrEqual(20_000);
    expect(model.accountsPruned).toBe(true);
    expect(model.rows).toHaveLength(10);
  });
});

describe('--redact-authors', () => {
  it('replaces a name by a stable short hash, the same for any case or a leading @', () => {
    const hash = redactAuthor('@Pat.Example');
    expect(hash).toMatch(/^user-[0-9a-f]{8}$/);
    expect(redactAuthor('pat.example')).toBe(hash);
    expect(redactAuthor('@someone.else')).not.toBe(hash);
  });

  it('redacts the item and leaves results without an author alone', () => {
    const named = result('hello', { author: '@pat' });
    expect(redactResult(named).item.author).toBe(redactAuthor('@pat'));
    expect(named.item.author).toBe('@pat');
    const anonymous = result('hello');
    expect(redactResult(anonymous)).toBe(anonymous);
  });
});

describe('the HTML report model at scale', () => {
  it('forgets posts without flagged comments first when it tracks too many', () => {
    const model = createReportModel({ tableCap: 10 });
    addToModel(model, result('you fool', { url: 'https://example.com/v/hot' }, [['fool', 'insult', 'error']]));
    for (let index = 0; index < 25_000; index++) addToModel(model, result('lovely', { url: `https://example.com/v/${index}` }));
    addToModel(model, result('fool again', { url: 'https://example.com/v/hot' }, [['fool', 'insult', 'error']]));
    expect(model.posts.size).toBeLessThanOrEqual(20_000);
    expect(model.postsPruned).toBe(true);
    expect(flaggedPosts(model)[0]).toMatchObject({ url: 'https://example.com/v/hot', flagged: 2 });
  });
});
