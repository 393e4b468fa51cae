/**
 * Attacks on a group in Singlish and Manglish, where English rules miss them: Singlish drops the
 * copula and the article ("malays damn lazy one", "those foreign workers so dirty sia"), names
 * groups in the singular ("any indian like you") and has groups of its own (foreign workers,
 * PRCs). As in the Malay pack, a group word and a hostile word in one sentence make the finding;
 * negation, quotes and counter-speech are read around them.
 */

/** People named by race, religion, origin, gender, sexuality, age or disability; singular and plural. */
export const GROUP_WORDS: Readonly<Record<string, string>> = {
  malay: 'race', malays: 'race', chinese: 'race', indian: 'race', indians: 'race', tamil: 'race', tamils: 'race',
  eurasian: 'race', eurasians: 'race', prc: 'where they come from', prcs: 'where they come from', ceca: 'where they come from',
  pinoy: 'where they come from', pinoys: 'where they come from', filipino: 'where they come from', filipinos: 'where they come from',
  bangladeshi: 'where they come from', bangladeshis: 'where they come from', 'foreign worker': 'where they come from',
  'foreign workers': 'where they come from', fw: 'where they come from', fws: 'where they come from', 'foreign talent': 'where they come from',
  'foreign talents': 'where they come from', 'migrant worker': 'where they come from', 'migrant workers': 'where they come from',
  foreigner: 'where they come from', foreigners: 'where they come from', immigrant: 'where they come from', immigrants: 'where they come from',
  bangla: 'where they come from',
  muslim: 'religion', muslims: 'religion', christian: 'religion', christians: 'religion', hindu: 'religion', hindus: 'religion',
  buddhist: 'religion', buddhists: 'religion', catholic: 'religion', catholics: 'religion', sikh: 'religion', sikhs: 'religion',
  taoist: 'religion', taoists: 'religion', jew: 'religion', jews: 'religion', atheist: 'religion', atheists: 'religion',
  woman: 'gender', women: 'gender', female: 'gender', females: 'gender', girls: 'gender', trans: 'gender', tran: 'gender',
  transgender: 'gender', transgenders: 'gender', transsexual: 'gender', transexual: 'gender', transsexuals: 'gender', transexuals: 'gender',
  gay: 'sexuality', gays: 'sexuality', lesbian: 'sexuality', lesbians: 'sexuality', homosexual: 'sexuality', homosexuals: 'sexuality',
  bisexual: 'sexuality', bisexuals: 'sexuality', lgbt: 'sexuality', lgbtq: 'sexuality',
  senior: 'age', seniors: 'age', 'old people': 'age', elderly: 'age', 'old folks': 'age', 'old man': 'age', 'old men': 'age',
  handicap: 'disability', handicaps: 'disability', handicapped: 'disability', disabled: 'disability', cripple: 'disability',
  cripples: 'disability', 'mentally ill': 'disability', 'mentally ills': 'disability', autistic: 'disability', wheelchair: 'disability',
};

/**
 * Groups named in English posts everywhere, in the plural as generalisations name them: "Romanians
 * are beggars", "zionists are creepy". Read as spelled, never through misspellings: the singular
 * of most is an adjective of things ("Mexican food", "white socks", "queer eye").
 */
export const PLURAL_GROUPS: Readonly<Record<string, string>> = {
  blacks: 'race', whites: 'race', asians: 'race', africans: 'race', arabs: 'race', latinos: 'race', hispanics: 'race', mexicans: 'where they come from',
  negroes: 'race', gypsies: 'race', roma: 'race', romanians: 'where they come from', poles: 'where they come from', pakistanis: 'where they come from',
  somalis: 'where they come from', nigerians: 'where they come from', syrians: 'where they come from', afghans: 'where they come from',
  iraqis: 'where they come from', iranians: 'where they come from', turks: 'where they come from', albanians: 'where they come from',
  indonesians: 'where they come from', koreans: 'where they come from',
  haitians: 'where they come from', jamaicans: 'where they come from', palestinians: 'where they come from', israelis: 'where they come from',
  spaniards: 'where they come from', uyghurs: 'race', rohingya: 'race', rohingyas: 'race', aborigines: 'race', aboriginals: 'race',
  natives: 'race', dalits: 'race', refugees: 'where they come from', migrants: 'where they come from', illegals: 'where they come from',
  zionists: 'religion', mormons: 'religion', islamists: 'religion',
  transvestites: 'gender', feminists: 'gender', queers: 'sexuality', lgbtqs: 'sexuality',
};

