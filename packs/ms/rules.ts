/**
 * The Malay pack's rules: each extends the built-in rule of the same id, on sentences detected
 * as Malay or Indonesian (or Manglish, where Malay words sit in English).
 */
import type { Sentence, Token } from '../../src/text/document.js';
import { GAMES, saysItJokes } from '../../src/text/english.js';
import { compilePhrases } from '../../src/text/phrases.js';
import { readsOneOf } from '../../src/text/tokenize.js';
import type { PackRule } from '../../src/lang/types.js';
import { findGroupAttack, findTerms, hasAny, hasBefore, lookupIn, once, perSentence, quotedTokens, reportSpan, type GroupAttackData, type Span } from '../shared.js';
import {
  CONDITIONS, CONNECTIVES, CONTRAST, GROUP_PRONOUNS, NEW_SUBJECTS, GROUP_WORDS, HOSTILE_PHRASES, HOSTILE_WORDS, NEGATORS, NOT_HOSTILE, NOT_NEGATING, PASSIVE, POSITIVE_WORDS, REJECTION_WORDS, REPORTED_HARM, SPEECH_WORDS, WISHING,
  type GroupKind,
} from './groups.js';
import { HARASSMENT_MESSAGES, IDENTITY_MESSAGES, INSULT_MESSAGES, MICRO_MESSAGES, PROFANITY_MESSAGES } from './messages.js';
import { FIRST_PERSON, HARASSMENT_PHRASES, MICRO_PHRASES, SECOND_PERSON, type HarassmentKind } from './phrases.js';
import { namesNoGroup, namesWritersOwn, saidOfOther } from './group-guards.js';
import { readMalay } from './read.js';
import { malayThreat } from './threat-reading.js';
import { INSULT_PHRASES, INSULTS, INTENSIFIER_AFTER, SLUR_PHRASES, SLURS, VULGAR, type MalayWord } from './words.js';

/** How far back a negator reaches: "tak akan pernah sakiti" negates across two words. */
const NEGATION_WINDOW = 3;
/** A bare insult of at most this many words is said to someone ("Bodoh!"). */
const VOCATIVE_LENGTH = 3;

const SURENESS = { strong: 0.9, moderate: 0.8, mild: 0.5 };

interface Reading {
  tokens: Token[];
  quoted: boolean[];
  /**
   * Someone pushing back on hateful words or denying them: a word about saying something with
   * a rejection, a negation or a question ("jangan panggil…", "aku tak pernah cakap…").
   */
  counterSpeech: boolean;
  addressed: boolean;
}

const readingOf = perSentence((text: string, sentence: Sentence): Reading => {
  const tokens = readMalay(sentence);
  const speech = hasAny(tokens, SPEECH_WORDS);
  const counterSpeech = speech && (hasAny(tokens, REJECTION_WORDS) || hasAny(tokens, NEGATORS) || text.slice(sentence.start, sentence.end + 1).includes('?'));
  return { tokens, quoted: quotedTokens(text, tokens), counterSpeech, addressed: hasAny(tokens, SECOND_PERSON) };
});

function isNegated(tokens: readonly Token[], index: number): boolean {
  return hasBefore(tokens, index, NEGATION_WINDOW, NEGATORS);
}

/** Hits outside quotes and not negated. */
function said<E>(reading: Reading, hits: readonly (Span & { entry: E })[]): (Span & { entry: E })[] {
  return hits.filter((hit) => reading.quoted[hit.from] !== true && !isNegated(reading.tokens, hit.from));
}

// --- identity-attacks -------------------------------------------------------------------------

const groupAttackData = once((): GroupAttackData<GroupKind> => ({
  groups: compilePhrases(
    Object.entries(GROUP_WORDS).flatMap(([words, kind]) => [
      { pattern: `orang|kaum|golongan|bangsa|puak|pekerja|warga orang? ${words}`, entry: kind },
      { pattern: words, entry: kind },
    ]),
  ),
  hostilePhrases: compilePhrases(HOSTILE_PHRASES.map(([pattern, kind]) => ({ pattern, entry: kind }))),
  hostileWords: new Set(Object.keys(HOSTILE_WORDS)),
  positiveWords: POSITIVE_WORDS,
  negators: NEGATORS,
  negationWindow: NEGATION_WINDOW,
  notNegating: compilePhrases(NOT_NEGATING.map((pattern) => ({ pattern, entry: pattern }))),
  notHostile: compilePhrases(NOT_HOSTILE.map((pattern) => ({ pattern, entry: pattern }))),
  reportedHarm: { harm: REPORTED_HARM, wishing: WISHING, passive: PASSIVE, subjects: NEW_SUBJECTS },
  sameClause: { pronouns: new Set(GROUP_PRONOUNS.filter((pronoun) => !pronoun.includes(' '))), contrast: CONTRAST, subjects: NEW_SUBJECTS, conditions: CONDITIONS, connectives: CONNECTIVES },
  namesNoGroup,
  saidOfOther,
}));

