/**
 * Malay and Indonesian words, curated: each entry has what it is, how strong, and why it is here.
 * Started from ../../shared/lexicons (LDNOOBW ms/id, CC0; SideeID/id-profanity-filter, MIT, see
 * NOTICE.md) and rewritten by hand: names of politicians, plain words ("marah", "kencing", "neraka"),
 * Maori and Cantonese entries of those lists are left out; what is kept got a category and a
 * strength of its own. Whole tokens only, read after the slang map (slang.ts): `bodo` reads `bodoh`.
 */

export type Strength = 'strong' | 'moderate' | 'mild';

export interface MalayWord {
  /** English gloss, for the messages and the README. */
  gloss: string;
  strength: Strength;
  /**
   * Also an ordinary word (an animal, a bowl): reported only when aimed at a person, never as
   * bare profanity.
   */
  literal?: boolean;
}

const w = (gloss: string, strength: Strength, literal = false): MalayWord => (literal ? { gloss, strength, literal } : { gloss, strength });

/** Vulgar words: sexual and scatological. The profanity rule reports them. */
export const VULGAR: Readonly<Record<string, MalayWord>> = {
  puki: w('a vulgar word for the vulva', 'strong'),
  pukimak: w('"your mother\'s vulva", a strong curse', 'strong'),
  pukima: w('"your mother\'s vulva", a strong curse', 'strong'),
  kimak: w('short for pukimak', 'strong'),
  cibai: w('a vulgar word for the vulva (Hokkien, used in Malay)', 'strong'),
  pantat: w('a vulgar word for the buttocks or vulva', 'moderate'),
  burit: w('a vulgar word for the vulva', 'strong'),
  butoh: w('a vulgar word for the penis', 'strong'),
  butuh: w('a vulgar word for the penis', 'strong'),
  konek: w('a vulgar word for the penis', 'strong'),
  kote: w('a vulgar word for the penis', 'moderate'),
  lancau: w('a vulgar word for the penis', 'strong'),
  pelir: w('a vulgar word for the penis', 'moderate'),
  jubur: w('a vulgar word for the anus', 'moderate'),
  kontol: w('a vulgar word for the penis (Indonesian)', 'strong'),
  kntl: w('kontol, abbreviated', 'strong'),
  memek: w('a vulgar word for the vulva (Indonesian)', 'strong'),
  pepek: w('a vulgar word for the vulva', 'strong'),
  peler: w('a vulgar word for the penis (Indonesian)', 'strong'),
  ngentot: w('a vulgar word for sex (Indonesian)', 'strong'),
  ngentod: w('ngentot, respelled', 'strong'),
  ngewe: w('a vulgar word for sex (Indonesian)', 'strong'),
  kongkek: w('a vulgar word for sex', 'strong'),
  melancap: w('masturbating', 'moderate'),
  taik: w('shit', 'mild'),
  tahi: w('shit', 'mild', true),
  sialan: w('damned', 'mild'),
  celaka: w('damned', 'mild'),
  anjir: w('a softened "anjing", used as "damn" (Indonesian)', 'mild'),
  anjay: w('a softened "anjing", used as "wow" or "damn" (Indonesian)', 'mild'),
  jahanam: w('damned, to hell', 'mild'),
};

