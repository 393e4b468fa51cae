import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';

/**
 * Sentences written for these tests (none from a dataset): Singlish and Manglish, hurtful and
 * kind, with particles, Singlish spellings, code-switching and praise slang. Each hurtful one
 * names the rule that must report it; English rules count (Singlish is English).
 */
const HURTFUL: readonly [string, string][] = [
  ['You so stupid lah', 'insults'],
  ['u damn dumb sia', 'insults'],
  ['Why you so ugly one leh', 'insults'],
  ['You sohai ah', 'insults'],
  ['Wah you goondu lor', 'insults'],
  ['You siao is it, go and die lah', 'harassment'],
  ['Knn this driver', 'profanity'],
  ['Cb la, so slow', 'profanity'],
  ['Chee bye, who took my seat', 'profanity'],
  ['Lanjiao lah this guy', 'profanity'],
  ['Diu lei lo mo', 'profanity'],
  ['Kanina, traffic jam again', 'profanity'],
  ['Ham kah chan lah you', 'harassment'],
  ['Pok kai lah', 'harassment'],
  ['I whack you later lah', 'harassment'],
  ['Nobody asked lah', 'harassment'],
  ['Kill yourself lah', 'harassment'],
  ['Those foreign workers damn dirty sia', 'identity-attacks'],
  ['Malays all lazy one lah', 'identity-attacks'],
  ['Indians smell one', 'identity-attacks'],
  ['Chinese damn greedy lah, all cheapskates', 'identity-attacks'],
  ['I cannot stand gays lah', 'identity-attacks'],
  ['Seniors are a burden to society lor', 'identity-attacks'],
  ['Women never smart one', 'identity-attacks'],
  ['Those PRCs should all go back their country', 'identity-attacks'],
  ['Handicapped people so useless sia', 'identity-attacks'],
  ['Ah kua go away lah', 'identity-attacks'],
  ['Keling one, confirm cheat', 'identity-attacks'],
  ['Tiong come here steal our jobs', 'identity-attacks'],
  ['You so bodoh lah', 'insults'],
  ['Kau ni bodoh lah, dont know how to drive', 'insults'],
  ['Muslims are all terrorists', 'identity-attacks'],
  ['Those bangla workers smell like longkang sia', 'identity-attacks'],
  ['I hate them lah, Pinoys think they so atas', 'identity-attacks'],
  ['Useless lah, all these foreigners.', 'identity-attacks'],
  ['Human rights dont apply to PRCs lah', 'identity-attacks'],
  ['I care more about the dirt under my shoe than foreigners sia', 'identity-attacks'],
  ['This country got no space for Pinoys like you', 'identity-attacks'],
  ['Those migrant workers cannot be trusted one', 'identity-attacks'],
  ['Why we never just throw away all the PRCs?', 'identity-attacks'],
  ['My cat smarter than any Pinoy lah', 'identity-attacks'],
  ['Foreign workers like you no better than rats', 'identity-attacks'],
];

const KIND: readonly string[] = [
  'Power lah!',
  'Steady bojio',
  'Steady lah bro, you killed it',
  'Wah this one damn shiok sia',
  'Your cooking damn solid leh',
  'Paiseh I late again',
  'Can lah, no problem',
  'Why you bojio me leh',
  'Walao the queue damn long',
  'I very sian today',
  'Alamak forgot my umbrella again',
  'This chilli crab confirm plus chop the best',
  'My ah ma very happy today',
  'Malays, Chinese and Indians all celebrate together lah',
  'Foreign workers built our HDB, respect them',
  'The mentally ill deserve care, not jokes',
  'I stupid lah, forgot my wallet',
  'Dont call them lazy, they work damn hard',
  'Sibei nice lah this song',
  'Jialat, I missed the bus',
  'Terbaik lah, thank you boss',
  'Makan already or not?',
  'Got any seniors in this class?',
  'We should not get rid of the foreign workers lah, who will build our flats',
  'Chinese New Year traffic damn jialat, I die already',
  'My Malay colleague damn shiok to work with, we always kill time at the kopitiam',
  'The Indian uncle kena scolded by the bus driver, driver damn rude',
  'Malay food at the bazaar damn shiok, the rendang killed it',
  'Who says human rights dont apply to migrant workers? Of course they do lah',
  'My phone cannot be trusted, always hang one',
  'My dog is smarter than me sia',
  'Why we never throw away the old sofa?',
  'Malays are no better than anyone else, and no worse',
];

describe('Singlish and Manglish pack', () => {
  // The pack's own rules, without the model: under the recommended preset the model leaves out
  // swearing aimed at no one, which the strict, kids and professional presets report.
  it.each(HURTFUL)('flags %j (%s)', (text, rule) => {
    const { messages } = lintText(text, { config: { model: false } });
    expect(messages.map((message) => message.ruleId)).toContain(rule);
    for (const message of messages) expect(text.slice(...message.range)).toBe(message.text);
  });

  it.each(KIND)('does not flag %j', (text) => {
    expect(lintText(text).messages.map((message) => `${message.ruleId}: ${message.text}`)).toEqual([]);
  });

  it('has at least 50 sentences of its own', () => {
    expect(HURTFUL.length + KIND.length).toBeGreaterThanOrEqual(50);
  });

  it('lets English rules work through particles', () => {
    for (const particle of ['lah', 'leh', 'lor', 'sia', 'meh', 'hor', 'ah']) {
      expect(lintText(`you are such an idiot ${particle}`).messages.map((message) => message.ruleId)).toContain('insults');
    }
  });

  it('glosses what a Hokkien word means', () => {
    const [message] = lintText('knn this guy', { config: { model: false } }).messages;
    expect(message?.why).toMatch(/Hokkien/);
  });
});
