import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { createDocument } from '../../src/text/document.js';
import { verifyText } from '../../src/core/linter.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { extractFeatures } from '../../src/model/features.js';
import { predict } from '../../src/model/predict.js';
import { roundScore, withScore } from '../../src/model/combine.js';
import type { LintMessage } from '../../src/core/types.js';
import { loadModel } from '../../src/model/load.js';
import { BUILT_IN_RULES } from '../../rules/index.js';

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

function coversWholeWords(text: string, [start, end]: readonly [number, number]): boolean {
  const inside = start >= 0 && end <= text.length && start < end;
  const startsWord = start === 0 || !WORD_CHAR.test(text.charAt(start - 1)) || !WORD_CHAR.test(text.charAt(start));
  const endsWord = end === text.length || !WORD_CHAR.test(text.charAt(end)) || !WORD_CHAR.test(text.charAt(end - 1));
  return inside && startsWord && endsWord;
}

describe('the model in the linter', () => {
  it('scores every finding, and the score is the one training features give', () => {
    const rulesAlone = resolveConfig({ model: false }, BUILT_IN_RULES);
    for (const text of ['you are such a waste of space', 'everyone hates you, you worthless freak, go away', 'what a clown you are']) {
      const { messages } = lintText(text);
      expect(messages.length, text).toBeGreaterThan(0);
      // The same path as scripts/train.ts: the document, the rules alone, then extractFeatures.
      const signals = verifyText(text, rulesAlone, BUILT_IN_RULES).messages;
      const model = loadModel();
      const expected = roundScore(predict(model, extractFeatures(createDocument(text), signals, model.bits)).toxic);
      for (const message of messages) expect(message.score).toBe(expected);
    }
  });

  it('uses the same feature function as training (scripts/train.ts imports it from src/model/features.ts)', async () => {
    const { readFile } = await import('node:fs/promises');
    const train = await readFile(new URL('../../scripts/train.ts', import.meta.url), 'utf8');
    const linter = await readFile(new URL('../../src/core/linter.ts', import.meta.url), 'utf8');
    expect(train).toMatch(/import \{[^}]*\bextractFeatures\b[^}]*\} from '\.\.\/src\/model\/features\.js'/);
    expect(linter).toMatch(/import \{[^}]*\bextractFeatures\b[^}]*\} from '\.\.\/model\/features\.js'/);
  });

  it('does not report swearing used as emphasis under the recommended preset, but kids and professional do', () => {
    const text = 'this build is so fucking good, holy shit';
    expect(lintText(text).messages).toEqual([]);
    expect(lintText(text, { config: { extends: 'kindness:kids' } }).messages.map((m) => m.ruleId)).toContain('profanity');
    expect(lintText(text, { config: { extends: 'kindness:professional' } }).messages.map((m) => m.ruleId)).toContain('profanity');
  });

  it('never reports a swear the rule reads as a cheer under the recommended preset, whatever the score', () => {
    // The model scores the swear itself: this line scores over the profanity threshold.
    const text = 'fuck yes, the collab we needed';
    expect(lintText(text, { config: { extends: 'kindness:kids' } }).messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['profanity/cheer']);
    expect(lintText(text).messages).toEqual([]);
  });

  it('still reports swearing aimed at someone', () => {
    const { messages } = lintText('fuck you, you worthless piece of shit');
    expect(messages.some((m) => m.severity === 'error')).toBe(true);
  });

  it('reports a swear word said of a person whatever the score, unless the model reads the text as clearly benign', () => {
    // Judged like an insult, not like emphasis: the profanity threshold does not apply.
    expect(lintText('honestly your new take is shit.').messages.map((m) => `${m.ruleId}/${m.messageId}`)).toContain('profanity/aimed');
  });

  it('adds no finding of its own when its score rests only on the swear words already reported', () => {
    // Repeated swearing scores high, but the model has nothing to name beyond the profanity itself.
    const { messages } = lintText('fuck fuck fuck, the bus left without me');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.ruleId === 'profanity')).toBe(true);
  });

  it('with model: false gives the rules alone, with no score', () => {
    const { messages } = lintText('this build is so fucking good', { config: { model: false } });
    expect(messages.map((m) => m.ruleId)).toEqual(['profanity']);
    expect(messages[0]?.score).toBeUndefined();
  });

  it('reports what no rule catches through the rule of its category, with the words that weighed most', () => {
    // No rule word here: "fat" alone is not an insult to the rules, but the model reads the whole remark.
    const text = "you'd look so much better if you weren't so fat";
    const { messages } = lintText(text);
    const finding = messages.find((m) => m.messageId === 'model');
    expect(lintText(text, { config: { model: false } }).messages).toEqual([]);
    expect(finding, JSON.stringify(messages)).toBeDefined();
    expect(finding?.text.length).toBeGreaterThan(0);
    expect(coversWholeWords(text, finding?.range as [number, number])).toBe(true);
    expect(finding?.message).toMatch(/model score \d+%/);
    expect(finding?.why.length).toBeGreaterThan(20);
    expect(finding?.suggestions.length).toBeGreaterThan(0);
    // Below 0.9, a finding of the model alone warns rather than fails.
    expect(finding?.severity).toBe((finding?.score ?? 0) >= 0.9 ? 'error' : 'warning');
  });

  it('gives scores in [0, 1] and never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const message of lintText(text).messages) {
          expect(message.score).toBeGreaterThanOrEqual(0);
          expect(message.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('highlights ranges inside the text that cover whole words', () => {
    const words = ['you', 'are', 'a', 'waste', 'of', 'space', 'nobody', 'wants', 'your', 'face', 'stupid', 'people', 'like', 'them', 'always', 'ruin', 'it', 'go', 'away', 'lol', "you're", 'pathetic', '@sam', 'women', 'can\'t', 'drive', ',', '!', '"'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), (picked) => {
        const text = picked.join(' ');
        for (const message of lintText(text).messages) {
          if (message.messageId !== 'model') continue;
          expect(coversWholeWords(text, message.range), `${text} -> ${message.range}`).toBe(true);
          expect(message.text).toBe(text.slice(...message.range));
        }
      }),
      { numRuns: 300 },
    );
  });
});

const message = {
  ruleId: 'insults', category: 'insult', severity: 'error', messageId: 'nameCalling', message: 'm', why: 'w', suggestions: ['s'],
  line: 1, column: 1, endLine: 1, endColumn: 6, range: [0, 5], text: 'idiot', confidence: 0.9, docs: 'https://example.org', docsPath: '/rules/insults/README.md',
} as LintMessage;

describe('withScore', () => {
  it('gives what a spread gives, keys in the same order, without touching the message', () => {
    expect(JSON.stringify(withScore(message, 0.75))).toBe(JSON.stringify({ ...message, score: 0.75 }));
    expect(message.score).toBeUndefined();
  });

  it('replaces a score in its place', () => {
    const scored: LintMessage = { ...message, score: 0.5, cue: { start: '00:01', end: '00:02' } };
    expect(JSON.stringify(withScore(scored, 0.9))).toBe(JSON.stringify({ ...scored, score: 0.9 }));
  });
});