/** The same reading with the pronouns standing for the group the sentence before named (the rule fills in which). */
const pronounAttackData = once((): GroupAttackData<GroupKind | undefined> => ({
  ...groupAttackData(),
  groups: compilePhrases(GROUP_PRONOUNS.map((pattern) => ({ pattern, entry: undefined }))),
}));
const slurPhrases = once(() => compilePhrases(SLUR_PHRASES.map(([pattern, gloss, group]) => ({ pattern, entry: { gloss, group } }))));

const identityAttacks: PackRule = {
  messages: IDENTITY_MESSAGES,
  create(context) {
    // The last sentence, when on this line: a pronoun in the next one may stand for the group it named.
    let previous: { tokens: readonly Token[]; end: number } | undefined;
    return {
      Sentence(sentence) {
        const reading = readingOf(context.text, sentence);
        const { tokens, quoted } = reading;
        const before = previous !== undefined && !context.text.slice(previous.end, sentence.start).includes('\n') ? previous.tokens : undefined;
        previous = { tokens, end: sentence.end };
        if (reading.counterSpeech) return;
        for (const hit of findTerms(tokens, slurPhrases(), (token) => lookupIn(SLURS, token))) {
          if (quoted[hit.from] !== true && !namesWritersOwn(tokens, hit.from)) reportSpan(context, tokens, hit, 'msSlur', hit.entry, 0.9);
        }
        const attack = findGroupAttack(tokens, quoted, groupAttackData()) ?? (before === undefined ? undefined : pronounAttack(tokens, quoted, before));
        if (attack === undefined) return;
        const span = { from: Math.min(attack.group.from, attack.hostile.from), to: Math.max(attack.group.to, attack.hostile.to) };
        reportSpan(context, tokens, span, 'msGroupAttack', { group: attack.group.entry ?? '' }, 0.8);
      },
    };
  },
};

const pronounWords = once(() => new Set(GROUP_PRONOUNS.flatMap((pronoun) => pronoun.split(' '))));

/** An attack on a pronoun standing for the group the sentence `before` named, when this one names none. */
function pronounAttack(tokens: readonly Token[], quoted: readonly boolean[], before: readonly Token[]): { group: { entry: GroupKind | undefined; from: number; to: number }; hostile: Span } | undefined {
  if (!hasAny(tokens, pronounWords())) return undefined;
  const named = groupAttackData().groups.matchAll(before).at(-1)?.entry;
  if (named === undefined || groupAttackData().groups.matchAll(tokens).length > 0) return undefined;
  const attack = findGroupAttack(tokens, quoted, pronounAttackData());
  return attack === undefined ? undefined : { group: { ...attack.group, entry: named }, hostile: attack.hostile };
}

// --- insults ----------------------------------------------------------------------------------

const insultPhrases = once(() => compilePhrases(INSULT_PHRASES.map(([pattern, gloss]): { pattern: string; entry: MalayWord } => ({ pattern, entry: { gloss, strength: 'moderate' } }))));

/**
 * Said to someone: "kau" near it, or a bare insult ("Bodoh!"). Words with an ordinary meaning
 * (babi, anjing, sampah) need "kau" close by, so "sedap gila babi" and "buang sampah" pass.
 */
function aimedAtSomeone(reading: Reading, index: number, word: MalayWord): boolean {
  const { tokens } = reading;
  // "I so bodoh", "aku ni bodoh": the writer about themselves, whoever else the sentence addresses.
  if (hasBefore(tokens, index, 2, FIRST_PERSON)) return false;
  if (word.literal === true) {
    if (hasBefore(tokens, index, 1, INTENSIFIER_AFTER)) return false;
    const window = tokens.slice(Math.max(0, index - 3), index + 4);
    return hasAny(window, SECOND_PERSON) || (tokens.length <= 2 && !hasAny(tokens, FIRST_PERSON));
  }
  if (reading.addressed) return true;
  return !hasAny(tokens, FIRST_PERSON) && tokens.length <= VOCATIVE_LENGTH;
}

