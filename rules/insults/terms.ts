/**
 * Words that insult a person when aimed at one. Each is here because, said to someone, it judges
 * who they are rather than what they did. Context decides the rest (see index.ts): "this song is
 * stupid" is about a song; "I'm such an idiot" is about the writer.
 */

export type Theme = 'intelligence' | 'appearance' | 'worth' | 'dehumanising' | 'character';

export interface InsultTerm {
  /** Noun ("an idiot") or adjective ("stupid"): adjectives also describe things, so they need a clearer target. */
  part: 'noun' | 'adjective';
  theme: Theme;
  /** Only with a linking verb ("you are a joke"), never bare: the word has ordinary uses too. */
  needsLink?: boolean;
  /** Only after "a" ("you're a nobody"): without it the word is a pronoun ("idiot, nobody asked"). */
  afterArticle?: boolean;
  /**
   * Judges things and skills as often as people: "a terrible cook", "your mic is awful", "terrible
   * at parking", "horrible to me", "an awful lot". Reported only when said of the person outright.
   */
  judgesThingsToo?: boolean;
  /** A plural made from a listed noun: reported when aimed at people, never bare. */
  plural?: boolean;
  /**
   * Names several people ("morons", "jerks"): a subject it is said of is people, whatever the
   * word for them ("the mods here are morons").
   */
  several?: boolean;
  /** How sure we are that the word insults when aimed at someone. */
  weight: number;
  /** Used in banter between friends: not reported when the sentence also says "love". */
  playful?: boolean;
  /**
   * Why it is listed: a verb phrase that completes "Name-calling …" and "It …" in the rule's
   * messages ("calls someone foolish"), so it must read as one. A test checks every entry.
   */
  note: string;
}

const noun = (theme: Theme, note: string, weight = 0.9, needsLink = false): InsultTerm => ({ part: 'noun', theme, weight, note, needsLink });
const adjective = (theme: Theme, note: string, weight = 0.9, needsLink = false): InsultTerm => ({ part: 'adjective', theme, weight, note, needsLink });

const judgesThingsToo = (term: InsultTerm): InsultTerm => ({ ...term, judgesThingsToo: true });

