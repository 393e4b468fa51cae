/**
 * Small closed classes of English words that rules share, spelled as people write them online.
 * All lower case and normalized (contractions already expanded by the tokenizer).
 */

/** Words that address the reader. `ur` is here because it means "you're" as often as "your". */
export const YOU = new Set(['you', 'u', 'ya', 'yu', 'yall', "y'all", 'youu', 'thou', 'ye', 'ur']);

/** "your", as typed. */
export const YOUR = new Set(['your', 'ur', 'yo', 'yer']);

/** "yourself", as typed. */
export const YOURSELF = new Set(['yourself', 'urself', 'yourselves', 'yoself', 'youself', 'uself', 'yaself', 'yourslef']);

/** The speaker. */
export const SPEAKER = new Set(['i', 'me', 'myself', 'we', 'us']);

/** Forms of "to be" and verbs that link a subject to a description. */
export const LINKING_VERBS = new Set([
  'are', 'r', 'is', 'am', 'was', 'were', 'be', 'being', 'been', 'look', 'looks', 'looking',
  'sound', 'sounds', 'seem', 'seems', 'act', 'acting', 'acts', 'become', 'became', 'get', 'getting',
]);

/** Words that turn a statement around. */
export const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'hardly', 'nothing', 'neither', 'nor', 'without']);

/**
 * Words that may stand between a subject and a description without changing who it is about:
 * articles, intensifiers, hedges. "you are such a TOTAL idiot" reads like "you are an idiot".
 */
export const FILLERS = new Set([
  'a', 'an', 'the', 'so', 'such', 'very', 'really', 'real', 'rly', 'too', 'truly', 'totally', 'total',
  'complete', 'completely', 'absolute', 'absolutely', 'utter', 'utterly', 'literally', 'actually',
  'just', 'big', 'little', 'lil', 'massive', 'huge', 'fucking', 'fuckin', 'fkn', 'fking', 'freaking', 'freakin', 'frickin',
  'friggin', 'effing', 'effin', 'damn', 'bloody', 'pure', 'straight', 'kinda', 'sorta', 'like', 'pretty', 'quite',
  'one', 'biggest', 'most', 'extremely', 'incredibly', 'insanely', 'genuinely', 'still', 'also',
  'always', 'honestly', 'seriously', 'clearly', 'obviously', 'officially', 'lowkey', 'highkey', 'of',
  'ever', 'def', 'definitely', 'probably', 'sooo', 'soo', 'af', 'all', 'both', 'either',
  // "you are to dumb": "too" typed as "to".
  'to',
]);

/** Things, not people: "this song is stupid" is about the song. */
export const THING_SUBJECTS = new Set(['this', 'that', 'it', 'these', 'those', 'which', 'what']);

/** Pets: "your cat is fat" is about the cat, not its owner. */
export const PETS = new Set([
  'dog', 'dogs', 'doggo', 'doggy', 'puppy', 'pup', 'pupper', 'cat', 'cats', 'kitty', 'kitten', 'kitties', 'pet', 'pets',
  'hamster', 'bunny', 'rabbit', 'parrot', 'bird', 'fish', 'horse', 'pony', 'pig', 'piggy', 'goat', 'chicken', 'chickens',
]);

/** Third persons: about someone, not to them. */
export const THIRD_PERSONS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their', 'someone', 'somebody', 'people', 'everyone']);

/** Nouns for people: "this guy is an idiot" is about a person, "this song is stupid" is not. */
export const PERSON_NOUNS = new Set([
  'guy', 'guys', 'girl', 'girls', 'dude', 'man', 'woman', 'women', 'men', 'person', 'kid', 'kids',
  'bro', 'boy', 'boys', 'lady', 'chick', 'creator', 'streamer', 'youtuber', 'tiktoker', 'influencer',
  'host', 'singer', 'rapper', 'artist', 'author', 'op', 'poster', 'mom', 'dad', 'wife', 'husband',
  'boyfriend', 'girlfriend', 'bf', 'gf', 'friend', 'sister', 'brother', 'teacher', 'boss',
  // People by what they vote, watch or play: "liberals are idiots" insults people, not ideas.
  'liberal', 'liberals', 'conservative', 'conservatives', 'democrat', 'democrats', 'republican', 'republicans',
  'leftist', 'leftists', 'libs', 'dems', 'politician', 'politicians', 'voters', 'supporters', 'haters',
  'boomer', 'boomers', 'millennials', 'zoomers', 'gamers', 'president', 'senator', 'cops', 'neighbours', 'neighbors',
]);

/** Illnesses whose names also insult ("you are a cancer on this fandom"). */
const ILLNESSES = new Set(['cancer', 'disease', 'diseases', 'virus', 'plague', 'tumor', 'tumour']);
/** Right before an illness, these make it the illness: "women get cancer", "she beat cancer", "died of cancer". */
const ILLNESS_BEFORE = new Set([
  'get', 'gets', 'got', 'getting', 'have', 'has', 'had', 'having', 'with', 'from', 'of', 'beat', 'beats', 'survived', 'survive',
  'fight', 'fighting', 'against', 'cure', 'caught', 'catch', 'breast', 'lung', 'skin', 'prostate', 'colon', 'brain', 'blood', 'heart',
]);

/** True when the token at `index` names an illness someone has, not a person called one. */
export function namesIllness(tokens: readonly { forms: readonly string[] }[], index: number): boolean {
  const word = tokens[index];
  const before = tokens[index - 1];
  return word !== undefined && before !== undefined && word.forms.some((form) => ILLNESSES.has(form)) && before.forms.some((form) => ILLNESS_BEFORE.has(form));
}

/** Games and sport, where beating, destroying and killing someone is winning: "I'll destroy you in ranked". */
/** Saying it was a joke, not denying it: "jk", "just kidding", "gurau je"; not "I'm not kidding", "you think I joking?". */
const JOKING = /(?<!\b(?:not|no|bukan|tak|tidak|x|think i|think i'm|think im|think i am|ingat aku) )\b(?:jk|j\/k|just kidding|kidding|joking|gurau|bergurau)\b/i;

/** True when the line of `text` around `offset` says it was a joke: threats on it are banter. */
export function saysItJokes(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return JOKING.test(text.slice(start, end === -1 ? text.length : end));
}

export const GAMES: ReadonlySet<string> = new Set([
  'game', 'games', 'ranked', 'match', 'chess', 'round', 'fortnite', 'valorant', 'mlbb', 'pubg', 'dota', 'fifa', 'mario', 'kart', '1v1',
  'tournament', 'arena', 'court', 'race', 'scrabble', 'uno', 'monopoly', 'minecraft', 'league', 'legends', 'roblox', 'apex', 'warzone',
  'overwatch', 'tekken', 'lobby', 'scrim', 'scrims',
  // Malay: futsal, a court, a match.
  'futsal', 'gelanggang', 'perlawanan', 'badminton',
]);
