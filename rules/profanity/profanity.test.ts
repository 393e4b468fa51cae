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
    // A cheer: joy or praise, no one to swear at, no bad word, no question.
    { text: 'fucking finally, part 2', errors: [{ text: 'fucking', messageId: 'cheer' }] },
    { text: 'holy shit this is good', errors: [{ text: 'shit', messageId: 'cheer' }] },
    { text: 'this fucking idiot, amazing', errors: [{ text: 'fucking', messageId: 'profanity' }] },
    { text: "what's the best part about this shit?", errors: [{ text: 'shit', messageId: 'profanity' }] },
    // Thrown at the people named next, or asked at the reader: aimed too.
    { text: 'these fucking streamers again', errors: [{ text: 'fucking', messageId: 'aimed' }] },
    { text: 'you petty ass fans should log off', errors: [{ text: 'ass', messageId: 'aimed' }] },
    { text: 'who the fuck invited you', errors: [{ text: 'fuck', messageId: 'aimed' }] },
    { text: 'you are a sick fuck.', errors: [{ text: 'fuck', messageId: 'aimed' }] },
    { text: 'why is he such a shit streamer', errors: [{ text: 'shit', messageId: 'aimed' }] },
    { text: 'the shit people post here', errors: [{ text: 'shit', messageId: 'profanity' }] },
    { text: 'why the hell did you upload this', options: { includeMild: true }, errors: [{ text: 'hell', messageId: 'aimed' }] },
    // The writer's own people, praise, an interjection before a vocative, a question of wonder.
    { text: 'my fucking friends threw me a party', errors: [{ text: 'fucking', messageId: 'profanity' }] },
    { text: 'the sweetest fucking guy on this app', errors: [{ text: 'fucking', messageId: 'profanity' }] },
    { text: 'fuck dude, that trick was clean', errors: [{ text: 'fuck', messageId: 'cheer' }] },
    { text: 'how the fuck do you draw like that', errors: [{ text: 'fuck', messageId: 'profanity' }] },
    { text: 'what the fuck are you doing, I love you so much', errors: [{ text: 'fuck', messageId: 'profanity' }] },
  ],
});
