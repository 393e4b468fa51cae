import { describe, expect, it } from 'vitest';
import { assertRendersReadably, testRule } from '../../test/support/rule-tester.js';
import insults from './index.js';
import { insultTerms } from './terms.js';

testRule(insults, {
  valid: [
    'you killed it',
    'this song is stupid',
    'I\'m such an idiot lol, forgot my keys again',
    'you\'re not an idiot, you just missed one step',
    'stupidly talented, how do you do this',
    'what a clown show that meeting was',
    'the trash can is full',
    'this is garbage, honestly',
    'he is a joke writer on that show',
    'I feel so ugly today',
    // stance (src/text/stance.ts): news, counter-speech, praise hyperbole, reclaimed words
    'The pitcher was called a bum by the crowd on Sunday.',
    'Stop calling your sister dumb, she is nine.',
    'you are an absolute menace on the dance floor',
    'my brothers are crazy and I love them',
    'as a fat runner I loved this route',
    'I need to lose some weight before the wedding',
    'you would look great in that green jacket',
    'this drawer is a waste of space',
    'the stain on the carpet finally came out',
    'you look like a pro already',
    // "nobody" is a pronoun unless it follows "a" (harassment reports "nobody asked" itself)
    'you are such a sweetheart, nobody does it better',
    'you are late again, nobody minds',
    // Illness words name a person's illness, or a thing, far more often than they call a person one.
    'my aunt beat cancer twice',
    'you\'re a cancer survivor and an inspiration',
    'the plague is back in the village',
    'you\'re not even a real fan',
    'I need a nose job lol',
    'cut back on the carbs in this recipe',
    'my doctor said I need to cut back on the carbs',
    'the fans are insane tonight',
    'boomers are hilarious',
    // "awful" and its kin judge things far more often than people, and a skill when they judge a person
    'the traffic this morning was awful',
    'that was a terrible idea, let us try again',
    'you\'re terrible at parking lol',
    'you were awful in that role and you know it, still my favourite episode',
    'my vlog looks an awful lot like yours',
    'you are horrible and I love you',
    'this drawer is full of crap',
    'your mic is terrible, get a new one',
    'you\'re terrible, I can\'t stop laughing',
    'she\'s a terrible cook but a great mom',
    'my Tamil is terrible, my grandmother laughs at me',
    // a plural made from a listed noun is reported only when aimed
    'we saw clowns at the fair on Sunday',
    'the jokes in this video are so good',
    // an adjective before a word for people names them, unless the writer is among them
    'stupid question, but how do I edit the caption?',
    'we are just dumb kids having fun',
    'she is sick of the comments on her videos',
    'my mom is sick again, so no stream today',
    'I love this nut case I bought for the car',
    // after "you", a noun that needs a link is a name called, unless it praises or asks
    'you dog, what a catch',
    'are you a liar or just confused about the dates?',
    'you troll them so well lol',
    'this update is 💩',
    'lol 🤡🤡',
    // a plural that needs a link judges things too; a compound is not a name
    'the last two launches were failures',
    'you\'re a party animal and we love it',
    'I am a recovering idiot, be patient with me',
    // a kind of animal, a verb with its particle, a dish
    'my guinea pig ate the whole carrot',
    'stop clowning around and film the intro',
    'the kids fool around after class',
    'jerk chicken and rice for dinner',
    'fans at the gig were like sheep, all filming the same thing',
  ],
  invalid: [
    { text: 'you\'re so dumb lol', errors: [{ text: 'dumb', messageId: 'nameCalling' }] },
    { text: 'you are awful.', errors: [{ text: 'awful', messageId: 'nameCalling' }] },
    { text: 'they are jerks', errors: ['jerks'] },
    { text: 'stupid people ruin everything', errors: ['stupid'] },
    { text: 'you hypocrite', errors: ['hypocrite'] },
    { text: 'you are a backstabber', errors: ['backstabber'] },
    { text: 'you are such a 🤡', errors: ['🤡'] },
    { text: 'you absolute disgrace', errors: ['disgrace'] },
    { text: 'you are sick in the head', errors: ['sick in the head'] },
    { text: 'he is a sick man', errors: ['sick'] },
    { text: 'honestly he is a nut job', errors: ['he is a nut job'] },
    { text: 'loony liberals everywhere', errors: ['loony'] },
    { text: 'I am so tired of these idiotic liberals', errors: ['idiotic'] },
    { text: 'you guys are all hypocrites', errors: ['hypocrites'] },
    { text: 'honestly he is despicable', errors: ['despicable'] },
    { text: 'she is a real sicko', errors: ['sicko'] },
    { text: 'you are so full of shit', errors: ['you are so full of shit'] },
    { text: 'ur ugly', errors: [{ text: 'ugly', messageId: 'appearance' }] },
    { text: 'You are such a LOSER.', errors: ['LOSER'] },
    { text: 'shut up, clown', errors: ['clown'] },
    { text: 'you fat pig', errors: ['fat', 'pig'] },
    { text: 'you are a joke', errors: ['joke'] },
    { text: 'you\u2019re an 1d10t', errors: ['1d10t'] },
    { text: 'u r an idiooooot', errors: ['idiooooot'] },
    { text: 'your face is so ugly', errors: ['ugly'] },
    { text: 'she is so ugly', errors: ['ugly'] },
    { text: 'Idiot!', errors: ['Idiot'] },
    { text: 'Nice try.\nYou look disgusting in this one', errors: ['disgusting'] },
    // disclaimers open an insult; they do not negate it
    { text: 'not gonna lie you are a clown', errors: ['clown'] },
    { text: 'no offence but your hair is ugly', errors: ['ugly'] },
    { text: 'they call you a loser for a reason', errors: ['loser'] },
    // body shaming dressed as advice, dehumanising comparisons
    { text: 'you\'d be really pretty if you lost the weight', errors: [{ text: 'you\'d be really pretty if', messageId: 'bodyAdvice' }] },
    { text: 'he should seriously lose a few pounds', errors: [{ text: 'he should seriously lose a few pounds', messageId: 'bodyAdvice' }] },
    { text: 'maybe lay off the snacks before the next stream', errors: [{ text: 'lay off the snacks', messageId: 'bodyAdvice' }] },
    { text: 'a total waste of oxygen', errors: [{ text: 'waste of oxygen', messageId: 'dehumanising' }] },
    { text: 'these people breed like rats', errors: [{ text: 'breed like rats', messageId: 'dehumanising' }] },
    { text: 'you are a stain on this fandom', errors: [{ text: 'stain on this', messageId: 'dehumanising' }] },
    { text: 'you are nothing more than a maggot', errors: ['maggot'] },
    { text: 'you are a nobody', errors: [{ text: 'nobody', messageId: 'nameCalling' }] },
    { text: 'you are a cancer on this fanbase', errors: [{ text: 'cancer on this', messageId: 'dehumanising' }] },
    { text: 'she is a plague', errors: [{ text: 'plague', messageId: 'dehumanising' }] },
    // A group of people named by what they vote for or do is people, not an idea.
    { text: 'liberals are idiots', errors: [{ text: 'idiots', messageId: 'nameCalling' }] },
    { text: 'conservatives are such morons', errors: ['morons'] },
    { text: '@sam she is a lunatic', errors: ['lunatic'] },
    { text: 'you need to hit the treadmill', errors: [{ text: 'you need to hit the treadmill', messageId: 'bodyAdvice' }] },
    { text: 'honestly she needs a nose job', errors: [{ text: 'she needs a nose job', messageId: 'bodyAdvice' }] },
    { text: 'you should cut back on the snacks', errors: [{ text: 'you should cut back on the snacks', messageId: 'bodyAdvice' }] },
    { text: 'he\'s not even a human being', errors: [{ text: 'he\'s not even a human being', messageId: 'dehumanising' }] },
    { text: 'you are such an idiot, nobody asked', errors: ['idiot'] },
    { text: 'you\'re such a phony', errors: ['phony'] },
    { text: 'what a dolt', errors: ['dolt'] },
    { text: 'check this idiot out', errors: ['idiot'] },
    { text: 'honestly they are like animals', errors: [{ text: 'they are like animals', messageId: 'dehumanising' }] },
    { text: 'your ignorance is showing again', errors: [{ text: 'your ignorance', messageId: 'nameCalling' }] },
    { text: 'you dirty rat', errors: ['rat'] },
    // a plural name for people is said of people, whatever the subject's word
    { text: 'the mods here are morons', errors: ['morons'] },
    { text: 'his fans are lunatics', errors: ['lunatics'] },
    // a side, a place or an -ing word between the article and the name does not hide the link
    { text: 'she is a Republican hypocrite', errors: ['hypocrite'] },
    { text: 'you are a lying fraud', errors: ['fraud'] },
  ],
});

describe('insults data', () => {
  // Notes are spliced into "Name-calling {{note}}." and "It {{note}}.": each must be a verb phrase.
  it.each(insultTerms().map(([word, term]) => [word, term] as const))('%s has a note that reads in every message', (word, term) => {
    expect(term.note, word).toMatch(/^[a-z]+s\b/);
    for (const messageId of Object.keys(insults.meta.messages)) assertRendersReadably(insults, messageId, { term: word, note: term.note, score: '93%' });
  });
});
