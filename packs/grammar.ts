/**
 * Grammar that ties a group's name to what is said of it. A group and a hostile word in one
 * sentence are often about different things ("my Muslim friend got attacked", "the party elite
 * hate immigrants, this should be stopped"); an attack says the word *of* the group: as its
 * predicate ("X are all so lazy", "X should be killed", "X never smart one", "X worse than
 * animals"), or with the group as its object ("kill those X", "contempt for X"). A pronoun after
 * the group's name stands for it ("…to know they're all assholes", "…I want to kill them").
 */
import type { Token } from '../src/text/document.js';
import type { Span } from './shared.js';

export interface GrammarLink {
  /** Words that may stand between a group and its predicate: copulas, modals, adverbs, intensifiers, quantifiers, negators. */
  between: ReadonlySet<string>;
  /** Words that may stand between a verb or adjective and the group it is said of: determiners, prepositions. */
  before: ReadonlySet<string>;
  /** Pronouns that stand for a group named earlier in the sentence. */
  pronouns: ReadonlySet<string>;
  /** The most words a link may span. */
  maxWords: number;
  /** Words of harm ("killed", "attacked"): after a group they report what was done to it ("X were attacked") unless a word of `wishing` wishes it. */
  harm?: ReadonlySet<string>;
  /** Modals, wishes and causatives that turn harm into a threat: "X should be killed", "X deserve to die", "make X suffer". */
  wishing?: ReadonlySet<string>;
}

const CLAUSE_BREAK = /[,;:()"\u201C\u201D]/;

function isIn(token: Token, words: ReadonlySet<string>): boolean {
  return token.forms.some((form) => words.has(form));
}

/** True when tokens [from, to) are all words of `words`, at most `max` of them, with no clause break inside. */
function bridges(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>, max: number): boolean {
  if (to - from > max) return false;
  for (let k = from; k < to; k++) if (!isIn(tokens[k] as Token, words)) return false;
  for (let k = Math.max(0, from - 1); k < to; k++) if (CLAUSE_BREAK.test((tokens[k] as Token).punctAfter)) return false;
  return true;
}

/** True when `hostile` is said of the group (or pronoun) at `mention`, by the grammar of `link`. */
export function isLinked(tokens: readonly Token[], mention: Span, hostile: Span, link: GrammarLink): boolean {
  if (mention.to <= hostile.from) {
    if (!bridges(tokens, mention.to, hostile.from, link.between, link.maxWords)) return false;
    const { harm, wishing } = link;
    if (harm === undefined || wishing === undefined || !isIn(tokens[hostile.from] as Token, harm)) return true;
    // The wish may also stand just before the group: "make those X suffer", "until you X disappear".
    for (let k = Math.max(0, mention.from - 3); k < hostile.from; k++) if ((k < mention.from || k >= mention.to) && isIn(tokens[k] as Token, wishing)) return true;
    return false;
  }
  if (hostile.to <= mention.from) return bridges(tokens, hostile.to, mention.from, link.before, link.maxWords);
  return false;
}

/** The pronouns after the first of `groups` that can stand for it, each with the group it stands for. */
export function pronounsFor<G extends Span>(tokens: readonly Token[], groups: readonly G[], link: GrammarLink): (Span & { group: G })[] {
  const found: (Span & { group: G })[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const group = groups.findLast((candidate) => candidate.to <= index);
    if (group !== undefined && isIn(tokens[index] as Token, link.pronouns)) found.push({ from: index, to: index + 1, group });
  }
  return found;
}
