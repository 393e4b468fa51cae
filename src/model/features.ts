/**
 * The model's features: one function used by training (scripts/train.ts) and by the linter, so
 * what the model learned from is exactly what it sees at run time (no train/serve skew).
 *
 * Every feature is a hashed id (FNV-1a of a short key, masked to the model's bucket count), a
 * value, and the range of original text it came from, so a finding can point at the words that
 * contributed most: a linear model's contribution of a feature is exactly weight x value.
 *
 * Beyond word and word-pair n-grams, the features say who the words are about and in what scope:
 * - `y|w`, `s|w`, `g|w`: a word within a few words after "you"/"your"/@mention (the reader), "I"
 *   (the writer) or a word naming a group of people;
 * - `neg`: a negative evaluation word (AFINN-165 valence <= -2, via natural's sentiment lexicon),
 *   alone and crossed with the addressee, the group and negation;
 * - `gen`: a generalisation: group word + are/always/never/should/can't... + negative word;
 * - `n|w`, `q|w`: a word in the scope of a negation, or inside quotation marks;
 * - `rep`: reported speech (said/called/told ... with a quote), `ngl`: "not gonna lie",
 *   "no offense but" (openers that introduce an insult and must not read as negation);
 * - `r|rule|message`: what the rules found, inside quotes or not.
 */
import type { Document, Sentence } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import { NEGATIONS, SPEAKER, YOU, YOUR, YOURSELF } from '../text/english.js';
import { GROUP_NOUNS, IDENTITY_ADJECTIVES } from '../../rules/identity-attacks/groups.js';
import { IDENTITY_WORDS } from '../../rules/micro-aggressions/phrases.js';
import { negativeWords } from './lexicon.js';
import { WordFilter } from '../text/word-filter.js';

/** What a rule found, as a signal for the model. */
export interface RuleSignal {
  ruleId: string;
  messageId: string;
  /** [start, end) in the original text. */
  range: readonly [number, number];
}

/**
 * Features of one text, in parallel arrays of which the first `count` entries are used. Every
 * feature counts 1; one seen twice counts twice.
 */
export interface Features {
  count: number;
  /** Hashed ids, already masked to the bucket count. */
  ids: Int32Array;
  /** [starts[i], ends[i]) in the original text; -1 for features of the whole text. */
  starts: Int32Array;
  ends: Int32Array;
}

const INITIAL_CAPACITY = 512;

/**
 * Where extractFeatures writes: one buffer, reused by every call, as the linter scores every line
 * and four growing arrays per line were a fifth of what the model cost. So what extractFeatures
 * returns holds only until its next call: copyFeatures keeps it longer.
 */
class FeatureBuffer implements Features {
  count = 0;
  ids: Int32Array = new Int32Array(INITIAL_CAPACITY);
  starts: Int32Array = new Int32Array(INITIAL_CAPACITY);
  ends: Int32Array = new Int32Array(INITIAL_CAPACITY);
  mask = 0;

  reset(bits: number): void {
    this.count = 0;
    this.mask = (1 << bits) - 1;
  }

  add(hash: number, start: number, end: number): void {
    if (this.count === this.ids.length) this.grow();
    const at = this.count++;
    this.ids[at] = hash & this.mask;
    this.starts[at] = start;
    this.ends[at] = end;
  }

  private grow(): void {
    const grown = (array: Int32Array): Int32Array => {
      const larger = new Int32Array(array.length * 2);
      larger.set(array);
      return larger;
    };
    this.ids = grown(this.ids);
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
  }
}

const buffer = new FeatureBuffer();

/** A copy of `features` that later extractFeatures calls leave alone. */
export function copyFeatures(features: Features): Features {
  const { count } = features;
  return { count, ids: features.ids.slice(0, count), starts: features.starts.slice(0, count), ends: features.ends.slice(0, count) };
}

