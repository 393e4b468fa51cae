import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';

/**
 * Sentences written for these tests (none from a dataset): Malay and Indonesian, hurtful and kind,
 * with slang spellings, particles, negation, quotation, counter-speech, code-switching and praise
 * slang. Each hurtful one names the rule that must report it.
 */
const HURTFUL: readonly [string, string][] = [
  ['Kau ni bodoh lah', 'insults'],
  ['ko ni bodo betul', 'insults'],
  ['Bangang!', 'insults'],
  ['Dasar bangsat kau', 'insults'],
  ['Awak memang tolol, tak faham-faham', 'insults'],
  ['Lu goblok banget sih', 'insults'],
  ['Kau ni babi lah', 'insults'],
  ['Muka kau macam beruk', 'insults'],
  ['Kau anak haram', 'insults'],
  ['Otak udang betul kau ni', 'insults'],
  ['Kamu memang tak berguna', 'insults'],
  ['Aku bunuh kau nanti', 'harassment'],
  ['Aku nak tikam kau', 'harassment'],
  ['Mampus kau', 'harassment'],
  ['Mati la kau', 'harassment'],
  ['Kau ni gemuk, tak malu ke', 'insults'],
  ['Pergi mampus lah', 'harassment'],
  ['Kau patut mati je', 'harassment'],
  ['Semoga kau mati esok', 'harassment'],
  ['Baik kau bunuh diri je', 'harassment'],
  ['Aku tahu rumah kau kat mana', 'harassment'],
  ['Siap kau lepas ni', 'harassment'],
  ['Tak ada siapa suka kau', 'harassment'],
  ['Berambus dari sini', 'harassment'],
  ['Tutup mulut kau', 'harassment'],
  ['Orang cina semua pemalas', 'identity-attacks'],
  ['Melayu memang malas dan bodoh', 'identity-attacks'],
  ['Pendatang asing ni macam lipas, merata-rata', 'identity-attacks'],
  ['Semua pekerja asing patut dihalau', 'identity-attacks'],
  ['Orang gay ni menjijikkan', 'identity-attacks'],
  ['Aku benci orang india', 'identity-attacks'],
  ['Perempuan ni memang tak boleh dipercayai', 'identity-attacks'],
  ['Orang kristian tak layak hidup kat sini', 'identity-attacks'],
  ['Bakar je semua orang hindu tu', 'identity-attacks'],
  ['Warga emas ni cuma beban negara', 'identity-attacks'],
  ['Orang kurang upaya ni menyusahkan je', 'identity-attacks'],
  ['Balik tongsan lah', 'identity-attacks'],
  ['Dasar keling', 'identity-attacks'],
  ['Pondan macam kau jangan tunjuk muka', 'identity-attacks'],
  ['Orang islam tak pernah jujur', 'identity-attacks'],
  ['Negara ni lebih aman tanpa pendatang asing', 'identity-attacks'],
  ['Orang Iban ni selalu bising. Aku meluat dengan dorang', 'identity-attacks'],
  ['Kenapa tak kita halau je semua Bangla tu?', 'identity-attacks'],
  ['Pekerja asing tu tak lebih dari sampah', 'identity-attacks'],
  ['Tak ada perempuan yang boleh dipercayai', 'identity-attacks'],
  ['Aku geram betul dengan orang Rohingya', 'identity-attacks'],
  ['Biar je orang Cina tu menderita', 'identity-attacks'],
  ['Semua pekerja asing patut ditembak', 'identity-attacks'],
  ['Takkan tak nampak aku menyampah dengan pendatang?', 'identity-attacks'],
  ['Aku tak larat duduk dekat Bangla macam ni', 'identity-attacks'],
  ['Aku takkan angkat jari untuk tolong golongan LGBT', 'identity-attacks'],
  ['Pendatang asing akan memusnahkan negara kita', 'identity-attacks'],
  ['Aku nak patahkan kaki kau', 'harassment'],
  ['Kalau jumpa, aku cekik sampai pengsan', 'harassment'],
  ['Gua cari lu dan bikin lu menyesal', 'harassment'],
  ['Semoga rumah kau terbakar malam ni', 'harassment'],
  ['Aku nak kau mampus', 'harassment'],
  ['Budak ni patut kena belasah', 'harassment'],
  ['Saya dah tahu jadual awak', 'harassment'],
  ['Aku datang rumah kau tengah malam', 'harassment'],
  ['Puki mak kau', 'profanity'],
  ['Pukimak betul orang ni', 'profanity'],
  ['Kontol lah', 'profanity'],
  ['Cantik sangat untuk orang gelap', 'micro-aggressions'],
];

