/**
 * Everyday phrases with a hidden message about a group. Each entry says what the hidden message
 * is, because that is what the reader hears. Phrase language: src/text/phrases.ts; `<group>` is
 * the class of group words in index.ts.
 */

export type MicroKind = 'backhanded' | 'othering' | 'stereotype' | 'condescension' | 'idiom' | 'generalising' | 'groupJoke' | 'disclaimer';

export interface MicroPhrase {
  patterns: readonly string[];
  kind: MicroKind;
  /** What the reader hears, finishing "It can say: …". */
  hidden: string;
  /** A kinder way to say what the writer meant. */
  kinder: string;
  /** Only as a statement: not after "if"/"whether" ("if you are a girl, join us" asks no one to be one). */
  statementOnly?: boolean;
}

export const MICRO_PHRASES: readonly MicroPhrase[] = [
  {
    kind: 'backhanded',
    patterns: [
      'pretty|cute|beautiful|gorgeous|attractive|hot|handsome for a|an|some? <group>',
      // A people named by nationality or faith alone: "beautiful for a Samoan".
      'pretty|cute|beautiful|gorgeous|attractive|hot|handsome for a|an <idadj>',
    ],
    hidden: 'people like you are not usually attractive',
    kinder: 'You look great.',
  },
  {
    kind: 'backhanded',
    patterns: ['articulate|eloquent|smart|intelligent|clever|good|funny|strong|talented for a|an <group>', 'articulate|eloquent|smart|intelligent|clever|funny|strong|talented for <group>', 'well spoken for a|an <group>'],
    hidden: 'people like you are not usually capable',
    kinder: 'You explained that really well.',
  },
  {
    kind: 'othering',
    patterns: ['where are <you> really|actually|originally from', 'where is <your> family really|actually|originally from', 'no but where are <you> from'],
    hidden: 'you do not really belong here',
    kinder: 'Ask about someone only what you would ask anyone, when it matters to the conversation.',
  },
  {
    kind: 'othering',
    patterns: ['<you> speak english so|really|very well|good', '<your> english is so|really|very good', '<you> speak good english'],
    hidden: 'you are a foreigner here, whatever you say',
    kinder: 'Comment on what they said, not on the fact that they said it in English.',
  },
  {
    kind: 'stereotype',
    patterns: ['throws|throw|run|runs|fight|fights|cry|cries|cried|scream|screams|drive|drives|talk|talks|walk|walks|sing|sings|dance|dances|play|plays|punch|punches|kick|kicks like a girl', 'like a little girl'],
    hidden: 'being a girl means being weak or worse',
    kinder: 'Say what was actually wrong with the throw, the run or the move.',
  },
  {
    kind: 'stereotype',
    patterns: ['man up', 'be a man', 'boys do not cry', 'real men do not cry', 'grow a pair', 'stop being a pussy'],
    hidden: 'feelings are unmanly, and only one way of being a man counts',
    kinder: 'You can do this.',
  },
  {
    kind: 'stereotype',
    patterns: ['typical woman|women|female|asian driver', 'women|girls can not drive', 'women belong in the kitchen', 'get back in|to the kitchen', 'make me a sandwich',
      '(stay|go back) in|to the kitchen', 'kitchen where <you>|she|women|you belong|belongs', '<you>|she belong|belongs in the kitchen',
      // "girls like you are the reason men...": a person made the proof of a verdict on a group.
      'girls|women|men|boys|guys|ladies like <you>|her|him are|r the reason|why',
      // Success put down to gender: "only got views because she's a girl".
      'only got|gets|has|have views|followers|subs|famous|popular|likes because|cause|cuz (she is|she\'s|shes|<you> are|<you>\'re|youre) a|an girl|woman|female',
      'go back (to|and)? do|doing housework|cooking|dishes|laundry'],
    hidden: 'a whole group is bad at something, or belongs in one place',
    kinder: 'Talk about the person and what they did, not their group.',
  },
  {
    kind: 'condescension',
    patterns: ['calm down <pet>', 'relax <pet>', 'ok|okay <pet>', 'calm down little lady', 'bless <your> heart', 'cute that <you> think'],
    hidden: 'you are not to be taken seriously',
    kinder: 'Answer the point they made: "I see it differently, because…"',
  },
  {
    kind: 'idiom',
    patterns: [
      'that|this|it is|was so? retarded', 'that|this|it is|was so? autistic', 'are <you> autistic|retarded', '<you> are|r so? retarded', 'lame ass',
      // Said of anyone or anything, these two are the insult: "the refs are retarded", "my phone keeps acting retarded".
      'is|are|was|were|be|being|acting|act|acts|looks|sounds|seems so|just|fucking|literally|totally? retarded|spastic',
    ],
    hidden: 'disability is a synonym for bad or stupid',
    kinder: 'Say what you mean: "that is ridiculous", "that makes no sense".',
  },
  {
    kind: 'idiom',
    patterns: ['that|this|it is|was so? gay', 'no homo', 'that|this|it is|was so? homo'],
    hidden: 'being gay is something bad or embarrassing',
    kinder: 'Say what you mean: "that is silly", or just say the nice thing without the disclaimer.',
  },
  {
    kind: 'generalising',
    patterns: ['<you> people', 'your kind', 'people like <you>', 'all of <you> people'],
    hidden: 'you are one of a group I have already judged',
    kinder: 'Speak to the person in front of you: "you" is enough.',
  },
  {
    kind: 'othering',
    patterns: ['<you> do not look gay|trans|autistic|disabled|jewish|muslim|mixed', '<you> are too pretty to be <group>', '<you> are so exotic', '<you> do not act black|white|asian'],
    hidden: 'there is one right way to look like who you are',
    kinder: 'If it matters to the conversation, ask what they would like you to know.',
  },
  {
    kind: 'disclaimer',
    patterns: [
      'not to be racist|sexist|homophobic|rude|mean|offensive', 'i am not racist|sexist|homophobic|prejudiced but?',
      'no offense|offence but|to', 'i have|got (no problem with|nothing against) <people>', 'i have|got nothing against',
      'some of my best friends are', 'i do not see colour|color|race', 'one of the good ones', 'one of the good <people>',
    ],
    hidden: 'what follows is a judgement about a group, and the disclaimer knows it',
    kinder: 'If you need a disclaimer before it, leave the sentence out.',
  },
  {
    kind: 'othering',
    patterns: [
      'what are <you> mixed with', 'what are <you> anyway', 'what are <you> exactly', 'is it all|really <your> hair',
      'can i touch <your> hair', '<you> do not have an accent', '<you> have no accent', '<you> are|r not like other <people>',
      '<you> are|r part|half? <people>', '<you> are|r supposed to be good|smart', 'where are <your> parents from',
      'how come <you> speak', '<you> are|r so exotic', '<you> look exotic', 'so exotic', 'so articulate',
      '<you> are|r so articulate', '<you> are|r very articulate', 'such a|an <people> name',
    ],
    hidden: 'you are different from "us", and your difference is the first thing seen',
    kinder: 'Talk to them about what you were talking about, not about where they are from or what they are.',

    statementOnly: true,
  },
  {
    kind: 'condescension',
    patterns: ['smile more', 'you should smile', 'smile gorgeous|sweetie|sweetheart|honey|beautiful|darling', 'give us a smile', 'why do not <you> smile', '<you> are|r too sensitive', '<you> are|r so sensitive', '<you> take everything so? personally'],
    hidden: 'your feelings and your face are there for others',
    kinder: 'Leave their face and feelings to them.',
  },
];

