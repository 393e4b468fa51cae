import { describe, expect, it } from 'vitest';
import { processSubtitles } from '../../src/processors/subtitles.js';

describe('processSubtitles', () => {
  it('makes one segment per SubRip cue, with its time, and blanks markup', () => {
    const text = '1\r\n00:00:01,000 --> 00:00:02,000\r\n<i>Hello</i> there\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,500\r\n{\\an8}Second\r\nline\r\n';
    const segments = processSubtitles(text);
    expect(segments.map((segment) => [segment.cue, segment.text.trim()])).toEqual([
      [{ start: '00:00:01,000', end: '00:00:02,000' }, 'Hello     there'],
      [{ start: '00:00:03,000', end: '00:00:04,500' }, 'Second\r\nline'],
    ]);
    for (const segment of segments) expect(text.slice(segment.start, segment.end)).toHaveLength(segment.text.length);
  });

  it('skips the WebVTT header, NOTE, STYLE and REGION blocks, and reads cue identifiers and settings', () => {
    const text = 'WEBVTT\n\nNOTE an idiot note\n\nSTYLE\n::cue { color: red }\n\nchapter-1\n00:01.000 --> 00:02.000 line:0 position:20%\n<v Ana>Hi there</v>\n';
    expect(processSubtitles(text).map((segment) => [segment.cue, segment.text.trim()])).toEqual([[{ start: '00:01.000', end: '00:02.000' }, 'Hi there']]);
  });
});
