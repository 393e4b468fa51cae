/**
 * Slurs: words whose job is to demean people for who they are. Each entry names the group it
 * targets. Most never have an innocent reading in a comment; those that do (`hoe`, `fag`,
 * `pussy`, `dyke`, `cracker`, `coon`, `homo`) carry `unlessNear`, the words that mark the
 * innocent reading in the same sentence, like obscenity's whitelist beside its blacklist.
 *
 * Spelling games (`n1gga`, `f*ggot`) are handled by the text layer, not listed here.
 */

export type Group = 'race' | 'ethnicity' | 'religion' | 'gender' | 'sexuality' | 'disability' | 'nationality';

export interface Slur {
  group: Group;
  /** How sure we are that the word attacks when it appears. */
  weight: number;
  /** Words that, anywhere in the same sentence, mean the innocent reading. */
  unlessNear?: readonly string[];
  note?: string;
}

// No innocent words (`[]`) means no innocent reading: such a slur is no name either ("Damn Feminazi").
const slur = (group: Group, weight = 0.95, unlessNear?: readonly string[], note?: string): Slur => ({ group, weight, unlessNear: unlessNear?.length ? unlessNear : undefined, note });
const each = (entry: Slur, ...words: string[]): [string, Slur][] => words.map((word) => [word, entry]);

const GARDEN = ['garden', 'gardening', 'weed', 'weeds', 'weeding', 'soil', 'dirt', 'rake', 'shovel', 'till', 'dig', 'digging', 'tool', 'tools', 'blade', 'handle', 'plant', 'plants', 'farm', 'row', 'rows'];
const CATS = ['cat', 'cats', 'kitty', 'kitten', 'puss', 'boots', 'willow', 'meow'];
const CIGARETTES = ['smoke', 'smoking', 'cig', 'cigs', 'cigarette', 'lighter', 'ciggy', 'pack', 'outside', 'tea', 'break'];
const WATER = ['water', 'flood', 'dam', 'sea', 'river', 'canal', 'holland', 'dutch'];
const FOOD = ['cheese', 'crackers', 'soup', 'biscuit', 'biscuits', 'snack', 'graham', 'salt', 'eat', 'ate', 'box', 'christmas', 'jack', 'fire', 'firecracker'];
const ANIMALS = ['raccoon', 'raccoons', 'hunting', 'hunt', 'skin', 'tail', 'cap', 'hound', 'dog', 'dogs', 'maine', 'cat', 'cats', 'kitten'];
/** The American football team of that name, and talk of its games. */
const TEAM = ['game', 'games', 'play', 'played', 'playing', 'lost', 'lose', 'won', 'win', 'beat', 'season', 'team', 'nfl', 'football', 'vs', 'rivalry', 'score', 'cowboys', 'giants', 'eagles', 'touchdown', 'quarterback', 'draft', 'fans', 'washington'];
/** A car's transmission. */
const CARS = ['motor', 'engine', 'transmission', 'car', 'truck', 'gearbox', 'fluid', 'rebuild', 'rebuilt', 'miles', 'clutch', 'manual', 'automatic', 'shift', 'mechanic'];
/** "a chink in the armour", "honky-tonk". */
const IDIOMS = ['armor', 'armour', 'tonk', 'tonks'];
/** "slut shaming", "the SlutWalk": naming the harm, not doing it. */
const SHAMING = ['shame', 'shaming', 'shamed', 'shames', 'walk', 'walks'];
const SCIENCE = ['sapiens', 'erectus', 'habilis', 'genus', 'species', 'neanderthal'];

