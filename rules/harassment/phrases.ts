/**
 * Phrases that threaten, wish harm, push someone toward self-harm, threaten to expose them, or
 * shut them out. Written in the phrase language of src/text/phrases.ts; `<you>`, `<your>` and
 * `<yourself>` are the word classes in index.ts.
 *
 * Guard: every violent verb needs a person as its object and an intent before it, so creator
 * slang such as "you killed it" or "you murdered this cover" never matches.
 */

export type HarassmentKind = 'selfHarm' | 'threat' | 'wishHarm' | 'doxxing' | 'exclusion' | 'intimidation' | 'hostility';

export interface HarassmentPhrase {
  pattern: string;
  kind: HarassmentKind;
  note: string;
  /**
   * Only when the phrase closes its clause: "nobody asked." dismisses, "nobody asked me to
   * come" does not.
   */
  endsClause?: boolean;
}

const phrase = (kind: HarassmentKind, note: string, ...patterns: string[]): HarassmentPhrase[] =>
  patterns.map((pattern) => ({ pattern, kind, note }));

const closing = (kind: HarassmentKind, note: string, ...patterns: string[]): HarassmentPhrase[] =>
  patterns.map((pattern) => ({ pattern, kind, note, endsClause: true }));

export const HARASSMENT_PHRASES: readonly HarassmentPhrase[] = [
  ...phrase('selfHarm', 'tells someone to kill themselves',
    'kys', 'kyss', 'kill <yourself>', 'kill <your> self', 'unalive <yourself>', 'unalive <your> self',
    'go die', 'just die', 'go unalive', 'hang <yourself>', 'drink bleach', 'slit <your> wrists',
    'jump off a bridge|building|cliff|roof', 'end <your> life', 'end <yourself>', 'off <yourself>',
    'do (everyone|us|the world) a favor|favour and die|disappear|leave', 'neck <yourself>', 'rope <yourself>'),
  ...phrase('selfHarm', 'tells someone their life is worth nothing',
    'world|everyone would be better off? without <you>', '<you> do not deserve to live|exist',
    '(nobody|noone|no one) would|will miss <you>', '<you> should not exist', '<you> should not be alive'),
  ...phrase('wishHarm', 'wishes harm or death on someone',
    'hope <you> die|dies|suffer|rot|choke|crash', 'hope <you> get|gets cancer|hit|shot|stabbed|killed|hurt|run',
    'hope <your> family|mom|kids dies|die|suffer', '<you> should die', '<you> deserve|deserves to die|suffer',
    '<you> should be shot|killed|hanged|hung|beaten', 'die in a fire', 'rot in hell', 'drop dead',
    'someone should kill|shoot|hurt|stab <you>', 'wish <you> were|was dead', 'wish <you> would die'),
  ...phrase('threat', 'threatens violence',
    'i|we|ill will? kill|murder|stab|shoot|hurt|beat|punch|strangle|choke|slap|rape|end|destroy <you>',
    'i|we am|are going to kill|murder|stab|shoot|hurt|beat|punch|strangle|choke|slap|rape|end <you>',
    'gonna|imma|ima kill|murder|stab|shoot|hurt|beat|punch|strangle|choke|slap|rape <you>',
    'i|we would kill|murder|stab|shoot|beat|punch|strangle <you>',
    'kill|shoot|hang|gas|nuke|burn|bomb them all', 'kill all of them',
    'i|we will beat|kick <your> ass', 'gonna beat|kick <your> ass', 'i will break <your> legs|neck|face|jaw'),
  ...phrase('doxxing', 'threatens to expose where someone lives or their private details',
    'i|we know where <you> live|lives|work|sleep', 'i|we know <your> address',
    'leak|post|share|find <your> address|number|phone|info|nudes|location|ip',
    'dox|doxx|doxxing|doxing <you>', 'show|turn up at <your> house|door|school|work|job|place'),
  ...closing('exclusion', 'shuts someone out of the conversation',
    '(nobody|noone|no one) asked|cares', 'who asked', 'i did not ask'),
  ...phrase('exclusion', 'shuts someone out of the conversation',
    '(nobody|noone|no one) likes <you>', 'everyone|everybody hates <you>', 'we all hate <you>',
    'delete <your> account|acc|channel|app|page|tiktok|instagram', 'get off the internet|app|platform',
    '<you> have|got no friends', '(nobody|noone|no one) will ever love <you>',
    '(nobody|noone|no one) wants <you> here', 'go back under <your> rock'),
  ...phrase('hostility', 'tells someone off with a curse',
    'fuck|screw|fk|fck|fuk|f you|u|ya|off|yourself|urself', 'go fuck|fck <yourself>', 'stfu', 'gtfo',
    'shut the fuck|hell|f up', 'shut ur|your fucking? mouth|face', 'suck my dick|cock|balls', 'eat (shit|a dick)',
    'kiss my ass', 'fuck your|ur|yo mom|mother|family|life|channel', '<you> are|r a? piece of shit|crap|garbage|trash',
    '<you> piece of shit|crap|garbage|trash', 'go to hell', 'burn in hell', 'get fucked', 'fuck outta here',
    'fuck|fck|fk him|her|them', 'fuck this|that guy|girl|dude|bitch', '(what the fuck|what the hell|wtf|what|something) is wrong with <you>'),
  ...phrase('intimidation', 'tries to make someone afraid',
    'watch <your> back', '<you> will regret this|it', '<you> will pay for this|that', 'sleep with one eye open',
    '<you> better watch out|yourself', 'i|we will find <you>', 'i|we am|are coming for <you>', 'i|we are watching <you>'),
];
