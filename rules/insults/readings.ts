/**
 * How the insults rule reads a listed word in its sentence: whether it judges a person at all
 * ("a terrible cook" judges cooking, "clown show" is a show), and how sure a finding is by who it
 * is said of (undefined: do not report).
 */
import { readTarget, type TargetReading } from '../../src/text/addressee.js';
import { FILLERS, PERSON_NOUNS, SPEAKER, THIRD_PERSONS, YOU, YOUR, YOURSELF } from '../../src/text/english.js';
import { isCapital } from '../../src/text/context.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';
import { ANIMAL_KINDS, ANIMAL_NAMES, COMPOUND_HEADS, type InsultTerm } from './terms.js';

/** Nouns for people that an adjective can name with it: "stupid people", "what a dumb guy". */
const PEOPLE = new Set([...PERSON_NOUNS, 'people', 'folks', 'ppl', 'humans', 'human', 'individual', 'individuals']);

/** How sure we are, by who the words are about. Undefined: do not report. */
export function sureness(term: InsultTerm, reading: TargetReading, linked: boolean): number | undefined {
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
    case 'thing':
      // "the mods here are morons": whatever the subject's word, a plural name for people is said of people.
      return linked && term.several === true && !term.needsLink ? term.weight * 0.8 : undefined;
    default:
      // The speaker ("I'm such an idiot") is not attacked.
      return undefined;
  }
}

/** After these, the word judges what someone does or has: "terrible at parking", "awful to me", "an awful lot", "sick of it". */
const THING_OR_SKILL_AFTER = new Set(['at', 'in', 'on', 'with', 'as', 'for', 'to', 'lot', 'of', 'himself', 'herself', 'themselves', 'again', 'today']);
/** Before these, it describes a noun or a thing of the reader's: "a terrible cook", "your mic is awful". */
const THING_OR_SKILL_BEFORE = new Set(['a', 'an', ...YOUR]);

/** Laughter beside "you're terrible" makes it teasing ("you're terrible 😂, I can't stop laughing"). */
const LAUGHTER = new Set(['lol', 'lmao', 'lmfao', 'haha', 'hahaha', 'hehe', 'laughing', '😂', '🤣', '😆', '😹']);

/**
 * What the reader is rather than has: "your voice is awful", "your face is horrible" judge the
 * person, where "your mic is awful" judges a thing.
 */
const PERSONAL = new Set(['voice', 'face', 'laugh', 'personality', 'accent', 'teeth', 'skin', 'body', 'nose', 'smile', 'singing', 'attitude', 'vibe', 'energy', 'brain', 'mind', 'ego', 'existence', 'presence']);

/** For words that judge things as often as people: true when this one judges a thing or a skill, or teases. */
export function judgesThingOrSkill(tokens: readonly Token[], index: number): boolean {
  if (tokens.some((token) => token.forms.some((form) => LAUGHTER.has(form)))) return true;
  const next = tokens[index + 1];
  // "a sick man", "a horrible person": said of a person after all.
  if (next?.forms.some((form) => PEOPLE.has(form)) ?? false) return false;
  if (next?.forms.some((form) => THING_OR_SKILL_AFTER.has(form)) ?? false) return true;
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    const token = tokens[k] as Token;
    if (readsOneOf(token, THING_OR_SKILL_BEFORE)) return !readsOneOf(tokens[k + 1], PERSONAL);
  }
  return false;
}

/**
 * An adjective right before a word for people names them with it: "stupid people ruin
 * everything", "these idiotic liberals". Only words that insult on their own (not "crazy people",
 * "sick kids"), and not looks: "a fat guy", "an ugly sweater" describe more often than they insult.
 * Not when the writer is among them or denies it.
 */
