import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';

const words = (text: string): string[][] => createDocument(text).sentences.map((sentence) => sentence.tokens.map((token) => token.surface));

describe('createDocument', () => {
  it('splits sentences on end punctuation and line breaks', () => {
    expect(words('Great video! Loved it.\nSee you soon')).toEqual([['great', 'video'], ['loved', 'it'], ['see', 'you', 'soon']]);
  });

  it('keeps masked and leet words whole', () => {
    expect(words('f*ck this sh!t, dumb@ss')).toEqual([['f*ck', 'this', 'sh!t', 'dumb@ss']]);
  });

  it('expands contractions into words that keep their own ranges', () => {
    const text = "you're right";
    const [sentence] = createDocument(text).sentences;
    const tokens = sentence?.tokens ?? [];
    expect(tokens.map((token) => [token.surface, text.slice(token.start, token.end)])).toEqual([
      ['you', 'you'],
      ['are', "'re"],
      ['right', 'right'],
    ]);
  });

  it('makes tokens of mentions, hashtags, emoji and urls', () => {
    const [sentence] = createDocument('@sam_k this 💀 #fyp https://example.com/x').sentences;
    expect(sentence?.tokens.map((token) => token.kind)).toEqual(['mention', 'word', 'emoji', 'hashtag', 'url']);
  });

  it('joins words spelled out letter by letter', () => {
    expect(words('k y s')).toEqual([['kys']]);
    expect(words('s.t.u.p.i.d')).toEqual([['stupid']]);
    expect(words('u r a star')).toEqual([['u', 'r', 'a', 'star']]);
  });

  it('gives readings for leetspeak and stretched letters, but not for numbers', () => {
    const forms = (text: string) => createDocument(text).sentences[0]?.tokens[0]?.forms;
    expect(forms('1d10t')).toContain('idiot');
    expect(forms('l0ser')).toContain('loser');
    expect(forms('idiooooot')).toContain('idiot');
    expect(forms('2020')).toEqual(['2020']);
    expect(forms('good')).toEqual(['good']);
  });
});

describe('spelled-out words', () => {
  it('splits spelled-out words at wide gaps and keeps a run to one separator', () => {
    expect(words('Y O U  A R E  U G L Y')).toEqual([['you', 'are', 'ugly']]);
    expect(words("you're a s.t.u.p.i.d person")).toEqual([['you', 'are', 'a', 'stupid', 'person']]);
  });
});

describe('spelled-out words next to chat letters', () => {
  it('lets a change of separator start a new run', () => {
    expect(words('u r a k.y.s')).toEqual([['u', 'r', 'a', 'kys']]);
  });

  it('stays linear on a very long run of letters', () => {
    const tokens = createDocument('k '.repeat(50_000)).sentences[0]?.tokens ?? [];
    expect(tokens.length).toBe(50_000);
  });
});
