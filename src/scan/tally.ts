/**
 * The numbers behind the scan summary, kept as results stream past: counts per rule and
 * severity, the most frequent hurtful words, and the worst few items. Memory does not grow with
 * the number of items.
 */
import type { ItemResult } from './types.js';

export interface RuleCount {
  ruleId: string;
  errors: number;
  warnings: number;
  /** Items with at least one finding from this rule. */
  items: number;
}

export interface Tally {
  items: number;
  flaggedItems: number;
  errorCount: number;
  warningCount: number;
  rules: Map<string, RuleCount>;
  /** Matched words, lower case, with how often each was found. */
  terms: Map<string, number>;
  /** The worst items so far, worst first. */
  worst: ItemResult[];
}

const WORST_KEPT = 5;
const HAS_SPACE = /\s/;
/** Past this many distinct words the rarest are forgotten, so a huge scan stays small. */
const MAX_TERMS = 10_000;

export function createTally(): Tally {
  return { items: 0, flaggedItems: 0, errorCount: 0, warningCount: 0, rules: new Map(), terms: new Map(), worst: [] };
}

/** How bad an item is: errors first, then warnings, then how sure the rules were. */
export function severityScore(result: ItemResult): number {
  const confidence = result.messages.reduce((best, message) => Math.max(best, message.confidence), 0);
  return result.errorCount * 1000 + result.warningCount * 10 + confidence;
}

export function addToTally(tally: Tally, result: ItemResult): void {
  tally.items++;
  if (result.messages.length === 0) return;
  tally.flaggedItems++;
  tally.errorCount += result.errorCount;
  tally.warningCount += result.warningCount;
  // Most flagged items have one finding: no set needed to count their rules once.
  const seenRules = result.messages.length > 1 ? new Set<string>() : undefined;
  for (const message of result.messages) {
    let count = tally.rules.get(message.ruleId);
    if (count === undefined) {
      count = { ruleId: message.ruleId, errors: 0, warnings: 0, items: 0 };
      tally.rules.set(message.ruleId, count);
    }
    if (message.severity === 'error') count.errors++;
    else count.warnings++;
    if (seenRules === undefined) count.items++;
    else if (!seenRules.has(message.ruleId)) {
      seenRules.add(message.ruleId);
      count.items++;
    }
    const lower = message.text.toLowerCase();
    const term = HAS_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
    tally.terms.set(term, (tally.terms.get(term) ?? 0) + 1);
  }
  if (tally.terms.size > MAX_TERMS) forgetRareTerms(tally.terms);
  keepWorst(tally.worst, result);
}

function keepWorst(worst: ItemResult[], result: ItemResult): void {
  const score = severityScore(result);
  const last = worst[worst.length - 1];
  if (worst.length >= WORST_KEPT && last !== undefined && severityScore(last) >= score) return;
  const at = worst.findIndex((kept) => severityScore(kept) < score);
  worst.splice(at === -1 ? worst.length : at, 0, result);
  if (worst.length > WORST_KEPT) worst.pop();
}

function forgetRareTerms(terms: Map<string, number>): void {
  const sorted = [...terms].sort((a, b) => b[1] - a[1]);
  terms.clear();
  for (const [term, count] of sorted.slice(0, MAX_TERMS / 2)) terms.set(term, count);
}

/** The `limit` most frequent terms, most frequent first. */
export function topTerms(tally: Tally, limit: number): [string, number][] {
  return [...tally.terms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}