export type HostileKind = 'dehumanise' | 'degrade' | 'hate' | 'threat' | 'exclude';

/** Words that, said of a group, attack it. */
export const HOSTILE_WORDS: Readonly<Record<string, HostileKind>> = {
  scum: 'dehumanise', trash: 'dehumanise', rubbish: 'dehumanise', garbage: 'dehumanise', rats: 'dehumanise', rat: 'dehumanise',
  cockroach: 'dehumanise', cockroaches: 'dehumanise', pest: 'dehumanise', pests: 'dehumanise', plague: 'dehumanise',
  vermin: 'dehumanise', parasite: 'dehumanise', parasites: 'dehumanise', animals: 'dehumanise', animal: 'dehumanise',
  dogs: 'dehumanise', pigs: 'dehumanise', pig: 'dehumanise', monkeys: 'dehumanise', subhuman: 'dehumanise', cancer: 'dehumanise',
  disease: 'dehumanise', virus: 'dehumanise', leeches: 'dehumanise', burden: 'dehumanise', menace: 'dehumanise', threat: 'dehumanise',
  infesting: 'dehumanise', swarm: 'dehumanise', swarms: 'dehumanise', waste: 'dehumanise', lesser: 'dehumanise', inferior: 'dehumanise',
  disgusting: 'degrade', gross: 'degrade', dirty: 'degrade', filthy: 'degrade', smelly: 'degrade', stupid: 'degrade', dumb: 'degrade',
  stupidest: 'degrade', idiots: 'degrade', useless: 'degrade', lazy: 'degrade', worthless: 'degrade', pathetic: 'degrade',
  ignorant: 'degrade', uncivilised: 'degrade', uncivilized: 'degrade', barbaric: 'degrade', savages: 'degrade', savage: 'degrade',
  violent: 'degrade', criminals: 'degrade', rapists: 'degrade', terrorists: 'degrade', evil: 'degrade', repulsive: 'degrade',
  repugnant: 'degrade', revolting: 'degrade', vile: 'degrade', jialat: 'degrade', lousy: 'degrade', cui: 'degrade',
  shitty: 'degrade', asshole: 'degrade', assholes: 'degrade', bastards: 'degrade', annoying: 'degrade', cruel: 'degrade',
  worst: 'degrade', hopeless: 'degrade', liars: 'degrade', cheats: 'degrade', thieves: 'degrade', sick: 'degrade', freaks: 'degrade',
  hate: 'hate', hating: 'hate', hatred: 'hate', contempt: 'hate', disgust: 'hate', detest: 'hate', despise: 'hate', loathe: 'hate', vomit: 'hate', vomiting: 'hate', disgusted: 'hate',
  sian: 'hate', smell: 'degrade', smells: 'degrade', stink: 'degrade', stinks: 'degrade', stinky: 'degrade', greedy: 'degrade',
  cheapskate: 'degrade', cheapskates: 'degrade', stingy: 'degrade', selfish: 'degrade', arrogant: 'degrade', rude: 'degrade',
  uncultured: 'degrade', backward: 'degrade',
  // Traits said of a whole group: "muslims are obnoxious", "gays are abnormal".
  obnoxious: 'degrade', abnormal: 'degrade', unnatural: 'degrade', perverted: 'degrade', perverts: 'degrade', degenerate: 'degrade',
  degenerates: 'degrade', unbearable: 'degrade', untrustworthy: 'degrade', dishonest: 'degrade', sneaky: 'degrade', primitive: 'degrade',
  ugly: 'degrade', creepy: 'degrade', dangerous: 'degrade', ungrateful: 'degrade', inbred: 'degrade', brainless: 'degrade',
  hostile: 'degrade', murderers: 'degrade', despicable: 'degrade', abhorrent: 'degrade', backwards: 'degrade', lowlife: 'degrade',
  beggars: 'degrade', nefarious: 'degrade', uncouth: 'degrade', shabby: 'degrade', subpar: 'degrade', resentful: 'degrade',
  repellent: 'degrade', unpleasant: 'degrade', treacherous: 'degrade', parasitic: 'degrade', filth: 'dehumanise',
  bloodsuckers: 'dehumanise', mongrels: 'dehumanise', apes: 'dehumanise', imbeciles: 'degrade', pedophiles: 'degrade', paedophiles: 'degrade',
  retarded: 'degrade', nasty: 'degrade', incompetent: 'degrade', deceitful: 'degrade', cowards: 'degrade', abomination: 'dehumanise',
  abominations: 'dehumanise', diseased: 'dehumanise', locust: 'dehumanise', locusts: 'dehumanise', prostitutes: 'degrade', bums: 'degrade',
  thief: 'degrade',
  die: 'threat', dead: 'threat', kill: 'threat', killed: 'threat', chop: 'threat', slaughter: 'threat', execute: 'threat',
  execution: 'threat', exterminate: 'threat', burn: 'threat', burned: 'threat', hang: 'threat', hanged: 'threat', shoot: 'threat',
  shot: 'threat', stab: 'threat', strangle: 'threat', whack: 'threat', beat: 'threat', torture: 'threat', suffer: 'threat',
  rape: 'threat', murder: 'threat', wipe: 'threat', eliminate: 'threat', disappear: 'threat', attack: 'threat', attacking: 'threat',
  drown: 'threat', drowned: 'threat', gas: 'threat', gassed: 'threat', lynch: 'threat', lynched: 'threat', behead: 'threat',
  beheaded: 'threat', whacked: 'threat', bomb: 'threat', poison: 'threat', poisoned: 'threat', hurt: 'threat', punished: 'threat', tortured: 'threat',
  sterilize: 'threat', sterilise: 'threat', sterilized: 'threat', sterilised: 'threat', exterminated: 'threat', extinct: 'threat', extinction: 'threat',
  deport: 'exclude', deported: 'exclude', cages: 'exclude', banned: 'exclude', ban: 'exclude', kick: 'exclude', chase: 'exclude',
};

