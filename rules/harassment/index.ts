import { builtInVocabulary, combineVocabularies, defineRule } from '../../src/core/define-rule.js';
import { builtInDocs } from '../../src/core/docs.js';
import { closesClause, opensClause } from '../../src/text/clause-edges.js';
import { isQuoted } from '../../src/text/context.js';
import { GAMES, saysItJokes, YOU, YOUR, YOURSELF } from '../../src/text/english.js';
import { compilePhrases, orMention, rangeOf, type PhraseMatch } from '../../src/text/phrases.js';
import { negationBefore, stanceOf } from '../../src/text/stance.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';
import type { Sentence } from '../../src/text/document.js';
import { HARASSMENT_PHRASES, KIN, SEXUAL_CLASSES, THREAT_ACTS, THREAT_INTENTS, type HarassmentKind, type HarassmentPhrase } from './phrases.js';
import { advanceIn, advanceWords } from './advance-reading.js';
import { EXPLICIT, sexualRemark } from './sexual-reading.js';
import { foretoldByOthers, threatenedHarm, VIOLENCE_WORDS, wishedHarm } from './violence-reading.js';
import { unbornWish, UNBORN_WORDS } from './unborn-reading.js';
import { KIND_CALLS, pileOnCall, PILE_ON_WORDS } from './pile-on-reading.js';
import { exclusionIn, exclusionWords } from './exclusion-reading.js';

const SEXUAL_REMARK = 'makes a sexual remark about someone\'s body';
const ADVANCE = 'makes an unasked sexual advance';
const PERSISTENCE = 'keeps after someone who has not answered';
const UNBORN = 'wishes someone had never been born';
const PILE_ON = 'calls on others to join in against someone';
const EXCLUSION = 'tells someone to leave because no one wants them';

const CLASSES = {
  you: YOU, your: YOUR, yourself: YOURSELF, person: new Set([...YOU, 'her', 'him']), their: new Set([...YOUR, 'her', 'his']),
  // Not "ur" or "her", which are possessives as often: "kill ur vibe", "hurt her feelings".
  target: orMention([...[...YOU].filter((word) => word !== 'ur'), 'him']),
  ...SEXUAL_CLASSES,
  kin: new Set(KIN),
};
const matcher = compilePhrases(HARASSMENT_PHRASES.map((entry) => ({ pattern: entry.pattern, entry })), CLASSES);
const intents = compilePhrases(THREAT_INTENTS.map((pattern) => ({ pattern, entry: pattern })), CLASSES);
const acts = compilePhrases(THREAT_ACTS.map((entry) => ({ pattern: entry.pattern, entry })), CLASSES);

const NUMBER_ONE = new Set(['one', '1']);

/** A phrase that must close its clause and does not ("I'll end you a copy") is no match at all. */
function stands(tokens: readonly Token[], match: PhraseMatch<HarassmentPhrase>): boolean {
  // "post your number one tip": a rank, not a phone number.
  if (tokens[match.to - 1]?.surface === 'number' && NUMBER_ONE.has(tokens[match.to]?.surface ?? '')) return false;
  if (match.entry.alone === true && !opensClause(tokens, match.from, LEAD_WORDS)) return false;
  return match.entry.endsClause !== true || closesBeforeAside(tokens, match.to);
}

/**
 * The phrases of a sentence, threats joined from an intent and the act right after it among them:
 * leftmost first, not overlapping, the longest at one start, as one matcher would give them. A
 * phrase that does not stand is dropped before the others are chosen, so it hides none of them.
 */
function harassmentIn(tokens: readonly Token[]): PhraseMatch<HarassmentPhrase>[] {
  const found: PhraseMatch<HarassmentPhrase>[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const match = matcher.matchAt(tokens, start);
    if (match !== undefined && stands(tokens, match)) found.push(match);
  }
  for (const intent of intents.matchAll(tokens)) {
    const act = acts.matchAt(tokens, intent.to);
    if (act !== undefined && stands(tokens, act)) found.push({ entry: act.entry, pattern: `${intent.pattern} ${act.pattern}`, from: intent.from, to: act.to });
  }
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: PhraseMatch<HarassmentPhrase>[] = [];
  for (const match of found) if (kept.length === 0 || match.from >= (kept[kept.length - 1] as PhraseMatch<HarassmentPhrase>).to) kept.push(match);
  return kept;
}

