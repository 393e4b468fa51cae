/**
 * Malay phrases that threaten, wish harm, push toward self-harm, expose, intimidate or shut out
 * (harassment), and backhanded compliments (micro-aggressions), in the phrase language of
 * src/text/phrases.ts. `<kau>` is anyone addressed, `<aku>` the writer. Tokens are read through
 * the slang map first, so `ko`, `hang` and `lu` are `<kau>` and `x` is `tak`.
 */

/** Second person, the one being spoken to, across Malaysian, Indonesian and northern usage. */
export const SECOND_PERSON: ReadonlySet<string> = new Set([
  'kau', 'engkau', 'ko', 'kamu', 'awak', 'hang', 'lu', 'lo', 'loe', 'elu', 'elo', 'korang', 'kalian', 'hampa', 'anda', 'mu',
  'dikau', 'you', 'u', 'kowe',
]);

/** First person, the writer. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['aku', 'saya', 'gua', 'gue', 'gw', 'ak', 'sy', 'kami', 'kita', 'i', 'me', 'ambo', 'den', 'teman', 'ceq']);

export type HarassmentKind = 'threat' | 'wishHarm' | 'selfHarm' | 'doxxing' | 'exclusion' | 'intimidation' | 'hostility';

const HARM_VERBS = 'bunuh|tikam|tembak|pukul|belasah|tumbuk|sepak|terajang|bakar|sembelih|cekik|rogol|hancurkan|bantai|lanyak|hentam|siksa|seksa|pancung|penggal|bom|langgar|bacok|gorok|hajar|tampar|lempang|patahkan|cincang|kerjakan';

const phrase = (kind: HarassmentKind, ...patterns: string[]) => patterns.map((pattern) => ({ pattern, kind }));

export const HARASSMENT_PHRASES: readonly { pattern: string; kind: HarassmentKind }[] = [
  ...phrase('threat',
    `<aku>? nak|akan|mahu|mau|nk|akn|kan|nanti|sanggup ${HARM_VERBS} <kau>`,
    `<aku>? nak|akan|mahu|mau|nk|akn|kan|nanti ${HARM_VERBS} semua <kau>`,
    `<aku> ${HARM_VERBS} <kau>`,
    `${HARM_VERBS} <kau> sampai mati|mampus|lunyai|patah`,
    '<aku>? nak|akan|mahu|mau bagi|buat <kau> mati|mampus|merana|cacat'),
  ...phrase('wishHarm',
    'mampus|mampos|mati|modar la|lah|je? <kau>',
    '<kau> patut|harus|layak|baik|better (lebih baik|) mati|mampus|mampos|dibunuh|modar',
    '<kau> (lebih baik) mati|mampus|mampos|modar',
    'pergi|pi|gi|sana mampus|mati|mampos|jahanam|modar|mampuih',
    'semoga|moga|harap|harapnya|doakan <kau> mati|mampus|sakit|celaka|kena|accident|eksiden|mampos',
    'semoga|moga|harap|harapnya|doakan|doa allah|tuhan? tarik|cabut|ambil nyawa <kau>',
    '<kau> hilang|lenyap|pupus dari muka bumi',
    'matilah|mampuslah <kau>?', 'mati|mampus je|jela|sajalah|aja'),
  ...phrase('selfHarm',
    'bunuh diri je|jela|sajalah|aja|la|lah',
    'pergi|pi|gi|baik|better|patut bunuh diri', '(lebih baik) bunuh diri',
    'gantung diri', 'terjun bangunan|jambatan|tingkap',
    '(tak ada|takde|tiada) siapa|sapa|orang akan rindu|kisah|peduli <kau>'),
  ...phrase('doxxing',
    '<aku>? tahu|tau mana|rumah|alamat <kau>',
    '<aku> dah|sudah? tahu|tau plat|jadual|alamat|ofis|pejabat|sekolah|nombor|ic|kereta',
    '<aku> dah|sudah? tahu|tau <kau> kerja|tinggal|duduk|belajar|sekolah|lepak|pergi mana|kat|di',
    'sebar|dedah|viralkan|share|post alamat|nombor|gambar|ic|maklumat <kau>'),
  ...phrase('intimidation',
    // A visit is menacing only with a weapon, a gang or the dead of night: "aku datang rumah kau, bawa
    // durian" and "raya nanti aku datang rumah kau" are friends.
    '<aku> datang|pergi rumah <kau> dengan|bawa geng|parang|pisau|kayu|senjata|budak|member',
    '<aku> datang|pergi rumah <kau> tengah malam',
    'siap|nahas|jaga <kau>', 'siap|nahas la|lah <kau>', 'tunggu nasib <kau>', '<aku> cari <kau>', '<kau> akan menyesal', '<kau> tunggu je|jela|nanti'),
  ...phrase('exclusion',
    '(tak ada|takde|tiada|tak da) siapa|sapa|orang|seorang suka|sayang|perlukan|peduli <kau>',
    'semua orang|org benci|meluat|menyampah <kau>',
    'berambus', 'blah lah|la|sana',
    'padam|delete akaun|account|channel|akun <kau>',
    '(tak ada|takde|tiada) siapa|sapa tanya|kisah', 'siapa|sapa|sape tanya', 'kau siapa|sapa|sape'),
  ...phrase('hostility',
    'tutup|diam mulut|muncung <kau>?', 'diam lah|la bodoh|bangang|babi|sial', 'pergi jahanam',
    'celaka|sial|bangsat|babi|anjing <kau>', 'kepala bapak|hotak|otak <kau>', 'bodoh|bangang|babi|anjing punya? <kau>'),
];

/** Compliments that lean on a stereotype, and stereotypes said in passing. */
export const MICRO_PHRASES: readonly string[] = [
  'cantik|lawa|hensem|comel sangat|juga? untuk|bagi orang? gelap|hitam|india|cina|melayu|pendek|gemuk',
  'pandai|bijak|hebat|kuat juga? untuk|bagi seorang? perempuan|wanita|oku',
  'tak nampak macam|seperti orang? india|cina|melayu|islam|gay|oku',
  'macam pondan|bapok',
  'melayu|cina|india memang malas|kedekut|tamak|pemabuk|penipu|pencuri', 'dasar melayu|cina|india|indon|bangla|pendatang',
];
