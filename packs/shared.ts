/**
 * Readings the language packs share: quotation and look-behind windows.
 */
import type { Sentence, Token } from '../src/text/document.js';
import { rangeOf, type PhraseMatch, type PhraseMatcher } from '../src/text/phrases.js';
import type { PackContext } from '../src/lang/types.js';
import { namesIllness } from '../src/text/english.js';
import { readsOneOf } from '../src/text/tokenize.js';
import { isLinked, pronounsFor, type GrammarLink } from './grammar.js';

const QUOTES = /["\u201C\u201D\u00AB\u00BB]/g;
const HAS_QUOTE = /["\u201C\u201D\u00AB\u00BB]/;

/**
 * Which tokens stand inside quotation marks: `kalau aku nampak komen macam "…", aku report` quotes
 * the words, it does not say them. Every quotation mark between two tokens opens or closes.
 */
export function quotedTokens(text: string, tokens: readonly Token[]): boolean[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  // Most sentences quote nothing: one look at their text instead of one per token.
  if (first === undefined || last === undefined || !HAS_QUOTE.test(text.slice(Math.max(0, first.start - 3), last.start))) return tokens.map(() => false);
  let open = false;
  let previousEnd = -1;
  return tokens.map((token) => {
    const between = text.slice(previousEnd === -1 ? Math.max(0, token.start - 3) : previousEnd, token.start);
    if ((between.match(QUOTES)?.length ?? 0) % 2 === 1) open = !open;
    previousEnd = token.end;
    return open;
  });
}

/** True when a token in `tokens[index - window .. index - 1]` reads as one of `words`. */
export function hasBefore(tokens: readonly Token[], index: number, window: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, index - window); k < index; k++) {
    if ((tokens[k] as Token).forms.some((form) => words.has(form))) return true;
  }
  return false;
}

/** True when some token reads as one of `words`. */
export function hasAny(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  return tokens.some((token) => token.forms.some((form) => words.has(form)));
}

/** Builds a value the first time it is asked for: a pack compiles nothing until its language is met. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** A span of tokens, [from, to). */
export interface Span {
  from: number;
  to: number;
}

/** The data a group-attack reading needs, per language. */
export interface GroupAttackData<G> {
  /** Matches the words that name a group; the entry is the kind of group. */
  groups: PhraseMatcher<G>;
  /** Hostile phrases, matched before single words (those built on a negation come first). */
  hostilePhrases: PhraseMatcher<unknown>;
  hostileWords: ReadonlySet<string>;
  /** Praise: after a negator it attacks ("never smart"). */
  positiveWords: ReadonlySet<string>;
  negators: ReadonlySet<string>;
  /** How many tokens back a negator reaches. */
  negationWindow: number;
  /** When set, the hostile word must be said of the group by this grammar (grammar.ts); else one sentence is enough. */
  link?: GrammarLink;
  /** Spans whose negator negates nothing: "kenapa tak kita…" (why don't we), "tak lebih daripada" (nothing but). */
  notNegating?: PhraseMatcher<unknown>;
  /** Spans with a hostile word that say nothing hostile of the group: "lebih teruk tanpa X" (worse without X). */
  notHostile?: PhraseMatcher<unknown>;
  /**
   * Harm a sentence may report done to the group ("sementara X dibunuh", while X are killed): hostile
   * only after a word of `wishing` ("X patut dibunuh", X should be killed). Unlinked readings only;
   * a link has its own.
   */
  reportedHarm?: {
    harm: ReadonlySet<string>;
    wishing: ReadonlySet<string>;
    /** Words that make the hostile word after them a report: "X kena halau" (X got thrown out). */
    passive: ReadonlySet<string>;
    /** Who, before `passive`, makes it a duty instead: "kita kena hapuskan X" (we must). */
    subjects: ReadonlySet<string>;
  };
  /**
   * Without a link: the hostile word must share a clause with the group or a pronoun after it
   * ("Benci hari Isnin, tapi aunty Cina…" hates Mondays). A word of `contrast` ends a clause; so do
   * , ; : before the group, and after it when the next clause opens with a subject of its own
   * (`subjects`): "X ni malas, menyusahkan je" goes on about X, "X, aku benci agen" does not,
   * unless the group's clause was a condition (`conditions`): "kalau aku jadi X, aku bunuh diri".
   */
  sameClause?: {
    pronouns: ReadonlySet<string>;
    contrast: ReadonlySet<string>;
    subjects: ReadonlySet<string>;
    conditions: ReadonlySet<string>;
    /** Words that may open a clause before its subject: ", cuma aku benci…". */
    connectives: ReadonlySet<string>;
  };
  /** A group's name that names no group where it stands: a shop ("kedai mamak"), the writer's own people, one person. */
  namesNoGroup?: (tokens: readonly Token[], group: Span) => boolean;
  /** A hostile word said of someone else the sentence names: "scammer tu memang celaka". */
  saidOfOther?: (tokens: readonly Token[], hostile: Span, groups: readonly Span[]) => boolean;
}

