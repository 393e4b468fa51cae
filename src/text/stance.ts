/**
 * The writer's stance toward hurtful words they wrote: do they aim them at someone, or do they
 * report them, condemn them, praise with them, or name their own group with them?
 *
 * - disclaimers: "no offense but", "not gonna lie" open an insult; they do not negate it;
 * - reported: "he was called an idiot", "witnesses said he called the driver a moron" (news);
 * - condemned: "calling people stupid is not ok", "stop calling her fat" (counter-speech);
 * - praise: "you're a menace at this", "you guys are crazy and I love you" (hyperbole);
 * - reclaimed: "as a queer woman", "my fellow fat girls" (the group about itself);
 * - denied: "it is false that all of them are scum", "people who say women are evil are wrong"
 *   (the writer says the words are untrue, or puts them in someone else's mouth to reject them).
 *
 * Rules ask `stanceOf` about a hit and skip it unless it comes back `attack`. Small readings of a
 * few words around the hit, not a parser.
 */
import { compilePhrases } from './phrases.js';
import { readsOneOf, type Token } from './tokenize.js';
import { NEGATIONS, YOU } from './english.js';

export type Stance = 'attack' | 'reported' | 'condemned' | 'praise' | 'reclaimed' | 'denied';

const phrases = (patterns: readonly string[]) => compilePhrases(patterns.map((pattern) => ({ pattern, entry: pattern })));

/** Openers that soften nothing: "not gonna lie, you're a joke" still calls someone a joke. */
const DISCLAIMERS = phrases([
  'not gonna|going to? lie', 'no offense|offence|hate|shade|disrespect', 'not being rude|mean',
  'not to be rude|mean', 'not trying to be rude|mean', 'no hard feelings',
  // "nothing but trash", "no better than a rat": the negation sharpens the insult.
  'nothing but', 'nothing more|less than', 'no better|more|less than',
  // "can't wait to watch your career crash": eager, not negated.
  'not wait',
]);

/** The index just past a disclaimer starting at `index` ("no offense", "not gonna lie", "nothing but"), or -1. */
function disclaimerEnd(tokens: readonly Token[], index: number): number {
  if (!readsOneOf(tokens[index], NEGATIONS)) return -1;
  const [match] = DISCLAIMERS.matchAll(tokens.slice(index, index + 5));
  return match !== undefined && match.from === 0 ? index + match.to : -1;
}

/** True when the negation at `index` opens a disclaimer ("no offense", "not gonna lie") rather than negating. */
export function isDisclaimer(tokens: readonly Token[], index: number): boolean {
  return disclaimerEnd(tokens, index) !== -1;
}

