/**
 * The word classes of the grammar frames (frames.ts): identity words, the people they describe,
 * and the praise, conditions and skills the frames pair them with. Written for kindness.
 */

/** Identity words that describe a person: race, origin, religion, sexuality, gender, body, ability. */
export const ID_ADJECTIVES: readonly string[] = [
  'black', 'white', 'asian', 'brown', 'latina', 'latino', 'latinx', 'hispanic', 'mexican', 'chinese', 'japanese', 'korean',
  'vietnamese', 'filipino', 'filipina', 'thai', 'indian', 'pakistani', 'african', 'arab', 'arabic', 'persian', 'jewish',
  'muslim', 'christian', 'catholic', 'mormon', 'hindu', 'sikh', 'atheist', 'gay', 'lesbian', 'bi', 'bisexual', 'pansexual',
  'asexual', 'queer', 'trans', 'transgender', 'nonbinary', 'straight', 'disabled', 'autistic', 'deaf', 'blind', 'fat',
  'mixed', 'biracial', 'ethnic', 'exotic', 'foreign', 'native', 'indigenous', 'dominican', 'cuban', 'haitian', 'jamaican',
  'nigerian', 'puerto', 'girly', 'feminine', 'masculine', 'butch', 'religious', 'jew', 'minority',
  'malay', 'tamil', 'samoan', 'maori', 'polish', 'irish', 'italian', 'russian', 'greek', 'turkish', 'iranian', 'iraqi',
  'afghan', 'syrian', 'lebanese', 'egyptian', 'somali', 'ethiopian', 'kenyan', 'brazilian', 'colombian', 'hawaiian',
  'taiwanese', 'cambodian', 'hmong', 'indonesian', 'bangladeshi', 'nepali', 'middle-eastern', 'latin',
];

/** Nouns that name a person by identity (a singular person: "you're a girl", "for a woman"). */
export const ID_NOUNS: readonly string[] = [
  'girl', 'woman', 'lady', 'female', 'minority', 'immigrant', 'foreigner', 'lesbian', 'feminist', 'tomboy', 'muslim', 'jew',
  'christian', 'atheist', 'refugee', 'black', 'asian', 'mexican', 'indian', 'latina', 'latino', 'gay', 'trans', 'dyke',
];

/** Groups named by identity, in the plural: the subjects of generalisations. */
export const ID_PLURALS: readonly string[] = [
  'bisexuals', 'asians', 'gays', 'lesbians', 'latinos', 'latinas', 'hispanics', 'mexicans', 'blacks', 'whites', 'muslims',
  'jews', 'christians', 'atheists', 'immigrants', 'feminists', 'indians', 'arabs', 'africans', 'men', 'women', 'girls',
  'boys', 'males', 'females', 'minorities', 'foreigners', 'refugees', 'trannies', 'homosexuals', 'illegals', 'catholics',
  'mormons', 'hindus', 'asexuals', 'queers', 'natives', 'orientals',
];

/** People in the plural, as an identity adjective groups them: "Asian parents", "gay guys". */
export const PERSONS: readonly string[] = [
  'girls', 'guys', 'women', 'men', 'people', 'kids', 'folks', 'families', 'ladies', 'boys', 'friends', 'dudes', 'parents',
  'moms', 'dads', 'mothers', 'fathers', 'students', 'couples', 'drivers', 'names',
];

/** Conditions that get used as a quirk or an insult: "she's so bipolar", "I'm so OCD". */
export const CONDITIONS: readonly string[] = [
  'bipolar', 'ocd', 'schizo', 'schizophrenic', 'adhd', 'anorexic', 'autistic', 'retarded', 'psychotic', 'spastic', 'spaz', 'aspie',
];

/** Skills and tastes a group is assumed to have: "you must know kung fu", "you should know Spanish". */
export const ASSUMED_SKILLS: readonly string[] = [
  'spanish', 'chinese', 'japanese', 'korean', 'hindi', 'arabic', 'kung', 'karate', 'math', 'maths', 'basketball', 'soccer', 'salsa',
  'rap', 'curry', 'rice', 'tacos', 'computers', 'science', 'dance', 'dancing', 'fried', 'watermelon', 'spicy', 'ramen', 'sushi',
];

/** Praise that a "for a <group>" turns into a measure of low expectations. */
export const PRAISE: readonly string[] = [
  'good', 'great', 'better', 'decent', 'smart', 'clever', 'bright', 'intelligent', 'articulate', 'eloquent', 'fast', 'strong',
  'tough', 'brave', 'funny', 'pretty', 'cute', 'hot', 'beautiful', 'handsome', 'attractive', 'nice', 'well', 'skilled',
  'talented', 'capable', 'confident', 'polite', 'clean', 'tall', 'sharp', 'educated', 'normal', 'bad', 'fit', 'spoken',
];

/** Person nouns an identity adjective can describe: "a Black guy", "an Asian woman". */
export const PERSON_NOUNS: readonly string[] = ['girl', 'guy', 'woman', 'man', 'person', 'kid', 'lady', 'dude', 'boy'];
