/**
 * The Singlish and Manglish pack's rules: each extends the built-in rule of the same id. The
 * English rules still run on every sentence (Singlish is English); these add the vocabulary
 * English rules do not know, and group attacks in Singlish grammar.
 */
import type { Sentence, Token } from '../../src/text/document.js';
import { compilePhrases } from '../../src/text/phrases.js';
import type { PackRule } from '../../src/lang/types.js';
import { findGroupAttack, findTerms, hasAny, hasBefore, hostileVocabulary, lookupIn, once, perSentence, quotedTokens, reportSpan, type GroupAttackData, type Span, type TermHit } from '../shared.js';
import { CLAUSES, DUTY_SUBJECTS, namesNoGroup, NOT_HOSTILE, PASSIVE, REPORTED_HARM } from './group-guards.js';
import { GROUP_WORDS, HOSTILE_PHRASES, NOT_NEGATING, PLURAL_GROUPS, HOSTILE_WORDS, LINK_BEFORE, LINK_BETWEEN, LINK_PRONOUNS, LINK_WISHING, NEGATORS, POSITIVE_WORDS, REJECTION_WORDS, SPEECH_WORDS } from './groups.js';
import { HARASSMENT_MESSAGES, IDENTITY_MESSAGES, INSULT_MESSAGES, PROFANITY_MESSAGES } from './messages.js';
import { INSULTS, PHRASES, SLUR_PHRASES, SLURS, VULGAR, type Strength } from './words.js';
import { createSpeller, neighbours } from '../spelling.js';
import { GLUE, NOT_SPLIT, NOT_VARIANTS } from './spelling.js';

const SURENESS: Record<Strength, number> = { strong: 0.9, moderate: 0.8, mild: 0.5 };
const NEGATION_WINDOW = 3;
const VOCATIVE_LENGTH = 3;

const YOU = new Set(['you', 'u', 'ur', 'your', 'yourself', 'ya', 'lu', 'yall']);
const SPEAKER = new Set(['i', 'me', 'my', 'myself', 'im', 'aku', 'saya', 'gua', 'wo']);
/** "I so bodoh", "aku ni bodoh": a word for the writer this close before an insult makes it about them. */
const SELF_WINDOW = 2;

interface Reading {
  quoted: boolean[];
  /** Talk about saying something, with a rejection: "stop calling…", "why you say…". */
  counterSpeech: boolean;
  addressed: boolean;
}

const readingOf = perSentence((text: string, { tokens }: Sentence): Reading => ({
  quoted: quotedTokens(text, tokens),
  counterSpeech: hasAny(tokens, SPEECH_WORDS) && hasAny(tokens, REJECTION_WORDS),
  addressed: hasAny(tokens, YOU),
}));

const phrases = once(() => compilePhrases(PHRASES.map((entry) => ({ pattern: entry.pattern, entry }))));
const slurPhrases = once(() => compilePhrases(SLUR_PHRASES.map((entry) => ({ pattern: entry.pattern, entry }))));

type Entry = { gloss: string; strength: Strength };

/** The vulgarities or insults of a sentence, two-word spellings first. */
function termsOf(tokens: readonly Token[], rule: 'profanity' | 'insults'): TermHit<Entry>[] {
  const table = rule === 'profanity' ? VULGAR : INSULTS;
  return findTerms<Entry>(tokens, phrases(), (token) => lookupIn(table, token)).filter((hit) => !('rule' in hit.entry) || hit.entry.rule === rule);
}

/** What the parts read that leave plain English sentences to the English rules (the pack's vulgarities and insults are all markers). */
const NOT_ENGLISH = ['singlish', 'ms'];

const profanity: PackRule = {
  messages: PROFANITY_MESSAGES,
  languages: NOT_ENGLISH,
  create(context) {
    const includeMild = context.options.includeMild === true;
    return {
      Sentence({ tokens }) {
        for (const hit of termsOf(tokens, 'profanity')) {
          if (hit.entry.strength !== 'mild' || includeMild) reportSpan(context, tokens, hit, 'sgProfanity', { gloss: hit.entry.gloss }, SURENESS[hit.entry.strength]);
        }
      },
    };
  },
};

