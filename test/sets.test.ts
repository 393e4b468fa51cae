import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { FIXTURES } from './support/run-cli.js';

function readSet(name: string): string[] {
  return readFileSync(path.join(FIXTURES, 'sets', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

describe('the creator benign set (fixtures/sets/benign.txt)', () => {
  const lines = readSet('benign.txt');

  it('has at least 150 lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(150);
  });

  it('has no error-level finding', () => {
    const errors = lines.flatMap((line) => lintText(line).messages.filter((m) => m.severity === 'error').map((m) => `${line} -> ${m.ruleId}: ${m.text}`));
    expect(errors).toEqual([]);
  });

  it('has findings of any level on at most 2% of lines', () => {
    const flagged = lines.filter((line) => lintText(line).messages.length > 0);
    expect(flagged.length / lines.length, flagged.join('\n')).toBeLessThanOrEqual(0.02);
  });
});

describe('the attack set (fixtures/sets/attacks.txt)', () => {
  const lines = readSet('attacks.txt');

  it('has at least 150 lines', () => {
    expect(lines.length).toBeGreaterThanOrEqual(150);
  });

  it('flags at least 95% of lines with a rule other than profanity', () => {
    const missed = lines.filter((line) => !lintText(line).messages.some((message) => message.ruleId !== 'profanity'));
    expect(1 - missed.length / lines.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
