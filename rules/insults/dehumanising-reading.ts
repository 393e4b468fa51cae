/**
 * Dehumanising comparisons that no phrase or single word spells out, read from their parts: a
 * person made into vermin, filth, disease or a broken thing.
 * - said to be one, with words between: "you're the mould growing on this platform", "you're
 *   basically roadkill with a phone", "you're nothing but a human-shaped tumour";
 * - named one, the whole clause a name: "disgusting little maggot", "walking garbage";
 * - made of it: "absolute trash bag of a person", "piece of junk";
 * - ranked below an animal or a thing: "dog also better than you", "even a brick is smarter";
 * - likened to it: "that's you", "you look like a mop someone left out in the rain", "you sound
 *   like a goat being strangled".
 *
 * Not things ("my phone is a piece of junk", "garbage day"), pets ("my rat is the cutest") or
 * praise. The rule asks stanceOf and isQuoted about what this returns.
 */
import { YOU, YOUR } from '../../src/text/english.js';
import { hasPraise } from '../../src/text/stance.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';

/** Vermin and pests: a name for a person with no other reading when said of one. */
const VERMIN = new Set([
  'maggot', 'maggots', 'worm', 'lice', 'louse', 'cockroach', 'roach', 'rat', 'flea', 'tick', 'leech', 'parasite', 'slug', 'termite',
  'germ', 'bacteria', 'vermin', 'pest', 'tapeworm', 'bedbug', 'mould', 'mold', 'fungus', 'scum', 'virus', 'lipas', 'tikus',
]);
/** Filth, waste and disease: a person made into them. */
const FILTH = new Set([
  'garbage', 'trash', 'rubbish', 'junk', 'dirt', 'sewage', 'dung', 'excrement', 'sludge', 'slime', 'vomit', 'puke', 'filth', 'landfill',
  'roadkill', 'carcass', 'toilet', 'sewer', 'gutter', 'dumpster', 'tumour', 'tumor', 'cancer', 'infection', 'rash', 'pus', 'sampah',
]);
const DEGRADING = new Set([...VERMIN, ...FILTH, 'hyena', 'vulture', 'fly']);
/** Things and animals that someone is ranked below: "even a brick is smarter". */
const RANKED_BELOW = new Set([
  'dog', 'dogs', 'cat', 'cats', 'brick', 'rock', 'rocks', 'wall', 'potato', 'goldfish', 'monkey', 'chicken', 'toaster', 'plant', 'chair',
  'pebble', 'cockroach', 'rat', 'goat', 'cow', 'spoon', 'stone', 'kambing', 'lembu', 'anjing', 'babi', 'ayam',
]);
/** How they rank higher. */
const BETTER = new Set(['better', 'smarter', 'cleaner', 'cuter', 'prettier', 'funnier', 'wiser', 'useful', 'talented', 'interesting', 'pandai']);
/** Things a face or voice is likened to, to mock it. Not "goat", which is praise (GOAT). */
const MOCKED = new Set([
  'mop', 'potato', 'toad', 'troll', 'goblin', 'gremlin', 'ogre', 'scarecrow', 'corpse', 'zombie', 'hippo', 'walrus', 'thumb', 'pig',
  'cow', 'whale', 'frog', 'donkey', 'rodent', 'turd', 'hamster', 'monkey',
]);
/** What was done to the thing: "a potato that got stepped on", "a goat being strangled". */
const DAMAGED = new Set(['stepped', 'strangled', 'squashed', 'crushed', 'melted', 'rotting', 'rotten', 'dying', 'drowned', 'deflated', 'microwaved', 'chewed', 'stomped', 'sat', 'rained', 'left']);
/** What a person is made of: "trash bag of a person", "waste of a perfectly good human body". */
const MADE_OF = new Set(['bag', 'sack', 'heap', 'pile', 'lump', 'excuse', 'waste', 'landfill', ...DEGRADING]);
const PERSON = new Set(['person', 'human', 'humans', 'man', 'woman', 'body', 'being', 'manusia', 'orang']);
/** Words that may lead into what someone is said to be: "you're basically roadkill", "you're nothing but a…". */
const BETWEEN = new Set([
  'just', 'nothing', 'but', 'basically', 'literally', 'honestly', 'only', 'a', 'an', 'the', 'some', 'such', 'like', 'actual', 'absolute',
  'complete', 'total', 'utter', 'human', 'walking', 'living', 'breathing', 'little', 'filthy', 'disgusting', 'dirty', 'useless', 'worthless',
  'pathetic', 'sewer', 'equivalent', 'of', 'shaped', 'lowest', 'form', 'piece', 'sack', 'heap', 'pile', 'lump', 'bag',
  // How filth is: "a clogged toilet", "rotting garbage".
  'clogged', 'overflowing', 'used', 'rotting', 'rotten', 'soggy', 'stinking', 'smelly', 'stinky', 'festering', 'moldy', 'mouldy',
]);
/** Adjectives that make a bare name of vermin or filth a person: "walking garbage", "disgusting little maggot". */
const NAMING = new Set(['walking', 'human', 'living', 'breathing', 'little', 'filthy', 'disgusting', 'dirty', 'useless', 'worthless', 'pathetic', 'sewer', 'lowly']);
/** Links that say what the reader is: "you're", "you are", "u r", "ur". */
const LINKS = new Set(['are', 'r', 're', 'is']);
const LIKENING = new Set(['look', 'looks', 'sound', 'sounds', 'smell', 'smells', 'like']);
const READER = new Set([...YOU, 'she', 'he']);
/** A person's parts that a simile mocks: "your face is like a potato". */
const PARTS = new Set(['face', 'voice', 'head', 'body', 'laugh', 'singing', 'hair']);
/** Words that finish a name of filth: "a walking rubbish bin", "trash bag". */
const FILTH_HEADS = new Set(['bin', 'bag', 'can', 'heap', 'pile', 'fire', 'dump', 'truck']);
/** Words that may trail a bare name: "sewer rat energy", "worm lol". */
const TRAILING = new Set(['energy', 'vibes', 'lol', 'lah', 'la', 'sia']);

