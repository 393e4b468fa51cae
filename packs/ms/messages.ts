/**
 * What a Malay finding says, in Malay: the message, why it may hurt, and a kinder way to make the
 * same point. Placeholders as in rule messages (`{{term}}`).
 */
import type { MessageSpec } from '../../src/core/types.js';

export const INSULT_MESSAGES: Readonly<Record<string, MessageSpec>> = {
  msInsult: {
    message: 'Memanggil seseorang "{{term}}" menyerang orangnya, bukan pendapatnya.',
    why: '"{{term}}" bermaksud {{gloss}}. Orang yang membacanya mendengar hukuman tentang dirinya, dan perbualan terhenti di situ.',
    kinder: ['Katakan apa yang anda tidak setuju: "Saya tak setuju, sebab…"', 'Tegur perbuatannya, bukan orangnya.'],
  },
};

export const IDENTITY_MESSAGES: Readonly<Record<string, MessageSpec>> = {
  msGroupAttack: {
    message: '"{{phrase}}" menyerang seluruh kumpulan kerana {{group}} mereka.',
    why: 'Kenyataan tentang apa yang satu kumpulan "ialah" atau "patut dapat" menjadikan orang sebenar sasaran, dan begitulah kebencian merebak.',
    kinder: ['Bincangkan tindakan atau dasar tertentu, dan sebab anda tidak bersetuju.', 'Cakap tentang seorang yang berbuat salah, bukan seluruh kaumnya.'],
  },
  msSlur: {
    message: '"{{term}}" ialah panggilan yang menghina {{group}}.',
    why: 'Kata ini {{gloss}}. Ia menyerang orang kerana siapa mereka, dan semua orang dalam kumpulan itu yang membacanya turut terluka.',
    kinder: ['Buang kata itu dan nyatakan apa yang sebenarnya anda bantah.'],
  },
};

export const HARASSMENT_MESSAGES: Readonly<Record<string, MessageSpec>> = {
  msThreat: {
    message: '"{{phrase}}" berbunyi seperti ugutan keganasan.',
    why: 'Ugutan membuat orang takut akan keselamatan mereka, walaupun ditulis sebagai gurauan.',
    kinder: ['Jika anda marah, katakan apa yang membuat anda marah tanpa mengugut.'],
    category: 'threat',
  },
  msWishHarm: {
    message: '"{{phrase}}" mendoakan orang lain mati atau dicederakan.',
    why: 'Berharap seseorang mati atau sakit melukai lebih lama daripada kemarahan yang menulisnya.',
    kinder: ['Katakan apa yang tidak adil bagi anda, dan apa yang anda mahu berubah.'],
    category: 'threat',
  },
  msSelfHarm: {
    message: '"{{phrase}}" menyuruh seseorang mencederakan diri sendiri.',
    why: 'Kata-kata ini boleh sampai kepada orang yang sedang bergelut, dan boleh meragut nyawa.',
    kinder: ['Jika anda perlu berhenti berbual, berhenti sahaja. Jika seseorang dalam bahaya, di Malaysia hubungi Talian HEAL 15555 atau Befrienders 03-7627 2929; di Singapura SOS 1767.'],
    category: 'self-harm',
  },
  msDoxxing: {
    message: '"{{phrase}}" mengugut untuk mendedahkan di mana seseorang tinggal atau maklumat peribadinya.',
    why: 'Mendedahkan alamat atau maklumat peribadi meletakkan orang dalam bahaya di dunia sebenar.',
    kinder: ['Laporkan masalah itu kepada platform dan bukannya mengugut.'],
  },
  msExclusion: {
    message: '"{{phrase}}" menyisihkan seseorang daripada perbualan.',
    why: 'Memberitahu orang bahawa tiada siapa mahukan mereka menyerang rasa diterima, bukan pendapat mereka.',
    kinder: ['Jika anda tidak berminat, anda boleh terus sahaja skrol.'],
  },
  msIntimidation: {
    message: '"{{phrase}}" cuba menakutkan seseorang.',
    why: 'Amaran samar seperti ini dibaca sebagai ugutan, dan membuat orang berhenti bersuara.',
    kinder: ['Katakan dengan jelas apa yang anda tidak setuju, tanpa amaran.'],
  },
  msHostility: {
    message: '"{{phrase}}" ialah makian yang ditujukan kepada seseorang.',
    why: 'Memaki seseorang menutup perbualan dan hanya meninggalkan rasa sakit hati.',
    kinder: ['Jika anda perlu berhenti, katakan "Saya berhenti di sini" sahaja.'],
  },
};

export const PROFANITY_MESSAGES: Readonly<Record<string, MessageSpec>> = {
  msProfanity: {
    message: '"{{term}}" ialah kata kesat.',
    why: '"{{term}}" bermaksud {{gloss}}. Sesetengah pembaca, dan penapis platform, menganggap kata kesat sebagai permusuhan walaupun anda maksudkan sebagai penegasan.',
    kinder: ['Untuk penegasan, "sangat", "betul-betul" atau emoji pun boleh.'],
  },
};

export const MICRO_MESSAGES: Readonly<Record<string, MessageSpec>> = {
  msMicro: {
    message: '"{{phrase}}" memuji atau menilai seseorang melalui stereotaip tentang kumpulannya.',
    why: 'Pujian yang bergantung pada "untuk seorang…" menyiratkan bahawa kumpulan itu biasanya kurang, dan itulah yang didengar.',
    kinder: ['Puji orang itu sahaja: "Awak memang pandai."'],
  },
};
