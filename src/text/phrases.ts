/**
 * Phrase patterns over tokens: a tiny, linear-time language for rule data.
 *
 * A pattern is slots separated by spaces, matched one token per slot:
 * - `word`        the token reads `word` (any of its forms: `1d10t` reads `idiot`)
 * - `a|b|c`       any of these words
 * - `<name>`      any word of a named class passed to `compilePhrases` (`<you>`, `<insult>`)
 * - `*`           any one token
 * - a slot ending in `?` may be skipped (`you are so? <insult>`)
 * - `(no one|nobody) asked` groups alternatives of several words; the pattern is expanded into one
 *   pattern per alternative (`no one asked`, `nobody asked`). Inside a slot, `a|b` is one word each.
 *
 * No regular expressions and no unbounded repetition, so no pattern can make matching hang.
 */
import type { Token } from './tokenize.js';
import { WordFilter } from './word-filter.js';

export type WordClass = ReadonlySet<string>;

/** A word class that also reads any @mention (made by `orMention`). */
class WordsOrMention extends Set<string> {
  override has(word: string): boolean {
    return word.startsWith('@') || super.has(word);
  }
}

/**
 * A word class that also reads any @mention: "I'll find @jake and hurt him" names its target. A
 * slot with such a class in it reads mentions, alone or among other choices.
 */
export function orMention(words: Iterable<string>): WordClass {
  return new WordsOrMention(words);
}

/** Whether a slot's words can hold a mention, which no list of its words shows. */
function readsMentions(words: WordClass | undefined): boolean {
  return words instanceof WordsOrMention;
}

/** The index's key for "any @mention": no token's form is a lone `@`. */
const ANY_MENTION = '@';

/** A slot's words as index keys: any mention under ANY_MENTION. */
function keysOf(words: WordClass): Iterable<string> {
  return readsMentions(words) ? [...words, ANY_MENTION] : words;
}

/** What a token is looked up by in the index: its forms, and ANY_MENTION for a mention. */
function lookupsOf(token: Token): readonly string[] {
  return token.kind === 'mention' ? [...token.forms, ANY_MENTION] : token.forms;
}

interface Slot {
  words: WordClass | undefined; // undefined: any token
  optional: boolean;
}

export interface CompiledPhrase<T> {
  pattern: string;
  entry: T;
  slots: Slot[];
  /** Position among all compiled phrases: candidates gathered from several lists are tried in this order. */
  order: number;
}

/**
 * The phrases that start with one word, indexed again by what the next token must read. Most
 * tokens after a common first word ("you") read none of the words the phrases need next, so
 * whole lists are skipped without trying a phrase.
 */
interface FirstWordEntry<T> {
  /** Phrases that need the next token to read one of their words, by that word. */
  byNext: Map<string, CompiledPhrase<T>[]>;
  /** Phrases that may match whatever follows (a wildcard next, or all later slots optional). */
  loose: CompiledPhrase<T>[];
}

export interface PhraseMatch<T> {
  entry: T;
  pattern: string;
  /** Token indices in the sentence, [from, to). */
  from: number;
  to: number;
}

export interface PhraseMatcher<T> {
  /** Every match in `tokens`, leftmost first, not overlapping; at one start, the longest wins. */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[];
  /**
   * The longest match that starts at token `start`, or undefined: for patterns made of parts, one
   * matcher per part ("I'll" + "break your jaw") instead of every combination compiled.
   */
  matchAt(tokens: readonly Token[], start: number): PhraseMatch<T> | undefined;
  /**
   * Words of which every match contains at least one: for each pattern, the words of its most
   * telling required slot (`kill` rather than `i` in `i will kill <you>`). A text with none of them
   * cannot match. Undefined when some pattern has no required word slot.
   */
  vocabulary: ReadonlySet<string> | undefined;
}

/** Slots without a class, by their source, shared by every matcher compiled. */
const PLAIN_SLOTS = new Map<string, Slot>();

function parseSlot(source: string, classes: Readonly<Record<string, WordClass>>, pattern: string): Slot {
  const optional = source.endsWith('?');
  const body = optional ? source.slice(0, -1) : source;
  if (body === '*') return { words: undefined, optional };
  // A slot that is exactly one class shares the class's set instead of copying it.
  const alone = /^<(\w+)>$/.exec(body);
  if (alone !== null && classes[alone[1] as string] !== undefined) return { words: classes[alone[1] as string], optional };
  // Each choice is a word or a named class; a class that reads mentions makes the slot read them.
  const choices = body.split('|').map((choice): string | WordClass => {
    if (!choice.startsWith('<') || !choice.endsWith('>')) return choice;
    const named = classes[choice.slice(1, -1)];
    if (named === undefined) throw new Error(`Unknown word class ${choice} in phrase "${pattern}"`);
    return named;
  });
  const words = choices.some((choice) => typeof choice !== 'string' && readsMentions(choice)) ? new WordsOrMention() : new Set<string>();
  for (const choice of choices) {
    if (typeof choice !== 'string') for (const word of choice) words.add(word);
    else if (choice !== '') words.add(choice);
  }
  return { words, optional };
}