const REACH = 6;
/** "you're the human equivalent of a clogged toilet": leading words may run long. */
const LINK_REACH = 8;

export interface DehumanisingReading {
  from: number;
  to: number;
}

/** The words that wake the reading. */
export const DEHUMANISING_WORDS: ReadonlySet<string> = new Set([...DEGRADING, ...RANKED_BELOW, ...MOCKED, ...MADE_OF]);

/** True when no punctuation ends a clause inside tokens [from, to). */
function oneClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (/[,;:.!?]/.test((tokens[k] as Token).punctAfter)) return false;
  return true;
}

/** Words that may follow the name of vermin or filth in the same clause and leave it the name. */
const AFTER_NAME = new Set(['on', 'in', 'under', 'with', 'that', 'who', 'which', 'of', 'from', 'to', 'at', 'and', 'like', 'energy', 'lol', 'la', 'lah', 'sia']);

/** "you're a germ freak", "you're a trash collector": the word names something else. */
function namesSomethingElse(tokens: readonly Token[], noun: number): boolean {
  const next = tokens[noun + 1];
  if (next === undefined || (tokens[noun] as Token).punctAfter !== '' || next.kind !== 'word') return false;
  return !readsOneOf(next, AFTER_NAME) && !next.surface.endsWith('ing');
}

/** "you're the mould growing on this platform": a link from the reader, then only leading words up to the noun. */
function saidToBe(tokens: readonly Token[], noun: number): number | undefined {
  if (namesSomethingElse(tokens, noun)) return undefined;
  for (let k = noun - 1; k >= Math.max(0, noun - LINK_REACH); k--) {
    const token = tokens[k] as Token;
    if (readsOneOf(token, LINKS)) return readsOneOf(tokens[k - 1], READER) && oneClause(tokens, k - 1, noun + 1) ? k - 1 : undefined;
    if (token.surface === 'ur' || token.surface === 'youre' || token.surface === 'ure') return oneClause(tokens, k, noun + 1) ? k : undefined;
    if (!readsOneOf(token, BETWEEN)) return undefined;
  }
  return undefined;
}

/** "disgusting little maggot", "walking garbage", "worm.": the clause is nothing but the name. */
function namedAs(tokens: readonly Token[], noun: number): number | undefined {
  const token = tokens[noun] as Token;
  const end = token.punctAfter === '' && readsOneOf(tokens[noun + 1], FILTH_HEADS) ? noun + 1 : noun;
  const next = tokens[end + 1];
  if (next !== undefined && (tokens[end] as Token).punctAfter === '' && !readsOneOf(next, TRAILING)) return undefined;
  let start = noun;
  while (start > 0 && (tokens[start - 1] as Token).punctAfter === '' && readsOneOf(tokens[start - 1], BETWEEN)) start--;
  if (start > 0 && !/[,;:.!?]/.test((tokens[start - 1] as Token).punctAfter)) return undefined;
  const named = tokens.slice(start, noun).some((before) => readsOneOf(before, NAMING));
  return named || (readsOneOf(token, VERMIN) && start === noun) ? start : undefined;
}

