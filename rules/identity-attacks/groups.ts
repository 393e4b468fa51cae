/**
 * Attacks on a whole group: "<group> are animals", "kill all <group>", "filthy <group>". The
 * group words name people by who they are; the predicates are what dehumanises or threatens them.
 * Phrase language: src/text/phrases.ts.
 */
import type { Group } from './slurs.js';

/** People named by race, ethnicity, religion, gender, sexuality, disability or origin (plural). */
export const GROUP_NOUNS: ReadonlyMap<string, Group> = new Map(Object.entries({
  blacks: 'race', whites: 'race', asians: 'race', africans: 'race',
  jews: 'religion', muslims: 'religion', christians: 'religion', hindus: 'religion', sikhs: 'religion', catholics: 'religion', atheists: 'religion',
  arabs: 'ethnicity', mexicans: 'ethnicity', latinos: 'ethnicity', hispanics: 'ethnicity', chinese: 'ethnicity', indians: 'ethnicity', pakistanis: 'ethnicity',
  immigrants: 'nationality', migrants: 'nationality', refugees: 'nationality', foreigners: 'nationality', illegals: 'nationality', somalis: 'nationality',
  women: 'gender', females: 'gender', girls: 'gender', men: 'gender', males: 'gender',
  gays: 'sexuality', lesbians: 'sexuality', homosexuals: 'sexuality', queers: 'sexuality', transgenders: 'gender', trans: 'gender',
  disabled: 'disability', autistics: 'disability', retards: 'disability', cripples: 'disability',
  islam: 'religion', christianity: 'religion', judaism: 'religion', hinduism: 'religion', muhammad: 'religion',
  homosexuality: 'sexuality', lgbt: 'sexuality', lgbtq: 'sexuality', transgenderism: 'gender',
  feminists: 'gender', koreans: 'ethnicity', haitians: 'ethnicity',
  negroes: 'race', gypsies: 'ethnicity', roma: 'ethnicity', jewry: 'religion', zionists: 'religion',
}) as [string, Group][]);

/**
 * Adjectives that name people together with a following people-noun: "white people", "gay men",
 * "black women". Each pattern below also matches with "<identity> <people>" in place of <group>.
 */
export const IDENTITY_ADJECTIVES: ReadonlyMap<string, Group> = new Map(Object.entries({
  black: 'race', white: 'race', brown: 'race', asian: 'race', african: 'race', jewish: 'religion', muslim: 'religion',
  christian: 'religion', catholic: 'religion', hindu: 'religion', gay: 'sexuality', lesbian: 'sexuality', trans: 'gender',
  transgender: 'gender', queer: 'sexuality', disabled: 'disability', autistic: 'disability', mexican: 'ethnicity',
  arab: 'ethnicity', indian: 'ethnicity', chinese: 'ethnicity', immigrant: 'nationality', latino: 'ethnicity',
}) as [string, Group][]);

export const PEOPLE_NOUNS = ['people', 'folks', 'women', 'men', 'males', 'females', 'kids', 'girls', 'boys', 'guys', 'persons'];

/** What turns a mention of a group into an attack on it. */
export const DEHUMANISING = [
  'animals', 'vermin', 'parasites', 'subhuman', 'savages', 'scum', 'rats', 'cockroaches', 'roaches', 'pigs', 'dogs',
  'apes', 'monkeys', 'trash', 'garbage', 'filth', 'disease', 'cancer', 'plague', 'inferior', 'evil', 'terrorists',
  'rapists', 'criminals', 'thugs', 'stupid', 'dumb', 'disgusting', 'filthy', 'dirty', 'worthless', 'useless',
  'retarded', 'mentally', 'sick', 'degenerates', 'degenerate', 'pedophiles', 'predators', 'invaders', 'leeches',
  'shit', 'joke', 'perverts', 'perversion', 'terrorism', 'violent', 'barbaric', 'savage', 'primitive', 'freaks',
  'abominations', 'abomination', 'sin', 'unnatural', 'mental', 'illness', 'ill', 'subhumans', 'inbred', 'monsters',
  'virus', 'pests', 'infestation', 'lice', 'rodents', 'insects', 'beasts', 'mongrels',
];

export const VIOLENCE = ['kill', 'gas', 'exterminate', 'deport', 'hang', 'shoot', 'lynch', 'nuke', 'eradicate', 'eliminate', 'burn', 'ban', 'purge', 'slaughter', 'genocide', 'destroy'];

/**
 * Telling a person to leave the country for where they or their family come from: an overt
 * xenophobic attack, not a micro-aggression. `<you>` and `<your>` are the reader.
 */
export const GO_BACK_PATTERNS: readonly string[] = [
  'go back to <your> country|home|homeland|continent|island|village|desert|jungle', 'go back to where <you> came|come|belong|are',
  'go back where <you> came|come|belong', 'go home to <your> country', 'get out of my|our country', 'go back to africa|asia|mexico|china|india|pakistan|syria',
  '<you> do not belong in this|my|our country', 'this is not <your> country',
];

export const GROUP_ATTACK_PATTERNS: readonly string[] = [
  '<group> are|r|is all? just? a|an|the? <dehumanising>',
  'all <group> are|r <dehumanising>',
  '<group> deserve|deserves to be abused|raped|beaten|killed|shot|hurt|punished|gassed|enslaved',
  '<group> deserve|deserves to die|suffer|nothing',
  '<group> should be removed|wiped|erased|eliminated|locked',
  '<group> should die|burn|hang|rot|suffer',
  '<group> should be killed|gassed|deported|hanged|shot|exterminated|banned|removed|sterilized',
  '<group> do not deserve rights|to live|to exist',
  '<violence> all|the? <group>',
  '<violence> all the <group>',
  'i fucking? hate|despise|detest|loathe all? <group>',
  'i (can not|cannot|cant) stand|tolerate <group>',
  'get rid of all? the? <group>',
  'kick|throw|send|drive all? the? <group> out',
  '<group> are|r not welcome',
  '<group> should go back|get out|go home',
  'fuck|fck|phuck|fk all? the? <group>',
  'filthy|dirty|stupid|disgusting|bloody|fucking <group>',
  '<group> pigs|scum|rats|vermin|animals|trash',
  'death to all? <group>',
  'no more <group>',
];