/**
 * Further hidden messages, after the categories of Sue et al. (2007), "Racial microaggressions in
 * everyday life": ascription of intelligence, alien in one's own land, colour blindness, the myth
 * of meritocracy, pathologising cultural values, second-class citizen; and their sexist, heterosexist,
 * ableist and ageist kin. Written for kindness. `<anyone>` is STEREOTYPED below, `<trait>` NEGATIVE_TRAITS.
 */
export const SUE_PHRASES: readonly MicroPhrase[] = [
  {
    kind: 'stereotype',
    patterns: [
      '<anyone> are|r all|always|just|naturally|mostly|basically|inherently? so|too|really|just|such? <trait>',
      '<anyone> people|men|women|guys|folks|kids are|r all|always|so|just|too? <trait>',
      '<anyone> (always|never|cannot|can not|can never|will never|do not|does not|do not know how to|can not even) drive|listen|learn|integrate|assimilate|adapt|lead|think|cook|pay|work|overreact|complain|whine|lie|steal|cheat|smell|handle|understand|shut|commit|respect|tip|age',
      '<anyone> are|r ruining|destroying|taking|stealing|invading|replacing|breeding|flooding|controlling|overrunning',
      '<anyone> control|controls|run|runs|own|owns all? the banks|media|world|government|hollywood|money',
      '<anyone> people eat dogs|cats|anything|everything', '<anyone> are|r good at math|maths|science|sports|dancing|basketball',
      'must be good at math|maths|computers|science|sports|dancing|basketball',
    ],
    hidden: 'everyone in a group is the same, and the same bad thing',
    kinder: 'Speak about the person or the action in front of you, not a whole group.',
  },
  {
    kind: 'othering',
    patterns: [
      'what country are <you> from', 'where are <you> from originally', '<you> do not look american|british|english|canadian|australian|french|german|irish|scottish',
      '<you> are|r not a? real american|british|english|brit|canadian|australian', 'say something in <your> language', 'can <you> say something in',
      'when did <you> learn english', 'how do <you> speak english so',
      // Which language is "really" someone's, assumed from how they look. (Asked, it can be sincere.)
      'english is|was <your> first|second|native|real language', 'english is|was not <your> first|native language', '<your> english is good|great|perfect|excellent|amazing',
      'speak english or|please|pls', 'learn to speak english', 'learn english or', 'learn the language or', 'this is america', '<your> name is too hard|difficult|long',
      'can i just call <you>', 'i will just call <you>', 'such an exotic', 'where did <you> get <your> tan',
    ],
    hidden: 'you are a foreigner here, whatever you do',
    kinder: 'Talk to them about what you were talking about, not about where they are from.',
  },
  {
    kind: 'disclaimer',
    patterns: [
      'there is only one race', 'only one race the human race', 'all lives matter',
      'race|colour|color does not matter', 'i do not care if <you> are|r black|white|brown|purple|green|gay', 'whether <you> are|r black|white|brown',
      'stop making everything about race', 'everything have|has to be about race', 'playing|play|played the race|gender card',
      'race|gender card', 'everyone can succeed if', 'anyone can make it if', 'most qualified person should get',
      'pull themselves|yourself|yourselves up by', 'bootstraps', 'diversity hire', 'affirmative action hire', 'token black|asian|woman|girl|minority',
      'only got the job because', 'only hired because', 'just a quota', 'quota hire',
    ],
    hidden: 'your experience of race, or your place here, is not real or not earned',
    kinder: 'Ask about their experience and listen; it may differ from yours.',
  },
  {
    kind: 'condescension',
    patterns: [
      'why are <you> people|you so loud', 'why do <you> people? talk|dress|smell|eat|act like that', 'why do <you> wear that',
      'tone it down', '<you> act|acts|talk|talks|sound|sounds so? white|black',
      'are <you> the help|maid|nanny|cleaner|waiter|janitor|secretary', 'where is the real doctor|nurse|boss|engineer',
      'is there a man|someone else i can talk|speak to', 'speak to a man', 'are <you> on <your> period', '<you> are|r just on <your> period', 'not just on <your> period', 'that time of the month',
      '<you> are|r so? too emotional|hormonal|hysterical', 'who wears the pants', 'who is the man|woman in', 'which one of <you> is the man|guy|girl|woman',
      'just a phase', 'everyone is a little autistic|ocd|bipolar', 'so ocd', 'a little ocd', 'wheelchair bound', 'confined to a wheelchair',
      'but <you> look fine|normal|healthy', '<you> do not look sick|ill|autistic|disabled|depressed', 'good|great|young|pretty|fit|cute|sharp for <your> age',
      'ok|okay boomer', 'too old to understand|get|use',
    ],
    hidden: 'you are less, or abnormal, because of who you are',
    kinder: 'Treat them as the expert on their own life and answer what they actually said.',
  },
];

