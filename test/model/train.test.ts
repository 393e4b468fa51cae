import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { copyFeatures, extractFeatures } from '../../src/model/features.js';
import { predict } from '../../src/model/predict.js';
import { trainModel, type TrainOptions, type TrainingExample } from '../../src/model/train.js';
import { decodeWeights, encodeWeights } from '../../src/model/weights.js';

const OPTIONS: TrainOptions = { bits: 12, epochs: 20, seed: 7, learningRate: 0.2, l2: 1e-6 };

/** A tiny corpus of our own: kind remarks and rude ones about the reader. */
const CORPUS: Array<[string, boolean]> = [
  ['thanks for sharing this recipe', false],
  ['what a lovely garden you have', false],
  ['the lighting in this clip is great', false],
  ['I learned a lot from this talk', false],
  ['can you post the pattern for the scarf', false],
  ['nice work on the bridge section', false],
  ['you are a worthless clown', true],
  ['you are pathetic and nobody likes you', true],
  ['shut up you pathetic clown', true],
  ['you are worthless, log off', true],
  ['nobody likes you, you clown', true],
  ['your voice is pathetic', true],
];

function examples(): TrainingExample[] {
  return CORPUS.map(([text, toxic]) => ({
    features: copyFeatures(extractFeatures(createDocument(text), [], OPTIONS.bits)),
    toxic,
    category: toxic ? 'insult' : undefined,
    weight: 1,
  }));
}

describe('training', () => {
  it('gives the same weights, byte for byte, when run twice', () => {
    const first = encodeWeights(trainModel(examples(), OPTIONS));
    const second = encodeWeights(trainModel(examples(), OPTIONS));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('learns the tiny corpus: a new rude remark about the reader scores high, a kind one low', () => {
    const model = decodeWeights(encodeWeights(trainModel(examples(), OPTIONS)));
    const score = (text: string) => predict(model, extractFeatures(createDocument(text), [], OPTIONS.bits)).toxic;
    expect(score('you clown, you are pathetic')).toBeGreaterThan(0.8);
    expect(score('thanks, the garden clip is lovely')).toBeLessThan(0.2);
    expect(predict(model, extractFeatures(createDocument('you pathetic clown'), [], OPTIONS.bits)).category()).toBe('insult');
  });

  it('gives different weights with another seed (the seed is what makes it repeat)', () => {
    const first = encodeWeights(trainModel(examples(), OPTIONS));
    const other = encodeWeights(trainModel(examples(), { ...OPTIONS, seed: 8 }));
    expect(Buffer.from(first).equals(Buffer.from(other))).toBe(false);
  });
});