const LISTED: ReadonlyArray<readonly [string, InsultTerm]> = [
  // Intelligence
  ['idiot', noun('intelligence', 'calls someone foolish')],
  ['idiots', noun('intelligence', 'calls people foolish')],
  ['moron', noun('intelligence', 'calls someone foolish')],
  ['morons', noun('intelligence', 'calls people foolish')],
  ['imbecile', noun('intelligence', 'calls someone foolish')],
  ['cretin', noun('intelligence', 'calls someone foolish')],
  ['dimwit', noun('intelligence', 'calls someone foolish')],
  ['halfwit', noun('intelligence', 'calls someone foolish')],
  ['nitwit', noun('intelligence', 'calls someone foolish')],
  ['dumbass', noun('intelligence', 'calls someone foolish, with profanity')],
  ['dumbo', noun('intelligence', 'calls someone foolish')],
  ['numbskull', noun('intelligence', 'calls someone foolish')],
  ['bonehead', noun('intelligence', 'calls someone foolish')],
  ['airhead', noun('intelligence', 'calls someone empty-headed')],
  ['fool', noun('intelligence', 'calls someone foolish', 0.75)],
  ['buffoon', noun('intelligence', 'calls someone a fool')],
  ['twit', noun('intelligence', 'calls someone foolish', 0.8)],
  ['dolt', noun('intelligence', 'calls someone foolish')],
  ['oaf', noun('intelligence', 'calls someone clumsy and foolish', 0.8)],
  ['doofus', noun('intelligence', 'calls someone foolish', 0.8)],
  ['dunce', noun('intelligence', 'calls someone foolish')],
  ['ignoramus', noun('intelligence', 'belittles what someone knows')],
  ['dumbfuck', noun('intelligence', 'calls someone foolish, with profanity')],
  ['muppet', noun('intelligence', 'calls someone foolish', 0.7, true)],
  ['knucklehead', noun('intelligence', 'calls someone foolish', 0.8)],
  ['fucktard', noun('intelligence', 'uses disability as an insult, with profanity')],
  ['stupid', adjective('intelligence', 'calls someone unintelligent')],
  ['dumb', adjective('intelligence', 'calls someone unintelligent')],
  ['idiotic', adjective('intelligence', 'calls someone foolish')],
  ['moronic', adjective('intelligence', 'calls someone foolish')],
  ['brainless', adjective('intelligence', 'calls someone unintelligent')],
  ['braindead', adjective('intelligence', 'calls someone unintelligent')],
  ['clueless', adjective('intelligence', 'belittles what someone knows', 0.7)],
  ['dense', adjective('intelligence', 'calls someone slow to understand', 0.6, true)],
  ['stoopid', adjective('intelligence', 'calls someone unintelligent, respelt')],
  ['stupidest', adjective('intelligence', 'calls someone the least intelligent of all')],
  ['dumbest', adjective('intelligence', 'calls someone the least intelligent of all')],
  // Appearance and body
  ['ugly', adjective('appearance', 'judges how someone looks')],
  ['ugliest', adjective('appearance', 'judges how someone looks')],
  ['fugly', adjective('appearance', 'judges how someone looks, with profanity')],
  ['hideous', adjective('appearance', 'judges how someone looks')],
  ['fat', adjective('appearance', 'shames a body', 0.85)],
  ['obese', adjective('appearance', 'shames a body', 0.8)],
  ['gross', adjective('appearance', 'calls someone repellent', 0.75)],
  ['disgusting', adjective('appearance', 'calls someone repellent', 0.85)],
  ['repulsive', adjective('appearance', 'calls someone repellent')],
  ['fatty', noun('appearance', 'shames a body')],
  ['fatso', noun('appearance', 'shames a body')],
  ['lardass', noun('appearance', 'shames a body')],
  ['uggo', noun('appearance', 'judges how someone looks')],
  ['hag', noun('appearance', 'mocks how a woman looks and her age', 0.8)],
  // Worth
  ['loser', noun('worth', 'judges someone as a failure')],
  ['losers', noun('worth', 'judges people as failures')],
  ['worthless', adjective('worth', 'denies someone any value')],
  ['useless', adjective('worth', 'denies someone any value', 0.85)],
  ['pathetic', adjective('worth', 'holds someone in contempt')],
  ['talentless', adjective('worth', 'dismisses someone\'s work and them with it')],
  ['irrelevant', adjective('worth', 'dismisses someone', 0.7, true)],
  ['cringe', adjective('worth', 'mocks someone for who they are', 0.7, true)],
  ['cringey', adjective('worth', 'mocks someone for who they are', 0.7, true)],
  ['cringy', adjective('worth', 'mocks someone for who they are', 0.7, true)],
  ['annoying', adjective('worth', 'dismisses someone', 0.6, true)],
  ['grating', adjective('worth', 'dismisses someone', 0.55, true)],
  ['failure', noun('worth', 'judges someone as a failure', 0.85, true)],
  ['joke', noun('worth', 'dismisses someone as not serious', 0.8, true)],
  ['disgrace', noun('worth', 'shames someone', 0.85, true)],
  ['embarrassment', noun('worth', 'shames someone', 0.8, true)],
  ['nobody', { ...noun('worth', 'denies someone matters', 0.7, true), afterArticle: true }],
  ['waste', noun('worth', 'says someone is not worth the space they take up ("a waste of space")', 0.75, true)],
  ['clown', noun('worth', 'mocks someone as a joke', 0.8)],
  ['bozo', noun('worth', 'mocks someone as a joke')],
  ['failed', adjective('worth', 'judges someone as a failure', 0.6, true)],
  ['deadbeat', noun('worth', 'judges someone as a failure', 0.8)],
  ['bum', noun('worth', 'judges someone as a failure', 0.6, true)],
  ['freeloader', noun('worth', 'says someone lives off others', 0.7, true)],
  // Character
  ['jerk', noun('character', 'calls someone unpleasant', 0.8)],
  ['creep', noun('character', 'calls someone threatening or strange', 0.8)],
  ['weirdo', noun('character', 'mocks someone as strange', 0.8)],
  ['freak', noun('character', 'mocks someone as abnormal', 0.8)],
  ['psycho', noun('character', 'calls someone mad; also stigmatises mental illness')],
  ['lunatic', noun('character', 'calls someone mad; also stigmatises mental illness', 0.8)],
  ['lunatics', noun('character', 'calls people mad; also stigmatises mental illness', 0.8)],
  ['nutjob', noun('character', 'calls someone mad; also stigmatises mental illness', 0.85)],
  ['nutjobs', noun('character', 'calls people mad; also stigmatises mental illness', 0.85)],
  ['nutcase', noun('character', 'calls someone mad; also stigmatises mental illness', 0.85)],
  ['loony', adjective('intelligence', 'calls someone mad; also stigmatises mental illness', 0.75)],
  ['looney', adjective('intelligence', 'calls someone mad; also stigmatises mental illness', 0.75)],
  ['degenerate', noun('character', 'calls someone morally rotten')],
  ['scumbag', noun('character', 'calls someone contemptible')],
  ['lowlife', noun('character', 'calls someone contemptible')],
  ['simp', noun('character', 'mocks someone for caring', 0.7)],
  ['incel', noun('character', 'mocks someone\'s love life', 0.8)],
  ['hypocrite', noun('character', 'attacks someone\'s honesty', 0.7, true)],
  ['liar', noun('character', 'attacks someone\'s honesty', 0.6, true)],
  ['fraud', noun('character', 'attacks someone\'s honesty', 0.7, true)],
  ['phony', noun('character', 'attacks someone\'s honesty', 0.7, true)],
  ['phoney', noun('character', 'attacks someone\'s honesty', 0.7, true)],
  ['cheater', noun('character', 'attacks someone\'s honesty', 0.6, true)],
  ['scoundrel', noun('character', 'calls someone dishonest', 0.75)],
  ['wacko', noun('character', 'calls someone mad; also stigmatises mental illness', 0.8)],
  ['whacko', noun('character', 'calls someone mad; also stigmatises mental illness', 0.8)],
  ['bimbo', noun('intelligence', 'mocks a woman as brainless', 0.8)],
  ['bastard', noun('character', 'insults someone through their birth', 0.85)],
  ['asshole', noun('character', 'calls someone contemptible, with profanity')],
  ['arsehole', noun('character', 'calls someone contemptible, with profanity')],
  ['dickhead', noun('character', 'calls someone contemptible, with profanity')],
  ['prick', noun('character', 'calls someone contemptible', 0.8)],
  ['twat', noun('character', 'calls someone contemptible, with profanity')],
  ['wanker', noun('character', 'calls someone contemptible, with profanity')],
  ['tosser', noun('character', 'calls someone contemptible, with profanity')],
  ['bellend', noun('character', 'calls someone contemptible, with profanity')],
  ['knobhead', noun('character', 'calls someone contemptible, with profanity')],
  ['douchebag', noun('character', 'calls someone contemptible')],
  ['douche', noun('character', 'calls someone contemptible', 0.8)],
  ['cunt', noun('character', 'uses one of the strongest insults in English')],
  ['motherfucker', noun('character', 'calls someone contemptible, with profanity')],
  ['shithead', noun('character', 'calls someone contemptible, with profanity')],
  ['fucker', noun('character', 'calls someone contemptible, with profanity')],
  ['fuckers', noun('character', 'calls people contemptible, with profanity')],
  ['fuckface', noun('character', 'calls someone contemptible, with profanity')],
  ['fuckhead', noun('character', 'calls someone contemptible, with profanity')],
  ['asshat', noun('character', 'calls someone contemptible, with profanity')],
  ['ahole', noun('character', 'calls someone contemptible, with profanity')],
  ['basturd', noun('character', 'insults someone through their birth, respelt')],
  ['turd', noun('dehumanising', 'calls a person excrement', 0.85)],
  ['libturd', noun('character', 'mixes a political label with "turd"')],
  ['crybaby', noun('character', 'mocks someone as childish', 0.8)],
  ['commie', noun('character', 'turns a political label into an insult', 0.6, true)],
  ['coward', noun('character', 'attacks someone\'s courage', 0.8)],
  ['cowards', noun('character', 'attacks people\'s courage', 0.8)],
  ['wimp', noun('character', 'mocks someone as weak', 0.75)],
  ['sissy', noun('character', 'mocks a man as unmanly', 0.8)],
  ['pansy', noun('character', 'mocks a man as unmanly', 0.75, true)],
  ['traitor', noun('character', 'attacks someone\'s loyalty', 0.7, true)],
  ['sociopath', noun('character', 'calls someone mentally ill and dangerous', 0.85)],
  ['psychopath', noun('character', 'calls someone mentally ill and dangerous', 0.85)],
  ['narcissist', noun('character', 'turns a diagnosis into an insult', 0.7, true)],
  ['pervert', noun('character', 'accuses someone of sexual deviance', 0.85)],
  ['perv', noun('character', 'accuses someone of sexual deviance', 0.8)],
  ['pedo', noun('character', 'accuses someone of child abuse', 0.9)],
  ['pedophile', noun('character', 'accuses someone of child abuse', 0.7, true)],
  ['bigot', noun('character', 'turns an accusation into a label', 0.65, true)],
  ['racist', noun('character', 'turns an accusation into a label', 0.6, true)],
  ['nazi', noun('character', 'compares someone to a Nazi', 0.7, true)],
  ['snowflake', noun('character', 'mocks someone as oversensitive', 0.75, true)],
  ['sheep', noun('character', 'mocks someone as unthinking', 0.6, true)],
  ['karen', noun('character', 'turns a woman\'s name into a gendered insult for being demanding', 0.6, true)],
  ['troll', noun('character', 'dismisses someone as acting in bad faith', 0.6, true)],
  ['scammer', noun('character', 'accuses someone of fraud', 0.7, true)],
  ['grifter', noun('character', 'accuses someone of fraud', 0.75, true)],
  ['thief', noun('character', 'accuses someone of stealing', 0.6, true)],
  ['crook', noun('character', 'accuses someone of crime', 0.7, true)],
  ['weasel', noun('character', 'calls someone sneaky', 0.75)],
  ['backstabber', noun('character', 'calls someone treacherous', 0.75)],
  ['punk', noun('character', 'belittles someone', 0.6, true)],
  ['hack', noun('worth', 'dismisses someone\'s work as fake', 0.6, true)],
  ['disappointment', noun('worth', 'shames someone', 0.75, true)],
  ['mess', noun('worth', 'belittles someone', 0.6, true)],
  ['ignorant', adjective('intelligence', 'calls someone ignorant', 0.75)],
  ['delusional', adjective('intelligence', 'calls someone out of touch with reality', 0.7, true)],
  ['evil', adjective('character', 'calls someone evil', 0.75, true)],
  ['vile', adjective('character', 'calls someone disgusting', 0.85)],
  ['corrupt', adjective('character', 'accuses someone of corruption', 0.6, true)],
  ['spineless', adjective('character', 'attacks someone\'s courage', 0.85)],
  ['gutless', adjective('character', 'attacks someone\'s courage', 0.85)],
  ['heartless', adjective('character', 'calls someone cruel', 0.75, true)],
  ['hypocritical', adjective('character', 'attacks someone\'s honesty', 0.6, true)],
  ['inbred', adjective('intelligence', 'insults someone through their family', 0.8)],
  ['arrogant', adjective('character', 'attacks someone\'s character', 0.6, true)],
  ['selfish', adjective('character', 'attacks someone\'s character', 0.6, true)],
  ['lazy', adjective('character', 'attacks someone\'s character', 0.6, true)],
  ['creepy', adjective('character', 'calls someone threatening or strange', 0.75)],
  ['dishonest', adjective('character', 'attacks someone\'s honesty', 0.6, true)],
  ['shameless', adjective('character', 'says someone has no decency', 0.65, true)],
  ['hateful', adjective('character', 'calls someone full of hate', 0.6, true)],
  ['classless', adjective('character', 'says someone has no decency', 0.65, true)],
  ['incompetent', adjective('worth', 'calls someone incapable', 0.6, true)],
  ['unhinged', adjective('intelligence', 'calls someone mad; also stigmatises mental illness', 0.6, true)],
  ['deranged', adjective('intelligence', 'calls someone mad; also stigmatises mental illness', 0.7, true)],
  ['brainwashed', adjective('intelligence', 'says someone cannot think for themselves', 0.6, true)],
  ['childish', adjective('character', 'mocks someone as immature', 0.55, true)],
  ['spoiled', adjective('character', 'calls someone spoiled', 0.5, true)],
  ['spoilt', adjective('character', 'calls someone spoiled', 0.5, true)],
  // Said of a person with "is" or "are" only ("the traffic was awful"), and not of what they do
  // ("you were awful in that match", "a terrible cook").
  ['awful', judgesThingsToo(adjective('character', 'condemns who someone is', 0.6, true))],
  ['horrible', judgesThingsToo(adjective('character', 'condemns who someone is', 0.6, true))],
  ['terrible', judgesThingsToo(adjective('character', 'condemns who someone is', 0.55, true))],
  ['horrid', judgesThingsToo(adjective('character', 'condemns who someone is', 0.65, true))],
  ['despicable', adjective('character', 'holds someone in contempt', 0.8, true)],
  ['deplorable', adjective('character', 'holds someone in contempt', 0.7, true)],
  ['contemptible', adjective('character', 'holds someone in contempt', 0.8, true)],
  ['insufferable', adjective('character', 'calls someone unbearable', 0.7, true)],
  ['unbearable', adjective('character', 'calls someone unbearable', 0.6, true)],
  ['unwatchable', adjective('worth', 'dismisses someone\'s work and them with it', 0.6, true)],
  ['atrocious', judgesThingsToo(adjective('character', 'condemns who someone is', 0.6, true))],
  ['obnoxious', adjective('character', 'calls someone unbearable', 0.65, true)],
  ['revolting', adjective('character', 'calls someone repellent', 0.75, true)],
  ['repugnant', adjective('character', 'calls someone repellent', 0.75, true)],
  ['sleazy', adjective('character', 'calls someone sleazy', 0.7, true)],
  ['slimy', adjective('character', 'calls someone sleazy', 0.6, true)],
  ['sicko', noun('character', 'calls someone depraved', 0.8)],
  ['sickos', noun('character', 'calls people depraved', 0.8)],
  ['trashy', adjective('worth', 'calls someone cheap', 0.8)],
  ['nasty', adjective('character', 'calls someone repellent', 0.65, true)],
  ['toxic', adjective('character', 'calls someone harmful', 0.6, true)],
  ['weak', adjective('worth', 'calls someone weak', 0.55, true)],
  ['fake', adjective('character', 'calls someone false', 0.55, true)],
  ['sick', judgesThingsToo(adjective('character', 'calls someone depraved', 0.5, true))],
  ['crazy', adjective('intelligence', 'calls someone mad; also stigmatises mental illness', 0.5, true)],
  ['insane', adjective('intelligence', 'calls someone mad; also stigmatises mental illness', 0.5, true)],
  ['lame', adjective('worth', 'dismisses someone; also an ableist word', 0.6, true)],
  ['dirty', adjective('worth', 'calls someone unclean', 0.55, true)],
  ['retarded', adjective('intelligence', 'uses disability as an insult', 0.9)],
  // Dehumanising comparisons
  ['dog', noun('dehumanising', 'compares a person to a dog', 0.6, true)],
  ['pig', noun('dehumanising', 'compares a person to an animal', 0.8)],
  ['cow', noun('dehumanising', 'compares a person to an animal, often aimed at women', 0.75)],
  ['rat', noun('dehumanising', 'compares a person to vermin', 0.75)],
  ['worm', noun('dehumanising', 'compares a person to a worm', 0.75, true)],
  ['slug', noun('dehumanising', 'compares a person to a slug', 0.75, true)],
  ['maggot', noun('dehumanising', 'compares a person to a maggot', 0.8, true)],
  ['subhuman', adjective('dehumanising', 'calls a person less than human', 0.9)],
  ['snake', noun('dehumanising', 'compares a person to a snake', 0.7, true)],
  ['parasite', noun('dehumanising', 'compares a person to a parasite')],
  ['leech', noun('dehumanising', 'compares a person to a parasite', 0.8)],
  ['vermin', noun('dehumanising', 'compares a person to vermin')],
  ['cockroach', noun('dehumanising', 'compares a person to vermin')],
  ['scum', noun('dehumanising', 'calls a person filth')],
  ['trash', noun('dehumanising', 'calls a person rubbish', 0.8, true)],
  ['garbage', noun('dehumanising', 'calls a person rubbish', 0.8, true)],
  ['filth', noun('dehumanising', 'calls a person filth', 0.8, true)],
  ['animal', noun('dehumanising', 'denies someone their humanity', 0.6, true)],
  // Said of a person with "is" or "are", never bare: "my aunt beat cancer", "a disease of the leaves".
  ['cancer', noun('dehumanising', 'calls a person a disease', 0.8, true)],
  ['disease', noun('dehumanising', 'calls a person a disease', 0.8, true)],
  ['plague', noun('dehumanising', 'calls a person a plague', 0.8, true)],
  ['tumor', noun('dehumanising', 'calls a person a disease', 0.8, true)],
  ['tumour', noun('dehumanising', 'calls a person a disease', 0.8, true)],
  // Emoji said of a person ("you're a 🤡", "you are 💩"); alone they react to a thing as often.
  ['🤡', noun('worth', 'mocks someone as a joke', 0.8, true)],
  ['💩', noun('dehumanising', 'calls a person excrement', 0.8, true)],
  ['🐷', noun('dehumanising', 'compares a person to an animal', 0.75, true)],
  ['🐀', noun('dehumanising', 'compares a person to vermin', 0.75, true)],
  ['🐍', noun('dehumanising', 'compares a person to a snake', 0.7, true)],
];

