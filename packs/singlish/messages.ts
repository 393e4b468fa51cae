/**
 * What a Singlish or Manglish finding says. Singlish is English, so the wording is English; the
 * gloss says what the word means for readers who do not know it.
 */
import type { MessageSpec } from '../../src/core/types.js';

export const INSULT_MESSAGES: Readonly<Record<string, MessageSpec>> = {
  sgInsult: {
    message: 'Calling someone "{{term}}" attacks the person, not their point.',
    why: '"{{term}}" means {{gloss}}. The person reading it hears a verdict on who they are, and the conversation stops there.',
    kinder: ['Say what you disagree with: "I see it differently, because…"'],
  },
};

export const IDENTITY_MESSAGES: Readonly<Record<string, MessageSpec>> = {
  sgSlur: {
    message: '"{{term}}" is a slur about {{group}}.',
    why: 'It is {{gloss}}. Slurs attack people for who they are, and everyone in that group who reads it is hit too.',
    kinder: ['Leave the word out and say what you actually object to.'],
  },
  sgGroupAttack: {
    message: '"{{phrase}}" attacks a whole group of people for who they are ({{group}}).',
    why: 'Saying what a whole group "is" or "deserves" turns real people, neighbours and co-workers, into a target, and it is how hatred spreads.',
    kinder: ['Talk about what one person did, or about a policy, and why you disagree with it.'],
  },
};

export const HARASSMENT_MESSAGES: Readonly<Record<string, MessageSpec>> = {
  sgWishHarm: {
    message: '"{{phrase}}" wishes death or harm on someone.',
    why: 'It means {{gloss}}. A curse like this hurts long after the anger that wrote it.',
    kinder: ['Say what felt unfair, and what you want to change.'],
    category: 'threat',
  },
  sgThreat: {
    message: '"{{phrase}}" reads as a threat of violence.',
    why: 'Threats make people fear for their safety, even when they are written as a joke.',
    kinder: ['If you are angry, say what made you angry without threatening.'],
    category: 'threat',
  },
};

export const PROFANITY_MESSAGES: Readonly<Record<string, MessageSpec>> = {
  sgProfanity: {
    message: '"{{term}}" is profanity.',
    why: '"{{term}}" is {{gloss}}. Readers who know the word, and platform filters, take it as hostility even when it is meant as emphasis.',
    kinder: ['For emphasis, "really", "so" or an emoji carries it too.'],
  },
};