/** Who stereotypes are stated about: the identity words, and other groups people are lumped into. */
export const STEREOTYPED: readonly string[] = [
  'men', 'boys', 'blondes', 'gamers', 'boomers', 'millennials', 'teenagers', 'fat', 'old', 'poor', 'redheads', 'gingers',
  'vegans', 'nurses', 'immigrants', 'refugees', 'foreigners', 'americans', 'russians', 'germans', 'french', 'italians',
  'irish', 'jamaicans', 'nigerians', 'koreans', 'japanese', 'filipinos', 'pakistanis', 'somalis', 'gypsies', 'gay', 'bi',
  'transgender', 'lesbians', 'homosexuals', 'atheists', 'hindus', 'sikhs', 'catholics', 'christians', 'jews', 'asians',
];

/** Negative traits a stereotype pins on a group. */
export const NEGATIVE_TRAITS: readonly string[] = [
  'lazy', 'greedy', 'violent', 'dangerous', 'dirty', 'criminals', 'criminal', 'thieves', 'liars', 'stupid', 'dumb', 'emotional',
  'dramatic', 'sneaky', 'cheap', 'loud', 'rude', 'smelly', 'untrustworthy', 'weak', 'hysterical', 'irrational', 'useless',
  'confused', 'terrorists', 'illegal', 'savages', 'ignorant', 'uneducated', 'primitive', 'aggressive', 'bossy', 'shrill',
  'crazy', 'delusional', 'backwards', 'backward', 'inferior', 'incompetent', 'bad', 'terrible', 'annoying', 'fake',
  'manipulative', 'promiscuous', 'whiny', 'entitled', 'spoiled', 'fragile', 'evil', 'angry', 'selfish', 'arrogant',
  'ugly', 'unclean', 'trash', 'pushy', 'cunning', 'submissive', 'sick', 'mentally', 'burden', 'burdens', 'parasites',
  'freeloaders', 'leeches', 'thugs', 'gangsters', 'rapists', 'predators', 'perverts', 'pedophiles', 'drunks', 'alcoholics',
  'addicts', 'druggies', 'cheaters', 'scammers', 'clueless', 'helpless', 'useless', 'worthless', 'animals', 'stingy',
  'basement', 'weird', 'creepy', 'boring', 'shallow', 'vain', 'gold', 'nags', 'bitter', 'hateful', 'cruel', 'heartless', 'cold',
];

