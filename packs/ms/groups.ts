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
  sampah: 'dehumanise', kotoran: 'dehumanise', binatang: 'dehumanise', haiwan: 'dehumanise', babi: 'dehumanise', anjing: 'dehumanise',
  tikus: 'dehumanise', lipas: 'dehumanise', kutu: 'dehumanise', parasit: 'dehumanise', perosak: 'dehumanise',
  penyakit: 'dehumanise', virus: 'dehumanise', barah: 'dehumanise', kanser: 'dehumanise', wabak: 'dehumanise',
  najis: 'dehumanise', tahi: 'dehumanise', taik: 'dehumanise', beruk: 'dehumanise', monyet: 'dehumanise', kera: 'dehumanise',
  setan: 'dehumanise', syaitan: 'dehumanise', iblis: 'dehumanise', hama: 'dehumanise', lintah: 'dehumanise', ulat: 'dehumanise',
  pembaziran: 'dehumanise', beban: 'dehumanise', ancaman: 'dehumanise',
  // Degrading attributes.
  bodoh: 'degrade', bangang: 'degrade', bengap: 'degrade', bebal: 'degrade', tolol: 'degrade', dungu: 'degrade', goblok: 'degrade',
  jahat: 'degrade', kotor: 'degrade', pengotor: 'degrade', jijik: 'degrade', menjijikkan: 'degrade', menjijikan: 'degrade', hina: 'degrade',
  malas: 'degrade', pemalas: 'degrade', busuk: 'degrade', teruk: 'degrade', hodoh: 'degrade', menyedihkan: 'degrade', lemah: 'degrade',
  penipu: 'degrade', pencuri: 'degrade', perogol: 'degrade', penjenayah: 'degrade', pengganas: 'degrade', ganas: 'degrade',
  kejam: 'degrade', biadab: 'degrade', jelik: 'degrade', keji: 'degrade', rendah: 'degrade', songsang: 'degrade', sesat: 'degrade',
  menjengkelkan: 'degrade', tamak: 'degrade', haloba: 'degrade', murahan: 'degrade', penyangak: 'degrade', gengster: 'degrade', samseng: 'degrade',
  menyusahkan: 'degrade', memualkan: 'degrade', celaka: 'degrade',
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
  hancurkan: 'threat', dihancurkan: 'threat', serbu: 'threat', diserbu: 'threat', tenggelamkan: 'threat', ditenggelamkan: 'threat', lemaskan: 'threat', tumbuk: 'threat', ditumbuk: 'threat', sepak: 'threat', disepak: 'threat',
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
  ['tak|tidak|x|tk|tiada guna|berguna|bernilai|brnilai|berharga|brharga', 'degrade'],
  // Not bearing to be near them, not lifting a finger for them.
  ['tak|tidak|x larat|tahan|sanggup nak? berada|duduk|tinggal di? sekeliling|dekat|dengan|sebelah', 'hate'],
  ['takkan|tak|tidak akan? angkat jari', 'hate'],
  // Ruin foretold: "X akan memusnahkan negara kita".
  ['memusnahkan|musnahkan|merosakkan|menghancurkan|hancurkan negara|bangsa|agama', 'degrade'],
  ['tak|tidak|x|tk layak|berhak hidup|wujud|tinggal|dihormati|duduk', 'exclude'],
  ['tak|tidak patut hidup|wujud|ada|dilahirkan', 'exclude'],
  ['tak|tidak ada|da nilai|tempat|hak', 'exclude'],
  ['tiada nilai|tempat|hak', 'exclude'],
  ['tak|tidak|x boleh tahan|dipercayai|diharap', 'hate'],
  ['tak|tidak|x boleh percaya dengan|pada|kat|kepada', 'hate'],
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
  // The place would be better without them: "negara ni lebih aman tanpa X".
  ['lebih baik|bagus|aman|elok|tenang|bersih|selamat tanpa', 'exclude'],
  // Death at the writer's hands: "X tu akan mati di tangan aku".
  ['di tangan aku|kami|saya|kita|gua|gue', 'threat'],
  // Rather die than be with them: "aku lebih rela mati daripada kahwin dengan X".
  ['rela|sanggup|baik mati daripada|dari', 'hate'],
  // Anger the group causes, or is the target of: "X buat aku panas", "aku marah dengan X".
  ['buat|membuat|bikin aku|saya|gua|gue|kami panas|marah|geram|bengang|meluat|menyampah|muak|jijik|loya', 'hate'],
  ['marah|geram|bengang|menyampah|meluat gila|sangat|betul? dengan|kat|pada|terhadap', 'hate'],
  // Their ways, as a generalisation: "X memang perangai buruk".
  ['perangai|sikap|sifat|akhlak|adab buruk|teruk|jahat|busuk|hodoh|kotor', 'degrade'],
  ['patut|layak|kena|mesti masuk|duduk|dikurung dalam|kat|di? zoo|kandang', 'dehumanise'],
  // Suffering made or enjoyed: "biar X menderita", "nak tengok X merana"; not "sedih tengok X menderita".
  ['buat|biar|biarkan * *? *? *? menderita|merana|sengsara', 'threat'],
  ['nak|mahu|mau|ingin|suka|seronok|puas tengok|lihat * *? *? *? menderita|merana|sengsara', 'threat'],
  // Likened to animals: "macam kambing", "mcm lembu".
  ['macam|seperti|bagai|cam|mcm|cm kambing|lembu|kerbau|binatang|haiwan|babi|anjing|tikus|lipas|beruk|monyet|kera|ulat|lalat|biawak|cacing|lintah', 'dehumanise'],
  // Better off gone: "lagi bagus kalau semua X hilang", "aman kalau takde X".
  ['bagus|baik|elok|aman|tenang|bersih|maju kalau|jika|bila * *? *? *? *? hilang|lenyap|pupus|mampus|mati|berambus', 'exclude'],
  ['bagus|baik|elok|aman|tenang|bersih|maju kalau|jika|bila takde|tiada|tanpa', 'exclude'],
  // Wished harm: "harap2 bot X tu tenggelam".
  ['harap|harap2|harapnya|semoga|moga|doakan * *? *? *? *? tenggelam|karam|terbakar|mati|mampus|meletup|musnah|pupus', 'threat'],
  // Vices as a generalisation: "X semua kaki botol".
  ['kaki botol|gaduh|judi|mabuk|tipu|curi|pukul|todi|rasuah|ponteng', 'degrade'],
  ['otak pendek|udang|lembab|kosong|letak lutut', 'degrade'],
  // Kept out of a right or a place: "jangan bagi X masuk politik".
  ['jangan|tak|tidak bagi|benarkan|biar|biarkan * *? *? masuk|bina|undi|mengundi|tinggal|sekolah|memimpin', 'exclude'],
  // Sent back: "hantar semua X balik".
  ['hantar|hantarkan|halau|usir|deport * *? *? balik', 'exclude'],
  // Not letting them live: "jangan biarkan X hidup", "tak boleh biar X hidup".
  ['jangan|tidak|tak boleh? biar|biarkan|bagi * *? *? *? hidup', 'threat'],
  // Rights denied: "hak asasi tak patut diberi kepada X".
  ['hak asasi? manusia? tidak|tak boleh|patut|perlu|layak diberi|diberikan|untuk', 'exclude'],
];

