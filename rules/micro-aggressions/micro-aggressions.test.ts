import { testRule } from '../../test/support/rule-tester.js';
import microAggressions from './index.js';

testRule(microAggressions, {
  valid: [
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
    { text: 'go back to your country', errors: ['go back to your country'] },
    { text: 'boys don\'t cry', errors: ['boys don\'t cry'] },
  ],
});

testRule(microAggressions, {
  valid: ['I love Chinese food', 'the Korean drama you recommended was great', 'smile if you liked the video'],
  invalid: [
    { text: 'no offense but that is not for people like you', errors: ['no offense but', 'people like you'] },
    { text: 'not to be racist, but', errors: ['not to be racist'] },
    { text: 'what are you mixed with?', errors: ['what are you mixed with'] },
    { text: 'you should smile more', errors: ['you should smile'] },
    { text: 'so many mexicans here', errors: ['so many mexicans'] },
    { text: 'What do you call a Mexican who…', errors: [{ text: 'What do you call', messageId: 'groupJoke' }] },
  ],
});
