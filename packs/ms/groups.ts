/**
 * Attacks on a group, in Malay and Indonesian: a word naming people by race, religion, origin,
 * gender, sexuality, age or disability, together in one sentence with a word that dehumanises,
 * degrades, hates, threatens or shuts them out. Malay marks plurals by doubling ("orang-orang")
 * and often drops the copula ("orang X malas"), so the rule looks for the two parts in one
 * sentence rather than for fixed word orders; negation, quotation and counter-speech are read
 * around them (rules.ts).
 */

/** The kinds of group, in Malay, for the messages. */
export type GroupKind = 'kaum' | 'agama' | 'asal usul' | 'jantina' | 'orientasi seksual' | 'umur' | 'kecacatan';

/** One word naming a group. `orang` before it is read as part of it ("orang cina"). */
export const GROUP_WORDS: Readonly<Record<string, GroupKind>> = {
  cina: 'kaum', china: 'kaum', melayu: 'kaum', india: 'kaum', keling: 'kaum', tamil: 'kaum', mamak: 'kaum',
  iban: 'kaum', kadazan: 'kaum', bugis: 'kaum', jawa: 'kaum', yahudi: 'agama', arab: 'kaum', negro: 'kaum',
  bumiputera: 'kaum', tionghoa: 'kaum', 'orang asli': 'kaum',
  islam: 'agama', muslim: 'agama', kristian: 'agama', kristen: 'agama', nasrani: 'agama', katolik: 'agama',
  hindu: 'agama', buddha: 'agama', buddhis: 'agama', sikh: 'agama', ateis: 'agama', atheis: 'agama', kafir: 'agama',
  syiah: 'agama', ahmadiyah: 'agama',
  pendatang: 'asal usul', imigran: 'asal usul', pelarian: 'asal usul', rohingya: 'asal usul', bangla: 'asal usul',
  indon: 'asal usul', 'pekerja asing': 'asal usul', 'warga asing': 'asal usul', 'orang asing': 'asal usul', pati: 'asal usul',
  'orang utara': 'asal usul', 'orang kelantan': 'asal usul', 'orang sabah': 'asal usul', 'orang sarawak': 'asal usul',
  perempuan: 'jantina', wanita: 'jantina', betina: 'jantina', pondan: 'jantina', bapok: 'jantina', 'mak nyah': 'jantina',
  trans: 'jantina', transgender: 'jantina', transeksual: 'jantina', waria: 'jantina', banci: 'jantina', feminis: 'jantina',
  gay: 'orientasi seksual', lesbian: 'orientasi seksual', homo: 'orientasi seksual', homoseksual: 'orientasi seksual',
  lgbt: 'orientasi seksual', biseksual: 'orientasi seksual', kunyit: 'orientasi seksual',
  'warga emas': 'umur', 'orang tua': 'umur', lansia: 'umur', 'warga tua': 'umur',
  oku: 'kecacatan', 'kurang upaya': 'kecacatan', cacat: 'kecacatan', 'orang buta': 'kecacatan', pekak: 'kecacatan',
  'orang gila': 'kecacatan', 'sakit mental': 'kecacatan', 'penyakit mental': 'kecacatan', 'berpenyakit mental': 'kecacatan',
  disabilitas: 'kecacatan', autisme: 'kecacatan', autistik: 'kecacatan', lumpuh: 'kecacatan',
};

/**
 * What turns a mention of a group into an attack, by kind. Each word was chosen because it is
 * aimed at people (a thing is not "vermin" or "deserving death"); literal words that are ordinary
 * about things ("kotor" floor) still count here, because here they are said of people.
 */
