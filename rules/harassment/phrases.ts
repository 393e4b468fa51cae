/**
 * Phrases that threaten, wish harm, push someone toward self-harm, threaten to expose them, or
 * shut them out. Written in the phrase language of src/text/phrases.ts; `<you>`, `<your>` and
 * `<yourself>` are the word classes in index.ts.
 *
 * Guard: every violent verb needs a person as its object and an intent before it, so creator
 * slang such as "you killed it" or "you murdered this cover" never matches.
 */

export type HarassmentKind = 'selfHarm' | 'threat' | 'wishHarm' | 'unborn' | 'doxxing' | 'exclusion' | 'pileOn' | 'intimidation' | 'hostility' | 'sexual';

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

/**
 * Violence done to a person (`<person>`: the reader, her or him) that is a threat whenever someone
 * means to do it or calls for it: "I'll break your jaw", "someone should run her over". Without
 * one of those before it ("the fall could break your neck") it is not reported.
 */
const VIOLENT_ACTS = [
  'break|snap|smash|bust <their> jaw|neck|legs|arms|face|nose|teeth|skull',
  'put <person> in the|a hospital|ground|grave|coma|wheelchair',
  'run <person> over',
  'set <person> on fire',
  'burn <their> house|car|place|home down',
  'beat <person> to death',
  'throw acid on|in|at <person>|<their>',
  'kick <their> teeth in',
  'put a bullet in|through <their> head',
  'shoot <person> in the head|face',
];
/** Who means to do it, or who is called on to: "i could", "we are gonna", "ima", "someone needs to". */
const VIOLENT_INTENTS = [
  'i|we|ill will|would|could|can|might|gonna|should? just?',
  'i|we am|are (going to|gonna)',
  'imma|ima',
  'someone|somebody|anyone|anybody should|needs|need|has|must|gotta|ought to? go?',
];

function violentActs(): HarassmentPhrase[] {
  return [
    ...phrase('threat', 'threatens violence', ...VIOLENT_INTENTS.flatMap((intent) => VIOLENT_ACTS.map((act) => `${intent} ${act}`))),
    ...phrase('wishHarm', 'wishes violence on someone',
      'hope someone|somebody breaks|snaps|smashes <their> jaw|neck|legs|face|skull', 'hope someone|somebody runs <person> over',
      'hope someone|somebody sets <person> on fire', 'hope someone|somebody sets|burns <their> house|car on? fire|down',
      'hope someone|somebody throws acid'),
  ];
}

