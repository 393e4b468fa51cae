import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { createDocument } from '../../src/text/document.js';
import { normalizeText, toOriginalRange } from '../../src/text/normalize.js';

// Strings that stress the text layer: any Unicode, and words from the rules with tricks applied.
const tricky = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(fc.constantFrom('you', "you're", 'idiot', 'k y s', 'f*ck', '1d10t', '💀', '\u200B', 'ＩＤ', 'і', ',', '!', '\n', ' ', 'nobody', 'asked', '@sam', "'"), { maxLength: 40 })
    .map((parts) => parts.join('')),
);

describe('text layer properties', () => {
  it('normalizes any string without throwing, mapping inside the original', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const normalized = normalizeText(text);
        for (let i = 0; i < normalized.text.length; i++) {
          const [start, end] = toOriginalRange(normalized, i, i + 1);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(start).toBeLessThan(end);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tokenizes any string into ordered ranges inside the original', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        // Starts never go backwards; one character may yield several tokens ("⅐" reads "1⁄7").
        let previousStart = 0;
        for (const sentence of createDocument(text).sentences) {
          for (const token of sentence.tokens) {
            expect(token.start).toBeGreaterThanOrEqual(previousStart);
            expect(token.end).toBeLessThanOrEqual(text.length);
            expect(token.start).toBeLessThanOrEqual(token.end);
            previousStart = token.start;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lints any string without throwing; every range quotes the reported words', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        for (const message of lintText(text).messages) {
          expect(message.range[0]).toBeGreaterThanOrEqual(0);
          expect(message.range[1]).toBeLessThanOrEqual(text.length);
          expect(text.slice(message.range[0], message.range[1])).toBe(message.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('handles empty and very large input', () => {
    expect(lintText('').messages).toEqual([]);
    const big = 'you are an idiot. have a great day. '.repeat(30_000);
    const { messages } = lintText(big);
    expect(messages.length).toBe(30_000);
  });
});

describe('long inputs stay linear', () => {
  // Counts, not timings: a quadratic path would not finish these in the test timeout.
  it('lints a 1 MB run-on line of insults and a 1 MB run of spelled letters', () => {
    const runOn = 'you are such an idiot and nobody asked '.repeat(26_000);
    expect(lintText(runOn).messages.length).toBeGreaterThan(0);
    expect(lintText('k '.repeat(500_000)).messages).toEqual([]);
  });

  it('lints 1 MB with a pathological custom-terms config', () => {
    const config = { terms: [{ match: '*a*a*a*a*a*a*a*a*b' }, { match: 'a* a* a* a* b' }] };
    expect(lintText(`${'a'.repeat(999)} `.repeat(1000), { config }).messages).toEqual([]);
  });

  it('lints a single 1 MB word against star-heavy terms and allow entries', () => {
    const stars = `${'*a'.repeat(45)}*b`;
    const config = { terms: [{ match: stars }, { match: `${stars} ${stars}` }], allow: [stars, '(a+)+$', '.*.*.*=.*'] };
    const word = 'a'.repeat(1024 * 1024);
    expect(lintText(word, { config }).messages).toEqual([]);
    expect(lintText(`${word}b`, { config }).messages).toHaveLength(1);
  });
});