export const HOSTILE_WORDS: Readonly<Record<string, 'dehumanise' | 'degrade' | 'hate' | 'threat' | 'exclude'>> = {
  // Dehumanising: animals, pests, dirt, disease.
  sampah: 'dehumanise', binatang: 'dehumanise', haiwan: 'dehumanise', babi: 'dehumanise', anjing: 'dehumanise',
  tikus: 'dehumanise', lipas: 'dehumanise', kutu: 'dehumanise', parasit: 'dehumanise', perosak: 'dehumanise',
  penyakit: 'dehumanise', virus: 'dehumanise', barah: 'dehumanise', kanser: 'dehumanise', wabak: 'dehumanise',
  najis: 'dehumanise', tahi: 'dehumanise', taik: 'dehumanise', beruk: 'dehumanise', monyet: 'dehumanise', kera: 'dehumanise',
  setan: 'dehumanise', syaitan: 'dehumanise', iblis: 'dehumanise', hama: 'dehumanise', lintah: 'dehumanise', ulat: 'dehumanise',
  pembaziran: 'dehumanise', beban: 'dehumanise', ancaman: 'dehumanise',
  // Degrading attributes.
  bodoh: 'degrade', bangang: 'degrade', bengap: 'degrade', bebal: 'degrade', tolol: 'degrade', dungu: 'degrade', goblok: 'degrade',
  jahat: 'degrade', kotor: 'degrade', pengotor: 'degrade', jijik: 'degrade', menjijikkan: 'degrade', hina: 'degrade',
  malas: 'degrade', pemalas: 'degrade', busuk: 'degrade', teruk: 'degrade', hodoh: 'degrade', menyedihkan: 'degrade', lemah: 'degrade',
  penipu: 'degrade', pencuri: 'degrade', perogol: 'degrade', penjenayah: 'degrade', pengganas: 'degrade', ganas: 'degrade',
  kejam: 'degrade', biadab: 'degrade', jelik: 'degrade', keji: 'degrade', rendah: 'degrade', songsang: 'degrade', sesat: 'degrade',
  menjengkelkan: 'degrade', menyusahkan: 'degrade', memualkan: 'degrade', celaka: 'degrade',
  bangsat: 'degrade', keparat: 'degrade', bajingan: 'degrade', sialan: 'degrade', kolot: 'degrade', mundur: 'degrade',
  // Hatred and disgust.
  benci: 'hate', membenci: 'hate', meluat: 'hate', muak: 'hate', muntah: 'hate', loya: 'hate', menyampah: 'hate', geli: 'hate',
  jengkel: 'hate', menyirap: 'hate',
  // Threats and wishing harm.
  bunuh: 'threat', membunuh: 'threat', dibunuh: 'threat', bunuhlah: 'threat', mati: 'threat', mampus: 'threat', mampos: 'threat',
  hapus: 'threat', hapuskan: 'threat', dihapuskan: 'threat', menghapuskan: 'threat', musnahkan: 'threat', dimusnahkan: 'threat',
  gantung: 'threat', digantung: 'threat', bakar: 'threat', dibakar: 'threat', tembak: 'threat', ditembak: 'threat',
  pukul: 'threat', dipukul: 'threat', belasah: 'threat', dibelasah: 'threat', tikam: 'threat', ditikam: 'threat',
  sembelih: 'threat', disembelih: 'threat', penggal: 'threat', dipenggal: 'threat', pancung: 'threat', dipancung: 'threat',
  rogol: 'threat', dirogol: 'threat', merogol: 'threat', perkosa: 'threat', diperkosa: 'threat', seksa: 'threat', siksa: 'threat',
  diseksa: 'threat', disiksa: 'threat', menyeksa: 'threat', menyiksa: 'threat', cekik: 'threat', dicekik: 'threat',
  hancurkan: 'threat', dihancurkan: 'threat', tumbuk: 'threat', ditumbuk: 'threat', sepak: 'threat', disepak: 'threat',
  tendang: 'threat', ditendang: 'threat', serang: 'threat', diserang: 'threat', ganyang: 'threat', sakiti: 'threat',
  menyakiti: 'threat', disakiti: 'threat', patahkan: 'threat', lenyap: 'threat', lenyapkan: 'threat', binasa: 'threat',
  // Shutting out.
  berambus: 'exclude', halau: 'exclude', dihalau: 'exclude', usir: 'exclude', diusir: 'exclude', nyah: 'exclude',
  buang: 'exclude', dibuang: 'exclude', penjarakan: 'exclude', dipenjarakan: 'exclude', kurung: 'exclude', dikurung: 'exclude',
  singkirkan: 'exclude', disingkirkan: 'exclude',
};

