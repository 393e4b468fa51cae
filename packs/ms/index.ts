/**
 * The Malay and Indonesian pack: rule data, rules and messages in Malay for sentences written in
 * Malay or Indonesian, and for the Malay words in Manglish. The two languages are one group here:
 * short comments rarely tell them apart, and both lexicons run on either.
 */
import { defineLanguagePack } from '../../src/lang/types.js';
import { MALAY_RULES } from './rules.js';
import { INSULTS, SLURS, VULGAR } from './words.js';

/**
 * The pack's own insults, vulgarities and slurs, and everyday words of praise and blame: dropped
 * into an English sentence, they make it Manglish ("you so bodoh", "terbaik lah this video").
 */
const PRAISE_AND_BLAME: ReadonlySet<string> = new Set([
  ...Object.keys(INSULTS), ...Object.keys(VULGAR), ...Object.keys(SLURS),
  'terbaik', 'hebat', 'bagus', 'cantik', 'comel', 'baik', 'teruk', 'benci', 'suka', 'sayang', 'terima', 'kasih',
  'bodoh', 'babi', 'sial', 'mampus', 'bunuh', 'mati', 'sampah', 'jahat', 'melayu', 'cina', 'kristian', 'pendatang',
  'perempuan', 'warga', 'kurang', 'upaya', 'berpenyakit',
]);

/**
 * Words that mark a sentence as Malay or Indonesian: function words, pronouns, particles, the
 * commonest verbs and the pack's own lexicon. Some are English words too ("dan", "ada"): a marker
 * only makes the detector count, and a sentence is Malay only when Malay words outnumber English.
 */
export const MALAY_MARKERS: ReadonlySet<string> = new Set([
  // Praise, blame, and the pack's own insults, vulgarities and slurs: a bare "Bangang!" is Malay.
  ...PRAISE_AND_BLAME,
  // Pronouns.
  'aku', 'saya', 'kau', 'engkau', 'ko', 'kamu', 'awak', 'korang', 'kalian', 'dia', 'mereka', 'diorang', 'dorang', 'kita',
  'kami', 'gue', 'gua', 'lu', 'elu', 'hampa',
  // Function words.
  'yang', 'dan', 'ini', 'itu', 'ni', 'tu', 'dengan', 'untuk', 'dari', 'daripada', 'kepada', 'pada', 'dalam', 'akan',
  'sudah', 'dah', 'telah', 'belum', 'lagi', 'juga', 'sangat', 'amat', 'memang', 'macam', 'seperti', 'kalau', 'jika',
  'sebab', 'kerana', 'karena', 'tapi', 'tetapi', 'atau', 'semua', 'orang', 'boleh', 'bisa', 'nak', 'mahu', 'mau',
  'patut', 'harus', 'perlu', 'apa', 'kenapa', 'mengapa', 'bagaimana', 'siapa', 'bila', 'nanti', 'sini', 'situ',
  'sana', 'ada', 'adalah', 'ialah', 'bukan', 'tak', 'tidak', 'jangan', 'tiada', 'takde', 'xde', 'pun', 'je', 'jer',
  'aja', 'saja', 'sahaja', 'lah', 'kan', 'kah', 'dong', 'sih', 'deh', 'kok', 'nggak', 'gak', 'enggak', 'udah', 'banget',
  'sikit', 'banyak', 'ramai', 'selalu', 'pernah', 'tahu', 'rasa', 'cakap', 'kata', 'buat', 'bikin', 'betul', 'benar',
  'hanya', 'cuma', 'lebih', 'paling', 'mana', 'sebagai', 'oleh', 'supaya', 'agar', 'bahawa', 'bahwa', 'negara', 'makan', 'lupa',
  ...PRAISE_AND_BLAME,
]);

export default defineLanguagePack({
  language: 'ms',
  name: 'Malay and Indonesian',
  markers: MALAY_MARKERS,
  // Manglish: Malay insults inside an English sentence ("you so bodoh lah").
  alsoRunsOn: ['singlish'],
  mixedInto: PRAISE_AND_BLAME,
  load: () => MALAY_RULES,
});
