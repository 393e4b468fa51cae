import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../rules/index.js';
import { verifyFile } from '../../src/core/lint-file.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { processPlainText } from '../../src/processors/index.js';
import { processMarkdown } from '../../src/processors/markdown.js';
import { processSubtitles } from '../../src/processors/subtitles.js';

const config = resolveConfig({}, BUILT_IN_RULES);
const lint = (text: string, processor = processPlainText, reportUnused = false) =>
  verifyFile(text, processor(text), config, BUILT_IN_RULES, { reportUnusedDirectives: reportUnused ? 'error' : undefined });
const flagged = (text: string, processor = processPlainText) => lint(text, processor).messages.map((message) => `${message.line}:${message.ruleId}`);

describe('inline directives', () => {
  it('silences the next line for the rules named, and keeps the reason', () => {
    const result = lint('kindness-disable-next-line insults -- a roast he asked for\nyou idiot\nyou idiot');
    expect(result.messages.map((message) => message.line)).toEqual([3]);
    expect(result.suppressedMessages).toMatchObject([{ line: 2, ruleId: 'insults', suppressions: [{ kind: 'directive', justification: 'a roast he asked for' }] }]);
  });

  it('leaves rules it does not name alone', () => {
    expect(flagged('# kindness-disable-next-line profanity\nyou idiot')).toEqual(['2:insults']);
    expect(flagged('// kindness-disable-next-line profanity, insults\nyou fucking idiot')).toEqual([]);
  });

  it('silences its own line as an HTML comment', () => {
    expect(flagged('you idiot <!-- kindness-disable-line -->\nyou idiot')).toEqual(['2:insults']);
  });

  it('silences a block between disable and enable', () => {
    const text = ['kindness-disable insults', 'you idiot', 'you moron', 'kindness-enable insults', 'you idiot'].join('\n');
    expect(flagged(text)).toEqual(['5:insults']);
  });

  it('re-enables one rule out of a blanket disable', () => {
    const text = ['<!-- kindness-disable -->', 'you fucking idiot', '<!-- kindness-enable insults -->', 'you fucking idiot'].join('\n');
    expect(flagged(text, processMarkdown)).toEqual(['4:insults']);
  });

  it('skips blank lines and Markdown comments to find the next line', () => {
    expect(flagged('<!-- kindness-disable-next-line insults -->\n\nyou idiot', processMarkdown)).toEqual([]);
  });

  it('reaches a SubRip cue from a block of its own, past the cue number and timing', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\nhello\n\nkindness-disable-next-line insults -- roast\n\n2\n00:00:03,000 --> 00:00:04,000\nyou idiot\n';
    const result = verifyFile(text, processSubtitles(text), config, BUILT_IN_RULES);
    expect(result.messages).toEqual([]);
    expect(result.suppressedMessages.map((message) => message.cue?.start)).toEqual(['00:00:03,000']);
  });

  it('never flags the words of a directive itself', () => {
    expect(flagged('kindness-disable-next-line insults -- calling him an idiot is the joke\nyou idiot')).toEqual([]);
  });

  it('reports directives that silence nothing, rule by rule, only when asked', () => {
    const text = '<!-- kindness-disable-next-line insults, profanity -->\nyou idiot\n<!-- kindness-disable-line -->';
    expect(lint(text, processMarkdown).messages).toEqual([]);
    const unused = lint(text, processMarkdown, true).messages;
    expect(unused.map((message) => [message.line, message.ruleId, message.message])).toEqual([
      [1, 'unused-disable-directive', 'Unused kindness-disable-next-line directive: nothing from profanity was reported here.'],
      [3, 'unused-disable-directive', 'Unused kindness-disable-line directive: nothing was reported here.'],
    ]);
    expect(unused.every((message) => message.severity === 'error')).toBe(true);
  });

  it('reports a directive that names an unknown rule as an error, without being asked', () => {
    const result = lint('# kindness-disable-next-line insluts -- a roast\nyou idiot');
    expect(result.messages.map((message) => [message.line, message.ruleId, message.severity])).toEqual([
      [1, 'unknown-rule-in-directive', 'error'],
      [2, 'insults', 'error'],
    ]);
    expect(result.messages[0]?.message).toBe('kindness-disable-next-line names "insluts", which is not a rule.');
    expect(result.errorCount).toBe(2);
  });

  it('reports an unknown rule once, not also as unused', () => {
    const messages = lint('<!-- kindness-disable-line bogus -->', processMarkdown, true).messages;
    expect(messages.map((message) => message.ruleId)).toEqual(['unknown-rule-in-directive']);
  });
});