/**
 * A group named and something hostile said of it in the same sentence (by grammar when the data
 * has a link), outside quotes, the hostile word not negated (or a compliment negated). Returns the
 * group and the hostile span, or undefined. The caller decides about counter-speech, which needs
 * the whole sentence.
 */
export function findGroupAttack<G>(
  tokens: readonly Token[],
  quoted: readonly boolean[],
  data: GroupAttackData<G>,
  /** The group the previous sentence named: "We talk about X. They are all liars." (linked readings only) */
  antecedent?: G,
): { group: PhraseMatch<G>; hostile: Span } | undefined {
  const { link } = data;
  if (!mayBeHostile(tokens, data)) return undefined;
  const groups = data.groups
    .matchAll(tokens)
    .filter((match) => quoted[match.from] !== true && !countsInWriter(tokens, match.to) && data.namesNoGroup?.(tokens, match) !== true);
  if (groups.length === 0 && (antecedent === undefined || link === undefined)) return undefined;
  const hostiles = hostileSpans(tokens, quoted, data, groups).filter((hostile) => data.saidOfOther?.(tokens, hostile, groups) !== true);
  if (hostiles.length === 0) return undefined;
  if (link === undefined) return unlinkedAttack(tokens, groups, hostiles, data.sameClause);
  const before: PhraseMatch<G>[] = antecedent === undefined ? [] : [{ from: -1, to: 0, entry: antecedent, pattern: '' }];
  const pronouns = pronounsFor(tokens, [...before, ...groups], link).map((pronoun) =>
    pronoun.group.from === -1 ? { ...pronoun, group: { from: pronoun.from, to: pronoun.to, entry: antecedent as G, pattern: '' } } : pronoun,
  );
  const mentions = [...groups.map((group) => ({ from: group.from, to: group.to, group })), ...pronouns];
  for (const hostile of hostiles) {
    const mention = mentions.find((candidate) => isLinked(tokens, candidate, hostile, link));
    if (mention !== undefined) return { group: mention.group, hostile };
  }
  return undefined;
}

/** The first hostile span that shares a clause with a group or a pronoun after one (any, without `clauses`). */
function unlinkedAttack<G>(tokens: readonly Token[], groups: readonly PhraseMatch<G>[], hostiles: readonly Span[], clauses: GroupAttackData<G>['sameClause']): { group: PhraseMatch<G>; hostile: Span } | undefined {
  if (clauses === undefined) return { group: groups[0] as PhraseMatch<G>, hostile: hostiles[0] as Span };
  const mentions: (Span & { group: PhraseMatch<G> })[] = groups.map((group) => ({ from: group.from, to: group.to, group }));
  tokens.forEach((token, index) => {
    const group = groups.findLast((candidate) => candidate.to <= index);
    if (group !== undefined && readsOneOf(token, clauses.pronouns)) mentions.push({ from: index, to: index + 1, group });
  });
  for (const hostile of hostiles) {
    const mention = mentions.find((candidate) => inOneClause(tokens, candidate, hostile, clauses));
    if (mention !== undefined) return { group: mention.group, hostile };
  }
  return undefined;
}