/** Where a negator negates nothing: "kenapa tak kita halau je X" (why don't we), "tak lebih daripada sampah" (nothing but), "tak … ke?" (isn't it). */
export const NOT_NEGATING: readonly string[] = [
  'kenapa|mengapa|apasal|asal|awat|napa|nape kita|kami? tidak', 'tidak lebih daripada|dari', 'tidak|bukan * ke',
  // A double negation asserts: "takkanlah tak nampak aku benci X?" (surely you see I hate X).
  'takkanlah|takkan tidak', 'tidak kan tidak',
];

/** Hostile words said of a world without the group, not of the group: "lebih teruk tanpa X" (worse without X). */
export const NOT_HOSTILE: readonly string[] = [
  'teruk|buruk|sunyi|hambar|susah|miskin|mundur|lumpuh tanpa',
  // Idioms and things: killing time, pork, rubbish collection, "mahal nak mampus" (dead expensive), "sampai pukul 3".
  'bunuh masa|nyamuk|lipas|bosan|lawan|musuh|boss', 'daging|makan|masak|jual|kedai babi|khinzir', 'babi|khinzir itu|ini? haram|halal',
  'nak|nk mampus|mati|mampos', 'gila babi', 'berani mati', 'sampai|pada|dalam|lepas|sebelum|jam pukul', 'kes|kejadian|suspek|cubaan|tuduhan bunuh|rogol|tikam|samun',
  // Hate that is someone else's, asked about: "kenapa korang benci sangat X?".
  'kau|ko|korang|kamu|awak|hang|lu|lo|kalian|engkau benci|membenci|menyampah|meluat|marah',
  'lori|tong|kutip|buang|longgokan sampah',
  'mati mati|kutu|akal|pucuk|angin|langkah|enjin',
];