function tokenReads(token: Token, words: WordClass | undefined): boolean {
  if (words === undefined) return true;
  for (const form of token.forms) if (words.has(form)) return true;
  return false;
}

/** Returns the token index just past the match, or -1. Slots are few, so recursion is shallow. */
function matchFrom(slots: readonly Slot[], slotIndex: number, tokens: readonly Token[], tokenIndex: number): number {
  if (slotIndex === slots.length) return tokenIndex;
  const slot = slots[slotIndex] as Slot;
  const token = tokens[tokenIndex];
  if (token !== undefined && tokenReads(token, slot.words)) {
    const end = matchFrom(slots, slotIndex + 1, tokens, tokenIndex + 1);
    if (end !== -1) return end;
  }
  return slot.optional ? matchFrom(slots, slotIndex + 1, tokens, tokenIndex) : -1;
}

/**
 * The words the token after a required first slot must read for the phrase to match, or
 * undefined when any token (or none) will do: the optional slots after the first, up to and
 * including the first required one.
 */
function nextWords(slots: readonly Slot[]): ReadonlySet<string> | undefined {
  const words = new Set<string>();
  for (let k = 1; k < slots.length; k++) {
    const slot = slots[k] as Slot;
    if (slot.words === undefined) return undefined;
    for (const word of keysOf(slot.words)) words.add(word);
    if (!slot.optional) return words;
  }
  return undefined;
}

/** Merges phrase lists, each in compile order, into one in compile order, without repeats. */
function mergeInOrder<T>(lists: readonly CompiledPhrase<T>[][]): CompiledPhrase<T>[] {
  const merged = lists.flat().sort((a, b) => a.order - b.order);
  return merged.filter((phrase, index) => index === 0 || merged[index - 1] !== phrase);
}

/** Words so common that a slot made of them tells little about whether a pattern can match. */
const COMMON_WORDS = new Set([
  'you', 'u', 'ur', 'ya', 'your', 'yourself', 'i', 'we', 'me', 'my', 'the', 'a', 'an', 'is', 'are', 'am', 'be', 'to',
  'of', 'in', 'on', 'it', 'that', 'this', 'so', 'and', 'or', 'not', 'no', 'do', 'what', 'who', 'how', 'why', 'all',
  'just', 'will', 'would', 'can', 'have', 'get', 'go', 'like', 'for', 'with', 'at', 'one', 'people', 'was', 'r',
  'but', 'where', 'when', 'them', 'him', 'her', 'up', 'off', 'out', 'know', 'did', 'does', 'there', 'they', 'he', 'she',
  'if', 'as', 'from', 'about', 'back', 'more', 'too', 'very', 'really', 'much', 'many', 'some', 'any', 'make', 'see',
  // Everyday nouns: "have a great day" should wake no rule that has another word to wait for.
  'day', 'time',
]);

/** How little a set of words tells (common words first, then size); cached, as classes are shared by many slots. */
const vaguenessOf = new WeakMap<WordClass, number>();
function vagueness(words: WordClass): number {
  let score = vaguenessOf.get(words);
  if (score === undefined) {
    // Count from the smaller side: a slot's few words, or the common words against a big class.
    let common = 0;
    if (words.size <= COMMON_WORDS.size) for (const word of words) common += COMMON_WORDS.has(word) ? 1 : 0;
    else for (const word of COMMON_WORDS) common += words.has(word) ? 1 : 0;
    score = common * 10_000 + words.size;
    vaguenessOf.set(words, score);
  }
  return score;
}

/** The required slot whose words best tell that a pattern may match: uncommon first, then fewest. */
function tellingSlot(slots: readonly Slot[]): WordClass | undefined {
  let best: WordClass | undefined;
  let bestScore = Infinity;
  for (const slot of slots) {
    // A slot that reads mentions tells nothing a word list can: a mention is no listed word.
    if (slot.optional || slot.words === undefined || readsMentions(slot.words)) continue;
    const score = vagueness(slot.words);
    if (score < bestScore) {
      best = slot.words;
      bestScore = score;
    }
  }
  return best;
}

