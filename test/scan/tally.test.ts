import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/core/types.js';
import { addToTally, createTally, topTerms } from '../../src/scan/tally.js';
import type { ItemResult } from '../../src/scan/types.js';

function finding(ruleId: string, text: string, severity: 'error' | 'warning' = 'error'): LintMessage {
  return {
    ruleId, category: 'insult', severity, messageId: 'm', message: 'm', why: 'w', suggestions: [],
    line: 1, column: 1, endLine: 1, endColumn: 1 + text.length, range: [0, text.length], text, confidence: 0.5, docs: '',
  };
}

function result(messages: LintMessage[]): ItemResult {
  const errorCount = messages.filter((message) => message.severity === 'error').length;
  return { item: { text: 'x', source: { file: 'f' } }, messages, errorCount, warningCount: messages.length - errorCount };
}

describe('addToTally', () => {
  it('counts an item once per rule, with one finding or several', () => {
    const tally = createTally();
    addToTally(tally, result([finding('insults', 'Clown')]));
    addToTally(tally, result([finding('insults', 'clown'), finding('insults', 'fool'), finding('profanity', 'darn', 'warning')]));
    addToTally(tally, result([]));
    expect(tally.items).toBe(3);
    expect(tally.flaggedItems).toBe(2);
    expect(tally.rules.get('insults')).toEqual({ ruleId: 'insults', errors: 3, warnings: 0, items: 2 });
    expect(tally.rules.get('profanity')).toEqual({ ruleId: 'profanity', errors: 0, warnings: 1, items: 1 });
  });

  it('counts words in lower case with runs of white space made one space', () => {
    const tally = createTally();
    addToTally(tally, result([finding('harassment', 'Nobody\n  asked')]));
    addToTally(tally, result([finding('harassment', 'nobody asked'), finding('insults', 'IDIOT')]));
    expect(topTerms(tally, 5)).toEqual([['nobody asked', 2], ['idiot', 1]]);
  });
});
