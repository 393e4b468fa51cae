/**
 * A held-out set: Singlish, Manglish and Malay sentences written for it (none from a dataset),
 * hurtful and kind, with code-switching, particles and praise slang. The packs are NOT tuned on
 * these: when one fails, the failure is recorded by the test's floor, not fixed by adding its
 * words. The test (held-out.test.ts) reports accuracy and holds the measured floor.
 */

export interface HeldOut {
  text: string;
  hurtful: boolean;
  /** singlish (Singlish or Manglish), ms (Malay), mixed (code-switching between them). */
  language: 'singlish' | 'ms' | 'mixed';
}

const hurtful = (language: HeldOut['language'], ...texts: string[]): HeldOut[] => texts.map((text) => ({ text, hurtful: true, language }));
const kind = (language: HeldOut['language'], ...texts: string[]): HeldOut[] => texts.map((text) => ({ text, hurtful: false, language }));

export const HELD_OUT: readonly HeldOut[] = [
  ...hurtful(
    'singlish',
    'Eh you damn useless leh, cannot even do one simple thing',
    'Walao this fella so stupid one, brain got problem is it',
    'You better watch out, I wait for you downstairs and whack you',
    'Knn who asked you to comment, go die lor',
    'Those bangladeshi workers all smelly one, dont let them sit on the MRT',
    'Filipino maids all cannot be trusted lah, confirm steal your things',
    'Ugly until like that still want to post selfie, pui',
    'Cb your singing like cat kena strangle',
    'Nobody likes you sia, just leave the group chat',
    'Indians are lazy lah, everybody knows',
    'These old people should just stay home and die faster',
    'You fat pig, eat so much still dare to talk',
    'Wah lau eh, you are the dumbest person I ever met',
    'Gays are disgusting lah, cannot stand them',
    'Lanjiao you think you damn smart is it',
  ),
  ...kind(
    'singlish',
    'Power lah bro, this video damn good',
    'Steady bojio, next time jio me also',
    'Wah your drawing so nice, can teach me or not',
    'Thank you ah, really help me a lot',
    'This one confirm plus chop I will support you',
    'Aiyo dont so stress lah, take it easy',
    'Shiok sia the laksa at that stall',
    'Eh the queue at the hawker centre damn long today',
    'My grandmother cooks the best curry chicken lah',
    'Jialat, the rain so heavy I kena wet until like that',
    'Malay, Chinese, Indian, all makan together at the void deck',
    'Respect the aunties who clean the table, they work damn hard',
    'Siao liao, forgot my homework at home',
    'You very clever leh, how you think of this',
    'Welcome to Singapore, hope you enjoy your stay here',
  ),
  ...hurtful(
    'ms',
    'Kau ni memang bodoh, tak faham bahasa ke',
    'Muka hodoh macam tu pun nak jadi artis',
    'Pergi mampus lah kau dengan video sampah ni',
    'Orang macam kau patut kena belasah',
    'Pendatang asing semua pengotor, halau je dari sini',
    'Babi punya orang, menyusahkan hidup aku',
    'Aku bunuh kau kalau jumpa nanti',
    'Perempuan memang tak guna, duduk dapur je lah',
    'Dasar bangang, sekolah pun tak habis',
    'Otak letak kat lutut ke, bodoh sangat',
  ),
  ...kind(
    'ms',
    'Terbaik lah bro, teruskan usaha',
    'Cantik sangat baju raya tu, beli kat mana',
    'Terima kasih sebab sudi tolong saya semalam',
    'Sedap gila nasi lemak ni, nak tambah lagi',
    'Semoga awak cepat sembuh, jaga diri baik-baik',
    'Saya tak setuju, tapi saya hormat pendapat awak',
    'Jangan panggil orang bodoh, tak baik',
    'Jom makan sama-sama lepas kerja nanti',
    'Tahniah atas kejayaan anak awak, bangga saya',
    'Mantap video ni, sangat membantu',
  ),
  ...hurtful(
    'mixed',
    'Eh bodoh, you think you so pandai is it',
    'Kau memang stupid lah, everything also cannot do',
    'Dont be such a sial lah, always ruin everything',
    'This pendatang should go back their kampung lah',
    'Kau ni sohai betul, sampah masyarakat',
  ),
  ...kind(
    'mixed',
    'Terbaik lah you guys, power sia',
    'Best gila this nasi lemak, confirm come back again',
    'Thank you so much, sayang you all',
    'Jom lepak mamak later, I belanja',
    'Tak apa lah, next time we try again',
  ),
];