export function namesPeople(term: InsultTerm, reading: TargetReading, tokens: readonly Token[], index: number): number | undefined {
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
export function calledByName(term: InsultTerm, reading: TargetReading, tokens: readonly Token[], index: number): number | undefined {
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

/** Words that look like modifiers but are a verb or a person: "always being stupid", "A: I jerk". */
const NOT_MODIFIERS = new Set(['being', 'having', 'getting', 'going', 'doing', 'nothing', 'something', 'anything', 'everything', ...SPEAKER, ...YOU, ...THIRD_PERSONS]);

/**
 * A word between "a" and the name it modifies: "she is a Republican hypocrite", "you are a lying
 * fraud". A capital (a side or a place) or an -ing word, right after an article or intensifier;
 * other words make compounds too often ("a gym rat", "a party animal").
 */
function modifiesName(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  if (token?.kind !== 'word' || token.punctAfter !== '' || before?.punctAfter !== '' || !before.forms.some((form) => FILLERS.has(form))) return false;
  if (token.forms.some((form) => NOT_MODIFIERS.has(form))) return false;
  return isCapital(text, token.start) || /[a-z]{2,}ing$/.test(token.surface);
}

const LIKE_YOU = new Set([...YOU, ...YOURSELF]);

/** "a moron like you", "losers like yourself": the name is said of the reader. */
function likensReader(tokens: readonly Token[], index: number): boolean {
  const like = tokens[index + 1];
  return like !== undefined && (tokens[index] as Token).punctAfter === '' && like.forms.includes('like') && readsOneOf(tokens[index + 2], LIKE_YOU);
}

/** "Your dumb.": a description right after "your" that ends the sentence describes no thing of the reader's. */
function closesAfterYour(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return index === tokens.length - 1 && before !== undefined && before.punctAfter === '' && readsOneOf(before, YOUR);
}

/**
 * Who the listed word at `index` is said of. When nothing tells, a modifier before a name may
 * hide the link ("she is a Republican hypocrite"): read past it, unless that only finds a thing.
 */
export function readInsultTarget(text: string, tokens: readonly Token[], index: number, term: InsultTerm, isDescription: (token: Token) => boolean): TargetReading {
  const reading = readTarget(text, tokens, index, isDescription);
  // "it is a moron like you who…", "idiots like you", "your dumb.": the reader is the one named.
  if (likensReader(tokens, index) || (term.part === 'adjective' && closesAfterYour(tokens, index))) return { target: 'reader', negated: reading.negated, vocative: false };
  if (reading.target !== 'unknown' || !modifiesName(text, tokens, index - 1)) return reading;
  const modifier = tokens[index - 1];
  const past = readTarget(text, tokens, index, (token) => token === modifier || isDescription(token));
  return past.target === 'thing' ? reading : past;
}

/** Particles that make a noun a verb: "fool around", "clown about", "rat out", "jerk off". */
const PARTICLES = new Set(['around', 'about', 'out', 'off', 'up']);
/** The listed nouns that are verbs too; "check this idiot out" still names an idiot. */
const ALSO_VERBS = new Set(['fool', 'clown', 'jerk', 'creep', 'rat', 'leech', 'pig', 'weasel', 'worm', 'punk', 'hack', 'troll']);

/**
 * True when the listed noun is not a name for the person: a kind of animal ("a guinea pig", "gym
 * rat") or a verb with its particle ("when rednecks fool around"; not "such a creep around kids").
 */
export function notAName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const before = tokens[index - 1];
  if (token.punctBefore === '' && before !== undefined && before.punctAfter === '' && before.forms.some((form) => ANIMAL_KINDS.has(form))) {
    return ANIMAL_NAMES.has(token.forms[token.forms.length - 1] as string);
  }
  // "the pig is fat", "the dog barked": one animal, pointed at with "the", is the animal.
  if (before?.forms.includes('the') === true && ANIMAL_NAMES.has(token.forms[0] as string) && !(token.forms[0] as string).endsWith('s')) return true;
  const next = tokens[index + 1];
  if (token.punctAfter !== '' || next === undefined || !token.forms.some((form) => ALSO_VERBS.has(form))) return false;
  return next.forms.some((form) => PARTICLES.has(form)) && !(before?.forms.some((form) => ARTICLES.has(form) || FILLERS.has(form)) ?? false);
}

/** Nouns that take no article, so "ur trash" reads "you're trash" as often as "your trash". */
const MASS_NOUNS = new Set(['trash', 'garbage', 'scum', 'filth', 'vermin', 'waste', 'cancer', 'disease', 'plague', 'cringe']);
const ARTICLES_AND_ONE = new Set(['a', 'an', 'the', 'one']);

/**
 * "I love ur dog", "your dumb dog ate my homework": a singular name right after "ur" or "your"
 * (past words describing it, but no article) is the reader's pet or thing. "ur a dog" has the
 * article that "you're" needs. Not when it names the person after it: "your crybaby liberals",
 * "your loser Hillary".
 */
export function possessedByReader(text: string, term: InsultTerm, tokens: readonly Token[], index: number, isDescription: (token: Token) => boolean): boolean {
  const token = tokens[index] as Token;
  if (term.part !== 'noun' || term.several === true || token.kind !== 'word' || readsOneOf(token, MASS_NOUNS)) return false;
  const next = tokens[index + 1];
  // A pet's name after it is still the pet: "ur dog Max".
  const named = next !== undefined && isCapital(text, next.start) && !readsOneOf(token, ANIMAL_NAMES);
  if (next !== undefined && token.punctAfter === '' && (named || readsOneOf(next, PEOPLE))) return false;
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    const before = tokens[k] as Token;
    if (before.punctAfter !== '') return false;
    if (readsOneOf(before, YOUR)) return true;
    if (readsOneOf(before, ARTICLES_AND_ONE) || !(isDescription(before) || readsOneOf(before, FILLERS))) return false;
  }
  return false;
}

/** True when the insult noun only modifies the next word: "clown show", "trash can", "joke writer". */
export function modifiesNextNoun(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  return next !== undefined && token.punctAfter === '' && next.forms.some((form) => COMPOUND_HEADS.has(form));
}

/** The writer's own people, teased: "my brother", "my friends", "my boyfriend". */
const OWN_PEOPLE = new Set([
  'brother', 'brothers', 'sister', 'sisters', 'bro', 'sis', 'siblings', 'cousin', 'cousins', 'friend', 'friends', 'bestie', 'besties', 'bff',
  'boyfriend', 'girlfriend', 'bf', 'gf', 'husband', 'hubby', 'wife', 'partner', 'mum', 'mom', 'dad', 'parents', 'kids', 'son', 'daughter',
  'family', 'roommate', 'housemate', 'mates', 'squad', 'crew', 'gang', 'team',
]);
const MY = new Set(['my', 'our']);
/** How far back "my brother" may stand from what is said of him: "my friends are all such idiots". */
const OWN_REACH = 5;

/**
 * "my brother is so dumb lol", "me and my dumbass cousin", "my friends are all idiots": a
 * playful word said of the writer's own people is teasing, with no one reading it hurt.
 */
export function saidOfOwnPeople(tokens: readonly Token[], index: number): boolean {
  if (readsOneOf(tokens[index - 1], MY) && readsOneOf(tokens[index + 1], OWN_PEOPLE)) return true;
  for (let k = index - 1; k >= Math.max(1, index - OWN_REACH); k--) {
    const token = tokens[k] as Token;
    if (readsOneOf(token, YOU) || readsOneOf(token, YOUR) || token.punctAfter !== '') return false;
    if (readsOneOf(token, OWN_PEOPLE) && readsOneOf(tokens[k - 1], MY)) return true;
  }
  return false;
}