/** How sure we are, by kind: the phrases are specific, exclusion the least so. */
const SURENESS: Record<HarassmentKind, number> = {
  selfHarm: 0.95,
  threat: 0.9,
  wishHarm: 0.9,
  unborn: 0.85,
  pileOn: 0.85,
  doxxing: 0.9,
  intimidation: 0.8,
  exclusion: 0.75,
  hostility: 0.8,
  sexual: 0.85,
};

const NEGATION_WINDOW = 3;

/**
 * "don't kill yourself" and "I'd never wish you would die" care rather than attack, but
 * "why don't you just die" is the same attack with a question mark.
 */
function isNegated(tokens: readonly Token[], from: number): boolean {
  const negation = negationBefore(tokens, from, NEGATION_WINDOW);
  return negation !== -1 && !tokens.slice(Math.max(0, negation - 3), negation).some((before) => before.surface === 'why');
}

const READER = new Set([...YOU, ...YOUR, ...YOURSELF]);
/** The writer, as the subject of "I'll just die" ("ill", "imma" are how it is typed). */
const WRITER_SUBJECTS = new Set(['i', 'we', 'ill', 'il', 'imma', 'ima', 'id', 'im']);
/** Words between the writer and the verb: "I would literally just die". */
const WRITER_BRIDGE = new Set(['will', 'would', 'could', 'might', 'may', 'gonna', 'literally', 'actually', 'probably', 'honestly', 'seriously', 'just', 'shall', 'wanna', 'want', 'to']);

/**
 * "I'll just die if they cancel it", "I could jump off a bridge": the writer's hyperbole, aimed at
 * no one. "I hope you relapse" names its target, and stays.
 */
function saidOfWriter(tokens: readonly Token[], match: PhraseMatch<HarassmentPhrase>): boolean {
  const { from, to } = match;
  for (let k = from; k < to; k++) if ((tokens[k] as Token).forms.some((form) => READER.has(form))) return false;
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    const token = tokens[k] as Token;
    if (token.forms.some((form) => WRITER_SUBJECTS.has(form))) return true;
    if (!token.forms.some((form) => WRITER_BRIDGE.has(form))) return false;
  }
  return false;
}

/**
 * Words that may trail a closing phrase without continuing it: "nobody asked lol", and the
 * Singlish and Manglish particles: "nobody asked lah".
 */
const TAIL_WORDS = new Set([
  'already', 'forever', 'please', 'pls', 'now', 'lol', 'lmao', 'lmfao', 'tho', 'though', 'bro', 'sis', 'tbh', 'honestly', 'ok', 'okay', 'but', 'fr', 'ngl', 'bruh', 'dude', 'man', 'sorry',
  'lah', 'la', 'leh', 'lor', 'sia', 'meh', 'hor', 'ah', 'mah', 'liao', 'one',
]);

/** A milestone a call may be for: "let's get her to 100k followers". */
const MILESTONES = new Set(['followers', 'subs', 'subscribers', 'likes', 'milestone']);
const CALL_REACH = 10;

/**
 * What a call to gather sends, after the call (not in it: "let's spam her" is the attack itself):
 * love and support ("let's flood her comments with love"), a milestone, or a report of spam and
 * scams ("everyone report the spam bots"): no one is piled on.
 */
function callsForKindness(tokens: readonly Token[], match: PhraseMatch<HarassmentPhrase>): boolean {
  for (let k = match.to; k < Math.min(tokens.length, match.to + CALL_REACH); k++) if (readsOneOf(tokens[k], KIND_CALLS) || readsOneOf(tokens[k], MILESTONES)) return true;
  return false;
}

