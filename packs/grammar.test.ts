import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';

/**
 * The grammar that ties a hostile word to a group in plain English sentences (packs/grammar.ts),
 * which identity-attacks reads every sentence with (linkedGroupAttack). Sentences written for this
 * test. The rules alone (no model), so what is asserted is the reading, not a score.
 */
const GROUP_ATTACKS = new Set(['groupAttack', 'sgGroupAttack', 'msGroupAttack']);
const packFindings = (text: string): string[] =>
  lintText(text, { config: { model: false } })
    .messages.filter((message) => message.ruleId === 'identity-attacks' && GROUP_ATTACKS.has(message.messageId))
    .map((message) => message.text);

describe('grammar-linked group attacks', () => {
  it.each([
    'Immigrants are always so dirty',
    'Any tamil like you should be deported',
    'Seniors are a complete waste of space',
    'Filipinos worse than animals',
    'Someone should burn those buddhists',
    'Every time catholics speak I realise they are all liars',
    'Whenever eurasians show up in my feed I want to strangle them',
    'I feel nothing but hate for bangladeshis',
    'Atheists make me sick',
    'Every bangladeshi here ought to be deported',
    'I want to make those sikhs suffer',
    'We were talking about eurasians. They are all liars honestly',
  ])('reads %j as said of the group', (text) => {
    expect(packFindings(text)).not.toEqual([]);
  });

  it.each([
    // The group is the victim or a bystander, not what the hostile word is said of.
    'My Muslim neighbour was attacked on the bus yesterday',
    'The landlord hates that his tenants are immigrants, which is wrong',
    'Women at the clinic told me the food there is disgusting',
    'A disabled athlete beat the world record',
    'Those seniors volunteered at the shelter after the fire killed three dogs',
    // A pronoun in the next line is about something else: lines are separate comments.
    'We were talking about eurasians\nThey are all liars, those politicians',
    'Eurasians came to the party. They said the food was disgusting',
    // Harm reported, not wished.
    'Two tamils were attacked outside the station last night',
    'Many immigrants are deported every year without a hearing',
    // Negated, or the compliment affirmed.
    'Immigrants are not criminals',
    'Indians are never lazy in my experience',
    'Seniors are smart and kind',
    'Not every tamil is lazy lah',
    'Eurasians are not stupid lah',
    'Jangan cakap orang cina pemalas',
    'Bukan semua orang india pemalas',
    'Tak semua pendatang penjenayah',
    // Counter-speech.
    'Stop saying foreign workers damn dirty lah',
    'Why you say filipinos are stupid?',
    'I will report anyone who calls seniors useless',
  ])('does not read %j as an attack on the group', (text) => {
    expect(packFindings(text)).toEqual([]);
  });
});