const KIND: readonly string[] = [
  'Terbaik lah bro!',
  'Terima kasih banyak-banyak, sangat membantu',
  'Sedap gila babi nasi lemak ni',
  'Power gila video ni',
  'Aku hajar kau dalam Mobile Legends malam ni, siap-siap',
  'Kau memang hebat, teruskan!',
  'Aku bodoh sebab terlupa bawa payung',
  'Soalan bodoh je ni, tapi macam mana nak mula?',
  'Aku tak benci orang india, kawan baik aku pun india',
  'Kau tak bodoh pun, cuma belum belajar lagi',
  'Jangan panggil orang melayu malas, itu tak adil',
  'Kalau aku nampak orang tulis "cina babi", aku report terus',
  'Orang cina, melayu dan india sama-sama sambut raya',
  'Saya bangga jadi orang kristian',
  'Warga emas patut dihormati',
  'Pekerja asing bina rumah kita, hargailah mereka',
  'Perempuan boleh jadi apa saja',
  'Tolong buang sampah dalam tong',
  'Anjing aku comel sangat',
  'Kucing aku gemuk sangat, comel',
  'Mati la aku, exam esok',
  'Mantap banget videonya, gue suka',
  'Tak sabar nak tengok episod seterusnya',
  'Orang gay pun manusia, hormatlah',
  'Saya nak belajar bahasa Tamil',
  'Aku takkan sakiti sesiapa',
  'Malaysia lebih teruk tanpa pekerja asing, siapa nak bina rumah?',
  'Tak ada orang Cina yang patut mati sebab agama',
  'Sedih tengok orang Rohingya menderita kat kem tu',
  'Ramai orang Islam dibunuh dalam perang tu, kesian',
  'Aku bakar ayam untuk kau malam ni',
  'Semoga kau cepat sembuh lepas kemalangan tu',
  'Aku sepak bola sampai masuk longkang',
  'Aku tumbuk kau! gurau je',
  'Orang tu tak layak kena pukul macam tu',
  'Aku tahu kau kerja keras untuk video ni',
  'Moga Allah panjangkan nyawa kau',
  'Siap kau esok kat gelanggang futsal',
  'Raya nanti aku datang rumah kau!',
  'Rasuah akan memusnahkan negara kita',
  'Aku tak larat duduk dekat aircond ni, sejuk gila',
  'Gue orang Indon, tapi aku suka rendang Malaysia',
];

describe('Malay and Indonesian pack', () => {
  // The pack's own rules, without the model: under the recommended preset the model leaves out
  // swearing aimed at no one, which the strict, kids and professional presets report.
  it.each(HURTFUL)('flags %j (%s)', (text, rule) => {
    const { messages, language } = lintText(text, { config: { model: false } });
    expect(messages.map((message) => message.ruleId)).toContain(rule);
    expect(['ms', 'singlish']).toContain(language);
    for (const message of messages) expect(text.slice(...message.range)).toBe(message.text);
  });

  it.each(KIND)('does not flag %j', (text) => {
    expect(lintText(text).messages.map((message) => `${message.ruleId}: ${message.text}`)).toEqual([]);
  });

  it('has at least 50 sentences of its own', () => {
    expect(HURTFUL.length + KIND.length).toBeGreaterThanOrEqual(50);
  });

  it('says why and suggests a kinder way in Malay', () => {
    const [message] = lintText('Kau ni bodoh lah').messages;
    expect(message?.message).toBe('Memanggil seseorang "bodoh" menyerang orangnya, bukan pendapatnya.');
    expect(message?.why).toMatch(/bermaksud stupid/);
    expect(message?.suggestions[0]).toMatch(/Saya tak setuju/);
  });

  it('reads slang spellings through the slang map and the leetspeak layer', () => {
    expect(lintText('ko ni b0doh').messages.map((message) => message.text)).toEqual(['b0doh']);
    expect(lintText('kau ni bodoooh').messages.map((message) => message.ruleId)).toEqual(['insults']);
  });

  it('reports mild words only with includeMild, as the English profanity rule does', () => {
    expect(lintText('celaka betul hari ni').messages).toEqual([]);
    const strict = lintText('celaka betul hari ni', { config: { extends: 'kindness:strict' } });
    expect(strict.messages.map((message) => message.messageId)).toEqual(['msProfanity']);
  });

  it('respects a rule turned off: Malay insults are insults', () => {
    expect(lintText('Kau ni bodoh lah', { rules: { insults: 'off' } }).messages).toEqual([]);
  });
});
