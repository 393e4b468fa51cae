import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { testRule } from '../../test/support/rule-tester.js';
import identityAttacks from './index.js';

testRule(identityAttacks, {
  valid: [
    // a saying reported, done by someone else
    'a man told me to go back to China',
    'we dykes run this bowling league',
    'Shouting "filthy immigrants" at a bus stop is racist and it is a crime.',
    'grab the hoe and weed the garden rows',
    'going outside for a fag and a cup of tea',
    'homo sapiens walked out of Africa',
    // innocent readings by the words around
    'the old truck needs a new motor and tranny',
    'we finally found a chink in their armour',
    'a night at the honky-tonk',
    'our Maine coon sleeps all day',
    'the redskins lost the game again',
    'hoe hoe hoe, merry christmas',
    // a masked word reads as the common word it fits: shit, not slut
    's**t happens, we go again tomorrow',
    // idioms that name no woman: a thing called "a bitch", the writer's own craving
    'karma is such a bitch, the ref who robbed us got robbed',
    "life's a bitch but the coffee is good",
    "it's a bitch to clean after a shoot",
    "I'm a slut for a good playlist",
    'lifes a bitch when the wifi drops',
    // naming the harm: slut shaming, the SlutWalk
    'not to slut shame anyone, but wear what you like',
    'she marched in the Slut Walk last year',
    // an illness someone has is no insult
    'about one in eight women get breast cancer',
    'cheese and crackers for the stream snacks',
    'my cat is such a pussy cat',
    'my Muslim neighbours brought us dinner',
    // a group named in the plural reads as spelled: its singular is an adjective of things
    'I hate white socks',
    'kids should not be allowed in the lab without goggles',
    'Mexican food is overrated and gross',
    // the writer counts in the group, to rebut what is said of it
    'Malays like me are lazy? Come and see my work schedule.',
    'women\'s football is the best thing on TV',
    'the dyke kept the sea out of Holland',
    'after the holidays I will go back to my country for a week',
    'Telling a neighbour "go back to your country" is racist.',
    // a negation shortly before the attack denies it
    'we should never deport refugees',
    'we should not get rid of immigrants',
    'refugees are welcome here',
    // called untrue by the writer, or praise
    'it is a myth that women are stupid',
    'people who think immigrants are criminals should meet my neighbours',
    'gay people are the shit',
    'gay men are not dangerous',
  ],
  invalid: [
    { text: 'I told you to go back to your country', errors: ['go back to your country'] },
    { text: 'shut up you stupid bitch', errors: [{ text: 'bitch', category: 'identity-attack' }] },
    { text: "it's friday, bitch", errors: ['bitch'] },
    { text: "she's a bitch", errors: ['bitch'] },
    // a slur with no innocent reading is no name, capitalised or not
    { text: 'Damn Feminazi', errors: ['Feminazi'] },
    // groups everywhere, said to be something hostile (packs/singlish/groups.ts PLURAL_GROUPS)
    { text: 'all Albanians are beggars', errors: [{ text: 'Albanians are beggars', messageId: 'groupAttack' }] },
    { text: 'honestly zionists are so creepy', errors: [{ text: 'zionists are so creepy', messageId: 'groupAttack' }] },
    // rights and lives denied are overt attacks, not micro-aggressions
    { text: 'Sikhs should not be allowed to vote', errors: [{ text: 'Sikhs should not be allowed to', messageId: 'groupAttack' }] },
    { text: 'I hope the Albanians go extinct', errors: [{ text: 'Albanians go extinct', messageId: 'groupAttack' }] },
    { text: 'is a bitch', errors: ['bitch'] },
    { text: 'destroy all the atheists', errors: [{ text: 'destroy all the atheists', messageId: 'groupAttack' }] },
    { text: 'what a f*ggot', errors: ['f*ggot'] },
    { text: 'ur such a r3tard', errors: ['r3tard'] },
    { text: 'look at that trannie', errors: ['trannie'] },
    { text: 'so tired of her #feminazi rants', errors: ['#feminazi'] },
    { text: 'what a niglet', errors: ['niglet'] },
    { text: 'I would rather have cancer than be near any muslims', errors: [{ messageId: 'groupAttack', text: 'rather have cancer than be near any muslims' }] },
    // a trait said of a whole group, by the linked reading
    { text: 'muslims are so obnoxious', errors: [{ text: 'muslims are so obnoxious', messageId: 'groupAttack' }] },
    { text: 'these hoes are crazy', errors: ['hoes'] },
    { text: 'go home, white trash', errors: ['white trash'] },
    { text: 'immigrants are vermin', errors: [{ text: 'immigrants are vermin', messageId: 'groupAttack' }] },
    { text: 'deport all the muslims', errors: ['deport all the muslims'] },
    { text: 'all women are stupid', errors: ['all women are stupid'] },
    { text: 'refugees are a virus', errors: ['refugees are a virus'] },
    { text: 'get rid of the foreigners already', errors: ['get rid of the foreigners'] },
    { text: 'i cannot stand muslims', errors: ['i cannot stand muslims'] },
    { text: 'kick all the immigrants out', errors: ['kick all the immigrants out'] },
    // addressed to someone, "go back to your country" is a xenophobic attack (an error), not a micro-aggression
    { text: 'nobody cares, go back to your country', errors: [{ text: 'go back to your country', messageId: 'goBack' }] },
    { text: 'just go back where you came from', errors: [{ text: 'go back where you came', messageId: 'goBack' }] },
  ],
});

testRule(identityAttacks, {
  valid: ['black people deserve better coverage', 'gay men and women marched together', 'Islam is practised by my neighbours'],
  invalid: [
    { text: 'gay people are a disease', errors: ['gay people are a disease'] },
    { text: 'islam is a plague', errors: ['islam is a plague'] },
    { text: 'women deserve to be abused', errors: ['women deserve to be abused'] },
    { text: 'I fucking hate immigrants', errors: ['I fucking hate immigrants'] },
  ],
});

describe('go back to your country', () => {
  it('is an error of identity-attacks, not a micro-aggression warning', () => {
    const messages = lintText('go back to your country', { config: { model: false } }).messages;
    expect(messages.map((message) => [message.ruleId, message.severity])).toEqual([['identity-attacks', 'error']]);
  });
});

describe('group attack messages', () => {
  it.each([
    ['immigrants are vermin', 'where they come from'],
    ['all women are stupid', 'gender'],
  ])('name the group so the sentence still reads (%j)', (text, group) => {
    const [message] = lintText(text, { config: { model: false }, rules: { 'micro-aggressions': 'off', insults: 'off' } }).messages;
    expect(message?.message).toBe(`"${text}" attacks a whole group of people for who they are (${group}).`);
  });
});