/** Words that call a person something: the insults rule reports them when aimed at someone. */
export const INSULTS: Readonly<Record<string, MalayWord>> = {
  bodoh: w('stupid', 'moderate'),
  bangang: w('stupid', 'moderate'),
  bengap: w('stupid', 'moderate'),
  bebal: w('thick-headed', 'moderate'),
  bongok: w('stupid', 'moderate'),
  bahlul: w('stupid', 'moderate'),
  dungu: w('stupid', 'moderate'),
  tolol: w('stupid (Indonesian)', 'moderate'),
  goblok: w('stupid (Indonesian)', 'moderate'),
  lembab: w('slow-witted', 'mild', true),
  babi: w('pig', 'strong', true),
  anjing: w('dog', 'strong', true),
  beruk: w('monkey', 'moderate', true),
  monyet: w('monkey', 'moderate', true),
  keldai: w('donkey', 'moderate', true),
  lembu: w('cow', 'mild', true),
  binatang: w('animal', 'moderate', true),
  sampah: w('rubbish', 'moderate', true),
  bangsat: w('scoundrel (literally a bedbug)', 'strong'),
  bajingan: w('scoundrel', 'strong'),
  keparat: w('wretch', 'strong'),
  barua: w('pimp, lackey', 'moderate'),
  setan: w('devil', 'moderate', true),
  syaitan: w('devil', 'moderate', true),
  iblis: w('devil', 'moderate', true),
  sundal: w('whore', 'strong'),
  jalang: w('whore', 'strong'),
  pelacur: w('prostitute', 'strong', true),
  lonte: w('whore (Indonesian)', 'strong'),
  perek: w('slut (Indonesian)', 'strong'),
  jablay: w('slut (Indonesian)', 'strong'),
  bohsia: w('promiscuous girl', 'moderate'),
  gampang: w('bastard (Malaysian usage)', 'moderate', true),
  lahanat: w('accursed', 'moderate'),
  laknat: w('accursed', 'moderate'),
  hodoh: w('ugly', 'moderate'),
  gemuk: w('fat', 'mild', true),
  gendut: w('fat (Indonesian)', 'mild', true),
  buncit: w('pot-bellied', 'mild', true),
  buruk: w('ugly, rotten', 'mild', true),
  pemalas: w('lazy bum', 'mild'),
  penipu: w('liar, cheat', 'moderate', true),
  biadab: w('uncivilised', 'moderate'),
  mangkuk: w('idiot (literally "bowl")', 'mild', true),
  bacot: w('loudmouth (Indonesian)', 'mild'),
  udik: w('country bumpkin (Indonesian)', 'mild'),
  kampungan: w('hick (Indonesian)', 'mild'),
};

/** Two-word insults, in the phrase language of src/text/phrases.ts. */
export const INSULT_PHRASES: readonly [string, string][] = [
  ['anak haram', 'bastard'],
  ['haram jadah', 'bastard'],
  ['kurang ajar', 'insolent'],
  ['otak udang', 'shrimp brain'],
  ['otak lembu', 'cow brain'],
  ['kepala bapak', 'a curse on someone\'s father'],
  ['kepala hotak', 'an insult to someone\'s head'],
  ['muka tak malu', 'shameless face'],
  ['tak guna|berguna', 'useless'],
  ['tidak berguna', 'useless'],
  ['tak sedar diri', 'does not know their place'],
  ['bodoh sombong', 'stupid and arrogant'],
  ['perempuan murahan', 'cheap woman'],
];

/** Slurs: they name a group to demean it. The identity-attacks rule reports them on sight. */
export const SLURS: Readonly<Record<string, { gloss: string; group: string }>> = {
  keling: { gloss: 'a slur for Indians', group: 'kaum' },
  tongsan: { gloss: 'used to tell Chinese Malaysians to "go back to China"', group: 'kaum' },
  indon: { gloss: 'a demeaning name for Indonesians', group: 'asal usul' },
  bapok: { gloss: 'a slur for effeminate or trans people', group: 'jantina' },
  pondan: { gloss: 'a slur for effeminate or trans people', group: 'jantina' },
};

/** Slurs of two words. */
export const SLUR_PHRASES: readonly [string, string, string][] = [
  ['balik tongsan|china|cina|india|indonesia|bangladesh', 'telling someone to "go back" where their family came from', 'asal usul'],
  ['cina babi', 'pairing Chinese people with "pig"', 'kaum'],
  ['keling mabuk', 'a slur for Indians', 'kaum'],
  ['mat bangla', 'a demeaning name for Bangladeshi workers', 'asal usul'],
];

/** Words that only exist in a literal sense too, kept apart for the praise guard: "sedap gila babi". */
export const INTENSIFIER_AFTER = new Set(['gila', 'sangat', 'giler', 'gile']);