export const SLURS: ReadonlyArray<readonly [string, Slur]> = [
  // Race and ethnicity
  ...each(slur('race', 0.97), 'nigger', 'niggers', 'niger', 'nigg3r', 'niggerz', 'jigaboo', 'jigaboos', 'sambo', 'darkie', 'darkies', 'spearchucker', 'porchmonkey', 'sandnigger', 'sandniggers', 'niglet', 'niglets', 'mudshark', 'mudsharks'),
  ...each(slur('race', 0.85, [], 'reclaimed by some in friendly use, but many readers still hear the slur'), 'nigga', 'niggas', 'niggaz', 'niggah', 'nigguh', 'nigs', 'nig'),
  ...each(slur('race', 0.8, ANIMALS), 'coon', 'coons'),
  ...each(slur('ethnicity', 0.95), 'spic', 'spics', 'spick', 'beaner', 'beaners', 'wetback', 'wetbacks', 'gook', 'gooks', 'zipperhead', 'slanteye', 'slanteyes', 'paki', 'pakis', 'raghead', 'ragheads', 'towelhead', 'towelheads', 'kike', 'kikes', 'hymie', 'heeb', 'heebs', 'gyppo', 'wop', 'wops', 'dago', 'dagos', 'chinaman', 'injun', 'injuns', 'halfbreed', 'honkies', 'wigger', 'wiggers'),
  ...each(slur('ethnicity', 0.95, IDIOMS), 'chink', 'chinks', 'honky'),
  ...each(slur('ethnicity', 0.9, TEAM), 'redskin', 'redskins'),
  ...each(slur('race', 0.7, FOOD), 'cracker', 'crackers'),
  // Religion
  ...each(slur('religion', 0.9), 'muzzie', 'muzzies', 'mudslime', 'mudslimes', 'muslimes', 'moslem', 'moslems', 'muzrat', 'muzrats', 'islamist', 'jihadi'),
  // Gender
  ...each(slur('gender', 0.85, [], 'a misogynist slur'), 'bitch', 'bitches', 'biatch', 'whore', 'whores', 'thot', 'thots', 'skank', 'skanks', 'feminazi', 'feminazis'),
  ...each(slur('gender', 0.85, SHAMING, 'a misogynist slur'), 'slut', 'sluts'),
  ...each(slur('gender', 0.85, [...GARDEN, 'merry', 'christmas', 'santa', 'xmas'], 'a misogynist slur'), 'hoe', 'hoes', 'hoez'),
  ...each(slur('gender', 0.85, CATS, 'used to call someone weak or as a vulgar word for women'), 'pussy', 'pussies'),
  ...each(slur('gender', 0.95, CARS), 'tranny', 'trannie', 'trannies', 'trannys'),
  ...each(slur('gender', 0.95), 'shemale', 'shemales', 'heshe'),
  // Sexuality
  ...each(slur('sexuality', 0.97), 'faggot', 'faggots', 'fagget', 'faggit', 'fagot', 'sodomite', 'sodomites', 'poofter', 'poof', 'batty'),
  ...each(slur('sexuality', 0.85, CIGARETTES), 'fag', 'fags'),
  ...each(slur('sexuality', 0.8, WATER), 'dyke', 'dykes'),
  ...each(slur('sexuality', 0.75, SCIENCE), 'homo', 'homos'),
  // Disability
  ...each(slur('disability', 0.9, [], 'uses disability as an insult'), 'retard', 'retards', 'tard', 'tards', 'libtard', 'libtards', 'spaz', 'spastic', 'mongoloid', 'mongoloids', 'retarted'),
];

/** Slurs of more than one word. Phrase language: src/text/phrases.ts. */
export const SLUR_PHRASES: ReadonlyArray<{ pattern: string; group: Group }> = [
  { pattern: 'porch monkey|monkeys', group: 'race' },
  { pattern: 'jungle bunny|bunnies', group: 'race' },
  { pattern: 'tar baby', group: 'race' },
  { pattern: 'sand nigger|niggers', group: 'ethnicity' },
  { pattern: 'camel jockey|jockeys', group: 'ethnicity' },
  { pattern: 'towel|rag head|heads', group: 'ethnicity' },
  { pattern: 'white trash', group: 'race' },
  { pattern: 'christ killer|killers', group: 'religion' },
];
