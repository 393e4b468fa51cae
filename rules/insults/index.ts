import { builtInVocabulary, combineVocabularies, defineRule } from '../../src/core/define-rule.js';
import { builtInDocs } from '../../src/core/docs.js';
import { hasAffection, isQuoted } from '../../src/text/context.js';
import { createLexicon, type Lexicon } from '../../src/text/lexicon.js';
import { negationBefore, stanceOf } from '../../src/text/stance.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';
import { insultTerms, type InsultTerm } from './terms.js';
import { BODY_WORDS, bodyRemark } from './body-reading.js';
import { DEHUMANISING_WORDS, dehumanisingComparison } from './dehumanising-reading.js';
import { calledByName, judgesThingOrSkill, modifiesNextNoun, namesPeople, notAName, possessedByReader, readInsultTarget, saidOfOwnPeople, sureness } from './readings.js';
import { INSULT_PHRASES } from './phrases.js';
import { compilePhrases, rangeOf } from '../../src/text/phrases.js';
import { namesIllness, YOU, YOUR } from '../../src/text/english.js';

let lexicon: Lexicon<InsultTerm> | undefined;
const insultLexicon = (): Lexicon<InsultTerm> => (lexicon ??= createLexicon(insultTerms()));
const phrases = compilePhrases(INSULT_PHRASES.map((entry) => ({ pattern: entry.pattern, entry })), {
  you: YOU,
  your: YOUR,
  person: new Set([...YOU, 'she', 'he', 'they']),
  nice: new Set(['cute', 'pretty', 'prettier', 'hot', 'hotter', 'attractive', 'gorgeous', 'beautiful', 'handsome', 'decent', 'fine', 'good', 'better', 'nicer', 'cuter', 'sexy', 'perfect', 'younger', 'thinner', 'great', 'okay', 'ok', 'stunning', 'sexier']),
  amount: new Set(['a', 'some', 'the', 'those', 'that', 'few', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'couple', 'of', 'more']),
  body: new Set(['pounds', 'kilos', 'kg', 'lbs', 'sizes', 'weight', 'belly', 'gut', 'chins', 'chin', 'rolls', 'fat', 'stomach', 'dress']),
});
const PHRASE_SURENESS = { bodyAdvice: 0.8, dehumanising: 0.85, nameCalling: 0.8, putDown: 0.75 };
const BODY_FLAW = 'finds a flaw in someone\'s body and tells them to fix it';
const LESS_THAN_HUMAN = 'makes a person into vermin, filth or a thing';

/** The writer about themselves ("I need to lose weight") or a negation just before: not advice to anyone. */
function aboutSpeakerOrNegated(tokens: readonly Token[], from: number): boolean {
  // Back to the start of the clause only: "I've seen worse, you simply cannot sing" is no advice to the writer.
  for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
    const token = tokens[k] as Token;
    if (/[,;:.!?]/.test(token.punctAfter)) break;
    if (token.forms.some((form) => form === 'i' || form === 'me' || form === 'my' || form === 'we')) return true;
  }
  return negationBefore(tokens, from, 3) !== -1;
}

const READER_WORDS = new Set([...YOU, ...YOUR, 'yours']);
/** What the writer has seen or met, measured against the reader: "my toaster has more soul than your songs", "i've met parking meters with more charisma". */
const WITNESSED = new Set(['seen', 'met', 'heard']);

/** A put-down that names the reader, or one the writer witnessed: a word of the writer before it does not make it about them. */
function aimedAtReader(tokens: readonly Token[], match: { entry: { theme: string }; from: number; to: number }): boolean {
  if (match.entry.theme !== 'putDown') return false;
  if (readsOneOf(tokens[match.from], WITNESSED)) return true;
  for (let k = match.from; k < match.to; k++) if (readsOneOf(tokens[k], READER_WORDS)) return true;
  return false;
}