const GROUP = new Set<string>([...GROUP_NOUNS.keys(), ...IDENTITY_ADJECTIVES.keys(), ...IDENTITY_WORDS]);
const READER = new Set<string>([...YOU, ...YOUR, ...YOURSELF]);
/** "you people": the reader as a group. */
const GENERALISING_LINKS = new Set(['are', 'r', 'is', 'always', 'never', 'should', 'cannot', 'can', 'not', 'do', 'does', 'all', 'just', 'will', 'only', 'belong', 'need', 'deserve']);
const REPORTING_VERBS = new Set(['said', 'says', 'say', 'called', 'calls', 'call', 'calling', 'told', 'tell', 'tells', 'wrote', 'write', 'claimed', 'claims', 'yelled', 'shouted', 'accused', 'named', 'labelled', 'labeled', 'quote', 'quoting', 'reported', 'saying']);
const CLOSING_QUOTES = /["\u201D\u00BB]/;

const READER_WINDOW = 5;
const SPEAKER_WINDOW = 3;
const GROUP_WINDOW = 5;
const NEGATION_WINDOW = 3;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues an FNV-1a hash over more characters: hashing "a|" then "b" equals hashing "a|b". */
export function continueHash(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** FNV-1a, 32 bits, of a string's UTF-16 code units. */
export function hashKey(key: string): number {
  return continueHash(FNV_OFFSET, key);
}

/** Prefix hashes, so a feature key is hashed without building its string. */
const PREFIX = {
  unigram: hashKey('u|'),
  bigram: hashKey('b|'),
  reader: hashKey('y|'),
  speaker: hashKey('s|'),
  group: hashKey('g|'),
  negated: hashKey('n|'),
  quoted: hashKey('q|'),
};
const SPACE = 32;

function addChar(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

/** The word a token stands for: its most decoded reading (`1d10t` -> `idiot`), or a class. */
export function keyOf(token: Token): string {
  switch (token.kind) {
    case 'mention':
      return '@user';
    case 'url':
      return 'URL';
    case 'number':
      return '0';
    case 'hashtag':
      return token.surface.slice(1);
    default:
      return token.forms[token.forms.length - 1] as string;
  }
}

/** "not gonna lie", "no offense": negation words that introduce what follows instead of denying it. */
function isFalseNegation(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.surface;
  const after = tokens[index + 2]?.surface;
  if (next === 'offense' || next === 'offence' || next === 'hate' || next === 'shade' || next === 'cap') return true;
  return (next === 'gonna' || next === 'going') && (after === 'lie' || after === 'to');
}

/** What the features need to know about one word, as bits of one number (no object per token). */
const READER_BIT = 1;
const SPEAKER_BIT = 2;
const GROUP_BIT = 4;
const LINK_BIT = 8;
const REPORTING_BIT = 16;
const NEGATION_BIT = 32;
/** Read from the token's key only (its most decoded reading). */
const NEGATIVE_BIT = 64;
/** Read from the token's surface only: "dont", "cant", "nt" negate; "ngl", "tbh", "honestly" open. */
const SURFACE_NEGATION_BIT = 128;
const OPENER_BIT = 256;
const FORM_BITS = READER_BIT | SPEAKER_BIT | GROUP_BIT | LINK_BIT | REPORTING_BIT | NEGATION_BIT;

/**
 * Every word class above in one map, word -> bits: one lookup per form instead of one per class.
 * A fixed map of known words, not a cache: a cache by word (tried) held 30-40 MB per thread on a
 * large scan and cost more in lookups and garbage collection than it saved. Built on first use.
 */
let wordBits: ReadonlyMap<string, number> | undefined;
/** Tells most words that are in none of the classes without a lookup in `wordBits`. */
let wordFilter: WordFilter | undefined;

function buildWordBits(): ReadonlyMap<string, number> {
  const bits = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const word of words) bits.set(word, (bits.get(word) ?? 0) | bit);
  };
  mark(READER, READER_BIT);
  mark(SPEAKER, SPEAKER_BIT);
  mark(GROUP, GROUP_BIT);
  mark(GENERALISING_LINKS, LINK_BIT);
  mark(REPORTING_VERBS, REPORTING_BIT);
  mark(NEGATIONS, NEGATION_BIT);
  mark(negativeWords(), NEGATIVE_BIT);
  mark(['dont', 'cant', 'nt'], SURFACE_NEGATION_BIT);
  mark(['ngl', 'tbh', 'honestly'], OPENER_BIT);
  wordFilter = new WordFilter(bits.keys());
  return bits;
}

/** The bits of one token: class bits from any form, NEGATIVE from its key, the surface bits from its surface. */
function tokenBits(token: Token): number {
  const table = (wordBits ??= buildWordBits());
  const filter = wordFilter as WordFilter;
  const { forms } = token;
  let bits = 0;
  let formBits = 0;
  let surfaceBits = 0;
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f] as string;
    formBits = filter.mayHave(form) ? (table.get(form) ?? 0) : 0;
    if (f === 0) surfaceBits = formBits;
    bits |= formBits & FORM_BITS;
  }
  // For a word the key is its last form (keyOf); other kinds are never negative words.
  if (token.kind === 'word' && (formBits & NEGATIVE_BIT) !== 0) bits |= NEGATIVE_BIT;
  if (token.kind === 'mention') bits |= READER_BIT;
  // The surface is the first form; look it up apart only if some reader built forms otherwise.
  if (forms[0] !== token.surface) surfaceBits = filter.mayHave(token.surface) ? (table.get(token.surface) ?? 0) : 0;
  bits |= surfaceBits & (SURFACE_NEGATION_BIT | OPENER_BIT);
  if ((bits & SURFACE_NEGATION_BIT) !== 0) bits |= NEGATION_BIT;
  return bits;
}

