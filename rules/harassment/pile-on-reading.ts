/**
 * Pile-on calls that no phrase spells out, read from their parts in one sentence:
 * - a call to others: a crowd ("everyone", "guys", "all my followers", "reddit do your thing"),
 *   the writer's side ("let's", "jom", "we're"), or an order to spread word ("share this",
 *   "screenshot this and send it", "forward to all the groups");
 * - an act that turns a crowd on someone: report, expose, wreck, roast, one-star, dig up, find
 *   their number or school, or word sent to the people in their life (boss, wife, mum, sponsors);
 * - someone other than the reader to turn on: "her", "his", "this guy", "this account".
 * The phrases (phrases.ts) know the common wordings; this reading finds the rest.
 *
 * Not a call to support ("everyone go follow her, she's amazing"), not a report of spam or a crime
 * ("someone report this scam to the police"), and not the reader's own life ("send this to your
 * mum"). The rule asks stanceOf and isQuoted about what this returns.
 */
import { opensClause } from '../../src/text/clause-edges.js';
import { isQuoted } from '../../src/text/context.js';
import { hasPraise } from '../../src/text/stance.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';

/** Words for a crowd called on, or the one asked to start it. */
const CROWD = new Set([
  'everyone', 'everybody', 'yall', "y'all", 'guys', 'fam', 'followers', 'someone', 'somebody', 'anyone', 'anybody',
  'reddit', 'twitter', 'internet', 'jom', 'lets', 'geng', 'gang', 'squad', 'chat',
]);
/** Orders that spread word or send people, when they open a clause: "share this", "go wreck her comments". */
const SPREAD = new Set([
  'share', 'forward', 'screenshot', 'send', 'copy', 'stitch', 'tag', 'dm', 'message', 'email', 'repost', 'spread', 'post',
  'go', 'leave', 'drop', 'find', 'dig', 'make', 'rally', 'grab', 'boycott', 'cancel', 'expose', 'report',
]);
/** Acts that turn a crowd on someone, whatever their object. */
const ACTS = new Set([
  'report', 'expose', 'exposing', 'cancel', 'brigade', 'brigading', 'wreck', 'roast', 'ratio', 'dox', 'doxx', 'boycott', 'harass',
  'raid', 'drag', 'ruin', 'humiliate', 'shame', 'pitchforks', 'torches', 'dig',
]);
/** What a crowd finds and spreads about a person: "find her linkedin", "post her number". */
const EXPOSED = new Set(['number', 'address', 'linkedin', 'tweets', 'alt', 'ic', 'location']);
/** Where to find them, asked after: "which school she goes to", "where he lives". */
const WHEREABOUTS = new Set(['school', 'workplace', 'office', 'lives', 'works', 'stays']);
/** The people in their life a crowd writes to: "send this to his wife", "make sure his sponsors get an email". */
const CONTACTS = new Set([
  'boss', 'employer', 'employers', 'manager', 'hr', 'wife', 'husband', 'boyfriend', 'girlfriend', 'mum', 'mom', 'mother', 'dad', 'father',
  'parents', 'family', 'teachers', 'teacher', 'principal', 'school', 'uni', 'sponsor', 'sponsors', 'brand', 'brands', 'clients', 'company',
]);
/** Marks left en masse: "leave a 1 star", "one star her shop". */
const STARS = new Set(['star', 'stars', 'emojis', 'emoji']);
/** The mark: one star, or laughter. */
const ONE_STAR = new Set(['1', 'one', 'laughing', 'clown']);
/** Endings a crowd is sent to bring about: "until her sponsors drop her", "i want it gone", "take him down". */
const ENDINGS = new Set(['gone', 'quits', 'fired', 'banned', 'drop', 'deleted', 'famous', 'viral', 'trend']);
/** What brings someone down: "take him down", "taking this guy down". */
const TAKES = new Set(['take', 'taking', 'bring', 'bringing', 'tear', 'shut']);

/** "dig in", "dig into dinner": food, not a past. */
const INTO_FOOD = new Set(['in', 'into']);
/** A question after where someone is: "which school", "where she lives". */
const ASKED_AFTER = new Set(['which', 'where', 'what']);
/** An ending that already happened, or a sanction asked of a platform: "she got banned", "he should be banned". */
const REPORTED = new Set(['got', 'was', 'were', 'be', 'been', 'is', 'am', 'has', 'had', 'have', 'already', 'just', 'currently', 'i']);

const STOPS = new Set(['stop', 'quit', 'stopped', 'never']);
/** Someone doing it, not having it done: "she banned", "they trend". */
const SUBJECTS = new Set(['she', 'he', 'they', 'i', 'we', 'you', 'u', 'it']);

/** Looking for the person: "find this guy", "track her down". */
const HUNTS = new Set(['find', 'track', 'hunt', 'locate']);

