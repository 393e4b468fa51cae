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
  disabled: 'disability', autistics: 'disability',
}) as [string, Group][]);

/** What turns a mention of a group into an attack on it. */
export const DEHUMANISING = [
  'animals', 'vermin', 'parasites', 'subhuman', 'savages', 'scum', 'rats', 'cockroaches', 'roaches', 'pigs', 'dogs',
  'apes', 'monkeys', 'trash', 'garbage', 'filth', 'disease', 'cancer', 'plague', 'inferior', 'evil', 'terrorists',
  'rapists', 'criminals', 'thugs', 'stupid', 'dumb', 'disgusting', 'filthy', 'dirty', 'worthless', 'useless',
  'retarded', 'mentally', 'sick', 'degenerates', 'degenerate', 'pedophiles', 'predators', 'invaders', 'leeches',
];

export const VIOLENCE = ['kill', 'gas', 'exterminate', 'deport', 'hang', 'shoot', 'lynch', 'nuke', 'eradicate', 'eliminate', 'burn', 'ban', 'purge', 'slaughter', 'genocide'];

export const GROUP_ATTACK_PATTERNS: readonly string[] = [
  '<group> are|r all? just? <dehumanising>',
  'all <group> are|r <dehumanising>',
  '<group> should die|burn|hang|rot|suffer',
  '<group> should be killed|gassed|deported|hanged|shot|exterminated|banned|removed|sterilized',
  '<group> do not deserve rights|to live|to exist',
  '<violence> all|the? <group>',
  '<violence> all the <group>',
  'i hate all? <group>',
  'fuck all? <group>',
  'filthy|dirty|stupid|disgusting|bloody|fucking <group>',
  '<group> pigs|scum|rats|vermin|animals|trash',
  'death to all? <group>',
  'no more <group>',
];
