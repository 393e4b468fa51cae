/**
 * Characters that look like Latin letters but are not, and characters that cannot be seen.
 *
 * NFKD already folds fullwidth (`Ｉ`), mathematical (`𝐢`) and circled letters; this table covers
 * the lookalikes it leaves alone: Cyrillic and Greek letters people swap in to dodge filters
 * (`іdіot`, `ѕtupid`), and a few symbols used as letters. Keys are lower case, as the normalizer
 * looks them up after lower-casing; upper-case keys are listed where NFKD would miss them.
 */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h',
  о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y',
  һ: 'h', ӏ: 'l', ɡ: 'g',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't',
  υ: 'u', χ: 'x', ω: 'w', ς: 's', σ: 'o',
  // Latin extensions and IPA letters used as plain ones
  ı: 'i', ɩ: 'i', ɑ: 'a', ɒ: 'a', ɔ: 'o', ʀ: 'r', ʏ: 'y', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd',
  ᴇ: 'e', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p',
  ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z', ø: 'o', ł: 'l', đ: 'd', ß: 'ss',
  // Typographic apostrophes and quotes, so "you’re" reads like "you're"
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"',
};

export const CONFUSABLES: ReadonlyMap<string, string> = new Map(Object.entries(LOOKALIKES));

/**
 * Characters that render as nothing: zero-width space, non-joiner and joiner, word joiner, soft
 * hyphen, byte-order mark, invisible operators, the Mongolian vowel separator and the bidirectional
 * controls. Dropping them joins `id\u200Biot` back into `idiot`.
 */
export const INVISIBLES: ReadonlySet<string> = new Set([
  '\u00AD', '\u034F', '\u061C', '\u115F', '\u1160', '\u17B4', '\u17B5', '\u180E',
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u2061', '\u2062', '\u2063',
  '\u2064', '\uFEFF', '\uFE0E', '\uFE0F',
  // Bidirectional embeddings, overrides and isolates (an override is applied first, see bidi.ts).
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
]);
