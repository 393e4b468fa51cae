import { describe, expect, it } from 'vitest';
import { processMarkdown } from '../../src/processors/markdown.js';

const prose = (text: string): string => processMarkdown(text)[0]!.text;

describe('processMarkdown', () => {
  it('keeps every offset: the checked text is as long as the file, line breaks in place', () => {
    const text = '---\ntitle: x\n---\n# Hi\n\n```\ncode\n```\nok `x` [a](https://b.c)\n';
    const checked = prose(text);
    expect(checked).toHaveLength(text.length);
    expect([...checked].map((char, index) => (char === '\n') === (text[index] === '\n')).every(Boolean)).toBe(true);
  });

  it('blanks front matter, fenced and indented code, and inline code', () => {
    const text = '---\ntitle: dumb idea\n---\n\nText.\n\n~~~\ndumb\n~~~\n\n    dumb code\n\nUse `dumb` here.';
    expect(prose(text)).not.toMatch(/dumb/);
    expect(prose(text)).toContain('Text.');
    expect(prose(text)).toContain('Use        here.');
  });

  it('keeps link text and alt text but blanks URLs, autolinks, tags and reference definitions', () => {
    const text = 'See [this idiot guide](https://x.y/idiot) ![idiot cat](idiot.png) <https://idiot.example> www.idiot.example <b>bold</b>\n\n[ref]: https://idiot.example/';
    const checked = prose(text);
    expect(checked.match(/idiot/g)).toHaveLength(2);
    expect(checked).toContain('[this idiot guide]');
    expect(checked).toContain('bold');
    expect(checked).not.toContain('<b>');
  });

  it('keeps indented list continuations as prose', () => {
    expect(prose('- first item\n\n    more of the first item')).toContain('more of the first item');
  });
});
