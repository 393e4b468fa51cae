import { builtInVocabulary, combineVocabularies, defineRule } from '../../src/core/define-rule.js';
import { builtInDocs } from '../../src/core/docs.js';
import { isQuoted, looksLikeName } from '../../src/text/context.js';
import { negationBefore, stanceOf } from '../../src/text/stance.js';
import { FILLERS, LINKING_VERBS, YOU, YOUR } from '../../src/text/english.js';
import { readTarget } from '../../src/text/addressee.js';
import { createLexicon } from '../../src/text/lexicon.js';
import { compilePhrases, rangeOf } from '../../src/text/phrases.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';
import type { Sentence } from '../../src/text/document.js';
import { DEHUMANISING, GO_BACK_PATTERNS, GROUP_ATTACK_PATTERNS, GROUP_NOUNS, IDENTITY_ADJECTIVES, PEOPLE_NOUNS, VIOLENCE } from './groups.js';
import { SLUR_PHRASES, SLURS, type Group, type Slur } from './slurs.js';
import { groupNames, linkedGroupAttack } from '../../packs/singlish/rules.js';

const slurs = createLexicon(SLURS);
const slurPhrases = compilePhrases(SLUR_PHRASES.map(({ pattern, group }) => ({ pattern, entry: group })));
/** Every group pattern twice: with a group noun ("immigrants"), and with "<identity> people". */
const groupAttacks = compilePhrases(
  GROUP_ATTACK_PATTERNS.flatMap((pattern) => [pattern, pattern.replace('<group>', '<identity> <people>')]).map((pattern) => ({ pattern, entry: pattern })),
  {
    group: new Set(GROUP_NOUNS.keys()),
    identity: new Set(IDENTITY_ADJECTIVES.keys()),
    people: new Set(PEOPLE_NOUNS),
    dehumanising: new Set(DEHUMANISING),
    violence: new Set(VIOLENCE),
  },
);

const goBack = compilePhrases(GO_BACK_PATTERNS.map((pattern) => ({ pattern, entry: pattern })), { you: YOU, your: YOUR });

const GROUP_NAMES: Record<Group, string> = {
  race: 'race',
  ethnicity: 'ethnicity',
  religion: 'religion',
  gender: 'gender',
  sexuality: 'sexuality',
  disability: 'disability',
  nationality: 'where they come from',
};

/** Every word form in a sentence, for the innocent-reading guards; built once per sentence. */
function formsOf(sentence: Sentence): ReadonlySet<string> {
  return new Set(sentence.tokens.flatMap((token) => token.forms));
}

function hasInnocentReading(slur: Slur, forms: () => ReadonlySet<string>): boolean {
  const near = slur.unlessNear;
  if (near === undefined || near.length === 0) return false;
  const present = forms();
  return near.some((word) => present.has(word));
}

/** Things said to be "a bitch" in the idiom: "karma is a bitch", "life's a bitch", "it's a bitch to clean". */
const IDIOM_SUBJECTS = new Set(['karma', 'life', 'payback', 'revenge', 'reality', 'gravity', 'it', 'mondays', 'monday']);
/** The same, with "is" run on and the apostrophe dropped: "lifes a bitch", "its a bitch to clean". */
const IDIOM_SUBJECTS_IS = new Set(['lifes', 'karmas', 'its']);
/** "karma is such a bitch": the link within this many words before the slur. */
const MAX_IDIOM_REACH = 3;

/**
 * A gendered slur in an idiom that names no woman: "karma is a bitch", or the writer's own
 * craving ("I'm a slut for white wine").
 */
function isIdiom(text: string, tokens: readonly Token[], index: number): boolean {
  if (readTarget(text, tokens, index).target === 'speaker') return tokens[index + 1]?.forms.includes('for') ?? false;
  // Only "a" and intensifiers between: "It's Friday bitch" calls someone a name.
  const article = tokens[index - 1];
  if (article === undefined || !article.forms.includes('a')) return false;
  for (let link = index - 2; link >= Math.max(0, index - MAX_IDIOM_REACH); link--) {
    const token = tokens[link] as Token;
    if (readsOneOf(token, IDIOM_SUBJECTS_IS)) return true;
    if (readsOneOf(token, LINKING_VERBS) || token.forms.includes("'s")) return readsOneOf(tokens[link - 1], IDIOM_SUBJECTS);
    if (!readsOneOf(token, FILLERS)) return false;
  }
  return false;
}

function groupOf(tokens: readonly Token[], from: number, to: number): Group | undefined {
  for (let k = from; k < to; k++) {
    for (const form of (tokens[k] as Token).forms) {
      const group = GROUP_NOUNS.get(form) ?? IDENTITY_ADJECTIVES.get(form);
      if (group !== undefined) return group;
    }
  }
  return undefined;
}

/** How many words back a negation denies a group attack: "we should never deport refugees". */
const NEGATION_REACH = 3;


const vocabulary = builtInVocabulary('identity-attacks', () =>
  combineVocabularies(slurs.words, slurPhrases.vocabulary, groupAttacks.vocabulary, goBack.vocabulary, groupNames()),
);

