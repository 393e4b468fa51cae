import { builtInVocabulary, combineVocabularies, defineRule } from '../../src/core/define-rule.js';
import { builtInDocs } from '../../src/core/docs.js';
import { readTarget, type TargetReading } from '../../src/text/addressee.js';
import { hasAffection, isQuoted } from '../../src/text/context.js';
import { createLexicon } from '../../src/text/lexicon.js';
import { isDisclaimer, stanceOf } from '../../src/text/stance.js';
import type { Token } from '../../src/text/tokenize.js';
import { COMPOUND_HEADS, INSULT_TERMS, type InsultTerm } from './terms.js';
import { INSULT_PHRASES } from './phrases.js';
import { compilePhrases, rangeOf } from '../../src/text/phrases.js';
import { FILLERS, NEGATIONS, PERSON_NOUNS, YOU, YOUR } from '../../src/text/english.js';

const lexicon = createLexicon(INSULT_TERMS);
const phrases = compilePhrases(INSULT_PHRASES.map((entry) => ({ pattern: entry.pattern, entry })), {
  you: YOU,
  your: YOUR,
  person: new Set([...YOU, 'she', 'he', 'they']),
  nice: new Set(['cute', 'pretty', 'prettier', 'hot', 'hotter', 'attractive', 'gorgeous', 'beautiful', 'handsome', 'decent', 'fine', 'good', 'better', 'nicer', 'cuter', 'sexy', 'perfect', 'younger', 'thinner', 'great', 'okay', 'ok', 'stunning', 'sexier']),
  amount: new Set(['a', 'some', 'the', 'those', 'that', 'few', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'couple', 'of', 'more']),
  body: new Set(['pounds', 'kilos', 'kg', 'lbs', 'sizes', 'weight', 'belly', 'gut', 'chins', 'chin', 'rolls', 'fat', 'stomach', 'dress']),
});
const PHRASE_SURENESS = { bodyAdvice: 0.8, dehumanising: 0.85, nameCalling: 0.8 };

/** The writer about themselves ("I need to lose weight") or a negation just before: not advice to anyone. */
function aboutSpeakerOrNegated(tokens: readonly Token[], from: number): boolean {
  for (let k = Math.max(0, from - 3); k < from; k++) {
    const token = tokens[k] as Token;
    if (token.forms.some((form) => form === 'i' || form === 'me' || form === 'my' || form === 'we')) return true;
    if (token.forms.some((form) => NEGATIONS.has(form)) && !isDisclaimer(tokens, k)) return true;
  }
  return false;
}

/** How sure we are, by who the words are about. Undefined: do not report. */
function sureness(term: InsultTerm, reading: TargetReading, linked: boolean): number | undefined {
  if (reading.negated) return undefined;
  if (term.needsLink && !linked) return undefined;
  switch (reading.target) {
    case 'reader':
      return term.weight;
    case 'other':
      return term.weight * 0.8;
    case 'unknown':
      // A bare name ("what an idiot", "loser.") in a comment is usually aimed at the creator.
      return term.part === 'noun' && !term.plural ? term.weight * 0.7 : undefined;
    default:
      // The speaker ("I'm such an idiot") is not attacked.
      return undefined;
  }
}

/** After these, the word judges what someone does or has: "terrible at parking", "awful to me", "an awful lot", "sick of it". */
const THING_OR_SKILL_AFTER = new Set(['at', 'in', 'on', 'with', 'as', 'for', 'to', 'lot', 'of', 'himself', 'herself', 'themselves', 'again', 'today']);
/** Before these, it describes a noun or a thing of the reader's: "a terrible cook", "your mic is awful". */
const THING_OR_SKILL_BEFORE = new Set(['a', 'an', ...YOUR]);

