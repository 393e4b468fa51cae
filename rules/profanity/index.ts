import { defineRule } from '../../src/core/define-rule.js';
import { builtInDocs } from '../../src/core/docs.js';
import { readTarget } from '../../src/text/addressee.js';
import { hasAffection, looksLikeName } from '../../src/text/context.js';
import { PERSON_NOUNS, THIRD_PERSONS, YOU, YOUR } from '../../src/text/english.js';
import { hasPraise } from '../../src/text/stance.js';
import { negativeWordSet } from '../../src/model/lexicon.js';
import { createLexicon } from '../../src/text/lexicon.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';
import { PROFANE_WORDS, type ProfaneWord } from './words.js';

const lexicon = createLexicon(PROFANE_WORDS);

const SURENESS = { strong: 0.95, moderate: 0.8, mild: 0.4 };
const AMBIGUITY_DISCOUNT = 0.6;

/** Praise that happens to contain a swear: "bad ass edit", "this kicks ass". Mild, like badass. */
const PRAISE_BEFORE_ASS = new Set(['bad', 'kick', 'kicks', 'kicked', 'kicking']);

function isPraiseIdiom(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const before = tokens[index - 1];
  return token.forms.includes('ass') && before !== undefined && before.forms.some((form) => PRAISE_BEFORE_ASS.has(form));
}

/** Words for people that a swear word can be thrown at: "fucking liberals", "petty ass fans". */
const PEOPLE = new Set([...PERSON_NOUNS, ...[...PERSON_NOUNS].map((noun) => `${noun}s`), 'people', 'folks', 'fans', 'haters', 'idiots', 'hypocrites', 'snowflakes', 'trolls', 'clowns', 'morons', 'losers', 'sheep']);
const OWN = new Set(['my', 'our', 'i', 'me', 'we']);
const DETERMINERS = new Set(['a', 'an', 'such']);
/** Questions that turn on the reader: "who the fuck asked you", "why the fuck would you post this". */
const HOSTILE_QUESTIONS = new Set(['who', 'why', 'what']);
const THE = new Set(['the', 'tf']);
const READER_WITHIN = 4;
const ARTICLES = new Set(['a', 'an']);
/** "a sick fuck", "an absolute dumb shit": words between the article and a swear used as a noun. */
const MAX_WORDS_AFTER_ARTICLE = 2;

/**
 * "fucking liberals", "stupid ass people": the swear word, as an adjective, is thrown at the people
 * named next. Not the writer's own ("my fucking friends"), not praise ("the nicest fucking dude"),
 * and not an interjection before a vocative ("fuck, dude").
 */
function thrownAtPeople(tokens: readonly Token[], index: number): boolean {
  const swear = tokens[index] as Token;
  const before = tokens[index - 1];
  // "fucking", "shitty", "petty ass", and "shit" after an article: "such a shit rapper".
  const attributive = swear.forms.some((form) => form === 'ass' || form.endsWith('ing') || form.endsWith('in') || form.endsWith('y') || (form === 'shit' && readsOneOf(before, DETERMINERS)));
  if (!attributive) return false;
  if (before !== undefined && (readsOneOf(before, OWN) || before.forms.some((form) => form.endsWith('est')))) return false;
  const next = tokens[index + 1];
  // "stupid ass people": past the "ass" that the adjective came with.
  const named = next?.forms.includes('ass') === true ? tokens[index + 2] : next;
  return readsOneOf(named, PEOPLE) && !hasAffection(tokens);
}

/** "who the fuck asked you": a question asked with a swear, at the reader. */
function turnsOnReader(tokens: readonly Token[], index: number): boolean {
  if (!readsOneOf(tokens[index - 1], THE) || !readsOneOf(tokens[index - 2], HOSTILE_QUESTIONS) || hasAffection(tokens)) return false;
  for (let k = index + 1; k <= index + READER_WITHIN && k < tokens.length; k++) {
    if (readsOneOf(tokens[k], YOU) || readsOneOf(tokens[k], YOUR)) return true;
  }
  return false;
}

/**
 * "he is shit", "your take is shit": a swear word said of a person, closing its clause, is an
 * insult rather than emphasis. So is one thrown at people ("fucking liberals") or asked at the
 * reader ("who the fuck asked you"). Not "you're a fucking genius", where it only intensifies the
 * next word.
 */
