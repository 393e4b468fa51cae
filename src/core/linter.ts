/**
 * The engine: text and resolved config in, messages out. No file system, no process, no colour,
 * so the same code serves the CLI, the API, worker threads and editors.
 */
import { createDocument, type Document, type Sentence } from '../text/document.js';
import { normalizeText } from '../text/normalize.js';
import { createLineIndex, type LineIndex } from './locations.js';
import { WordFilter } from '../text/word-filter.js';
import type { LintMessage, LintResult, MessageSpec, ReportDescriptor, Rule, RuleLevel, Severity } from './types.js';
import { copyFeatures, extractFeatures, type Features } from '../model/features.js';
import { predict } from '../model/predict.js';
import { CATEGORY_RULES, combine, highlight, roundScore, withScore, type ModelSettings } from '../model/combine.js';
import type { CategoryHead } from '../model/weights.js';
import { distinctSentences, windowsOf } from '../model/windows.js';
import { loadModel } from '../model/load.js';
import { detectLanguage, summarizeLanguages, UNDETERMINED } from '../lang/detect.js';
import type { LanguagePack, PackRule } from '../lang/types.js';
import type { Token } from '../text/tokenize.js';
import { packsOf } from '../lang/registry.js';

/** Lines longer than this (characters) are longer than the comments the model learned from. */
const LONGEST_JUDGED_LINE = 5_000;

/** The model's own finding for a line, from its highest-scoring window, built only if it is reported. */
interface ModelCandidate {
  toxic: number;
  build: () => LintMessage | undefined;
}

/** One rule's setting after defaults, config file and flags are merged. */
export interface RuleSetting {
  level: RuleLevel;
  options: Readonly<Record<string, unknown>>;
}