/** For words that judge things as often as people: true when this one judges a thing or a skill. */
function judgesThingOrSkill(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  // "a sick man", "a horrible person": said of a person after all.
  if (next?.forms.some((form) => PEOPLE.has(form)) ?? false) return false;
  if (next?.forms.some((form) => THING_OR_SKILL_AFTER.has(form)) ?? false) return true;
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) if ((tokens[k] as Token).forms.some((form) => THING_OR_SKILL_BEFORE.has(form))) return true;
  return false;
}

/** Nouns for people that an adjective can name with it: "stupid people", "what a dumb guy". */
const PEOPLE = new Set([...PERSON_NOUNS, 'people', 'folks', 'ppl', 'humans', 'human', 'individual', 'individuals']);

/**
 * An adjective right before a word for people names them with it: "stupid people ruin
 * everything", "these idiotic liberals". Only words that insult on their own (not "crazy people",
 * "sick kids"), and not looks: "a fat guy", "an ugly sweater" describe more often than they insult.
 * Not when the writer is among them or denies it.
 */
function namesPeople(term: InsultTerm, reading: TargetReading, tokens: readonly Token[], index: number): number | undefined {
  if (term.part !== 'adjective' || term.needsLink || term.theme === 'appearance' || reading.negated || reading.target === 'speaker') return undefined;
  const next = tokens[index + 1];
  if (next === undefined || (tokens[index] as Token).punctAfter !== '' || !next.forms.some((form) => PEOPLE.has(form))) return undefined;
  return term.weight * 0.8;
}

/** Nouns that need a link and, after "you", praise or mean nothing: "you dog, nice catch", "you animal". */
const NOT_A_NAME_AFTER_YOU = new Set(['dog', 'animal', 'joke', 'mess', 'hack', 'sheep', 'waste', 'nobody', 'cancer', 'disease', 'plague', 'tumor', 'tumour', 'trash', 'garbage', 'troll']);
/** A vocative takes no article: "are you a nazi?" asks, "you nazi" calls a name. */
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "you hypocrite", "@sam you fraud": a noun that needs a link ("a liar in the story") is a name
 * called when "you" comes right before it, past intensifiers ("you absolute disgrace"). Not after a
 * mention alone: "@sam @kim trash" is slang for bad as often as a name. Not "trash" after "you"
 * either: "u trash at that game" means bad at it.
 */
function calledByName(term: InsultTerm, reading: TargetReading, tokens: readonly Token[], index: number): number | undefined {
  if (term.part !== 'noun' || !term.needsLink || !reading.vocative || reading.negated || reading.target !== 'reader') return undefined;
  const word = tokens[index] as Token;
  if (word.forms.some((form) => NOT_A_NAME_AFTER_YOU.has(form))) return undefined;
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    const before = tokens[k] as Token;
    if (before.forms.some((form) => YOU.has(form))) return term.weight * 0.9;
    if (before.forms.some((form) => ARTICLES.has(form)) || !before.forms.some((form) => FILLERS.has(form))) return undefined;
  }
  return undefined;
}

/** True when the insult noun only modifies the next word: "clown show", "trash can", "joke writer". */
function modifiesNextNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  return next !== undefined && token.punctAfter === '' && next.forms.some((form) => COMPOUND_HEADS.has(form));
}

const vocabulary = builtInVocabulary('insults', () => combineVocabularies(lexicon.words, phrases.vocabulary));