/** True when nothing between the group (or pronoun) and the hostile span ends a clause, as `sameClause` tells. */
function inOneClause(tokens: readonly Token[], mention: Span, hostile: Span, clauses: NonNullable<GroupAttackData<unknown>['sameClause']>): boolean {
  const groupFirst = mention.from <= hostile.from;
  const [first, second] = groupFirst ? [mention, hostile] : [hostile, mention];
  const conditional = groupFirst && tokens.slice(clauseStartOf(tokens, mention.from), mention.from).some((token) => readsOneOf(token, clauses.conditions));
  // "I hate them lah, X think…": a pronoun beside the hostile word points on to the group.
  const pointsOn = !groupFirst && tokens.slice(clauseStartOf(tokens, hostile.from), hostile.from + 3).some((token) => readsOneOf(token, clauses.pronouns));
  for (let k = Math.max(0, first.to - 1); k < second.from; k++) {
    if (k >= first.to && readsOneOf(tokens[k], clauses.contrast)) return false;
    if (/[.!?]/.test((tokens[k] as Token).punctAfter)) return false;
    if (!/[,;:]/.test((tokens[k] as Token).punctAfter)) continue;
    // "Pests lah, X.": the group alone after the comma names whom the clause before was about.
    if (!groupFirst && !pointsOn && !closesAlone(tokens, mention)) return false;
    if (groupFirst && opensWithSubject(tokens, k + 1, clauses) && !conditional) return false;
  }
  return true;
}

/** True when the group closes its sentence, or its clause, right after its name (but for a particle). */
function closesAlone(tokens: readonly Token[], mention: Span): boolean {
  const last = mention.to - 1;
  return last === tokens.length - 1 || /[,;:.!?]/.test((tokens[last] as Token).punctAfter);
}

/** True when the clause at `index` opens with a subject of its own, after any connective. */
function opensWithSubject(tokens: readonly Token[], index: number, clauses: NonNullable<GroupAttackData<unknown>['sameClause']>): boolean {
  const first = readsOneOf(tokens[index], clauses.connectives) ? index + 1 : index;
  return readsOneOf(tokens[first], clauses.subjects);
}

const WRITER = new Set(['me', 'us', 'myself']);

/** "lesbians like me are filth? look in the mirror": the writer counts in the group, to rebut what is said of it. */
function countsInWriter(tokens: readonly Token[], to: number): boolean {
  return (tokens[to]?.forms.includes('like') ?? false) && readsOneOf(tokens[to + 1], WRITER);
}

const hostileVocabularies = new WeakMap<GroupAttackData<unknown>, ReadonlySet<string> | undefined>();

/** The words every hostile span of `data` has one of (undefined: cannot tell). */
export function hostileVocabulary<G>(data: GroupAttackData<G>): ReadonlySet<string> | undefined {
  if (!hostileVocabularies.has(data)) {
    const inPhrases = data.hostilePhrases.vocabulary;
    hostileVocabularies.set(data, inPhrases === undefined ? undefined : new Set([...data.hostileWords, ...data.positiveWords, ...inPhrases]));
  }
  return hostileVocabularies.get(data);
}

/** False when no hostile span can be found in `tokens`: most sentences that name a group say nothing hostile. */
function mayBeHostile<G>(tokens: readonly Token[], data: GroupAttackData<G>): boolean {
  const words = hostileVocabulary(data);
  return words === undefined || hasAny(tokens, words);
}

/** Where the clause of the token at `index` starts: after the last comma, semicolon or colon before it. */
function clauseStartOf(tokens: readonly Token[], index: number): number {
  let start = index;
  while (start > 0 && !/[,;:]/.test((tokens[start - 1] as Token).punctAfter)) start--;
  return start;
}

