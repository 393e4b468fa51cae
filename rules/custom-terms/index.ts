import { defineRule } from '../../src/core/define-rule.js';
import { CATEGORIES } from '../../src/core/categories.js';
import { builtInDocs } from '../../src/core/docs.js';
import type { Category, RuleLevel } from '../../src/core/types.js';
import { matchesWordGlob } from '../../src/text/glob.js';
import { normalizeText } from '../../src/text/normalize.js';
import type { Token } from '../../src/text/tokenize.js';

/** One term from the config's `terms`, as the rule receives it in `options.terms`. */
interface TermOption {
  match: string;
  category?: Category;
  severity?: Exclude<RuleLevel, 'off'>;
  suggestion?: string;
  reason?: string;
}

interface CompiledTerm {
  source: TermOption;
  /** Normalized words; a word with `*` is a glob. */
  words: string[];
}

const compiledByOptions = new WeakMap<object, CompiledTerm[]>();

/** Terms go through the same normalizer as the text, so `Noob` in config matches `n00b`. */
function compileTerms(options: Readonly<Record<string, unknown>>): CompiledTerm[] {
  const cached = compiledByOptions.get(options);
  if (cached) return cached;
  const terms = (Array.isArray(options.terms) ? options.terms : []) as TermOption[];
  const compiled = terms
    .map((source) => ({ source, words: normalizeText(source.match).text.split(/[^\p{L}\p{N}*']+/u).filter(Boolean) }))
    .filter((term) => term.words.length > 0);
  compiledByOptions.set(options, compiled);
  return compiled;
}

/** A config's suggestion is often one word ("newcomer"): shown as a sentence, as every note is. */
function asSentence(suggestion: string): string {
  const trimmed = suggestion.trim();
  return /[.!?…]$/u.test(trimmed) ? trimmed : `Try "${trimmed}" instead.`;
}

function asReason(reason: string | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed === '') return 'Your config asks kindness to flag it.';
  return /[.!?…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

function wordMatches(pattern: string, token: Token): boolean {
  const isGlob = pattern.includes('*');
  return token.forms.some((form) => (isGlob ? matchesWordGlob(pattern, form) : form === pattern));
}

function matchAt(term: CompiledTerm, tokens: readonly Token[], start: number): number {
  for (let k = 0; k < term.words.length; k++) {
    const token = tokens[start + k];
    if (token === undefined || !wordMatches(term.words[k] as string, token)) return -1;
  }
  return start + term.words.length;
}

export default defineRule({
  meta: {
    id: 'custom-terms',
    category: 'custom',
    defaultLevel: 'warn',
    description: 'Words and phrases from the config\'s `terms` list. On whenever the list has entries.',
    ...builtInDocs('custom-terms'),
    schema: {
      terms: {
        type: 'array',
        description: 'Merged with the config\'s top-level `terms`.',
        items: {
          type: 'object',
          required: ['match'],
          properties: {
            match: { type: 'string' },
            category: { type: 'string', enum: CATEGORIES },
            severity: { type: 'string', enum: ['warn', 'error'] },
            suggestion: { type: 'string' },
            reason: { type: 'string' },
          },
        },
      },
    },
    messages: {
      customTerm: {
        message: '"{{term}}" is on your list of words to think twice about.',
        why: '{{reason}}',
        kinder: ['Think about whether a kinder word says what you mean.'],
      },
    },
  },
  create(context) {
    const terms = compileTerms(context.options);
    return {
      Sentence(sentence) {
        if (terms.length === 0) return;
        for (let start = 0; start < sentence.tokens.length; start++) {
          for (const term of terms) {
            const end = matchAt(term, sentence.tokens, start);
            if (end === -1) continue;
            const from = (sentence.tokens[start] as Token).start;
            const to = (sentence.tokens[end - 1] as Token).end;
            const { source } = term;
            context.report({
              messageId: 'customTerm',
              data: { term: context.text.slice(from, to), reason: asReason(source.reason) },
              range: [from, to],
              confidence: 1,
              kinder: source.suggestion === undefined ? [] : [asSentence(source.suggestion)],
              ...(source.severity && { level: source.severity }),
              ...(source.category && { category: source.category }),
            });
          }
        }
      },
    };
  },
});
