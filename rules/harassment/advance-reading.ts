/**
 * Unasked advances that no single phrase makes sexual, read from the cues a comment combines:
 * - a sexual cue ("sexy", "wild in bed", "jom hotel", "without the clothes") with a person it is
 *   said to or of, a bid for contact or a leering emoji ("wah so sexy, can date me or not", "lawa
 *   gila, jom hotel");
 * - a minor's age or school with a bid for contact ("sec school girl but so mature, add me");
 * - blaming her clothes for what she gets ("that outfit is basically an invitation");
 * - pressing someone who has not answered ("I'll keep messaging until u reply", "made a new
 *   account since u blocked me").
 * The cues of one line count together, a sentence at a time: "still in uniform? DM me".
 *
 * A cue alone is not enough: "my husband thinks his dad jokes are sexy", "DM me for the recipe",
 * "I was freaking out in bed last night" make no advance.
 */
import { YOU, YOUR } from '../../src/text/english.js';
import { closesClause } from '../../src/text/clause-edges.js';
import { compilePhrases, type PhraseMatch } from '../../src/text/phrases.js';
import { readsOneOf, type Token } from '../../src/text/tokenize.js';

type Cue = 'proposition' | 'lewd' | 'flirt' | 'leer' | 'body' | 'contact' | 'privacy' | 'minor' | 'appraisal' | 'blame' | 'persist';

/**
 * Every cue is worded so that its everyday uses do not read: "end up in my bed", not "my bed";
 * "nudes", not "nude" (a lipstick); "jom hotel", not "which hotel".
 */
const CUES: Record<Cue, readonly string[]> = {
  /** Propositions and demands that need nothing else: "lawa gila, jom hotel", "take that dress off". */
  proposition: [
    'jom hotel', 'bring|take|bawa * to? hotel', 'one night with me', 'one night material', 'satu malam', 'strip down|for',
    'without the|ur|your|any clothes', 'take|taking that|your|ur|the dress|top|shirt|bra|clothes|swimsuit|bikini off',
    'what is under|underneath that|your|ur hoodie|dress|shirt|top|skirt|baju|tudung|clothes|towel', 'show us|me what is under|underneath',
    'rate <your> body', 'to bed with me',
    // Rating her as a sexual prospect: "I'd smash", "face 6, body 10, I'd still hit", "would take home".
    'i would|id still? smash|hit|tap|bang', 'would take|bring her|<you>? home', 'one night|nite material',
    'show|post more skin|bikini|swimsuit|lingerie', 'film|shoot|show|turn from behind|around more', 'gambar lebih',
    // Her clothes wished off, or what shows through them: "lagi cantik kalau tak pakai apa2", "no bra today ah?".
    'tak|jangan|x pakai apa|apa2|apa-apa|baju|bra', 'nothing to|for the imagination',
 'meet|jumpa me? at|in|kat the|a? hotel', 'jumpa|meet private|privately', 'show|tunjuk a? bit? more|lebih skin|cleavage|body|leg|legs|kulit',
    'video|vid mandi', '<you>|her|u in the? towel|shower', 'check in hotel', 'rate sejam|semalam', 'free show',
  ],
  /** Sexual words said to or of someone near them: "bet ur wild in bed", "imagine her on my bed". */
  lewd: [
    'wild|loud|freak|fun|good|great|amazing in bed', 'end up in my bed', '<you>|her|u on|in my bed', 'onlyfans', 'undress for me|us',
    'naked pics|pic|photos|photo|for', 'sugar daddy', 'tempt me only', 'made for something else', 'fun|wild|naughty after midnight',
    'body gao', 'unzip', 'see more of <you>', 'leggings|yoga pants are my fav|favourite|favorite',
    'uncensored|unedited version|video|vid|one', 'yang|versi tak tapis', 'dirty thoughts', 'roleplay for me', 'role play for me', 'no bra', 'show|shows|see everything', 'photo|pic|selfie|video in bed',
    'room number', 'tak tahan', 'nampak bra', 'nampak warna bra', 'feet pics|pic|photos', 'satisfy <you>|her', 'real man', 'walk properly|straight the? next day',
    'cold shower', 'mandi air sejuk', 'whisper * to me', 'private live|call|video', 'bilik gelap', 'tak keluar bilik', 'terbayang', 'hidang diri',
    'peluk malam', 'what <you> do not post', 'replay * times', 'pause already', 'every frame', 'only watched|watch|came for the',
  ],
  /** Said of strangers' looks as often as of friends' and partners': only with a bid for contact or a leer. */
  flirt: ['sexy', 'seksi', 'horny', 'lingerie', 'thicc'],
  /** Leering emoji: each also means spicy food or hard work, so one never counts alone. */
  leer: ['🥵', '👅', '🍑', '🍆', '💦', '🤤', '😏', '🍈', '😈', '😩', '👀 👀'],
  /**
   * Parts of a body and clothes that show it, which a leer or a bid for contact makes sexual:
   * "that butt ah 🍑🍑", "those leggings leave nothing 🤤", but "her legs so strong after the marathon".
   */
  body: [
    'butt', 'bontot', 'punggung', 'booty', 'thighs', 'peha', 'chest', 'dada', 'cleavage', 'neckline', 'boobs', 'tetek', 'bra',
    'leggings', 'gym shorts', 'tight shirt|dress|top|baju', 'baju ketat', 'top slipped', 'bounce', 'bouncing', 'body cun', 'bibir', 'lips',
  ],
  contact: [
    'dm|pm|inbox|message|text|add me', 'dm|pm me', 'open <your> dms|dm|inbox', 'my place|condo|car|house|room|crib', 'come over',
    'come out with me', 'date me', 'jom', 'take <you> home', 'i am coming over', 'come down', 'malam ni',
    'send me? some? pics|pic|vid|gambar|photos', '<your> number', 'nombor', 'i pay', 'duitnow', 'berapa', 'i subscribe', 'on tele|telegram|whatsapp', 'in person',
    // Malay: "abang nak jumpa", "abang datang rumah", "abang belanja".
    'nak jumpa', 'datang rumah', 'abang belanja', 'meet me', 'open <your> door', 'outside <your> condo|house|door|place', 'tng', 'i donate',
    'video call', 'followed|follow <you> home',
  ],
  /** Being alone with someone, which makes a bid for contact an advance: "come lepak my condo, just us two". */
  privacy: ['privately', 'private session|show|pics|ones', 'alone with', 'just us', 'just the two of us'],
  minor: ['uniform', 'sec|secondary school', 'school girl', 'schoolgirl', '18th', 'over 18', 'how old are <you>', 'underage'],
  appraisal: ['mature', 'young', 'cute', 'pretty', 'chio', 'cantik', 'lawa', 'manis', 'hot', '😘'],
  blame: [
    '<you> know <you> like|want it', '<you> are|r asking for it', 'basically|practically|literally an invitation',
    'dress|dressed|dressing like that then', '<you> must|obviously|clearly|secretly want guys|men|us',
    'want|wants guys|men to stare|notice|slide', 'want|wants guys|men staring', '<you> did it for us|me', 'know why we follow|watch', 'stop covering up', 'stop pretending to be innocent',
  ],
  persist: [
    'keep|keeps|keeping messaging|texting|commenting|dming until|till <you>', "(can not|cannot|cant) block me",
    'new account since <you> blocked', 'why <you> ignore|ignoring my dms|messages|texts', 'i message|messaged|texted <you> * times',
  ],
};