/** Punctuation that ends a clause or a quotation: a negation does not reach past it ("no, just die", "there is no 'ban' you idiot"). */
const CLAUSE_END = /[,;:.!?"'“”‘’()/]/;
/** Punctuation that ends a clause: a denying frame reaches to it ("I don't think that, but you are an idiot"). */
const CLAUSE_STOPS = /[,;:.!?]/;

/**
 * Where a negation stands within `reach` words before `index`, in the same clause, or -1: "we
 * should never deport them", "don't kill yourself". A disclaimer ("no offense but", "not gonna
 * lie") opens an attack; it does not negate one.
 */
export function negationBefore(tokens: readonly Token[], index: number, reach: number): number {
  for (let k = index - 1; k >= Math.max(0, index - reach); k--) {
    const token = tokens[k] as Token;
    if (CLAUSE_END.test(token.punctAfter)) return -1;
    if (readsOneOf(token, NEGATIONS) && !isDisclaimer(tokens, k)) return k;
  }
  return -1;
}

/** True when the token at `index` is part of a disclaimer: "you are nothing but a rat" reads like "you are a rat". */
export function inDisclaimer(tokens: readonly Token[], index: number): boolean {
  for (let start = index; start >= Math.max(0, index - 4); start--) if (disclaimerEnd(tokens, start) > index) return true;
  return false;
}

/** Verbs that name someone: the hit after them is the name given. */
const NAMING = new Set(['called', 'call', 'calls', 'calling', 'labelled', 'labeled', 'branded', 'dubbed', 'named', 'nicknamed']);
/** Verbs of saying: what follows them is talked about. */
const SAYING = new Set(['saying', 'say', 'said', 'telling', 'tell', 'tells', 'told', 'using', 'use', 'writing', 'write', 'wrote', 'commenting', 'comment', 'commented', 'posted', 'replied', 'mocking', 'mock']);
/** "words like", "names like": what follows is a word talked about. */
const SPEECH_NOUNS = new Set(['words', 'word', 'names', 'terms', 'insults', 'slurs', 'phrases', 'comments', 'stereotypes', 'things']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got', 'gets', 'getting']);
/** Before a naming verb, these make it a norm or a habit talked about, not an act: "stop calling", "if you call someone". */
const GENERIC = new Set(['stop', 'not', 'never', 'to', 'if', 'anyone', 'people', 'someone', 'who', 'why', 'when', 'quit']);
/**
 * "the word retard", "that slur": the hit right after names a word. Talked about, it is condemned
 * only when the sentence condemns ("the word retard hurts people"): "I encourage the use of the
 * word spastic" endorses it, and writing a slur out is itself what many readers object to.
 */
const MENTION_NOUNS = new Set(['word', 'term', 'slur', 'label', 'perkataan']);
const POINTING = new Set(['the', 'that', 'this']);
const SPEAKER_SUBJECT = new Set(['i', 'we', 'ill', 'imma', 'ima', 'gonna']);
/** What a dare threatens after "and": "say that again and see what happens", "…and you'll regret it". */
const DARED = new Set(['see', 'watch', 'you', 'u']);
const LOOKBACK = 6;

/** Sentences that judge what they quote or report. */
const CONDEMNING = phrases([
  'is|are|was|its not (ok|okay|cool|fine|acceptable|funny|feedback|right|normal|banter|a joke|a compliment)',
  'is|are never (ok|okay|acceptable|funny|a joke)',
  'is|are|was|its racist|sexist|cruel|wrong|mean|hurtful|harmful|bullying|harassment|dehumanising|dehumanizing|disgusting|unacceptable|homophobic|ableist|abuse|abusive|toxic|hateful|lazy|vile|gross',
  'stop calling|saying|telling|using|writing|commenting|mocking', 'do not|never call|say|tell|use|write|mock',
  'should not|never be used|said|written',
  'should|to stop', 'needs|need to stop', '(nobody|no one) deserves', '(nobody|no one) should', 'lose|loses the argument',
  'stereotype', 'stereotypes', 'hurt|hurts people', 'look in a mirror', 'why would anyone|people|you',
]);

function isSaying(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (token.surface === 'like') return readsOneOf(tokens[k - 1], SPEECH_NOUNS);
  return readsOneOf(token, NAMING) || readsOneOf(token, SAYING);
}

const IF = new Set(['if', 'when', 'whenever']);

/** "if someone tells you", "when people call you": a saying anyone might do, put as a condition. */
function saidIfAnyone(tokens: readonly Token[], verb: number): boolean {
  return readsOneOf(tokens[verb - 1], IF) || (readsOneOf(tokens[verb - 1], GENERIC) && readsOneOf(tokens[verb - 2], IF));
}

/** Within LOOKBACK words before `from`, the naming or saying verb that governs the hit, if any. */
function governingVerb(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from - 1; k >= Math.max(0, from - LOOKBACK); k--) {
    const token = tokens[k] as Token;
    // A verb whose clause ended before the hit governs nothing: "who asked you to comment, go die".
    if (/[,;.!?]/.test(token.punctAfter) && !/["“‘']/.test(token.punctAfter)) return undefined;
    if (isSaying(tokens, k)) return k;
    // "using the word X" is governed by "using"; "the word X" alone by the noun.
    if (k === from - 1 && readsOneOf(token, MENTION_NOUNS) && readsOneOf(tokens[k - 1], POINTING)) return governingVerb(tokens, k - 1) ?? k;
    // The reader between the verb and the hit ("they call you a loser") makes it an attack on them;
    // unless the saying is anyone's, talked about: "if someone tells you to stop posting, ignore them".
    if (readsOneOf(token, YOU)) return k > 0 && isSaying(tokens, k - 1) && saidIfAnyone(tokens, k - 1) ? k - 1 : undefined;
    // A new clause of the writer's own: "say that again and I'll hurt you" dares, it does not quote.
    if ((token.surface === 'and' || token.surface === 'or') && (readsOneOf(tokens[k + 1], SPEAKER_SUBJECT) || readsOneOf(tokens[k + 1], DARED))) return undefined;
    if (k < from - 1 && /[.;!?]/.test(token.punctAfter)) return undefined;
  }
  return undefined;
}

/** Saying, done and over: "a man told me to go back to China", "she said I was too fat". */
const SAID = new Set(['told', 'said', 'wrote', 'commented', 'posted', 'replied', 'texted', 'messaged', 'shouted', 'yelled', 'screamed']);

/**
 * "was called", "he called the driver", "critics had called him", "a man told me to…": a naming
 * or a saying reported, done by others.
 */
function isReported(tokens: readonly Token[], verb: number): boolean {
  const token = tokens[verb] as Token;
  const before = tokens[verb - 1];
  if (readsOneOf(token, SAID)) return before !== undefined && !readsOneOf(before, SPEAKER_SUBJECT) && !readsOneOf(before, YOU);
  if (!readsOneOf(token, NAMING) || token.surface === 'call' || token.surface === 'calls' || token.surface === 'calling') return false;
  if (readsOneOf(before, PASSIVE)) return !readsOneOf(tokens[verb - 2], YOU);
  return before !== undefined && !readsOneOf(before, SPEAKER_SUBJECT) && !readsOneOf(before, YOU);
}

/** "stop calling her fat", "calling people stupid", "words like": the naming is talked about, not done. */
function talkedAbout(tokens: readonly Token[], verb: number): boolean {
  const surface = (tokens[verb] as Token).surface;
  // "if you call someone ugly": a generic "you" after if/when.
  const generic = readsOneOf(tokens[verb - 1], GENERIC) || (readsOneOf(tokens[verb - 1], YOU) && readsOneOf(tokens[verb - 2], GENERIC));
  return generic || surface.endsWith('ing') || surface === 'like' || verb === 0;
}

/** Insult words people also use to praise: "a menace at this", "crazy and I love you". */
const HYPERBOLE = new Set([
  'menace', 'monster', 'beast', 'savage', 'freak', 'psycho', 'crazy', 'insane', 'sick', 'nuts', 'ridiculous', 'killer',
  'madman', 'madwoman', 'demon', 'animal', 'maniac', 'lunatic', 'mad', 'wild', 'unreal', 'criminal', 'goblin', 'gremlin', 'legend',
]);
/** These praise only right before a word of praise: "stupidly talented", "disgustingly good". */
const HYPERBOLE_ADVERBS = new Set(['stupid', 'stupidly', 'disgusting', 'disgustingly', 'filthy', 'nasty', 'evil', 'absurd', 'absurdly', 'ridiculously', 'insanely', 'sickeningly']);
const PRAISED = new Set([
  'good', 'talented', 'fast', 'strong', 'skilled', 'funny', 'smart', 'cute', 'pretty', 'gorgeous', 'beautiful', 'gifted',
  'fun', 'clean', 'smooth', 'accurate', 'consistent', 'creative', 'underrated', 'hard', 'fire',
]);
/** "a menace at this", "sick on the guitar", "insane for pulling that off"; not "sick in the head". */
const PRAISE_PREPOSITIONS = new Set(['at', 'on', 'in', 'with', 'for', 'behind']);
const PRAISE_WORDS = new Set([
  'love', 'loved', 'luv', 'adore', 'amazing', 'awesome', 'perfect', 'great', 'congrats', 'congratulations', 'legend', 'goat',
  'talented', 'best', 'incredible', 'brilliant', 'impressive', 'wow', 'bravo', 'proud', 'teach', 'fire', 'beautiful',
  'gorgeous', 'queen', 'king', 'iconic', 'obsessed', 'masterpiece', 'genius', '🔥', '👏', '❤', '❤️', '🥰', '😍', '💕', '🙌', '🐐',
]);

/** True when some word of `tokens` praises: "these girls are so pretty", "all these women are amazing". */
export function hasPraise(tokens: readonly Token[]): boolean {
  return tokens.some((token) => readsOneOf(token, PRAISE_WORDS) || readsOneOf(token, PRAISED));
}

/** "unhinged in the best way", "a menace in the best possible sense": said, then turned into praise. */
function turnedToPraise(tokens: readonly Token[], hit: number): boolean {
  const [a, b, c] = [tokens[hit + 1], tokens[hit + 2], tokens[hit + 3]];
  return a?.surface === 'in' && b?.surface === 'the' && c?.surface === 'best';
}

function isPraise(tokens: readonly Token[], hit: number): boolean {
  if (turnedToPraise(tokens, hit)) return true;
  const token = tokens[hit] as Token;
  const next = tokens[hit + 1];
  const adjacent = token.punctAfter === '' && next !== undefined;
  if (readsOneOf(token, HYPERBOLE_ADVERBS)) return adjacent && readsOneOf(next, PRAISED);
  if (!readsOneOf(token, HYPERBOLE)) return false;
  if (adjacent && readsOneOf(next, PRAISED)) return true;
  const inTheHead = next?.surface === 'in' && tokens[hit + 3]?.surface === 'head';
  if (adjacent && readsOneOf(next, PRAISE_PREPOSITIONS) && !inTheHead) return true;
  return tokens.some((other, index) => index !== hit && readsOneOf(other, PRAISE_WORDS));
}

/** Words a group uses about itself: "queer", "fat", "dyke", "crip", "gay". */
const RECLAIMABLE = new Set([
  'queer', 'queers', 'fat', 'fatty', 'dyke', 'dykes', 'crip', 'crips', 'gay', 'gays', 'autistic', 'autistics', 'bi',
  'trans', 'lesbian', 'lesbians', 'chubby', 'nerd', 'nerds', 'geek', 'geeks', 'weirdo', 'weirdos', 'homo', 'homos',
]);
/** "as a", "we", "us", "my fellow", "our", "i am", "proud to be": the writer is one of the group. */
const IN_GROUP = new Set(['as', 'we', 'us', 'fellow', 'our', 'am', 'im', 'proud', 'ourselves']);
/** Words that may stand between those and the group word: "as a proud queer", "proud to be a dyke". */
const BRIDGE = new Set(['a', 'an', 'to', 'be', 'and', 'proud', 'young', 'old', 'big', 'black', 'brown', 'disabled', 'trans', 'queer', 'fat']);

function isReclaimed(tokens: readonly Token[], hit: number): boolean {
  if (!readsOneOf(tokens[hit], RECLAIMABLE)) return false;
  for (let k = hit - 1; k >= Math.max(0, hit - 4); k--) {
    const token = tokens[k] as Token;
    if (readsOneOf(token, IN_GROUP)) return true;
    if (!readsOneOf(token, BRIDGE) || token.punctAfter !== '') return false;
  }
  return false;
}

/** Frames before a claim that call it untrue or put it in others' mouths: "it is false that", "who says". */
const DENYING = phrases([
  'it is|was (false|untrue|nonsense|a myth|a lie) that', 'it is not true that',
  'it is|was not okay|ok|right|fair to say|think|claim|believe', 'it is|was wrong|ridiculous|absurd to say|think|claim|believe',
  'who says|said', 'who would|could|can|can even say|think|claim|believe', 'i|we do not|never think|believe|agree that',
  'people|anyone|someone|those|men|guys who|that say|said|think|thinks|believe|believes|claim|claims|call|calls|called',
  // "whoever says you are ugly is blind", in Singlish without the s.
  'whoever say|says|said|call|calls|called|think|thinks',
  // Disbelief at what the reader holds: 'you really think "malays are lazy"?'.
  'you|u really|actually|seriously|honestly think|believe|thought',
  // 'you cannot seriously believe that…'; not "you can't believe how stupid…", which exclaims.
  'you|u really|actually|seriously|honestly? cannot|cant really|actually|seriously|honestly? believe that',
  'you|u really|actually|seriously|honestly? can not really|actually|seriously|honestly? believe that',
]);
/** After the claim: "… is a myth". */
const DENIED_AFTER = phrases(['is|are (a myth|a lie|a stereotype)', 'is not true']);

interface Denials {
  /** For each token, the clause it is in: commas, colons and stops end a clause. */
  clauseOf: Int32Array;
  /** By clause, where the first denying frame in it ends (no entry: none). */
  frameEndIn: Map<number, number>;
  /** Where the last "is a myth" starts (-1: none). */
  lastAfter: number;
}

/** Read once per sentence: a hit-by-hit search would make a long run-on text quadratic. */
const denialsOf = new WeakMap<readonly Token[], Denials>();

/** Every denying frame has one of these; most sentences have none, and skip the search. */
const DENIAL_WORDS = new Set(['false', 'untrue', 'nonsense', 'myth', 'lie', 'true', 'okay', 'ok', 'right', 'fair', 'wrong', 'ridiculous', 'absurd', 'stereotype', 'says', 'said', 'say', 'think', 'thinks', 'believe', 'believes', 'claim', 'claims', 'agree', 'call', 'calls', 'called']);
const NO_DENIALS: Denials = { clauseOf: new Int32Array(0), frameEndIn: new Map(), lastAfter: -1 };

function readDenials(tokens: readonly Token[]): Denials {
  if (!tokens.some((token) => readsOneOf(token, DENIAL_WORDS))) return NO_DENIALS;
  const clauseOf = new Int32Array(tokens.length);
  for (let k = 1; k < tokens.length; k++) {
    const punct = (tokens[k - 1] as Token).punctAfter;
    clauseOf[k] = (clauseOf[k - 1] as number) + (punct !== '' && CLAUSE_STOPS.test(punct) ? 1 : 0);
  }
  const frameEndIn = new Map<number, number>();
  for (const match of DENYING.matchAll(tokens)) {
    const clause = clauseOf[match.to - 1] as number;
    if (!frameEndIn.has(clause)) frameEndIn.set(clause, match.to);
  }
  const after = DENIED_AFTER.matchAll(tokens);
  return { clauseOf, frameEndIn, lastAfter: after.length === 0 ? -1 : (after[after.length - 1] as { from: number }).from };
}

/** True when the claim at [from, to) follows a denying frame in its clause, or is called untrue after it. */
function isDenied(tokens: readonly Token[], from: number, to: number): boolean {
  let denials = denialsOf.get(tokens);
  if (denials === undefined) denialsOf.set(tokens, (denials = readDenials(tokens)));
  if (denials === NO_DENIALS) return false;
  const frameEnd = denials.frameEndIn.get(denials.clauseOf[from] as number);
  return (frameEnd !== undefined && frameEnd <= from) || denials.lastAfter >= to;
}

/** "trans people are the shit", "this song is the shit": with "the", it praises. */
function isTheShit(tokens: readonly Token[], to: number): boolean {
  return tokens[to - 1]?.surface === 'shit' && tokens[to - 2]?.surface === 'the';
}

/**
 * The writer's stance toward the hurtful words at tokens [from, to) of a sentence.
 *
 * @param quoted whether the hit stands in quotation marks: a quoted hit in a condemning sentence is condemned.
 */
export function stanceOf(tokens: readonly Token[], from: number, to: number, quoted = false): Stance {
  if (isReclaimed(tokens, from) || isReclaimed(tokens, to - 1)) return 'reclaimed';
  const verb = governingVerb(tokens, from);
  if (verb !== undefined && isReported(tokens, verb)) return 'reported';
  if (verb !== undefined && talkedAbout(tokens, verb)) return 'condemned';
  // Quoted or talked about, or the subject of the sentence ("mass reporting a creator is bullying").
  if ((quoted || verb !== undefined || from === 0) && CONDEMNING.matchAll(tokens).some((match) => quoted || verb !== undefined || match.from >= to)) return 'condemned';
  if ((to - from === 1 && isPraise(tokens, from)) || isTheShit(tokens, to)) return 'praise';
  if (isDenied(tokens, from, to)) return 'denied';
  return 'attack';
}