/** Hostile phrases, matched before single words. */
export const HOSTILE_PHRASES: readonly [string, HostileKind][] = [
  ['(cannot|can not|cant) stand|tahan', 'hate'],
  ['sick of', 'hate'],
  ['get rid of', 'exclude'],
  ['locked up', 'exclude'],
  ['go back to? their|your|own country|place|home', 'exclude'],
  ['(do not|dont) deserve', 'exclude'],
  // Rights and lives denied: "X should not be allowed to vote", "X shouldn't reproduce", "X become extinct".
  ['not be allowed to|in|near|around', 'exclude'],
  ['(should not|shouldnt|must not|should never) reproduce|breed|exist|vote|marry|adopt|live', 'exclude'],
  ['become|go|went extinct', 'threat'],
  ['not|never human', 'dehumanise'],
  ['no compassion|respect|place|room|space|right|rights', 'exclude'],
  // Rights denied, trust withheld, worth put below dirt: "human rights don't apply to X",
  // "X cannot be trusted", "X are worth less than dirt", "the dirt under my shoe than X".
  ['rights (do not|dont|does not|doesnt|should not|shouldnt) apply to', 'exclude'],
  ['(cannot|can not|cant|never) be trusted', 'degrade'],
  ['worth less than', 'dehumanise'],
  ['dirt under my shoe|shoes|feet|boots', 'dehumanise'],
  // "my dog is smarter than any X", "throw away X once and for all".
  ['dog|dogs|cat|cats|goldfish|hamster|pet is|are|also? smarter|cleverer|better than', 'dehumanise'],
  ['throw|chuck away', 'exclude'],
  ['screwed up', 'degrade'],
  ['(go and|go) fuck|die|rot', 'threat'],
  ['fuck|screw them|themselves', 'hate'],
  ['nothing worse', 'hate'],
  // "smell like drain", "breed like rabbits", "lock them up", "no culture one".
  ['smell|smells|stink|stinks like', 'degrade'], ['breed|breeds like', 'dehumanise'], ['lock|locking them|all|* up', 'exclude'],
  ['no culture|class|manners|brain|brains', 'degrade'],
  // "I'd rather have cancer than be near any of them": an illness preferred to the group.
  ['rather have|get|catch cancer|aids|covid|coronavirus|corona|ebola|herpes|leprosy than', 'hate'],
  // "nothing but" affirms what follows: it is no negation.
  ['nothing but hate|hatred|contempt|disgust|trouble|scum|trash|rubbish|animals|parasites', 'hate'],
];

/** Where a negator negates nothing: "why we never just…" and "why don't we…" propose, "no better than rats" likens. */
export const NOT_NEGATING: readonly string[] = ['why we|u|you never|dont|not', 'why (do not|dont) we', 'not|no|never better than'];

/** Praise: negated, it attacks ("never smart one"). */
export const POSITIVE_WORDS = new Set(['smart', 'clever', 'good', 'kind', 'honest', 'decent', 'human', 'worthy', 'useful', 'intelligent', 'better', 'deserve', 'trustworthy', 'welcome', 'compassion', 'respect', 'equal']);