const GROUP = /\(([^()]*)\)/;
/**
 * A group of one-word choices standing alone, `(is|was|are)` or `(she|<you>)?`: it reads like the
 * slot `is|was|are`, so it stays one slot instead of one pattern per choice (one micro-aggression
 * pattern with such groups of 5 and 10 words compiled to 100 patterns, and start-up paid for each).
 */
const ONE_WORD_CHOICES = /(^|\s)\(([^()\s?|]+(?:\|[^()\s?|]+)+)\)(?=[\s?]|$)/g;

/** Expands `(a b|c) d` into `a b d` and `c d`, group by group; `(a|b) c` is the one pattern `a|b c`. */
export function expandGroups(pattern: string): string[] {
  return expandChoices(pattern.replace(ONE_WORD_CHOICES, '$1$2'));
}

function expandChoices(pattern: string): string[] {
  const group = GROUP.exec(pattern);
  if (group === null) return [pattern.trim().replace(/\s+/g, ' ')];
  const before = pattern.slice(0, group.index);
  const after = pattern.slice(group.index + group[0].length);
  return (group[1] as string).split('|').flatMap((choice) => expandChoices(`${before}${choice}${after}`));
}

/**
 * Parses a slot's source once per matcher: patterns repeat slots (`<you>`, `are|is`). Slots of
 * plain words are shared by every matcher, as the rules' patterns repeat them too (`to`, `the`,
 * `are|is`); slots are never changed after parsing.
 */
function slotParser(classes: Readonly<Record<string, WordClass>>): (source: string, pattern: string) => Slot {
  const slotsBySource = new Map<string, Slot>();
  return (source, pattern) => {
    let slot = slotsBySource.get(source) ?? PLAIN_SLOTS.get(source);
    if (slot === undefined) {
      slot = parseSlot(source, classes, pattern);
      (source.includes('<') ? slotsBySource : PLAIN_SLOTS).set(source, slot);
    }
    return slot;
  };
}

/** Expands, parses and ranks every pattern: the matcher's phrases in order, and its vocabulary. */
function parsePhrases<T>(
  entries: readonly { pattern: string; entry: T }[],
  classes: Readonly<Record<string, WordClass>>,
): { compiled: CompiledPhrase<T>[]; vocabulary: ReadonlySet<string> | undefined } {
  let vocabulary: Set<string> | undefined = new Set<string>();
  // Each telling set is added to the vocabulary once.
  const slotOf = slotParser(classes);
  const inVocabulary = new Set<WordClass>();
  const expanded = entries.flatMap(({ pattern, entry }) => expandGroups(pattern).map((variant) => ({ variant, pattern, entry })));
  const compiled = expanded.map(({ variant, pattern, entry }, order): CompiledPhrase<T> => {
    const slots = variant.split(' ').map((source) => slotOf(source, pattern));
    const telling = tellingSlot(slots);
    if (telling === undefined) vocabulary = undefined;
    else if (vocabulary !== undefined && !inVocabulary.has(telling)) {
      inVocabulary.add(telling);
      for (const word of telling) vocabulary.add(word);
    }
    return { pattern: variant, entry, slots, order };
  });
  return { compiled, vocabulary };
}

const CLASS_NAME = /<(\w+)>/g;

/** Names a class no one passed as soon as the patterns are compiled, not when first matched. */
function checkClassNames(entries: readonly { pattern: string }[], classes: Readonly<Record<string, WordClass>>): void {
  for (const { pattern } of entries) {
    if (!pattern.includes('<')) continue;
    for (const [choice, name] of pattern.matchAll(CLASS_NAME)) {
      if (classes[name as string] === undefined) throw new Error(`Unknown word class ${choice} in phrase "${pattern}"`);
    }
  }
}

/** Patterns are numbered entry by entry, each variant of an entry's groups after the other. */
const VARIANTS_PER_ENTRY = 100_000;

/** A matcher's phrases by first word: each word's entry is built the first time a token reads it. */
interface LazyIndex<T> {
  entryFor(word: string): FirstWordEntry<T> | undefined;
  /** Phrases whose first slot is optional or any word: tried at every start. */
  anyStart: CompiledPhrase<T>[];
  firstWords: WordFilter;
}

