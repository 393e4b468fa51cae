/**
 * Insults that no single word carries: body shaming dressed as advice ("you'd be cute if you lost
 * weight") and dehumanising comparisons ("a waste of oxygen", "a plague on this platform").
 * Phrase language: src/text/phrases.ts; the word classes are in index.ts (`<person>` is you, she,
 * he; `<nice>` a word of looks; `<amount>` and `<body>` what the advice is about).
 */
export type PhraseTheme = 'bodyAdvice' | 'dehumanising' | 'nameCalling' | 'putDown';

export interface InsultPhrase {
  pattern: string;
  theme: PhraseTheme;
  /** Completes "It {{note}}." and "Name-calling {{note}}.": a verb phrase. */
  note: string;
}

const phrase = (theme: PhraseTheme, note: string, ...patterns: string[]): InsultPhrase[] => patterns.map((pattern) => ({ pattern, theme, note }));

export const INSULT_PHRASES: readonly InsultPhrase[] = [
  ...phrase('bodyAdvice', 'makes someone\'s looks conditional on changing their body',
    '<person> would|could|might almost|actually|really? be|look so|really|actually|almost|way|kinda|pretty|even? <nice> looking? if|with',
    '<person> would|could be a ten|10 if', '<person> would|could look|be less gross|ugly|fat|disgusting|bad if',
    '<person> should|need|needs|must|gotta|better|ought really|seriously? to? lose|drop|shed <amount>? <amount>? <body>',
    'just|maybe|then|please|pls|tip|advice|honestly lose|drop|shed <amount>? <amount>? <body>',
    'if <person> lost|lose|dropped|drop|shed <amount>? <amount>? <body>', 'if <person> stopped|stop eating so',
    'put the fork down', 'put down the fork', 'eat less and', 'stop eating so much',
    'lay off the burgers|cake|snacks|food|junk|fries|donuts|pizza|carbs|sweets|chips|fast',
    'skip|skipping (dessert|desserts|a meal|meals|the snacks|lunch|dinner)', 'try a salad|diet|treadmill',
    'a diet|treadmill|salad|gym would|might|could',
    '<person> should|need|needs|must|gotta really|seriously|honestly|definitely? to? (hit the gym|hit the treadmill|go on a diet|do some cardio|do more cardio)',
    '<person> should|need|needs|must|gotta really|seriously|honestly|definitely? to? cut back|down on the? carbs|snacks|burgers|fries|donuts|junk',
    'have <you> (thought about|tried|considered) losing|dieting|cardio', 'tell her|him|them to diet|lose',
    'consider|considering a nose|boob|butt job',
    'shame|pity about the|your|ur body|face|legs|teeth|skin|nose',
    '<person> need|needs a nose|boob|butt job|facelift',
    '<person> should|need|needs really|seriously|honestly|definitely? (look into|consider|get|think about) (veneers|braces|surgery|botox|fillers|lipo|a nose job)',
    '<person> (might want to|may want to|might wanna) (hit the gym|lose|diet|cover up)', 'doing|does|do <your>|her|his body|face|figure|skin (zero|no) favours|favors',
    'concealer|makeup|filter would hide|fix|cover', '<your> forehead|nose|chin|ears|teeth deserves|deserve|needs|need its|their own',
    'do something about that|your|those|his|her nose|teeth|skin|acne|face|weight|wrinkles|body|belly|chin|chins|arms|legs|rolls',
    'get|got|getting a nose|boob|butt job', 'get|got that|your|his|her nose|teeth|face fixed|done',
    'cover up those|your|that|his|her arms|legs|stomach|body|belly|rolls|face', 'covered up those|your arms|legs|stomach|rolls',
    'wear something that hides|covers', 'less fat on <your>', '<your> chins|rolls|belly|gut are|is multiplying|growing|jiggling',
    'drop a few sizes', 'lose the belly|gut|chins|double|weight|rolls'),
  ...phrase('dehumanising', 'calls a person less than human',
    'waste|waist of oxygen|air|skin|flesh|sperm|carbon|dna', 'walking waste', 'waste of space|life <you> are|r',
    'lower than (dirt|scum|a worm)', 'less than human', '<person> are|r|is not even a|an? (human being|human|person|humans|people)', 'sub human', 'mistake of nature', 'bottom feeder|feeders',
    'waste of a human|person|man|woman', 'waste of a human being', 'lump of flesh|lard|fat|meat', 'belong|belongs in a zoo|cage', '<you> belong with the animals',
    // Said as an exclamation, of whoever the comment answers: "what a waste of space".
    'what|such a waste of space|oxygen|air', '<person> are|r|is just? (a|such)? dead weight',
    '<person> belong|belongs in the|a longkang|gutter|sewer|trash|bin|dumpster|landfill|drain|garbage',
    'snake|rat|monster|pig|demon in human skin|form',
    'breed|breeding|multiply like rats|cockroaches|roaches|vermin|animals|flies',
    // People likened to animals as a kind: "liberals are like monkeys", "you are like a rat".
    '<person>|people|they|liberals|conservatives|fans are|r|is (just|literally|all)? like a|an? monkeys|monkey|apes|ape|animals|animal|rats|rat|pigs|pig|cockroaches|roaches|vermin|parasites|leeches|dogs|dog',
    'cancer|plague|disease|blight|virus|stain|tumor|tumour|parasite|leech on|to humanity|society|this|our|earth|everyone|mankind|every',
    'cancer|plague|disease|blight|virus|stain|tumor|tumour|parasite|leech on|to the world|planet|internet|earth|community|platform|fandom|site|app|gene'),
  ...phrase('nameCalling', 'judges who someone is',
    '<you> suck|suk', 'brain dead', 'terrible|horrible|awful|vile|horrid|disgusting|rotten|miserable person|human|people',
    '<person> are|r|is a|an? (nut|head) job|case|jobs|cases', 'sick|messed|fucked|screwed in the head',
    '<person> are|r|is so|just|really|always|completely? full of shit|crap|bullshit|bs',
    '<your> face|body is|was hard|painful|difficult to look at',
    // "your stupidity", "her ignorance": the judgement as a noun.
    '<your>|her|his|their stupidity|idiocy|ignorance|dumbness|ugliness|uselessness|incompetence',
    '<you> look|looks like a|an potato|troll|goblin|thumb|toad|whale|cow|pig|rat|gremlin|horse|ogre|monkey|hamster|lizard|frog|rodent|donkey',
    '<your> voice|face|singing|content|video|videos|art|music makes|made my ears|eyes bleed',
    'ugly|rotten|disgusting|vile inside and out',
    // "your content is as empty as your head": the reader's head, face or life as the measure of bad.
    '(no filter|no makeup|no amount of makeup|no surgery) (in the world)? can|could|is|will fix|fixing|save|saving|hide|hiding',
    'as ugly|empty|dumb|fake|stupid|boring|flat|bad|dry|shallow|useless|pathetic|sad as <your> face|head|brain|personality|voice|content|life'),
  ...phrase('putDown', 'mocks someone\'s life, family or worth',
    '<you> have|has|got the personality|charisma|brain|brains|iq|face|charm|voice|range|rhythm|depth of a|an', '<you> have|has|got the (stage presence|emotional range|comedic timing|sense of humor|sense of humour) of a|an',
    '(land|lands|landed|work|works|go over|goes over) about? as well as a|an', 'watching <you> * is like watching',
    'no wonder <you> are|r|re still? (single|alone|lonely|broke|unemployed|friendless|a virgin)', 'explains why <you> are|r|re still? (single|alone|lonely|broke|unemployed|friendless|a virgin)',
    'imagine being (his|her|your) (wife|husband|kid|child|son|daughter|partner|girlfriend|boyfriend)', '<your> kids|children are|will going? to? be mortified|embarrassed|ashamed',
    'friends of yours|urs laugh at <you>',
    // Age held against someone: "aren't you too old for this", "at your age you should".
    '<you> are|r|re (a bit|a little|way|far|much|) too old (to be|for)', 'are not? <you> (a bit|a little|way|far|much|) too old (to be|for)', 'past the age (where|when|for)', 'at <your> age <you> should', 'midlife crisis but', '<your> generation had its turn',
    'no wonder <your> dad|father|mom|mother|parents|wife|husband|boyfriend|girlfriend|bf|gf|ex left|cheated|dumped|leave',
    'this is why|how <your> dad|father|mom|mother|parents|wife|husband|boyfriend|girlfriend|bf|gf left|leave|hate|hates',
    '<you> are|r|re the reason (people|everyone|everybody|nobody|i|we) hate|hates|left|quit|unfollowed|stopped',
    '<you> should be ashamed|embarrassed (of yourself|to post|to show|to call|to upload)',
    '<your> kids|parents|family|mom|mother|mum|dad|father must|should be so? ashamed|embarrassed|disappointed',
    '<your> kids|children are|will going? to? need therapy',
    'even <your> own? mom|mum|mother|dad|father|parents|family|friends|fans (do not|does not|doesnt|dont|never|did not|didnt) watch|watches|like|likes|love|loves|support|supports|want|wants',
    '<your> boyfriend|girlfriend|husband|wife|friends|bf|gf|partner is|are clearly|obviously|probably|just? only with <you>|there|around for|because',
    '<your> friends|boyfriend|girlfriend|bf|gf only hang|hangs|stay|stays around|with <you>? because|for',
    '<your> brain|brains go|went where',
    // Ability judged as a verdict on the person: "you simply can't sing", "you have zero talent".
    '<you> simply|clearly|really|honestly|literally|just (can not|cannot|cant) sing|act|dance|rap|cook|edit|write|draw|host|play|film',
    '(can not|cannot|cant) sing|act|dance|rap|cook|edit|write|draw|host|play to save <your> life',
    '<you> have|has|got zero|no talent|skill|skills|personality|charisma|taste|brains|class|rhythm|charm',
    '<you> peaked (years|months|two|three|a|long|with|in|at)', '<you> will never be a|an real? artist|singer|comedian|musician|creator|chef|actor|dancer',
    '<you> are|r|re simply|just|clearly? not a|an funny|talented|good|interesting|likeable|nice|smart person', 'talent skipped <you>|<your>', 'nothing original (in|about) <you>',
    'nothing <you> make|makes|post|posts|do|does will ever be memorable|good|funny|worth', 'confidence (shows up|without) without any? skill|talent', '<you> are|r|re not a|an real? artist|singer|comedian|musician|creator|chef|actor|dancer',
    // Mocking comparisons: "a screensaver has more personality than you".
    'more personality|charisma|talent|charm|brains|rhythm|depth|soul|range|emotion|presence|engagement than <you>|<your>|yours',
    'seen|met|heard * with more personality|charisma|talent|charm|soul|range|emotion|presence', 'seen|met|heard * * with more personality|charisma|talent|charm|soul|range|emotion|presence', 'not even <your> own? mom|mum|mother|dad|father|parents|family|friends|fans share|shares|watch|watches|like|likes',
    'so brave of <you> to post|show this|that|your face', '<your> peak was', 'the most forgettable|boring|annoying|irrelevant person|creator|guy|girl',
    '<you> are|r|re the reason (people|everyone|everybody|we|i) skip|mute|scroll|unsubscribe', 'best part (of the video|of this|of it)? was when it ended',
    '<your> brain|brains (must be|is|are) on airplane|flight mode', 'imagine having zero|no talent|friends|taste|personality|charisma',
    'more entertaining|interesting|talented|watchable|charming than <you>',
    '<you> sound|sounds like a|an dying|goose|duck|chipmunk|robot|donkey|seal|banshee|cat|pig',
    // Intelligence: "listening to you lowers my IQ".
    'lowers|lowered|lower|lowering my iq|brain', '<your> one|two|last|only brain cell|cells', 'zero|two|one brain cells|cell',
    'do|does <you> even|actually|ever think before', 'confidently wrong',
    // Shame: "how are you not embarrassed", "have some dignity".
    'how are|r|is <you> not embarrassed|ashamed', '<you> should be ashamed|embarrassed of|for putting|posting|making|uploading|sharing|this',
    'have some (dignity|shame|self respect)', '(i feel|i felt|i get|i got|) (secondhand|second hand) embarrassment|shame|cringe', 'deeply pathetic',
    '(nobody|no one) with a (shred|ounce) of (self respect|dignity|shame)', 'makes me respect <you> (a little|even)? less', 'paiseh for <you>', 'clout chaser|chasers|chasing|whore',
    'who let <you>|her|him on|near (camera|the internet|tiktok|youtube|instagram|this app)',
    '<you> are|r|re not even funny|talented|pretty|cute|good|interesting|entertaining|attractive|smart',
    // Success put down to sex: "she only got famous by sleeping around".
    'got|gets|get (famous|popular|followers|views|the job|the part) by|from sleeping|sleep|slept around|with', 'sleep|slept|sleeping|sleeps her|his|their way to|into|up',
    'imagine being this|so ugly|dumb|stupid|talentless|boring|fat|cringe|desperate|pathetic|annoying|fake|lame|broke|old|clueless|forgettable|mediocre'),
];
