import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalRange } from '../../src/text/normalize.js';

describe('normalizeText', () => {
  it.each([
    ['ＩＤＩＯＴ', 'idiot'],
    ['\u0456d\u0456ot', 'idiot'], // Cyrillic і
    ['id\u200Biot', 'idiot'],
    ['st\u00ADupid', 'stupid'],
    ['𝐬𝐭𝐮𝐩𝐢𝐝', 'stupid'],
    ['stüpid', 'stupid'],
    ['you\u2019re', "you're"],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps every normalized character back to the characters it came from', () => {
    const original = 'hey ＩＤ\u200BＩＯＴ 𝐬𝐭';
    const normalized = normalizeText(original);
    const start = normalized.text.indexOf('idiot');
    const [from, to] = toOriginalRange(normalized, start, start + 5);
    expect(original.slice(from, to)).toBe('ＩＤ\u200BＩＯＴ');
    const st = normalized.text.indexOf('st');
    const [sFrom, sTo] = toOriginalRange(normalized, st, st + 2);
    expect(original.slice(sFrom, sTo)).toBe('𝐬𝐭');
  });

  it('drops accents typed as separate combining marks after a Latin letter, and covers them in the range', () => {
    const original = 'you i\u0301dio\u0300t\u0301\u0302!';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('you idiot!');
    const [from, to] = toOriginalRange(normalized, 4, 9);
    expect(original.slice(from, to)).toBe('i\u0301dio\u0300t\u0301\u0302');
  });

  it('drops bidirectional isolates and embeddings', () => {
    expect(normalizeText('a \u2066idiot\u2069 \u202Aok\u202C \u2067x\u2068y\u2069').text).toBe('a idiot ok xy');
  });

  it('reads a right-to-left override as it is shown on screen, and maps it back', () => {
    // Stored backwards, shown as "idiot".
    const original = 'you \u202Etoidi\u202C ok';
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('you idiot ok');
    const [from, to] = toOriginalRange(normalized, 4, 9);
    expect(original.slice(from, to)).toBe('toidi');
    // Without a closing PDF the override runs to the end of the line only.
    expect(normalizeText('\u202Etoidi\nidiot').text).toBe('idiot\nidiot');
    expect(normalizeText('\u202E😀ab').text).toBe('ba😀');
  });

  it('keeps scripts it does not fold', () => {
    expect(normalizeText('मैं ठीक हूँ').text.length).toBeGreaterThan(0);
  });
});
