/**
 * Lints a whole file: the parts a processor picked out (each Markdown body or subtitle cue on its
 * own), mapped back to the file's offsets, with inline directives applied. Pure, like verifyText.
 */
import type { Segment } from '../processors/types.js';
import { applyDirectives, parseDirectives, type Directive, type SuppressedMessage } from './directives.js';
import { verifyText, type LintConfig } from './linter.js';
import { summarizeLanguages, UNDETERMINED } from '../lang/detect.js';
import { createLineIndex, type LineIndex } from './locations.js';
import type { LintMessage, LintResult, Rule, Severity } from './types.js';

export interface FileLintOptions {
  /** Report directives that silence nothing, at this severity. */
  reportUnusedDirectives?: Severity;
}

export interface FileLintResult extends LintResult {
  /** Findings an inline directive silenced, with its reason. */
  suppressedMessages: SuppressedMessage[];
}

/** The rule id under which unused directives are reported. */
export const UNUSED_DIRECTIVE_ID = 'unused-disable-directive';

/** The rule id under which directives that name an unknown rule are reported. */
export const UNKNOWN_DIRECTIVE_RULE_ID = 'unknown-rule-in-directive';

function blankRanges(segment: Segment, directives: readonly Directive[]): string {
  let text = segment.text;
  for (const { range } of directives) {
    const from = Math.max(range[0], segment.start);
    const to = Math.min(range[1], segment.end);
    if (from >= to) continue;
    const local = text.slice(from - segment.start, to - segment.start).replace(/[^\r\n]/g, ' ');
    text = text.slice(0, from - segment.start) + local + text.slice(to - segment.start);
  }
  return text;
}

/** Points each `disable-next-line` at the next line holding checked text. */
function targetNextLines(directives: readonly Directive[], segments: readonly Segment[], texts: readonly string[], lines: LineIndex): void {
  for (const directive of directives) {
    if (directive.kind !== 'disable-next-line') continue;
    for (const [index, segment] of segments.entries()) {
      if (segment.end <= directive.range[1]) continue;
      const text = texts[index] as string;
      const from = Math.max(0, directive.range[1] - segment.start);
      const at = text.slice(from).search(/\S/);
      if (at === -1) continue;
      const line = lines.positionOf(segment.start + from + at).line;
      if (line > directive.line) {
        directive.targetLine = line;
        break;
      }
    }
  }
}

function shift(message: LintMessage, segment: Segment, source: string, lines: LineIndex): LintMessage {
  if (segment.start === 0 && segment.cue === undefined) return message;
  const range: [number, number] = [message.range[0] + segment.start, message.range[1] + segment.start];
  const from = lines.positionOf(range[0]);
  const to = lines.positionOf(range[1]);
  const shifted: LintMessage = { ...message, range, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: source.slice(range[0], range[1]) };
  if (segment.cue !== undefined) shifted.cue = segment.cue;
  return shifted;
}

function describeUnused(directive: Directive, ruleId: string | undefined): string {
  return ruleId === undefined
    ? `Unused kindness-${directive.kind} directive: nothing was reported here.`
    : `Unused kindness-${directive.kind} directive: nothing from ${ruleId} was reported here.`;
}

/** A problem with a directive itself, reported at the directive. */
function directiveMessage(
  directive: Directive,
  problem: Pick<LintMessage, 'ruleId' | 'messageId' | 'message' | 'why' | 'severity'> & { suggestion: string },
  source: string,
  lines: LineIndex,
): LintMessage {
  const from = lines.positionOf(directive.range[0]);
  const to = lines.positionOf(directive.range[1]);
  const { suggestion, ...described } = problem;
  return {
    ...described,
    category: 'custom',
    suggestions: [suggestion],
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    range: [...directive.range],
    text: source.slice(directive.range[0], directive.range[1]),
    confidence: 1,
    docs: '',
  };
}

function unusedMessage(directive: Directive, ruleId: string | undefined, severity: Severity, source: string, lines: LineIndex): LintMessage {
  return directiveMessage(directive, {
    ruleId: UNUSED_DIRECTIVE_ID,
    messageId: 'unused',
    severity,
    message: describeUnused(directive, ruleId),
    why: 'A stale suppression would hide a later finding here without anyone deciding to.',
    suggestion: ruleId === undefined ? 'Remove the directive.' : `Remove ${ruleId} from the directive.`,
  }, source, lines);
}

