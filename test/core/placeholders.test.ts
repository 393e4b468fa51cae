import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/core/linter.js';

describe('fillPlaceholders', () => {
  it('fills every placeholder from the data, spaces inside the braces allowed', () => {
    expect(fillPlaceholders('"{{term}}" is {{ group }}; {{term}} again', { term: 'x', group: 'y' })).toBe('"x" is y; x again');
  });

  it('keeps placeholders the data lacks, and text without any as it is', () => {
    expect(fillPlaceholders('{{term}} and {{ missing }}', { term: 'x' })).toBe('x and {{ missing }}');
    expect(fillPlaceholders('{{ }} {{term', { term: 'x' })).toBe('{{ }} {{term');
    expect(fillPlaceholders('{{term}}', undefined)).toBe('{{term}}');
  });

  it('fills the same template alike for different data', () => {
    expect(['a', 'b'].map((term) => fillPlaceholders('<{{term}}>', { term }))).toEqual(['<a>', '<b>']);
  });
});
