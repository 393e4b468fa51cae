import { defineRule } from '../../src/core/define-rule.js';
import { builtInDocs } from '../../src/core/docs.js';
import { readTarget } from '../../src/text/addressee.js';
import { looksLikeName } from '../../src/text/context.js';
import { createLexicon } from '../../src/text/lexicon.js';
import type { Token } from '../../src/text/tokenize.js';
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

/**
 * "he is shit", "your take is shit": a swear word said of a person, closing its clause, is an
 * insult rather than emphasis. Not "you're a fucking genius", where it only intensifies the next word.
 */
function isAimed(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (next !== undefined && next.kind === 'word' && token.punctAfter === '') return false;
  // A vocative swear ("fuck, I missed the bus") is an interjection, not a name.
  const { target, negated, vocative } = readTarget(text, tokens, index);
  return !negated && !vocative && (target === 'reader' || target === 'other');
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
      aimed: {
        message: '"{{term}}" is profanity said of a person.',
        why: 'Said of someone, a swear word is no longer emphasis: it is an insult, and it lands as one.',
        kinder: ['Say what you disagree with instead: "I think this misses the point, because…"'],
      },
    },
  },
  vocabulary: lexicon.words,
  create(context) {
    const includeMild = context.options.includeMild === true;
    return {
      Sentence(sentence) {
        sentence.tokens.forEach((token, index) => {
          if (token.kind !== 'word' && token.kind !== 'hashtag') return;
          const word = lexicon.lookup(token);
          if (word === undefined || (word.strength === 'mild' && !includeMild)) return;
          if (word.ambiguous && looksLikeName(context.text, sentence.tokens, index)) return;
          if (!includeMild && isPraiseIdiom(sentence.tokens, index)) return;
          context.report({
            messageId: isAimed(context.text, sentence.tokens, index) ? 'aimed' : 'profanity',
            data: { term: context.text.slice(token.start, token.end) },
            range: [token.start, token.end],
            confidence: sureness(word),
          });
        });
      },
    };
  },
});