const insults: PackRule = {
  messages: INSULT_MESSAGES,
  languages: NOT_ENGLISH,
  create(context) {
    return {
      Sentence(sentence) {
        const { tokens } = sentence;
        const reading = readingOf(context.text, sentence);
        if (reading.counterSpeech) return;
        const aimed = reading.addressed || (!hasAny(tokens, SPEAKER) && tokens.length <= VOCATIVE_LENGTH);
        if (!aimed) return;
        for (const hit of termsOf(tokens, 'insults')) {
          if (reading.quoted[hit.from] === true || hasBefore(tokens, hit.from, NEGATION_WINDOW, NEGATORS) || hasBefore(tokens, hit.from, SELF_WINDOW, SPEAKER)) continue;
          reportSpan(context, tokens, hit, 'sgInsult', { gloss: hit.entry.gloss }, SURENESS[hit.entry.strength]);
        }
      },
    };
  },
};

/** What both readings share: the groups, the hostile words, negation, and the words that name no group. */
const sharedAttackData = once((): GroupAttackData<string> => ({
  groups: compilePhrases(Object.entries({ ...GROUP_WORDS, ...PLURAL_GROUPS }).map(([pattern, group]) => ({ pattern, entry: group }))),
  hostilePhrases: compilePhrases(HOSTILE_PHRASES.map(([pattern, kind]) => ({ pattern, entry: kind }))),
  hostileWords: new Set(Object.keys(HOSTILE_WORDS)),
  positiveWords: POSITIVE_WORDS,
  negators: NEGATORS,
  negationWindow: NEGATION_WINDOW,
  notHostile: compilePhrases(NOT_HOSTILE.map((pattern) => ({ pattern, entry: pattern }))),
  notNegating: compilePhrases(NOT_NEGATING.map((pattern) => ({ pattern, entry: pattern }))),
  namesNoGroup,
}));

/** Singlish grammar, where the hostile word need not be linked: one clause, and harm wished rather than reported. */
const groupAttackData = once((): GroupAttackData<string> => ({
  ...sharedAttackData(),
  reportedHarm: { harm: REPORTED_HARM, wishing: LINK_WISHING, passive: PASSIVE, subjects: DUTY_SUBJECTS },
  sameClause: CLAUSES,
}));

/** English sentences: the hostile word said of the group by grammar, not only in the same sentence. */
const linkedGroupAttackData = once((): GroupAttackData<string> => ({
  ...sharedAttackData(),
  link: {
    between: LINK_BETWEEN,
    before: LINK_BEFORE,
    pronouns: LINK_PRONOUNS,
    maxWords: 6,
    harm: new Set(Object.entries(HOSTILE_WORDS).flatMap(([word, kind]) => (kind === 'threat' || kind === 'exclude' ? [word] : []))),
    wishing: LINK_WISHING,
  },
}));

/** The last word of every group name: a sentence without one names no group. */
const groupTriggers = once(() => new Set(Object.keys(GROUP_WORDS).map((words) => words.split(' ').at(-1) as string)));

/** Group names and hostile words, read through misspellings and run-together words. */
export const speller = once(() => createSpeller([...Object.keys(GROUP_WORDS).flatMap((words) => words.split(' ')), ...Object.keys(HOSTILE_WORDS)], GLUE, NOT_VARIANTS, NOT_SPLIT));

/** The last word of a group's name, or a misspelling of one: what wakes the group-attack reading, one lookup per word. */
export const groupNames = once((): ReadonlySet<string> => {
  const misspelled = [...groupTriggers()].flatMap(neighbours).filter((variant) => groupTriggers().has(speller().variantOf(variant) ?? ''));
  return new Set([...groupTriggers(), ...misspelled, ...Object.keys(PLURAL_GROUPS)]);
});

/** The words every slur contains one of: a sentence without them has none (undefined: cannot tell). */
const slurWords = once((): ReadonlySet<string> | undefined => {
  const inPhrases = slurPhrases().vocabulary;
  return inPhrases === undefined ? undefined : new Set([...Object.keys(SLURS), ...inPhrases]);
});

// What a word can be in a group attack, as bits: one lookup per word tells what a sentence may hold.
const ROLE = { namesGroup: 1, pronoun: 2, speech: 4, rejection: 8, slur: 16, hostile: 32 } as const;

