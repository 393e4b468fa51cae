/**
 * Training: logistic regression for the `toxic` head and a softmax over the category heads, by
 * AdaGrad on hashed sparse features, then int8 quantisation. Pure and deterministic: the same
 * examples and options give the same weights, bit for bit (a seeded shuffle, no threads, no
 * clock).
 */
import type { Features } from './features.js';
import { CATEGORY_HEADS, HEADS, type CategoryHead, type ModelWeights } from './weights.js';

export interface TrainingExample {
  /** The example's own features: a copy (copyFeatures), as extractFeatures reuses its arrays. */
  features: Features;
  toxic: boolean;
  /** For toxic examples whose source names a category; the category heads learn only from these. */
  category?: CategoryHead;
  /** How much the example counts (sources are weighed so that none dominates). */
  weight: number;
  /** True for examples that teach the category heads only (a positives-only source). */
  categoryOnly?: boolean;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { bits: 18, epochs: 4, seed: 11, learningRate: 0.08, l2: 1e-6 };

/** mulberry32: a small seeded generator, so shuffles repeat exactly. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(count: number, random: () => number): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order;
}

/** Float weights before quantisation, for cross-validation and for `quantise`. */
export interface FloatModel {
  bits: number;
  weights: Float64Array[];
  biases: Float64Array;
}

/** Trains every head on `examples`. */
export function trainFloat(examples: readonly TrainingExample[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): FloatModel {
  const size = 2 ** options.bits;
  const weights = HEADS.map(() => new Float64Array(size));
  const squares = HEADS.map(() => new Float64Array(size).fill(1e-8));
  const biases = new Float64Array(HEADS.length);
  const biasSquares = new Float64Array(HEADS.length).fill(1e-8);
  const random = createRandom(options.seed);
  const { learningRate: rate, l2 } = options;
  const logits = new Float64Array(CATEGORY_HEADS.length);
  const step = (h: number, gradient: number, { ids, count }: Features): void => {
    const w = weights[h] as Float64Array;
    const g2 = squares[h] as Float64Array;
    for (let i = 0; i < count; i++) {
      const id = ids[i] as number;
      const g = gradient + l2 * (w[id] as number);
      g2[id] = (g2[id] as number) + g * g;
      w[id] = (w[id] as number) - (rate * g) / Math.sqrt(g2[id] as number);
    }
    biasSquares[h] = (biasSquares[h] as number) + gradient * gradient;
    biases[h] = (biases[h] as number) - (rate * gradient) / Math.sqrt(biasSquares[h] as number);
  };
  const logit = (h: number, { ids, count }: Features): number => {
    const w = weights[h] as Float64Array;
    let sum = biases[h] as number;
    for (let i = 0; i < count; i++) sum += w[ids[i] as number] as number;
    return sum;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of shuffle(examples.length, random)) {
      const example = examples[index] as TrainingExample;
      const { features } = example;
      if (example.categoryOnly !== true) {
        const p = 1 / (1 + Math.exp(-logit(0, features)));
        step(0, (p - (example.toxic ? 1 : 0)) * example.weight, features);
      }
      if (example.category === undefined) continue;
      const target = CATEGORY_HEADS.indexOf(example.category);
      let top = -Infinity;
      for (let c = 0; c < logits.length; c++) top = Math.max(top, (logits[c] = logit(c + 1, features)));
      let total = 0;
      for (let c = 0; c < logits.length; c++) total += (logits[c] = Math.exp((logits[c] as number) - top));
      for (let c = 0; c < logits.length; c++) step(c + 1, ((logits[c] as number) / total - (c === target ? 1 : 0)) * example.weight, features);
    }
  }
  return { bits: options.bits, weights, biases };
}

/** int8 weights, one scale per head (the largest weight maps to 127). */
export function quantise(model: FloatModel): ModelWeights {
  const scales = new Float32Array(model.weights.length);
  const weights = model.weights.map((head, h) => {
    let largest = 0;
    for (const value of head) largest = Math.max(largest, Math.abs(value));
    const scale = largest === 0 ? 1 : largest / 127;
    scales[h] = scale;
    const out = new Int8Array(head.length);
    for (let i = 0; i < head.length; i++) out[i] = Math.round((head[i] as number) / scale);
    return out;
  });
  return { bits: model.bits, weights, scales, biases: Float32Array.from(model.biases) };
}

/** Trains and quantises. */
export function trainModel(examples: readonly TrainingExample[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): ModelWeights {
  return quantise(trainFloat(examples, options));
}
