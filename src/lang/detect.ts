/**
 * Which language a sentence is written in, from the words it uses: English function words against
 * each language pack's marker words. Made for short, code-switched comments, where the common
 * n-gram identifiers guess (see packs/README.md for the comparison): a sentence needs only one
 * or two telling words.
 */
import type { Token } from '../text/tokenize.js';
import type { LanguagePack } from './types.js';

/** The code for a text with no words at all. */
export const UNDETERMINED = 'und';

/**
 * English function words: the words almost every English sentence has and other languages lack.
 * Words that Singlish or Malay share (`one`, `got`, `can`) are left out.
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'you', 'your', 'yours', 'yourself', 'i', 'me', 'my', 'mine',
  'we', 'us', 'our', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'this', 'that', 'these', 'those',
  'to', 'of', 'and', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'so', 'very', 'not', 'no', 'do', 'does', 'did', 'have',
  'has', 'had', 'will', 'would', 'could', 'should', 'what', 'why', 'how', 'who', 'when', 'where', 'which', 'just', 'like',
  'all', 'about', 'but', 'or', 'if', 'than', 'then', 'there', 'here', 'also', 'only', 'really', 'because', 'into', 'out',
  'up', 'some', 'any', 'more', 'most', 'such', 'too', 'ever', 'never', 'every', 'again', 'still', 'even', 'much', 'many',
  'think', 'know', 'want', 'make', 'people', 'thing', 'things', 'good', 'great', 'love', 'hate', 'u', 'ur', 'im', 'dont',
]);

function countIn(tokens: readonly Token[], words: ReadonlySet<string>): number {
  let count = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' && token.kind !== 'hashtag') continue;
    for (const form of token.forms) {
      if (words.has(form)) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * The language of one sentence: `en`, a pack's language (`ms`), or a variety's (`singlish`) when
 * the sentence is mostly the language it varies (English) and has some of its markers.
 * A tie between English and another language goes to English and its varieties: a short
 * "power lah" is Singlish praise, not Malay.
 *
 * @param packs the packs that may run; their markers are what is counted.
 * @returns `und` when the sentence has no word at all.
 */
export function detectLanguage(tokens: readonly Token[], packs: readonly LanguagePack[]): string {
  if (!tokens.some((token) => token.kind === 'word' || token.kind === 'hashtag')) return UNDETERMINED;
  let english = countIn(tokens, ENGLISH_WORDS);
  let bestVariant: string | undefined;
  let bestVariantScore = 0;
  let bestOther = 'en';
  let bestOtherScore = 0;
  for (const pack of packs) {
    const score = countIn(tokens, pack.markers);
    if (score === 0) continue;
    if (pack.variantOf === 'en') {
      english += score;
      if (score > bestVariantScore) {
        bestVariant = pack.language;
        bestVariantScore = score;
      }
    } else if (score > bestOtherScore) {
      bestOther = pack.language;
      bestOtherScore = score;
    }
  }
  // Variety markers count for English too ("lah" is both Singlish and Malay): compare the groups.
  if (bestOtherScore > english) return bestOther;
  // English with a Malay word of praise or blame in it ("you so bodoh") is the mix that an
  // English variety of the region is: Manglish, read by the Singlish pack.
  const mixed = bestOtherScore > 0 && packs.some((pack) => pack.mixedInto !== undefined && countIn(tokens, pack.mixedInto) > 0);
  return bestVariant ?? (mixed ? packs.find((pack) => pack.variantOf === 'en')?.language : undefined) ?? 'en';
}

/**
 * The language of a whole text from its sentences' languages: the one with the most words, and
 * every language seen, most words first.
 */
export function summarizeLanguages(perSentence: ReadonlyArray<{ language: string; words: number }>): { language: string; languages: string[] } {
  const words = new Map<string, number>();
  for (const { language, words: count } of perSentence) {
    if (language === UNDETERMINED) continue;
    words.set(language, (words.get(language) ?? 0) + count);
  }
  const languages = [...words.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language);
  return { language: languages[0] ?? UNDETERMINED, languages };
}