/** "nobody asked but here's my take": the writer's own aside about their opinion, not a dismissal. */
const OWN_ASIDE = new Set(['here', 'i', 'my', 'imma', 'ima']);

/** Words that may lead into a clause-long phrase: "just get lost", "pls get lost", "ok get lost". */
const LEAD_WORDS = new Set(['just', 'pls', 'please', 'plz', 'go', 'now', 'so', 'bro', 'lol', 'ok', 'okay', 'and', 'you', 'u', 'ya', 'yall', 'ugh', 'oh', 'then', 'can', 'could']);

/** The end of a clause, but not before the writer's own aside: "nobody asked, but here's my take". */
function closesBeforeAside(tokens: readonly Token[], to: number): boolean {
  const last = tokens[to - 1] as Token;
  if (tokens[to]?.surface === 'but' && (last.punctAfter === '' || last.punctAfter === ',') && (tokens[to + 1]?.forms.some((form) => OWN_ASIDE.has(form)) ?? false)) return false;
  return closesClause(tokens, to, TAIL_WORDS);
}

const vocabulary = builtInVocabulary('harassment', () => combineVocabularies(matcher.vocabulary, acts.vocabulary, EXPLICIT, VIOLENCE_WORDS, UNBORN_WORDS, PILE_ON_WORDS, advanceWords(), exclusionWords()));

