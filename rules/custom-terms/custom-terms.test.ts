import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule } from '../../test/support/rule-tester.js';
import customTerms from './index.js';

const terms = [
  { match: 'noob*', suggestion: 'newcomer', severity: 'warn' },
  { match: 'go touch grass', category: 'harassment', reason: 'It dismisses the person.' },
];

testRule(customTerms, {
  valid: [{ text: 'no terms configured, noob', options: {} }, { text: 'a good game', options: { terms } }],
  invalid: [
    { text: 'what a noob move', options: { terms }, errors: ['noob'] },
    { text: 'Noobs everywhere', options: { terms }, errors: ['Noobs'] },
    { text: 'n00b', options: { terms }, errors: ['n00b'] },
    { text: 'just go touch grass', options: { terms }, errors: ['go touch grass'] },
  ],
});

describe('custom-terms', () => {
  it('uses the term\'s own severity, category and suggestion', () => {
    const [noob] = lintWithRule(customTerms, 'noob', { terms });
    expect(noob).toMatchObject({ severity: 'warning', category: 'custom' });
    expect(noob?.suggestions[0]).toBe('Try "newcomer" instead.');
    const [grass] = lintWithRule(customTerms, 'go touch grass', { terms });
    expect(grass).toMatchObject({ severity: 'error', category: 'harassment', why: 'It dismisses the person.' });
  });
});
