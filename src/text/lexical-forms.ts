/**
 * The readings a word may stand for, so a lexicon lookup sees through `1d10t`, `b!tch`,
 * `idiooooot` and `stooopid` without breaking words that really have double letters.
 */

/** Characters people swap in for letters. Digits only count inside a word that has letters. */
const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '2': 'z', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', '$': 's', '!': 'i', '|': 'l', '+': 't',
};

/**
 * Words people mask with `*` (`f*ck`, `st*pid`), most common first: a masked word also reads as
 * the first of these it fits, so phrases see `f*ck you` as `fuck you`. Lexicons match masks
 * against all their words themselves (lexicon.ts); phrases need the word.
 */
const OFTEN_MASKED = [
  'fuck', 'fucking', 'fucker', 'fucked', 'motherfucker', 'shit', 'shitty', 'bullshit', 'bitch', 'bitches', 'cunt', 'asshole',
  'dick', 'cock', 'pussy', 'bastard', 'whore', 'slut', 'stupid', 'idiot', 'retard', 'retarded', 'kill', 'die', 'dead',
];
const HAS_LETTER = /\p{L}/u;
const HAS_LEET = /[0-9@$!|+]/;
const STRETCH_RUNS = /(\p{L})\1{2,}/gu;
const EDGE_MASKS = /^[*]+|[*]+$/g;

/** Three or more of the same letter in a row (a plain loop: the regex was a hot spot). */
function isStretched(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const isLetter = (code >= 97 && code <= 122) || code > 0x7f;
    if (isLetter && code === word.charCodeAt(i - 1) && code === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

function decodeLeet(word: string): string {
  let out = '';
  for (const char of word) out += LEET[char] ?? char;
  return out;
}

/** `f*ck` fits `fuck`: same length, the shown letters agree, and at least two of them shown (so `***` fits nothing). */
export function fitsMask(masked: string, word: string): boolean {
  if (masked.length !== word.length) return false;
  let shown = 0;
  for (let i = 0; i < masked.length; i++) {
    if (masked[i] === '*') continue;
    if (masked[i] !== word[i]) return false;
    shown++;
  }
  return shown >= 2;
}

/**
 * Returns the lookup keys for one normalized word, best first and without duplicates.
 *
 * @example lexicalForms('idiooooot') // ['idiooooot', 'idioot', 'idiot']
 * @example lexicalForms('2020')      // ['2020'] (digits in numbers are not letters)
 */
export function lexicalForms(word: string): string[] {
  const forms = [word];
  const add = (form: string): void => {
    if (form !== '' && !forms.includes(form)) forms.push(form);
  };
  let base = word.replace(/'/g, '');
  add(base);
  if (word.includes('*')) {
    base = base.replace(EDGE_MASKS, '') || base;
    add(base);
    const unmasked = base.includes('*') ? OFTEN_MASKED.find((known) => fitsMask(base, known)) : undefined;
    if (unmasked !== undefined) add(unmasked);
  }
  if (HAS_LEET.test(base) && HAS_LETTER.test(base)) {
    base = decodeLeet(base);
    add(base);
  }
  if (isStretched(base)) {
    // Try both: a run of three or more may stand for a real double letter (`sooo good`
    // -> `soo` is not a word, but `looooser` -> `looser` would be) or a single one.
    add(base.replace(STRETCH_RUNS, '$1$1'));
    add(base.replace(STRETCH_RUNS, '$1'));
  }
  return forms;
}