/** Indexes `phrases` (in compile order) that start with one word by the word after it. */
function firstWordEntry<T>(phrases: readonly CompiledPhrase<T>[]): FirstWordEntry<T> {
  const indexed: FirstWordEntry<T> = { byNext: new Map(), loose: [] };
  for (const phrase of phrases) {
    const next = nextWords(phrase.slots);
    if (next === undefined) indexed.loose.push(phrase);
    else for (const after of next) {
      const list = indexed.byNext.get(after);
      if (list === undefined) indexed.byNext.set(after, [phrase]);
      else list.push(phrase);
    }
  }
  return indexed;
}

/** The lazy index over phrases already parsed (the vocabulary asked for them first). */
function indexParsed<T>(compiled: readonly CompiledPhrase<T>[]): LazyIndex<T> {
  const byWord = new Map<string, CompiledPhrase<T>[]>();
  const anyStart: CompiledPhrase<T>[] = [];
  for (const phrase of compiled) {
    const first = phrase.slots[0];
    if (first === undefined || first.optional || first.words === undefined) anyStart.push(phrase);
    else for (const word of keysOf(first.words)) {
      const list = byWord.get(word);
      if (list === undefined) byWord.set(word, [phrase]);
      else list.push(phrase);
    }
  }
  return lazyEntries(byWord, (phrases) => phrases, anyStart);
}

/**
 * The lazy index straight from the patterns: each is bucketed by the words of its first slot, read
 * from its first word of source, and expanded and parsed only when one of those words is met. A
 * pattern that opens with a group is expanded at once (its variants start differently).
 */
function indexByFirstWord<T>(entries: readonly { pattern: string; entry: T }[], classes: Readonly<Record<string, WordClass>>): LazyIndex<T> {
  const slotOf = slotParser(classes);
  const compile = (variant: string, pattern: string, entry: T, order: number): CompiledPhrase<T> => ({
    pattern: variant,
    entry,
    slots: variant.split(' ').map((source) => slotOf(source, pattern)),
    order,
  });
  // Each entry's variants, compiled once, whichever of its first words is met first.
  const compiledOf = new Map<number, CompiledPhrase<T>[]>();
  const variantsOf = (index: number): CompiledPhrase<T>[] => {
    let compiled = compiledOf.get(index);
    if (compiled === undefined) {
      const { pattern, entry } = entries[index] as { pattern: string; entry: T };
      compiled = expandGroups(pattern).map((variant, k) => compile(variant, pattern, entry, index * VARIANTS_PER_ENTRY + k));
      compiledOf.set(index, compiled);
    }
    return compiled;
  };
  const byWord = new Map<string, number[]>();
  const anyStart: CompiledPhrase<T>[] = [];
  entries.forEach(({ pattern }, index) => {
    const source = pattern.trim().split(/\s+/, 1)[0] as string;
    const first = source.includes('(') ? undefined : slotOf(source, pattern);
    if (first === undefined) {
      // Opens with a group: its variants may start with different words.
      for (const phrase of variantsOf(index)) {
        const slot = phrase.slots[0];
        if (slot === undefined || slot.optional || slot.words === undefined) anyStart.push(phrase);
        else for (const word of keysOf(slot.words)) addTo(byWord, word, index);
      }
    } else if (first.optional || first.words === undefined) {
      anyStart.push(...variantsOf(index));
    } else {
      for (const word of keysOf(first.words)) addTo(byWord, word, index);
    }
  });
  anyStart.sort((a, b) => a.order - b.order);
  return lazyEntries(byWord, (indices, word) => indices.flatMap((index) => variantsOf(index).filter((phrase) => readsFirst(phrase, word))), anyStart);
}

/** True when a phrase's required first slot reads `word` (a variant of an entry that opens with a group may not). */
function readsFirst<T>(phrase: CompiledPhrase<T>, word: string): boolean {
  const first = phrase.slots[0];
  if (first === undefined || first.optional || first.words === undefined) return false;
  return word === ANY_MENTION ? readsMentions(first.words) : first.words.has(word);
}

