import { describe, expect, it } from 'vitest';
import { assertRendersReadably, testRule } from '../../test/support/rule-tester.js';
import harassment from './index.js';
import { HARASSMENT_PHRASES } from './phrases.js';

testRule(harassment, {
  valid: [
    'you killed it',
    'you murdered this cover',
    'this beat kills me',
    'please don\'t kill yourself over one bad review',
    'I would never hurt you',
    'nobody asked me to come, but I did anyway',
    'I know where you got that jacket',
    'I\'m dead 💀',
    'delete this draft before posting?',
    'something is wrong with my mic, sorry',
    'fuck yeah, this slaps',
    'I will stop posting spoilers, promise',
    'let\'s all go to the lake on Sunday',
    'nobody asked me for my opinion, but here it is',
    'Ganging up to report a small streamer is bullying.',
    'my parents never regret having me home for the holidays',
    'stop telling people to kill themselves, and stop telling her to go die',
    'Writing "nobody asked" under a beginner\'s post is just mean.',
    // Violent words that threaten no one: a photo shoot, a fall, hyperbole, news, care.
    'we can shoot you in the afternoon when the light is better',
    'someone should shoot her next music video',
    'careful, the fall could break your neck',
    'I could kill for a coffee',
    'nobody deserves to be hurt',
    'he was charged with rape last year',
    'I would never put you in the hospital',
    // Sharing, showing and bodies without a sexual demand.
    'send me the recipe please',
    'show us your new kitchen',
    'I\'d love to see you perform in KL',
    'nice rack of lamb',
    'my cat likes to sit on my face when I sleep',
    'this nude palette is perfect for brown skin',
    // Someone in crisis speaks of themselves; it is no attack on anyone.
    'I just want to end it all',
    'why are you still here, the stream ended an hour ago lol',
    'cut deeper into the budget',
  ],
  invalid: [
    { text: 'kys', errors: [{ text: 'kys', messageId: 'selfHarm', category: 'self-harm' }] },
    { text: 'just go kill yourself', errors: ['kill yourself'] },
    // A saying verb in an earlier clause does not make the attack a quotation.
    { text: 'who asked you to comment, go die', errors: [{ text: 'go die', messageId: 'selfHarm' }] },
    { text: 'why don\'t you kill urself', errors: ['kill urself'] },
    { text: 'unalive yourself', errors: ['unalive yourself'] },
    { text: 'I will find you', errors: [{ text: 'I will find you', messageId: 'intimidation' }] },
    { text: "I'll kill you", errors: [{ text: "I'll kill you", messageId: 'threat', category: 'threat' }] },
    { text: 'hope you die', errors: [{ text: 'hope you die', messageId: 'wishHarm' }] },
    { text: 'I know where you live', errors: [{ text: 'I know where you live', messageId: 'doxxing' }] },
    { text: 'Nobody asked.', errors: [{ text: 'Nobody asked', messageId: 'exclusion' }] },
    { text: 'no one likes you', errors: ['no one likes you'] },
    { text: 'delete your account', errors: ['delete your account'] },
    { text: 'watch your back', errors: ['watch your back'] },
    { text: 'what the hell is wrong with you', errors: [{ text: 'what the hell is wrong with you', messageId: 'hostility' }] },
    { text: 'fuck off', errors: [{ text: 'fuck off', messageId: 'hostility' }] },
    { text: 'honestly I wish you were never born', errors: [{ text: 'wish you were never born', messageId: 'unborn' }] },
    { text: 'your mum should have stopped at two', errors: [{ text: 'your mum should have stopped', messageId: 'unborn' }] },
    { text: 'nobody asked for your hot take', errors: [{ text: 'nobody asked for your', messageId: 'exclusion' }] },
    { text: 'no one wants to hear your podcast', errors: [{ text: 'no one wants to hear your', messageId: 'exclusion' }] },
    { text: 'you are not welcome in this server', errors: [{ text: 'you are not welcome in', messageId: 'exclusion' }] },
    { text: 'ok everyone report his page', errors: [{ text: 'everyone report', messageId: 'pileOn' }] },
    { text: 'spam her mentions till she logs off', errors: [{ text: 'spam her mentions till she logs', messageId: 'pileOn' }] },
    { text: 'let\'s get this girl fired', errors: [{ text: 'let\'s get this', messageId: 'pileOn' }] },
    { text: 'someone should kill her', errors: [{ text: 'someone should kill her', messageId: 'threat', category: 'threat' }] },
    // "shoot" with a person and nothing after it: not a photo shoot.
    { text: 'somebody needs to shoot him', errors: [{ text: 'somebody needs to shoot him', messageId: 'threat' }] },
    { text: 'I could shoot you.', errors: [{ text: 'I could shoot you', messageId: 'threat' }] },
    { text: 'you deserve to be raped', errors: [{ text: 'you deserve to be raped', messageId: 'wishHarm' }] },
    { text: 'she needs to be beaten', errors: [{ text: 'she needs to be beaten', messageId: 'wishHarm' }] },
    { text: "I'll break your jaw", errors: [{ text: "I'll break your jaw", messageId: 'threat' }] },
    { text: 'we are gonna put you in the hospital', errors: [{ text: 'we are gonna put you in the hospital', messageId: 'threat' }] },
    { text: 'hope someone runs him over', errors: [{ text: 'hope someone runs him over', messageId: 'wishHarm' }] },
    { text: 'someone should punch her in the face', errors: [{ text: 'someone should punch her in the face', messageId: 'threat' }] },
    { text: 'why are you still alive', errors: [{ text: 'why are you still alive', messageId: 'selfHarm', category: 'self-harm' }] },
    { text: "you'd be better off dead", errors: [{ text: "you'd be better off dead", messageId: 'selfHarm' }] },
    { text: 'i hope you relapse', errors: [{ text: 'hope you relapse', messageId: 'selfHarm' }] },
    { text: 'send nudes', errors: [{ text: 'send nudes', messageId: 'sexual', category: 'harassment' }] },
    { text: 'show me your boobs', errors: [{ text: 'show me your boobs', messageId: 'sexual' }] },
    { text: "I'd love to see you naked", errors: [{ text: "I'd love to see you naked", messageId: 'sexual' }] },
    { text: 'nice tits', errors: [{ text: 'nice tits', messageId: 'sexual' }] },
    { text: "send me a pic or I'll post your video", errors: [{ text: "or I'll post your video", messageId: 'doxxing' }] },
  ],
});

describe('harassment data', () => {
  // Notes complete '"{{phrase}}" {{note}}.': each must be a verb phrase.
  it.each([...new Set(HARASSMENT_PHRASES.map((entry) => `${entry.kind}\t${entry.note}`))])('%s reads as a sentence', (line) => {
    const [kind = '', note = ''] = line.split('\t');
    expect(note).toMatch(/^[a-z]+s\b/);
    assertRendersReadably(harassment, kind, { phrase: 'example words', note });
  });
});