const insults: PackRule = {
  messages: INSULT_MESSAGES,
  create(context) {
    return {
      Sentence(sentence) {
        const reading = readingOf(context.text, sentence);
        if (reading.counterSpeech) return;
        const hits = said(reading, findTerms(reading.tokens, insultPhrases(), (token) => lookupIn(INSULTS, token)));
        for (const hit of hits) {
          if (aimedAtSomeone(reading, hit.from, hit.entry)) reportSpan(context, reading.tokens, hit, 'msInsult', { gloss: hit.entry.gloss }, SURENESS[hit.entry.strength]);
        }
      },
    };
  },
};

// --- harassment -------------------------------------------------------------------------------

const harassmentPhrases = once(() =>
  compilePhrases(HARASSMENT_PHRASES.map(({ pattern, kind }) => ({ pattern, entry: kind })), { kau: SECOND_PERSON, aku: FIRST_PERSON }),
);

const HARASSMENT_MESSAGE: Record<HarassmentKind, string> = {
  threat: 'msThreat', wishHarm: 'msWishHarm', selfHarm: 'msSelfHarm', doxxing: 'msDoxxing', exclusion: 'msExclusion',
  intimidation: 'msIntimidation', hostility: 'msHostility',
};

const harassment: PackRule = {
  messages: HARASSMENT_MESSAGES,
  create(context) {
    return {
      Sentence(sentence) {
        const reading = readingOf(context.text, sentence);
        if (reading.counterSpeech) return;
        let game: boolean | undefined;
        // "Gue hajar lo di Mobile Legends": a game's threats are the game's; "aku tumbuk kau! gurau je" is a joke.
        const playful = (): boolean => (game ??= reading.tokens.some((token) => readsOneOf(token, GAMES)) || saysItJokes(context.text, sentence.start));
        const hits = said(reading, findTerms(reading.tokens, harassmentPhrases(), () => undefined)).filter((hit) => !((hit.entry === 'threat' || hit.entry === 'intimidation') && playful()));
        for (const hit of hits) reportSpan(context, reading.tokens, hit, HARASSMENT_MESSAGE[hit.entry], {}, 0.85);
        if (hits.length > 0) return;
        const threat = malayThreat(reading.tokens);
        if (threat === undefined || reading.quoted[threat.from] === true || (threat.kind === 'threat' && playful())) return;
        reportSpan(context, reading.tokens, threat, HARASSMENT_MESSAGE[threat.kind], {}, 0.8);
      },
    };
  },
};

// --- profanity --------------------------------------------------------------------------------

const profanity: PackRule = {
  messages: PROFANITY_MESSAGES,
  create(context) {
    const includeMild = context.options.includeMild === true;
    return {
      Sentence(sentence) {
        const { tokens } = readingOf(context.text, sentence);
        for (const hit of findTerms(tokens, undefined, (token) => lookupIn(VULGAR, token))) {
          const word = hit.entry;
          if (word.literal === true || (word.strength === 'mild' && !includeMild)) continue;
          reportSpan(context, tokens, hit, 'msProfanity', { gloss: word.gloss }, SURENESS[word.strength]);
        }
      },
    };
  },
};

// --- micro-aggressions ------------------------------------------------------------------------

const microPhrases = once(() => compilePhrases(MICRO_PHRASES.map((pattern) => ({ pattern, entry: pattern }))));

const microAggressions: PackRule = {
  messages: MICRO_MESSAGES,
  create(context) {
    return {
      Sentence(sentence) {
        const reading = readingOf(context.text, sentence);
        for (const hit of findTerms(reading.tokens, microPhrases(), () => undefined)) {
          if (reading.quoted[hit.from] !== true) reportSpan(context, reading.tokens, hit, 'msMicro', {}, 0.6);
        }
      },
    };
  },
};

/** The pack's rules by the id of the rule each extends. */
export const MALAY_RULES: Readonly<Record<string, PackRule>> = {
  'identity-attacks': identityAttacks,
  insults,
  harassment,
  profanity,
  'micro-aggressions': microAggressions,
};