/** Hashes of the fixed feature names, worked out once. */
const NAMED = {
  neg: hashKey('neg'),
  readerNeg: hashKey('y|neg'),
  speakerNeg: hashKey('s|neg'),
  groupNeg: hashKey('g|neg'),
  gen: hashKey('gen'),
  negatedNeg: hashKey('n|neg'),
  quotedNeg: hashKey('q|neg'),
  rep: hashKey('rep'),
  ngl: hashKey('ngl'),
};

const SENTENCE_START = addChar(continueHash(PREFIX.bigram, '^'), SPACE);
const OPENING_QUOTE_CHARS = /["\u201C\u00AB]/;
const CLAUSE_END = /[,;:]/;

/** Adds the features of one sentence. */
function addSentence(sentence: Sentence, out: FeatureBuffer): void {
  const { tokens } = sentence;
  let readerUntil = -1;
  let speakerUntil = -1;
  let groupAt = -1;
  let linkedToGroup = false;
  let negationUntil = -1;
  let quoted = false;
  let reporting = false;
  let pairStart = SENTENCE_START;
  let previousStart = (tokens[0] as Token).start;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // Not a quote that opens the sentence: the weights were learned without them, and a whole
    // comment wrapped in quotes (as some exports write them) is the writer's own words.
    if (i > 0 && token.punctBefore !== '' && OPENING_QUOTE_CHARS.test(token.punctBefore)) quoted = true;
    const key = keyOf(token);
    const bits = tokenBits(token);
    const { start, end } = token;
    const inReader = i <= readerUntil;
    const inSpeaker = i <= speakerUntil;
    const inGroup = groupAt >= 0 && i - groupAt <= GROUP_WINDOW;
    const inNegation = i <= negationUntil;
    // The unigram, the pairs ending and starting here, and the key in each scope it is in, hashed
    // in one pass over the key.
    let unigram = PREFIX.unigram;
    let pair = pairStart;
    let nextPair = PREFIX.bigram;
    let reader = PREFIX.reader;
    let speaker = PREFIX.speaker;
    let group = PREFIX.group;
    let negated = PREFIX.negated;
    let inQuotes = PREFIX.quoted;
    const scoped = inReader || inSpeaker || inGroup || inNegation || quoted;
    for (let c = 0; c < key.length; c++) {
      const code = key.charCodeAt(c);
      unigram = Math.imul(unigram ^ code, FNV_PRIME);
      pair = Math.imul(pair ^ code, FNV_PRIME);
      nextPair = Math.imul(nextPair ^ code, FNV_PRIME);
      if (scoped) {
        reader = Math.imul(reader ^ code, FNV_PRIME);
        speaker = Math.imul(speaker ^ code, FNV_PRIME);
        group = Math.imul(group ^ code, FNV_PRIME);
        negated = Math.imul(negated ^ code, FNV_PRIME);
        inQuotes = Math.imul(inQuotes ^ code, FNV_PRIME);
      }
    }
    out.add(unigram >>> 0, start, end);
    out.add(pair >>> 0, previousStart, end);
    pairStart = addChar(nextPair >>> 0, SPACE);
    previousStart = start;

    const negative = (bits & NEGATIVE_BIT) !== 0;
    if (negative) out.add(NAMED.neg, start, end);
    if (inReader) {
      out.add(reader >>> 0, start, end);
      if (negative) out.add(NAMED.readerNeg, start, end);
    }
    if (inSpeaker) {
      out.add(speaker >>> 0, start, end);
      if (negative) out.add(NAMED.speakerNeg, start, end);
    }
    if (inGroup) {
      out.add(group >>> 0, start, end);
      if (negative) {
        out.add(NAMED.groupNeg, start, end);
        // "<group> are always <negative>": a generalisation about everyone in the group.
        if (linkedToGroup) out.add(NAMED.gen, (tokens[groupAt] as Token).start, end);
      }
      if (i > groupAt && (bits & LINK_BIT) !== 0) linkedToGroup = true;
    }
    if (inNegation) {
      out.add(negated >>> 0, start, end);
      if (negative) out.add(NAMED.negatedNeg, start, end);
    }
    if (quoted) {
      out.add(inQuotes >>> 0, start, end);
      if (negative) out.add(NAMED.quotedNeg, start, end);
      if (reporting) out.add(NAMED.rep, start, end);
    }

    if ((bits & READER_BIT) !== 0) readerUntil = i + READER_WINDOW;
    if ((bits & SPEAKER_BIT) !== 0) speakerUntil = i + SPEAKER_WINDOW;
    if ((bits & GROUP_BIT) !== 0) {
      groupAt = i;
      linkedToGroup = false;
    }
    if ((bits & REPORTING_BIT) !== 0) reporting = true;
    if ((bits & NEGATION_BIT) !== 0) {
      if (isFalseNegation(tokens, i)) out.add(NAMED.ngl, start, end);
      else negationUntil = i + NEGATION_WINDOW;
    }
    if ((bits & OPENER_BIT) !== 0) out.add(NAMED.ngl, start, end);
    if (token.punctAfter !== '') {
      if (quoted && CLOSING_QUOTES.test(token.punctAfter)) quoted = false;
      // A clause boundary ends the scopes.
      if (CLAUSE_END.test(token.punctAfter)) {
        negationUntil = -1;
        groupAt = -1;
      }
    }
  }
  const last = tokens[tokens.length - 1] as Token;
  out.add(continueHash(pairStart, '$'), last.start, last.end);
}