/**
 * Sweeping statements about a group named by who its members are: "<people> are always …",
 * "typical <people>". The hidden message is that a person is their group. `<people>` is the class
 * of IDENTITY_WORDS below.
 */
export const GENERALISATIONS: MicroPhrase = {
  kind: 'generalising',
  patterns: [
    '<people> are|r always|all|so|too|never|just|like|naturally|usually|mostly|basically|only|the|such|more|less|not',
    '<people> always|never|cannot|should|love|hate|only|ruin|ruined|destroy|think|want|need',
    // Where a group "belongs" is a generalisation when it is a place to be kept in, not "wherever they want".
    '<people> belong|belongs in|at|back|behind|on|with',
    '<people> can|do|will|would not|never',
    'all|most|typical|those|these|every <people>',
    '<people> people|guys|folks|kids|families|ladies are|r|always|never|can|should|have|do|just|all',
    '(too many|a bunch of|a horde of|full of|infested with) <people>',
    // "so many" is a complaint about people being here, not a count of friends coming over.
    '(so many|lots of|a lot of) <people> here|there|around|everywhere|nowadays|these|now|in|on',
    '(so many|lots of|a lot of) <people> people|kids|families|students here|there|around|everywhere|nowadays|now',
    'like a|an <people>',
  ],
  hidden: 'people are their group, and all alike',
  kinder: 'Speak about the person or the action in front of you, not a whole group.',
};

/** Openers of jokes that, with a group in them, usually make the group the punchline. */
export const JOKE_OPENERS: readonly string[] = [
  'what do <you> call', 'what is the difference between', 'whats the difference between', 'why did the', 'why do',
  'how do <you> get|make|stop|know', 'how many', 'what does a|an', 'what is a|an', 'what has', 'why are', 'why can not',
];

/** Words that name people by race, ethnicity, religion, gender, sexuality, disability or origin. */
export const IDENTITY_WORDS: readonly string[] = [
  'black', 'blacks', 'white', 'whites', 'asian', 'asians', 'jew', 'jews', 'jewish', 'muslim', 'muslims', 'islam',
  'christian', 'christians', 'catholic', 'catholics', 'gay', 'gays', 'lesbian', 'lesbians', 'trans', 'transgender',
  'disabled', 'autistic', 'women', 'woman', 'girls', 'female', 'females', 'mexican', 'mexicans', 'arab',
  'arabs', 'indian', 'indians', 'chinese', 'african', 'africans', 'immigrant', 'immigrants', 'latino', 'latinos',
  'hispanic', 'hispanics', 'feminist', 'feminists', 'blondes', 'refugees', 'migrants', 'foreigners', 'hindus',
];

/** Pet names that turn an adult's point into a child's. */
export const PET_NAMES: readonly string[] = ['sweetie', 'sweetheart', 'honey', 'hun', 'hon', 'darling', 'dear', 'princess', 'sweety', 'babe', 'sweetcheeks', 'missy'];

/** Words for groups people are judged by; a backhanded compliment names one of these. */
export const GROUP_WORDS: readonly string[] = [
  'girl', 'girls', 'woman', 'women', 'female', 'lady', 'black', 'brown', 'asian', 'latina', 'latino',
  'mexican', 'indian', 'african', 'arab', 'muslim', 'jew', 'jewish', 'gay', 'lesbian', 'trans', 'fat',
  'chubby', 'bigger', 'plus', 'older', 'old', 'disabled', 'autistic', 'immigrant', 'foreigner',
  'dark', 'darker', 'skinned', 'blonde', 'redhead', 'mom', 'mum', 'boomer', 'nonbinary', 'queer',
  'chinese', 'korean', 'japanese', 'filipino', 'nigerian', 'person', 'someone', 'native', 'hispanic',
];
