import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/text/document.js';
import { isDisclaimer, negationBefore, stanceOf } from '../../src/text/stance.js';
import type { Token } from '../../src/text/tokenize.js';

/** The stance toward the first token that reads `word`. */
function stanceAt(text: string, word: string): string {
  const tokens = createDocument(text).sentences.flatMap((sentence) => sentence.tokens) as Token[];
  const index = tokens.findIndex((token) => token.forms.includes(word));
  if (index < 0) throw new Error(`${word} not in ${text}`);
  const quoted = /["\u201C]/.test(tokens[index]?.punctBefore ?? '');
  return stanceOf(tokens, index, index + 1, quoted);
}

describe('stanceOf', () => {
  it.each([
    // reported naming (news)
    ['The goalkeeper was called a clown by the pundits.', 'clown', 'reported'],
    ['Neighbours said the landlord called the tenant a liar.', 'liar', 'reported'],
    ['She says she got labelled lazy at her first job.', 'lazy', 'reported'],
    // counter-speech and condemning quotes
    ['please stop calling the new kid weird', 'weird', 'condemned'],
    ['Writing "loser" under a child\'s drawing is cruel.', 'loser', 'condemned'],
    ['if you call a stranger ugly you are the problem', 'ugly', 'condemned'],
    ['insults like moron add nothing', 'moron', 'condemned'],
    // a word named, condemned; and through the noun, the verb that governs it
    ['the word moron should never be said to kids', 'moron', 'condemned'],
    ['stop using the word lame for things you dislike', 'lame', 'condemned'],
    // praise hyperbole
    ['you are a beast on the bass', 'beast', 'praise'],
    ['that drummer is insane, I love it', 'insane', 'praise'],
    ['disgustingly talented, both of you', 'disgustingly', 'praise'],
    // reclaimed in-group words
    ['as a queer teacher I needed this', 'queer', 'reclaimed'],
    ['we fat hikers exist too', 'fat', 'reclaimed'],
    // denied: called untrue, or put in someone else's mouth to reject it
    ['it is false that all of them are scum', 'scum', 'denied'],
    ['people who think bald men are useless need a hobby', 'useless', 'denied'],
    ['who says nerds are boring?', 'boring', 'denied'],
    ['whoever say you ugly got problem one', 'ugly', 'denied'],
    ['you cannot seriously believe that gamers are all lazy', 'lazy', 'denied'],
    ['you seriously cannot believe that gamers are all lazy', 'lazy', 'denied'],
    ["you can't believe how lazy my cat is", 'lazy', 'attack'],
    ['I do not think that anyone here is stupid', 'stupid', 'denied'],
    ['calling old people slow is a stereotype', 'slow', 'condemned'],
    ['gamers are lazy, which is a myth', 'lazy', 'denied'],
    // "the shit" praises
    ['this new album is the shit', 'shit', 'praise'],
    // attacks stay attacks
    ['that is not true you clown', 'clown', 'attack'],
    ['he says you are a fraud, and you are', 'fraud', 'attack'],
    ['they call you a loser because you are one', 'loser', 'attack'],
    ['I called him an idiot and I meant it', 'idiot', 'attack'],
    // a dare: the writer's own clause after "and" is not what is said
    ['say that again and I will hurt you', 'hurt', 'attack'],
    ['saying I will hurt you is not a joke', 'hurt', 'condemned'],
    ['you are a beast and nobody likes you', 'beast', 'attack'],
    ['you are sick in the head', 'sick', 'attack'],
    ['you are stupid lol', 'stupid', 'attack'],
    ['look at that fat slob', 'fat', 'attack'],
  ])('%s -> %s is %s', (text, word, stance) => {
    expect(stanceAt(text, word)).toBe(stance);
  });
});

describe('isDisclaimer', () => {
  const negationIn = (text: string): boolean => {
    const tokens = createDocument(text).sentences[0]?.tokens ?? [];
    return isDisclaimer(tokens, tokens.findIndex((token) => token.surface === 'not' || token.surface === 'no'));
  };

  it.each(['not gonna lie you are slow', 'no offense but that hat', 'not going to lie, rough', 'no hate but meh', 'not to be rude but hm'])('%s opens a disclaimer', (text) => {
    expect(negationIn(text)).toBe(true);
  });

  it.each(['you are not an idiot', 'no one thinks that', 'not a loser at all'])('%s negates', (text) => {
    expect(negationIn(text)).toBe(false);
  });
});

describe('negationBefore', () => {
  const negationIn = (text: string, word: string, reach = 3): string | undefined => {
    const tokens = createDocument(text).sentences[0]?.tokens ?? [];
    const at = negationBefore(tokens, tokens.findIndex((token) => token.surface === word), reach);
    return at === -1 ? undefined : tokens[at]?.surface;
  };

  it('finds a negation shortly before, in the clause', () => {
    expect(negationIn('we should never deport them', 'deport')).toBe('never');
    expect(negationIn('do not kill yourself', 'kill')).toBe('not');
  });

  it('stops at clause and quotation marks, at the reach, and at disclaimers', () => {
    expect(negationIn('no, just die', 'die')).toBeUndefined();
    expect(negationIn("there is no 'ban' you idiot", 'idiot')).toBeUndefined();
    expect(negationIn('not once did the band play it', 'play')).toBeUndefined();
    expect(negationIn('no offense but go die', 'die')).toBeUndefined();
  });
});