function addTo(byWord: Map<string, number[]>, word: string, index: number): void {
  const list = byWord.get(word);
  if (list === undefined) byWord.set(word, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

/** A LazyIndex over buckets of anything that `phrasesOf` turns into a word's phrases, in compile order. */
function lazyEntries<T, B>(buckets: ReadonlyMap<string, B>, phrasesOf: (bucket: B, word: string) => CompiledPhrase<T>[], anyStart: CompiledPhrase<T>[]): LazyIndex<T> {
  const built = new Map<string, FirstWordEntry<T>>();
  return {
    entryFor(word) {
      let indexed = built.get(word);
      if (indexed === undefined) {
        const bucket = buckets.get(word);
        if (bucket === undefined) return undefined;
        indexed = firstWordEntry(phrasesOf(bucket, word));
        built.set(word, indexed);
      }
      return indexed;
    },
    anyStart,
    firstWords: new WordFilter(buckets.keys()),
  };
}

/**
 * Compiles patterns into a matcher indexed by their first word, so a sentence is scanned once
 * whatever the number of patterns.
 *
 * @example
 * const m = compilePhrases([{ pattern: 'nobody asked', entry: 'exclusion' }]);
 * m.matchAll(createDocument('Nobody asked.').sentences[0].tokens); // [{ entry: 'exclusion', from: 0, to: 2, ... }]
 */
export function compilePhrases<T>(
  entries: readonly { pattern: string; entry: T }[],
  classes: Readonly<Record<string, WordClass>> = {},
): PhraseMatcher<T> {
  checkClassNames(entries, classes);
  // Parsing waits for the first use: most rules' lists are never needed by a short check, and a
  // bundled CLI knows the built-in rules' vocabularies without parsing (src/core/define-rule.ts).
  let parsed: { compiled: CompiledPhrase<T>[]; vocabulary: ReadonlySet<string> | undefined } | undefined;
  const parse = () => (parsed ??= parsePhrases(entries, classes));

  // The index by first word is built when the matcher is first used, and each first word's phrases
  // are parsed and indexed by their second word only when a token first reads that word: a run
  // that checks one short text wakes few rules and meets few first words, and parsing and indexing
  // every phrase of a woken rule was most of what start-up spent on rule data.
  let index: LazyIndex<T> | undefined;
  const buildIndex = (): LazyIndex<T> => {
    const done = parsed?.compiled;
    return done === undefined ? indexByFirstWord(entries, classes) : indexParsed(done);
  };
  /** The phrases of `indexed` that may match given the token after the first (all of them, in compile order). */
  const candidates = (indexed: FirstWordEntry<T>, next: Token | undefined): readonly CompiledPhrase<T>[] => {
    if (next === undefined) return indexed.loose;
    let found: CompiledPhrase<T>[] | undefined;
    let more: CompiledPhrase<T>[][] | undefined;
    for (const form of lookupsOf(next)) {
      const list = indexed.byNext.get(form);
      if (list === undefined) continue;
      if (found === undefined) found = list;
      else (more ??= [found]).push(list);
    }
    if (found === undefined) return indexed.loose;
    if (indexed.loose.length > 0) (more ??= [found]).push(indexed.loose);
    return more === undefined ? found : mergeInOrder(more);
  };

  /** The longest match at `start` among `phrases`; at equal length the first tried wins. */
  const longest = (phrases: readonly CompiledPhrase<T>[], tokens: readonly Token[], start: number, from: number, best: PhraseMatch<T> | undefined): PhraseMatch<T> | undefined => {
    for (const phrase of phrases) {
      const end = matchFrom(phrase.slots, from, tokens, start + from);
      if (end > start && (best === undefined || end > best.to)) best = { entry: phrase.entry, pattern: phrase.pattern, from: start, to: end };
    }
    return best;
  };

  const matchAt = (tokens: readonly Token[], start: number): PhraseMatch<T> | undefined => {
    const lazy = (index ??= buildIndex());
    const { anyStart, firstWords } = lazy;
    let best: PhraseMatch<T> | undefined;
    for (const form of lookupsOf(tokens[start] as Token)) {
      const indexed = firstWords.mayHave(form) ? lazy.entryFor(form) : undefined;
      // The token reads the first slot (that is how the phrase was found): matching goes on from the second.
      if (indexed !== undefined) best = longest(candidates(indexed, tokens[start + 1]), tokens, start, 1, best);
    }
    if (anyStart.length > 0) best = longest(anyStart, tokens, start, 0, best);
    return best;
  };

  return {
    get vocabulary() {
      return parse().vocabulary;
    },
    matchAt: (tokens, start) => (start < tokens.length ? matchAt(tokens, start) : undefined),
    matchAll(tokens) {
      const matches: PhraseMatch<T>[] = [];
      for (let start = 0; start < tokens.length; start++) {
        const best = matchAt(tokens, start);
        if (best !== undefined) {
          matches.push(best);
          start = best.to - 1;
        }
      }
      return matches;
    },
  };
}

/** The original-text range [start, end) that the tokens [from, to) of a match cover. */
export function rangeOf(tokens: readonly Token[], match: { from: number; to: number }): [number, number] {
  return [(tokens[match.from] as Token).start, (tokens[match.to - 1] as Token).end];
}