export const HARASSMENT_PHRASES: readonly HarassmentPhrase[] = [
  ...phrase('selfHarm', 'tells someone to kill themselves',
    'kys', 'kyss', 'kill <yourself>', 'kill <your> self', 'unalive <yourself>', 'unalive <your> self',
    'go die', 'just die', 'go unalive', 'hang <yourself>', 'drink bleach', 'slit <your> wrists',
    'jump off a bridge|building|cliff|roof', 'end <your> life', 'end <yourself>', 'off <yourself>',
    'do (everyone|us|the world) a favor|favour and die|disappear|leave', 'neck <yourself>', 'rope <yourself>'),
  ...phrase('selfHarm', 'tells someone their life is worth nothing',
    'world|everyone would be better off? without <you>', '<you> do not deserve to live|exist',
    '(nobody|noone|no one) would|will miss <you>', '<you> should not exist', '<you> should not be alive',
    'why are|r <you> still alive|breathing', '<you> would|are|r? be? better off dead', 'world|everyone|earth is better off without <you>',
    // Never 'end it all' alone: "I want to end it all" is someone in crisis, not an attack.
    '<you> should just? end it all', 'just|go end it all', 'take a long walk off a short pier', 'go|just overdose', 'hope <you> relapse|relapses|overdose|overdoses',
    'cut deeper (next time|this time)'),
  ...closing('selfHarm', 'tells someone to hurt themselves', 'cut deeper|harder'),
  ...phrase('wishHarm', 'wishes harm or death on someone',
    'hope <you> die|dies|suffer|rot|choke|crash', 'hope <you> get|gets cancer|hit|shot|stabbed|killed|hurt|run',
    'hope <your> family|mom|kids dies|die|suffer', '<you> should die', '<you> deserve|deserves to die|suffer',
    '<you> should be shot|killed|hanged|hung|beaten', 'die in a fire', 'rot in hell', 'drop dead',
    'someone should kill|shoot|hurt|stab <you>', 'wish <you> were|was dead', 'wish <you> would die'),
  ...phrase('wishHarm', 'wishes violence on someone',
    'hope someone|somebody kills|rapes|shoots|stabs|murders|hurts|beats|strangles <you>|her|him',
    'hope <you> get|gets raped|murdered|beaten', 'hope she|he get|gets raped|killed|shot|stabbed|murdered|beaten',
    '<you>|she|he|they deserve|deserves|need|needs to be|get raped|killed|shot|stabbed|murdered|beaten|hanged|hung|hurt',
    '<you> should be raped|stabbed|murdered', '<you> should get shot|killed|raped|stabbed|beaten'),
  ...phrase('wishHarm', 'wishes someone would disappear',
    'hope <you> (disappear|vanish|go away)', '(nobody|no one) would|will even? notice|care if <you> were|was|died|disappeared|left',
    'this|the world does not need <you>', 'world|earth|everyone|we|family would|will all? be better|happier off? if|without <you>'),
  ...phrase('unborn', 'wishes someone had never been born',
    'wish <you> had|were|was|would? have? never|not been? born', 'wish <you> had|would never existed|exist',
    '<you> should|shouldve have? never|not have? been born', '<you> should have been aborted|swallowed',
    'if <you> were|was|had never|not been? born', 'if <you> never existed', 'shame|pity <you> were|was ever? born',
    'why were|was <you> even|ever? born', '<you> being born was', 'wish <your> parents|mom|mother|dad|father had? never met',
    '<your> parents|mom|mother|mum|dad|father should have|of|have aborted|swallowed|stopped|kept|pulled|used',
    '<your> parents|mom|mother|mum|dad|father must|probably|secretly? regret|regrets having <you>',
    '<your> parents|mom|mother|mum|dad|father did not stop|abort|swallow', 'pity <your> mother|mom did not',
    '<your> birth|existence was|is a mistake|tragedy|accident', '<you> were|are a|an mistake|accident',
    'the reason some people should not have kids', '<you> are a waste of a birth'),
  ...phrase('threat', 'threatens violence',
    'i|we|ill will? kill|murder|stab|shoot|hurt|beat|punch|strangle|choke|slap|rape|end|destroy <you>',
    'i|we am|are going to kill|murder|stab|shoot|hurt|beat|punch|strangle|choke|slap|rape|end <you>',
    'gonna|imma|ima kill|murder|stab|shoot|hurt|beat|punch|strangle|choke|slap|rape <you>',
    'i|we would kill|murder|stab|shoot|beat|punch|strangle <you>',
    'kill|shoot|hang|gas|nuke|burn|bomb them all', 'kill all of them',
    'i|we will beat|kick <your> ass', 'gonna beat|kick <your> ass', 'i will break <your> legs|neck|face|jaw',
    'i|we could|can|might|should just? kill|murder|stab|hurt|punch|strangle|choke|slap|rape <you>',
    'i|we|ill will? rape|stab|strangle|murder her|him', 'i|we am|are going to rape|stab|strangle|murder her|him',
    'gonna|imma|ima rape|stab|strangle|murder her|him',
    'find|catch <you>|her|him and kill|hurt|murder|stab|shoot|rape|beat|strangle|choke <you>|her|him',
    'find|catch <you>|her|him and break|smash <your>|her|his',
    'punch|slap|smack|kick <you>|her|him in the face|mouth|teeth|head|throat'),
  ...violentActs(),
  ...phrase('threat', 'threatens violence',
    '<you>|she|he|they should|gonna|need|needs|deserve|deserves to? get jumped', 'should be lined up and shot|killed',
    'line them|<you> up and shoot|kill', 'catch these hands'),
  // Calls on anyone to do it. Verbs with a harmless reading ("someone should shoot her next
  // video", "somebody needs to hang him a frame") only when nothing follows the person.
  ...phrase('threat', 'calls for violence against someone',
    'someone|somebody|anyone|anybody should|needs|need|has|must|gotta|ought to? kill|murder|stab|strangle|rape <you>|her|him',
    'someone|somebody|anyone|anybody should|needs|need|has|must|gotta|ought to? beat|punch|slap|smack <you>|her|him (up|senseless|in the face|in the mouth|in the head)'),
  // "we can shoot you in the afternoon" books a photo shoot.
  ...closing('threat', 'threatens violence', 'i|we could|can|might|should just? shoot <you>'),
  ...closing('threat', 'calls for violence against someone',
    'someone|somebody|anyone|anybody should|needs|need|has|must|gotta|ought to? shoot|hurt|beat|punch|slap|hang <you>|her|him'),
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
  ...phrase('exclusion', 'tells someone they are not wanted here',
    '(nobody|noone|no one) asked for|about <your>', '(nobody|noone|no one) asked <you> to',
    '(nobody|noone|no one) cares|cared what|about <you>|<your>', '(nobody|noone|no one) is interested in <your>|what|anything',
    '(nobody|noone|no one) wants|wanted to see|hear|watch|read <your>|<you>|from|those|this|that', '(nobody|noone|no one) wants|wanted <your>',
    '(nobody|noone|no one) wants <you> in|around|on|here', '(nobody|noone|no one) watches|likes|reads <your>',
    'we|they do not want <you>', '<you> are|r not welcome|wanted here|in', '<you> do not belong here|in',
    'stop|quit posting|uploading|making|showing <your>', 'stop|quit making videos|content',
    'leave the internet|app|platform|group|community|fandom|server', 'just quit the internet', 'get off this|my app|platform|page|channel',
    'go away and (never|do not) come back', 'leave and (never|do not) come back', 'log off (forever|for good|and never)',
    'take <your> channel|account|page|videos down', 'do us all a favor|favour and stop|leave|quit|disappear'),
  ...closing('exclusion', 'tells someone they are not wanted here',
    'stop|quit posting|uploading|streaming', 'stop|quit making videos|content', 'just|please leave'),
  ...phrase('pileOn', 'calls on others to join in against someone',
    'mass report|reporting|flag|dislike|unfollow|block',
    'everyone|everybody|yall|guys|us all? go? report|spam|flood|raid|harass|bully|ratio|dogpile|roast|unfollow|troll|expose|cancel|dislike',
    'everyone|everybody|yall|guys go to|on her|his|their page|profile|channel|account|comments|stream', 'go comment on her|his|their',
    'lets|let all? go? report|spam|flood|raid|harass|bully|ratio|dogpile|roast|ruin|expose|cancel|unfollow|troll|destroy|dislike',
    "let 's|us all? go? report|spam|flood|raid|harass|bully|ratio|dogpile|roast|ruin|expose|cancel|unfollow|troll|destroy|dislike",
    "let 's|us all? get|make her|him|them|sure|this",
    // A single person as the target: "go spam their inbox until they reply" may be a company's.
    'go report|spam|flood|raid|harass|bully|troll|roast her|him|his', 'go harass|bully|troll',
    // "until they reply" asks for an answer; "until she quits" drives someone out.
    'report|spam|flood|harass|roast|reporting|spamming her|him|them|his|their|this *? *? until|till|til she|he|they|it|the|his|her|their *? quits|quit|leaves|leave|deletes|delete|cries|cry|is|gets|logs|goes|disappears|stops|gives|breaks', 'raid|flood|spam her|his|him',
    'get|make her|him|them|this|that|his|their account|channel|page|guy|girl? banned|cancelled|canceled|fired|suspended|deleted',
    'bully|harass|chase her|him|them off|out', 'send her|him|them hate|messages|threats', 'leave|send hate on|to',
    'flood|spam her|his comments|inbox|dms|page|mentions|stream', 'make <your>|his|her|their life hell',
    'ruin her|his|their career|life|reputation', 'expose her|him|them to', 'call his|her|their work|boss|employer|school',
    'find her|his|their other accounts', 'dm|message her|him|them and tell', 'so everyone|everybody|we|they can mock|laugh|roast|make',
    'tag (everyone|your friends) so', 'keep reporting|spamming'),
  ...phrase('hostility', 'tells someone off with a curse',
    'fuck|screw|fk|fck|fuk|f you|u|ya|off|yourself|urself', 'go fuck|fck <yourself>', 'stfu', 'gtfo',
    'shut the fuck|hell|f up', 'shut ur|your fucking? mouth|face', 'suck my dick|cock|balls', 'eat (shit|a dick)',
    'kiss my ass', 'fuck your|ur|yo mom|mother|family|life|channel', '<you> are|r a? piece of shit|crap|garbage|trash',
    '<you> piece of shit|crap|garbage|trash', 'go to hell', 'burn in hell', 'get fucked', 'fuck outta here',
    'fuck|fck|fk him|her|them', 'fuck this|that guy|girl|dude|bitch', '(what the fuck|what the hell|wtf|what|something) is wrong with <you>'),
  ...phrase('doxxing', 'threatens to share private pictures',
    'or i|we will|ill|gonna|am? post|posting|leak|share|send <your>|the|those pics|photos|pictures|video|videos|nudes|screenshots|recording|chats',
    'or i|we will|ill|gonna|am? tell|show|send <your> boyfriend|girlfriend|husband|wife|parents|mom|mum|dad|family|boss'),
  ...phrase('sexual', 'asks for sexual pictures or acts nobody offered',
    'send|show (me|us)? nudes|noods|boobs|tits|titties|nipples|pussy|dick|cock', 'send|dm|snap|text (me|us)? <your>|a? nudes|noods',
    'show|flash (me|us) <your> boobs|tits|titties|nipples|pussy',
    'i|we want|wanna|would love? to? see <you> naked|nude|topless', 'see <you> without clothes|clothing',
    // "my cat likes to sit on my face" is no demand: a face needs someone asking.
    'come|pls|please|just|now|wanna|gonna|then sit on my face', 'sit on my dick|cock',
    'i|we want|wanna|would|will|gonna fuck|rail|bang <you>|her', 'gonna|imma|ima fuck|rail|bang <you>|her', 'wanna fuck|rail|bang'),
  ...phrase('sexual', 'asks for sexual pictures or acts nobody offered',
    'pic|pics|photo|photos|picture|pictures|video|selfie|vid of? <you>? in <your>|the|a? bra|underwear|undies|panties|bikini|lingerie|shower|bath|towel',
    'spicy|naughty|dirty|sexy|nsfw pic|pics|photo|photos|vid|video|videos', 'private pics|photos',
    'request|asking|beg|ask for nudes|noods', 'want|wanna|need|owe|waiting for? those|some|the|<your>? nudes|noods', 'nudes|noods or',
    'drop|send|link <your> onlyfans|of', 'get naked with|for me|us', '(wanna|lets|let us) sext', 'dirty things to|with <you>',
    'bend over (for me|for us|again)', 'spread|open <your> legs', 'moan my name', 'touching myself',
    'take off <your>|that|the top|shirt|bra|clothes|panties|underwear', 'take <your>|that|the top|shirt|bra|clothes|panties|underwear off',
    'look like without that|<your>|a|the shirt|top|bra|clothes', 'flash the camera|cam'),
  ...closing('sexual', 'asks for sexual pictures or acts nobody offered', 'want|wanna|need to? see <your> chest|boobs|tits|nipples|cleavage'),
  ...closing('sexual', 'makes a sexual remark about someone\'s body', 'nice|great|sexy|big|huge tits|boobs|titties'),
  ...phrase('sexual', 'makes a sexual remark about someone\'s body',
    'what is <your> bra|cup size', 'what size bra|cup', 'what colour|color|kind is|are <your> underwear|panties|undies|bra',
    'are <you> wearing any? underwear|panties|bra', 'freak in bed', '<you> would|must be? good in bed', 'look|looks better|good naked'),
  ...phrase('selfHarm', 'tells someone to stop living', 'just|please|pls|go stop breathing', 'favor|favour and stop breathing'),
  ...phrase('intimidation', 'tries to make someone afraid',
    'watch <your> back', '<you> will regret this|it', '<you> will pay for this|that', 'sleep with one eye open',
    '<you> better watch out|yourself', 'i|we will find <you>', 'i|we am|are coming for <you>', 'i|we are watching <you>'),
];