/**
 * Hostile phrases, matched before single words: the ones built on a negation ("tak berguna")
 * must not be read as a negated compliment.
 */
export const HOSTILE_PHRASES: readonly [string, 'dehumanise' | 'degrade' | 'hate' | 'threat' | 'exclude'][] = [
  ['tak|tidak|x|tk guna|berguna|bernilai|berharga', 'degrade'],
  ['tak|tidak|x|tk layak hidup|wujud|tinggal|dihormati', 'exclude'],
  ['tak|tidak patut hidup|wujud|ada|dilahirkan', 'exclude'],
  ['tak|tidak ada|da nilai|tempat|hak', 'exclude'],
  ['tiada nilai|tempat|hak', 'exclude'],
  ['tak|tidak|x boleh tahan|dipercayai|diharap', 'hate'],
  ['tak|tidak|x tahan', 'hate'],
  ['tak|tidak|x suka|sudi', 'hate'],
  ['panas hati|baran', 'hate'],
  ['naik angin|darah|menyampah', 'hate'],
  ['sakit hati', 'hate'],
  ['lebih teruk|buruk|hina daripada|dari', 'degrade'],
  ['tak|tidak bertamadun|berotak|beradab|bermoral|berakal', 'degrade'],
  ['kurang ajar', 'degrade'],
  ['tak|tidak|bukan manusia', 'dehumanise'],
  ['pergi mampus|mati|jahanam', 'threat'],
  ['balik negara|tempat asal', 'exclude'],
];

/**
 * Words that praise: a negated one reads as an attack ("tak pernah bijak" — "never smart").
 */
export const POSITIVE_WORDS = new Set([
  'bijak', 'pandai', 'cerdik', 'baik', 'jujur', 'layak', 'berguna', 'berharga', 'bernilai', 'hebat', 'rajin', 'bersih',
  'setia', 'hormat', 'dihormati', 'dipercayai', 'amanah', 'cantik', 'sopan', 'manusia', 'kasihan', 'simpati', 'belas',
]);

/**
 * Negators. A hostile word within two tokens after one is negated ("aku tak benci"); a positive
 * word after one becomes an attack.
 */
export const NEGATORS = new Set([
  'tak', 'tidak', 'bukan', 'jangan', 'tiada', 'takkan', 'tk', 'x', 'tdk', 'bkn', 'jgn', 'nggak', 'ngga', 'gak', 'ga', 'enggak',
  'tak-kan', 'usah', 'belum', 'tanpa', 'tidaklah', 'bukanlah', 'janganlah', 'takde', 'tiadalah',
]);

/**
 * Counter-speech: words about saying something, and words that reject it. A sentence with both
 * ("jangan panggil mereka sampah", "aku akan report komen macam tu") is someone pushing back.
 */
export const SPEECH_WORDS = new Set([
  'cakap', 'bercakap', 'kata', 'berkata', 'mengatakan', 'katakan', 'dikatakan', 'panggil', 'memanggil', 'sebut', 'menyebut', 'tulis', 'menulis', 'komen', 'komen-komen', 'post',
  'hina', 'menghina', 'kutuk', 'mengutuk', 'bilang', 'ngomong', 'ucap', 'mengucapkan', 'ayat', 'kenyataan', 'tweet', 'ujar',
]);

export const REJECTION_WORDS = new Set([
  'salah', 'report', 'lapor', 'laporkan', 'berhenti', 'stop', 'malu', 'akibat', 'keterlaluan', 'melampau', 'rasis',
  'perkauman', 'kebencian', 'hormat', 'dosa', 'tolak', 'menentang', 'penjara', 'saman', 'block', 'sekat', 'padam', 'keliru',
]);
