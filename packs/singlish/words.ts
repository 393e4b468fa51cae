/**
 * Singlish and Manglish: the Hokkien-, Cantonese-, Malay- and Tamil-derived vulgarities and
 * insults of Singapore and Malaysia, with their abbreviations, each with a gloss and a strength.
 * Whole tokens only; multi-word spellings ("chee bye", "ka ni na") are phrases.
 */

export type Strength = 'strong' | 'moderate' | 'mild';

export interface SinglishWord {
  gloss: string;
  strength: Strength;
}

const w = (gloss: string, strength: Strength): SinglishWord => ({ gloss, strength });

/** Vulgarities: the profanity rule reports them. */
export const VULGAR: Readonly<Record<string, SinglishWord>> = {
  knn: w('"kan ni na", a Hokkien curse on someone\'s mother', 'strong'),
  kanina: w('a Hokkien curse on someone\'s mother', 'strong'),
  kannina: w('a Hokkien curse on someone\'s mother', 'strong'),
  kaninabu: w('a Hokkien curse on someone\'s mother', 'strong'),
  kns: w('"kan ni sai", a Hokkien curse', 'strong'),
  kanasai: w('a Hokkien curse', 'strong'),
  ccb: w('"chao chee bye", a Hokkien vulgarity', 'strong'),
  chibai: w('a Hokkien word for the vulva', 'strong'),
  cheebye: w('a Hokkien word for the vulva', 'strong'),
  cheebai: w('a Hokkien word for the vulva', 'strong'),
  cibai: w('a Hokkien word for the vulva', 'strong'),
  cb: w('"chee bye", a Hokkien vulgarity, abbreviated', 'moderate'),
  lanjiao: w('a Hokkien word for the penis', 'strong'),
  lanjio: w('a Hokkien word for the penis', 'strong'),
  nabei: w('a Hokkien curse ("your mother")', 'moderate'),
  nabeh: w('a Hokkien curse ("your mother")', 'moderate'),
  lampa: w('a Hokkien word for the testicles', 'moderate'),
  lampar: w('a Hokkien word for the testicles', 'moderate'),
  diu: w('a Cantonese "fuck"', 'strong'),
  dllm: w('a Cantonese curse on someone\'s mother, abbreviated', 'strong'),
  puki: w('a Malay word for the vulva', 'strong'),
  pukimak: w('a Malay curse on someone\'s mother', 'strong'),
  pundek: w('a Tamil vulgarity', 'strong'),
};

/** Insults: reported when aimed at someone. */
export const INSULTS: Readonly<Record<string, SinglishWord>> = {
  sohai: w('idiot (Cantonese, literally a vulgarity)', 'strong'),
  goondu: w('idiot (from Tamil)', 'moderate'),
  bodoh: w('stupid (Malay)', 'moderate'),
  siao: w('crazy (Hokkien)', 'mild'),
  kaypoh: w('busybody (Hokkien)', 'mild'),
  hamsup: w('lecherous (Cantonese)', 'moderate'),
  cmi: w('"cannot make it", a failure', 'mild'),
};

/** Two-word spellings of the vulgarities and insults. */
export const PHRASES: readonly { pattern: string; gloss: string; rule: 'profanity' | 'insults'; strength: Strength }[] = [
  { pattern: 'chee|chi bye|bai|bye|by', gloss: 'a Hokkien word for the vulva', rule: 'profanity', strength: 'strong' },
  { pattern: 'chao chee|chi bye|bai', gloss: 'a Hokkien vulgarity', rule: 'profanity', strength: 'strong' },
  { pattern: 'lan jiao|jio|chiao', gloss: 'a Hokkien word for the penis', rule: 'profanity', strength: 'strong' },
  { pattern: 'ka|kan ni|nin na|nabu', gloss: 'a Hokkien curse on someone\'s mother', rule: 'profanity', strength: 'strong' },
  { pattern: 'kan ni sai', gloss: 'a Hokkien curse', rule: 'profanity', strength: 'strong' },
  { pattern: 'diu lei|nei lo? mo?', gloss: 'a Cantonese curse', rule: 'profanity', strength: 'strong' },
  { pattern: 'chee ko pek', gloss: 'dirty old man (Hokkien)', rule: 'insults', strength: 'moderate' },
  { pattern: 'sor hai', gloss: 'idiot (Cantonese)', rule: 'insults', strength: 'strong' },
  { pattern: 'ah|a beng|lian', gloss: 'a lout (Hokkien), a put-down by class', rule: 'insults', strength: 'mild' },
];

/** Slurs used in Singapore and Malaysia. The identity-attacks rule reports them on sight. */
export const SLURS: Readonly<Record<string, { gloss: string; group: string }>> = {
  ahkua: { gloss: 'a slur for effeminate and trans people', group: 'gender' },
  ahgua: { gloss: 'a slur for effeminate and trans people', group: 'gender' },
  keling: { gloss: 'a slur for Indians', group: 'race' },
  kelings: { gloss: 'a slur for Indians', group: 'race' },
  ahneh: { gloss: 'a slur for Indians', group: 'race' },
  tiong: { gloss: 'a demeaning name for people from mainland China', group: 'where they come from' },
  tiongs: { gloss: 'a demeaning name for people from mainland China', group: 'where they come from' },
  cheena: { gloss: 'a demeaning name for Chinese people', group: 'race' },
  cheenas: { gloss: 'a demeaning name for Chinese people', group: 'race' },
  banglas: { gloss: 'a demeaning name for Bangladeshi workers', group: 'where they come from' },
};

export const SLUR_PHRASES: readonly { pattern: string; gloss: string; group: string }[] = [
  { pattern: 'ah|a kua|kuas|gua|guas', gloss: 'a slur for effeminate and trans people', group: 'gender' },
  { pattern: 'ah neh|nehs', gloss: 'a slur for Indians', group: 'race' },
];
