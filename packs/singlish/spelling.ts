/**
 * How the Singlish pack reads misspelled group names and hostile words (packs/spelling.ts).
 * NOT_VARIANTS and NOT_SPLIT are English words; packs/collision.test.ts keeps them complete.
 */

/** Small words people run into the next or the previous one: "stabthose", "ihate", "fuckall", "sosickening". */
export const GLUE = new Set(['i', 'so', 'the', 'those', 'these', 'all', 'them', 'they', 'are', 'is', 'just', 'damn', 'very', 'you', 'should', 'must', 'people', 'and', 'to']);

/** Misspellings of the pack's words that are English words: read as themselves. */
export const NOT_VARIANTS = new Set<string>([
  'ages', 'alay', 'alays', 'anima', 'animas', 'baned', 'cage', 'cags', 'caner', 'case', 'chas', 'chats', 'cheat',
  'chines', 'coward', 'creep', 'crepey', 'crepy', 'criminal', 'crue', 'depot', 'dirt', 'disable', 'down', 'downed',
  'droned', 'drow', 'drownd', 'eeches', 'elfish', 'errorists', 'ests', 'femal', 'femals', 'filth', 'folk', 'freak',
  'garage', 'girl', 'goss', 'greed', 'hack', 'hared', 'hated', 'heats', 'hind', 'hinds', 'hoot', 'idiot', 'india',
  'indias', 'lairs', 'lars', 'lathe', 'laughter', 'leches', 'liar', 'lias', 'liras', 'loath', 'lous', 'lych', 'mala',
  'malas', 'mell', 'mells', 'metally', 'moneys', 'monkey', 'omen', 'omit', 'pervert', 'pets', 'piny', 'piony',
  'pioy', 'pioys', 'plage', 'rainless', 'rash', 'reaks', 'reedy', 'revoting', 'ripple', 'ripples', 'sell', 'sells',
  'senor', 'senors', 'shoo', 'sink', 'sinks', 'sinky', 'snaky', 'sneak', 'soot', 'sting', 'strange', 'swam', 'tail',
  'tails', 'tamis', 'tans', 'tarns', 'tash', 'terrorist', 'theist', 'theists', 'thieve', 'tink', 'tinks', 'trangle',
  'treat', 'urned', 'violet', 'wack', 'warm', 'warms', 'wase', 'wast', 'wate', 'wort', 'worts', 'wost',
  'hostie', 'murderer', 'eggars', 'begars', 'beggar', 'bloodsucker', 'mongrel', 'imbecile', 'locus', 'hacked',
]);

/** English words that would split into a small word and one of the pack's words. */
export const NOT_SPLIT = new Set<string>([
  'andvile', 'hangi', 'hangis', 'manis', 'manto', 'mento', 'socages', 'soman', 'therapists', 'togas', 'toman',
]);