/**
 * Cues that must close their clause, as their everyday uses go on: "strip down." but not "strip
 * down the wallpaper", "jom hotel" but not "jom hotel buffet", "just us two" but not "just us and
 * the cats".
 */
const CLOSING = new Set([
  'i would|id still? smash|hit|tap|bang', 'jom hotel', 'strip down|for', 'without the|ur|your|any clothes', 'take|taking that|your|ur|the dress|top|shirt|bra|clothes|swimsuit|bikini off',
  'what is under|underneath that|your|ur hoodie|dress|shirt|top|skirt|baju|tudung|clothes|towel', 'rate <your> body',
  'wild|loud|freak|fun|good|great|amazing in bed', 'just us', 'meet|jumpa me? at|in|kat the|a? hotel', 'tak|jangan|x pakai apa|apa2|apa-apa|baju|bra',
]);
/** Words that may trail a closing cue: "jom hotel lah", "just us two". */
const TAIL = new Set(['lol', 'pls', 'please', 'la', 'lah', 'leh', 'sia', 'ah', 'tonight', 'now', 'two', '2', 'babe', 'sayang', 'ok', 'okay', 'right', 'terus', 'weekend']);

const matcher = compilePhrases(
  (Object.entries(CUES) as [Cue, readonly string[]][]).flatMap(([cue, patterns]) => patterns.map((pattern) => ({ pattern, entry: cue }))),
  { you: YOU, your: YOUR },
);

/** Who a sexual cue is said to or of: the reader, "her", a pet name, a mention. */
const PERSONS = new Set([...YOU, ...YOUR, 'her', 'she', 'babe', 'sayang', 'adik', 'kakak', 'kak', 'awek']);

