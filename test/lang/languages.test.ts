import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, lintText } from '../../src/index.js';
import { createDocument } from '../../src/text/document.js';
import { detectLanguage, summarizeLanguages } from '../../src/lang/detect.js';
import { BUILT_IN_PACKS } from '../../packs/index.js';
import type { Plugin } from '../../src/core/types.js';
import { FIXTURES, runCli } from '../support/run-cli.js';
import { LANGUAGE_SAMPLES } from './sentences.js';
import tagalog from '../../fixtures/plugins/tiny-pack/tagalog-pack.js';

const languageOf = (text: string): string => detectLanguage(createDocument(text).sentences.flatMap((sentence) => sentence.tokens), BUILT_IN_PACKS);

describe('language detection', () => {
  it.each(LANGUAGE_SAMPLES)('reads %j as %s', (text, language) => {
    expect(languageOf(text)).toBe(language);
  });

  it('says und for a text without words', () => {
    expect(languageOf('👍🔥 123')).toBe('und');
  });

  it('detects per sentence, so code-switched text gets both packs', () => {
    const result = lintText('Great video! Tapi kau ni bodoh lah.');
    expect(result.languages).toEqual(expect.arrayContaining(['en', 'ms']));
    expect(result.messages.map((message) => message.messageId)).toEqual(['msInsult']);
  });

  it('reads English with a Malay word in it as the region\'s English, so the packs see the word', () => {
    expect(lintText('why you so bodoh').language).toBe('singlish');
    expect(lintText('why you so bodoh').messages.map((m) => m.ruleId)).toContain('insults');
  });

  it('names the language with the most words first', () => {
    expect(summarizeLanguages([{ language: 'en', words: 2 }, { language: 'ms', words: 5 }, { language: 'und', words: 9 }])).toEqual({ language: 'ms', languages: ['ms', 'en'] });
  });
});

describe('the language field', () => {
  it('is in lintText results', () => {
    expect(lintText('Have a lovely day').language).toBe('en');
    expect(lintText('Terima kasih banyak').language).toBe('ms');
    expect(lintText('Steady lah bro').language).toBe('singlish');
  });

  it('is in the JSON report of check', async () => {
    const malay = JSON.parse((await runCli(['Kau ni bodoh lah', '--format', 'json'])).stdout);
    expect(malay.results[0].language).toBe('ms');
    const english = JSON.parse((await runCli(['have a great day', '--format', 'json'])).stdout);
    expect(english.results[0].language).toBe('en');
  });
});

describe('the languages option', () => {
  it('runs every pack when omitted', () => {
    expect(lintText('Kau ni bodoh lah').messages).toHaveLength(1);
  });

  it('runs only the packs it names; English always runs', () => {
    const englishOnly = { languages: ['en'] };
    expect(lintText('Kau ni bodoh lah', { config: englishOnly }).messages).toEqual([]);
    expect(lintText('knn this guy', { config: englishOnly }).messages).toEqual([]);
    expect(lintText("you're an idiot", { config: englishOnly }).messages).toHaveLength(1);
    expect(lintText('knn this guy', { config: { model: false, languages: ['en', 'singlish'] } }).messages).toHaveLength(1);
  });

  it('keeps the English reading of group attacks, which is the English rule\'s', () => {
    const text = 'those foreigners are all so dirty';
    const found = (languages: string[]) =>
      lintText(text, { config: { model: false, languages }, rules: { 'micro-aggressions': 'off' } }).messages.map((message) => [message.ruleId, message.text]);
    expect(found(['en'])).toEqual([['identity-attacks', 'foreigners are all so dirty']]);
    expect(found(['en', 'ms', 'singlish'])).toEqual(found(['en']));
  });

  it('rejects a language no pack provides, naming the known ones', () => {
    expect(() => lintText('hi', { config: { languages: ['xx'] } })).toThrow(ConfigError);
    expect(() => lintText('hi', { config: { languages: ['xx'] } })).toThrow(/unknown language "xx" \(known: en, ms, singlish\)/);
  });

  it('is read from a config file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kindness-languages-'));
    writeFileSync(path.join(folder, '.kindnessrc.json'), JSON.stringify({ languages: ['en'] }));
    writeFileSync(path.join(folder, 'draft.txt'), 'Kau ni bodoh lah\n');
    const result = await runCli(['check', 'draft.txt'], { cwd: folder });
    expect(result.code).toBe(0);
  });
});

describe('a plugin that adds a pack', () => {
  const plugins: Record<string, Plugin> = { tagalog: tagalog as Plugin };

  it('reports under the rule it extends, in its own language', () => {
    const result = lintText('Ikaw ay tanga talaga', { plugins });
    expect(result.language).toBe('tl');
    expect(result.messages.map((message) => [message.ruleId, message.text, message.message])).toEqual([
      ['insults', 'tanga', 'Ang pagtawag ng "tanga" ay pag-atake sa tao, hindi sa kanyang punto.'],
    ]);
  });

  it('is limited by languages and by the rule level like a built-in pack', () => {
    expect(lintText('Ikaw ay tanga talaga', { plugins, config: { languages: ['en'] } }).messages).toEqual([]);
    expect(lintText('Ikaw ay tanga talaga', { plugins, rules: { insults: 'off' } }).messages).toEqual([]);
  });

  it('loads from a config file', async () => {
    const result = await runCli(['Ikaw ay tanga talaga', '--format', 'json'], { cwd: path.join(FIXTURES, 'plugins/tiny-pack') });
    const report = JSON.parse(result.stdout);
    expect(report.results[0].language).toBe('tl');
    expect(report.results[0].messages[0].messageId).toBe('tlInsult');
  });

  it('runs on plain English sentences with one of its triggers, when it also runs on English', () => {
    const fruity = {
      packs: [
        {
          language: 'xf',
          name: 'Fruit',
          markers: new Set(['zzqx']),
          triggers: new Set(['durian']),
          alsoRunsOn: ['en'],
          load: () => ({
            insults: {
              messages: { fruit: { message: 'A fruit.', why: 'Fruit is named.', kinder: ['Say its name.'] } },
              create: (context: { report: (descriptor: object) => void }) => ({
                Sentence: (sentence: { start: number; end: number }) => context.report({ messageId: 'fruit', range: [sentence.start, sentence.end], confidence: 0.9 }),
              }),
            },
          }),
        },
      ],
    } as unknown as Plugin;
    const config = { model: false };
    expect(lintText('the durian smells strong', { plugins: { fruity }, config }).messages.map((message) => message.messageId)).toEqual(['fruit']);
    expect(lintText('the mango smells sweet', { plugins: { fruity }, config }).messages).toEqual([]);
  });

  it('is refused when it has no markers', () => {
    const broken = { packs: [{ language: 'tl', markers: new Set(), load: () => ({}) }] } as unknown as Plugin;
    expect(() => lintText('x', { plugins: { broken } })).toThrow(/pack 1 needs markers/);
  });
});
