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

  it('keeps scripts it does not fold', () => {
    expect(normalizeText('मैं ठीक हूँ').text.length).toBeGreaterThan(0);
  });
});