export const NEGATORS = new Set(['not', 'never', 'no', 'dont', 'cannot', 'cant', 'nobody', 'nothing', 'without', 'neither', 'nor', 'isnt', 'arent', 'wont', 'didnt', 'doesnt', 'bo', 'mai']);

/** Counter-speech: saying words, and rejecting them. */
export const SPEECH_WORDS = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'telling', 'told', 'call', 'calls', 'calling', 'called', 'writes', 'posts', 'write', 'writing', 'wrote', 'post', 'posting', 'tweet', 'comment', 'comments', 'statement', 'talk', 'talking', 'words', 'myth', 'myths', 'stereotype', 'stereotypes']);
export const REJECTION_WORDS = new Set(['stop', 'report', 'sue', 'wrong', 'consequence', 'consequences', 'racist', 'hateful', 'unacceptable', 'shame', 'ashamed', 'sad', 'seriously', 'horrible', 'terrible', 'awful', 'if', 'cannot', 'cant', 'shouldnt', 'dont', 'never', 'not', 'why', 'how', 'what', 'debunk', 'debunked', 'debunking', 'debunks', 'false', 'untrue']);

/**
 * The grammar that says a hostile word of a group (packs/grammar.ts), in English and Singlish:
 * copulas (often dropped), modals, adverbs and intensifiers, quantifiers, particles and negators
 * between a group and its predicate; determiners and prepositions between a verb and its object.
 */
export const LINK_BETWEEN = new Set([
  'are', 'is', 'r', 'was', 'were', 'be', 'been', 'being', 'am', 'aint', 'isnt', 'arent', 'become', 'became', 'becomes', 'seem', 'seems', 'look', 'looks',
  'act', 'acts', 'behave', 'all', 'always', 'just', 'so', 'damn', 'damned', 'bloody', 'fucking', 'very', 'really', 'truly', 'totally',
  'completely', 'complete', 'utterly', 'absolutely', 'such', 'nothing', 'but', 'like', 'you', 'u', 'the', 'a', 'an', 'bunch', 'of', 'confirm',
  'also', 'too', 'still', 'only', 'more', 'most', 'should', 'shall', 'must', 'will', 'would', 'can', 'could', 'cannot', 'cant', 'deserve',
  'deserves', 'to', 'get', 'gets', 'got', 'kena', 'go', 'and', 'lah', 'la', 'leh', 'lor', 'sia', 'ah', 'hor', 'one', 'basically',
  'literally', 'naturally', 'inherently', 'simply', 'mostly', 'generally', 'definitely', 'clearly', 'obviously', 'worse', 'than', 'lower',
  'less', 'no', 'not', 'never', 'dont', 'doesnt', 'do', 'does', 'sibei', 'sibeh', 'super', 'quite', 'pretty', 'extremely', 'ever', 'even',
  'kind', 'sort', 'full', 'filled', 'with', 'people', 'folks', 'ones', 'lot', 'lots', 'need', 'needs', 'ought', 'better', 'off', 'dead',
  'here', 'there', 'these', 'those', 'who', 'that', 'which', 'honestly', 'seriously', 'frankly', 'themselves', 'absolute', 'human',
  // "X lives are worthless", "X make me sick", "X don't want to respect us".
  'lives', 'life', 'make', 'makes', 'me', 'feel', 'feels', 'want', 'wants',
  // "disabled kids waste of money", "bangladeshi workers are diseased".
  'kids', 'children', 'workers', 'ppl',
]);

export const LINK_BEFORE = new Set([
  'the', 'those', 'these', 'all', 'any', 'every', 'each', 'of', 'for', 'than', 'to', 'at', 'on', 'some', 'such', 'them', 'off', 'out',
  'lah', 'la', 'sia', 'ah', 'damn', 'bloody', 'fucking', 'more', 'most', 'like', 'about', 'toward', 'towards', 'against', 'with',
  'a', 'an', 'near', 'around', 'be', 'that', 'this', 'kind', 'kinds', 'type', 'types', 'sort', 'you', 'u', 'their', 'your', 'anywhere',
]);

/** Modals and wishes: with them, harm said of a group is wished on it, not reported. */
export const LINK_WISHING = new Set(['should', 'shall', 'must', 'deserve', 'deserves', 'need', 'needs', 'ought', 'will', 'would', 'to', 'better', 'go', 'let', 'can', 'gonna', 'confirm', 'all', 'make', 'makes', 'until', 'want', 'wan', 'wish', 'hope']);

export const LINK_PRONOUNS = new Set(['they', 'them', 'themselves', 'theyre', 'their']);
