import { defineRule } from '../../src/core/define-rule.js';
import { builtInDocs } from '../../src/core/docs.js';
import { YOU, YOUR } from '../../src/text/english.js';
import { compilePhrases } from '../../src/text/phrases.js';
import type { Token } from '../../src/text/tokenize.js';
import { GROUP_WORDS, MICRO_PHRASES, PET_NAMES } from './phrases.js';

const matcher = compilePhrases(
  MICRO_PHRASES.flatMap((entry) => entry.patterns.map((pattern) => ({ pattern, entry }))),
  { you: YOU, your: YOUR, group: new Set(GROUP_WORDS), pet: new Set(PET_NAMES) },
);

/** Idioms are near-certain; backhanded compliments depend more on tone. */
const SURENESS = { backhanded: 0.75, othering: 0.8, stereotype: 0.8, condescension: 0.7, idiom: 0.85, generalising: 0.7 };

export default defineRule({
  meta: {
    id: 'micro-aggressions',
    category: 'micro-aggression',
    defaultLevel: 'warn',
    description: 'Backhanded compliments, othering, stereotypes, condescension and idioms that use an identity as an insult.',
    docs: builtInDocs('micro-aggressions'),
    messages: {
      hiddenMessage: {
        message: '"{{phrase}}" can carry a hidden message: {{hidden}}.',
        why: 'Each one may be meant kindly or as a joke, but people who hear them again and again hear the hidden message, not the intent.',
        kinder: [],
      },
    },
  },
  create(context) {
    return {
      Sentence(sentence) {
        for (const match of matcher.matchAll(sentence.tokens)) {
          const first = sentence.tokens[match.from] as Token;
          const last = sentence.tokens[match.to - 1] as Token;
          const { kind, hidden, kinder } = match.entry;
          context.report({
            messageId: 'hiddenMessage',
            data: { phrase: context.text.slice(first.start, last.end), hidden },
            range: [first.start, last.end],
            confidence: SURENESS[kind],
            kinder: [kinder],
          });
        }
      },
    };
  },
});