/** Words friends throw at each other fondly ("you absolute clown, I love this"). */
const PLAYFUL = new Set(['clown', 'idiot', 'dork', 'weirdo', 'goof', 'dummy', 'bozo', 'fool', 'loser', 'freak', 'simp', 'nitwit', 'dumbo', 'awful', 'horrible', 'terrible', 'dumb', 'dumbass', 'muppet', 'silly']);

/**
 * Nouns with no plural of their own ("sheep", "nobody"), or whose plural is everyday talk ("the
 * jokes", "life hacks"). Dehumanising nouns get none either: "rats, cockroaches, spiders" names
 * animals, and a group called vermin is identity-attacks' to report.
 */
const NO_DERIVED_PLURAL = new Set(['sheep', 'waste', 'nobody', 'joke', 'mess', 'hack']);

/** English plural of a listed noun: "jerk" -> "jerks", "crybaby" -> "crybabies", "leech" -> "leeches". */
export function pluralOf(word: string): string {
  if (word === 'thief') return 'thieves';
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The plural of every noun that lists none, said of people ("they are jerks", "you hypocrites"):
 * only when aimed, never bare, since a bare plural ("clowns at the fair") talks about the kind.
 */
function derivedPlurals(listed: ReadonlyArray<readonly [string, InsultTerm]>): [string, InsultTerm][] {
  const words = new Set(listed.map(([word]) => word));
  return listed.flatMap(([word, term]): [string, InsultTerm][] => {
    const plural = pluralOf(word);
    if (term.part !== 'noun' || term.theme === 'dehumanising' || !/^[a-z]+$/.test(word) || NO_DERIVED_PLURAL.has(word) || words.has(plural)) return [];
    return [[plural, { ...term, plural: true, several: true }]];
  });
}

/** Listed plurals ("idiots", "losers") name several people too. */
function markListedPlurals(listed: ReadonlyArray<readonly [string, InsultTerm]>): ReadonlyArray<readonly [string, InsultTerm]> {
  const plurals = new Set(listed.filter(([, term]) => term.part === 'noun').map(([word]) => pluralOf(word)));
  return listed.map(([word, term]) => (plurals.has(word) ? [word, { ...term, several: true }] : [word, term]));
}

const WITH_PLAYFUL = LISTED.map(([word, term]): readonly [string, InsultTerm] => [word, PLAYFUL.has(word) || PLAYFUL.has(word.replace(/s$/, '')) ? { ...term, playful: true } : term]);

let terms: ReadonlyArray<readonly [string, InsultTerm]> | undefined;

/** Every listed word and its derived plural, worked out when the rule is first needed (not at start-up). */
export function insultTerms(): ReadonlyArray<readonly [string, InsultTerm]> {
  return (terms ??= [...markListedPlurals(WITH_PLAYFUL), ...derivedPlurals(WITH_PLAYFUL)]);
}

/**
 * Nouns that an insult word can modify without insulting anyone: "clown show", "trash can",
 * "pig roast", "rat race", "joke writer". Guards for the nouns above.
 */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'show', 'shows', 'car', 'cars', 'can', 'cans', 'bin', 'bins', 'bag', 'bags', 'truck', 'day', 'fire', 'talk', 'talking',
  'energy', 'behavior', 'behaviour', 'move', 'moves', 'emoji', 'makeup', 'costume', 'music', 'roast', 'race', 'oil',
  'writer', 'writers', 'bracket', 'box', 'proof', 'pit', 'farm', 'tv', 'panda', 'collection', 'pickup', 'day',
  'hour', 'island', 'nose', 'shoes', 'school', 'fish', 'bait', 'trap', 'pen', 'trail', 'tail', 'skin', 'shit',
  // "a cancer survivor", "a disease expert", "the plague doctor".
  'survivor', 'survivors', 'patient', 'patients', 'research', 'researcher', 'expert', 'doctor', 'ward', 'awareness', 'free',
  // "jerk chicken", "rat snakes".
  'chicken', 'pork', 'seasoning', 'sauce', 'spice', 'marinade', 'snakes',
  // What people post, not who: "sending you racist messages", "the troll comments".
  'messages', 'message', 'comments', 'comment', 'remarks', 'remark', 'jokes', 'posts', 'tweets', 'dms', 'texts', 'slurs', 'rants', 'rant',
]);

/**
 * Words before an animal's name that make it a kind of animal or a fond label, not a person
 * called one: "a guinea pig", "a lab rat", "sea cow", "a naked mole rat".
 */
export const ANIMAL_KINDS: ReadonlySet<string> = new Set([
  'guinea', 'sea', 'lab', 'gym', 'rug', 'mole', 'water', 'field', 'desert', 'river', 'pet', 'farm', 'pot', 'mall',
]);

/** The listed animals' names and their plurals: only these become a kind of animal after ANIMAL_KINDS. */
export const ANIMAL_NAMES: ReadonlySet<string> = new Set(['pig', 'rat', 'cow', 'dog', 'snake', 'worm', 'slug', 'leech', 'cockroach', 'roach'].flatMap((word) => [word, pluralOf(word)]));

