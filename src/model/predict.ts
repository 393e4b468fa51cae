/**
 * Scores features with the weights: a logistic `toxic` head and a softmax over the category heads.
 * Pure and allocation-light; the contributions (weight x value, exact for a linear model) are
 * worked out only when a finding needs its words.
 */
import type { Features } from './features.js';
import { CATEGORY_HEADS, type CategoryHead, type ModelWeights } from './weights.js';

export interface Prediction {
  /** Probability that the text may hurt, in [0, 1]. */
  toxic: number;
  /** The most likely category, should it hurt: worked out on first call (most texts never need it). */
  category(): CategoryHead;
}

export interface Categories {
  /** The most likely category. */
  best: CategoryHead;
  /** Softmax over the categories, in CATEGORY_HEADS order. */
  scores: number[];
}

function sigmoid(x: number): number {
  if (!Number.isFinite(x)) return x > 0 ? 1 : 0;
  return 1 / (1 + Math.exp(-x));
}

/** The logit of head `h` for `features`. */
export function headLogit(model: ModelWeights, h: number, features: Features): number {
  const weights = model.weights[h] as Int8Array;
  let sum = 0;
  const { ids, count } = features;
  for (let i = 0; i < count; i++) sum += weights[ids[i] as number] as number;
  return sum * (model.scales[h] as number) + (model.biases[h] as number);
}

/** Scores one text's features. */
export function predict(model: ModelWeights, features: Features): Prediction {
  const toxic = sigmoid(headLogit(model, 0, features));
  let best: CategoryHead | undefined;
  return { toxic: Number.isNaN(toxic) ? 0 : toxic, category: () => (best ??= categorise(model, features).best) };
}

/** The category heads' softmax for one text's features. */
export function categorise(model: ModelWeights, features: Features): Categories {
  const logits = CATEGORY_HEADS.map((_, c) => headLogit(model, c + 1, features));
  const top = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  const categories = exps.map((value) => value / total);
  let best = 0;
  for (let c = 1; c < categories.length; c++) if ((categories[c] as number) > (categories[best] as number)) best = c;
  return { best: CATEGORY_HEADS[best] as CategoryHead, scores: categories };
}

/** One word's share of the toxic head's logit. */
export interface Contribution {
  /** [start, end) in the original text. */
  start: number;
  end: number;
  weight: number;
}

/**
 * Splits the toxic head's logit over the words: every feature's weight x value goes to the words
 * in its range (shared equally by the two words of a pair). Features of the whole text are left
 * out. `words` must be sorted by position.
 */
export function contributions(model: ModelWeights, features: Features, words: ReadonlyArray<{ start: number; end: number }>): Contribution[] {
  const weights = model.weights[0] as Int8Array;
  const scale = model.scales[0] as number;
  const byWord = words.map((word) => ({ start: word.start, end: word.end, weight: 0 }));
  for (let i = 0; i < features.count; i++) {
    const start = features.starts[i] as number;
    if (start < 0) continue;
    const end = features.ends[i] as number;
    const value = (weights[features.ids[i] as number] as number) * scale;
    // Words are sorted by position: find the first at or after `start`, then take those inside.
    let low = 0;
    let high = byWord.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((byWord[middle] as Contribution).start < start) low = middle + 1;
      else high = middle;
    }
    let last = low;
    while (last < byWord.length && (byWord[last] as Contribution).end <= end) last++;
    for (let w = low; w < last; w++) (byWord[w] as Contribution).weight += value / (last - low);
  }
  return byWord;
}