/** The positions of negators that negate nothing, by `data.notNegating`. */
function falseNegators<G>(tokens: readonly Token[], data: GroupAttackData<G>): ReadonlySet<number> {
  const positions = new Set<number>();
  for (const match of data.notNegating?.matchAll(tokens) ?? []) {
    for (let k = match.from; k < match.to; k++) if (readsOneOf(tokens[k], data.negators)) positions.add(k);
  }
  return positions;
}

/**
 * The groups a negator stands right before, with at most a quantifier between: "tak ada X yang
 * patut mati" (no X deserves to die), "no X can be trusted". What the clause then says of the group
 * is negated, however far from the negator.
 */
function negatedGroups<G>(tokens: readonly Token[], data: GroupAttackData<G>, groups: readonly PhraseMatch<G>[], ignored: ReadonlySet<number>): PhraseMatch<G>[] {
  const isNegator = (k: number): boolean => !ignored.has(k) && readsOneOf(tokens[k], data.negators);
  return groups.filter((group) => isNegator(group.from - 1) || (isNegator(group.from - 2) && readsOneOf(tokens[group.from - 1], QUANTIFIERS)));
}
const QUANTIFIERS = new Set(['ada', 'da', 'semua', 'sebarang', 'all', 'any']);

/** True when the harm at `index` is reported done ("X dibunuh", "X kena halau"), not wished before it ("X patut dibunuh"). */
function reportsHarm(tokens: readonly Token[], index: number, reported: NonNullable<GroupAttackData<unknown>['reportedHarm']>): boolean {
  // "kita kena hapuskan X": with a subject before it, "kena" is "must", not "got".
  const passive = readsOneOf(tokens[index - 1], reported.passive) && !readsOneOf(tokens[index - 2], reported.subjects);
  const reportable = readsOneOf(tokens[index], reported.harm) || passive;
  return reportable && !tokens.slice(0, index).some((before) => readsOneOf(before, reported.wishing));
}

/** Every hostile span of a sentence outside quotes and group names: phrases first, then words not negated (or compliments negated). */
function hostileSpans<G>(tokens: readonly Token[], quoted: readonly boolean[], data: GroupAttackData<G>, groups: readonly PhraseMatch<G>[]): Span[] {
  const inGroup = (index: number): boolean => groups.some((group) => index >= group.from && index < group.to);
  const ignored = falseNegators(tokens, data);
  const negatorIn = (from: number, to: number): boolean => {
    for (let k = Math.max(0, from); k < to; k++) if (!ignored.has(k) && readsOneOf(tokens[k], data.negators)) return true;
    return false;
  };
  const negatedGroupsOf = negatedGroups(tokens, data, groups, ignored);
  // Said of a group negated in the same clause: "no X … deserves to die".
  const saidOfNegatedGroup = (index: number): boolean => negatedGroupsOf.some((group) => group.to <= index && clauseStartOf(tokens, index) <= group.from);
  const covered = new Set<number>();
  for (const match of data.notHostile?.matchAll(tokens) ?? []) for (let k = match.from; k < match.to; k++) covered.add(k);
  const spans: Span[] = [];
  for (const match of data.hostilePhrases.matchAll(tokens)) {
    if (quoted[match.from] === true || inGroup(match.from) || covered.has(match.from)) continue;
    // "we should not get rid of them": a negated phrase, like a negated word, says nothing hostile.
    if (negatorIn(match.from - Math.min(data.negationWindow, match.from - clauseStartOf(tokens, match.from)), match.from) || saidOfNegatedGroup(match.from)) continue;
    spans.push({ from: match.from, to: match.to });
    for (let k = match.from; k < match.to; k++) covered.add(k);
  }
  const { reportedHarm } = data;
  tokens.forEach((token, index) => {
    if (covered.has(index) || quoted[index] === true || inGroup(index)) return;
    // "women get cancer" names an illness, not the group.
    const isHostile = token.forms.some((form) => data.hostileWords.has(form)) && !namesIllness(tokens, index) && !(reportedHarm !== undefined && reportsHarm(tokens, index, reportedHarm));
    const isPraise = token.forms.some((form) => data.positiveWords.has(form));
    if (!isHostile && !isPraise) return;
    // "we cannot make foreign workers suffer": the group's own words do not count toward the
    // window of a hostile word. A negated compliment must follow its negator closely, in one clause.
    let window = data.negationWindow;
    if (isHostile) for (let k = index - 1; k >= 0 && k >= index - window; k--) if (inGroup(k)) window++;
    const clauseStart = Math.max(clauseStartOf(tokens, index), index - window);
    const negated = negatorIn(clauseStart, index) || saidOfNegatedGroup(index);
    // "tak layak kena siksa" (does not deserve torture): a negated compliment before harm denies the harm.
    const deniesHarm = (): boolean => tokens.slice(index + 1, index + 4).some((next) => next.forms.some((form) => data.hostileWords.has(form)));
    if ((isHostile && !negated) || (isPraise && negated && !deniesHarm())) spans.push({ from: index, to: index + 1 });
  });
  return spans;
}