/** Pronouns for a group named before them, in the sentence or the one before: "Orang X ni kuat mengadu. Aku benci diorang." */
export const GROUP_PRONOUNS: readonly string[] = ['mereka', 'diorang', 'dorang', 'derang', 'depa', 'dia orang', 'diaorang'];
/** Words that end a clause for the group-attack reading: "benci hari Isnin, tapi aunty X…". */
export const CONTRAST = new Set(['tapi', 'tetapi', 'namun', 'but', 'sedangkan', 'manakala']);
/** Words that open a clause with a subject of its own: "Indon, aku benci agen…" is about the agents. */
/** Conditions whose next clause says what follows from them: "kalau aku jadi X, aku…". */
export const CONDITIONS = new Set(['kalau', 'jika', 'jikalau', 'kalo', 'klu', 'if', 'andai', 'sekiranya', 'bila', 'apabila']);
export const NEW_SUBJECTS = new Set(['aku', 'saya', 'gua', 'gue', 'sy', 'kau', 'awak', 'kamu', 'dia', 'kami', 'kita', 'korang', 'itu', 'ini']);
/** Words that may open a clause before its subject: ", cuma aku benci…", ", tapi dorang…". */
export const CONNECTIVES = new Set(['cuma', 'cuman', 'tapi', 'tetapi', 'sebab', 'pastu', 'lepas', 'so', 'jadi', 'lagipun', 'sebenarnya']);

/**
 * Harm done to a group that a sentence may only report ("sementara X dibunuh", while X are
 * killed): an attack when wished ("X patut dibunuh", X should be killed).
 */
export const REPORTED_HARM = new Set([
  'mati',
  ...Object.keys(HOSTILE_WORDS).filter((word) => word.startsWith('di') && (HOSTILE_WORDS[word] === 'threat' || HOSTILE_WORDS[word] === 'exclude')),
]);
export const WISHING = new Set(['patut', 'harus', 'mesti', 'layak', 'wajar', 'perlu', 'sepatutnya', 'semoga', 'moga', 'harap', 'harapnya', 'biar', 'biarkan', 'bagi', 'baik', 'elok', 'suruh', 'jom', 'mari']);
/** "kena" before harm reports it done: "X kena halau" (X got thrown out). */
export const PASSIVE = new Set(['kena', 'dikenakan', 'mangsa']);


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
  'cakap', 'bercakap', 'kata', 'berkata', 'kaitkan', 'mengaitkan', 'mengatakan', 'katakan', 'dikatakan', 'panggil', 'memanggil', 'sebut', 'menyebut', 'tulis', 'menulis', 'komen', 'komen-komen', 'post',
  'hina', 'menghina', 'kutuk', 'mengutuk', 'bilang', 'ngomong', 'ucap', 'mengucapkan', 'ayat', 'kenyataan', 'tweet', 'ujar',
]);

export const REJECTION_WORDS = new Set([
  'salah', 'report', 'lapor', 'laporkan', 'berhenti', 'stop', 'malu', 'akibat', 'keterlaluan', 'melampau', 'rasis',
  'perkauman', 'kebencian', 'hormat', 'racist', 'rasist', 'dosa', 'tolak', 'menentang', 'penjara', 'saman', 'block', 'sekat', 'padam', 'keliru',
]);