const vocabulary = builtInVocabulary('insults', () => combineVocabularies(insultLexicon().words, phrases.vocabulary, BODY_WORDS, DEHUMANISING_WORDS));

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
      putDown: {
        message: '"{{term}}" is a put-down aimed at the person.',
        why: 'It {{note}}. A remark about someone\'s looks, love life, family or worth says nothing about the video and stays with the person long after it.',
        kinder: ['If something did not work for you, say what and why: "The intro felt long to me."', 'If it is not for you, you can scroll on.'],
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
        const words = insultLexicon();
        const isDescription = (token: Token): boolean => words.lookup(token) !== undefined;
        // Read once per sentence, not once per word: a long run-on text would turn quadratic.
        let affection: boolean | undefined;
        const covered = new Set<number>();
        for (const match of phrases.matchAll(sentence.tokens)) {
          if ((!aimedAtReader(sentence.tokens, match) && aboutSpeakerOrNegated(sentence.tokens, match.from)) || isQuoted(sentence.tokens, match.from, match.to)) continue;
          if (stanceOf(sentence.tokens, match.from, match.to) !== 'attack') continue;
          for (let k = match.from; k < match.to; k++) covered.add(k);
          const [start, end] = rangeOf(sentence.tokens, match);
          const { theme, note } = match.entry;
          context.report({ messageId: theme, data: { term: context.text.slice(start, end), note }, range: [start, end], confidence: PHRASE_SURENESS[theme] });
        }
        const body = covered.size > 0 ? undefined : bodyRemark(sentence.tokens);
        if (body !== undefined && !isQuoted(sentence.tokens, body.from, body.to) && stanceOf(sentence.tokens, body.from, body.to) === 'attack') {
          const [start, end] = rangeOf(sentence.tokens, body);
          for (let k = body.from; k < body.to; k++) covered.add(k);
          context.report({ messageId: 'bodyAdvice', data: { term: context.text.slice(start, end), note: BODY_FLAW }, range: [start, end], confidence: PHRASE_SURENESS.bodyAdvice * 0.85 });
        }
        const likened = covered.size > 0 ? undefined : dehumanisingComparison(sentence.tokens);
        if (likened !== undefined && !aboutSpeakerOrNegated(sentence.tokens, likened.from) && !isQuoted(sentence.tokens, likened.from, likened.to) && stanceOf(sentence.tokens, likened.from, likened.to) === 'attack') {
          const [start, end] = rangeOf(sentence.tokens, likened);
          for (let k = likened.from; k < likened.to; k++) covered.add(k);
          context.report({ messageId: 'dehumanising', data: { term: context.text.slice(start, end), note: LESS_THAN_HUMAN }, range: [start, end], confidence: PHRASE_SURENESS.dehumanising * 0.85 });
        }
        sentence.tokens.forEach((token, index) => {
          if ((token.kind !== 'word' && token.kind !== 'emoji') || covered.has(index)) return;
          const term = words.lookup(token);
          if (term === undefined) return;
          if (term.part === 'noun' && (modifiesNextNoun(sentence.tokens, index) || notAName(sentence.tokens, index) || namesIllness(sentence.tokens, index) || possessedByReader(context.text, term, sentence.tokens, index, isDescription))) return;
          if (term.afterArticle && !(sentence.tokens[index - 1]?.forms.includes('a') ?? false)) return;
          if (term.judgesThingsToo && judgesThingOrSkill(sentence.tokens, index)) return;
          if (isQuoted(sentence.tokens, index, index + 1)) return;
          // News, counter-speech, praise hyperbole, a group's own word: not aimed at anyone.
          if (stanceOf(sentence.tokens, index, index + 1) !== 'attack') return;
          // Banter: "you absolute clown, I love this". Playful words only; "ugly" stays ugly.
          if (term.playful && ((affection ??= hasAffection(sentence.tokens)) || saidOfOwnPeople(sentence.tokens, index))) return;
          const reading = readInsultTarget(context.text, sentence.tokens, index, term, isDescription);
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