/** A word or phrase found in a sentence: token span and its lexicon entry. */
export interface TermHit<E> extends Span {
  entry: E;
}

/**
 * Every term of a lexicon in `tokens`: phrases first (longest at each start), then single words
 * the phrases do not cover, in order.
 */
export function findTerms<E>(tokens: readonly Token[], phrases: PhraseMatcher<E> | undefined, lookupWord: (token: Token) => E | undefined): TermHit<E>[] {
  const hits: TermHit<E>[] = [];
  const covered = new Set<number>();
  for (const match of phrases?.matchAll(tokens) ?? []) {
    hits.push({ from: match.from, to: match.to, entry: match.entry });
    for (let k = match.from; k < match.to; k++) covered.add(k);
  }
  tokens.forEach((token, index) => {
    if (covered.has(index) || (token.kind !== 'word' && token.kind !== 'hashtag')) return;
    const entry = lookupWord(token);
    if (entry !== undefined) hits.push({ from: index, to: index + 1, entry });
  });
  return hits.sort((a, b) => a.from - b.from);
}

/** The entry of the first form of `token` that `table` has. */
export function lookupIn<T>(table: Readonly<Record<string, T>>, token: Token): T | undefined {
  for (const form of token.forms) if (Object.hasOwn(table, form)) return table[form];
  return undefined;
}

/**
 * One value per sentence, built on first use and shared by a pack's rules. Values are kept for the
 * sentences of the text being linted only, by where each sentence starts (another text's sentence
 * at the same place replaces the entry). A WeakMap keyed by sentence made every young-generation
 * garbage collection slower: scavenges took twice as long over the English eval texts.
 */
export function perSentence<T>(build: (text: string, sentence: Sentence) => T): (text: string, sentence: Sentence) => T {
  let cachedText: string | undefined;
  let cache = new Map<number, { sentence: Sentence; value: T }>();
  return (text, sentence) => {
    if (text !== cachedText) {
      cachedText = text;
      cache = new Map();
    }
    const cached = cache.get(sentence.start);
    if (cached?.sentence === sentence) return cached.value;
    const value = build(text, sentence);
    cache.set(sentence.start, { sentence, value });
    return value;
  };
}

/** Reports tokens [from, to) with the matched words as `term` (or `phrase`) in the data. */
export function reportSpan(
  context: PackContext,
  tokens: readonly Token[],
  span: Span,
  messageId: string,
  data: Readonly<Record<string, string>>,
  confidence: number,
): void {
  const [start, end] = rangeOf(tokens, span);
  const words = context.text.slice(start, end);
  context.report({ messageId, data: { term: words, phrase: words, ...data }, range: [start, end], confidence });
}
