/**
 * Swear words, graded. `strong` words offend almost every reader; `moderate` ones many; `mild`
 * ones few (off unless `includeMild`). Whole tokens only, so Scunthorpe, Penistone, assassin,
 * cocktail and shiitake never match.
 */

export type Strength = 'strong' | 'moderate' | 'mild';

export interface ProfaneWord {
  strength: Strength;
  /** Has an ordinary meaning too (a donkey, a rooster, a name): reported with less sureness. */
  ambiguous?: boolean;
  note?: string;
}

const strong: ProfaneWord = { strength: 'strong' };
const moderate: ProfaneWord = { strength: 'moderate' };
const mild: ProfaneWord = { strength: 'mild' };
const ambiguous = (strength: Strength, note: string): ProfaneWord => ({ strength, ambiguous: true, note });

const family = (word: ProfaneWord, ...forms: string[]): [string, ProfaneWord][] => forms.map((form) => [form, word]);

export const PROFANE_WORDS: ReadonlyArray<readonly [string, ProfaneWord]> = [
  ...family(strong, 'fuck', 'fucks', 'fucking', 'fuckin', 'fucked', 'fucker', 'fuckers', 'fuckery', 'fuk', 'fuking', 'fck', 'fcking', 'fking', 'fkn', 'fcuk', 'phuck', 'motherfucker', 'motherfucking', 'mf', 'mofo', 'stfu', 'gtfo', 'wtf', 'omfg', 'fml', 'fuckface', 'clusterfuck'),
  ...family(strong, 'cunt', 'cunts', 'twat', 'twats'),
  ...family(moderate, 'shit', 'shits', 'shitty', 'shitting', 'shitted', 'shite', 'bullshit', 'horseshit', 'shithead', 'shitshow', 'dipshit', 'batshit', 'apeshit'),
  // bitch, whore, slut and the like are slurs: rules/identity-attacks flags them.
  ...family(moderate, 'bitching', 'bitchy', 'sonofabitch'),
  ...family(moderate, 'asshole', 'assholes', 'arsehole', 'jackass', 'dumbass', 'smartass', 'fatass', 'asshat', 'asswipe', 'dickhead', 'wanker', 'wankers', 'bollocks', 'bastard', 'bastards', 'prick', 'douchebag', 'piss', 'pissed', 'pissing'),
  ['ass', ambiguous('moderate', 'also a donkey')],
  ['arse', moderate],
  ['badass', ambiguous('mild', 'often praise')],
  ['dick', ambiguous('moderate', 'also a name, as in Dick Van Dyke')],
  ['dicks', moderate],
  ['cock', ambiguous('moderate', 'also a rooster')],
  ['tits', ambiguous('moderate', 'also birds')],
  ...family(mild, 'damn', 'dammit', 'damnit', 'goddamn', 'goddammit', 'hell', 'crap', 'crappy', 'bloody', 'frick', 'fricking', 'frickin', 'freaking', 'effing', 'sucks', 'af'),
];