const wordRoles = once((): { roles: ReadonlyMap<string, number>; always: number } => {
  const roles = new Map<string, number>();
  const mark = (words: Iterable<string>, role: number): void => {
    for (const word of words) roles.set(word, (roles.get(word) ?? 0) | role);
  };
  mark(groupNames(), ROLE.namesGroup);
  mark(LINK_PRONOUNS, ROLE.pronoun);
  mark(SPEECH_WORDS, ROLE.speech);
  mark(REJECTION_WORDS, ROLE.rejection);
  const slurs = slurWords();
  if (slurs !== undefined) mark(slurs, ROLE.slur);
  const hostile = hostileVocabulary(groupAttackData());
  if (hostile !== undefined) {
    mark(hostile, ROLE.hostile);
    // Misspelled, a hostile word is hostile once respelled (run together: hasRunTogetherHostile).
    for (const [variant, word] of speller().variants) if (hostile.has(word)) mark([variant], ROLE.hostile);
  }
  // Without a vocabulary to tell, every sentence may hold one.
  return { roles, always: (slurs === undefined ? ROLE.slur : 0) | (hostile === undefined ? ROLE.hostile : 0) };
});

function rolesIn(tokens: readonly Token[]): number {
  const { roles, always } = wordRoles();
  let found = always;
  for (const token of tokens) for (const form of token.forms) found |= roles.get(form) ?? 0;
  return found;
}

/**
 * True when a word of the sentence is a hostile word run together with a small word ("ihate",
 * "stabthose"). Splitting is dearer than a lookup, so it is tried only on sentences that need it.
 */
function hasRunTogetherHostile(tokens: readonly Token[]): boolean {
  const hostile = hostileVocabulary(groupAttackData());
  // Without a vocabulary to tell, every sentence may hold one (as in wordRoles).
  if (hostile === undefined) return true;
  return tokens.some((token) => token.forms.some((form) => speller().splitOf(form)?.some((word) => hostile.has(word)) === true));
}

/** The sentence as the group-attack reading sees it: respelled, with its quotes. */
const respelledOf = perSentence((text: string, sentence: Sentence) => {
  const tokens = speller().read(sentence.tokens);
  return { tokens, quoted: tokens === sentence.tokens ? readingOf(text, sentence).quoted : quotedTokens(text, tokens) };
});

/** The last group a sentence names, respelled, quoted or not. */
const lastGroupOf = (text: string, sentence: Sentence): string | undefined => groupAttackData().groups.matchAll(respelledOf(text, sentence).tokens).at(-1)?.entry;

/** A group attack read in one sentence: the tokens it was read in (respelled), its span there, and the group's kind. */
export interface GroupAttackReading {
  tokens: readonly Token[];
  span: Span;
  group: string;
}

/**
 * Group attacks in plain English, as Singapore and Malaysia write it too (singular groups, no
 * copula, local groups): a group named, however spelled, and something hostile said of it by
 * grammar ("X are all so lazy", "kill those X"), or of a pronoun for the group `before` named.
 * The English rule identity-attacks reads every sentence with this, whatever languages run; the
 * pack's own reading below covers Singlish grammar, where the hostile word need not be linked.
 */
export function linkedGroupAttack(text: string, sentence: Sentence, before: Sentence | undefined): GroupAttackReading | undefined {
  const { tokens } = sentence;
  const roles = rolesIn(tokens);
  const named = (roles & ROLE.namesGroup) !== 0;
  if (!named && (roles & ROLE.pronoun) === 0) return undefined;
  // Counter-speech: saying words, and rejecting them.
  if ((roles & ROLE.speech) !== 0 && (roles & ROLE.rejection) !== 0) return undefined;
  // Long posts mention groups and harsh words apart: the hostile word must be said of the group.
  if ((roles & ROLE.hostile) === 0 && !hasRunTogetherHostile(tokens)) return undefined;
  const previous = before === undefined ? undefined : lastGroupOf(text, before);
  if (!named && previous === undefined) return undefined;
  const respelled = respelledOf(text, sentence);
  const attack = findGroupAttack(respelled.tokens, respelled.quoted, linkedGroupAttackData(), previous);
  if (attack === undefined) return undefined;
  const span = { from: Math.min(attack.group.from, attack.hostile.from), to: Math.max(attack.group.to, attack.hostile.to) };
  return { tokens: respelled.tokens, span, group: attack.group.entry };
}