/** Sending word, near their contacts: "send this to his wife", "let her boss know". */
const SENDS = new Set(['send', 'email', 'dm', 'message', 'tell', 'show', 'forward', 'call', 'contact', 'tag', 'notify', 'mail', 'screenshot']);
/** Word that reaches them, said after: "let her employer know", "his sponsors get an email". */
const SENT_AFTER = new Set(['know', 'email', 'emails', 'message', 'messages', 'sees', 'see']);
const SEND_REACH = 5;
/** Their own: "her number", "his wife". */
const POSSESSIVES = new Set(['her', 'his']);

/** Someone other than the reader. */
const THIRD = new Set(['her', 'him', 'his', 'she', 'he', 'hers']);
/** "this guy", "that account": a pointer, then a person or their page. */
const POINTERS = new Set(['this', 'that', 'the']);
const TARGETS = new Set([
  'guy', 'girl', 'dude', 'woman', 'man', 'lady', 'boy', 'kid', 'person', 'aunty', 'auntie', 'uncle', 'creator', 'streamer', 'influencer',
  'account', 'page', 'channel', 'user', 'clown', 'bitch', 'idiot', 'loser', 'creep', 'weirdo', 'freak', 'karen', 'minah', 'mat',
]);

/** Calls that are help or kindness, or a report of spam or a crime. */
export const KIND_CALLS: ReadonlySet<string> = new Set([
  'love', 'support', 'hearts', 'heart', 'kindness', 'positivity', 'birthday', 'wishes', 'congrats', 'hashtag', 'proud', 'follow', 'subscribe',
  'bot', 'bots', 'scam', 'scams', 'scammer', 'scammers', 'impersonator', 'police', 'authorities', 'cops', 'missing', 'lost',
  'wallet', 'bug', 'recipe', 'collab', 'hiring', 'raise', 'care', 'pretending', 'impersonating', 'appeal', 'subscribers', 'views',
]);

/** How far the act, the target and the call may lie apart. */
const REACH = 10;

export interface PileOnReading {
  from: number;
  to: number;
  /** The act itself, for the rule's negation check: "guys don't report her". */
  act: number;
}

/** The words that wake the reading: every call of it names an act, something exposed, a contact, a mark or an ending. */
export const PILE_ON_WORDS: ReadonlySet<string> = new Set([...ACTS, ...EXPOSED, ...WHEREABOUTS, ...CONTACTS, ...STARS, ...ENDINGS, ...HUNTS, 'down', 'pile', 'know']);

/** Words that may stand before an order to spread word: "and share this", "pls forward", "just send it". */
const SPREAD_LEADS = new Set(['and', 'pls', 'just']);

/** After a crowd word, these make it a story, not a call: "someone did this to her", "guys i found…", "my followers keep asking". */
const NOT_CALLED = new Set(['did', 'was', 'had', 'has', 'is', 'said', 'told', 'got', 'that', 'who', 'from', 'in', 'at', 'on', 'with', 'else', 'of', 'i', 'keep', 'kept']);

/** Before a crowd word, these make it an object or a question: "in the glare of everyone", "why would anyone". */
const NOT_CALLED_BEFORE = new Set(['of', 'to', 'by', 'with', 'for', 'from', 'than', 'like', 'at', 'about', 'would']);

const ALL_OF_YOU = new Set(['you', 'u']);

/** A call: a crowd word, "all of you", "let's", or an order to spread that opens its clause. */
function callAt(tokens: readonly Token[], index: number): boolean {
  // A call quoted is someone else's: 'the guy who said "go back to your country" should be banned'.
  return calls(tokens, index) && !isQuoted(tokens, index, index + 1);
}

function calls(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (readsOneOf(token, CROWD)) return !readsOneOf(tokens[index + 1], NOT_CALLED) && !readsOneOf(tokens[index - 1], NOT_CALLED_BEFORE);
  if (token.surface === 'let' && tokens[index + 1]?.surface === "'s") return true;
  if (token.surface === 'all' && tokens[index + 1]?.surface === 'of' && readsOneOf(tokens[index + 2], ALL_OF_YOU)) return true;
  return readsOneOf(token, SPREAD) && opensClause(tokens, index, SPREAD_LEADS);
}

/** Someone other than the reader at index: "her", "his", "this guy". */
function targetAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  return readsOneOf(token, THIRD) || (readsOneOf(token, TARGETS) && readsOneOf(tokens[index - 1], POINTERS));
}

/**
 * Theirs, or asked after: "her number", "his old tweets", "which school", "where she lives"; not
 * "his number one fan", nor told of: "it's leaking her number".
 */