/**
 * The features of a document and the rule findings on it.
 *
 * The result holds until the next call (see FeatureBuffer).
 *
 * @param bits the model's bucket count as a power of two: ids are masked to `2 ** bits - 1`.
 * @param quoteRange where to count quotes: the sentences' lines when omitted; a window of a long
 *   line passes its own range, so a line of a thousand windows is not read a thousand times.
 */
export function extractFeatures(document: Document, signals: readonly RuleSignal[], bits: number, quoteRange?: readonly [number, number]): Features {
  const features = buffer;
  features.reset(bits);
  for (const sentence of document.sentences) addSentence(sentence, features);
  if (signals.length === 0) return features;
  const { sentences, text } = document;
  if (sentences.length === 0) return features;
  // Quotes are counted over the lines the sentences are on (the whole text for one line), not
  // the whole text: a 20,000-line file is scored line by line and must stay linear.
  const lineStart = quoteRange?.[0] ?? text.lastIndexOf('\n', (sentences[0] as Sentence).start - 1) + 1;
  const lineEnd = quoteRange?.[1] ?? text.indexOf('\n', (sentences[sentences.length - 1] as Sentence).end);
  const quotedText = isInQuotes(text, lineStart, lineEnd === -1 ? text.length : lineEnd);
  for (const signal of signals) {
    const [start, end] = signal.range;
    const hashes = signalHashes(signal.ruleId, signal.messageId);
    const quoted = quotedText(start) ? 2 : 0;
    features.add(hashes[quoted] as number, start, end);
    features.add(hashes[quoted + 1] as number, start, end);
  }
  return features;
}

/** Per rule and message: the hashes of `r|rule|message`, `r|rule`, and of both with `|q` (quoted). */
const signalHashCache = new Map<string, Map<string, readonly number[]>>();

function signalHashes(ruleId: string, messageId: string): readonly number[] {
  let byMessage = signalHashCache.get(ruleId);
  if (byMessage === undefined) signalHashCache.set(ruleId, (byMessage = new Map()));
  let hashes = byMessage.get(messageId);
  if (hashes === undefined) {
    hashes = [hashKey(`r|${ruleId}|${messageId}`), hashKey(`r|${ruleId}`), hashKey(`r|${ruleId}|${messageId}|q`), hashKey(`r|${ruleId}|q`)];
    byMessage.set(messageId, hashes);
  }
  return hashes;
}

/** Whether an offset of text[from, to) sits between straight or curly double quotes (counted from `from`). */
function isInQuotes(text: string, from: number, to: number): (offset: number) => boolean {
  const marks: number[] = [];
  for (let i = from; i < to; i++) {
    const char = text.charCodeAt(i);
    if (char === 34 || char === 0x201c || char === 0x201d || char === 0xab || char === 0xbb) marks.push(i);
  }
  return (offset) => {
    let count = 0;
    for (const mark of marks) {
      if (mark >= offset) return count % 2 === 1 && marks.some((later) => later >= offset);
      count++;
    }
    return false;
  };
}