/** How near a person a sexual cue must be to be said to or of them: "bet ur wild in bed". */
const AIM_REACH = 4;

function aimedNear(tokens: readonly Token[], match: PhraseMatch<Cue>): boolean {
  for (let k = Math.max(0, match.from - AIM_REACH); k < Math.min(tokens.length, match.to + AIM_REACH); k++) {
    const token = tokens[k] as Token;
    if (token.kind === 'mention' || readsOneOf(token, PERSONS)) return true;
  }
  return false;
}

/** Whose body: "your", "her", "that", "those" before it, or Malay's "dia", "tu" after it ("bontot dia"). */
const OWNERS_BEFORE = new Set([...YOUR, 'her', 'that', 'those', 'the', 'akak', 'sis']);
const OWNERS_AFTER = new Set(['dia', 'tu', 'awak', 'kau', 'ko', 'you', 'u', 'ah']);
/** What a body word names when it goes on: "booty workout", "chest day". */
const EXERCISE = new Set(['workout', 'workouts', 'routine', 'day', 'exercise', 'exercises', 'gains', 'training', 'program', 'burn', 'pump', 'stretch', 'press']);

/** A body cue that is someone else's body, not an exercise or the writer's own ("my lips burning"). */
function someoneElses(tokens: readonly Token[], match: PhraseMatch<Cue>): boolean {
  if (readsOneOf(tokens[match.to], EXERCISE)) return false;
  const before = tokens.slice(Math.max(0, match.from - 2), match.from);
  return before.some((token) => readsOneOf(token, OWNERS_BEFORE)) || readsOneOf(tokens[match.to], OWNERS_AFTER);
}

export interface Advance {
  kind: 'sexual' | 'persistence';
  /** The cues, in the sentence they were found in (the current one, or the one before on the line). */
  cues: ReadonlyArray<{ tokens: readonly Token[]; match: PhraseMatch<Cue> }>;
}

/** The words that wake the reading; a function, so that the cues are parsed only when asked. */
export const advanceWords = (): ReadonlySet<string> | undefined => matcher.vocabulary;

/** The advance made by a sentence, with the sentence before it on the same line; undefined if none. */
export function advanceIn(tokens: readonly Token[], before: readonly Token[] | undefined): Advance | undefined {
  const cuesOf = (sentence: readonly Token[]) =>
    matcher.matchAll(sentence).filter((match) => !CLOSING.has(match.pattern) || closesClause(sentence, match.to, TAIL)).map((match) => ({ tokens: sentence, match }));
  // The sentence's own cues first: most have none, and then the one before need not be read.
  const own = cuesOf(tokens);
  if (own.length === 0) return undefined;
  const cues = [...(before === undefined ? [] : cuesOf(before)), ...own];
  const of = (kind: Cue) => cues.filter((cue) => cue.match.entry === kind);
  if (of('persist').length > 0) return { kind: 'persistence', cues: of('persist') };
  if (of('blame').length > 0) return { kind: 'sexual', cues: of('blame') };
  if (of('proposition').length > 0) return { kind: 'sexual', cues: of('proposition') };
  const [lewd, flirt, leer, privacy, minor] = [of('lewd'), of('flirt'), of('leer'), of('privacy'), of('minor')];
  const contact = [...of('contact'), ...privacy];
  // A leering emoji counts only beside a sexual word: "🍑 cobbler 🤤" is dessert.
  if (lewd.some((cue) => aimedNear(cue.tokens, cue.match)) || (lewd.length > 0 && flirt.length + leer.length + contact.length > 0)) return { kind: 'sexual', cues: [...lewd, ...flirt, ...leer, ...contact] };
  if (flirt.length > 0 && leer.length + contact.length > 0) return { kind: 'sexual', cues: [...flirt, ...leer, ...contact] };
  // A body or what shows it, with a leer: "gila bontot dia bulat 🍑", "wah tight shirt 💦💦". Not with a
  // bid for contact alone, which is as often an errand: "butt my dad… in my car".
  const body = of('body').filter((cue) => someoneElses(cue.tokens, cue.match));
  if (body.length > 0 && leer.length > 0) return { kind: 'sexual', cues: [...body, ...leer] };
  if (privacy.length > 0 && contact.length > privacy.length) return { kind: 'sexual', cues: contact };
  // A minor's age or school, appraised, with a bid for contact: "so mature for sec school, add me".
  const appraised = of('appraisal').length > 0 || minor.some((cue) => cue.match.pattern.startsWith('how old'));
  if (minor.length > 0 && contact.length > 0 && appraised) return { kind: 'sexual', cues: [...minor, ...contact] };
  return undefined;
}