function exposedAt(tokens: readonly Token[], index: number): boolean {
  if (tokens[index + 1]?.surface === 'one') return false;
  const [before, twoBefore] = [tokens[index - 1], tokens[index - 2]];
  if (readsOneOf(tokens[index], WHEREABOUTS)) return readsOneOf(before, ASKED_AFTER) || (readsOneOf(before, THIRD) && readsOneOf(twoBefore, ASKED_AFTER));
  const owner = readsOneOf(before, POSSESSIVES) ? index - 1 : readsOneOf(twoBefore, POSSESSIVES) && twoBefore?.punctAfter === '' ? index - 2 : -1;
  return owner !== -1 && !/(ing|ed)$/.test(tokens[owner - 1]?.surface ?? '');
}

/** Word sent to the people in their life: "send this to his wife", "let her employer know", "every sponsor of his gets an email". */
function contactReachedAt(tokens: readonly Token[], index: number): boolean {
  const theirs = readsOneOf(tokens[index - 1], POSSESSIVES) || (tokens[index + 1]?.surface === 'of' && readsOneOf(tokens[index + 2], POSSESSIVES));
  if (!theirs) return false;
  return tokens.slice(Math.max(0, index - SEND_REACH), index).some((token) => readsOneOf(token, SENDS)) ||
    tokens.slice(index + 1, index + 1 + SEND_REACH).some((token) => readsOneOf(token, SENT_AFTER));
}

/** An act that turns a crowd on someone at index. */
function harmAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (readsOneOf(token, ACTS)) return token.surface !== 'dig' || !readsOneOf(next, INTO_FOOD);
  if (readsOneOf(token, EXPOSED) || readsOneOf(token, WHEREABOUTS)) return exposedAt(tokens, index);
  if (readsOneOf(token, CONTACTS)) return contactReachedAt(tokens, index);
  // Wanted, not reported: "until her sponsors drop her", not "she got banned by mistake" or "she banned talking about it".
  if (readsOneOf(token, ENDINGS)) return !tokens.slice(Math.max(0, index - 2), index).some((before) => readsOneOf(before, REPORTED)) && !readsOneOf(tokens[index - 1], SUBJECTS);
  // "take him down", not "looking down on all of you" or "take him down to the clinic".
  if (token.surface === 'down') return next?.surface !== 'to' && tokens.slice(Math.max(0, index - 3), index).some((before) => readsOneOf(before, TAKES));
  // A hunt for the person ("find this guy"), a crowd let loose ("pile in", "you know what to do").
  if (readsOneOf(token, HUNTS)) return [1, 2].some((ahead) => targetAt(tokens, index + ahead) && !readsOneOf(tokens[index + ahead], POSSESSIVES));
  if (token.surface === 'pile') return next?.surface === 'in' || next?.surface === 'on';
  if (token.surface === 'know') return next?.surface === 'what' && tokens[index + 2]?.surface === 'to' && tokens[index + 3]?.surface === 'do';
  // Marks left en masse: "leave a 1 star", "laughing emojis on every post".
  return readsOneOf(token, STARS) && ONE_STAR.has(tokens[index - 1]?.surface ?? '');
}

/** Told to stop: "everyone stop sending his wife messages". */
function stoppedAt(tokens: readonly Token[], index: number): boolean {
  return tokens.slice(Math.max(0, index - 3), index).some((before) => readsOneOf(before, STOPS));
}

/**
 * The words [from, to) of a call on others to turn on someone, or undefined: a call, an act of a
 * pile-on, and someone else to pile on, within reach of each other.
 */
export function pileOnCall(tokens: readonly Token[]): PileOnReading | undefined {
  // Cheapest first: most sentences hold no act, and most of the rest no one else to turn on.
  const harms = indicesWhere(tokens, (index) => readsOneOf(tokens[index], PILE_ON_WORDS) && harmAt(tokens, index) && !stoppedAt(tokens, index));
  if (harms.length === 0) return undefined;
  const targets = indicesWhere(tokens, (index) => targetAt(tokens, index));
  if (targets.length === 0 || tokens.some((token) => readsOneOf(token, KIND_CALLS)) || hasPraise(tokens)) return undefined;
  for (let call = 0; call < tokens.length; call++) {
    const harm = harms.find((index) => index !== call && Math.abs(index - call) <= REACH);
    if (harm === undefined || !callAt(tokens, call)) continue;
    const target = targets.find((index) => Math.abs(index - harm) <= REACH);
    if (target !== undefined) return { from: Math.min(call, harm, target), to: Math.max(call, harm, target) + 1, act: harm };
  }
  return undefined;
}

function indicesWhere(tokens: readonly Token[], test: (index: number) => boolean): number[] {
  const found: number[] = [];
  for (let index = 0; index < tokens.length; index++) if (test(index)) found.push(index);
  return found;
}