/** "trash bag of a person", "waste of a perfectly good human body": the stuff, then "of a" and a person. */
function madeOf(tokens: readonly Token[], stuff: number): number | undefined {
  if (tokens[stuff + 1]?.surface !== 'of') return undefined;
  const article = tokens[stuff + 2];
  if (article?.surface !== 'a' && article?.surface !== 'an') return undefined;
  for (let k = stuff + 3; k < Math.min(tokens.length, stuff + 6); k++) if (readsOneOf(tokens[k], PERSON)) return k;
  return undefined;
}

/** "dog also better than you", "even a brick is smarter": ranked below an animal or a thing, with the reader in the line. */
function rankedBelow(tokens: readonly Token[], thing: number): number | undefined {
  if (!tokens.some((token) => readsOneOf(token, YOU))) return undefined;
  for (let k = thing + 1; k < Math.min(tokens.length, thing + 4); k++) if (readsOneOf(tokens[k], BETTER)) return oneClause(tokens, thing, k + 1) ? k : undefined;
  return undefined;
}

/** "you look like a mop…", "your face is like a potato that got stepped on", "a fly buzzing around dung, that's you". */
function likenedTo(tokens: readonly Token[], noun: number): number | undefined {
  const like = tokens.slice(Math.max(0, noun - REACH), noun).findIndex((token) => token.surface === 'like');
  // "a hyena cackling at its own jokes, that's you": no "like" needed.
  if (like === -1) return readsOneOf(tokens[noun], DEGRADING) && thatsYou(tokens, noun) ? noun : undefined;
  const at = Math.max(0, noun - REACH) + like;
  const said = tokens[at - 1];
  const reader = readsOneOf(said, LIKENING) && readsOneOf(tokens[at - 2], READER) ? at - 2 : readsOneOf(said, LINKS) && readsOneOf(tokens[at - 2], PARTS) && readsOneOf(tokens[at - 3], YOUR) ? at - 3 : -1;
  if (reader === -1 && !thatsYou(tokens, noun)) return undefined;
  const token = tokens[noun] as Token;
  const damaged = tokens.slice(noun + 1, noun + REACH).some((after) => readsOneOf(after, DAMAGED));
  if (!readsOneOf(token, DEGRADING) && !damaged) return undefined;
  return reader === -1 ? at : reader;
}

/** "…, that's you", "that's all you are". */
function thatsYou(tokens: readonly Token[], after: number): boolean {
  for (let k = after + 1; k < tokens.length - 1; k++) {
    const token = tokens[k] as Token;
    if (token.surface === 'thats' && readsOneOf(tokens[k + 1], YOU)) return true;
    // "that's" is read as "that is"; "that's all you are".
    if (token.surface === 'that' && tokens[k + 1]?.surface === 'is' && (readsOneOf(tokens[k + 2], YOU) || (tokens[k + 2]?.surface === 'all' && readsOneOf(tokens[k + 3], YOU)))) return true;
  }
  return false;
}

/**
 * The words [from, to) of a person made into vermin, filth or a thing, or undefined. The person
 * is the reader, or the clause names no one else.
 */
export function dehumanisingComparison(tokens: readonly Token[]): DehumanisingReading | undefined {
  if (!tokens.some((token) => readsOneOf(token, DEHUMANISING_WORDS))) return undefined;
  // "cute little rat", "you look like the GOAT": praise turns names and likenings, not "waste of a perfectly good human body".
  let praise: boolean | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (readsOneOf(token, MADE_OF)) {
      const person = madeOf(tokens, index);
      if (person !== undefined) return { from: index, to: person + 1 };
    }
    if (readsOneOf(token, RANKED_BELOW)) {
      const better = rankedBelow(tokens, index);
      if (better !== undefined) return { from: index, to: better + 1 };
    }
    if ((readsOneOf(token, DEGRADING) || readsOneOf(token, MOCKED) || readsOneOf(token, RANKED_BELOW)) && !(praise ??= hasPraise(tokens))) {
      const from = likenedTo(tokens, index);
      if (from !== undefined) return { from, to: index + 1 };
    }
    if (!readsOneOf(token, DEGRADING)) continue;
    const from = saidToBe(tokens, index) ?? ((praise ??= hasPraise(tokens)) ? undefined : namedAs(tokens, index));
    if (from !== undefined) return { from, to: index + 1 };
  }
  return undefined;
}