const identityAttacks: PackRule = {
  messages: IDENTITY_MESSAGES,
  create(context) {
    // The last sentence of this line, when it named a group: a pronoun in the next one may stand for it.
    let antecedent: Sentence | undefined;
    return {
      Sentence(sentence) {
        const { tokens } = sentence;
        const before = antecedent !== undefined && !context.text.slice(antecedent.end, sentence.start).includes('\n') ? antecedent : undefined;
        antecedent = undefined;
        // Which group that was is read only when a sentence needs it.
        let previous: { group: string | undefined } | undefined;
        const previousGroup = (): string | undefined => {
          if (before === undefined) return undefined;
          previous ??= { group: lastGroupOf(context.text, before) };
          return previous.group;
        };
        const roles = rolesIn(tokens);
        const named = (roles & ROLE.namesGroup) !== 0;
        // Counter-speech: saying words, and rejecting them.
        if ((roles & ROLE.speech) !== 0 && (roles & ROLE.rejection) !== 0) return;
        if ((roles & ROLE.slur) !== 0) {
          const { quoted } = readingOf(context.text, sentence);
          for (const hit of findTerms(tokens, slurPhrases(), (token) => lookupIn(SLURS, token))) {
            if (quoted[hit.from] !== true) reportSpan(context, tokens, hit, 'sgSlur', { gloss: hit.entry.gloss, group: hit.entry.group }, 0.9);
          }
        }
        if (named) antecedent = sentence;
        // Group attacks in Singlish grammar, where the hostile word need not be linked to the group.
        // identity-attacks reads every sentence for linked ones (linkedGroupAttack): those are its to report.
        if ((roles & ROLE.hostile) === 0 && !hasRunTogetherHostile(tokens)) return;
        if (linkedGroupAttack(context.text, sentence, before) !== undefined) return;
        const respelled = respelledOf(context.text, sentence);
        const data = named ? groupAttackData() : linkedGroupAttackData();
        const attack = findGroupAttack(respelled.tokens, respelled.quoted, data, previousGroup());
        if (attack === undefined) return;
        const span = { from: Math.min(attack.group.from, attack.hostile.from), to: Math.max(attack.group.to, attack.hostile.to) };
        reportSpan(context, respelled.tokens, span, 'sgGroupAttack', { group: attack.group.entry }, 0.75);
      },
    };
  },
};

/** Curses and threats in Singlish and Manglish. */
const HARM_PHRASES = [
  { pattern: 'ham ka|kah|gar chan|chaan', gloss: '"may your whole family die" (Cantonese)', messageId: 'sgWishHarm' },
  { pattern: 'pok kai|gai', gloss: '"drop dead" (Cantonese)', messageId: 'sgWishHarm' },
  { pattern: 'pokkai', gloss: '"drop dead" (Cantonese)', messageId: 'sgWishHarm' },
  { pattern: 'go and die|mati', gloss: 'telling someone to die', messageId: 'sgWishHarm' },
  { pattern: 'i|we will|gonna|go|going? to? chop|whack|hantam|bash|tekan you|u|him|her|them', gloss: 'a threat to attack someone', messageId: 'sgThreat' },
];
const harmPhrases = once(() => compilePhrases(HARM_PHRASES.map((entry) => ({ pattern: entry.pattern, entry }))));

const harassment: PackRule = {
  messages: HARASSMENT_MESSAGES,
  languages: NOT_ENGLISH,
  create(context) {
    return {
      Sentence(sentence) {
        const { tokens } = sentence;
        const reading = readingOf(context.text, sentence);
        if (reading.counterSpeech) return;
        for (const hit of findTerms(tokens, harmPhrases(), () => undefined)) {
          if (reading.quoted[hit.from] === true || hasBefore(tokens, hit.from, 2, NEGATORS)) continue;
          reportSpan(context, tokens, hit, hit.entry.messageId, { gloss: hit.entry.gloss }, 0.8);
        }
      },
    };
  },
};

export const SINGLISH_RULES: Readonly<Record<string, PackRule>> = {
  profanity,
  insults,
  'identity-attacks': identityAttacks,
  harassment,
};
