import { testRule } from '../../test/support/rule-tester.js';
import microAggressions from './index.js';

testRule(microAggressions, {
  valid: [
    'my grandmother is great at math',
    'the gamers at the table were all so kind',
    'we speak English and Tagalog at home',
    'Telling a coworker "go back to your country" is racist.',
    'stop saying "that is so gay" about things you dislike',
    'you look great in this',
    'where are you from? I love that accent',
    'she runs like the wind',
    'I\'m so gay for this song',
    'calm down, the next video drops Friday',
    'that was good for a first attempt',
  ],
  invalid: [
    // stereotypes without a slur, and hidden messages after Sue et al.'s categories
    { text: 'gamers are all so lazy', errors: [{ text: 'gamers are all so lazy', messageId: 'hiddenMessage' }] },
    { text: 'boomers never learn how to use a phone', errors: ['boomers never learn'] },
    { text: 'you must be good at math then', errors: ['must be good at math'] },
    { text: 'honestly, there is only one race', errors: ['there is only one race'] },
    { text: 'she was a diversity hire', errors: ['diversity hire'] },
    { text: 'your name is too hard, can I just call you Jen', errors: ['your name is too hard', 'can I just call you'] },
    { text: 'calm down, are you on your period', errors: ['are you on your period'] },
    { text: 'you look great for your age', errors: ['great for your age'] },
    { text: 'you\'re pretty for a dark skinned girl', errors: ['pretty for a dark'] },
    { text: 'smart for a girl', errors: ['smart for a girl'] },
    { text: 'ok but where are you really from', errors: ['where are you really from'] },
    { text: 'you speak English so well', errors: ['you speak English so well'] },
    { text: 'you throw like a girl', errors: ['throw like a girl'] },
    { text: 'man up', errors: ['man up'] },
    { text: 'calm down sweetie', errors: ['calm down sweetie'] },
    { text: 'that\'s so gay', errors: ['that\'s so gay'] },
    { text: 'thats so retarded', errors: ['thats so retarded'] },
    { text: 'you people always do this', errors: ['you people'] },
    { text: 'boys don\'t cry', errors: ['boys don\'t cry'] },
  ],
});

testRule(microAggressions, {
  valid: ['I love Chinese food', 'the Korean drama you recommended was great', 'smile if you liked the video', 'so many Indian friends came to our open house'],
  invalid: [
    { text: 'no offense but that is not for people like you', errors: ['no offense but', 'people like you'] },
    { text: 'not to be racist, but', errors: ['not to be racist'] },
    { text: 'what are you mixed with?', errors: ['what are you mixed with'] },
    { text: 'you should smile more', errors: ['you should smile'] },
    { text: 'so many mexicans here', errors: ['so many mexicans here'] },
    { text: 'too many foreigners in this game', errors: ['too many foreigners'] },
    { text: 'What do you call a Mexican who…', errors: [{ text: 'What do you call', messageId: 'groupJoke' }] },
  ],
});