/** A directive naming a rule that does not exist silences nothing: always an error, as in ESLint. */
function unknownRuleMessages(directives: readonly Directive[], rules: ReadonlyMap<string, Rule>, source: string, lines: LineIndex): LintMessage[] {
  const found: LintMessage[] = [];
  for (const directive of directives) {
    for (const ruleId of directive.rules) {
      if (rules.has(ruleId)) continue;
      found.push(directiveMessage(directive, {
        ruleId: UNKNOWN_DIRECTIVE_RULE_ID,
        messageId: 'unknownRule',
        severity: 'error',
        message: `kindness-${directive.kind} names "${ruleId}", which is not a rule.`,
        why: 'A directive with a misspelt rule silences nothing, while whoever wrote it believes it does.',
        suggestion: `Use one of: ${[...rules.keys()].join(', ')}.`,
      }, source, lines));
    }
  }
  return found;
}

/**
 * Lints `segments` of `source` and applies the directives written in `source`.
 */
export function verifyFile(
  source: string,
  segments: readonly Segment[],
  config: LintConfig,
  rules: ReadonlyMap<string, Rule>,
  options: FileLintOptions = {},
): FileLintResult {
  // Most texts have one segment and no directive: then nothing needs a line index of the whole file.
  let index: LineIndex | undefined;
  const lines: LineIndex = { positionOf: (offset) => (index ??= createLineIndex(source)).positionOf(offset) };
  const directives = parseDirectives(source, lines);
  const texts = segments.map((segment) => (directives.length === 0 ? segment.text : blankRanges(segment, directives)));
  targetNextLines(directives, segments, texts, lines);

  let found: LintMessage[] = [];
  const results = segments.map((segment, index) => {
    const result = verifyText(texts[index] as string, config, rules);
    for (const message of result.messages) found.push(shift(message, segment, source, lines));
    return result;
  });
  // One segment (plain text, the usual case): its languages as they are.
  const { language, languages } =
    results.length === 1
      ? { language: results[0]?.language ?? UNDETERMINED, languages: results[0]?.languages ?? [] }
      : {
          language: summarizeLanguages(results.map((result) => ({ language: result.language ?? UNDETERMINED, words: 1 }))).language,
          languages: [...new Set(results.flatMap((result) => result.languages ?? []))],
        };
  if (segments.length > 1) found.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));

  let suppressedMessages: SuppressedMessage[] = [];
  if (directives.length > 0) {
    const applied = applyDirectives(found, directives);
    found = applied.kept;
    suppressedMessages = applied.suppressed;
    if (options.reportUnusedDirectives !== undefined) {
      // An unknown rule is reported as such below, not also as unused.
      for (const { directive, ruleId } of applied.unused) if (ruleId === undefined || rules.has(ruleId)) found.push(unusedMessage(directive, ruleId, options.reportUnusedDirectives, source, lines));
    }
    found.push(...unknownRuleMessages(directives, rules, source, lines));
    found.sort((a, b) => a.range[0] - b.range[0] || a.ruleId.localeCompare(b.ruleId));
  }
  let errorCount = 0;
  for (const message of found) if (message.severity === 'error') errorCount++;
  return { messages: found, errorCount, warningCount: found.length - errorCount, suppressedMessages, language, languages };
}

/** Where a block of a larger file starts in it: UTF-16 offset, 1-based line and column. */
export interface BlockStart {
  offset: number;
  line: number;
  column: number;
}

function placeMessage<T extends LintMessage>(message: T, start: BlockStart): T {
  return {
    ...message,
    range: [message.range[0] + start.offset, message.range[1] + start.offset],
    line: message.line + start.line - 1,
    column: message.line === 1 ? message.column + start.column - 1 : message.column,
    endLine: message.endLine + start.line - 1,
    endColumn: message.endLine === 1 ? message.endColumn + start.column - 1 : message.endColumn,
  };
}

/**
 * Lints one block of a file too large to hold at once (see readTextBlocks) and places its findings
 * at their positions in the whole file. Pure, like verifyFile.
 */
export function verifyBlock(
  block: BlockStart & { text: string },
  segments: readonly Segment[],
  config: LintConfig,
  rules: ReadonlyMap<string, Rule>,
  options: FileLintOptions = {},
): FileLintResult {
  const result = verifyFile(block.text, segments, config, rules, options);
  if (block.offset === 0 && block.line === 1 && block.column === 1) return result;
  return {
    ...result,
    messages: result.messages.map((message) => placeMessage(message, block)),
    suppressedMessages: result.suppressedMessages.map((message) => placeMessage(message, block)),
  };
}
