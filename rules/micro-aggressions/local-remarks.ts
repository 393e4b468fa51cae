/**
 * Micro-aggressions as Singapore and Malaysia say them, where the English frames miss: Singlish
 * drops the copula ("Muslims so sensitive"), marks surprise with "also" ("wheelchair also want to
 * vlog") and certainty with "confirm" ("Indian guy driving? Confirm reckless one"), and has
 * groups and put-downs of its own (HDB, kampung, Ah Beng, mat rempit). Written for kindness.
 */
import type { MicroPhrase } from './phrases.js';

/** People named by race, religion or origin as Singapore and Malaysia name them, singular and plural. */
export const LOCAL_GROUPS: readonly string[] = [
  'malay', 'malays', 'chinese', 'indian', 'indians', 'tamil', 'tamils', 'eurasian', 'eurasians', 'sikh', 'sikhs', 'bangla', 'banglas',
  'bangladeshi', 'bangladeshis', 'filipino', 'filipinos', 'filipina', 'filipinas', 'indonesian', 'indonesians', 'prc', 'prcs', 'hijabi',
  'hijabis', 'muslim', 'muslims', 'hindu', 'hindus', 'christian', 'christians', 'mamak',
];

/** The same groups in the plural only: "Malays so laid back" speaks of all of them; "Chinese so hard" may be the language. */
export const LOCAL_PLURALS: readonly string[] = LOCAL_GROUPS.filter((word) => word.endsWith('s') && word !== 'chinese');

/** Traits pinned on a group in Singlish and Manglish, besides the stereotyped ones (phrases.ts NEGATIVE_TRAITS). */
export const LOCAL_TRAITS: readonly string[] = [
  'sensitive', 'laid', 'oppressed', 'preachy', 'noisy', 'kiasu', 'atas', 'rich', 'smart', 'hardworking', 'stubborn', 'proud', 'conservative',
  'backward', 'slow', 'fierce', 'garang', 'malas', 'kedekut', 'jealous', 'petty', 'superstitious', 'racist', 'fussy', 'demanding',
];

/** A condition, an age or a job, surprising the writer by doing something: "blind also want to review food". */
export const SURPRISING: readonly string[] = [
  'wheelchair', 'blind', 'deaf', 'autistic', 'disabled', 'fat', 'boomer', 'asli', 'worker', 'workers', 'maid', 'maids',
];

export const LOCAL_REMARKS: readonly MicroPhrase[] = [
  {
    kind: 'generalising',
    patterns: [
      // No copula: "Muslims so sensitive", "Malays so laid back", "hijab girls so oppressed".
      '<localplural> sibei|damn|confirm|sure', '<idplural>|<localplural> so|very|always|all|damn <trait>|<localtrait>',
      '<local> <persons>|uncles|aunties|workers|people sibei|damn|confirm|sure', '<local> <persons>|uncles|aunties|workers|people so|very|always|all <trait>|<localtrait>',
      'church|hijab|tudung|hdb|kampung people|girls|guys|uncles|aunties so|always|never|confirm|sure|cannot|can not',
      'typical hdb|kampung|neighbourhood|ah|malay|chinese|indian|prc|ang|mat <persons>|uncle|auntie|aunty|beng|lian|moh|rempit|mentality|behaviour|behavior',
      'hdb|kampung|neighbourhood|rental people|kids|students cannot|can not|never|always|so|like <you>',
    ],
    hidden: 'people are their group, and all alike',
    kinder: 'Speak about the person or the action in front of you, not a whole group.',
  },
  {
    kind: 'condescension',
    patterns: [
      // "wheelchair also want to vlog", "foreign worker also can be influencer now ah?".
      '<surprising> also want|wan|wanna|dare', '<surprising>|<local> also can * ah|meh',
      '<local>|<surprising> also can speak|read|write', 'surprised|shocked|impressed a|an <local>|<surprising>|<idnoun> can|could|is|who',
    ],
    hidden: 'someone like you is not expected to do this',
    kinder: 'Say what you liked about what they did, without the surprise.',
  },
  {
    kind: 'stereotype',
    patterns: [
      // Certainty pinned on a group: "confirm Malay mat rempit", "converted? confirm for marriage only".
      'confirm for marriage', 'confirm security guard|cleaner|maid', 'in their blood', 'must be in the blood',
      'tidak apa attitude', '(confirm|like a|such a|typical) mat rempit', '(like|such) an? ah beng|lian', 'such a banana', 'coconut lah|la you',
    ],
    hidden: 'a group decides what a person is, and does',
    kinder: 'Let the person show you who they are.',
  },
  {
    kind: 'othering',
    patterns: [
      // Age as a deadline: "act your age, auntie", "single at 35? soon expire already".
      'act <your> age', 'too old (already|liao|to be wearing|to wear|to dance|to post)', 'soon expire|expired already|liao',
      'past|above|over 30|35|40|50 (should not|shouldnt|cannot|can not)', 'go retire',
    ],
    hidden: 'you are less, or abnormal, because of who you are',
    kinder: 'Treat them as the expert on their own life and answer what they actually said.',
  },
];