/** Everything the engine needs from the config. */
export interface LintConfig {
  rules: Readonly<Record<string, RuleSetting>>;
  /** Words and phrases never to report, as the user wrote them. */
  allow: readonly string[];
  /**
   * The languages whose packs run, from the config's `languages` (English always runs). Every
   * pack that comes with the rules when omitted.
   */
  languages?: readonly string[];
  /** The model's thresholds; undefined for the rules alone (`model: false`, `--no-model`). */
  model?: ModelSettings;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * A template split at its placeholders: text, then for each placeholder its name, the placeholder
 * as written (kept when the data lacks the name) and the text after it.
 */
type TemplateParts = readonly string[];

/** Templates are the rules' messages, a few hundred: each is split once (emptied if ever huge). */
const templates = new Map<string, TemplateParts>();
const MAX_CACHED_TEMPLATES = 5_000;

function partsOf(template: string): TemplateParts {
  let parts = templates.get(template);
  if (parts === undefined) {
    const split: string[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      split.push(template.slice(last, match.index), match[1] as string, match[0]);
      last = match.index + match[0].length;
    }
    split.push(template.slice(last));
    parts = split;
    if (templates.size >= MAX_CACHED_TEMPLATES) templates.clear();
    templates.set(template, parts);
  }
  return parts;
}

/** Fills a message template's `{{name}}` placeholders from a report's data; unknown names stay. */
export function fillPlaceholders(template: string, data: Readonly<Record<string, string>> | undefined): string {
  // Most texts (every `why`, most suggestions) have no placeholder.
  if (data === undefined || !template.includes('{{')) return template;
  const parts = partsOf(template);
  let filled = parts[0] as string;
  for (let k = 1; k < parts.length; k += 3) filled += (data[parts[k] as string] ?? (parts[k + 1] as string)) + (parts[k + 2] as string);
  return filled;
}

/** The report's own suggestions, then the message's, each once, filled in. */
function suggestionsOf(own: readonly string[] | undefined, spec: readonly string[], data: Readonly<Record<string, string>> | undefined): string[] {
  const all = own === undefined || own.length === 0 ? spec : [...own, ...spec];
  const filled: string[] = [];
  for (let k = 0; k < all.length; k++) {
    const kinder = all[k] as string;
    if (all.indexOf(kinder) === k) filled.push(fillPlaceholders(kinder, data));
  }
  return filled;
}

function toSeverity(level: RuleLevel): Severity {
  return level === 'error' ? 'error' : 'warning';
}

/** Normalizes an allow entry or a matched phrase the same way the rules see words. */
function allowKey(phrase: string): string {
  return normalizeText(phrase).text.replace(/[^\p{L}\p{N}\s']/gu, '').replace(/\s+/g, ' ').trim();
}

function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId);
}

interface Prepared {
  rules: ReadonlyMap<string, Rule>;
  active: Rule[];
  allow: ReadonlySet<string>;
  /** For rules with a vocabulary: word -> bit mask of the rules (by index in `active`) it wakes. */
  wakes: ReadonlyMap<string, number>;
  /** Tells most words that wake nothing without a lookup in `wakes`. */
  wakeFilter: WordFilter;
  /** Bit mask of the active rules that always run (no vocabulary, or past 31 rules). */
  alwaysRun: number;
  packs: readonly LanguagePack[];
  /** Every pack's marker words: a sentence with none of them is English to the packs. Packs also wake on their triggers. */
  markers: ReadonlySet<string>;
}

/** The bit in `wakes` for "some language pack's marker or trigger word is here" (rules use bits 0-29). */
const PACK_BIT = 1 << 30;
/** The bit in `wakes` for "some language pack's marker word is here": without one, every sentence is English. */
const MARKER_BIT = 1 << 31;

/** A pack's rules by the id of the rule each extends, built the first time a text needs them. */
const loadedPacks = new WeakMap<LanguagePack, readonly (readonly [string, PackRule])[]>();

function packRules(pack: LanguagePack): readonly (readonly [string, PackRule])[] {
  let rules = loadedPacks.get(pack);
  if (rules === undefined) {
    rules = Object.entries(pack.load());
    loadedPacks.set(pack, rules);
  }
  return rules;
}

function runsOn(pack: LanguagePack, language: string): boolean {
  return pack.language === language || (pack.alsoRunsOn?.includes(language) ?? false);
}

/** Rules beyond this many with a vocabulary simply always run (bits 30 and 31 are the packs'). */
const MAX_MASKED_RULES = 30;

/** Work that depends only on the config, done once per config rather than once per text. */
const preparedByConfig = new WeakMap<LintConfig, Prepared>();

function prepare(config: LintConfig, rules: ReadonlyMap<string, Rule>): Prepared {
  const cached = preparedByConfig.get(config);
  if (cached !== undefined && cached.rules === rules) return cached;
  const active = [...rules.values()].filter((rule) => (config.rules[rule.meta.id]?.level ?? 'off') !== 'off');
  const wakes = new Map<string, number>();
  let alwaysRun = 0;
  active.forEach((rule, index) => {
    const bit = 1 << index;
    if (rule.vocabulary === undefined || index >= MAX_MASKED_RULES) {
      alwaysRun |= bit;
      return;
    }
    for (const word of rule.vocabulary) wakes.set(word, (wakes.get(word) ?? 0) | bit);
  });
  const enabled = config.languages;
  const packs = packsOf(rules).filter((pack) => enabled === undefined || enabled.includes(pack.language));
  const markers = new Set<string>();
  for (const pack of packs) for (const word of pack.markers) markers.add(word);
  for (const word of markers) wakes.set(word, (wakes.get(word) ?? 0) | PACK_BIT | MARKER_BIT);
  for (const pack of packs) for (const word of pack.triggers ?? []) wakes.set(word, (wakes.get(word) ?? 0) | PACK_BIT);
  const prepared = { rules, active, allow: new Set(config.allow.map(allowKey)), wakes, wakeFilter: new WordFilter(wakes.keys()), alwaysRun, packs, markers };
  preparedByConfig.set(config, prepared);
  return prepared;
}

/** Which active rules this document needs, as a bit mask: one lookup per word for all of them. */
function rulesToRun(document: Document, prepared: Prepared): number {
  const everyRule = (1 << Math.min(prepared.active.length, MAX_MASKED_RULES)) - 1;
  let mask = prepared.alwaysRun;
  for (const sentence of document.sentences) {
    for (const token of sentence.tokens) {
      for (const form of token.forms) {
        // A masked word (`f*ck`) may stand for any word of the same length: wake everything.
        if (form.includes('*')) return everyRule | prepared.alwaysRun | PACK_BIT | MARKER_BIT;
        if (!prepared.wakeFilter.mayHave(form)) continue;
        const bits = prepared.wakes.get(form);
        if (bits !== undefined) mask |= bits;
      }
    }
  }
  return mask;
}

/** The document's sentences grouped by line: a sentence after a line break starts a new group. */
function splitLines(document: Document): Sentence[][] {
  const groups: Sentence[][] = [];
  let previous: Sentence | undefined;
  for (const sentence of document.sentences) {
    const between = previous === undefined ? '' : document.text.slice(previous.end, sentence.start);
    if (previous === undefined || between.includes('\n') || between.includes('\r')) groups.push([sentence]);
    else (groups[groups.length - 1] as Sentence[]).push(sentence);
    previous = sentence;
  }
  return groups;
}

function hasMarker(tokens: readonly { forms: readonly string[] }[], markers: ReadonlySet<string>): boolean {
  for (const token of tokens) for (const form of token.forms) if (markers.has(form)) return true;
  return false;
}

function hasWord(document: Document): boolean {
  for (const sentence of document.sentences) for (const token of sentence.tokens) if (token.kind === 'word' || token.kind === 'hashtag') return true;
  return false;
}

/**
 * Lints `text` with the enabled rules and returns messages sorted by position, then rule id.
 * A rule that reports the same range twice is reported once. Sentences with a language pack's
 * marker words are checked for their language, and the packs for it run on them too.
 */
export function verifyText(text: string, config: LintConfig, rules: ReadonlyMap<string, Rule>): LintResult {
  const prepared = prepare(config, rules);
  const { active, allow } = prepared;
  const messages: LintMessage[] = [];
  if (active.length === 0 || text.length === 0) return { messages, errorCount: 0, warningCount: 0, language: UNDETERMINED, languages: [] };

  const document = createDocument(text);
  const needed = rulesToRun(document, prepared);
  const seen = new Set<string>();
  let lines: LineIndex | undefined;

  /** Builds a message from a report; undefined when its words are allowed or already reported. */
  const toMessage = (ruleId: string, setting: RuleSetting, specs: Readonly<Record<string, MessageSpec>>, meta: Rule['meta'], descriptor: ReportDescriptor): LintMessage | undefined => {
    const [start, end] = descriptor.range;
    const matched = text.slice(start, end);
    const term = descriptor.data?.term;
    if (allow.size > 0 && (allow.has(allowKey(matched)) || (term !== undefined && allow.has(allowKey(term))))) return undefined;
    const key = `${ruleId}:${start}:${end}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const spec = specs[descriptor.messageId];
    if (spec === undefined) throw new Error(`Rule ${ruleId} reported unknown messageId "${descriptor.messageId}"`);
    lines ??= createLineIndex(text);
    const from = lines.positionOf(start);
    const to = lines.positionOf(end);
    return {
      ruleId,
      category: descriptor.category ?? spec.category ?? meta.category,
      severity: toSeverity(descriptor.level ?? setting.level),
      messageId: descriptor.messageId,
      message: fillPlaceholders(spec.message, descriptor.data),
      why: fillPlaceholders(spec.why, descriptor.data),
      suggestions: suggestionsOf(descriptor.kinder, spec.kinder, descriptor.data),
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      range: [start, end],
      text: matched,
      confidence: Math.round(Math.min(1, Math.max(0, descriptor.confidence)) * 100) / 100,
      docs: meta.docs,
      ...(meta.docsPath !== undefined && { docsPath: meta.docsPath }),
    };
  };
  const createReport = (ruleId: string, setting: RuleSetting, specs: Readonly<Record<string, MessageSpec>>, meta: Rule['meta']) => (descriptor: ReportDescriptor): void => {
    const message = toMessage(ruleId, setting, specs, meta, descriptor);
    if (message !== undefined) messages.push(message);
  };

  for (const [index, rule] of active.entries()) {
    if (index < MAX_MASKED_RULES && (needed & (1 << index)) === 0) continue;
    const setting = config.rules[rule.meta.id] as RuleSetting;
    const report = createReport(rule.meta.id, setting, rule.meta.messages, rule.meta);
    const visitor = rule.create({ id: rule.meta.id, text, document, options: setting.options, settings: { allow }, report });
    visitor.Document?.(document);
    if (visitor.Sentence) for (const sentence of document.sentences) visitor.Sentence(sentence);
  }

  let language = hasWord(document) ? 'en' : UNDETERMINED;
  let languages: string[] = language === 'en' ? ['en'] : [];
  if ((needed & PACK_BIT) !== 0 && prepared.packs.length > 0) {
    // A text woken by a trigger word alone is English throughout: no sentence is looked at for markers.
    const english = (needed & MARKER_BIT) === 0;
    const perSentence = document.sentences.map((sentence) => ({
      sentence,
      language: !english && hasMarker(sentence.tokens, prepared.markers) ? detectLanguage(sentence.tokens, prepared.packs) : 'en',
      words: sentence.tokens.length,
    }));
    ({ language, languages } = english ? { language: 'en', languages: ['en'] } : summarizeLanguages(perSentence));
    for (const pack of prepared.packs) {
      const sentences = perSentence.filter((entry) => runsOn(pack, entry.language));
      if (sentences.length === 0) continue;
      for (const [ruleId, part] of packRules(pack)) {
        const setting = config.rules[ruleId];
        const rule = rules.get(ruleId);
        if (setting === undefined || setting.level === 'off' || rule === undefined) continue;
        const { languages: reads } = part;
        const read = reads === undefined ? sentences : sentences.filter((entry) => reads.includes(entry.language));
        if (read.length === 0) continue;
        const report = createReport(ruleId, setting, part.messages, rule.meta);
        const visitor = part.create({ id: ruleId, text, options: setting.options, report });
        for (const entry of read) visitor.Sentence(entry.sentence, entry.language);
      }
    }
  }

  /** The model's own finding for `category` on a window, through the rule that reports it. */
  const modelFinding = (category: CategoryHead, toxic: number, part: Document, features: Features, unit: readonly Sentence[], from: number, to: number, found: readonly LintMessage[]): LintMessage | undefined => {
    const settings = config.model as ModelSettings;
    const { ruleId, messageId } = CATEGORY_RULES[category];
    const rule = rules.get(ruleId);
    const setting = config.rules[ruleId];
    if (rule === undefined || setting === undefined || setting.level === 'off') return undefined;
    const range = highlight(part, features, loadModel()) ?? [from, to];
    const words = unit.flatMap((sentence) => sentence.tokens.filter((token) => token.start >= range[0] && token.end <= range[1]));
    // Words the user allows are never reported, by a rule or by the model.
    if (allow.size > 0 && words.some((token) => allow.has(allowKey(text.slice(token.start, token.end))))) return undefined;
    // A score that rests on swear words the profanity rule already reports ("fuck fuck fuck, I
    // missed the bus") says nothing more: a second finding would name a harm that is not there.
    const swornAt = (token: Token) => found.some((message) => message.ruleId === 'profanity' && message.range[0] <= token.start && token.end <= message.range[1]);
    if (words.length > 0 && words.every(swornAt)) return undefined;
    const score = Math.round(toxic * 100).toString();
    // Without a rule's word to go on, only a very high score fails a check.
    const level = toxic >= settings.failAbove ? setting.level : 'warn';
    return toMessage(ruleId, setting, rule.meta.messages, rule.meta, { messageId, data: { score: `${score}%` }, range, confidence: toxic, level });
  };

  if (config.model !== undefined && document.sentences.length > 0) {
    const model = loadModel();
    const settings = config.model;
    const judged: LintMessage[] = [];
    // Each line (a comment, a caption line) is scored on its own, as the model was trained on
    // comments: a long file of kind lines must not water down the one unkind line in it. A long
    // line is scored in windows (model/windows.ts), for the same reason.
    // Messages by position, taken window by window in one sweep (a 20,000-line file stays linear).
    const byStart = messages.length > 1 ? [...messages].sort(compareMessages) : messages;
    let next = 0;
    for (const line of splitLines(document)) {
      const windows = windowsOf(line);
      // One finding of the model's own per line, from its highest-scoring window: a long line of
      // one sentence repeated must not get one in every window.
      let best: ModelCandidate | undefined;
      let hurtful = false;
      for (const unit of windows) {
        const from = (unit[0] as Sentence).start;
        const to = (unit[unit.length - 1] as Sentence).end;
        const first = next;
        while (next < byStart.length && (byStart[next] as LintMessage).range[0] < to) next++;
        // Most texts are one line in one window: the document and its messages as they are.
        const whole = unit.length === document.sentences.length;
        const inUnit = whole ? byStart : byStart.slice(first, next).filter((message) => message.range[0] >= from);
        // A line scored whole is scored as it always was; repeats count once in a long line's windows.
        const part: Document = whole ? document : { ...document, sentences: windows.length > 1 ? distinctSentences(text, unit) : unit };
        const features = extractFeatures(part, inUnit, model.bits, windows.length > 1 ? [from, to] : undefined);
        const prediction = predict(model, features);
        // The model learned from comments; on a unit far longer than any of them (a run-on line with
        // no sentence end) its counts saturate, so its "clearly benign" does not drop what a rule found.
        const judge = to - from > LONGEST_JUDGED_LINE ? { ...settings, dropBelow: 0 } : settings;
        const kept = combine(inUnit, prediction, judge, (category) => {
          if (best === undefined || prediction.toxic > best.toxic) {
            // The next window's features take the place of these: keep a copy for the finding.
            const own = windows.length > 1 ? copyFeatures(features) : features;
            best = { toxic: prediction.toxic, build: () => modelFinding(category, prediction.toxic, part, own, unit, from, to, inUnit) };
          }
          return undefined;
        });
        if (kept.some((message) => message.ruleId !== 'profanity')) hurtful = true;
        judged.push(...kept);
      }
      // `best` is set inside combine's callback, which TypeScript's narrowing does not follow.
      const chosen = best as ModelCandidate | undefined;
      const finding = hurtful ? undefined : chosen?.build();
      if (chosen !== undefined && finding !== undefined) judged.push(withScore(finding, roundScore(chosen.toxic)));
    }
    messages.length = 0;
    messages.push(...judged);
  }

  messages.sort(compareMessages);
  let errorCount = 0;
  for (const message of messages) if (message.severity === 'error') errorCount++;
  return { messages, errorCount, warningCount: messages.length - errorCount, language, languages };
}
