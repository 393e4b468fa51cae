import { builtInVocabulary, combineVocabularies, defineRule } from '../../src/core/define-rule.js';
import { builtInDocs } from '../../src/core/docs.js';
import { compilePhrases, rangeOf } from '../../src/text/phrases.js';
import { isQuoted } from '../../src/text/context.js';
import { hasPraise, stanceOf } from '../../src/text/stance.js';
import { NEGATIONS, YOU, YOUR } from '../../src/text/english.js';
import { negativeWordSet } from '../../src/model/lexicon.js';
import type { Document, Token } from '../../src/text/document.js';
import { readsOneOf } from '../../src/text/tokenize.js';
import { FRAMES } from './frames.js';
import { REMARKS, WHOLE_SENTENCES } from './remarks.js';
import { LOCAL_GROUPS, LOCAL_PLURALS, LOCAL_REMARKS, LOCAL_TRAITS, SURPRISING } from './local-remarks.js';
import { ASSUMED_SKILLS, CONDITIONS, ID_ADJECTIVES, ID_NOUNS, ID_PLURALS, PERSON_NOUNS, PERSONS, PRAISE } from './identity-words.js';
import { GROUP_WORDS as SINGLISH_GROUPS, PLURAL_GROUPS } from '../../packs/singlish/groups.js';
import { GENERALISATIONS, GROUP_WORDS, IDENTITY_WORDS, JOKE_OPENERS, MICRO_PHRASES, NEGATIVE_TRAITS, PET_NAMES, STEREOTYPED, SUE_PHRASES, type MicroKind } from './phrases.js';

/**
 * People named by who they are: the list here, and the plural names of groups that the Singlish
 * pack reads in Singapore and Malaysia and everywhere ("malays", "tamils", "prcs", "sikhs",
 * "romanians"). Plurals only: most singulars are also adjectives of things ("malay food").
 */
const identity = new Set([...IDENTITY_WORDS, ...Object.keys(PLURAL_GROUPS), ...Object.keys(SINGLISH_GROUPS).filter((name) => /^[a-z]+s$/.test(name))]);
const classes = {
  you: YOU,
  your: YOUR,
  group: new Set(GROUP_WORDS),
  pet: new Set(PET_NAMES),
  people: identity,
  anyone: new Set([...IDENTITY_WORDS, ...STEREOTYPED]),
  trait: new Set(NEGATIVE_TRAITS),
  idadj: new Set(ID_ADJECTIVES),
  idnoun: new Set(ID_NOUNS),
  person: new Set(PERSON_NOUNS),
  idplural: new Set(ID_PLURALS),
  persons: new Set(PERSONS),
  condition: new Set(CONDITIONS),
  praise: new Set(PRAISE),
  skill: new Set(ASSUMED_SKILLS),
  local: new Set(LOCAL_GROUPS),
  localplural: new Set(LOCAL_PLURALS),
  localtrait: new Set(LOCAL_TRAITS),
  surprising: new Set(SURPRISING),
};
const matcher = compilePhrases(
  [...MICRO_PHRASES, ...SUE_PHRASES, GENERALISATIONS, ...FRAMES, ...REMARKS, ...LOCAL_REMARKS].flatMap((entry) => entry.patterns.map((pattern) => ({ pattern, entry }))),
  classes,
);
const wholeSentences = compilePhrases(WHOLE_SENTENCES.flatMap((entry) => entry.patterns.map((pattern) => ({ pattern, entry }))), classes);
const jokeOpeners = compilePhrases(JOKE_OPENERS.map((pattern) => ({ pattern, entry: pattern })), classes);

/** Idioms are near-certain; backhanded compliments and generalisations depend more on tone. */
const SURENESS: Record<MicroKind, number> = { backhanded: 0.75, othering: 0.8, stereotype: 0.8, condescension: 0.7, idiom: 0.85, generalising: 0.6, groupJoke: 0.6, disclaimer: 0.75 };

const ARTICLES = new Set(['a', 'an']);
const IS = new Set(['is', 'was']);

/** "she's a woman", "he was an immigrant": the identity word at `from` is said of one person. */
function namesOnePerson(tokens: readonly Token[], from: number): boolean {
  return readsOneOf(tokens[from], identity) && readsOneOf(tokens[from - 1], ARTICLES) && readsOneOf(tokens[from - 2], IS);
}
const CONDITIONALS = new Set(['if', 'whether', 'unless', 'when', 'whenever']);
const isConditional = (token: Token | undefined): boolean => token !== undefined && token.forms.some((form) => CONDITIONALS.has(form));

/** Words that say something bad of whoever they are said of: AFINN's negative words and the stereotyped traits. */
const isBad = (token: Token | undefined): boolean => token !== undefined && token.forms.some((form) => negativeWordSet().has(form) || classes.trait.has(form));

/**
 * "Immigrants are not criminals", "women can never be weak in my house": a generalisation whose
 * last word negates and that goes on to a bad word denies the stereotype; it defends the group.
 * "Women are not funny" negates something good and stays a generalisation.
 */
function deniesBadTrait(tokens: readonly Token[], to: number): boolean {
  if (!(tokens[to - 1]?.forms.some((form) => NEGATIONS.has(form)) ?? false)) return false;
  for (let k = to; k < Math.min(tokens.length, to + 3); k++) if (isBad(tokens[k])) return true;
  return false;
}

const DEICTIC = new Set(['these', 'those']);
/** How many words after the group the praise must come: "these girls are so pretty". */
const PRAISE_REACH = 5;

