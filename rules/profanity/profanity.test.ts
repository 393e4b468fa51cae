import { testRule } from '../../test/support/rule-tester.js';
import profanity from './index.js';

testRule(profanity, {
  valid: [
    'Scunthorpe United won at Penistone',
    'the assassin ordered a cocktail with shiitake',
    'Dick Van Dyke was brilliant',
    'the therapist did a careful analysis of the grape harvest',
    'damn this is good',
    'what the hell, this slaps',
  ],
  invalid: [
    { text: 'this is fucking amazing', errors: ['fucking'] },
    { text: 'sh!t happens', errors: ['sh!t'] },
    { text: 'f*ck this', errors: ['f*ck'] },
    { text: 'what a load of bullshit', errors: ['bullshit'] },
    { text: 'FUUUUCK', errors: ['FUUUUCK'] },
    { text: 'damn this is good', options: { includeMild: true }, errors: ['damn'] },
    // Said of a person and closing the clause, a swear word is aimed; an intensifier or an interjection is not.
    { text: '@sam he is shit', errors: [{ text: 'shit', messageId: 'aimed' }] },
    { text: 'your take is shit.', errors: [{ text: 'shit', messageId: 'aimed' }] },
    { text: 'you\'re a fucking genius', errors: [{ text: 'fucking', messageId: 'profanity' }] },
    { text: 'fuck, I missed the bus', errors: [{ text: 'fuck', messageId: 'profanity' }] },
  ],
});