export default defineRule({
  meta: {
    id: 'identity-attacks',
    category: 'identity-attack',
    defaultLevel: 'error',
    description: 'Slurs, and attacks on people for who they are: race, ethnicity, religion, gender, sexuality, disability, origin.',
    ...builtInDocs('identity-attacks'),
    schema: {},
    messages: {
      slur: {
        message: '"{{term}}" is a slur about {{group}}.',
        why: 'Slurs attack people for who they are, something they cannot and should not have to change. Everyone in that group who reads it is hit too{{note}}.',
        kinder: ['Leave the word out and say what you actually object to.', 'If you mean the person, talk about what they did, not who they are.'],
      },
      model: {
        message: 'This reads as an attack on people for who they are (model score {{score}}), though it uses no listed slur.',
        why: 'The model learned from comments people marked as hateful toward a race, religion, gender, sexuality, disability or origin. Statements like this turn a whole group into a target.',
        kinder: ['Talk about a specific action or policy, and why you disagree with it, not about what a group of people is.'],
      },
      goBack: {
        message: '"{{phrase}}" tells someone they do not belong in the country.',
        why: 'It attacks a person for where they or their family come from, whatever they said. Many who hear it were born here; all of them hear that they will never be accepted.',
        kinder: ['Say what you disagree with in what they said: "I see this differently, because…"'],
      },
      groupAttack: {
        message: '"{{phrase}}" attacks a whole group of people for who they are ({{group}}).',
        why: 'Statements about what a whole group "is" or "deserves" turn real people into a target, and they are how hatred spreads.',
        kinder: ['Talk about a specific action or policy and why you disagree with it.'],
      },
    },
  },
  get vocabulary() {
    return vocabulary();
  },
  create(context) {
    // The sentence before, on the same line: "they" in this one may stand for the group it named.
    let previous: Sentence | undefined;
    return {
      Sentence(sentence) {
        const { tokens } = sentence;
        const before = previous !== undefined && !context.text.slice(previous.end, sentence.start).includes('\n') ? previous : undefined;
        previous = sentence;
        const covered = new Set<number>();
        let forms: ReadonlySet<string> | undefined;
        const sentenceForms = (): ReadonlySet<string> => (forms ??= formsOf(sentence));
        // Reclaimed by the group ("us queers"), reported, or quoted to condemn it: not an attack.
        const notAttack = (from: number, to: number): boolean => stanceOf(tokens, from, to, isQuoted(tokens, from, to)) !== 'attack';
        for (const match of slurPhrases.matchAll(tokens)) {
          if (notAttack(match.from, match.to)) continue;
          const [start, end] = rangeOf(tokens, match);
          for (let k = match.from; k < match.to; k++) covered.add(k);
          context.report({
            messageId: 'slur',
            data: { term: context.text.slice(start, end), group: GROUP_NAMES[match.entry], note: '' },
            range: [start, end],
            confidence: 0.95,
          });
        }
        tokens.forEach((token, index) => {
          if (covered.has(index) || (token.kind !== 'word' && token.kind !== 'hashtag')) return;
          const slur = slurs.lookup(token);
          if (slur === undefined || hasInnocentReading(slur, sentenceForms) || notAttack(index, index + 1)) return;
          // "Dick Van Dyke": ambiguous words inside a name are the name.
          if (slur.unlessNear !== undefined && looksLikeName(context.text, tokens, index)) return;
          if (slur.group === 'gender' && isIdiom(context.text, tokens, index)) return;
          context.report({
            messageId: 'slur',
            data: { term: context.text.slice(token.start, token.end), group: GROUP_NAMES[slur.group], note: slur.note ? `; it is ${slur.note}` : '' },
            range: [token.start, token.end],
            confidence: slur.weight,
          });
        });
        for (const match of goBack.matchAll(tokens)) {
          if (notAttack(match.from, match.to)) continue;
          const [start, end] = rangeOf(tokens, match);
          context.report({ messageId: 'goBack', data: { phrase: context.text.slice(start, end) }, range: [start, end], confidence: 0.9 });
        }
        let attacked = false;
        for (const match of groupAttacks.matchAll(tokens)) {
          if (notAttack(match.from, match.to) || negationBefore(tokens, match.from, NEGATION_REACH) !== -1) continue;
          const [start, end] = rangeOf(tokens, match);
          const group = groupOf(tokens, match.from, match.to) ?? 'ethnicity';
          attacked = true;
          context.report({
            messageId: 'groupAttack',
            data: { phrase: context.text.slice(start, end), group: GROUP_NAMES[group] },
            range: [start, end],
            confidence: 0.85,
          });
        }
        // The patterns above know the common phrasings; the linked reading finds the rest, in any
        // order and spelling, the local groups of Singapore and Malaysia among them.
        const linked = attacked ? undefined : linkedGroupAttack(context.text, sentence, before);
        if (linked !== undefined && stanceOf(linked.tokens, linked.span.from, linked.span.to) === 'attack') {
          const [start, end] = rangeOf(linked.tokens, linked.span);
          context.report({ messageId: 'groupAttack', data: { phrase: context.text.slice(start, end), group: linked.group }, range: [start, end], confidence: 0.75 });
        }
      },
    };
  },
});