function isAimed(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (thrownAtPeople(tokens, index) || turnsOnReader(tokens, index)) return true;
  if (next !== undefined && next.kind === 'word' && token.punctAfter === '') return false;
  // A vocative swear ("fuck, I missed the bus") is an interjection, not a name. "you're a sick
  // fuck": past the words describing it, from its article.
  const { target, negated, vocative } = readTarget(text, tokens, articleBefore(tokens, index) ?? index);
  return !negated && !vocative && (target === 'reader' || target === 'other');
}

/** The article that a swear word used as a noun belongs to ("a sick fuck", "an absolute dumb shit"), if any. */
function articleBefore(tokens: readonly Token[], index: number): number | undefined {
  for (let k = index - 1; k >= Math.max(0, index - 1 - MAX_WORDS_AFTER_ARTICLE); k--) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || token.punctAfter !== '') return undefined;
    if (k < index - 1 && readsOneOf(token, ARTICLES)) return k;
  }
  return undefined;
}

/** Joy and relief that a swear only makes louder: "fuck yes", "fucking finally", "holy shit this is good". */
const CHEERS = new Set(['yes', 'yess', 'yesss', 'yeah', 'yay', 'finally', 'omg', 'needed', 'glowing', 'delicious', 'sedap', 'shiok', 'nice', 'cool', 'epic', 'stunning', 'wonderful']);

/**
 * A sentence that cheers: a word of praise or joy, no one in it to be sworn at, no bad word and
 * no question ("fuck yes, the collab we needed"; not "you fucking idiot, this is amazing", nor
 * "the best part about this fucking mess").
 */
function cheers(tokens: readonly Token[]): boolean {
  // "what's the best part about fucking…?" opens a joke.
  if ((tokens.at(-1) as Token).punctAfter.includes('?')) return false;
  if (!(hasPraise(tokens) || tokens.some((token) => readsOneOf(token, CHEERS)))) return false;
  const bad = negativeWordSet();
  return !tokens.some((token) => readsOneOf(token, YOU) || readsOneOf(token, YOUR) || readsOneOf(token, THIRD_PERSONS) || token.kind === 'mention' || (!lexicon.lookup(token) && readsOneOf(token, bad)));
}

function sureness(word: ProfaneWord): number {
  return SURENESS[word.strength] * (word.ambiguous ? AMBIGUITY_DISCOUNT : 1);
}

export default defineRule({
  meta: {
    id: 'profanity',
    category: 'profanity',
    defaultLevel: 'warn',
    description: 'Swear words, graded by strength. Options: includeMild (damn, hell, crap), default false.',
    ...builtInDocs('profanity'),
    schema: {
      includeMild: { type: 'boolean', description: 'Also report mild words: damn, hell, crap.' },
    },
    messages: {
      profanity: {
        message: '"{{term}}" is profanity.',
        why: 'Some readers, and some platforms\' filters, take swearing as hostility even when you mean it as emphasis.',
        kinder: ['If it is emphasis, "really", "so" or an emoji carries it too.'],
      },
      cheer: {
        message: '"{{term}}" is profanity, used as a cheer.',
        why: 'It is emphasis, aimed at no one; some readers, and some platforms\' filters, still take swearing as hostility.',
        kinder: ['"Yes!", "finally!" or an emoji carries the cheer too.'],
      },
      aimed: {
        message: '"{{term}}" is profanity aimed at people.',
        why: 'Aimed at someone, a swear word is no longer emphasis: it is an insult, and it lands as one.',
        kinder: ['Say what you disagree with instead: "I think this misses the point, because…"'],
      },
    },
  },
  vocabulary: lexicon.words,
  create(context) {
    const includeMild = context.options.includeMild === true;
    return {
      Sentence(sentence) {
        // Read once per sentence, and only when it holds a swear.
        let cheering: boolean | undefined;
        sentence.tokens.forEach((token, index) => {
          if (token.kind !== 'word' && token.kind !== 'hashtag') return;
          const word = lexicon.lookup(token);
          if (word === undefined || (word.strength === 'mild' && !includeMild)) return;
          if (word.ambiguous && looksLikeName(context.text, sentence.tokens, index)) return;
          if (!includeMild && isPraiseIdiom(sentence.tokens, index)) return;
          const aimed = isAimed(context.text, sentence.tokens, index);
          context.report({
            messageId: aimed ? 'aimed' : (cheering ??= cheers(sentence.tokens)) ? 'cheer' : 'profanity',
            data: { term: context.text.slice(token.start, token.end) },
            range: [token.start, token.end],
            confidence: sureness(word),
          });
        });
      },
    };
  },
});