export default defineRule({
  meta: {
    id: 'insults',
    category: 'insult',
    defaultLevel: 'error',
    description: 'Name-calling and degrading descriptions aimed at a person: intelligence, looks, worth, dehumanising comparisons.',
    ...builtInDocs('insults'),
    schema: {},
    messages: {
      nameCalling: {
        message: 'Calling someone "{{term}}" attacks the person, not their point.',
        why: 'Name-calling {{note}}. The person reading it hears a verdict on who they are, and the conversation stops there.',
        kinder: ['Say what you disagree with instead: "I see this differently, because…"', 'This one didn\'t land for me.'],
      },
      appearance: {
        message: 'Calling someone "{{term}}" judges their body or looks.',
        why: 'It {{note}}. People cannot change how they look before the next post, and remarks about bodies are among the comments people remember longest.',
        kinder: ['If it is not your style, scroll on: looks are not up for review.', 'Comment on the work instead: "The editing on this one felt rushed to me."'],
      },
      model: {
        message: 'This reads as an attack on a person (model score {{score}}), though it uses no listed insult.',
        why: 'The model learned from thousands of comments that people marked as insulting: put-downs, mockery and contempt hurt without any swear word. The highlighted words weighed most.',
        kinder: ['Say what you disagree with, not what you think of the person: "I see this differently, because…"', 'If it is not for you, you can scroll on.'],
      },
      bodyAdvice: {
        message: '"{{term}}" judges someone\'s body, dressed as advice.',
        why: 'It {{note}}. However kindly meant, it tells the person their body is a problem to fix before they deserve to be seen, and unasked body advice is one of the most common forms of body shaming.',
        kinder: ['Leave their body out of it: compliment something they chose, or say nothing.', 'If you like the video, say so: "Great video!"'],
      },
      dehumanising: {
        message: 'Calling someone "{{term}}" compares them to something less than human.',
        why: 'It {{note}}. Dehumanising language makes cruelty toward the person feel acceptable to everyone who reads it.',
        kinder: ['Name the behaviour you object to: "I think what you did here was unfair, because…"'],
      },
    },
  },
  get vocabulary() {
    return vocabulary();
  },
  create(context) {
    return {
      Sentence(sentence) {
        const isDescription = (token: Token): boolean => lexicon.lookup(token) !== undefined;
        // Read once per sentence, not once per word: a long run-on text would turn quadratic.
        let affection: boolean | undefined;
        const covered = new Set<number>();
        for (const match of phrases.matchAll(sentence.tokens)) {
          if (aboutSpeakerOrNegated(sentence.tokens, match.from) || isQuoted(sentence.tokens, match.from, match.to)) continue;
          if (stanceOf(sentence.tokens, match.from, match.to) !== 'attack') continue;
          for (let k = match.from; k < match.to; k++) covered.add(k);
          const [start, end] = rangeOf(sentence.tokens, match);
          const { theme, note } = match.entry;
          context.report({ messageId: theme, data: { term: context.text.slice(start, end), note }, range: [start, end], confidence: PHRASE_SURENESS[theme] });
        }
        sentence.tokens.forEach((token, index) => {
          if ((token.kind !== 'word' && token.kind !== 'emoji') || covered.has(index)) return;
          const term = lexicon.lookup(token);
          if (term === undefined) return;
          if (term.part === 'noun' && modifiesNextNoun(sentence.tokens, index)) return;
          if (term.afterArticle && !(sentence.tokens[index - 1]?.forms.includes('a') ?? false)) return;
          if (term.judgesThingsToo && judgesThingOrSkill(sentence.tokens, index)) return;
          if (isQuoted(sentence.tokens, index, index + 1)) return;
          // News, counter-speech, praise hyperbole, a group's own word: not aimed at anyone.
          if (stanceOf(sentence.tokens, index, index + 1) !== 'attack') return;
          // Banter: "you absolute clown, I love this". Playful words only; "ugly" stays ugly.
          if (term.playful && (affection ??= hasAffection(sentence.tokens))) return;
          const reading = readTarget(context.text, sentence.tokens, index, isDescription);
          const linked = reading.target !== 'unknown' && !reading.vocative;
          const confidence = sureness(term, reading, linked) ?? namesPeople(term, reading, sentence.tokens, index) ?? calledByName(term, reading, sentence.tokens, index);
          if (confidence === undefined) return;
          const messageId = term.theme === 'appearance' ? 'appearance' : term.theme === 'dehumanising' ? 'dehumanising' : 'nameCalling';
          context.report({
            messageId,
            data: { term: context.text.slice(token.start, token.end), note: term.note },
            range: [token.start, token.end],
            confidence,
          });
        });
      },
    };
  },
});
