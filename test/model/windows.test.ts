import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { createDocument } from '../../src/text/document.js';
import { distinctSentences, WINDOW_CHARS, windowsOf } from '../../src/model/windows.js';

const KIND = 'thanks for sharing the photos from the trip, they look wonderful. ';

describe('the model on long lines', () => {
  it('judges a rule finding by its neighbours, not by 20 KB of kind text on the same line', () => {
    const line = `${KIND.repeat(150)}you are such a loser. ${KIND.repeat(150)}`;
    expect(line.length).toBeGreaterThan(19_000);
    const found = lintText(line).messages;
    expect(found.map((message) => [message.ruleId, message.text])).toEqual([['insults', 'loser']]);
    expect(lintText(line, { config: { model: false } }).messages.map((message) => message.text)).toEqual(['loser']);
  });

  it('finds nothing in one kind sentence repeated on a long line, however often', () => {
    for (const times of [1, 100, 2000]) expect(lintText('a calm and friendly sentence. '.repeat(times)).messages).toEqual([]);
  });

  it('still reports what the model finds by itself in a window of a long line, once per line', () => {
    // A sentence only the model flags (the rules find nothing in it).
    const flagged = 'my cat is such a pussy cat. ';
    expect(lintText(flagged, { config: { model: false } }).messages).toEqual([]);
    expect(lintText(flagged).messages.map((message) => message.ruleId)).toEqual(['insults']);
    const everyWindow = Array.from({ length: 80 }, (_, index) => `my cat number ${index} is such a pussy cat. `).join('');
    expect(windowsOf(createDocument(everyWindow).sentences).length).toBeGreaterThan(2);
    expect(lintText(everyWindow).messages.map((message) => message.ruleId)).toEqual(['insults']);
  });
});

describe('model windows', () => {
  it('keeps a line up to WINDOW_CHARS whole and cuts a longer one at sentences', () => {
    const short = createDocument(KIND.repeat(5)).sentences;
    expect(windowsOf(short)).toEqual([short]);
    const long = createDocument(KIND.repeat(60)).sentences;
    const windows = windowsOf(long);
    expect(windows.flat()).toEqual(long);
    for (const window of windows) expect((window.at(-1)?.end ?? 0) - (window[0]?.start ?? 0)).toBeLessThanOrEqual(WINDOW_CHARS);
  });

  it('counts a sentence repeated word for word once', () => {
    const text = 'Stop it. stop  it. Please stop.';
    expect(distinctSentences(text, createDocument(text).sentences).map((sentence) => text.slice(sentence.start, sentence.end).trim())).toEqual(['Stop it', 'Please stop']);
  });
});