/**
 * "These girls are so pretty": pointing at people and praising them right after, with no bad word
 * in the sentence, is about them, not about their group.
 */
function praisesPeopleShown(tokens: readonly Token[], from: number, to: number): boolean {
  if (!(tokens[from]?.forms.some((form) => DEICTIC.has(form)) ?? false)) return false;
  return hasPraise(tokens.slice(to, to + PRAISE_REACH)) && !tokens.some(isBad);
}

/** "Girls, don't let him treat you like that": a comma after the group calls out to them; it says nothing of them all. */
function addressesThem(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if ((tokens[k] as Token).punctAfter.includes(',')) return true;
  return false;
}

const WRITERS = new Set(['we', 'us']);
const HONOURING = new Set(['respect', 'respecting', 'support', 'supporting', 'protect', 'protecting', 'welcome', 'celebrate']);

/**
 * The writer among the people named ("we are a bunch of malays", not "we all know bisexuals
 * are…"), or the people honoured ("let's just respect those buddhists").
 */
function ownOrHonoured(tokens: readonly Token[], from: number): boolean {
  const before = tokens.slice(Math.max(0, from - 4), from);
  if (before.some((token) => readsOneOf(token, HONOURING))) return true;
  const writer = before.findIndex((token) => readsOneOf(token, WRITERS));
  return writer !== -1 && readsOneOf(before[writer + 1], LINKS_WRITER);
}
const LINKS_WRITER = new Set(['are', 'r', 're', 'were']);

function mentionsIdentity(document: Document): boolean {
  return document.sentences.some((sentence) => sentence.tokens.some((token) => token.forms.some((form) => identity.has(form))));
}

const vocabulary = builtInVocabulary('micro-aggressions', () => combineVocabularies(matcher.vocabulary, wholeSentences.vocabulary, identity));

export default defineRule({
  meta: {
    id: 'micro-aggressions',
    category: 'micro-aggression',
    defaultLevel: 'warn',
    description: 'Backhanded compliments, othering, stereotypes, condescension and idioms that use an identity as an insult.',
    ...builtInDocs('micro-aggressions'),
    schema: {},
    messages: {
      groupJoke: {
        message: '"{{phrase}}" opens a joke with a group of people as its punchline.',
        why: 'Jokes that need a race, religion, gender or disability to be funny repeat a stereotype about real people, who are usually not in the room to laugh.',
        kinder: ['Find the joke that works without the group.'],
      },
      model: {
        message: 'This may carry a stereotype or a put-down of a group (model score {{score}}).',
        why: 'The model learned from comments people marked as implicitly hateful or prejudiced: a generalisation about a group, an "us and them", a joke at someone\'s identity. Each may be meant lightly; the people it is about hear it again and again.',
        kinder: ['Say it about the person or the action in front of you, not about the group they belong to.'],
      },
      hiddenMessage: {
        message: '"{{phrase}}" can carry a hidden message: {{hidden}}.',
        why: 'Each one may be meant kindly or as a joke, but people who hear them again and again hear the hidden message, not the intent.',
        kinder: [],
      },
    },
  },
  // A group joke is only reported when the text names a group, so the group words stand in for
  // the (very common) words jokes open with.
  get vocabulary() {
    return vocabulary();
  },
  create(context) {
    return {
      Document(document) {
        const [first] = document.sentences;
        if (first === undefined || !mentionsIdentity(document)) return;
        const [opener] = jokeOpeners.matchAll(first.tokens);
        if (opener === undefined || opener.from !== 0) return;
        const [start, end] = rangeOf(first.tokens, opener);
        context.report({ messageId: 'groupJoke', data: { phrase: context.text.slice(start, end) }, range: [start, end], confidence: SURENESS.groupJoke });
      },
      Sentence(sentence) {
        const whole = wholeSentences.matchAt(sentence.tokens, 0);
        const isWhole = whole !== undefined && whole.to === sentence.tokens.length;
        for (const match of isWhole ? [whole] : matcher.matchAll(sentence.tokens)) {
          // 'Saying "go back to your country" is racist' quotes the phrase to condemn it.
          if (stanceOf(sentence.tokens, match.from, match.to, isQuoted(sentence.tokens, match.from, match.to)) !== 'attack') continue;
          if (match.entry.statementOnly === true && isConditional(sentence.tokens[match.from - 1])) continue;
          // "growth is retarded by frost": a verb in the passive, not a word for a person.
          if (sentence.tokens[match.to]?.surface === 'by' && (sentence.tokens[match.to - 1] as Token).surface.endsWith('ed')) continue;
          // "she's a woman" says what one person is: no generalisation follows from her ("a woman
          // should…", as a subject, still speaks of all women).
          if (match.entry.kind === 'generalising' && namesOnePerson(sentence.tokens, match.from)) continue;
          // "we are a bunch of malays", "let's respect those buddhists": the writer's own people, or honoured.
          if (match.entry.kind === 'generalising' && ownOrHonoured(sentence.tokens, match.from)) continue;
          if (match.entry.kind === 'generalising' && (deniesBadTrait(sentence.tokens, match.to) || praisesPeopleShown(sentence.tokens, match.from, match.to) || addressesThem(sentence.tokens, match.from, match.to))) continue;
          const [start, end] = rangeOf(sentence.tokens, match);
          const { kind, hidden, kinder } = match.entry;
          context.report({
            messageId: 'hiddenMessage',
            data: { phrase: context.text.slice(start, end), hidden },
            range: [start, end],
            confidence: SURENESS[kind],
            kinder: [kinder],
          });
        }
      },
    };
  },
});