export default defineRule({
  meta: {
    id: 'harassment',
    category: 'harassment',
    defaultLevel: 'error',
    description: 'Threats, wishing harm, encouraging self-harm, doxxing threats, intimidation, pile-on exclusion and unasked sexual demands.',
    ...builtInDocs('harassment'),
    schema: {},
    messages: {
      selfHarm: {
        message: '"{{phrase}}" {{note}}.',
        category: 'self-harm',
        why: 'Words like these have pushed people who were already struggling toward real harm. Whoever reads it may be having the worst day of their life.',
        kinder: ['If you are angry, say what made you angry and leave their life out of it.', 'If you are worried about someone, point them to a crisis line such as 988 (US) or findahelpline.com.'],
      },
      threat: {
        message: '"{{phrase}}" {{note}}.',
        category: 'threat',
        why: 'A threat of violence makes a person fear for their safety, even when it is meant as a joke; platforms and the law treat it as real.',
        kinder: ['Say how strongly you feel without violence: "I am really upset about this."'],
      },
      wishHarm: {
        message: '"{{phrase}}" {{note}}.',
        category: 'threat',
        why: 'Wishing death or harm on someone tells them their life does not matter; it lands as a threat.',
        kinder: ['Say what you object to: "I strongly disagree with what you said about…"'],
      },
      unborn: {
        message: '"{{phrase}}" {{note}}.',
        category: 'threat',
        why: 'Wishing someone had never been born tells them their whole life is a mistake. People who are already struggling read it as permission to disappear.',
        kinder: ['Say what they did that upset you: "I really did not like what you said about…"', 'If you need to, mute them and move on.'],
      },
      pileOn: {
        message: '"{{phrase}}" {{note}}.',
        why: 'One comment is a disagreement; a crowd sent after one person is harassment. Pile-ons have driven people off the internet and out of their jobs, often over a misunderstanding.',
        kinder: ['If something breaks the rules, report it once yourself and let the platform decide.', 'Say what you disagree with, in your own words, to the post rather than the person.'],
      },
      doxxing: {
        message: '"{{phrase}}" {{note}}.',
        why: 'Threatening to expose where someone lives or their private details puts them and their family at risk, online and off.',
        kinder: ['Keep it to the post: "I disagree with this, and here is why…"', 'If someone did something wrong, report it to the platform.'],
      },
      intimidation: {
        message: '"{{phrase}}" {{note}}.',
        why: 'It is meant to make someone afraid. Fear, not argument, is what the reader takes away.',
        kinder: ['Say what you want to happen instead: "I would like you to take this down because…"'],
      },
      hostility: {
        message: '"{{phrase}}" {{note}}.',
        why: 'A curse aimed at a person turns a disagreement into a fight; the reader hears contempt, not your point.',
        kinder: ['Say what you disagree with: "I really don\'t agree with this, because…"', 'If you need to step away, you can just scroll on.'],
      },
      model: {
        message: 'This reads as harassment (model score {{score}}): wishing harm, shutting someone out or calling others to pile on.',
        why: 'The model learned from comments people marked as threats, wishes of harm, exclusion and pile-on calls. Lines like these tell a person they are not safe or not wanted, and others join in.',
        kinder: ['Say what you object to and leave the person\'s life and place here out of it: "I did not like this, because…"'],
      },
      modelSexual: {
        message: 'This reads as sexual harassment (model score {{score}}).',
        category: 'harassment',
        why: 'Unasked sexual remarks about someone\'s body or what you would do to them make a person feel unsafe, whatever the intent; they are a common reason people leave a platform.',
        kinder: ['Keep it to the post: "Great video", "Love the outfit" said plainly, or say nothing.'],
      },
      sexual: {
        message: '"{{phrase}}" {{note}}.',
        why: 'Unasked sexual demands and remarks about someone\'s body make a person feel unsafe, whatever the intent; they are a common reason creators stop posting.',
        kinder: ['Keep it to the post: "Great video", or say nothing.', 'Compliment what they made, not their body.'],
      },
      exclusion: {
        message: '"{{phrase}}" {{note}}.',
        why: 'Piled on by many people, lines like this tell a person they do not belong anywhere, and they are a common start of a pile-on.',
        kinder: ['If it is not for you, scroll on.', 'Say what you would rather see: "I preferred your earlier videos."'],
      },
    },
  },
  // A joined threat holds an act, so the acts' words wake the rule for it.
  get vocabulary() {
    return vocabulary();
  },
  create(context) {
    // The sentence before, on the same line: an advance's cues may stand in both ("still in uniform? DM me").
    let previous: Sentence | undefined;
    return {
      Sentence(sentence) {
        const before = previous !== undefined && !context.text.slice(previous.end, sentence.start).includes('\n') ? previous : undefined;
        previous = sentence;
        let sexual = false;
        let found = false;
        let game: boolean | undefined;
        // "I'll hunt you down in Valorant later": a game's threats are the game's; "i'll kill you if you spoil it 😂 jk" is banter.
        const playful = (): boolean => (game ??= sentence.tokens.some((token) => readsOneOf(token, GAMES)) || saysItJokes(context.text, sentence.start));
        for (const match of harassmentIn(sentence.tokens)) {
          if (isNegated(sentence.tokens, match.from)) continue;
          if ((match.entry.kind === 'threat' || match.entry.kind === 'intimidation') && playful()) continue;
          if (match.entry.kind === 'threat' && foretoldByOthers(sentence.tokens, match.from)) continue;
          if (match.entry.kind === 'selfHarm' && saidOfWriter(sentence.tokens, match)) continue;
          // Reported speech: 'they said "nobody asked"' quotes an attack, it does not make one.
          if (isQuoted(sentence.tokens, match.from, match.to)) continue;
          // "stop telling her to go die": counter-speech names the attack to stop it.
          if (stanceOf(sentence.tokens, match.from, match.to) !== 'attack') continue;
          if (match.entry.kind === 'pileOn' && callsForKindness(sentence.tokens, match)) continue;
          const [start, end] = rangeOf(sentence.tokens, match);
          const { kind, note } = match.entry;
          if (kind === 'sexual') sexual = true;
          found = true;
          context.report({
            messageId: kind,
            data: { phrase: context.text.slice(start, end), note },
            range: [start, end],
            confidence: SURENESS[kind],
          });
        }
        const violence = found ? undefined : (wishedHarm(sentence.tokens) ?? threatenedHarm(sentence.tokens));
        if (violence !== undefined && !(violence.kind === 'threat' && playful()) && !isQuoted(sentence.tokens, violence.from, violence.to) && stanceOf(sentence.tokens, violence.from, violence.to) === 'attack') {
          const [start, end] = rangeOf(sentence.tokens, violence);
          const note = violence.kind === 'threat' ? 'threatens violence' : 'wishes harm on someone';
          context.report({ messageId: violence.kind, data: { phrase: context.text.slice(start, end), note }, range: [start, end], confidence: SURENESS[violence.kind] * 0.9 });
        }
        const unborn = found || violence !== undefined ? undefined : unbornWish(sentence.tokens);
        if (unborn !== undefined && !isQuoted(sentence.tokens, unborn.from, unborn.to) && stanceOf(sentence.tokens, unborn.from, unborn.to) === 'attack') {
          const [start, end] = rangeOf(sentence.tokens, unborn);
          context.report({ messageId: 'unborn', data: { phrase: context.text.slice(start, end), note: UNBORN }, range: [start, end], confidence: SURENESS.unborn * 0.85 });
          found = true;
        }
        const pileOn = found || violence !== undefined ? undefined : pileOnCall(sentence.tokens);
        if (pileOn !== undefined && !isNegated(sentence.tokens, pileOn.from) && !isNegated(sentence.tokens, pileOn.act) && !isQuoted(sentence.tokens, pileOn.from, pileOn.to) && stanceOf(sentence.tokens, pileOn.from, pileOn.to) === 'attack') {
          const [start, end] = rangeOf(sentence.tokens, pileOn);
          context.report({ messageId: 'pileOn', data: { phrase: context.text.slice(start, end), note: PILE_ON }, range: [start, end], confidence: SURENESS.pileOn * 0.85 });
          found = true;
        }
        const remark = sexual ? undefined : sexualRemark(sentence.tokens);
        if (remark !== undefined && !isNegated(sentence.tokens, remark.body) && !isQuoted(sentence.tokens, remark.from, remark.to) && stanceOf(sentence.tokens, remark.from, remark.to) === 'attack') {
          const [start, end] = rangeOf(sentence.tokens, remark);
          context.report({ messageId: 'sexual', data: { phrase: context.text.slice(start, end), note: SEXUAL_REMARK }, range: [start, end], confidence: SURENESS.sexual * 0.9 });
          found = true;
        }
        const advance = found || violence !== undefined ? undefined : advanceIn(sentence.tokens, before?.tokens);
        if (advance !== undefined && advance.cues.every(({ tokens, match }) => !isQuoted(tokens, match.from, match.to) && stanceOf(tokens, match.from, match.to) === 'attack')) {
          const start = Math.min(...advance.cues.map(({ tokens, match }) => rangeOf(tokens, match)[0]));
          const end = Math.max(...advance.cues.map(({ tokens, match }) => rangeOf(tokens, match)[1]));
          const [messageId, note] = advance.kind === 'sexual' ? (['sexual', ADVANCE] as const) : (['intimidation', PERSISTENCE] as const);
          context.report({ messageId, data: { phrase: context.text.slice(start, end), note }, range: [start, end], confidence: SURENESS[messageId] * 0.85 });
          found = true;
        }
        const excluded = found || violence !== undefined ? undefined : exclusionIn(sentence.tokens, before?.tokens);
        if (excluded !== undefined && excluded.every(({ tokens, match }) => !isNegated(tokens, match.from) && !isQuoted(tokens, match.from, match.to) && stanceOf(tokens, match.from, match.to) === 'attack')) {
          const start = Math.min(...excluded.map(({ tokens, match }) => rangeOf(tokens, match)[0]));
          const end = Math.max(...excluded.map(({ tokens, match }) => rangeOf(tokens, match)[1]));
          context.report({ messageId: 'exclusion', data: { phrase: context.text.slice(start, end), note: EXCLUSION }, range: [start, end], confidence: SURENESS.exclusion * 0.85 });
        }
      },
    };
  },
});
