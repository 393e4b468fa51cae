// kindness/testing: plugin authors test their rules as the built-in rules are tested, with the
// same phrase and word-lookup helpers the built-in rules use.
import { spawnSync } from 'node:child_process';
import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { compilePhrases, createLexicon, createLinter, defineRule, isQuoted, rangeOf } from '../src/index.js';
import { assertReadable, createRuleTester } from '../src/testing/index.js';
import { REPO_ROOT } from './support/run-cli.js';

const GAMES = createLexicon([['noob', { note: 'mocks someone for being new' }]]);
const PHRASES = compilePhrases([{ pattern: 'uninstall (the game|already)', entry: 'tells someone to quit' }]);

/** A plugin rule built from the exported helpers only. */
const gamerPutDowns = defineRule({
  meta: {
    id: 'gamer-put-downs',
    category: 'custom',
    defaultLevel: 'warn',
    description: 'Put-downs common in game chat',
    docs: 'https://example.com/gamer-put-downs',
    schema: { strict: { type: 'boolean' } },
    messages: {
      putDown: { message: '"{{words}}" {{note}}.', why: 'Everyone was new once, and game chat is where many people decide to stay or go.', kinder: ['Share a tip instead: "try holding block first."'] },
    },
  },
  vocabulary: new Set([...GAMES.words, ...(PHRASES.vocabulary ?? [])]),
  create(context) {
    return {
      Sentence(sentence) {
        sentence.tokens.forEach((token, index) => {
          const term = GAMES.lookup(token);
          if (term === undefined || isQuoted(sentence.tokens, index, index + 1)) return;
          context.report({ messageId: 'putDown', data: { words: context.text.slice(token.start, token.end), note: term.note }, range: [token.start, token.end], confidence: 0.7 });
        });
        for (const match of PHRASES.matchAll(sentence.tokens)) {
          const range = rangeOf(sentence.tokens, match);
          context.report({ messageId: 'putDown', data: { words: context.text.slice(...range), note: match.entry }, range, confidence: 0.8 });
        }
      },
    };
  },
});

createRuleTester({ describe, it }).run(gamerPutDowns, {
  valid: ['good game everyone', 'he called me a "noob" and I laughed'],
  invalid: [
    { text: 'what a n00b', errors: ['n00b'] },
    { text: 'just uninstall already', errors: ['uninstall already'] },
  ],
});

describe('the rule tester', () => {
  it('throws an assertion error naming the case when a rule misses', () => {
    const tester = createRuleTester({ describe: (_name, body) => body(), it: (_name, body) => body() });
    expect(() => tester.run(gamerPutDowns, { valid: ['what a noob'], invalid: [] })).toThrow(AssertionError);
    expect(() => tester.run(gamerPutDowns, { valid: [], invalid: [{ text: 'good game', errors: ['good'] }] })).toThrow(/gamer-put-downs on "good game"/);
  });

  it('rejects options the rule\'s schema does not declare', () => {
    const tester = createRuleTester({ describe: (_name, body) => body(), it: (_name, body) => body() });
    expect(() => tester.run(gamerPutDowns, { valid: [{ text: 'gg', options: { strcit: true } }], invalid: [] })).toThrow(/options\.strcit: unknown option/);
  });

  it('checks that texts read as sentences', () => {
    expect(() => assertReadable('Name-calling hurts.')).not.toThrow();
    expect(() => assertReadable('calls someone {{note}}.')).toThrow(AssertionError);
    expect(() => assertReadable('Missing the full stop')).toThrow(/does not end as a sentence/);
  });
});

describe('the package entry points', () => {
  it('exports kindness/testing and the rule helpers by the package name, from the build', () => {
    const script = "const t = await import('kindness/testing'); const k = await import('kindness'); console.log(typeof t.createRuleTester, typeof k.compilePhrases, typeof k.createLexicon, typeof k.createLinter)";
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('function function function function');
  });

  it('lints as the CLI does through createLinter', async () => {
    const linter = await createLinter({ cwd: REPO_ROOT, overrides: { insults: 'warn' } });
    const { messages } = await linter.lintText('you absolute idiot', { filePath: 'notes/draft.md' });
    expect(messages.map((message) => [message.ruleId, message.severity])).toEqual([['insults', 'warning']]);
  });
});
